""" "Should both guitars be the same volume?": a pair of one part (a double, left and right) asked to match.

Why: the judge route answered the louder guitar's level alone ("Too loud: 'Gtr L' ...") or "They're fine", never
the question of whether the two should match. An engineer says what is usual for a pair played as one part (kept
within a dB or two of each other and panned apart, so neither side pulls the ear), then the two meters, then the
level fault on either with its move, or that they are close enough.
"""

from __future__ import annotations

import re

from companion.context import FindingKind, MixContext
from model.evidence import track_evidence
from model.focus import Focus
from model.intent import Wants
from model.phrasing import EXPLAIN_WORDS, MAX_WORDS, Answer, capital, first_sentence, fit
from model.recipes import recipe

MATCH_Q = re.compile(
    r"\b(should|do|does|need|needs|supposed to|have to|must|ought to)\b[^?.!]{0,40}\b(the same|equal|match(ed|ing)?|"
    r"even with each other|as loud as each other|level with each other|(?<!to )even(?! (them|it|'?em|out|up|things)\b)|"
    r"balanced)\b",
    re.IGNORECASE,
)
"""Two tracks asked whether they should sit at one level."""
BOTH = re.compile(r"\b(both|the two|left and right|l and r|l ?/ ?r|each other|pair)\b", re.IGNORECASE)
"""The two tracks of the part meant, when the words name one side of them."""
CLOSE_DB = 3.0
"""Two sides of a pair within about 3 dB read as even; further apart one side is heard to lean."""


def pair_match(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """The pair's answer when two tracks of one part are asked to match; ``ans`` for any other question."""
    tracks = focus.tracks
    if len(tracks) == 1 and tracks[0].role and BOTH.search(focus.intent.question):
        tracks = tuple(
            focus.session.by_roles(tracks[0].role)
        )  # "left and right guitars": 'Gtr L' found, both meant
    if focus.intent.wants != Wants.JUDGE or len(tracks) != 2 or not MATCH_Q.search(focus.intent.question):
        return ans
    if focus.intent.technique not in (None, "panning") or re.search(r"\bpan", focus.intent.question, re.I):
        return ans  # "left and right" alone reads as panning; a pan asked about is its own question
    if tracks[0].role is None or tracks[0].role != tracks[1].role:
        return ans  # two different parts: their gap is a matter of balance (``model.pair_gap``)
    meters = [track_evidence(ctx, rt).lufs for rt in tracks]
    if any(m is None for m in meters):
        return ans
    (a, b), (la, lb) = tracks, (float(meters[0]), float(meters[1]))  # type: ignore[arg-type]
    gap = abs(la - lb)
    usual = (
        "Roughly, yes: a pair playing one part is usually kept within a dB or two of each other and panned apart, "
        "so neither side pulls the ear."
    )
    read = f"{a.quoted} reads {la:.1f} LUFS and {b.quoted} {lb:.1f} LUFS, {gap:.1f} dB apart"
    names = {a.name, b.name}
    levels = (FindingKind.TRACK_TOO_LOUD, FindingKind.TRACK_TOO_QUIET)
    fault = max(
        (f for f in ctx.problems if f.track in names and f.kind in levels and not f.is_lean),
        key=lambda f: f.severity,
        default=None,
    )
    limit = EXPLAIN_WORDS if focus.intent.explain else MAX_WORDS
    match = MATCH_Q.search(focus.intent.question)
    assert match is not None
    asked_theirs = match.group(1).lower() in ("do", "does") and not re.search(
        r"\b(need|needs|should|supposed|have to|has to|must|ought)\b", match.group(0), re.IGNORECASE
    )
    pair_rule = (
        "a pair playing one part is usually kept within a dB or two of each other and panned apart, so neither side "
        "pulls the ear."
    )
    low = a if la < lb else b
    if fault is None:
        if gap <= CLOSE_DB:
            if asked_theirs:  # "do they feel matched left to right or is one side beefier?": theirs first
                return Answer(f"Yes, they're matched: {read}, close enough. {capital(pair_rule)}")
            return Answer(f"{usual} Yours are: {read}, close enough.")
        # "do they sound matched?" a little apart: that first, then what is usual
        head = f"A little apart: {read}." if asked_theirs else f"{usual} Yours are a little apart: {read},"
        tail = f" {capital(pair_rule)}" if asked_theirs else " though each sits inside what real mixes use."
        return Answer(
            f"{head}{tail} If the mix leans to one side, nudge {low.quoted} up by ear until the two feel even."
        )
    move = recipe(fault, focus.session)
    if asked_theirs:  # "do my two gtrs sound matched or is one louder?": no, and which, first
        head = f"No, they aren't: {read}. {first_sentence(fault.summary)}"
    else:
        head = f"{usual} Yours aren't: {read}. {first_sentence(fault.summary)}"
    parts = [head, move.try_text, move.check_text]
    return Answer(fit(parts, limit, keep=2), [move], fault)
