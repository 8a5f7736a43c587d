"""More or less of a named part asked for, with nothing else named ("do I need more from the organ?", "the bass
doesn't need more, does it?", "should the hats be less?", "do I need more snare?"): the asker hears the part too
quiet (too loud), so that is the complaint its level is judged against; more of a band, a plug-in or a quality
("more reverb", "more low end", "more presence") keeps its own meaning."""

from __future__ import annotations

import re

MORE_OF_PART = re.compile(
    r"\b(need|needs|want|wants|should|could|would|gotta|have to|has to)\b( it| they| i| we| you| u)?"
    r"( [\w'-]+){0,3}? (a (bit|little|touch|lot) |way |much )?(?P<way>more|less)\b(?! than)"
    r"(?P<rest>[^?,.;!]*)",
    re.IGNORECASE,
)
"""'need more', 'need a bit more of the organ', 'should it be less': more or less asked of something."""

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
