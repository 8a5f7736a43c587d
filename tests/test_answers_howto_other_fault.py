""" "How do I fix it?" after "what's muddying my mix?" (no mud measured, a part too loud instead) got the judge's
denial again word for word ("It isn't the low-mids ... What does stand out: ..."): a how-to leads with the fix of
what stands out, then says why no EQ cut for the complaint."""

from __future__ import annotations

import pytest
from fakes.analyses import clean
from fakes.band_sessions import context, level_finding, rock_snapshot

from companion.context import Turn
from model.rules import RulesAdvisor


@pytest.mark.parametrize(
    ("question", "history"),
    [
        ("how do i fix the mud?", ()),
        (
            "how do i fix it",
            (Turn("user", "whats muddying up my mix"), Turn("assistant", "It isn't the low-mids.")),
        ),
    ],
)
def test_a_how_to_with_another_fault_measured_leads_with_that_fix(
    question: str, history: tuple[Turn, ...]
) -> None:
    findings = (level_finding("Keys", "keys", 9.0, 0.0),)
    advice = RulesAdvisor().advise(context(question, rock_snapshot(), clean(), findings, history))
    assert advice.text.startswith("Fix what stands out first: 'Keys' sits about 9 dB louder"), advice.text
    assert "The low-mids (160-500 Hz) measure like a typical balance, so no EQ cut there yet." in advice.text
    (card,) = [s for s in advice.suggestions if s.action == "nudge_volume_db"]
    assert card.track == "Keys" and card.params["delta_db"] < 0


def test_the_judge_question_keeps_its_denial() -> None:
    findings = (level_finding("Keys", "keys", 9.0, 0.0),)
    advice = RulesAdvisor().advise(context("whats muddying up my mix", rock_snapshot(), clean(), findings))
    assert advice.text.startswith("It isn't the low-mids (160-500 Hz)"), advice.text
