"""Whole-song complaints that name no part but point at one: "why is everything else so hard to hear?" is one
part too loud over the rest; "it feels like it's missing the melody" is a melodic part sitting too low. The
answer is then about that part, with its fader, not the master's numbers."""

from __future__ import annotations

import re
from dataclasses import replace

from companion.context import FindingKind, MixContext
from model.evidence import track_evidence
from model.focus import Asked, Focus
from model.phrasing import Answer

REST_BURIED = re.compile(
    r"\b(everything|every ?thing|all the|the rest|other (parts|tracks|instruments|stuff|things)|everyone)\b"
    r"( \w+){0,3}? (so |too |really |kinda |kind of |a bit |pretty )*(hard|difficult|tough|impossible) to hear\b|"
    r"\b(everything|the rest)( else)?( \w+){0,2} (is |are |feels |sounds |seems |gets )?"
    r"(so |too |really |kinda |all )*(buried|drowned( out)?|lost|swamped|covered|hidden)\b",
    re.IGNORECASE,
)
"""'why is everything else so hard to hear': the others are covered, so one part is too loud."""

MELODY_MISSING = re.compile(
    r"\b(missing|lacks?|lacking|no|without|can'?t hear|cannot hear|where'?s|lost) (\w+ ){0,2}(melody|melodies|"
    r"tune|hook|lead line|counter[- ]?melody|fills?)\b|\b(melody|hook|tune) (is |feels |seems |sounds )?"
    r"(missing|gone|lost|buried|hidden)\b",
    re.IGNORECASE,
)
"""'it feels like it's missing the melody between the vocal lines': the melodic part is held back."""

MELODIC_ROLES = (
    "strings",
    "horns",
    "synth",
    "keys",
    "piano",
    "organ",
    "electric_guitar",
    "acoustic_guitar",
    "pad",
)
"""The roles that carry a melody or fill between the vocal's lines, the usual leads first."""


def pointed_part(ctx: MixContext, focus: Focus) -> tuple[Asked, str] | None:
    """The part a partless complaint points at, and the level complaint to answer about it ("loud" for the
    part over the rest, "quiet" for the held-back melody); None when no such part is measured as a problem."""
    if not focus.session or ctx.analysis is None:
        return None
    text = focus.intent.question
    if REST_BURIED.search(text) and not focus.intent.instruments:
        tracks = {rt.name: rt for rt in focus.session.tracks}
        kind, complaint = FindingKind.TRACK_TOO_LOUD, "loud"
    elif MELODY_MISSING.search(text):
        tracks = {rt.name: rt for rt in focus.session.by_roles(*MELODIC_ROLES)}
        kind, complaint = FindingKind.TRACK_TOO_QUIET, "quiet"
    else:
        return None
    found = [f for f in ctx.problems if f.kind is kind and f.track in tracks]
    if not found:
        return None
    rt = tracks[max(found, key=lambda f: f.severity).track or ""]
    return Asked(rt.role or "", rt.name, (rt,), "role"), complaint


def focus_on(focus: Focus, asked: Asked, complaint: str) -> Focus:
    """The focus moved to the part the complaint points at, asked about its level."""
    intent = replace(focus.intent, complaint=complaint, about_master=False)
    return replace(focus, intent=intent, asked=(asked,))


ONE_LOUDER = re.compile(
    r"\bone\b( of (them|the \w+)| \w+)?( side)?( (is|'s|sits|sounds|seems|feels))?( (a lot|much|way|a bit|kinda|a little))?"
    r" (louder|quieter|softer|lower|higher|hotter) than the other\b|"
    r"\b(uneven|unbalanced|lopsided|lop-sided)\b.{0,40}\b(one|either)\b.{0,20}\b(louder|quieter|softer)\b",
    re.IGNORECASE,
)
"""'left and right gtrs sound uneven, one louder than the other?': a pair of parts compared by their meters."""


def pair_levels(ctx: MixContext, focus: Focus) -> Answer | None:
    """ "is one guitar louder than the other?" about a role played by exactly two tracks, neither measured as a
    level problem: the two meters side by side, a no when they read within 2 dB of each other."""
    if ctx.analysis is None or not ONE_LOUDER.search(focus.intent.question) or len(focus.asked) != 1:
        return None
    tracks = focus.asked[0].tracks
    if (
        tracks and tracks[0].role
    ):  # "left and right gtrs" may resolve to one by name: the role's pair is asked
        tracks = tuple(focus.session.by_roles(tracks[0].role))
    names = {rt.name for rt in tracks}
    levels = (FindingKind.TRACK_TOO_LOUD, FindingKind.TRACK_TOO_QUIET)
    if len(tracks) != 2 or any(f.kind in levels and f.track in names for f in ctx.problems):
        return None
    evs = [track_evidence(ctx, rt) for rt in tracks]
    unit, values = "LUFS", [e.lufs for e in evs]
    if None in values:  # no loudness meter: the averaged peak meters compare the same way
        unit, values = "dBFS peak", [e.avg_peak_db for e in evs]
    if None in values:
        return None
    (hi, hi_v), (lo, lo_v) = sorted(zip(tracks, values, strict=True), key=lambda p: -float(p[1] or 0.0))
    if float(hi_v or 0.0) - float(lo_v or 0.0) < EVEN_DB:
        return Answer(
            f"No: {hi.quoted} and {lo.quoted} read within {EVEN_DB:g} dB of each other ({hi.quoted} at {hi_v:.1f} "
            f"{unit}, {lo.quoted} at {lo_v:.1f} {unit}). If one still sounds bigger, check their pans and EQ: the same level panned or shaped "
            "differently can sound uneven."
        )
    return Answer(
        f"Yes: {hi.quoted} is the louder one: its meter reads {hi_v:.1f} {unit} against {lo_v:.1f} {unit} for "
        f"{lo.quoted}. Nothing flags it as a problem, so match them by ear: pull {hi.quoted}'s fader down until "
        "the two feel even in mono."
    )


EVEN_DB = 2.0
"""Two meters within 2 dB of each other read as one level: less than most listeners pick out on a pair."""
