""" "What should I leave alone?" was answered with the one thing to change, never naming what to keep. The parts
measured in place come first, then the move wanted (a lean only if heard)."""

from __future__ import annotations

import pytest
from fakes.band_sessions import advise_rock, guitar_masks_vocal, level_finding

from model.leave_alone import asks_leave_alone


@pytest.mark.parametrize(
    "question",
    ["what should i leave alone", "what shouldn't i touch", "which parts are fine already",
     "what can i leave as is", "what doesnt need any work", "what's already fine", "what parts should i not touch"],
)  # fmt: skip
def test_the_parts_to_keep_are_asked(question: str) -> None:
    assert asks_leave_alone(question)


@pytest.mark.parametrize(
    "question",
    ["what should i leave in", "should i leave it alone", "is the bass fine", "what should i fix first"],
)
def test_other_questions_are_not(question: str) -> None:
    assert not asks_leave_alone(question)


def test_the_parts_in_place_are_named_and_the_fault_is_the_move() -> None:
    advice = advise_rock("what should i leave alone", [level_finding("Gtr L", "electric guitars", 9.0, 6.0)])
    assert advice.text.startswith(
        "Leave 'Kick', 'Snare', 'Hats', 'Bass', 'Gtr R', 'Keys' and 'Lead Vox' as they are: nothing I measured"
    ), advice.text
    assert "What I'd change: 'Gtr L' sits about 9 dB louder" in advice.text
    assert advice.suggestions[0].track == "Gtr L" and advice.suggestions[0].params["delta_db"] < 0


def test_a_covered_part_is_not_said_to_be_in_line() -> None:
    advice = advise_rock("what shouldn't i touch", [guitar_masks_vocal()])
    head = advice.text.split(":", 1)[0]
    assert "'Lead Vox'" not in head and "'Gtr L'" not in head, advice.text


def test_nothing_measured_keeps_everything() -> None:
    advice = advise_rock("what can i leave as is")
    assert advice.text.startswith("All of it: nothing I measured needs changing"), advice.text
    assert not advice.suggestions
