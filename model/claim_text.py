"""Reading an answer for the truth check: its sentences and clauses, its numbers with their units, its tracks.

The layer under model/claims.py: it knows nothing of what a number means, only where it is and what it is next
to. Tracks are found by their REAPER name, by a role word when one track has that role ("the vocal"), by a
plural for all tracks of a role ("the guitars"), and, for an instrument the session lacks (or with no session),
by the instrument word alone, naming a track nobody measured.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from companion.context import Snapshot
from companion.knowledge.roles import instrument_role

# ---------------------------------------------------------------- mentions

_UNIT = r"LUFS(?:-[IS])?|LKFS|LU|dBTP|dBFS|dB|kHz|Hz|ms|seconds?|secs?|s|%|:1"
_MENTION = re.compile(rf"(?<![\w.])([+-]?(?:\d+(?:\.\d+)?|\.\d+))(?:\s?({_UNIT}))?(?![\w])", re.IGNORECASE)
_UNITS = {
    "lufs": "lufs", "lufs-i": "lufs", "lufs-s": "lufs_st", "lkfs": "lufs", "lu": "lu", "dbtp": "dbtp",
    "dbfs": "dbfs", "db": "db", "khz": "khz", "hz": "hz", "ms": "ms", "s": "s", "sec": "s", "secs": "s",
    "second": "s", "seconds": "s", "%": "pct", ":1": "ratio",
}  # fmt: skip
MAX_NUMBER_CHARS = 12
NOT_LEVELS = frozenset({"khz", "hz", "ms", "s", "pct", "ratio"})
"""Units that never carry a level claim: frequencies, times, percentages, ratios."""
_RANGE_GAP = re.compile(r"^\s*(?:to|–|—|/|-)\s*$|^$", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_FROM = re.compile(r"\bfrom\s+(?:about\s+|around\s+)?$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Mention:
    """A number (or a range "-14 to -13") with its unit, at ``start:end`` of the sentence."""

    start: int
    end: int
    lo: float
    hi: float
    unit: str  # normalised: lufs, lufs_st, lu, dbtp, dbfs, db, hz, khz, ms, s, pct, ratio, "" (none)
    signed: bool  # written with an explicit + or -

    @property
    def value(self) -> float:
        return (self.lo + self.hi) / 2.0

    @property
    def is_range(self) -> bool:
        return self.lo != self.hi


def normalise(text: str) -> str:
    """Unicode minus signs and dashes to ASCII, markdown emphasis out (same length is not needed)."""
    text = text.replace("\u2212", "-").replace("\u2011", "-").replace("\u2010", "-").replace("\u2012", "-")
    text = re.sub(r"\u2013(?=\s*[+-]?\d)", " to ", text)
    text = text.replace("\u2013", "-").replace("\u2014", ", ")
    text = re.sub(r"(?<=[a-z])_(?=[a-z])", " ", text)  # "low_mid" as the grounding writes it
    return re.sub(r"[*`_]{1,3}", "", text)


def mentions(sentence: str) -> list[Mention]:
    """The numbers of one sentence with their units; "-8 to -7 LUFS", "9-12 dB", "between 2 and 3 LU" as ranges."""
    raw = []
    for m in _MENTION.finditer(sentence):
        if len(m.group(1)) > MAX_NUMBER_CHARS:
            continue  # "1111...": no level has this many digits, and it could overflow to inf
        unit = _UNITS.get((m.group(2) or "").lower(), "")
        raw.append([m.start(), m.end(), float(m.group(1)), unit, m.group(1)[0] in "+-", m.group(1)])
    out: list[Mention] = []
    i = 0
    while i < len(raw):
        start, end, value, unit, signed, _ = raw[i]
        if i + 1 < len(raw):
            n_start, n_end, n_value, n_unit, n_signed, n_text = raw[i + 1]
            gap = sentence[end:n_start]
            dash_joined = gap == "" and n_text.startswith("-") and value >= 0  # "9-12 dB"
            joined = _RANGE_GAP.match(gap) is not None and (gap != "" or dash_joined)
            between = (
                gap.strip().lower() == "and"
                and _BETWEEN.search(sentence[max(0, start - 12) : start]) is not None
            )
            from_to = _FROM.search(sentence[max(0, start - 20) : start]) is not None
            if (joined or between) and not from_to and (unit in ("", n_unit)) and n_unit:
                second = abs(n_value) if dash_joined else n_value
                lo, hi = sorted((value, second))
                out.append(Mention(start, n_end, lo, hi, n_unit, signed or n_signed))
                i += 2
                continue
        out.append(Mention(start, end, value, value, unit, signed))
        i += 1
    return out


# ---------------------------------------------------------------- sentences and clauses

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+|(?<=\S)\s+-\s+(?=[A-Z])")
_CLAUSE_BREAK = re.compile(
    r"[,;:()\[\]]|\s(?:but|while|whereas|which|so|though|although|then)\s", re.IGNORECASE
)


def sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) pieces of an answer."""
    out = []
    pos = 0
    for m in _SENTENCE_END.finditer(text):
        if text[pos : m.start()].strip():
            out.append((pos, text[pos : m.start()]))
        pos = m.end()
    if text[pos:].strip():
        out.append((pos, text[pos:]))
    return out


@lru_cache(maxsize=256)
def _breaks(sentence: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """(starts, ends) of the clause breaks of a sentence, found once."""
    found = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(sentence)]
    return tuple(a for a, _ in found), tuple(b for _, b in found)


def clause_start(sentence: str, pos: int) -> int:
    """Where the clause holding ``pos`` starts; a "Label: value" pair is one clause."""
    starts, ends = _breaks(sentence)
    i = bisect_right(ends, pos) - 1
    while i >= 0 and starts[i] >= pos:
        i -= 1
    if i >= 0 and sentence[starts[i]] == ":" and not sentence[ends[i] : pos].strip():
        i -= 1
    return ends[i] if i >= 0 else 0


def clause_end(sentence: str, pos: int) -> int:
    starts, _ = _breaks(sentence)
    i = bisect_left(starts, pos)
    return starts[i] if i < len(starts) else len(sentence)


# ---------------------------------------------------------------- tracks


@dataclass(frozen=True, slots=True)
class TrackRef:
    """Where the sentence names one or more tracks (a group: "Gtr L and Gtr R")."""

    start: int
    end: int
    names: tuple[str, ...]


_ROLE_WORDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # role: (words that name its one track, plural words that name all its tracks)
    "kick": (("kick", "kick drum"), ("kicks", "kick drums")),
    "snare": (("snare", "snare drum"), ("snares",)),
    "hihat": (("hihat", "hi hat", "hat", "hats"), ("hihats", "hi hats")),
    "toms": (("tom", "toms"), ()),
    "overheads": (("overhead", "overheads", "oh", "ohs"), ()),
    "bass": (("bass", "bass guitar", "bass track"), ("basses",)),
    "electric_guitar": (("guitar", "electric guitar"), ("guitars", "electric guitars", "gtrs")),
    "acoustic_guitar": (("acoustic", "acoustic guitar"), ("acoustics", "acoustic guitars")),
    "keys": (("keys", "piano", "keyboard", "organ", "rhodes"), ()),
    "synth": (("synth", "pad"), ("synths", "pads")),
    "lead_vocal": (("vocal", "vox", "lead vocal", "lead vox", "voice", "singer"), ("vocals",)),
    "backing_vocal": (("backing vocal", "bv", "harmony"), ("backing vocals", "bvs", "backings", "harmonies")),
    "drum_bus": (("drum bus", "drums", "kit"), ()),
}
_NOT_AFTER_BASS = frozenset({"band", "region", "range", "frequencies", "end", "drum", "trap"})
""""bass band", "bass end", "bass drum": the word names a frequency region or another instrument there."""
_WORD = re.compile(r"[A-Za-z0-9]+")
_JOINED = re.compile(r"['\s]*(?:,|and|&|,\s*and)?['\s]*")
PRONOUN = re.compile(r"\b(?:it|its|it's|it is|them|their|they|both|each|this track)\b", re.IGNORECASE)
OBJECT_BEFORE = re.compile(
    r"\b(?:against|than|next to|beside|behind|under|over|above|below|with|compared (?:to|with)|relative to|"
    r"versus|vs\.?)\s+(?:the\s+|your\s+)?['\"]?$",
    re.IGNORECASE,
)
"""Words before a track that make it the object of a comparison ("too loud against the kick"): "it" is not it."""
MASTER = re.compile(
    r"\b(?:master|mix bus|stereo bus|2-?bus|whole mix|the mix|your mix|overall)\b", re.IGNORECASE
)


def _words(text: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in _WORD.findall(text))


@lru_cache(maxsize=32)
def _track_table(names: tuple[str, ...]) -> tuple[dict[tuple[str, ...], tuple[str, ...]], int]:
    """Word sequences that name tracks -> the tracks they name (an empty tuple: an instrument the session lacks,
    or any instrument when there is no session), and the longest sequence. Built once per session layout."""
    table: dict[tuple[str, ...], tuple[str, ...]] = {}
    by_role: dict[str, list[str]] = {}
    for name in names:
        role = instrument_role(name)
        if role is not None:
            by_role.setdefault(role, []).append(name)
    for role, (single, plural) in _ROLE_WORDS.items():
        have = tuple(by_role.get(role, ()))
        for word in plural:
            table[_words(word)] = have
        for word in single:
            if len(have) == 1 or not have:
                table[_words(word)] = have
    own: dict[tuple[str, ...], list[str]] = {}
    for name in names:  # the tracks' own names win over role words
        if _words(name):
            own.setdefault(_words(name), []).append(name)
    table.update({key: tuple(found) for key, found in own.items()})
    return table, max((len(k) for k in table), default=1)


class TrackIndex:
    """Finds tracks in text: by name, by a role word, or (with no session) by an instrument word alone."""

    def __init__(self, snapshot: Snapshot | None) -> None:
        self.known = snapshot is not None
        names = tuple(t.name for t in snapshot.tracks if t.name.strip()) if snapshot is not None else ()
        self._table, self._longest = _track_table(names)
        self._firsts = frozenset(key[0] for key in self._table)

    def find(self, sentence: str) -> list[TrackRef]:
        """Track groups in order; adjacent names joined by "and", "&" or "," form one group."""
        words = [(m.start(), m.end(), m.group(0).lower()) for m in _WORD.finditer(sentence)]
        hits = []
        i = 0
        while i < len(words):
            if words[i][2] not in self._firsts:  # most words name no track: skip them at once
                i += 1
                continue
            for size in range(min(self._longest, len(words) - i), 0, -1):  # longest first: "backing vocals"
                key = tuple(w for _, _, w in words[i : i + size])
                who = self._table.get(key)
                if who is None or (
                    key == ("bass",) and i + 1 < len(words) and words[i + 1][2] in _NOT_AFTER_BASS
                ):
                    continue
                start, end = words[i][0], words[i + size - 1][1]
                hits.append((start, end, who or (" ".join(key),)))
                i += size
                break
            else:
                i += 1
        groups: list[TrackRef] = []
        for start, end, names in hits:
            if groups and _JOINED.fullmatch(sentence[groups[-1].end : start]):
                prev = groups[-1]
                groups[-1] = TrackRef(prev.start, end, tuple(dict.fromkeys(prev.names + names)))
            else:
                groups.append(TrackRef(start, end, names))
        return groups
