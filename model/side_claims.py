""" "Right gtr too loud or is the left too quiet?": two stories about the two sides of one part, offered as a choice,
answered by the side measured off, named.

Why: the focus keeps the side said first ('Gtr R') and the intent the complaint said last ("too quiet"), so the
answer on the right guitar, measured 7 dB hot, opened "No, the opposite:", a no to the story that holds; with the
left one 10 dB low it answered on the right one ("No: ... leave it") and never looked at the left. An engineer asked
which of two stories is true measures both sides and names the one that holds, with its move: "It's the right one:
...", "It's the left one: ...", or "Neither: ..." with both meters.
"""

from __future__ import annotations

import re
from dataclasses import replace

from companion.context import Finding, FindingKind, MixContext
from model.answer_tracks import answer_asked
from model.evidence import track_evidence
from model.focus import Asked, Focus, side_pair
from model.intent import Wants, complaint_in
from model.phrasing import EXPLAIN_WORDS, MAX_WORDS, Answer, fit
from model.settings_level import level_fault
from model.verdict_opening import without_opening

_SIDE = re.compile(r"\b(left|right)\b", re.IGNORECASE)
_STATE = {"loud": FindingKind.TRACK_TOO_LOUD, "quiet": FindingKind.TRACK_TOO_QUIET}
"""The level fault each story claims."""


def _fault(ctx: MixContext, focus: Focus, asked: Asked) -> Finding | None:
    """The level fault measured on ``asked``'s tracks, or None."""
    return level_fault(ctx, replace(focus, asked=(asked,)))


def side_claims(ctx: MixContext, focus: Focus) -> Answer | None:
    """The side whose level fault backs its story, named with its move; "Neither" with both meters when no side's
    does; None unless two sides of one part carry opposite level stories joined by "or"."""
    q = focus.intent.question
    head, sep, tail = q.partition(" or ")
    if not sep or ctx.analysis is None or focus.intent.wants != Wants.JUDGE:
        return None
    claims = complaint_in(head, ()), complaint_in(tail, ())
    if set(claims) != {"loud", "quiet"} or (pair := side_pair(focus)) is None:
        return None
    named = _SIDE.search(head)
    if named is None:
        return None
    first = named.group(1).lower()  # the side the first story is about; the second story's is the other
    sides = (first, "right" if first == "left" else "left")
    for asked, claim, side, other in (
        (pair[0], claims[0], sides[0], pair[1]),
        (pair[1], claims[1], sides[1], pair[0]),
    ):
        fault = _fault(ctx, focus, asked)
        if fault is not None and fault.kind is _STATE[claim]:
            ans = answer_asked(ctx, replace(focus, asked=(asked,)), asked)
            cleared = (
                "" if _fault(ctx, focus, other) else f"{other.tracks[0].quoted} is fine on its own level."
            )
            limit = EXPLAIN_WORDS if focus.intent.explain else MAX_WORDS
            ans.text = fit([f"It's the {side} one: {without_opening(ans.text)}", cleared], limit)
            return ans
    for asked in pair:
        if _fault(ctx, focus, asked) is not None:
            # "right too loud or left too quiet?" with the right one 13 dB low: neither story, the other way round
            ans = answer_asked(ctx, replace(focus, asked=(asked,)), asked)
            ans.text = f"Neither, the other way round: {without_opening(ans.text)}"
            return ans
    meters = [
        f"{a.tracks[0].quoted} reads {lufs:.1f} LUFS"
        for a in pair
        if (lufs := track_evidence(ctx, a.tracks[0]).lufs) is not None
    ]
    read = f"; {' and '.join(meters)}" if len(meters) == 2 else ""
    return Answer(
        f"Neither: nothing I measured says {pair[0].tracks[0].quoted} is too {claims[0]} or "
        f"{pair[1].tracks[0].quoted} too {claims[1]}{read}."
    )
