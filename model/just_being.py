""" "is that too much or is it just the hook being the hook": a claim, then the part's own role offered as the
reason it stands out.

Why: the track route answered the claim with "Yes:", which to an either/or picks neither side. An engineer names
the side measured: "Too much:" (the claim's own words) when the part is off that way, or "It's just the hook being
the hook:" when nothing on it is. Only the opening changes.
"""

from __future__ import annotations

import re
from dataclasses import replace

from model.phrasing import Answer
from model.verdict_opening import opening

JUST_BEING = re.compile(
    r"\b(?P<claim>too (much|loud|hot|quiet|low|soft|buried|in (your|ur) face))\b[^?]{0,30}?\bor (is (it|that|this) |"
    r"it'?s |that'?s )?just (?P<what>(the|a|my|its|their) [\w' ]{1,25}?) (?P<doing>(being|doing) [\w' ]{1,25}?)"
    r"\s*\??\s*$",
    re.IGNORECASE,
)
"""A claim, then "or is it just the X being/doing Y" as the other side."""


def just_being(question: str, ans: Answer) -> Answer:
    """``ans`` opened with the side measured when ``question`` offers a claim against the part's own role;
    ``ans`` otherwise."""
    m = JUST_BEING.search(question)
    opened = opening(ans.text)
    if m is None or opened is None or opened.group("verdict") not in ("Yes", "No"):
        return ans
    if opened.group("verdict") == "Yes":
        head = f"{m.group('claim')[0].upper()}{m.group('claim')[1:].lower()}, not just {m.group('what').lower()}:"
    else:
        head = f"It's just {m.group('what').lower()} {m.group('doing').lower()}:"
    return replace(ans, text=f"{head} {ans.text[opened.end() :]}")
