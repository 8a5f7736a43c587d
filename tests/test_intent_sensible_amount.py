""" "What's a sensible amount to cut?" asks for a size as surely as "how much?" does; it was read as "what's the
problem?" and answered without the size first."""

from __future__ import annotations

import pytest

from model.intent import Wants, classify


@pytest.mark.parametrize(
    "question",
    ["what's a sensible amount to cut", "whats a reasonable amount to bring the bass up",
     "what's a safe amount to turn it down", "give me a ballpark number"],
)  # fmt: skip
def test_a_sensible_amount_asks_for_a_size(question: str) -> None:
    assert classify(question).wants == Wants.HOW_MUCH


def test_a_good_idea_is_not_a_size() -> None:
    assert classify("is it a sensible idea to cut the bass").wants != Wants.HOW_MUCH
