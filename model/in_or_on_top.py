""" "Does my voice sit in the beat or on top of it?": two places offered for a part, answered with the one measured.

Why: the router read "on top" as a claim that the part is too loud and answered a yes or no ("No: nothing I measured
says 'Lead Vocal' is too loud", "Yes: ... 12 dB louder"), which picks neither place offered. An engineer names the
place: on top, too far, when the part is over its level; in it, too deep (buried), when it is under it or another
part covers it; and where it belongs when it is fine: a lead on top of the track without sitting apart from it,
a supporting part inside it. The body stays the route's own: its measurement and its move.
"""

from __future__ import annotations

import re
from dataclasses import replace

from companion.context import FindingKind, MixContext
from model.focus import Focus
from model.phrasing import EXPLAIN_WORDS, MAX_WORDS, Answer, fit, lower_first, split_sentences
from model.verdict_opening import without_opening

_IN = r"(sit(s|ting)? |is |feel(s|ing)? |sound(s|ing)? )?(in|inside|within|into|buried in|tucked in(to)?|part of|blended (in|with))"
_BED = r"(it|(the |my |our )?(mix|beat|track|music|band|instrumental|groove|song|rest)( of it| of the (mix|song|track))?)"
_TOP = (
    r"(on top( of (it|that|the \w+))?|above (it|the \w+)|over (it|the top|the \w+)|out front|in front|on it)"
)
IN_OR_ON_TOP = re.compile(
    rf"\b{_IN} {_BED}\b[^?.!]{{0,20}}?\bor\b[^?.!]{{0,15}}?\b{_TOP}|\b{_TOP}[^?.!]{{0,20}}?\bor\b[^?.!]{{0,20}}?\b{_IN} "
    rf"{_BED}\b",
    re.IGNORECASE,
)
"""A part asked to be inside the track or on top of it."""
_LEADS = ("lead_vocal",)


def in_or_on_top(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """``ans`` opened with the place measured, when the question offers "in the mix or on top" for one part."""
    offered = IN_OR_ON_TOP.search(focus.intent.question)
    if offered is None:
        return ans
    # the part is the one named outside the two places ("my voice", not "the beat")
    asked = [
        a for a in focus.asked if a.tracks and not re.search(rf"\b{re.escape(a.said)}\b", offered.group(0))
    ]
    if not asked:
        return ans
    parts = asked[0].tracks
    names = {rt.name for rt in parts}
    own = [f for f in ctx.problems if f.track in names and not f.is_lean]
    covered = [
        f
        for f in ctx.problems
        if f.kind is FindingKind.MASKING and f.evidence.get("other_track") in names and f.track not in names
    ]
    if any(f.kind is FindingKind.TRACK_TOO_LOUD for f in own):
        head = "On top of it, too far:"
    elif any(f.kind is FindingKind.TRACK_TOO_QUIET for f in own):
        head = "In it, too deep: it's buried."
    elif covered:
        head = f"In it, under {covered[0].track!r}:"
    elif parts[0].role in _LEADS:
        head = "On top, the way a lead should sit, without standing apart from it:"
    else:
        head = "In it, where a supporting part belongs:"
    body = without_opening(ans.text)
    said = lower_first(body) if head.endswith(":") else body[:1].upper() + body[1:]
    limit = EXPLAIN_WORDS if focus.intent.explain else MAX_WORDS
    return replace(ans, text=fit(split_sentences(f"{head} {said}"), limit, keep=2))
