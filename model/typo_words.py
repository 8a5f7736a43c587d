"""A part's name typed with a slip read as that part ("is the basss too low?" -> the bass, "the harmoney line" ->
the harmony, "guitra" -> guitar), so a typo never turns a question about one part into one about the whole mix.

A slip is a letter held down ("basss", "kiick") or two neighbours swapped ("kcik") on a name of four letters or
more, or one letter added or dropped on a name of five or more. A word the spelling table already knows is never touched, nor an
instrument's own word ("epiano" is the electric piano, not a slip of "piano"), nor an English word (``model.typo_guard``: "share" is not the snare, "local" not the vocal), nor a word built on a part's name
("bassy", "synthy", "snared"), nor a slip that could be two different parts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from model.instrument_kin import instrument_kind
from model.typo_guard import ENGLISH_NEIGHBOURS

MIN_HELD_LEN = 4
"""A letter held down ("basss") or two neighbours swapped ("kcik") is read on names of four letters or more."""
MIN_SLIP_LEN = 5
"""One letter added or dropped is read on the vocabulary's names of five letters or more: on shorter ones too many
English words are one letter away ("hats": hates, halts, has)."""
MIN_TRACK_SLIP_LEN = 6
"""The same on a word of the session's own track names, which no English list was checked against: six or more
(and five or more for two letters swapped)."""

PART_NAMES: tuple[str, ...] = (
    "kick", "snare", "hihat", "hats", "toms", "overhead", "cymbal", "percussion", "shaker", "tambourine",
    "conga", "bongo", "drum", "bass", "bassline", "upright", "contrabass", "guitar", "acoustic", "electric",
    "banjo", "mandolin", "ukulele", "piano", "rhodes", "wurlitzer", "organ", "hammond", "synth", "keys",
    "keyboard", "clavinet", "accordion", "mellotron", "chord", "horn", "trumpet", "saxophone", "trombone",
    "flute", "clarinet", "bassoon", "cornet", "strings", "violin", "cello", "viola", "fiddle", "vocal",
    "singer", "vocalist", "harmony", "harmonies", "backing", "choir",
)  # fmt: skip
"""The instrument vocabulary's own part names (``model.intent_words``), singular."""
TARGETS: tuple[str, ...] = tuple(
    dict.fromkeys(
        w
        for b in PART_NAMES
        for w in (b, b if b.endswith(("s", "y")) or b in ("backing", "upright", "acoustic") else b + "s")
    )
)
"""The part names a slip is read back to: the instrument vocabulary's own words (``model.intent_words``) and
their plurals ("harmonies" is its own word)."""

DERIVED_ENDINGS = ("y", "ey", "ie", "ish", "ed", "er", "ing", "ly")
"""A part's name with one of these after it is a word of its own ("bassy", "synthy", "snared"), not a slip."""


@lru_cache(maxsize=8192)
def squeeze(word: str) -> str:
    """``word`` with every run of one letter cut to one ("basss" -> "bas", "bass" -> "bas")."""
    return re.sub(r"(.)\1+", r"\1", word)


def swapped(typed: str, target: str) -> bool:
    """True when ``typed`` is ``target`` with two neighbouring letters swapped ("guitra", "kcik")."""
    diff = [i for i in range(len(typed)) if typed[i] != target[i]] if len(typed) == len(target) else []
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and typed[diff[0]] == target[diff[1]]
        and typed[diff[1]] == target[diff[0]]
    )


def one_slip(typed: str, target: str) -> bool:
    """True when ``typed`` is ``target`` with one letter added, one dropped, or two neighbours swapped."""
    if typed == target:
        return False
    n, m = len(typed), len(target)
    if n == m + 1:
        return any(typed[:i] + typed[i + 1 :] == target for i in range(n))
    if n + 1 == m:
        return any(target[:i] + target[i + 1 :] == typed for i in range(m))
    return swapped(typed, target)


def _derived(typed: str, target: str) -> bool:
    return typed.startswith(target) and typed[len(target) :] in DERIVED_ENDINGS


def _matches(typed: str, target: str, min_slip: int) -> bool:
    if typed == target or _derived(typed, target):
        return False
    held = len(target) >= MIN_HELD_LEN and squeeze(typed) == squeeze(target)
    swap = len(target) >= min_slip - 1 and swapped(typed, target)
    return held or swap or (len(target) >= min_slip and one_slip(typed, target))


def corrected(word: str, track_words: Iterable[str] = ()) -> str | None:
    """The part name ``word`` was typed for, or None when it is no slip of one (or of more than one).

    ``track_words``: words of the session's own track names ('Djembe' -> "djembe"), read the same way with a
    longer minimum, as they were never checked against an English word list."""
    own = frozenset(t.lower() for t in track_words if t.isalpha() and len(t) >= MIN_HELD_LEN)
    return _corrected(word.lower(), own)


@lru_cache(maxsize=8192)
def _corrected(typed: str, own: frozenset[str]) -> str | None:
    """``corrected`` of a lower-case word, remembered: every question's words are read on every ask (twice with a
    session), and trying each against every part name cost ~10 ms an ask uncached."""
    if len(typed) < MIN_HELD_LEN or typed in ENGLISH_NEIGHBOURS or typed in TARGETS or not typed.isalpha():
        return None
    if typed in own or instrument_kind(typed) is not None:
        return None  # "epiano" names an instrument of its own, not a slip of "piano"
    hits = {t for t in TARGETS if _matches(typed, t, MIN_SLIP_LEN)}
    hits |= {t for t in own if _matches(typed, t, MIN_TRACK_SLIP_LEN)}
    return hits.pop() if len(hits) == 1 else None
