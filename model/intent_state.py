"""A plain yes/no question about a part with nothing named as wrong ("are you happy with the brass?", "do you
like the pad?", "the snare, is it alright to you?") asks whether the part is in a good state: a problem found
means no. One rule on the question's FORM (an auxiliary first, or a tag), so a new wording of "is X ok?" needs no
new pattern of its own."""

from __future__ import annotations

import re

YES_NO_FORM = re.compile(
    r"^\s*(so |ok |and |but |hey |honestly )?(is|are|does|do|did|was|were|am|would|will|isn'?t|doesn'?t|aren'?t)\b",
    re.IGNORECASE,
)
_NOT_STATE = re.compile(
    r"\b(louder|quieter|softer|lower|higher) than\b|\bor\b|\bwhich\b|\bneed|\bshould\b|\bwould (a|an|some|more)\b|"
    r"\b(ok|okay|fine|alright|good|safe) (to|if)\b(?! (you|u|ya|me|my ears)\b)",
    re.IGNORECASE,
)
"""A comparison, an either/or, a move or a permission ("fine to leave?") asked about: a question of its own
kind, not the part's state."""


def plain_state_question(
    judge: bool,
    instruments: tuple[str, ...],
    complaint: str | None,
    technique: str | None,
    text: str,
    tag: bool,
) -> bool:
    """True when ``text`` asks yes or no about named parts with no complaint, technique or move in it."""
    return (
        judge
        and bool(instruments)
        and complaint is None
        and technique is None
        and (tag or YES_NO_FORM.search(text) is not None)
        and _NOT_STATE.search(text) is None
    )
