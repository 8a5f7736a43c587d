"""Every yes/no question gets its verdict first (issue 10): one place decides whether a question takes a yes or no
by its FORM (an auxiliary first in any clause, a tag, a fragment said rising, a "too much" tail, a follow-up
"is that ...") and which way a fault found points (a problem asked about: yes; a good state: no; nothing found:
the opposite), and one last pass puts that verdict in front of whatever path answered. A part said to sit over
another ("bvs sound louder than the lead") is a complaint that it is too loud, not a wish to raise it."""

from __future__ import annotations

from fakes.analyses import clean
from fakes.band_sessions import advise_rock, context, level_finding, rock_snapshot

from companion.context import Turn
from model.answer import understand_context
from model.answer_verdict import verdict_first
from model.intent import Wants, classify
from model.intent_yes_no import polarity, stated_level, takes_yes_no
from model.phrasing import Answer
from model.recipes import recipe
from model.session_view import SessionView

BASS_LOUD = level_finding("Bass", "basses", 10.0, fader_db=2.0)
VOX_QUIET = level_finding("Lead Vox", "lead vocals", -10.0)


def test_the_form_decides_whether_a_question_takes_a_yes_or_no():
    for q in (
        "mix feels a bit empty in the stabs, is something missing?",  # an auxiliary first in a later clause
        "so is that the main problem then",  # a follow-up "is that ..."
        "bass guitar is kinda eating the whole mix?? too much",  # a fragment said rising
        "bass is way too loud.. too much",  # a "too much" tail
        "snare kinda harsh, too bright",
        "what do you think, is the kick too loud",  # a question word first, a yes/no clause after it
    ):
        assert takes_yes_no(q, tag=False), q
    for q in (
        "how do i fix the bass",
        "whats wrong with the bass?",
        "what should i fix first?",
        "can you help me with the bass?",  # a request, not a yes/no
        "the kick feels lost",  # a plain statement: a how-to
    ):
        assert not takes_yes_no(q, tag=False), q
    assert takes_yes_no("the kick is lost", tag=True)


def test_the_polarity_comes_from_what_the_question_asserts():
    assert polarity("is something missing?", None, False, False, False) == "problem"
    assert polarity("is that the main problem", None, False, False, False) == "problem"
    assert polarity("bass too loud?", "loud", False, False, False) == "problem"
    assert polarity("is the bass ok?", None, True, False, False) == "good"
    assert polarity("is the vocal loud enough?", "quiet", False, True, False) == "good"
    assert polarity("is the bass there?", None, False, False, False) is None


def test_a_part_said_to_sit_over_another_is_too_loud_not_a_wish_to_raise_it():
    assert stated_level("bvs sound louder than the lead singer, is that too much") == "loud"
    assert stated_level("the vocal is quieter than the guitars, right") == "quiet"
    assert stated_level("should the bvs sound louder than the lead?") is None
    assert stated_level("make it louder than the keys") is None
    intent = classify("bvs sound louder than the lead singer, is that too much")
    assert intent.complaint == "loud" and intent.wants == Wants.JUDGE, intent
    assert classify("should the bvs sound louder than the lead?").complaint == "quiet"
    # answered: a yes when the part said over is measured too loud
    gtr_loud = level_finding("Gtr L", "electric guitars", 10.0)
    text = advise_rock("gtr l sounds louder than the vocal, is that too much", (gtr_loud,)).text
    assert text.startswith("Yes: 'Gtr L' sits about 10 dB louder"), text


def test_a_statement_said_rising_or_ending_too_much_gets_its_yes_or_no_first():
    for q in (
        "bass kinda eating everything?? too much",
        "bass is way too loud.. too much",
        "bas is 2 loud?? maybe",
    ):
        answer = advise_rock(q, (BASS_LOUD,))
        assert answer.text.startswith("Yes: 'Bass' sits about 10 dB louder"), (q, answer.text)
        assert answer.suggestions[0].track == "Bass" and answer.suggestions[0].params["delta_db"] < 0, q
    assert classify("bass kinda eating everything?? too much").wants == Wants.JUDGE
    assert classify("bass kinda eating everything").wants == Wants.HOW_TO  # said flat: the fix
    text = advise_rock("bass eating the whole mix?? too much", ()).text
    assert text.startswith("No: nothing I measured says 'Bass' is too loud"), text


def test_is_something_missing_is_yes_with_a_part_too_low_and_no_with_nothing_found():
    for q in (
        "mix feels empty, is something missing",
        "mix feels a bit empty in the stabs, is something missing?",
    ):
        assert classify(q).asks_problem, q
        text = advise_rock(q, (VOX_QUIET,)).text
        assert text.startswith("Yes, one thing: 'Lead Vox' sits about 10 dB quieter"), (q, text)
        text = advise_rock(q, ()).text
        assert text.startswith("No. Honestly, nothing in the numbers needs fixing"), (q, text)


def test_a_follow_up_is_that_the_main_problem_gets_yes_first():
    history = (
        Turn("user", "whats wrong with my mix"),
        Turn("assistant", "One thing: 'Bass' sits about 10 dB louder."),
        Turn("user", "the bass right?"),
        Turn("assistant", "Yes: 'Bass' sits about 10 dB louder."),
    )
    ctx = context("so is that the main problem then", rock_snapshot(), clean(), (BASS_LOUD,), history)
    from model.rules import RulesAdvisor

    answer = RulesAdvisor().advise(ctx)
    assert answer.text.startswith("Yes: "), answer.text
    assert "'Bass'" in answer.text and answer.suggestions[0].track == "Bass"
    # asked without the yes/no form, the same follow-up keeps its own opening
    ctx = context("what's the main problem then", rock_snapshot(), clean(), (BASS_LOUD,), history)
    assert not RulesAdvisor().advise(ctx).text.startswith("Yes")


def test_the_last_pass_replaces_a_label_keeps_a_verdict_and_leaves_other_parts_faults_alone():
    snap = rock_snapshot()
    focus = understand_context(context("mix feels empty, is something missing?", snap, clean(), (VOX_QUIET,)))
    move = recipe(VOX_QUIET, SessionView(snap))
    ans = verdict_first(focus, Answer("On the mix: 'Lead Vox' sits 10 dB under.", [move], VOX_QUIET))
    assert ans.text == "Yes: 'Lead Vox' sits 10 dB under.", ans.text
    ans = verdict_first(focus, Answer("Not quite: 'Lead Vox' sits 10 dB under.", [move], VOX_QUIET))
    assert ans.text.startswith("Not quite:"), ans.text  # the path's own verdict stays
    ans = verdict_first(focus, Answer("Bring the fader on 'Lead Vox' up.", [], None))
    assert ans.text == "No: bring the fader on 'Lead Vox' up.", ans.text  # nothing found: the opposite
    # a good state asked about with a fault found is a no
    focus = understand_context(context("the vocal sits ok in there?", snap, clean(), (VOX_QUIET,)))
    ans = verdict_first(focus, Answer("'Lead Vox' sits 10 dB under.", [move], VOX_QUIET))
    assert ans.text.startswith("No: 'Lead Vox'"), ans.text
    # the fault is another part's: that path says so in its own words, no verdict put on top of it
    focus = understand_context(context("is the kick too loud?", snap, clean(), (VOX_QUIET,)))
    ans = verdict_first(focus, Answer("'Lead Vox' sits 10 dB under.", [move], VOX_QUIET))
    assert ans.text == "'Lead Vox' sits 10 dB under.", ans.text


def test_a_yes_no_that_points_back_takes_the_verdict_and_an_either_or_keeps_its_own_answer():
    snap = rock_snapshot()
    move = recipe(BASS_LOUD, SessionView(snap))
    history = (Turn("user", "anything too loud?"), Turn("assistant", "Yes: 'Bass' sits about 10 dB louder."))
    # "is that the biggest issue?" reads as a what-first, "ok is that what's wrong then" as the open question:
    # pointing back at the last answer, both take a yes or no; a part named as "which" gives way to it
    for q, opening in (
        ("is that the biggest issue?", "It's 'Bass': "),
        ("ok is that what's wrong then", "What jumps out: "),
    ):
        focus = understand_context(context(q, snap, clean(), (BASS_LOUD,), history))
        assert focus.intent.wants in (Wants.WHAT_FIRST, Wants.LISTEN), (q, focus.intent.wants)
        ans = verdict_first(focus, Answer(f"{opening}'Bass' sits about 10 dB louder.", [move], BASS_LOUD))
        assert ans.text == "Yes: 'Bass' sits about 10 dB louder.", (q, ans.text)
    # not pointing back: "what's the biggest issue?" asks for a thing, and its answer names it
    focus = understand_context(context("what's the biggest issue?", snap, clean(), (BASS_LOUD,), history))
    ans = verdict_first(focus, Answer("It's 'Bass': 'Bass' sits about 10 dB louder.", [move], BASS_LOUD))
    assert ans.text.startswith("It's 'Bass'"), ans.text
    # two alternatives offered: one of them is the answer, never a yes or no in front of it
    focus = understand_context(context("is the kick or the bass too loud?", snap, clean(), (BASS_LOUD,)))
    ans = verdict_first(focus, Answer("'Bass' sits about 10 dB louder.", [move], BASS_LOUD))
    assert ans.text == "'Bass' sits about 10 dB louder.", ans.text


def test_a_lean_is_neither_a_yes_nor_a_no():
    from companion.context import Finding, FindingKind

    lean = Finding(FindingKind.MUDDY, 0.35, "The mix leans a little muddy.", {"center_hz": 315.0}, None)
    snap = rock_snapshot()
    move = recipe(lean, SessionView(snap))
    focus = understand_context(context("mix sounds kinda off, is something wrong?", snap, clean(), (lean,)))
    ans = verdict_first(focus, Answer("The mix leans a little muddy.", [move], lean))
    assert ans.text == "The mix leans a little muddy.", ans.text
    clear = Finding(FindingKind.MUDDY, 0.7, "The mix is muddy.", {"center_hz": 315.0}, None)
    ans = verdict_first(focus, Answer("The mix is muddy.", [recipe(clear, SessionView(snap))], clear))
    assert ans.text == "Yes: the mix is muddy.", ans.text


def test_too_much_as_the_statements_own_predicate_still_wants_the_fix():
    assert classify("bass drum is too boomy").wants == Wants.HOW_TO
    assert classify("bass drum is boomy.. too much").wants == Wants.JUDGE


def test_a_claim_about_a_part_said_rising_takes_a_yes_when_that_part_is_measured_off():
    text = advise_rock("the bass feels huge in there? idk", (BASS_LOUD,)).text
    assert text.startswith("Yes: 'Bass' sits about 10 dB louder"), text
    text = advise_rock("the bass feels huge in there? idk", ()).text
    assert not text.startswith(("Yes", "No")), text  # nothing found: the path's own "it's fine"
