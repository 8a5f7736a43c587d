"""A level move reported, then "that do it?" ("shoved the pad up heaps, that do it?"), judged on the move's
direction against the part's fault: gone is a yes, the same fault still there is "Not yet", the opposite fault
now is "No, too far". Blind set 27 (q2737) answered "Yes: 'Pad' sits level with your lead vocal ... down about
6 dB" to a pad raised from far too low to too loud: a yes above a cut."""

from __future__ import annotations

import dataclasses

import pytest
from fakes.analyses import clean
from fakes.band_sessions import context, level_finding, soul_snapshot, with_fader

from companion.context import EarlierClip, Turn
from model.intent import Wants, classify
from model.move_direction import DOWN, UP, fader_direction, reported_direction
from model.reported_move import reports_level_move, reports_move
from model.rules import RulesAdvisor


@pytest.mark.parametrize(
    ("question", "direction"),
    [
        ("shoved the pad up heaps, that do it?", UP),
        ("jacked the hats up loads, that fix it?", UP),
        ("cranked the horns up, sorted?", UP),
        ("pushed the bass up a bit, better?", UP),
        ("pulled the vocal down, that do it?", DOWN),
        ("dropped the horns way down, fixed?", DOWN),
        ("tucked the keys down a touch, sorted?", DOWN),
        ("pulled the horns way back, better?", DOWN),
    ],
)
def test_a_raise_or_a_cut_reported_then_checked(question: str, direction: int) -> None:
    assert reports_move(question) and reports_level_move(question), question
    assert reported_direction(question) == direction, question
    own = classify(question)
    assert own.wants == Wants.BETTER and own.complaint is None, own


@pytest.mark.parametrize(
    ("question", "direction"),
    [
        ("cranked the fiddle, fixed?", UP),  # the verb alone says the way
        ("dropped the organ, good now?", DOWN),
        ("gave the snare a big shove, sitting right now?", UP),
        ("voice is up heaps now, better?", UP),
        ("fixed the pad, good now?", None),  # no way said
        ("cut some 300 on the guitars, good now?", None),  # an EQ move, not a fader
        ("pulled the reverb down on the vocal, better?", None),  # an effect's level, not the part's
    ],
)
def test_the_way_a_move_went_from_its_words(question: str, direction: int | None) -> None:
    assert reported_direction(question) == direction


def test_the_way_a_fader_went_between_two_clips() -> None:
    assert fader_direction(-21.9, -1.9) == UP
    assert fader_direction(2.4, -17.6) == DOWN
    assert fader_direction(-3.0, -3.2) is None  # under half a dB: not a move
    assert fader_direction(None, -3.0) is None


@pytest.mark.parametrize(
    "question",
    ["how do i make it work?", "that do it?", "pulled the horns back, what next?", "is the pad too loud?"],
)
def test_not_a_move_checked(question: str) -> None:
    assert not reports_move(question), question


def _advise(question: str, findings=(), previous=None, snapshot=None):
    snap = snapshot or soul_snapshot()
    history = (Turn("user", previous.question), Turn("assistant", "Yes: ...")) if previous else ()
    return RulesAdvisor().advise(context(question, snap, clean(), tuple(findings), history, previous))


# ---------------------------------------------------------------- no earlier clip: the part's state now


@pytest.mark.parametrize(
    ("question", "deviation_db", "opening", "sign"),
    [
        ("shoved the horns up heaps, that do it?", 9.0, "No, too far: now 'Horns' is too loud. ", -1),
        ("shoved the horns up a bit, that do it?", -9.0, "Not yet: 'Horns' is still too low. ", 1),
        ("dropped the horns way down, sorted?", -9.0, "No, too far: now 'Horns' is too low. ", 1),
        ("dropped the horns a touch, sorted?", 9.0, "Not yet: 'Horns' is still too loud. ", -1),
    ],
)
def test_no_earlier_clip_the_move_is_judged_on_its_direction(
    question: str, deviation_db: float, opening: str, sign: int
) -> None:
    advice = _advise(question, [level_finding("Horns", "horns", deviation_db)])
    assert advice.text.startswith(opening), advice.text
    assert advice.suggestions[0].track == "Horns" and sign * advice.suggestions[0].params["delta_db"] > 0
    assert len(advice.text.split()) <= 120


def test_no_earlier_clip_and_the_part_right_is_still_a_yes() -> None:
    assert _advise("shoved the horns up heaps, that do it?").text.startswith(
        "Yes: nothing I measured says 'Horns'"
    )


# ---------------------------------------------------------------- an earlier clip: the two held side by side


def _earlier(deviation_db: float, fader_db: float, meter_db: float) -> EarlierClip:
    snap = with_fader(soul_snapshot(), "Horns", fader_db, meter_db)
    return EarlierClip(
        "are the horns too quiet?", None, (level_finding("Horns", "horns", deviation_db),), snap
    )


def test_raised_from_too_low_to_too_loud_is_no_too_far() -> None:
    previous = _earlier(-12.0, -16.0, -35.5)
    after = with_fader(soul_snapshot(), "Horns", 4.0, -15.5)
    now = level_finding("Horns", "horns", 8.0, fader_db=4.0)
    advice = _advise("shoved the horns up heaps, that do it?", [now], previous, after)
    assert advice.text.startswith(
        "No, too far: now 'Horns' is too loud (8.0 dB); before, it was too low (12.0 dB). You moved its fader "
        "from -16.0 to +4.0 dB"
    ), advice.text
    assert advice.suggestions[0].track == "Horns" and advice.suggestions[0].params["delta_db"] < 0


def test_raised_but_still_too_low_is_not_yet_and_gone_is_yes() -> None:
    previous = _earlier(-12.0, -16.0, -35.5)
    closer = _advise(
        "pushed the horns up a bit, that do it?",
        [level_finding("Horns", "horns", -8.0, fader_db=-12.0)],
        previous,
        with_fader(soul_snapshot(), "Horns", -12.0, -31.5),
    )
    assert closer.text.startswith(
        "Not yet, but closer: the 'Horns' sitting too low went from 12.0 dB to 8.0 dB"
    ), closer.text
    assert closer.suggestions[0].params["delta_db"] > 0
    gone = _advise(
        "pushed the horns up, that do it?", (), previous, with_fader(soul_snapshot(), "Horns", -5.0, -24.5)
    )
    assert gone.text.startswith("Yes: the 'Horns' sitting too low is gone."), gone.text


def test_no_fault_before_and_a_raise_that_made_the_part_too_loud_is_too_far() -> None:
    snap = with_fader(soul_snapshot(), "Horns", -7.0, -26.5)
    previous = EarlierClip("how are the horns?", None, (), snap)
    after = with_fader(soul_snapshot(), "Horns", 3.0, -16.5)
    now = level_finding("Horns", "horns", 9.0, fader_db=3.0)
    advice = _advise("cranked the horns up loads, better?", [now], previous, after)
    assert advice.text.startswith(
        "No, too far: now 'Horns' is too loud (9.0 dB), where it had no balance problem before."
    ), advice.text


def test_the_same_fault_with_the_fader_unmoved_and_a_move_that_would_deepen_it_is_a_no() -> None:
    """'shoved the pad up' with the pad already too loud and its fader where it was: not "Not yet" (raising it more
    is the wrong way), a no with the fault, and the change not in this playback."""
    previous = _earlier(9.0, 0.0, -19.5)
    advice = _advise(
        "shoved the horns up heaps, that do it?",
        [level_finding("Horns", "horns", 9.0)],
        previous,
        previous.snapshot,
    )
    assert advice.text.startswith("No: the 'Horns' sitting too loud is still there"), advice.text
    assert "isn't in this playback" in advice.text


def test_a_finding_without_a_track_reads_as_the_part() -> None:
    from model.move_verdict import state

    f = dataclasses.replace(level_finding("Horns", "horns", 9.0), track=None)
    assert state(f) == "the part is too loud"
