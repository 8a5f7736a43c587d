""" "Is the bass a little loud or a lot?", "is the snare slightly too loud or way too loud?": how far off, offered as
two degrees, answered with the degree measured.

Why: the router answered the level claim ("Yes: 'Bass' sits about 10 dB louder ..."), and a "Yes" picks neither
degree. An engineer names it: "A lot:" for a part past the edge of the range real mixes keep it in (a level
problem), "A little:" for one inside it (a remark only). Only the opening changes.
"""

from __future__ import annotations

import re
from dataclasses import replace

from model.evidence import TRACK_LEVEL_KINDS
from model.focus import Focus
from model.phrasing import Answer
from model.verdict_opening import opening

_SMALL = r"(?:a (?:little|bit|tad|touch)|slightly|kinda|kind of|somewhat)"
_BIG = r"(?:a lot|way|much|really|massively|seriously|heaps|very)"
DEGREE_EITHER = re.compile(rf"\b{_SMALL}\b[^?]{{0,25}}\bor\b[^?]{{0,10}}\b{_BIG}\b|\b{_BIG}\b[^?]{{0,25}}\bor\b"
                           rf"[^?]{{0,10}}\b{_SMALL}\b", re.I)  # fmt: skip
"""Two degrees of one claim offered: "a little loud or a lot loud", "way too loud or just a bit"."""


def degree_either(focus: Focus, ans: Answer) -> Answer:
    """``ans`` opened "A lot:" or "A little:" when two degrees of a part's level are offered and the answer leads
    with that part's level finding; ``ans`` otherwise."""
    f = ans.first
    if (
        len(focus.asked) != 1
        or f is None
        or f.kind not in TRACK_LEVEL_KINDS
        or not DEGREE_EITHER.search(focus.intent.question)
    ):
        return ans
    if f.track not in {rt.name for rt in focus.asked[0].tracks}:
        return ans
    m = opening(ans.text)
    big = f.is_problem and not f.is_lean
    said = ("Yes", "Yeah", "A little", "Slightly") + (() if big else ("No", "Not really"))
    if m is None or m.group("verdict") not in said:
        return ans
    head = (
        "A lot:"
        if big
        else "A little, not enough to move:"
        if m.group("verdict").startswith("No")
        else "A little:"
    )
    return replace(ans, text=f"{head} {ans.text[m.end() :]}")
