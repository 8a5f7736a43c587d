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
    r"\b(better|improved|fixed|sorted|now|cleaner|clearer|tighter|tidier|smoother|calmer|punchier|fuller|clean|clear|"
    r"tight|tamed|glued|together)\b[^?.]{0,20}(\?\s*)?\bor\b[^?.]{0,20}\bstill\b",
    re.IGNORECASE,
)
"""Both sides of the either/or: the fault still there, or better now (in either order; "does it cut now or still
buried?" says the good side with "now", "is the low end cleaner or is it still a mess" with the state hoped for,
"back in their box now? or still too much" across a question mark)."""


SAME_OR_FIXED = re.compile(
    r"\b(better|worse) or (the )?same\b|\b(the )?same or (better|worse)\b|\b(fixed|sorted|solved) or not\b",
    re.IGNORECASE,
)
"""'better or same?', 'fixed or not?': the two states after a move, offered (read as "better or worse?")."""
WORSE_Q = re.compile(
    r"^\W*(so |ok |and )?(is|does|did|has) (it|that|this) (now |sound |get |got |gotten |really )*worse\b"
    r"(?! or| with| if| when| than)",
    re.I,
)
"""'is it worse now?': the comparison asked the other way round, where a yes means it got worse."""


def asks_better_or_still(question: str) -> bool:
    """True for an either/or of the fault still there and the mix better now ("still muddy or better?"), or of the
    two states after a move ("better or same?", "fixed or not?"), or "is it worse now?"."""
    return any(p.search(question) for p in (BETTER_OR_STILL, SAME_OR_FIXED, WORSE_Q))


def still_or_better(question: str) -> bool:
    """True for an either/or of the fault still there and the mix better now ("is the vocal better now or still
    buried?"): with no earlier clip its "still" half is judged on this one."""
    return BETTER_OR_STILL.search(question) is not None
