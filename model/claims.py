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
pass: about a millisecond per answer (benchmarks/claim_checks.py). The reading (sentences, numbers, tracks) is
model/claim_text.py; the cue words are model/claim_cues.py.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from companion.knowledge.bands import BANDS
from model.claim_cues import (
    ADVICE_AFTER,
    ADVICE_BEFORE,
    BAND_DOWN,
    BAND_REFERENCE,
    BAND_UP,
    BAND_WORDS,
    CHANGE,
    GENERAL,
    HZ_AROUND,
    IMPERATIVE,
    LESS,
    LEVEL_FRAMING,
    LOW_END,
    MASTER_OBJECT,
    MORE,
    PURPOSE_TARGET,
    Q_CUES,
    Q_CUES_BY_NAME,
    ROOM_TO_TARGET,
    STATE_CUES,
    TARGET_AFTER,
    TARGET_CUES,
    TOP_END,
    UP,
    WORD_REGION,
)
from model.claim_text import (
    MASTER,
    NOT_LEVELS,
    OBJECT_BEFORE,
    PRONOUN,
    Mention,
    TrackIndex,
    TrackRef,
    clause_end,
    clause_start,
    mentions,
    normalise,
    sentences,
)


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
    # a track move the answer ties to the track's level: its size is a claim, not just its direction
    sized: bool = True
    # track_vs_track_db: the track the number compares ``track`` with ("louder than 'Kick' there"); "lead"
    # for "your lead"; None when the sentence names it earlier only by the first comparison
    other: str | None = None


# ---------------------------------------------------------------- classification

_TRAILING_PUNCT = re.compile(r"[\s(\[,:'\"]+$")
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


_NEXT_CLAIM = re.compile(r"\s(?:and|but|while|with)\s", re.IGNORECASE)


def _own_post(post: str) -> str:
    """The words after a number up to the next conjunction: a name after "and" ("crest 15 dB and PLR
    14 dB") belongs to the next claim, not to this one."""
    return _NEXT_CLAIM.split(post, maxsplit=1)[0]


def _cue(pre: str, post: str, allowed: Sequence[str], post_chars: int = 60) -> tuple[str, int] | None:
    """The allowed quantity cue nearest the number: (name, distance in characters)."""
    best: tuple[str, int] | None = None
    for name, pattern in Q_CUES:
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
    state = STATE_CUES.search(tail)
    target = TARGET_CUES.search(tail)
    if target is not None and (state is None or len(target.group(0)) > len(state.group(0))):
        return True
    if state is not None:
        return False
    return TARGET_AFTER.search(post[:40]) is not None or imperative


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
    compared_with: str | None = None  # the other track of this sentence's last "N dB louder than X"

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
        end = clause_end(self.text, m.end)
        post = self.text[m.end : min(end, m.end + 60)]
        start = max(clause_start(self.text, m.start), m.start - TAIL_CHARS)
        clause = self.text[start : min(end, m.end + TAIL_CHARS)]
        pre = self.text[max(prev_any, m.start - TAIL_CHARS) : m.start]
        pre = pre[max(pre.rfind(":"), pre.rfind(";")) + 1 :]  # "on target: -14.0 LUFS" states the value
        return pre, self.text[max(prev_level, m.start - TAIL_CHARS) : m.start], post, clause

    def track_at(self, pos: int, clause_only: bool) -> tuple[str, ...] | None:
        """The tracks a number at ``pos`` is about: the nearest name, role word or pronoun before it (None: the
        mix or the master)."""
        lo = clause_start(self.text, pos) if clause_only else max(0, pos - TRACK_REACH_CHARS)
        before = self.text[lo:pos]
        candidates: list[tuple[int, str, tuple[str, ...] | None]] = []
        last = bisect_right(self.group_ends, pos) - 1  # the nearest group that ends before the number
        if last >= 0 and self.groups[last].start >= lo:
            candidates.append((self.groups[last].end, "track", self.groups[last].names))
        for m in PRONOUN.finditer(before):
            candidates.append((lo + m.end(), "pronoun", None))
        for m in MASTER.finditer(before):
            candidates.append((lo + m.end(), "master", None))
        if not candidates:
            return None
        end, kind, names = max(candidates, key=lambda c: c[0])
        if kind == "track":
            return names
        if kind == "master":
            return None
        for j in range(bisect_right(self.group_ends, end) - 1, -1, -1):
            g = self.groups[j]  # "it": the last track named, unless named as what it is compared to
            if not OBJECT_BEFORE.search(self.text[max(0, g.start - 30) : g.start]):
                return g.names
        return self.remembered

    def explicit_track_in(self, start: int, end: int) -> bool:
        return any(start <= g.start and g.end <= end for g in self.groups)


def _snippet(sentence: str, start: int, end: int) -> str:
    """The words that make the claim: the number with up to ~30 characters of its clause on either side."""
    lo = max(clause_start(sentence, start), start - 30)
    hi = min(clause_end(sentence, end), end + 25)
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
            sign = _sign(post[:40], MORE, LESS, from_end=False) or _sign(
                pre_q[-30:], MORE, LESS, from_end=True
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
        clause_pre = s.text[max(clause_start(s.text, m.start), m.start - TAIL_CHARS) : m.start]
        short = m.unit == "lufs_st" or Q_CUES_BY_NAME["short_term"].search(clause_pre + " " + post[:25])
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
        low = Q_CUES_BY_NAME["low_end_corr"].search(clause)
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
    way = change.group("dir").lower()
    tail = s.text[change.end("dir") : m.start]
    down = way in ("down", "off", "quieter", "lower") or (way == "back" and UP.search(tail) is None)
    sign = -1.0 if down else 1.0
    lo, hi = sorted((sign * abs(m.lo), sign * abs(m.hi)))
    text = _snippet(s.text, change.start(), m.end)
    obj_start, obj_end = change.start("obj"), change.end("obj")
    obj = change.group("obj")
    if MASTER_OBJECT.search(obj) is None:
        names = (
            s.track_at(obj_end, clause_only=False)
            if (s.explicit_track_in(obj_start, obj_end) or PRONOUN.search(obj) or not obj.strip())
            else None
        )
        if names:
            sized = LEVEL_FRAMING.search(s.text) or LEVEL_FRAMING.search(s.previous)
            return _make("gain_change_db", names, lo, hi, text, sized=bool(sized))
    goal = PURPOSE_TARGET.search(s.text, m.end, m.end + TAIL_CHARS)
    if goal is None:
        return []
    unit = "lufs" if goal.group("unit").lower() in ("lufs", "lkfs") else "dbtp"
    return _make("gain_change_db", None, lo, hi, text, target=float(goal.group("value")), target_unit=unit)


_RELATION = re.compile(
    r"\s*(?P<dir>louder|quieter|softer|under|over|above|below|lower|higher)\b(?:\s+than)?",
    re.IGNORECASE,
)
_RELATION_UP = ("louder", "over", "above", "higher")
RELATION_REACH_CHARS = 30
"""How far after "N dB louder than" the other track's name may start (only "your"/"the" and a quote between)."""


def _relation_claims(s: _Sentence, i: int, post: str) -> list[Claim] | None:
    """ "'808' is 4 dB louder than 'Kick' there", "'Gtr R' 15 dB louder", "'Keys' sits 13 dB under your lead
    vocal": one track against another (in a band, or in loudness), not against the mix. None: not such a claim."""
    m = s.mentions[i]
    rel = _RELATION.match(post)
    if rel is None:
        return None
    after = m.end + rel.end()
    other = next(
        (
            g.names[0]
            for g in s.groups
            if after <= g.start <= after + RELATION_REACH_CHARS
            and len(g.names) == 1
            and re.fullmatch(r"\s*(?:your\s+|the\s+)?['\"]?", s.text[after : g.start], re.IGNORECASE)
        ),
        None,
    )
    if other is None and re.match(r"\s+(?:your|the)\s+lead\b", s.text[after : after + 20], re.IGNORECASE):
        other = "lead"
    if other is None and not (s.compared_with and rel.group(0).strip().lower() == rel.group("dir").lower()):
        return None  # "'Gtr R' 15 dB louder" only continues a comparison made earlier in the sentence
    other = other or s.compared_with
    s.compared_with = other
    names = s.track_at(m.start, clause_only=True)
    if not names:
        return []
    sign = 1.0 if rel.group("dir").lower() in _RELATION_UP else -1.0
    lo, hi = _signed(m, sign)
    return _make("track_vs_track_db", names, lo, hi, _snippet(s.text, m.start, m.end), other=other)


def _db_claims(s: _Sentence, i: int) -> list[Claim]:
    """Plain dB numbers: PLR, crest, peaks, balance, a band's level, a track's fader, meter or imbalance, a move."""
    m = s.mentions[i]
    pre, pre_q, post, clause = s.window(i)
    text = _snippet(s.text, m.start, m.end)
    relation = _relation_claims(s, i, post)
    if relation is not None:
        return relation
    clause_pre = s.text[max(clause_start(s.text, m.start), m.start - len(pre_q)) : m.start]
    cue = _cue(clause_pre, _own_post(post), _DB_EXPLICIT)
    lr = Q_CUES_BY_NAME["lr_balance"].search(clause)
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
            sign = _sign(post[:40], MORE, LESS, from_end=False) or _sign(
                pre_q[-30:], MORE, LESS, from_end=True
            )
            if ROOM_TO_TARGET.match(post):  # "2 dB of room before you hit the target": under it
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
    if ADVICE_BEFORE.search(tail) or ADVICE_AFTER.search(post):
        return []
    change = CHANGE.search(s.text, max(0, m.start - TAIL_CHARS), m.start)
    if change is not None and change.group("dir"):
        return _change_claims(s, i, change)
    if _is_target(pre, post, s.imperative):
        return []
    start = clause_start(s.text, m.start)
    region = _region(pre_q, post, m, s.hz)
    if region is not None:
        if s.explicit_track_in(start, m.start):
            return []  # a band of one track: not measured per track, so not held against anything
        sign = _sign(post[:30], BAND_UP, BAND_DOWN, from_end=False)
        if sign is None:
            sign = _sign(pre_q[-20:], BAND_UP, BAND_DOWN, from_end=True)
        if sign is not None or m.signed or BAND_REFERENCE.search(post[:40]):
            lo, hi = _signed(m, sign)
            return _make(f"balance_vs_target_db.{region[0]}", None, lo, hi, text, region_hz=region[1])
    names = s.track_at(m.start, clause_only=False)
    if names:
        nearby = re.split(r"\s(?:and|but|with)\s|[+-]?\d", post, maxsplit=1)[0]
        if re.match(r"\s*(?:up|down|hot|loud|quiet|low|high)\b", nearby, re.IGNORECASE):
            lo, hi = _signed(
                m,
                _sign(nearby[:10], MORE, LESS, from_end=False)
                or _sign(nearby[:10], re.compile("hot|loud|high"), re.compile("quiet|low"), False),
            )
            return _make("vs_mix_db", names, lo, hi, text)
        cue = _cue(pre_q, nearby, ("fader", "vs_mix", "meter"), post_chars=50)
        if cue is not None:
            if cue[0] == "vs_mix":
                sign = _sign(post[:30], MORE, LESS, from_end=False)
                if sign is None:
                    sign = _sign(pre_q[-40:], MORE, LESS, from_end=True)
                lo, hi = _signed(m, sign)
                return _make("vs_mix_db", names, lo, hi, text)
            return _make("volume_db" if cue[0] == "fader" else "level_db", names, m.lo, m.hi, text)
        if STATE_CUES.search(tail):
            return _make("volume_db", names, m.lo, m.hi, text)
        return []
    if MASTER.search(pre_q) and _cue(pre_q, post, ("fader",)) is not None:
        return _make("volume_db", None, m.lo, m.hi, text)
    return []


def _region(
    pre: str, post: str, m: Mention, hz: list[tuple[Mention, str]]
) -> tuple[str, tuple[float, float]] | None:
    """(band label, Hz range) a balance claim is about: the band word or frequency nearest the number."""
    best: tuple[int, str, tuple[float, float]] | None = None
    for text, before in ((pre, True), (post, False)):
        for band, pattern in BAND_WORDS:
            for w in pattern.finditer(text):
                dist = len(text) - w.end() if before else w.start()
                lo_hi = WORD_REGION[band]
                if band == "air" and TOP_END.search(w.group(0)):
                    lo_hi = (4000.0, 20000.0)
                elif band == "bass" and LOW_END.search(w.group(0)):
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
        side = HZ_AROUND.search(lead)
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


def extract_claims(text: str, tracks: TrackIndex) -> list[Claim]:
    """Every numeric claim of ``text`` about the mix or a track, in order of appearance."""
    claims: list[Claim] = []
    remembered: tuple[str, ...] | None = None
    previous = ""
    age = MEMORY_SENTENCES + 1
    for _, raw in sentences(normalise(text)):
        s = _Sentence(
            raw,
            mentions(raw),
            tracks.find(raw),
            bool(IMPERATIVE.match(raw)),
            remembered if age <= MEMORY_SENTENCES else None,
            previous,
        )
        previous = raw
        general = GENERAL.search(raw)
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
