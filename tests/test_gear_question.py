"""Gear asked about instead of the mix ("do i need a better sound card?", "should i buy new monitors?") and loud
monitoring blamed for a tone ("my speakers are blasting, is that why it sounds harsh?"): the gear answered
first, then what the meters find, never the mix's biggest finding with no word on what was asked."""

from __future__ import annotations

import pytest
from fakes.band_sessions import advise_rock, level_finding

from companion.context import Finding, FindingKind
from model.gear_question import LOUD_MONITORING, NEED_GEAR

SNARE_LOUD = (level_finding("Snare", "snares", 11.0, fader_db=2.0),)
HARSH = Finding(
    FindingKind.HARSH,
    0.7,
    "The mix sounds harsh. The upper mids (around 3.2 kHz): a build-up of 7.0 dB against the usual shape of real mixes.",
    {"band": "high_mid", "deviation_db": 7.0},
)


@pytest.mark.parametrize(
    ("question", "gear", "loud"),
    [
        ("do i need a better sound card to mix this?", True, False),
        ("should i buy new monitors?", True, False),
        ("is my interface holding me back", True, False),
        ("my speakers are blasting, is that why it sounds harsh?", False, True),
        ("i mix really loud, is that why its so boomy?", False, True),
        # the mix's own level, a part's level, a plug-in: not gear, not the listening level
        ("is the mix too loud on my headphones?", False, False),
        ("synth ok volume wise or too loud?", False, False),
        ("should i get the bass up on speakers", False, False),
        ("do i need a compressor?", False, False),
    ],
)
def test_gear_and_listening_level_are_told_from_the_mix(question: str, gear: bool, loud: bool) -> None:
    assert bool(NEED_GEAR.search(question)) is gear
    assert bool(LOUD_MONITORING.search(question)) is loud


def test_a_better_interface_changes_nothing_measured_then_the_fault_with_its_card() -> None:
    advice = advise_rock("do i need a better interface?", SNARE_LOUD)
    assert advice.text.startswith("No: a better interface won't change your mix."), advice.text
    assert "What the mix does need: 'Snare' sits about 11 dB louder" in advice.text
    assert advice.suggestions[0].track == "Snare" and advice.suggestions[0].params["delta_db"] < 0


def test_new_monitors_change_what_you_hear_and_a_clean_mix_is_said_clean() -> None:
    advice = advise_rock("should i buy new monitors?")
    assert advice.text.startswith("Not to fix your mix: monitors change what you hear"), advice.text
    assert "nothing I measured in this mix is out of line" in advice.text and not advice.suggestions


def test_loud_monitoring_with_nothing_harsh_measured_is_likely_the_cause() -> None:
    advice = advise_rock("my speakers are blasting, is that why it sounds harsh?")
    assert advice.text.startswith("Likely, yes: nothing I measured in the mix's upper mids (2-5 kHz)"), (
        advice.text
    )
    assert "75-85 dB SPL" in advice.text


def test_loud_monitoring_with_the_tone_measured_is_partly_the_cause_and_a_loud_part_comes_first() -> None:
    harsh = advise_rock("my speakers are blasting, is that why it sounds harsh?", (HARSH,))
    assert harsh.text.startswith("Partly: at high volume"), harsh.text
    assert "But the mix itself has a fault of its own too: the mix sounds harsh" in harsh.text
    both = advise_rock("my speakers are blasting, is that why it sounds harsh?", (HARSH, *SNARE_LOUD))
    assert "has a fault of its own too: 'Snare' sits about 11 dB louder" in both.text, both.text
    assert both.suggestions[0].track == "Snare"
