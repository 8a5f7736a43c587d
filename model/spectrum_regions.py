"""The regions of the spectrum a question can name ("the low end", "the mids", "the highs"), with the whole-mix
findings that judge each and the track meter's bands it spans: one table for the region answer and for the
fault measured where a complaint lives."""

from __future__ import annotations

import re
from dataclasses import dataclass

from companion.context import FindingKind


@dataclass(frozen=True)
class Region:
    name: str  # as the answer says it
    pattern: str
    kinds: tuple[FindingKind, ...]  # the whole-mix findings that judge it
    bands: tuple[str, ...]  # the contract bands it spans


REGIONS = (
    Region("the low-mids", r"\blow[- ]?mids?\b|\blower mids?\b", (FindingKind.MUDDY,), ("low_mid",)),
    Region("the high-mids", r"\b(high|upper)[- ]?mids?\b", (FindingKind.HARSH,), ("high_mid",)),
    Region("the low end", r"\b(low[- ]?end|lows|bottom([- ]?end)?|sub[- ]?bass|subs|low frequencies)\b",
           (FindingKind.BOOMY, FindingKind.THIN, FindingKind.LOW_END_NOT_MONO), ("sub", "bass")),
    Region("the mids", r"\b(mids|mid[- ]?range)\b", (FindingKind.MUDDY, FindingKind.HARSH),
           ("low_mid", "mid", "high_mid")),
    Region("the top end", r"\b(top[- ]?end|high[- ]?end|highs|treble|air|high frequencies)\b",
           (FindingKind.HARSH, FindingKind.DULL), ("presence", "air")),
)  # fmt: skip


def region_of(question: str) -> Region | None:
    """The first spectrum region ``question`` names (low-mids before mids, so the narrower one wins)."""
    return next((r for r in REGIONS if re.search(r.pattern, question, re.IGNORECASE)), None)
