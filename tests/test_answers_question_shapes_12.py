"""Question shapes found by the paraphrase battery (benchmarks/paraphrase_battery.py, issue 10), fixed as general
rules on the question's form rather than on one wording: a plain yes/no question about a part with nothing named
as wrong ("are you happy with the brass?", "keys sound alright to you?") asks whether it is in a good state, so
it opens with its verdict; "alright to you" is not a permission ("ok to compress?"); "why can't I hear my X" is a
quiet complaint whatever pronoun sits in the middle, so a guessed cause (reverb) does not replace the measured
one; "ready to export?" with no verb is still the is-it-done question; "shud" and "1st" are typed words."""

from __future__ import annotations

from fakes.band_sessions import advise_rock, level_finding

from companion.context import Finding, FindingKind
from model.intent import Wants, classify
from model.intent_spelling import normalise
from model.intent_state import plain_state_question

KEYS_LOUD = level_finding("Keys", "keyboards", 10.0)
SNARE_QUIET = level_finding("Snare", "snares", -10.0)
HARSH_LEAN = Finding(
    FindingKind.HARSH,
    0.4,
    "The mix leans a little harsh. The upper mids (around 3.2 kHz) sit higher than in most real mixes; act only "
    "if you hear it.",
    {"band": "upper mids"},
)


def test_a_plain_yes_no_about_a_part_opens_with_its_verdict():
    for q in (
        "are you happy with the keys?",
        "do you like the keys?",
        "keys sound alright to you?",
        "is the keys level where you'd want it?",
    ):
        intent = classify(q)
        assert intent.wants == Wants.JUDGE and intent.asks_ok, q
        advice = advise_rock(q, [KEYS_LOUD])
        assert advice.text.startswith("No: 'Keys' sits about 10 dB louder"), (q, advice.text)
        assert advice.suggestions[0].track == "Keys" and advice.suggestions[0].params["delta_db"] == -9.0
        # nothing wrong with the part, only a lean on the whole mix: yes, it is fine
        assert advise_rock(q, [HARSH_LEAN]).text.startswith("Yes"), q
    # before the rule these opened with "One thing:", a verdict left out
    assert not advise_rock("are you happy with the keys?", [KEYS_LOUD]).text.startswith("One thing")


def test_the_state_rule_leaves_other_question_kinds_alone():
    assert not classify("is the bass fine to leave?").asks_ok  # a permission, as before
    assert classify("is it the bass?").asks_problem and not classify("is it the bass?").asks_ok
    for q in (
        "is the snare louder than the kick?",
        "does the kick need compression?",
        "is it the vocal or the guitar?",
        "how is the pad?",  # not a yes/no: "One thing:" may lead
    ):
        assert not classify(q).asks_ok, q
    assert plain_state_question(True, ("pad",), None, None, "do you like the pad?", False)
    assert not plain_state_question(True, ("pad",), "loud", None, "is the pad too loud?", False)
    assert not plain_state_question(True, (), None, None, "do you like it?", False)


def test_alright_to_you_is_a_state_not_a_permission():
    assert classify("snare sound alright to you?").asks_ok
    assert not classify("is it ok to compress the bass?").asks_ok


def test_why_cant_i_hear_my_part_is_a_quiet_complaint_before_any_guessed_cause():
    for q in (
        "why can't I hear my snare, is it the reverb?",
        "why cant i hear the snare",
        "why couldn't we hear the snare",
    ):
        intent = classify(q)
        assert intent.wants == Wants.WHY and intent.complaint == "quiet", q
    advice = advise_rock("why cant i hear my snare, is it the reverb?", [SNARE_QUIET])
    first = advice.text.split(". ")[0]
    assert "'Snare'" in first and "10 dB quieter" in first, advice.text
    assert advice.suggestions[0].track == "Snare" and advice.suggestions[0].params["delta_db"] > 0


def test_ready_to_export_without_a_verb_is_the_is_it_done_question():
    intent = classify("ready to export?")
    assert intent.wants == Wants.JUDGE and intent.about_master and intent.asks_ok
    assert advise_rock("ready to export?", [HARSH_LEAN]).text.startswith("Yes, you can bounce it")
    assert advise_rock("ready to export?", [KEYS_LOUD]).text.startswith(("No", "Not yet", "Not quite"))


def test_texting_spellings_of_should_and_first():
    assert normalise("wat shud i fix 1st") == "what should i fix first"
    assert classify("wat shud i fix 1st").wants == Wants.WHAT_FIRST
    assert advise_rock("wat shud i fix 1st", [HARSH_LEAN]).text.startswith("Nothing needs changing")


def test_the_whole_mix_asked_plainly_or_in_slang_opens_with_its_verdict():
    for q in (
        "are you happy with the mix",
        "you like the mix?",
        "does my mix slap or nah",
        "the mix bangs, right?",
    ):
        intent = classify(q)
        assert intent.asks_ok and not intent.asks_problem, q
        assert advise_rock(q, [KEYS_LOUD]).text.startswith("Not quite, one thing: 'Keys' sits about 10 dB"), q
        assert advise_rock(q).text.startswith("Yes. Honestly, nothing in the numbers needs fixing"), q
    # before: "On the mix: ..." with no verdict, and "slap or nah" read as a tag that claims a problem ("Yes")
    assert not advise_rock("does my mix slap or nah", [KEYS_LOUD]).text.startswith("Yes")


def test_any_problems_without_its_verb_asks_for_a_fault():
    for q in ("any problems?", "anything wrong?", "see any issues"):
        intent = classify(q)
        assert intent.wants == Wants.JUDGE and intent.asks_problem, q
        assert advise_rock(q, [KEYS_LOUD]).text.startswith("Yes, one thing: 'Keys'"), q
        assert advise_rock(q, [HARSH_LEAN]).text.startswith("No, nothing needs fixing"), q
    assert not advise_rock("any problems?").text.startswith("Happy to")  # not a request too vague to answer


def test_anything_sticking_out_without_its_verb_asks_for_a_fault():
    intent = classify("anything sticking out?")
    assert intent.wants == Wants.JUDGE and intent.asks_problem
    assert advise_rock("anything sticking out?", [KEYS_LOUD]).text.startswith("Yes, one thing: 'Keys'")


KEYS_QUIET = level_finding("Keys", "keyboards", -10.0)


def test_level_said_without_loud_or_quiet_gets_the_right_polarity():
    for q in (
        "are the keys maybe a touch hot",
        "keys louder than they should be?",
        "the keys feel like a lot, yeah?",
        "do the keys need to come down?",
        "are my keys sitting too high",
    ):
        assert classify(q).complaint == "loud", q
        assert advise_rock(q, [KEYS_LOUD]).text.startswith("Yes: 'Keys' sits about 10 dB louder"), q
        assert advise_rock(q, [KEYS_QUIET]).text.startswith("No, the opposite: 'Keys'"), q
    assert classify("keys quieter than they should be?").complaint == "quiet"


def test_the_state_rule_needs_a_word_for_a_good_state():
    # an adjective the vocabulary lacks is not "is it ok?" (that would turn its yes into a no)
    assert not plain_state_question(True, ("keys",), None, None, "are the keys maybe a touch purple", False)
    assert plain_state_question(True, ("keys",), None, None, "are you happy with the keys", False)


def test_asking_what_to_change_on_a_lean_only_mix_is_nothing_needs_changing():
    for q in (
        "what should i change",
        "what do i fix",
        "what needs work",
        "if you had to change 1 thing",
        "top priority?",
        "where would you start",
    ):
        assert advise_rock(q, [HARSH_LEAN]).text.startswith(
            "Nothing needs changing. At most, the mix leans"
        ), q
        assert "'Keys' sits about 10 dB louder" in advise_rock(q, [KEYS_LOUD]).text.split(". ")[0], q
    assert classify("top priority?").wants == Wants.WHAT_FIRST  # not a request too vague to answer
    # the open question that asks for no change still says what it notices first
    # an open listening question on a mix with only a lean says it is only a lean (blind set 39's q3908)
    assert advise_rock("what do you hear?", [HARSH_LEAN]).text.startswith("What stands out is only a lean")
