"""A tone complaint said beside a level one about a part ("the vocal is harsh and too loud", "snare is loud and
boxy"): the level is the question's complaint, and the tone word is kept too, so the answer can take both halves
(an engineer never answers "too loud" and drops "harsh")."""

from __future__ import annotations

import re

from model.intent_words import COMPLAINTS

TONE_COMPLAINTS = ("harsh", "muddy", "boxy", "boomy", "thin", "dull")
"""Complaints about a part's tone (what EQ or a de-esser answers), not its level."""
_LEVEL_OF_BASS = re.compile(r"too much (low|bass|low end|bottom)", re.IGNORECASE)


def tone_beside_level(text: str, complaint: str | None, instruments: tuple[str, ...]) -> str | None:
    """The tone complaint of ``text`` when its complaint is that a named part is too loud; None otherwise.
    "too much bass" about the bass is its level (``_complaint``), not a boomy tone."""
    if complaint != "loud" or not instruments:
        return None
    if "bass" in instruments:
        text = _LEVEL_OF_BASS.sub(" ", text)
    for name, pattern in COMPLAINTS:
        if name in TONE_COMPLAINTS and re.search(pattern, text, re.IGNORECASE):
            return name
    return None
