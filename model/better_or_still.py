""" "still buried or better?", "is it better now or still too loud?": an either/or of the two states after a move.

Why: the comparison's own opening is for "did that help?" ("Yes: the 'Lead Vocal' sitting too low is gone"), and
a "Yes" names neither side of this either/or; "still buried or better?" was not even read as a question about the
move (it got the whole mix's level verdict, "No: no track sits too low"). The side that is true is named first:
"Better:" when the fault is gone, "Still there:" when it is not.
"""

from __future__ import annotations

import re

BETTER_OR_STILL = re.compile(
    r"\bstill\b[^?.]{0,30}\bor\b[^?.]{0,12}\b(better|improved|fixed|sorted|ok|okay|good|fine)\b|"
    r"\b(better|improved|fixed|sorted)\b[^?.]{0,20}\bor\b[^?.]{0,12}\bstill\b",
    re.IGNORECASE,
)
"""Both sides of the either/or: the fault still there, or better now (in either order)."""


def asks_better_or_still(question: str) -> bool:
    """True for an either/or of the fault still there and the mix better now ("still muddy or better?")."""
    return BETTER_OR_STILL.search(question) is not None
