""" "Pushed it 3 dB, still buried, another 3?": a further move proposed after one already made.

A leaf shared by the question reader (a move reported with a further one proposed asks for that one, not "did
that help?") and the size verdict (``model.size_enough``: the size still to go against the one proposed).
"""

from __future__ import annotations

import re

ANOTHER = re.compile(
    r"\b(another|an? (extra|other|additional|further)) (?P<n>\d{1,2}(\.\d)?)( ?db)?\b|"
    r"\b(?P<m>\d{1,2}(\.\d)?)( ?db)? more\b(?! than)",
    re.IGNORECASE,
)
"""A further size proposed ("another 3?", "2 more?"): the faders read now already hold the first move, so the size
proposed is the one still to go."""
MADE = re.compile(
    r"\b(gave|added|pushed|raised|boosted|bumped|cranked|lifted|brought|turned|pulled|dropped|lowered|cut|trimmed|"
    r"took|moved|nudged|shoved|threw|tucked)\b(?:(?!\b(should|could|can|would|will|do|try|go|another)\b)"
    r"[^?.!,;]){0,30}$",
    re.IGNORECASE,
)
"""A move told as made, running up to the size after it ("gave the snare like 1.5 dB more"): that size is done."""


def further_size(text: str) -> re.Match[str] | None:
    """The further size proposed ("another 3?", "2 more?"), skipping one said of a move made ("gave the snare like
    1.5 dB more, is it poppin now?" asks about now, it proposes nothing)."""
    return next((m for m in ANOTHER.finditer(text) if MADE.search(text[: m.start()]) is None), None)
