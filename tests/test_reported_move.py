"""A move reported, then "is it right now?" ("ok horns are pulled back a bunch, we good now?", "tucked the rhodes
in a bit, sorted?"): the move is news, not a complaint ("pulled back" never means the part sits too far back). With
an earlier clip it asks "did that help?"; with none, the part's state now: yes when it sits right, "Not yet" when
it keeps the fault the move set out to fix, "No, too far" when it was pulled past its place. Blind set 26 (q2607)
answered "No: nothing I measured says 'Horns' is too low" on a clean mix."""

from __future__ import annotations

import pytest
from fakes.analyses import clean
from fakes.band_sessions import context, level_finding, soul_snapshot, with_fader

from companion.context import EarlierClip, Turn
from model.intent import Wants, classify
from model.reported_move import reports_level_move, reports_move
from model.rules import RulesAdvisor
from model.state_now import state_now

REPORTED = [
    "ok horns are pulled back a bunch, we good now?",
    "tucked the rhodes in a bit, sorted?",
    "brought the vocal up 2 dB, is it good now?",
    "added a comp on the bass, did that do it?",
    "eased the pad back some, we good now?",
    "harmony's been tucked under the lead, did that do it?",
    "i lowered the strings a touch, all good now?",
]


@pytest.mark.parametrize("question", REPORTED)
def test_a_reported_move_then_good_now(question: str) -> None:
    assert reports_move(question), question
    own = classify(question)
    assert own.wants == Wants.BETTER and own.complaint is None, own  # "pulled back": news, not a complaint
    now = state_now(own, None)  # no earlier clip: the state now, a good state asked
    assert now.wants == Wants.JUDGE and now.asks_ok, now
    earlier = EarlierClip("are the horns too loud?", None, (), soul_snapshot())
    assert state_now(own, earlier) == own  # an earlier clip: this one against it


@pytest.mark.parametrize(
    "question",
    [
        "is the vocal good now?",  # no move said
        "horns are loud, we good?",  # a complaint, not a move
        "vocal is pushed way up, is that ok?",  # a state in a participle, no "now" to say it was a move
        "the horns sit too far back, good?",
        "pulled the horns back, what next?",  # no check on the state now
        "the vocal is louder now than the guitar, is that ok?",  # two parts compared, no move
    ],
)
def test_not_a_reported_move(question: str) -> None:
    assert not reports_move(question), question


def test_a_fader_move_and_an_eq_move() -> None:
    assert reports_level_move("tucked the horns in a bit, sorted?")
    assert not reports_level_move("cut some 300 on the guitars, good now?")  # an EQ move: no fader to read


def _advise(question: str, findings=(), previous=None, snapshot=None) -> str:
    snap = snapshot or soul_snapshot()
    return RulesAdvisor().advise(context(question, snap, clean(), tuple(findings), (), previous)).text


QUESTION = "ok horns are pulled back a bunch, we good now?"


def test_nothing_before_and_the_part_sits_right_is_a_yes() -> None:
    text = _advise(QUESTION)
    assert text.startswith("Yes: nothing I measured says 'Horns' is out of line"), text


@pytest.mark.parametrize(
    ("deviation_db", "sign", "opening"),
    [
        (8.0, -1, "Not yet: 'Horns' is still too loud. 'Horns' sits about"),  # pulled back, not far enough
        (-10.0, 1, "No, too far: now 'Horns' is too low. 'Horns' sits about"),  # pulled past its place
    ],
)
def test_nothing_before_and_the_part_still_off_is_a_no(deviation_db: float, sign: int, opening: str) -> None:
    advice = RulesAdvisor().advise(
        context(QUESTION, soul_snapshot(), clean(), (level_finding("Horns", "horns", deviation_db),))
    )
    assert advice.text.startswith(opening), advice.text
    assert advice.suggestions[0].track == "Horns" and sign * advice.suggestions[0].params["delta_db"] > 0


def test_with_an_earlier_clip_it_is_compared() -> None:
    before = with_fader(soul_snapshot(), "Horns", 0.0, -19.5)
    after = with_fader(soul_snapshot(), "Horns", -8.0, -27.5)
    previous = EarlierClip("are the horns too loud?", None, (level_finding("Horns", "horns", 9.0),), before)
    history = (Turn("user", "are the horns too loud?"), Turn("assistant", "Yes: ..."))
    ctx = context(QUESTION, after, clean(), (), history, previous)
    text = RulesAdvisor().advise(ctx).text
    assert text.startswith(
        "Yes: the 'Horns' sitting too loud is gone. You moved its fader from +0.0 to -8.0 dB"
    ), text


def test_a_move_reported_with_the_fader_unmoved_is_said() -> None:
    snap = with_fader(soul_snapshot(), "Horns", 0.0, -19.5)
    previous = EarlierClip("are the horns too loud?", None, (level_finding("Horns", "horns", 9.0),), snap)
    history = (Turn("user", "are the horns too loud?"), Turn("assistant", "Yes: ..."))
    finding = level_finding("Horns", "horns", 9.0)
    ctx = context("tucked the horns in a bit, sorted?", snap, clean(), (finding,), history, previous)
    text = RulesAdvisor().advise(ctx).text
    assert text.startswith("Not yet:") and "the change you made isn't in this playback" in text, text
