""" "Is the low end too much or not enough?", "rate my low end, too much or not enough?": two amounts offered, so
the answer names the one measured ("Too much:", "Not enough:", "Neither, it's about right:"), never "Yes:" or
"No:", which pick neither.

Why: the level and region routes answered the claim they read ("Yes: 'Synth Bass' sits about 9 dB louder ..."),
and a yes to "too much or not enough?" says nothing. Only the opening changes.
"""

from __future__ import annotations

import re
from dataclasses import replace

from companion.context import FindingKind
from model.phrasing import Answer
from model.verdict_opening import opening

MUCH_OR_LITTLE = re.compile(
    r"\btoo much\b[^?]{0,25}\bor (not enough|too little)\b|\b(not enough|too little)\b[^?]{0,25}\bor too much\b",
    re.IGNORECASE,
)
"""Both amounts offered as the two sides of one question."""
_CLEARED = re.compile(r"^It isn't (?P<region>the [^:]{1,40}):\s+nothing there\b")
"""A region cleared as the place of a complaint read from the question ("It isn't the low end (50-160 Hz): ...")."""
_MUCH = frozenset(
    {
        FindingKind.TRACK_TOO_LOUD,
        FindingKind.TOO_LOUD,
        FindingKind.BOOMY,
        FindingKind.MUDDY,
        FindingKind.HARSH,
        FindingKind.OVER_COMPRESSED,
        FindingKind.CLIPPING,
    }
)
_LITTLE = frozenset({FindingKind.TRACK_TOO_QUIET, FindingKind.TOO_QUIET, FindingKind.THIN, FindingKind.DULL})


def much_or_little(question: str, ans: Answer) -> Answer:
    """``ans`` opened with the amount its first finding says when ``question`` offers too much or not enough;
    ``ans`` otherwise (no such question, or an opening that is no plain yes or no)."""
    if not MUCH_OR_LITTLE.search(question):
        return ans
    cleared = _CLEARED.match(ans.text)
    if cleared is not None:  # "It isn't the low end (50-160 Hz): nothing there stands out": neither side
        region, rest = cleared.group("region"), ans.text[cleared.end() :]
        return replace(ans, text=f"Neither, it's about right: nothing in {region}{rest}")
    m = opening(ans.text)
    if m is None:
        return ans
    verdict, rest = m.group("verdict"), ans.text[m.end() :]
    f = ans.first
    if verdict not in ("Yes", "Yeah", "No", "Not really", "It's fine"):
        return ans
    if verdict not in ("Yes", "Yeah") and rest.lower().startswith("nothing"):
        head = "Neither, it's about right:"  # "No: nothing in the low end stands out ...": neither side
    elif f is None:
        return ans
    elif f.kind in _MUCH:
        head = "A little too much:" if f.is_lean else "Too much:"
    elif f.kind in _LITTLE:
        head = "A little short:" if f.is_lean else "Not enough:"
    else:
        return ans
    return replace(ans, text=f"{head} {rest}")
