"""The sung words as the part asked about: "i can't make out the words", "what's she singing?" name no part, yet
the words are the lead vocal's, so the question is about the vocal (whether it is buried or covered), not about
the whole mix's loudness. Decided where the parts are chosen, never by rewriting the question's text (which
doubles the part in a clause that already says it)."""

from __future__ import annotations

import re

from companion.context import Topic
from model.intent_forms import ASKER_MOVED

SUNG_WORDS = re.compile(
    r"\b(the|her|his|their|my|any of the|all the|most of the|half the) words\b(?! (of|for|to|i|you|we)\b)"
    r"|\bwhat (s?he|they|the singer|the vocalist)('s| is|'re| are|s) (saying|singing)\b"
    r"|\bwhat'?s (s?he|the singer|the vocalist) (saying|singing)\b"
    r"|\b(diction|enunciation|intelligib\w*)\b"
    # "she sounds far away", "shes kinda buried": the singer as the sentence's subject, no part named
    r"|^\s*(so |and |but |ok |tbh |honestly |yeah )?(she|he)('?s| is| was| sounds?| seems?| feels?| keeps?| gets?)\b",
    re.IGNORECASE,
)
"""The words of the song (or how clearly they come across), or the singer as a sentence's subject ("she sounds far
away"), said with no part named."""

ASKER_HEARD = re.compile(r"\b(hear|make out|pick out) (myself|me)\b", re.IGNORECASE)
"""The asker as the part heard ("i cant hear myself over the beat"): the singer's voice, said as "me"; moved ("turn
me up?") is ``intent_forms.ASKER_MOVED``."""

ASKER_COMPARED = re.compile(
    r"\b(am i|i'?m|im)( \w+)? (louder|quieter|softer|lower|higher|over|above|under|below|on top of|buried under)\b",
    re.IGNORECASE,
)
"""The asker set against a part ("am i louder than the horns?"): the singer's voice as the subject, said as "i"."""

Found = tuple[tuple[str, ...], tuple[str, ...], tuple[Topic, ...]]


def sung_part(text: str, found: Found) -> Found:
    """``found`` (canonical words, words as said, topics) with the vocal as the part when ``text`` names none and
    speaks of the sung words; any part named keeps ``found`` as it is ("the guitar hides the words": the guitar
    is asked about, the words are why). The asker heard or moved as "me" ("turn me up?") puts the vocal first,
    unless the asker's own part is named ("my guitar")."""
    # "turn me up?" with "my guitar" said too: the asker plays that part, no voice is meant
    own = any(re.search(rf"\bmy (own )?([\w-]+ )?{re.escape(w)}\b", text, re.IGNORECASE) for w in found[1])
    # "im playing gtr, am i louder than the other guitar?": the asker plays a part named, so "i" is that part
    own = own or (
        bool(found[0]) and re.search(r"\b(i'?m|im|i am) (playing|on)\b|\bi play\b", text, re.I) is not None
    )
    # "is the guitar masking me or should i turn myself up?": a move on "me" beside a part named is one side of a
    # choice, read there ("not you"); heard over a part ("hear myself over the beat"), the voice is asked first
    asker = (
        ASKER_HEARD.search(text) or ASKER_COMPARED.search(text) or (ASKER_MOVED.search(text) and not found[0])
    )
    if asker and "vocal" not in found[0] and not own:
        return ("vocal", *found[0]), ("vocal", *found[1]), (Topic.VOCALS, *found[2])
    if found[0] or not SUNG_WORDS.search(text):
        return found
    return ("vocal",), ("vocal",), (Topic.VOCALS,)
