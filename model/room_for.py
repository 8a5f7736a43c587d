"""A move on one part asked so that another comes through ("how do i eq the guitar so the vocal comes through",
"cut the keys to make room for the vocal"): the asker wants room made in the first part for the second, which is
one part covering another (a clash), not a lesson on EQ-ing the first.

Why: such questions got the EQ statistics of the first part ("Engineers high-passed electric guitars around
109 Hz ..."), or worse, a presence boost on the guitars so the vocal would cut through: the opposite move. An
engineer answers the pair: where the first covers the second (and whether its fader is the fault), and the dip
that makes room.
"""

from __future__ import annotations

import re

ROOM_FOR = re.compile(
    r"\b(so|so that|until|till|to let|to help|letting|and let)( the| my| her| his| our)? "
    r"(?!(it|they|them|that|this|he|she|i|we|you|things|everything|the mix|the song)\b)[\w' -]{1,20}? "
    r"(can |will |could |would )?(comes?|cuts?|pokes?|punch(es)?|shines?|sits?|breaks?|gets?|is|be) "
    r"(through|out|forward|on top|clearer|heard|in front|above)\b|"
    r"\b(make|makes|making|leave|leaves|leaving|give|gives|giving|carve|carves|carving|clear|clears|clearing)"
    r"( some| more| a (bit|little) of)? "
    r"(room|space|a (pocket|hole|slot)) for\b|"
    r"\bso (there's|there is|theres|i have|i get|we get|we have)( some| more| a (bit|little) more)? (room|space) for\b",
    re.IGNORECASE,
)
"""The second part's wanted state after the move: through, out, on top; or room, space, a pocket made for it ("so
there's more space for my voice")."""


def asks_room_for(text: str) -> bool:
    """True when ``text`` asks a move on one part so another comes through (room made for it)."""
    return bool(ROOM_FOR.search(text))


def made_room_for(text: str, words: tuple[str, ...]) -> str | None:
    """Which of ``words`` (the parts as said) the room is made for: the first one said from the ask on ("room for
    the vocal in the keys": the vocal; "eq the guitar so the vocal comes through": the vocal); None when the
    question asks no room or names none of them there."""
    m = ROOM_FOR.search(text)
    if m is None:
        return None
    tail = text[m.start() :].lower()
    at = {w: tail.find(w.lower()) for w in words if w and tail.find(w.lower()) >= 0}
    return min(at, key=at.__getitem__) if at else None


PASSIVE_COVER = re.compile(
    r"\b(covered|masked|drowned|buried|swamped|smothered|hidden|overpowered|stepped on|eaten|trampled|walked on)"
    r"( out| over| up| all over)? by\b",
    re.IGNORECASE,
)
"""One part said covered by another in the passive ("is the vocal covered by the piano?"): the covering part comes
second in the words."""


def covered_by(text: str, words: tuple[str, ...]) -> str | None:
    """Which of ``words`` is said covered in the passive (the one said before "covered by"); None when the question
    says no such passive or names none of them before it."""
    m = PASSIVE_COVER.search(text)
    if m is None:
        return None
    head = text[: m.start()].lower()
    at = {w: head.rfind(w.lower()) for w in words if w and head.rfind(w.lower()) >= 0}
    return max(at, key=at.__getitem__) if at else None


_ACTIVE_ON_IT = re.compile(
    # asked with its auxiliary ("are the synths smothering it?"), not a claim ("its the guitars covering it")
    r"\b(is|are|r|was|were)\s+(the |my |those |these |that )?[\w' -]{1,25}?\s+(?P<verb>smother\w*|cover(s|ing)?|mask(s|ing)?|bur(y|ies|ying)|drown\w*|swamp\w*|eat(s|ing)?( up)?|step(s|ping)? on|"
    r"trampl\w*|overpower\w*|bull(y|ies|ying))( out| all over| over)? (it|her|him)\b",
    re.IGNORECASE,
)
"""A covering verb on a pronoun ("are the synths smothering it?"): the part before the verb covers the one "it"
stands for, said earlier ("what about my vocal on its own.. are the synths smothering it")."""


def covers_it(text: str, words: tuple[str, ...]) -> str | None:
    """Which of ``words`` is said to cover "it" (the last one named before the verb); None otherwise."""
    m = _ACTIVE_ON_IT.search(text)
    if m is None:
        return None
    head = text[: m.start("verb")].lower()
    at = {w: head.rfind(w.lower()) for w in words if w and head.rfind(w.lower()) >= 0}
    return max(at, key=at.__getitem__) if at else None
