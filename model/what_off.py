""" "Have a listen n tell me whats off up top, its all tizzy": what is off asked for, with the sound said beside it.

Why: the sound said ("tizzy") made the question a judgement with a problem asked, so the answer opened "Yes:",
a yes to a question that asked what, not whether. Only the opening changes: "What's off:" names it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from model.phrasing import Answer
from model.verdict_opening import opening

WHAT_OFF = re.compile(
    r"\bwhat('?s| is) (off|wrong|up with it|the (problem|issue))\b|"
    # "whats ur take on the synths? the chorus feels thin": an opinion asked, its complaint beside it
    r"\bwhat('?s| is) (your|ur|ya) (take|read|opinion|verdict|view)\b|"
    # "what do u make of the cymbals n hats? somethin up top is grinding me down": the same, asked as a verb
    r"\bwhat (do|d) (you|u|ya) (make of|think (of|about)|reckon (of|about)?)\b",
    re.IGNORECASE,
)
"""What is off asked for ("tell me whats off up top"), or an opinion on a part with the fault heard beside it."""
_YES_NO = re.compile(r"(^|[,;.?!]\s*)(is|are|does|do|did|should|can|could|would)\b", re.IGNORECASE)
"""A yes/no clause beside it ("... is it the hats?"), whose yes stays."""


def what_off(question: str, ans: Answer) -> Answer:
    """``ans`` opened "What's off:" instead of "Yes:" when ``question`` asks what is off and nothing yes or no."""
    m = opening(ans.text)
    if m is None or m.group("verdict") not in ("Yes", "Yeah") or m.group("qualifier"):
        return ans
    if not WHAT_OFF.search(question) or _YES_NO.search(question):
        return ans
    if not ans.moves:
        # "whats ur take on the drums? weak or fine?" with the drums in place: nothing is off, so it's fine
        return replace(ans, text=f"It's fine: {ans.text[m.end() :]}")
    return replace(ans, text=f"What's off: {ans.text[m.end() :]}")
