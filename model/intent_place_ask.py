"""A part's level or place asked about openly: "how's the bass guitar level", "how's the lead vox sitting",
"where's the vocal sitting", "how are the keys placed in the mix". Such a question asks for that part's own
level verdict first (it sits inside the range well-rated mixes use, or N dB over), never for the whole mix's
tonal lean read as the part's fault; a lean may follow as a remark on the whole mix."""

from __future__ import annotations

import re

_HOW = r"(how'?s|how is|how are|how'?re|where'?s|where is|where are|where'?re|hows|wheres)"
_PLACE = (
    r"(level|levels|volume|fader|gain|balance|sitting|sittin'?|sit|sits|placed|placement|positioned|"
    r"position|sat)"
)

PLACE_ASK = re.compile(
    # "how's the bass guitar level", "how's the lead vox sitting", "where's the vocal sitting in the mix"
    rf"\b{_HOW}\s+(the |my |our |this |that |those |these )?[\w' -]{{1,40}}?\s+"
    rf"{_PLACE}(\s+(at|in (the |my |this )?(mix|song|track|tune)|now|rn|atm|overall|right now|at the moment|there|level[- ]?wise))*"
    r"\s*[?.!]*\s*$|"
    # "how does the vocal sit", "where do the keys sit in the mix"
    rf"\b(how|where) (does|do|did) (the |my |our )?[\w' -]{{1,40}}?\s+(sit|sound level[- ]?wise)\b"
    r"(\s+in (the |my |this )?(mix|song|track|tune))?\s*[?.!]*\s*$|"
    # "is the vocal sitting right", "are the drums placed ok", "is the bass sitting where it should"
    rf"^\s*(so |ok |and |but )?(is|are)\s+(the |my |our )?[\w' -]{{1,40}}?\s+(sitting|sittin'?|placed|positioned)\s+"
    # "are the gtrs sitting right on top of my vocal?": "right" there is where they sit, a fault asked, not "ok?"
    r"(right(?! (on top|over|in front|under(neath)?|behind|in the way|across|against)\b)|ok|okay|fine|well|good|"
    r"alright|correctly|properly|where)\b",
    re.IGNORECASE,
)
"""The part's level or place named as what is asked, after "how's"/"where's" or as a sitting-right question."""


def asks_level_place(text: str) -> bool:
    """True when ``text`` asks how a part's level or place is ("how's the bass level", "where's the vox sitting")."""
    return PLACE_ASK.search(text) is not None


_OPENS = re.compile(r"^\s*(so |ok |okay |and |but |yo |hey )?(how|where)", re.IGNORECASE)


def opens_level_place(text: str) -> bool:
    """True when ``text`` is only a how/where question on a part's level or place, with no move said before it
    ("how's the kick level rn", not "turned the snare down, hows the balance now", which compares)."""
    return _OPENS.match(text) is not None and asks_level_place(text)
