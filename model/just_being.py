""" "is that too much or is it just the hook being the hook": a claim, then the part's own role offered as the
reason it stands out.

Why: the track route answered the claim with "Yes:", which to an either/or picks neither side. An engineer names
the side measured: "Too much:" (the claim's own words) when the part is off that way, or "It's just the hook being
the hook:" when nothing on it is. Only the opening changes.
"""

from __future__ import annotations

import re
from dataclasses import replace

from model.phrasing import Answer, capital
from model.verdict_opening import opening

JUST_BEING = re.compile(
    r"\b(?P<claim>too (much|loud|hot|quiet|low|soft|buried|in (your|ur) face))\b[^?]{0,30}?\bor (is (it|that|this) |"
    r"it'?s |that'?s )?just ((?P<what>(the|a|my|its|their) [\w' ]{1,25}?) (?P<doing>(being|doing) [\w' ]{1,25}?)|"
    # "or is it just how soul kicks are": the style's way offered instead
    r"(?P<how>how [\w' ]{2,30}? (are|is|sound|sounds|go|goes)))\s*\??\s*$",
    re.IGNORECASE,
)
"""A claim, then "or is it just the X being/doing Y" (or "just how X are") as the other side."""


def just_being(question: str, ans: Answer) -> Answer:
    """``ans`` opened with the side measured when ``question`` offers a claim against the part's own role;
    ``ans`` otherwise."""
    m = JUST_BEING.search(question)
    opened = opening(ans.text)
    if m is None or opened is None or opened.group("verdict") not in ("Yes", "No"):
        return ans
    # "how soul kicks are", or "the hook" with "being the hook" after it
    other = (m.group("how") or m.group("what")).lower()
    way = other if m.group("how") else f"{other} {m.group('doing').lower()}"
    if opened.group("verdict") == "Yes":
        head = f"{capital(m.group('claim').lower())}, not just {other}:"
    else:
        head = f"It's just {way}:"
    return replace(ans, text=f"{head} {ans.text[opened.end() :]}")
