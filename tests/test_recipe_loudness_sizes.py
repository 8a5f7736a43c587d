"""A loudness move says one size: "About 10.2 dB: ... bring it up about 10 dB" told two numbers for one move, and
the card applied the third-decimal one. The limiter's gain is set against the loudness meter, so the card, the
opener and the text all carry the same whole dB."""

from __future__ import annotations

import pytest

from companion.context import Finding, FindingKind
from model.recipes import recipe, size_head
from model.session_view import SessionView


@pytest.mark.parametrize(
    ("kind", "evidence", "said", "gain"),
    [
        (FindingKind.TOO_QUIET, {"under_lu": 10.2, "target_lufs": -14.0}, "up about 10 dB", 10.0),
        (FindingKind.TOO_LOUD, {"over_lu": 6.3, "target_lufs": -14.0}, "by about 6 dB", -6.0),
    ],
)
def test_a_loudness_move_says_the_size_its_card_applies(
    kind: FindingKind, evidence: dict[str, float], said: str, gain: float
) -> None:
    move = recipe(Finding(kind, 0.7, "loudness off target", evidence), SessionView(None))
    (card,) = move.suggestions
    assert card.params["input_gain_db"] == gain
    assert said in move.try_text
    assert size_head(move) == f"About {abs(gain):g} dB:"
