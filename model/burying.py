"""One part said to hide another ("the guitar drowns the vocal", "the low end is bullying the kick"): the two
parts' clash, not one part's level. A leaf the question reader uses."""

from __future__ import annotations

import re

BURY_VERBS = (
    r"drown\w*|smother\w*|bur(y|ies|ied|ying)|swallow\w*|overpower\w*|step(s|ping)? on|eat(s|ing)? (up )?|"
    r"bull(y|ies|ied|ying)|trampl\w*"
)
BURIES = re.compile(rf"\b({BURY_VERBS})\b", re.IGNORECASE)
"""A verb of one part hiding another."""

LOW_END_BURYING = re.compile(
    r"\b(the |my |that |this )?(lows|low[- ]?end|bottom[- ]?end|subs|sub[- ]?bass|low frequencies)\b"
    rf"(?=(\s+[\w']+){{0,3}}?\s+({BURY_VERBS})\s*(the|my|our|that|this|your) [a-z])",
    re.IGNORECASE,
)
"""The low end as the subject of a burying verb with a named part after it ("the low end is bullying the kick")."""


def low_end_as_bass(text: str) -> str:
    """``text`` with the low end that buries a named part read as the bass: the part that carries the low end is
    the one covering the kick or the vocal, so the question is about the bass's level against that part, not
    about the named part. The low end burying "everything" stays the mix's low-end share (boomy)."""
    return LOW_END_BURYING.sub("the bass", text)
