"""A part asked about with only the stereo mix (no REAPER session): what the whole mix shows in that part's range.
Found on a real song: "is the vocal loud enough?" was answered with a low end below 100 Hz (its range, 20-160 Hz,
grazes the vocal's fullness from 150 Hz), and "are the guitars harsh?" with nothing harsh got no "No"."""

from __future__ import annotations

from fakes.analyses import clean
from fakes.band_sessions import context

from companion.context import Finding, FindingKind
from model.rules import RulesAdvisor

BOOMY = Finding(
    FindingKind.BOOMY,
    0.38,
    "The mix leans a little boomy. The low end (below 100 Hz): 10.4 dB heavier, like a low-shelf boost.",
    {"range_hz": [20.0, 160.0]},
)


def ask(question: str, findings: tuple[Finding, ...] = (BOOMY,)) -> str:
    return RulesAdvisor().advise(context(question, None, clean(), findings)).text


def test_a_low_end_grazing_the_vocals_range_is_not_its_range():
    text = ask("is the vocal loud enough?")
    assert text.startswith("I only have the stereo mix, no REAPER session"), text
    assert "boomy" not in text and "below 100 Hz" not in text, text


def test_the_kicks_range_holds_the_low_end():
    text = ask("how's the kick?")
    assert "What the whole mix shows in its range" in text, text
    assert "boomy" in text, text


def test_a_tone_asked_of_a_part_with_none_measured_is_a_no_then_what_does_show():
    text = ask("are the guitars harsh?")
    assert text.startswith("No: the whole mix shows nothing harsh where they sit"), text
    assert "What it does show in their range: the mix leans a little boomy" in text
    assert ask("is the vocal muddy?").startswith("No: the whole mix shows nothing muddy where it sits"), (
        "vocal"
    )


def test_a_tone_measured_in_the_parts_range_is_said():
    text = ask("is the kick boomy?")
    assert not text.startswith("No"), text
    assert "boomy" in text, text
