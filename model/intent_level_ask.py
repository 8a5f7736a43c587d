"""A part's level asked about as a state: "acoustic guitar ok level wise?", "is the sub level right?", "vox
ok volume-wise?", "keys fine in terms of level?". Such a question wants the asked part's level verdict first
(yes, it sits where it should / no, N dB over), the same answer as "is the X ok?", never a rising statement read
as a claimed problem, and never the whole mix's tonal lean in its place."""

from __future__ import annotations

import re

_GOOD = r"(ok|okay|fine|good|alright|all right|right|about right|decent|sensible)"
_LEVEL = r"(level|levels|volume|fader|balance|loudness|gain)"

LEVEL_OK = re.compile(
    # "ok level wise", "fine volume-wise", "good in terms of level", "alright level-wise in the mix"
    rf"\b{_GOOD}\s+(\w+\s+)?({_LEVEL}[- ]?wise|in terms of (its |their |the )?{_LEVEL}|for (its |their )?{_LEVEL})\b|"
    # "level wise is the acoustic ok", "volume-wise are the keys fine"
    rf"\b{_LEVEL}[- ]?wise\b[^?.!]{{0,40}}\b{_GOOD}\b|"
    # "is the sub level right?", "are the keys' levels ok?", "is the vocal volume about right?"
    rf"\b(is|are|'s|'re)\s+[\w' -]{{1,40}}?\s{_LEVEL}\s+((about|roughly|more or less|kinda|kind of)\s+)?{_GOOD}\s*\??\s*$",
    re.IGNORECASE,
)
"""The part's level asked about as a good-or-not state, by the words that name the level as what is judged."""


def asks_level_ok(text: str) -> bool:
    """True when ``text`` asks whether a part's level is where it should be ("bass ok level wise?")."""
    return LEVEL_OK.search(text) is not None
