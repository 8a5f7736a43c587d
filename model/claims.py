"""Finding the numeric claims in an answer: "-6 LUFS integrated", "Gtr L sits 8 dB louder than the rest".

A number is a *claim* when the answer states it as what this mix or one of its tracks measures now. The same
number is not a claim when it is a target or a convention ("aim for -14 LUFS", "Spotify's -14 LUFS target",
"a -1 dBTP ceiling"), a move to try ("a 3 dB cut at 300 Hz", "a 2:1 ratio", "Q of 1"), a time, a frequency or
a fact about other people's mixes ("in 90 real mixes, kick drums sat -17 LU"). The one kind of move that *is*
a claim is a move whose size follows from a measurement: a fader move on a track the diagnosis found too loud
or too quiet, or a whole-mix gain change "to reach -14 LUFS" (its size is the measured gap).

How: the text is cut into sentences and clauses; every number with its unit is a mention; the words before it
(back to the previous mention or the clause start) and just after it decide, by the nearest cue, what role it
plays (state, target, move) and which quantity it is about; tracks are found by name, by a role word when one
track has that role ("the vocal"), or by "it"/"its" after a track was named. Plain regular expressions, one
pass: a few hundred microseconds per answer (benchmarks/claim_checks.py).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from companion.context import Snapshot
from companion.knowledge.bands import BANDS
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


def _normalise(text: str) -> str:
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


def _clause_start(sentence: str, pos: int) -> int:
    """Where the clause holding ``pos`` starts; a "Label: value" pair is one clause."""
    starts, ends = _breaks(sentence)
    i = bisect_right(ends, pos) - 1
    while i >= 0 and starts[i] >= pos:
        i -= 1
    if i >= 0 and sentence[starts[i]] == ":" and not sentence[ends[i] : pos].strip():
        i -= 1
    return ends[i] if i >= 0 else 0


def _clause_end(sentence: str, pos: int) -> int:
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
_PRONOUN = re.compile(r"\b(?:it|its|it's|it is|them|their|they|both|each|this track)\b", re.IGNORECASE)
_OBJECT_BEFORE = re.compile(
    r"\b(?:against|than|next to|beside|behind|under|over|above|below|with|compared (?:to|with)|relative to|"
    r"versus|vs\.?)\s+(?:the\s+|your\s+)?['\"]?$",
    re.IGNORECASE,
)
"""Words before a track that make it the object of a comparison ("too loud against the kick"): "it" is not it."""
_MASTER = re.compile(
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


# ---------------------------------------------------------------- cues

_TARGET_CUES = re.compile(
    r"\b(?:aim(?:ing)?(?: for| at)?|target(?:ing|s)?(?: of| is| at)?|to (?:hit|reach|land|get|sit|be)(?: at| on| around| near| about)?"
    r"|(?:hit|reach|land)s?(?: on| at| around| near| about)?|get (?:it |things )?(?:down |up )?to|bring (?:it|the \w+) (?:down |up )?to"
    r"|back to|towards?|stay(?:s|ing)? (?:under|below|at|around)|keep(?:ing)? (?:it |them |the \w+ |peaks |true peaks )?(?:under|below|at|around)"
    r"|under|below|above|over|at most|no (?:more|higher|louder) than|max(?:imum)? of|ceiling(?: of| at)?|limit(?: of)?"
    r"|normali[sz]\w*(?: to)?|standard(?: of)?|spec|recommend\w*(?: about| around)?|should(?: be| read| sit| land| hit)?(?: at| around| about)?"
    r"|want(?: it)?(?: at| around)?|needs? to (?:be|sit)(?: at| around)?|check (?:that )?(?:it|the \w+) (?:reads|is|sits|hits)(?: at| around| about)?"
    r"|until(?: it| you)?(?: reads| hits| lands?| sits| get)?(?: at| around| about| near)?"
    r"|so (?:that )?(?:it|the \w+|you) (?:lands?|reads|sits|hits|stays?|ends? up|gets?)(?: under| below| at| around| near| on| about)*"
    r"|for (?:spotify|apple(?: music)?|youtube|tidal|amazon|streaming|broadcast|cd|ebu|a release)"
    r"|(?:spotify|apple(?: music)?|youtube|tidal|amazon|ebu|r128|streaming)(?:'s)?|past(?: the)?|than|vs\.?|versus|compared (?:to|with)|instead of"
    r"|(?:most|typical|modern) [\w/ ]*?(?:masters|mixes|songs|tracks) (?:land|sit)\w*(?: at| on| around)?|around the|a target)(?: about| around| roughly| ~)?\s*$",
    re.IGNORECASE,
)
_STATE_CUES = re.compile(
    r"\b(?:you'?re|you are|it'?s|it is|is|are|sits?|sitting|measur(?:es|ed|ing)|reads?|reading|currently|right now|now|comes? in|coming in"
    r"|hit(?:s|ting)?|peak(?:s|ing)?|at|of|reach(?:es|ing)?|i (?:measure|see|get|read|count|hear)|i'?m (?:seeing|reading|getting)|shows?|showing"
    r"|overshoots?|tops? out|was|were)(?: at| around| about| near| roughly| only| just| up| down| already)*(?: ~| about| around| roughly)?\s*$",
    re.IGNORECASE,
)
_TARGET_AFTER = re.compile(
    r"^\s*(?:integrated |true peak |short-term )?(?:target|ceiling|goal|standard|limit|max(?:imum)?\b|or (?:so|less|lower|under)"
    r"|is (?:the |a |what |spotify|apple|youtube|streaming|typical|standard|normal|where|about right|the norm|fine for)"
    r"|for (?:streaming|spotify|apple|youtube|cd|broadcast|a release)|(?:most|many) |masters?\b|(?:is |are )?typical)",
    re.IGNORECASE,
)
_GENERAL = re.compile(
    r"real mixes|mixologydb|\biqr\b|common practice|project notes|rule of thumb|\btypical:|a starting point|engineers (?:put|set|used|high-passed)"
    r"|in (?:most|many|pro|professional|commercial) (?:mixes|masters|songs|records)",
    re.IGNORECASE,
)
_ADVICE_BEFORE = re.compile(
    r"\b(?:cut|cutting|boost|boosting|dip|dipping|lift|shelf|shelve|bell|notch|scoop|add|adding|remove|reduce|"
    r"attenuate|gentle)\b[\w\s'~(),+-]{0,18}$",
    re.IGNORECASE,
)
_ADVICE_AFTER = re.compile(
    r"^\s*(?:\w+ ){0,2}?(?:cut|boost|dip|lift|shelf|shelving|bell|notch|scoop|of (?:gain )?reduction|gain reduction|of compression"
    r"|/oct|per octave|slope|of headroom|headroom|out around|out at|(?:high|low)[- ]shelf|eq move|reduction|(?:less|more) gain)",
    re.IGNORECASE,
)
_CHANGE = re.compile(
    r"\b(?:pull|push|bring|take|turn|nudge|drop|raise|lower|ride|back|ease|trim|move|put|get|set|cut|boost)\b(?P<obj>(?:[^.;]|(?<=\d)\.(?=\d)){0,60}?)"
    r"\b(?P<dir>up|down|off|back|louder|quieter|higher|lower)\b[\w\s'~()-]{0,16}$",
    re.IGNORECASE,
)
_LEVEL_FRAMING = re.compile(
    r"\b(?:too (?:loud|quiet|hot|low|soft)|buried|louder|quieter|hotter|softer|sticks? out|jumps? out|drowned|"
    r"way (?:up|down))\b",
    re.IGNORECASE,
)
"""Words that tie a fader move to the track's level ("it's 8 dB louder than the rest; pull it down 7 dB"). A move
without them ("bring the bass up 2 dB" for a thin low end) is judged by its direction only."""
_ROOM_TO_TARGET = re.compile(r"\s*(?:of )?(?:room|headroom|to go)\b", re.IGNORECASE)
_UP = re.compile(r"\b(?:up|raise|push|louder|higher|boost)\b", re.IGNORECASE)
_DOWN = re.compile(
    r"\b(?:down|off|lower|drop|pull back|back off|ease|trim|quieter|cut|take (?:it |\w+ )?down)\b",
    re.IGNORECASE,
)
_PURPOSE_TARGET = re.compile(
    r"\b(?:to (?:hit|reach|land|get|sit|be)|until|so (?:that )?(?:it|the \w+|you|peaks|the peaks|true peaks)"
    r"|(?:lands?|landing) (?:at|on|near|around))\b[^.;]*?(?P<value>[+-]?\d+(?:\.\d+)?)\s?(?P<unit>LUFS|LKFS|dBTP)",
    re.IGNORECASE,
)

_Q_CUES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in (
        ("plr_db", r"\bplr\b|peak[- ]to[- ]loudness"),
        ("crest_db", r"\bcrest"),
        (
            "over_ceiling",
            r"ceiling by|over (?:the )?(?:[+-]?\d+(?:\.\d+)? ?dbtp )?ceiling|above (?:the )?ceiling|overshoots?",
        ),
        ("true_peak", r"true[- ]peaks?|inter-?sample"),
        ("short_term", r"short[- ]term|momentary|loudest (?:bar|section|part|moment|chorus)"),
        ("lra", r"\blra\b|loudness range|dynamic range|(?:loudness|dynamic) spread"),
        ("clipped", r"clipped|clips\b|clipping samples|samples? (?:at|over) full scale|flat tops"),
        ("dc", r"dc offset|\bdc\b"),
        (
            "low_end_corr",
            r"(?:low[- ]end|lows|low frequencies|bass|below \d+ ?hz|under \d+ ?hz|sub)(?:[^.;]|(?<=\d)\.(?=\d)){0,40}correlat"
            r"|correlat\w*(?:[^.;]|(?<=\d)\.(?=\d)){0,25}(?:low[- ]end|below \d+ ?hz|under \d+ ?hz|lows)",
        ),
        ("correlation", r"correlat\w*|phase meter"),
        ("width", r"\bwidth\b|side energy"),
        (
            "lr_balance",
            r"\b(?:left|right)\b(?: channel| side| speaker)?(?:[^.;]|(?<=\d)\.(?=\d)){0,25}(?:louder|quieter|hotter|softer)"
            r"|(?:louder|quieter)[^.;]{0,12}\b(?:left|right)\b|leans?[^.;]{0,12}(?:left|right)|(?:left[- ]right|l-r|l/r) balance",
        ),
        (
            "target_gap",
            r"(?:over|under|above|below|louder than|quieter than|hotter than|short of|past|from|off) (?:the |your )?(?:[\w]+'s |[\w]+ )?(?:spotify|apple|youtube|tidal|ebu|streaming|target|normali[sz]ation)"
            r"|^\s*(?:of )?(?:room|headroom|to go)\b[^.;]{0,30}?\b(?:spotify|apple|youtube|tidal|ebu|streaming|target)",
        ),
        ("fader", r"\bfader|\bvolume\b|\bgain knob"),
        ("meter", r"\bmeter|\bpeak(?:s|ing)?\b|\baverag\w*|\blevel\b|\breads?\b|\bhits?\b|\bhitting"),
        (
            "vs_mix",
            r"\b(?:louder|quieter|hotter|softer|lower|higher|buried|too (?:loud|quiet|hot|low|high)|under|over|above|below|up|down)\b[^.;]{0,40}\b(?:than|against|relative|compared|rest|usual\w*|typical\w*|should|supposed|where|the (?:kit|band|mix|others|track))|\b(?:buried|too (?:loud|quiet|hot|low))\b",
        ),
        ("integrated", r"integrated|overall loudness|\bloudness\b|\blufs-i\b"),
    )
)
_BAND_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (band, re.compile(pattern, re.IGNORECASE))
    for band, pattern in (
        ("sub", r"\bsub(?:-?bass)?\b|\bsubs\b|\blow(?:est)? lows\b"),
        (
            "bass",
            r"\blow[- ]end\b|\blows\b|\bbottom(?: end)?\b|\blow frequencies\b|\bbass (?:band|region|range|frequencies)\b|\bboom\w*",
        ),
        ("low_mid", r"\blow(?:er)?[- ]mids?\b|\blow[- ]midrange\b|\bmud\w*|\bbox\w*"),
        ("mid", r"(?<!low[- ])(?<!lower[- ])(?<!upper[- ])(?<!high[- ])\bmid(?:s|range)?\b"),
        ("high_mid", r"\b(?:upper|high)[- ]mids?\b|\bharsh\w*"),
        ("presence", r"\bpresence\b"),
        (
            "air",
            r"\bair\b|\btop[- ]end\b|\bhighs\b|\bhigh[- ]end\b|\btreble\b|\bbrilliance\b|\bsparkle\b|\bdull\w*",
        ),
    )
)
_WORD_REGION: dict[str, tuple[float, float]] = {**BANDS, "air": (6000.0, 20000.0)}
_TOP_END = re.compile(r"\btop[- ]end\b|\bhighs\b|\bhigh[- ]end\b|\btreble\b|\bdull", re.IGNORECASE)
_LOW_END = re.compile(r"\blow[- ]end\b|\blows\b|\bbottom\b|\blow frequencies\b", re.IGNORECASE)
_BAND_UP = re.compile(
    r"\b(?:too much|extra|heav\w*|hot\w*|above|over|more|excess\w*|bump|build[- ]?up|pile[- ]?up|boosted|loud\w*|forward|up|strong\w*|bigger)\b",
    re.IGNORECASE,
)
_BAND_DOWN = re.compile(
    r"\b(?:below|under|less|light\w*|shy|missing|lacking|lacks|short|down|dipped|quiet\w*|thin\w*|weak\w*|recessed|low|lower|too little|scooped)\b",
    re.IGNORECASE,
)
_BAND_REFERENCE = re.compile(
    r"\b(?:reference|balance|typical|curve|target|vs|versus|against|relative|compared)\b", re.IGNORECASE
)
_MORE = re.compile(r"\b(?:louder|hotter|higher|over|above|up|too (?:loud|hot|high))\b", re.IGNORECASE)
_LESS = re.compile(
    r"\b(?:quieter|softer|lower|under|below|buried|down|too (?:quiet|low|soft))\b", re.IGNORECASE
)
_LEFT = re.compile(r"\bleft\b", re.IGNORECASE)
_RIGHT = re.compile(r"\bright\b", re.IGNORECASE)
_HZ_AROUND = re.compile(r"\b(above|over|below|under)\s+(?:about |around |~)?$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Claim:
    """One number the answer states about the mix or a track, before it is held against the measurement.

    ``region_hz`` says where a band claim is about; ``target``/``target_unit`` what a whole-mix gain change
    aims at ("down 4 dB to land on -14 LUFS").
    """

    quantity: str
    track: str | None
    stated: float
    lo: float
    hi: float
    text: str
    region_hz: tuple[float, float] | None = None
    target: float | None = None
    target_unit: str | None = None
    platform: str | None = None
    sized: bool = (
        True  # a track move the answer ties to the track's level: its size is a claim, not just its way
    )


# ---------------------------------------------------------------- classification

_IMPERATIVE = re.compile(
    r"^\W*(?:(?:then|now|so|next|first|just|and|also|finally)\W+)?(?:put|check|try|aim|pull|bring|cut|boost|set|keep|use|add"
    r"|back|ease|turn|drop|push|make|leave|high-pass|low-pass|dip|notch|listen|play|loudness-match|watch|compare|flip"
    r"|toggle|take|give|pan|start|mono|get|ride|nudge|lower|raise|go|bounce|render|a/b|shoot|land|trim|automate|insert)\b",
    re.IGNORECASE,
)
_TRAILING_PUNCT = re.compile(r"[\s(\[,:'\"]+$")
_MASTER_OBJECT = re.compile(
    r"\b(?:master|limiter|output|mix|whole thing|everything|it all|the lot|bus|gain|ceiling|loudness)\b",
    re.IGNORECASE,
)
TAIL_CHARS = 150
"""How far back from a number its cues are looked for: cues sit next to what they name, and this bounds the work
on long sentences (the check must stay far under 5 ms per answer)."""
TRACK_REACH_CHARS = 200
"""How far back in its sentence a track name may still be what a number is about."""
UNITLESS_CUE_CHARS = 40
"""A number without a unit is a correlation, width, count or DC claim only when its cue is this close."""
EXPLICIT_CUE_CHARS = 45
"""How far from a dB number a quantity's name (PLR, crest, true peak...) may sit and still name it."""
MEMORY_SENTENCES = 1
""""it"/"its" may point back to a track named this many sentences earlier."""

_DB_EXPLICIT = ("plr_db", "crest_db", "over_ceiling", "true_peak", "lr_balance", "target_gap")
_SIMPLE = {"plr_db": "plr_db", "crest_db": "crest_db", "true_peak": "true_peak_dbtp"}


def _cue(pre: str, post: str, allowed: Sequence[str], post_chars: int = 60) -> tuple[str, int] | None:
    """The allowed quantity cue nearest the number: (name, distance in characters)."""
    best: tuple[str, int] | None = None
    for name, pattern in _Q_CUES:
        if name not in allowed:
            continue
        for m in pattern.finditer(pre):
            dist = len(pre) - m.end()
            if best is None or dist < best[1]:
                best = (name, dist)
        m = pattern.search(post[:post_chars])
        if m is not None and (best is None or m.start() < best[1]):
            best = (name, m.start())
    return best


def _is_target(pre: str, post: str, imperative: bool) -> bool:
    """Is the number a target, a ceiling, a reference or a convention rather than what was measured?"""
    tail = _TRAILING_PUNCT.sub("", pre)
    state = _STATE_CUES.search(tail)
    target = _TARGET_CUES.search(tail)
    if target is not None and (state is None or len(target.group(0)) > len(state.group(0))):
        return True
    if state is not None:
        return False
    return _TARGET_AFTER.search(post[:40]) is not None or imperative


def _platform(text: str) -> str | None:
    m = re.search(r"\b(spotify|apple|youtube|tidal|amazon|ebu|r128|cd)\b", text, re.IGNORECASE)
    if m is None:
        return None
    word = m.group(1).lower()
    return {"tidal": "youtube", "amazon": "youtube", "r128": "ebu"}.get(word, word)


def _sign(text: str, up: re.Pattern[str], down: re.Pattern[str], from_end: bool) -> float | None:
    """+1/-1 from the direction word nearest the number in ``text`` (which ends or starts at the number)."""
    hits = [(m.end(), 1.0) for m in up.finditer(text)] + [(m.end(), -1.0) for m in down.finditer(text)]
    if not hits:
        return None
    return (max(hits) if from_end else min(hits))[1]


def _signed(m: Mention, sign: float | None) -> tuple[float, float]:
    """The mention's range with the sign the words give it (an explicit + or - in the number wins)."""
    if m.signed or sign is None:
        return m.lo, m.hi
    lo, hi = sorted((sign * abs(m.lo), sign * abs(m.hi)))
    return lo, hi


@dataclass(slots=True)
class _Sentence:
    """One sentence being read: its numbers, its tracks, and the track "it" points to from before."""

    text: str
    mentions: list[Mention]
    groups: list[TrackRef]
    imperative: bool
    remembered: tuple[str, ...] | None
    previous: str = ""
    group_ends: list[int] = field(default_factory=list)
    hz: list[tuple[Mention, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.group_ends = [g.end for g in self.groups]
        self.hz = [
            (x, self.text[max(0, x.start - 12) : x.start]) for x in self.mentions if x.unit in ("hz", "khz")
        ]

    def window(self, i: int) -> tuple[str, str, str, str]:
        """(pre, pre_levels, post, clause) around mention ``i``: the words since the previous number, since the
        previous level (frequencies and times do not cut it), up to the clause end after it, and its clause."""
        m = self.mentions[i]
        prev_any = self.mentions[i - 1].end if i else 0
        levels = (
            self.mentions[j].end for j in range(i - 1, -1, -1) if self.mentions[j].unit not in NOT_LEVELS
        )
        prev_level = next(levels, 0)
        prev_level = max(prev_level, self.text.rfind(";", max(0, m.start - TAIL_CHARS), m.start) + 1)
        clause_end = _clause_end(self.text, m.end)
        post = self.text[m.end : min(clause_end, m.end + 60)]
        clause_start = max(_clause_start(self.text, m.start), m.start - TAIL_CHARS)
        clause = self.text[clause_start : min(clause_end, m.end + TAIL_CHARS)]
        pre = self.text[max(prev_any, m.start - TAIL_CHARS) : m.start]
        pre = pre[max(pre.rfind(":"), pre.rfind(";")) + 1 :]  # "on target: -14.0 LUFS" states the value
        return pre, self.text[max(prev_level, m.start - TAIL_CHARS) : m.start], post, clause

    def track_at(self, pos: int, clause_only: bool) -> tuple[str, ...] | None:
        """The tracks a number at ``pos`` is about: the nearest name, role word or pronoun before it (None: the
        mix or the master)."""
        lo = _clause_start(self.text, pos) if clause_only else max(0, pos - TRACK_REACH_CHARS)
        before = self.text[lo:pos]
        candidates: list[tuple[int, str, tuple[str, ...] | None]] = []
        last = bisect_right(self.group_ends, pos) - 1  # the nearest group that ends before the number
        if last >= 0 and self.groups[last].start >= lo:
            candidates.append((self.groups[last].end, "track", self.groups[last].names))
        for m in _PRONOUN.finditer(before):
            candidates.append((lo + m.end(), "pronoun", None))
        for m in _MASTER.finditer(before):
            candidates.append((lo + m.end(), "master", None))
        if not candidates:
            return None
        end, kind, names = max(candidates, key=lambda c: c[0])
        if kind == "track":
            return names
        if kind == "master":
            return None
        for j in range(
            bisect_right(self.group_ends, end) - 1, -1, -1
        ):  # "it": the last track not compared to
            g = self.groups[j]
            if not _OBJECT_BEFORE.search(self.text[max(0, g.start - 30) : g.start]):
                return g.names
        return self.remembered

    def explicit_track_in(self, start: int, end: int) -> bool:
        return any(start <= g.start and g.end <= end for g in self.groups)


def _snippet(sentence: str, start: int, end: int) -> str:
    """The words that make the claim: the number with up to ~30 characters of its clause on either side."""
    lo = max(_clause_start(sentence, start), start - 30)
    hi = min(_clause_end(sentence, end), end + 25)
    if lo > 0 and sentence[lo - 1].isalnum():  # do not start or end inside a word
        lo = sentence.find(" ", lo, start) + 1 or start
    if hi < len(sentence) and sentence[hi].isalnum():
        hi = sentence.rfind(" ", end, hi) if sentence.rfind(" ", end, hi) > 0 else end
    return " ".join(sentence[lo:hi].split()).strip(" ,;:").rstrip(".")


def _make(
    quantity: str, names: tuple[str, ...] | None, lo: float, hi: float, text: str, **extra: object
) -> list[Claim]:
    stated = round((lo + hi) / 2.0, 3)
    return [Claim(quantity, n, stated, lo, hi, text, **extra) for n in (names or (None,))]  # type: ignore[arg-type]


def _level_claims(s: _Sentence, i: int) -> list[Claim]:
    """LUFS, LU, dBTP and dBFS numbers: loudness, loudness against a target, LRA, peaks."""
    m = s.mentions[i]
    pre, pre_q, post, _ = s.window(i)
    text = _snippet(s.text, m.start, m.end)
    if m.unit in ("lufs", "lufs_st", "lu"):
        gap = _cue("", post, ("target_gap",), post_chars=40)
        if m.unit == "lu" and gap is None:
            gap = _cue(pre_q[-25:], "", ("target_gap",))
        if gap is not None and gap[1] <= 12:
            sign = _sign(post[:40], _MORE, _LESS, from_end=False) or _sign(
                pre_q[-30:], _MORE, _LESS, from_end=True
            )
            lo, hi = _signed(m, sign)
            return _make(
                "loudness_vs_target_lu", None, lo, hi, text, platform=_platform(pre_q[-40:] + " " + post)
            )
        if _is_target(pre, post, s.imperative):
            return []
        if m.unit == "lu":
            cue = _cue(pre_q, post, ("lra",))
            return _make("lra_lu", None, m.lo, m.hi, text) if cue is not None else []
        names = s.track_at(m.start, clause_only=True)
        if names:
            return _make("level_db", names, m.lo, m.hi, text)
        clause_pre = s.text[max(_clause_start(s.text, m.start), m.start - TAIL_CHARS) : m.start]
        short = m.unit == "lufs_st" or _Q_CUES_BY_NAME["short_term"].search(clause_pre + " " + post[:25])
        return _make("short_term_max_lufs" if short else "integrated_lufs", None, m.lo, m.hi, text)
    if _is_target(pre, post, s.imperative):
        return []
    if m.unit == "dbtp":
        return _make("true_peak_dbtp", None, m.lo, m.hi, text)
    # dbfs: a track's meter, else the mix's sample (or, when named, true) peak
    cue = _cue(pre_q, post, ("true_peak",), post_chars=20)
    if cue is not None and cue[1] <= EXPLICIT_CUE_CHARS:
        return _make("true_peak_dbtp", None, m.lo, m.hi, text)
    if re.search(r"sample peak", pre_q + post[:20], re.IGNORECASE) is None:
        names = s.track_at(m.start, clause_only=True)
        if names:
            return _make("level_db", names, m.lo, m.hi, text)
    return _make("sample_peak_dbfs", None, m.lo, m.hi, text)


def _unitless_claims(s: _Sentence, i: int) -> list[Claim]:
    """Numbers without a unit: correlation, width, a count of clipped samples, a DC offset."""
    m = s.mentions[i]
    pre, _, post, clause = s.window(i)
    names = ("correlation", "width", "clipped", "dc")
    # the cue before the number, else one right after it ("37 clipped samples", "0.97 correlation")
    cue = _cue(pre[-UNITLESS_CUE_CHARS:], "", names) or _cue("", post[:25], names)
    if cue is None or (cue[1] > 3 and _cue(pre[-UNITLESS_CUE_CHARS:], "", names) is None):
        return []
    name = cue[0]
    if re.search(r"\bq\W{0,4}$|\bq of\s*$", pre, re.IGNORECASE) or re.match(r"\s*(?:per|a|each|/)\s*s", post):
        return []  # "a wide Q (~1)", "456 per second"
    if name == "clipped" and _cue("", post[:4], (name,)) is None and cue[1] > 15:
        return []
    if name == "clipped":
        pre = re.sub(r"\b(?:over|more than|above|nearly|almost|about|around)\s*$", "", pre.rstrip())
    if _is_target(pre, post, s.imperative):
        return []
    text = _snippet(s.text, m.start, m.end)
    if name == "correlation" and -1.0 <= m.lo <= m.hi <= 1.0:
        low = _Q_CUES_BY_NAME["low_end_corr"].search(clause)
        return _make("stereo.low_end_correlation" if low else "stereo.correlation", None, m.lo, m.hi, text)
    if name == "width" and 0.0 <= m.lo <= m.hi <= 1.0:
        return _make("stereo.width", None, m.lo, m.hi, text)
    if name == "clipped" and m.lo >= 0 and float(m.lo).is_integer():
        return _make("clipped_samples", None, m.lo, m.hi, text)
    if name == "dc" and abs(m.value) < 1.0:
        return _make("dc_offset", None, m.lo, m.hi, text)
    return []


def _change_claims(s: _Sentence, i: int, change: re.Match[str]) -> list[Claim]:
    """A fader or gain move: checked on a track (against its measured imbalance) or on the whole mix when the
    sentence says what level the move should reach."""
    m = s.mentions[i]
    sign = -1.0 if _DOWN.search(change.group(0)) else 1.0
    lo, hi = sorted((sign * abs(m.lo), sign * abs(m.hi)))
    text = _snippet(s.text, change.start(), m.end)
    obj_start, obj_end = change.start("obj"), change.end("obj")
    obj = change.group("obj")
    if _MASTER_OBJECT.search(obj) is None:
        names = (
            s.track_at(obj_end, clause_only=False)
            if (s.explicit_track_in(obj_start, obj_end) or _PRONOUN.search(obj) or not obj.strip())
            else None
        )
        if names:
            sized = _LEVEL_FRAMING.search(s.text) or _LEVEL_FRAMING.search(s.previous)
            return _make("gain_change_db", names, lo, hi, text, sized=bool(sized))
    goal = _PURPOSE_TARGET.search(s.text, m.end, m.end + TAIL_CHARS)
    if goal is None:
        return []
    unit = "lufs" if goal.group("unit").lower() in ("lufs", "lkfs") else "dbtp"
    return _make("gain_change_db", None, lo, hi, text, target=float(goal.group("value")), target_unit=unit)


def _db_claims(s: _Sentence, i: int) -> list[Claim]:
    """Plain dB numbers: PLR, crest, peaks, balance, a band's level, a track's fader, meter or imbalance, a move."""
    m = s.mentions[i]
    pre, pre_q, post, clause = s.window(i)
    text = _snippet(s.text, m.start, m.end)
    clause_pre = s.text[max(_clause_start(s.text, m.start), m.start - len(pre_q)) : m.start]
    cue = _cue(clause_pre, post, _DB_EXPLICIT)
    lr = _Q_CUES_BY_NAME["lr_balance"].search(clause)
    if lr is not None:
        if re.search(r"balance", lr.group(0), re.IGNORECASE):
            return _make("stereo.lr_balance_db", None, m.lo, m.hi, text)  # "L-R balance +2.6 dB": as written
        on = re.search(r"(louder|quieter) (?:on|in) the (left|right)", clause, re.IGNORECASE)
        side = on.group(2) if on else re.search(r"\b(left|right)\b", clause, re.IGNORECASE).group(1)  # type: ignore[union-attr]
        quieter = re.search(r"quieter|softer", on.group(1) if on else lr.group(0), re.IGNORECASE) is not None
        sign = (1.0 if side.lower() == "left" else -1.0) * (-1.0 if quieter else 1.0)
        lo, hi = _signed(m, sign)
        return _make("stereo.lr_balance_db", None, lo, hi, text)
    if cue is not None and cue[1] <= EXPLICIT_CUE_CHARS and cue[0] != "lr_balance":
        name = cue[0]
        if name == "target_gap":
            sign = _sign(post[:40], _MORE, _LESS, from_end=False) or _sign(
                pre_q[-30:], _MORE, _LESS, from_end=True
            )
            if _ROOM_TO_TARGET.match(post):  # "2 dB of room before you hit the target": under it
                sign = -1.0
            lo, hi = _signed(m, sign)
            return _make("loudness_vs_target_lu", None, lo, hi, text, platform=_platform(pre_q[-40:] + post))
        if name == "over_ceiling":
            sign = -1.0 if re.search(r"\bunder|below\b", pre_q[-30:] + post[:30], re.IGNORECASE) else 1.0
            lo, hi = _signed(m, sign)
            return _make("true_peak_over_ceiling_db", None, lo, hi, text)
        if _is_target(pre, post, s.imperative):
            return []
        return _make(_SIMPLE[name], None, m.lo, m.hi, text)
    tail = _TRAILING_PUNCT.sub("", pre)
    if _ADVICE_BEFORE.search(tail) or _ADVICE_AFTER.search(post):
        return []
    change = _CHANGE.search(s.text, max(0, m.start - TAIL_CHARS), m.start)
    if change is not None and change.group("dir"):
        return _change_claims(s, i, change)
    if _is_target(pre, post, s.imperative):
        return []
    clause_start = _clause_start(s.text, m.start)
    region = _region(pre_q, post, m, s.hz)
    if region is not None:
        if s.explicit_track_in(clause_start, m.start):
            return []  # a band of one track: not measured per track, so not held against anything
        sign = _sign(post[:30], _BAND_UP, _BAND_DOWN, from_end=False)
        if sign is None:
            sign = _sign(pre_q[-20:], _BAND_UP, _BAND_DOWN, from_end=True)
        if sign is not None or m.signed or _BAND_REFERENCE.search(post[:40]):
            lo, hi = _signed(m, sign)
            return _make(f"balance_vs_target_db.{region[0]}", None, lo, hi, text, region_hz=region[1])
    names = s.track_at(m.start, clause_only=False)
    if names:
        nearby = re.split(r"\s(?:and|but|with)\s|[+-]?\d", post, maxsplit=1)[0]
        if re.match(r"\s*(?:up|down|hot|loud|quiet|low|high)\b", nearby, re.IGNORECASE):
            lo, hi = _signed(
                m,
                _sign(nearby[:10], _MORE, _LESS, from_end=False)
                or _sign(nearby[:10], re.compile("hot|loud|high"), re.compile("quiet|low"), False),
            )
            return _make("vs_mix_db", names, lo, hi, text)
        cue = _cue(pre_q, nearby, ("fader", "vs_mix", "meter"), post_chars=50)
        if cue is not None:
            if cue[0] == "vs_mix":
                sign = _sign(post[:30], _MORE, _LESS, from_end=False)
                if sign is None:
                    sign = _sign(pre_q[-40:], _MORE, _LESS, from_end=True)
                lo, hi = _signed(m, sign)
                return _make("vs_mix_db", names, lo, hi, text)
            return _make("volume_db" if cue[0] == "fader" else "level_db", names, m.lo, m.hi, text)
        if _STATE_CUES.search(tail):
            return _make("volume_db", names, m.lo, m.hi, text)
        return []
    if _MASTER.search(pre_q) and _cue(pre_q, post, ("fader",)) is not None:
        return _make("volume_db", None, m.lo, m.hi, text)
    return []


def _region(
    pre: str, post: str, m: Mention, hz: list[tuple[Mention, str]]
) -> tuple[str, tuple[float, float]] | None:
    """(band label, Hz range) a balance claim is about: the band word or frequency nearest the number."""
    best: tuple[int, str, tuple[float, float]] | None = None
    for text, before in ((pre, True), (post, False)):
        for band, pattern in _BAND_WORDS:
            for w in pattern.finditer(text):
                dist = len(text) - w.end() if before else w.start()
                lo_hi = _WORD_REGION[band]
                if band == "air" and _TOP_END.search(w.group(0)):
                    lo_hi = (4000.0, 20000.0)
                elif band == "bass" and _LOW_END.search(w.group(0)):
                    lo_hi = (20.0, 250.0)
                if best is None or dist < best[0]:
                    best = (dist, band, lo_hi)
    for x, lead in hz:
        if x.end <= m.start:
            dist = m.start - x.end
            if dist > len(pre):
                continue
        else:
            dist = x.start - m.end
            if dist > len(post):
                continue
        scale = 1000.0 if x.unit == "khz" else 1.0
        lo, hi = x.lo * scale, x.hi * scale
        side = _HZ_AROUND.search(lead)
        if side is not None and side.group(1).lower() in ("above", "over"):
            hi = 20000.0
        elif side is not None:
            lo = 20.0
        elif lo == hi:
            lo, hi = lo / 1.12, hi * 1.12
        label = max(BANDS, key=lambda b: min(hi, BANDS[b][1]) - max(lo, BANDS[b][0]))
        if best is None or dist < best[0]:
            best = (dist, label, (lo, hi))
    return None if best is None else (best[1], best[2])


_Q_CUES_BY_NAME = dict(_Q_CUES)


def extract_claims(text: str, tracks: TrackIndex) -> list[Claim]:
    """Every numeric claim of ``text`` about the mix or a track, in order of appearance."""
    claims: list[Claim] = []
    remembered: tuple[str, ...] | None = None
    previous = ""
    age = MEMORY_SENTENCES + 1
    for _, raw in sentences(_normalise(text)):
        s = _Sentence(
            raw,
            mentions(raw),
            tracks.find(raw),
            bool(_IMPERATIVE.match(raw)),
            remembered if age <= MEMORY_SENTENCES else None,
            previous,
        )
        previous = raw
        general = _GENERAL.search(raw)
        for i, m in enumerate(s.mentions):
            if m.unit in NOT_LEVELS or (general is not None and general.start() < m.start):
                continue
            if m.unit in ("lufs", "lufs_st", "lu", "dbtp", "dbfs"):
                claims.extend(_level_claims(s, i))
            elif m.unit == "db":
                claims.extend(_db_claims(s, i))
            else:
                claims.extend(_unitless_claims(s, i))
        if s.groups:
            remembered, age = s.groups[-1].names, 0
        else:
            age += 1
    return claims
