""" "Which is louder, gtr l or gtr r?": one part played twice, its two sides offered as the choice.

Why: both sides read as one part (the guitars), so the either/or route never ran and the judge answered "None of
them: nothing I measured says 'Gtr L' is too low". An engineer compares the two tracks' meters, one side against
the other, as for any two parts offered.
"""

from __future__ import annotations

import re
from dataclasses import replace

from model.focus import Asked, is_pair
from model.session_view import RoleTrack

_SIDES = re.compile(
    r"\b(l|left)\b[^?.!]{0,20}\b(or|vs\.?|versus|and)\b[^?.!]{0,20}\b(r|right)\b|"
    r"\b(r|right)\b[^?.!]{0,20}\b(or|vs\.?|versus|and)\b[^?.!]{0,20}\b(l|left)\b",
    re.IGNORECASE,
)
"""Both sides named against each other ("gtr l or gtr r", "left vs right guitar")."""
_SIDE = re.compile(r"(?:\b|_)(l|left|r|right)$", re.IGNORECASE)


def split_sides(found: list[Asked], question: str, tracks: tuple[RoleTrack, ...]) -> list[Asked] | None:
    """The one part asked split into its left and right tracks (of the session's ``tracks``) when the question
    sets its two sides against each other; None otherwise (two parts already, no pair, or the sides not both
    named)."""
    if len(found) != 1 or not found[0].tracks or not _SIDES.search(question):
        return None
    first = found[0].tracks[0]
    pair = tuple(rt for rt in tracks if rt.role == first.role and is_pair((first, rt)))
    if len(pair) != 2:
        return None
    sides = {}
    for rt in pair:
        m = _SIDE.search(rt.name.strip())
        if m is None:
            return None
        sides[m.group(1)[0].lower()] = rt
    if set(sides) != {"l", "r"}:
        return None
    word = found[0].said or found[0].word
    return [replace(found[0], said=f"{word} {side}", tracks=(sides[side],)) for side in ("l", "r")]
