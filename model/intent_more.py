"""More or less of a named part asked for, with nothing else named ("do I need more from the organ?", "the bass
doesn't need more, does it?", "should the hats be less?", "do I need more snare?"): the asker hears the part too
quiet (too loud), so that is the complaint its level is judged against; more of a band, a plug-in or a quality
("more reverb", "more low end", "more presence") keeps its own meaning."""

from __future__ import annotations

import re

MORE_OF_PART = re.compile(
    r"\b(need|needs|want|wants|should|could|would|gotta|have to|has to)\b( it| they| i| we| you| u)?"
    r"( [\w'-]+){0,3}?( \d+(\.\d+)? ?db)? (a (bit|little|touch|lot) |way |much )?(?P<way>more|less)\b(?! than)"
    r"(?P<rest>[^?,.;!]*)",
    re.IGNORECASE,
)
"""'need more', 'need a bit more of the organ', 'should it be less', 'needs like 3 or 4 db more': more or less asked
of something."""

_OF_PART = re.compile(r"^\s*((of|from|in) |$)", re.IGNORECASE)
"""Nothing after the word, or "of/from/in ...": more of the part itself ("more from the organ", "more in the mix")."""


def more_complaint(text: str, said: tuple[str, ...]) -> str | None:
    """'quiet' when ``text`` asks for more of a named part itself, 'loud' for less of it; None when more of
    something else (a band, a plug-in, a quality) is asked, or no part is named."""
    m = MORE_OF_PART.search(text)
    if m is None or not said:
        return None
    rest = m.group("rest")
    named = re.match(r"\s*(the |that |my |this |those |these )?(?P<w>[\w'-]+)", rest)
    own = named is not None and any(named.group("w").lower().startswith(w.lower()) for w in said)
    if not (own or _OF_PART.match(rest)):
        return None  # "more low end", "more presence", "more reverb": something of its own
    return "quiet" if m.group("way").lower() == "more" else "loud"


_ENOUGH_OF = re.compile(
    r"\b(is there|are there|there'?s|theres|got|have i got|do i have|do we have|has it got|does it have)\s+"
    r"enough\s+(of (the |my )?)?(?P<w>low[- ]?end|bottom[- ]?end|top[- ]?end|high[- ]?end|lows|highs|air|sparkle|"
    r"sub|[\w'-]+)\b",
    re.IGNORECASE,
)
"""An amount asked of ("is there enough bass?", "got enough low end for a club?"): the thing said to maybe lack."""


def enough_of(text: str, said: tuple[str, ...]) -> str | None:
    """The lack an "is there enough X?" asks about: 'quiet' for a part named, 'thin' for the low end, 'dull' for
    the top; None when no amount is asked. A verdict then reads "More than enough" when the opposite is found."""
    m = _ENOUGH_OF.search(text)
    if m is None:
        return None
    w = m.group("w").lower()
    if re.fullmatch(r"(low|bottom)[- ]?end|lows|sub", w):
        return "thin"
    if re.fullmatch(r"(top|high)[- ]?end|highs|air|sparkle", w):
        return "dull"
    return "quiet" if any(w.startswith(s.lower()) or s.lower().startswith(w) for s in said) else None
