"""Question shapes from held-out set 25, fixed as rules an engineer would state: "is it done?" in any wording
("is this mix finished", "or will I keep fiddling with it forever", "time to bounce?") takes its verdict first;
"where's the first place you'd dig in?" and "any first move?" ask what first; the asker's feeling ("kinda
overwhelmed,") is not a complaint about the mix; a lean alone with "or leave it be" offered is left be, its cards
optional; "how much?" after a clean verdict has no amount to give; "what about the drums?" opens without a yes/no."""

from __future__ import annotations

import pytest
from fakes.analyses import clean
from fakes.band_sessions import advise_rock, context, level_finding, rock_snapshot

from companion.context import Finding, FindingKind, Turn
from model.about_opening import OPEN_ABOUT
from model.intent import Wants, classify
from model.intent_feeling import without_feeling
from model.intent_forms import READY_Q
from model.lean_only import OPTIONAL
from model.rules import RulesAdvisor

HARSH_LEAN = Finding(
    FindingKind.HARSH,
    0.35,
    "The mix leans a little harsh. The upper mids (around 3.2 kHz): a build-up of 6.0 dB, like a broad EQ boost "
    "there; act only if you hear it.",
    {"measure": "high_mid_db"},
)
HARSH_REMARK = Finding(
    FindingKind.HARSH,
    0.2,
    "The upper mids (around 3.2 kHz): a build-up of 4.0 dB, like a broad EQ boost there.",
    {"measure": "high_mid_db"},
)


@pytest.mark.parametrize(
    "question",
    [
        "real talk, is this mix finished or am i gonna keep fiddlin w it forever",
        "is my song basically done?",
        "is the track there yet",
        "this one finished or nah",
        "time to bounce this one?",
        "should i stop tweaking now",
        "done yet?",
        "honestly will i just keep tweaking it forever",
    ],
)
def test_is_it_done_in_many_wordings(question: str):
    assert READY_Q.search(question), question
    intent = classify(question)
    assert intent.wants == Wants.JUDGE and intent.asks_ok, question


@pytest.mark.parametrize(
    "question",
    [
        "is the vocal done?",
        "should i keep tweaking the vocal eq",
        "is the reverb finished ringing out too late",
    ],
)
def test_a_part_done_is_not_the_mix_done(question: str):
    assert READY_Q.search(question) is None, question


@pytest.mark.parametrize(
    "question",
    [
        "kinda overwhelmed, wheres the first place u'd dig in on this one",
        "any first move u'd make on this one, or leave it be",
        "whats the first thing youd touch",
        "where would you start on this",
        "no idea where to start",
        "swamped tbh. first place you'd dig in?",
        "what would you go after first?",
    ],
)
def test_what_first_in_many_wordings(question: str):
    intent = classify(question)
    assert intent.wants == Wants.WHAT_FIRST, question
    assert intent.complaint is None, question


@pytest.mark.parametrize(
    ("question", "left"),
    [
        ("kinda overwhelmed, wheres the first place", ", wheres the first place"),
        ("im so overwhelmed w this one", "w this one"),
        ("swamped tbh. first move?", "tbh. first move?"),
        ("the horns are overwhelming everything", "the horns are overwhelming everything"),
    ],
)
def test_the_askers_feeling_is_left_out(question: str, left: str):
    assert without_feeling(question).split() == left.split()


@pytest.mark.parametrize(
    ("question", "complaint"),
    [
        ("the horns are overwhelming everything", "loud"),
        ("the bass swamps the kick", "loud"),
        ("kinda overwhelmed, wheres the first place u'd dig in", None),
    ],
)
def test_a_part_that_overwhelms_is_still_a_complaint(question: str, complaint: str | None):
    assert classify(question).complaint == complaint


def test_is_this_mix_finished_with_only_a_lean_is_a_yes():
    advice = advise_rock(
        "real talk, is this mix finished or am i gonna keep fiddlin w it forever", (HARSH_LEAN,)
    )
    # "finished or am i gonna keep fiddlin": the side named (``model.done_or_more``), not a "Yes" to both
    assert advice.text.startswith("It's finished: nothing needs fixing. At most, the mix leans"), advice.text
    assert advice.suggestions and all(s.rationale.startswith(OPTIONAL) for s in advice.suggestions)


def test_is_this_mix_finished_with_a_fault_is_not_quite():
    loud = level_finding("Gtr L", "electric_guitar", 9.0)
    advice = advise_rock("is this mix finished?", (loud,))
    assert advice.text.startswith("Not quite, one thing: 'Gtr L'"), advice.text
    assert advice.suggestions[0].track == "Gtr L" and advice.suggestions[0].params["delta_db"] < 0
    assert not advice.suggestions[0].rationale.startswith(OPTIONAL)  # a fault's move is not optional


def test_overwhelmed_what_first_names_the_loud_part():
    loud = level_finding("Keys", "keys", 9.0)
    advice = advise_rock("kinda overwhelmed, wheres the first place u'd dig in on this one", (loud,))
    assert advice.text.startswith("Start here: 'Keys'"), advice.text
    assert advice.suggestions[0].track == "Keys" and advice.suggestions[0].params["delta_db"] < 0


def test_a_lean_with_leave_it_offered_is_left_be():
    advice = advise_rock("any first move u'd make on this one, or leave it be", (HARSH_LEAN,))
    assert advice.text.startswith("I'd leave it be: nothing needs changing. At most, the mix leans"), (
        advice.text
    )
    assert advice.suggestions and all(s.rationale.startswith(OPTIONAL) for s in advice.suggestions)
    plain = advise_rock("any first move you'd make on this one?", (HARSH_LEAN,))
    assert plain.text.startswith("Nothing needs changing."), plain.text


def test_a_remark_with_leave_it_offered_is_left_be():
    advice = advise_rock("first tweak you'd make, or leave it alone?", (HARSH_REMARK,))
    assert advice.text.startswith("I'd leave it be: nothing in the numbers needs fixing"), advice.text
    assert all(s.rationale.startswith(OPTIONAL) for s in advice.suggestions)


def test_how_much_after_a_clean_verdict_has_no_amount():
    a = clean()
    first = RulesAdvisor().advise(context("anything need fixing?", rock_snapshot(), a, (HARSH_REMARK,)))
    assert "nothing in the numbers needs fixing" in first.text, first.text
    history = (Turn("user", "anything need fixing?"), Turn("assistant", first.text))
    ctx = context("how much?", rock_snapshot(), a, (HARSH_REMARK,), history)
    advice = RulesAdvisor().advise(ctx)
    assert advice.text.startswith("There's no amount to give: nothing in the numbers needs fixing."), (
        advice.text
    )
    assert f"{a.integrated_lufs:.1f} LUFS" in advice.text and advice.text != first.text
    assert all(s.rationale.startswith(OPTIONAL) for s in advice.suggestions)


@pytest.mark.parametrize(
    ("question", "open_about"),
    [
        ("what about the drums?", True),
        ("and the bass?", True),
        ("how about the keys", True),
        ("what about the drums, too loud?", False),
        ("and is the bass too loud?", False),
    ],
)
def test_an_open_follow_up_on_a_part(question: str, open_about: bool):
    assert (OPEN_ABOUT.search(question) is not None) is open_about


def test_what_about_a_part_after_a_lean_opens_without_a_yes_no():
    boomy = Finding(
        FindingKind.BOOMY,
        0.35,
        "The mix leans a little boomy. The low end (below 100 Hz): 7.0 dB heavier, like a low-shelf boost.",
        {"measure": "low_shelf_db"},
    )
    a = clean()
    first = RulesAdvisor().advise(context("what do you hear?", rock_snapshot(), a, (boomy,)))
    history = (Turn("user", "what do you hear?"), Turn("assistant", first.text))
    advice = RulesAdvisor().advise(context("and the bass?", rock_snapshot(), a, (boomy,), history))
    assert not advice.text.startswith(("Possibly", "Not ", "Yes", "No")), advice.text
