""" "The vocal feels a bit dry" asks about reverb on the vocal: it was judged as the vocal's level ("It's fine:
nothing I measured says 'Lead Vox' is out of line"); only "too dry" / "bone dry" were read as the effect's amount."""

from __future__ import annotations

import pytest
from fakes.analyses import clean
from fakes.band_sessions import context, rock_snapshot

from model.answer_amount import amount_technique
from model.rules import RulesAdvisor


@pytest.mark.parametrize(
    "question",
    [
        "the vocal feels a bit dry",
        "vocals sound kinda wet",
        "can you make the snare drier",
        "guitars seem a little washy",
    ],
)
def test_dry_and_wet_said_loosely_are_the_reverbs_amount(question: str) -> None:
    assert amount_technique(question, None) == "reverb"


@pytest.mark.parametrize("question", ["is the vocal too loud?", "dry run of the mix, any thoughts?"])
def test_other_questions_are_not(question: str) -> None:
    assert amount_technique(question, None) is None


def test_a_dry_vocal_is_answered_from_its_reverb_not_its_level() -> None:
    advice = RulesAdvisor().advise(context("the vocal feels a bit dry", rock_snapshot(), clean()))
    assert "reverb" in advice.text.lower() and "out of line" not in advice.text, advice.text
