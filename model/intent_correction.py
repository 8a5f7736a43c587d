""" "Not the vocal, the harmony", "I meant the left guitar, not the right": a part named only to be taken back.

The parser kept every part a question names, in order, so "not the vocal, the harmony" was answered on the lead
vocal, the part the user had just said they did not mean. A part after a clause-opening "not" ("not the kick,
the snare", "the harmony, not the lead") is a correction; it is dropped from the parts asked about when another
part is named beside it. "Why the guitar and not the vocal?" contrasts two parts, so a "not" after "and", "or"
or a verb is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

_NOT_PART = re.compile(r"\bnot (?:the|my|that|this|those|these|his|her) ", re.IGNORECASE)
_OPENS = re.compile(
    r"(^|[,;.!?:]|\b(no|nah|nope|sorry|oops|oh|i mean|i meant|meant|actually|it's|its|it is))\s*$",
    re.IGNORECASE,
)
"""What may stand before a correcting "not": the start, a clause break, "no", "I meant"."""
CORRECTS = re.compile(
    r"^\s*((no|nah|nope|sorry|oops|oh|actually|wait)\b[,!.]?\s*)*(not (the|my|that)\b|i mean|meant\b)",
    re.IGNORECASE,
)
"""A question that opens by correcting the last one's part ("no I meant the left guitar", "not the vocal, the
harmony"): it asks the same thing of the part it names."""
_AND_THE = re.compile(
    r"^\s*(and|what about|how about|same for|also|ok and|then)\b|^\s*(the )?\w+\s*\?\s*$", re.IGNORECASE
)
"""A part asked after the last question, short: "and the snare?", "what about the bass?", "the kick?"."""
FOLLOW_WORDS = 6
WORDS_BEFORE_NAME = 14
"""How far past "not the" a part's name may start ("not the left guitar": "left " first)."""


def without_corrected(text: str, names: Any, find: Callable[[str, Any], tuple[tuple[str, ...], ...]]) -> str:
    """``text`` without the parts it takes back ("not the vocal"), for finding the parts asked about; ``find``
    is the parser's part finder (its second tuple: the part words as said), ``names`` the session's own. ``text``
    itself when nothing is taken back or nothing else would be left."""

    def said_parts(t: str) -> tuple[str, ...]:
        return find(t, names)[1]

    out = text
    for m in reversed(list(_NOT_PART.finditer(text))):
        before = text[: m.start()]
        tail = before.rstrip(" ,").lower()
        last = said_parts(" ".join(tail.split()[-2:]))
        after_part = bool(last) and tail.endswith(
            last[-1]
        )  # "the harmony not the vocal" ("guitar and not": no)
        if not (_OPENS.search(before) or after_part):
            continue
        rest = text[m.end() :]
        said = said_parts(rest[: WORDS_BEFORE_NAME + 20])
        at = rest.lower().find(said[0]) if said else -1
        if at < 0 or at > WORDS_BEFORE_NAME:
            continue
        out = out[: m.start()] + " " + out[m.end() + at + len(said[0]) :]
    return out if out != text and said_parts(out) else text


def named_follow_up(text: str) -> bool:
    """True when ``text``, naming a part but nothing asked of it, leans on the last question: a short "and the
    snare?" or a correction of any length ("no I meant the backing vocals, not the horns")."""
    short = len(text.split()) <= FOLLOW_WORDS and _AND_THE.match(text) is not None
    return short or CORRECTS.match(text) is not None
