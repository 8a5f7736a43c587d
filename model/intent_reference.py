"""A platform named as what the mix is compared with ("thin and empty compared to stuff on spotify", "muddy next to
songs on youtube"): the complaint is the quality named (thin, muddy, dull), the platform only says the asker
compares with released songs. Only when loudness itself is said ("quieter than spotify", "not as loud as apple
music", "why does spotify turn it down") is it a loudness question; a level word on the whole mix against a
platform ("weak next to spotify") stays one too."""

from __future__ import annotations

import re
from collections.abc import Callable

PLATFORM = re.compile(
    r"\b(spotify|streaming( services?| platforms?)?|apple music|youtube|tidal|soundcloud|amazon music|deezer)\b",
    re.IGNORECASE,
)
"""A streaming platform named: released songs heard there, the usual reference of an amateur."""

LOUDNESS_SAID = re.compile(
    r"\bloud\w*|\bquiet\w*|\blufs\b|\bloudness\b|\bvolume\b|\bnormali[sz]\w*|\bturn(s|ed|ing)? (\w+ ){0,2}down\b|"
    r"\blevels?\b|\bgain\b|\blimit\w*|\bmaster(ed|ing)? (louder|hotter)\b|\bhot(ter)?\b",
    re.IGNORECASE,
)
"""Loudness said in words: then the platform's loudness target is what the asker measures against."""

LEVEL_COMPLAINTS = frozenset({"quiet", "loud", "loudness", "balance"})
"""Complaints that are a level: against a platform, that level is the mix's loudness."""


def compared_quality(text: str, complaint_of: Callable[[str], str | None]) -> str | None:
    """The quality complaint of a question that names a platform only as its reference ("thin compared to
    spotify" -> 'thin'); None when the platform is the subject (loudness said, or no other quality named).

    ``complaint_of`` is the intent's own complaint reader, run on the question with the platform left out."""
    if not PLATFORM.search(text) or LOUDNESS_SAID.search(text):
        return None
    other = complaint_of(PLATFORM.sub(" ", text))
    return other if other is not None and other not in LEVEL_COMPLAINTS else None
