"""Where a "nasal" or "honky" part lives: 800 Hz-1.5 kHz, above the boxiness a "boxy" complaint means.

The amateur's "nasal", "honky" and "sounds like it's through the nose" are read as the boxy complaint (a dip in
the mids, no level move), but an engineer sweeping for nasal on horns or a voice looks higher than for a boxy or
muddy part: the honk sits around 1 kHz (800 Hz-1.5 kHz), while a part's mud (250-500 Hz) is another sound. A dip
for a nasal complaint goes there, on any part, and the part's mud is not what the answer points at.
"""

from __future__ import annotations

import re

from companion.knowledge.areas import FrequencyArea

NASAL_WORDS = re.compile(
    r"\bnas(al|ally|aly|el|ly)\w*|\bhonk\w*|\bthrough (the|a|his|her|their) nose\b", re.I
)
"""The words for a nasal sound: "nasal", "nasaly", "honky", "honking", "through the nose"."""

NASAL_AREA = FrequencyArea(
    name="nasal",
    lo_hz=800.0,
    hi_hz=1500.0,
    note="the honk of a voice or a horn heard through the nose",
    source="note",
)
"""The range a nasal or honky part is dipped in (mixing-knowledge.md: nasal around 1 kHz, 800 Hz-1.5 kHz)."""


def said_nasal(text: str, complaint: str | None) -> bool:
    """True when ``text`` names a nasal sound and the complaint read from it is the boxy one it was folded into
    (a "boxy" question, or one about another complaint that merely mentions a honk, is not asked as nasal)."""
    return complaint == "boxy" and NASAL_WORDS.search(text) is not None


BOXY_SAID = re.compile(r"(\b[Nn]othing I measured says [^.:;]*?\b(?:is|are)) boxy\b")
"""The verdict sentence the boxy complaint ends with ("nothing I measured says 'Horns' is boxy")."""


def nasal_word(text: str) -> str:
    """The user's own word for the sound: "honky" for a honk, else "nasal"."""
    found = NASAL_WORDS.search(text)
    return "honky" if found is not None and found.group(0).lower().startswith("honk") else "nasal"


def said_back_nasal(question: str, complaint: str | None, text: str) -> str:
    """``text`` with its "... is boxy" verdict said as the nasal sound asked about ("is the vocal nasal?" is not
    answered "nothing I measured says 'Lead Vocal' is boxy": a boxy part is another sound, 250-500 Hz)."""
    if not said_nasal(question, complaint):
        return text
    return BOXY_SAID.sub(lambda m: f"{m.group(1)} {nasal_word(question)}", text)
