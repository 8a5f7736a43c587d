"""A tone complaint said beside a level one about a part ("the vocal is harsh and too loud", "snare is loud and
boxy", "the vocal is buried and dull"): the level is the question's complaint, and the tone word is kept too, so
the answer can take both halves (an engineer never answers "too loud" or "buried" and drops "harsh" or "dull")."""

from __future__ import annotations

import re

from model.intent_words import COMPLAINTS

TONE_COMPLAINTS = ("harsh", "muddy", "boxy", "boomy", "thin", "dull")
"""Complaints about a part's tone (what EQ or a de-esser answers), not its level."""
LEVEL_COMPLAINTS = ("loud", "quiet")
"""The level complaints a tone word may be said beside: too loud, or too quiet (buried, lost, can't hear it)."""
_LEVEL_OF_BASS = re.compile(r"too much (low|bass|low end|bottom)", re.IGNORECASE)
_BURIED_IN = re.compile(
    r"\b(in|into|under|underneath|beneath|behind|by|through|among|amid|with)\s+((all|of|the|that|this|those|my|some|"
    r"a|lot|bit|so|much|too)\s+){0,3}(\w+\s+)?$",
    re.IGNORECASE,
)
"""What a part is buried in or under ("lost in the mud", "buried under all that boom", "drowned out by the harsh
guitars"): the tone of what covers it, not of the part asked about."""


def tone_beside_level(text: str, complaint: str | None, instruments: tuple[str, ...]) -> str | None:
    """The tone complaint of ``text`` when its complaint is that a named part is too loud or too quiet; None
    otherwise. "too much bass" about the bass is its level (``_complaint``), not a boomy tone; beside "too quiet",
    a tone word said of what buries the part ("lost in the mud") is not the part's own."""
    if complaint not in LEVEL_COMPLAINTS or not instruments:
        return None
    if "bass" in instruments:
        text = _LEVEL_OF_BASS.sub(" ", text)
    for name, pattern in COMPLAINTS:
        if name not in TONE_COMPLAINTS:
            continue
        for m in re.finditer(pattern, text, re.IGNORECASE):
            if complaint == "quiet" and _BURIED_IN.search(text[: m.start()]):
                continue
            return name
    return None
