"""'How many dB under the vocal should the pad be?': the gap a part keeps under the lead vocal, asked as a number.

Why: the general router answered the first part named (the vocal: "It's fine: nothing I measured says 'Lead
Vocal' is out of line"), or an EQ dip's size as "About 3 dB", and never said how far under the lead such a part
sits. An engineer gives the figure real mixes use, then the two meters of this mix, then whether to move it: the
level fault measured on the part (with its move), or that none is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from companion.context import MixContext
from companion.knowledge.priors import Spread, accompaniment_vs_lead, backing_track_vs_lead
from model.answer_tracks import answer_asked
from model.evidence import track_evidence
from model.focus import Asked, Focus
from model.intent import Wants
from model.louder_than import LEVELS
from model.phrasing import MAX_WORDS, Answer, article, capital, fit, lower_first, split_sentences
from model.session_view import RoleTrack
from model.verdict_opening import without_opening

UNDER = re.compile(
    r"\b(?:under(?:neath)?|below|beneath|behind|quieter than|lower than|softer than|down from|back from|vs\.?|versus|"
    r"compared (?:to|with)|against|next to|relative to|in relation to)\s+"
    r"(?:the |my |our |your )?(?P<ref>[\w' -]{2,30}?)(?=\s+(?:should|do|would|is|are|can|to)\b|\s*[?.!,]|\s*$)",
    re.IGNORECASE,
)
"""The part another is asked to sit under ("under the vocal", "below my vocal should", "quieter than the vox?"), or
held against ("how loud should the horns be vs the vocal?")."""
BETWEEN = re.compile(
    r"\b(?:between|from) (?:the |my |our |your )?(?P<a>[\w' -]{2,30}?) (?:and|&|to|n) (?:the |my |our |your )?"
    r"(?P<b>[\w' -]{2,30}?)(?=\s*[?.!,]|\s*$|\s+(?:should|do|would|is|are|in|on|for|at|supposed|meant|be|sit|look)\b)",
    re.IGNORECASE,
)
"""Two parts held against each other by "between" ("how many dB between the vocal and the backing vox?")."""


OVER = re.compile(
    r"\bhow (?:much|many|far)(?: dB| db| decibels?)? (?:louder|higher|hotter|above|over)\b[^?.!]{0,40}\bthan\b",
    re.IGNORECASE,
)
"""The gap asked from the lead's side ("how much louder should the lead be than the backing vox?")."""
_MOVE_ASKED = re.compile(
    r"\bhow (?:much|many)(?: more)?(?: dB| db| decibels?)? (?:up|down|louder|quieter|higher|lower)\b|"
    r"\bhow (?:much|many)\b[^?.!]{0,30}\b(?:raise|lower|turn|bring|push|pull|boost|drop|nudge|bump)\b",
    re.IGNORECASE,
)
"""A move's size asked ("how many dB up?", "how much should i raise them?"), not the gap itself ("how far under
the vocal should the pad sit?")."""


def between_pair(question: str, found: list[Asked]) -> tuple[Asked, Asked] | None:
    """(the first part, the second) named around "between ... and ..."; None when the question has no such pair
    or the two words are not two distinct parts found."""
    m = BETWEEN.search(question)
    if m is None:
        return None
    first = [a for a in found if bare(a.said) in m.group("a").lower()]
    second = [a for a in found if bare(a.said) in m.group("b").lower() and a not in first]
    if len(first) != 1 or len(second) != 1:
        return None
    return first[0], second[0]


_NOT_BEDS = frozenset(
    {"kick", "snare", "hihat", "toms", "overheads", "room", "percussion", "drum_bus", "bass"}
)
"""Roles MixologyDB's pooled accompaniment figure leaves out (drums and bass have their own balance)."""


def level_meter(ctx: MixContext, tracks: tuple[RoleTrack, ...]) -> tuple[RoleTrack, float] | None:
    """The loudest of a part's tracks with its loudness meter (LUFS); None when a track has no meter."""
    read = [(rt, track_evidence(ctx, rt).lufs) for rt in tracks]
    if not read or any(v is None for _, v in read):
        return None
    rt, v = max(read, key=lambda r: float(r[1]))  # type: ignore[arg-type]
    return rt, float(v)  # type: ignore[arg-type]


def bare(said: str) -> str:
    """A part as said, without the article or pronoun before it ("the lead" -> "lead")."""
    return re.sub(r"^(?:the|my|our|your)\s+", "", said.lower())


def _pair(focus: Focus) -> tuple[Asked, Asked] | None:
    """(the part asked about, the lead vocal it sits under) when the question asks that gap as a number."""
    found = [a for a in focus.asked if a.tracks and not a.stand_in]
    m = UNDER.search(focus.intent.question)
    if m is not None:
        # "under the lead": the part said with its article ('the lead'), the reference caught after it ('lead')
        ref = [a for a in found if bare(a.said) in m.group("ref").lower()]
    elif OVER.search(focus.intent.question) is not None:
        # "how much louder should the lead be than the backing vox?": the same gap, said from the lead's side
        ref = [a for a in found if all(rt.role == "lead_vocal" for rt in a.tracks)][:1]
    elif (two := between_pair(focus.intent.question, found)) is not None:
        # "between the vocal and the backing vox": the lead is whichever of the two it is
        ref = [a for a in two if all(rt.role == "lead_vocal" for rt in a.tracks)][:1]
    else:
        return None
    part = [a for a in found if a not in ref]
    if len(ref) != 1 or len(part) != 1 or not all(rt.role == "lead_vocal" for rt in ref[0].tracks):
        return None
    if any(rt.role in _NOT_BEDS or rt.role == "lead_vocal" for rt in part[0].tracks):
        return None
    return part[0], ref[0]


def _typical(backing: bool) -> tuple[Spread, str] | None:
    """How far under the lead real mixes put such a part, and what was counted."""
    spread = backing_track_vs_lead() if backing else accompaniment_vs_lead()
    if spread is None or spread.q3 > 0:
        return None
    return spread, ("backing-vocal tracks" if backing else "accompaniment parts (guitars, keys, organs)")


def level_gap(ctx: MixContext, focus: Focus) -> Answer | None:
    """The gap under the lead vocal a part is asked to keep ("how many dB under the vocal should the pad be?"):
    the gap real mixes use, this mix's two meters, then the part's level fault and its move, or that none is."""
    if ctx.analysis is None or focus.intent.wants != Wants.HOW_MUCH or (pair := _pair(focus)) is None:
        return None
    part, ref = pair
    typical = _typical(all(rt.role == "backing_vocal" for rt in part.tracks))
    a, b = level_meter(ctx, part.tracks), level_meter(ctx, ref.tracks)
    if typical is None or a is None or b is None:
        return None
    spread, counted = typical
    (rt_a, v_a), (rt_b, v_b) = a, b
    gap = v_b - v_a
    head = (
        f"In well-rated real mixes the middle half of {spread.n} {counted} sit under the lead vocal by "
        f"{-spread.q3:.1f} to {-spread.q1:.1f} dB ({-spread.median:.1f} dB on the median, MixologyDB)."
    )
    meters = f"Yours: {rt_a.quoted} reads {v_a:.1f} LUFS and {rt_b.quoted} {v_b:.1f} LUFS: " + (
        f"{article(f'{gap:.1f}')} {gap:.1f} dB gap."
        if gap >= 0
        else f"{rt_a.quoted} is the louder, by {-gap:.1f} dB."
    )
    for asked, said in ((part, ""), (ref, f"What is off is {rt_b.quoted}: ")):
        names = {rt.name for rt in asked.tracks}
        if any(f.kind in LEVELS and f.track in names for f in ctx.problems):
            ans = answer_asked(ctx, replace(focus, asked=(asked,)), asked)
            if not said and _MOVE_ASKED.search(focus.intent.question):
                # "cant hear my bvs under the lead, how many dB up?": the move's size asked, so it leads, and the
                # gap real mixes keep is why
                first, *rest = split_sentences(ans.text)
                ans.text = fit([first, head, meters, *rest], MAX_WORDS, keep=3)
                return ans
            body = without_opening(ans.text)
            body = lower_first(body) if said else capital(body)
            ans.text = fit(split_sentences(f"{head} {meters} {said}{body}"), MAX_WORDS, keep=3)
            return ans
    return Answer(f"{head} {meters} {_placed(-gap, spread, rt_a.quoted)}")


def _placed(vs_lead_db: float, spread: Spread, name: str) -> str:
    """Where a part with no level fault sits in the spread: in the middle half, or further out than most."""
    if spread.q1 <= vs_lead_db <= spread.q3:
        return f"That's inside the usual gap, so leave {name} where it is."
    side = "further under" if vs_lead_db < spread.q1 else "closer to the lead"
    return (
        f"That's {side} than most, still inside what 9 in 10 real mixes use, so nothing I measured says to "
        f"move {name}: a dB or two by ear at most."
    )
