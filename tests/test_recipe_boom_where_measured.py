"""A boom measured on a mix file with no session is dipped where it was measured: a build-up at 62 Hz against the
user's reference was answered "dip 2-3 dB around 100-150 Hz on the bass", a move that misses it."""

from __future__ import annotations

import pytest

from companion.context import Finding, FindingKind
from model.recipes import recipe
from model.session_view import SessionView


def _boom(center_hz: float | None) -> Finding:
    evidence = {"deviation_db": 6.3, "range_hz": [50.0, 160.0]}
    if center_hz is not None:
        evidence["center_hz"] = center_hz
    return Finding(FindingKind.BOOMY, 0.68, "The low end: 6.3 dB more than your reference.", evidence)


@pytest.mark.parametrize(
    ("center_hz", "at", "who"),
    [
        (62, 60, "whichever of kick and bass blooms there"),  # the kick's range as much as the bass's
        (131, 130, "on the bass"),
        (None, 120, "on the bass"),  # no centre measured: the usual boom area
    ],
)
def test_boom_without_a_session_is_dipped_where_it_was_measured(
    center_hz: float | None, at: int, who: str
) -> None:
    move = recipe(_boom(center_hz), SessionView(None))
    assert f"dip 2-3 db around {at} hz (q ~1.4)" in move.try_text.lower()
    assert who in move.try_text and "100-150 Hz" not in move.try_text
    (card,) = move.suggestions
    assert card.action == "eq_band" and card.params["freq_hz"] == at and card.params["gain_db"] == -3.0
