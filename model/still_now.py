""" "Bass n kick are glued together now, or is the bass still hogging it?" with no earlier clip: the state after a
move and the fault still there offered as two sides, answered on this clip alone.

Why: with nothing to compare, the route that answers the part's fault (a clash, a level) opened with its own label
("It's level before it's EQ:"), which names neither side asked. With the fault still measured on the part asked,
the answer says so first ("Still there:"); with that part measured in place, "Not anymore, as far as this clip
shows:"."""

from __future__ import annotations

from companion.context import FindingKind, MixContext
from model.better_or_still import still_or_better
from model.focus import Focus
from model.phrasing import Answer
from model.verdict_opening import without_opening

LEVEL_KINDS = (FindingKind.TRACK_TOO_LOUD, FindingKind.TRACK_TOO_QUIET, FindingKind.MASKING)
LABEL = "It's level before it's EQ: "
"""The clash route's own label, which a verdict replaces (it is not one of the verdict openings)."""


def still_now(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """``ans`` opened with the side that is true when "better now or still X?" is asked with no earlier clip and
    the answer is about a part asked; ``ans`` otherwise."""
    if ctx.previous is not None or not still_or_better(focus.intent.question) or not focus.tracks:
        return ans
    names = {rt.name for rt in focus.tracks}
    body = without_opening(ans.text.removeprefix(LABEL))
    f = ans.first
    if f is not None and f.is_problem and f.kind in LEVEL_KINDS and f.track in names:
        return Answer(f"Still there: {body}", ans.moves, f)
    if ans.moves or (f is not None and f.is_problem):
        return ans  # a fault on another part leads: the answer names it
    return Answer(f"Not anymore, as far as this clip shows: {body}", ans.moves, f)
