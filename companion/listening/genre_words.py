"""The genre a question names ("is the low end too much for rock?", "it's a jazz tune"), so a verdict that
says "as no genre was given" never answers a user who just gave one.

Only phrasings that name a genre as the song's style count: "for rock", "a pop song", "it's jazz", "genre: edm".
A genre word used otherwise ("the snare should pop", "rock solid", "a piano part", "recorded in my garage") is
not a genre, so each form below needs the genre to stand as the style of the song.
"""

from __future__ import annotations

import re
from functools import cache

from companion.listening.reference_curves import known_genres

# names that are also instruments or plain words in a mixing question: never read as a genre on their own
_NOT_ALONE = frozenset(
    {"all", "percussive", "sparse", "popular", "piano", "choir", "world", "acoustic", "dance"}
)
_SONG = r"(song|track|tune|mix|record|recording|production|number|piece|cue|beat|ballad|jam)s?"
_PART = r"(guitars?|gtrs?|bass|piano|drums?|kit|vocals?|vox|singers?|parts?|keys|synths?|strings|horns?)"


def _genre_pattern(name: str) -> str:
    """ "hip-hop" also as "hip hop" / "hiphop"; "r&b" also as "r n b" / "rnb"."""
    if name == "r&b":
        return r"r\s*(&|n|and)\s*b"
    return r"[\s-]?".join(re.escape(part) for part in re.split(r"[-_]", name))


def _alternatives(names: list[str]) -> str:
    return "(?P<g>" + "|".join(f"(?:{_genre_pattern(n)})" for n in sorted(names, key=len, reverse=True)) + ")"


@cache
def _forms() -> tuple[re.Pattern[str], ...]:
    """Where a genre stands as the song's style; the first two forms skip names that are also plain words."""
    genre = _alternatives([g for g in known_genres() if g not in _NOT_ALONE])
    any_genre = _alternatives([g for g in known_genres() if g != "all"])  # "all tracks" names no genre
    forms = (
        rf"\bfor (a |an |my |some |the )?{genre}(?![\w-])(?! {_PART}\b)",  # "too much low end for rock?"
        rf"\b(it'?s|its|it is|this is|this'?s) (a |an |kind of |kinda |sort of )?{genre}(?![\w-])(?! {_PART}\b)",
        rf"\b{any_genre} {_SONG}\b",  # "a pop song", "my acoustic ballad"
        rf"\bgenre( is|:|=)? *{any_genre}(?![\w-])",
    )
    return tuple(re.compile(f, re.IGNORECASE) for f in forms)


@cache
def _names() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((n, re.compile(f"^(?:{_genre_pattern(n)})$", re.IGNORECASE)) for n in known_genres())


def genre_in_question(question: str) -> str | None:
    """The known genre name ``question`` gives as its song's style, or None."""
    for pattern in _forms():
        found = pattern.search(question)
        if found is not None:
            said = found.group("g")
            return next((name for name, exact in _names() if exact.match(said)), None)
    return None
