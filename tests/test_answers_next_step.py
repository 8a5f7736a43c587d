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


def test_how_to_hear_the_move_worked_leads_with_the_check():
    """ "how will I know it's right?" after a move: the check leads, then the move it checks (it used to repeat the
    move and add the next lean); "how do you know?" stays a why."""
    from fakes.analyses import clean
    from fakes.band_sessions import context, level_finding, rock_snapshot

    from companion.context import Turn
    from model.rules import RulesAdvisor

    keys = level_finding("Keys", "keyboards", -10.0)
    first = RulesAdvisor().advise(context("anything sound off?", rock_snapshot(), clean(), (keys,)))
    history = (Turn("user", "anything sound off?"), Turn("assistant", first.text))
    for q in ("how do i know when its right", "what should i listen for", "how will i know it's right?"):
        text = RulesAdvisor().advise(context(q, rock_snapshot(), clean(), (keys,), history)).text
        assert text.startswith("Check at low volume:"), (q, text)
        assert "That checks this move: bring the fader on 'Keys'" in text, (q, text)
    assert classify("how do you know the keys are too quiet").wants == Wants.WHY
