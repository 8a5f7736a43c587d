"""The step after the one just given: "and then?", "then what?" ask for the next problem (not the same move again),
and a masking finding, whose summary carries its own dip, is said with that dip once."""

from __future__ import annotations

import pytest
from fakes.band_sessions import advise_rock

from companion.context import Finding, FindingKind
from model.intent import Wants, classify

MASKING = Finding(
    FindingKind.MASKING,
    0.7,
    "'Gtr L' covers 'Lead Vox' at 800 Hz-2 kHz, where 'Lead Vox' is strongest: 'Gtr L' is 6 dB louder than "
    "'Lead Vox' there; dip 'Gtr L' about 6 dB around 1000 Hz (Q 0.7), or lower or pan 'Gtr L' away.",
    {"other_track": "Lead Vox", "range_hz": [800, 2000], "q": 0.7},
    track="Gtr L",
)


@pytest.mark.parametrize("question", ["and then?", "then what?", "ok, after that?", "so then?"])
def test_the_step_after_is_asked_for(question: str):
    intent = classify(question)
    assert intent.more and intent.wants == Wants.WHAT_FIRST, question


@pytest.mark.parametrize("question", ["then turn it down?", "i did that and then it got muddy"])
def test_then_inside_a_sentence_is_not_a_next_step(question: str):
    assert not classify(question).more, question


def test_a_masking_finding_says_its_dip_once():
    text = advise_rock("what else?", (MASKING,)).text
    assert text.startswith("Next: 'Gtr L' covers 'Lead Vox' at 800 Hz-2 kHz"), text
    assert text.lower().count("dip 'gtr l' about") == 1, text
