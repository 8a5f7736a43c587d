""" "Keys are stepping all over the guitars, or is it the other way round?": which of two parts covers the other,
offered as a claim and its reverse.

Why: the judge route said "Yes:" (to the claim? to the reverse?) before the part it measured over. The answer names
the direction measured: the claim as said ("The keys on the guitars, as you said:") or its reverse ("The other
way round: the guitars on the keys:")."""

from __future__ import annotations

import re

from companion.context import FindingKind
from model.focus import Focus
from model.phrasing import Answer, lower_first
from model.verdict_opening import without_opening

OTHER_WAY = re.compile(
    r",?\s*\bor\b\s+(is it |it's |its |was it )?(the )?other way (a)?round\b", re.IGNORECASE
)
"""The reverse of the claim before it, offered as the other side."""
OVER = (FindingKind.TRACK_TOO_LOUD, FindingKind.MASKING)


def other_way(focus: Focus, ans: Answer) -> Answer:
    """``ans`` opened with the direction measured when a claim about two parts is offered with its reverse;
    ``ans`` otherwise."""
    m = OTHER_WAY.search(focus.intent.question)
    f = ans.first
    if m is None or f is None or not f.is_problem or f.kind not in OVER:
        return ans
    before = focus.intent.question[: m.start()].lower()
    said = sorted(
        (
            (before.find(a.said.lower()), a)
            for a in focus.asked
            if a.tracks and a.said and a.said.lower() in before
        ),
        key=lambda x: x[0],
    )
    if len(said) < 2:
        return ans
    first, second = said[0][1], said[-1][1]
    body = lower_first(without_opening(ans.text))
    if f.track in {rt.name for rt in first.tracks}:
        return Answer(f"The {first.said} on the {second.said}, as you said: {body}", ans.moves, f)
    if f.track in {rt.name for rt in second.tracks}:
        return Answer(f"The other way round: the {second.said} on the {first.said}: {body}", ans.moves, f)
    return ans
