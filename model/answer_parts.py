"""Whole-song complaints that name no part but point at one: "why is everything else so hard to hear?" is one
part too loud over the rest; "it feels like it's missing the melody" is a melodic part sitting too low. The
answer is then about that part, with its fader, not the master's numbers."""

from __future__ import annotations

import re
from dataclasses import replace

from companion.context import FindingKind, MixContext
from model.focus import Asked, Focus

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
