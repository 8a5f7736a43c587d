"""Mixing knowledge the advice is grounded in: loudness targets, bands, instrument frequency areas,
track-name roles, per-instrument starting points from real mixes (MixologyDB) and technique notes.

A leaf: it imports only companion.context/errors, the standard library and numpy. The JSON tables in
``companion/data/`` are read on first use and cached, so importing this module costs nothing; where each
table comes from is in ``companion/data/README.md``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from companion.context import BAND_NAMES, Topic
from companion.errors import BadInput, MixAssistError

DATA_DIR = Path(__file__).resolve().parent / "data"
PRIORS_FILE = DATA_DIR / "mixology_priors.json"
AREAS_FILE = DATA_DIR / "frequency_areas.json"
TECHNIQUES_FILE = DATA_DIR / "techniques.json"


class UnknownName(BadInput):
    """A target, role or technique name that is not in its closed set (one line listing the valid names)."""


def _unknown(what: str, name: str, valid: Any) -> UnknownName:
    return UnknownName(f"unknown {what} {name!r}; choose one of: {', '.join(sorted(valid))}")


# ---------------------------------------------------------------- loudness targets


@dataclass(frozen=True, slots=True)
class LoudnessTarget:
    """Where a master should land for one destination (integrated LUFS per ITU-R BS.1770-4)."""

    name: str
    integrated_lufs: float
    true_peak_max_dbtp: float
    tolerance_lu: float
    source: str
    normalised: bool = True  # False: nobody turns it down for you (a convention, not a standard)

    @property
    def range_lufs(self) -> tuple[float, float]:
        """The acceptable integrated loudness, quietest to loudest."""
        return (self.integrated_lufs - self.tolerance_lu, self.integrated_lufs + self.tolerance_lu)


LOUDNESS_TARGETS: dict[str, LoudnessTarget] = {
    t.name: t
    for t in (
        LoudnessTarget(
            "spotify", -14.0, -1.0, 1.0,
            "Spotify for Artists, loudness normalization: -14 LUFS default, <= -1 dBTP (-2 dBTP if louder)",
        ),
        LoudnessTarget("apple", -16.0, -1.0, 1.0, "Apple Music Sound Check, ~-16 LUFS, aligned with AES TD1008"),
        LoudnessTarget("youtube", -14.0, -1.0, 1.0, "YouTube/Tidal/Amazon ~-14 LUFS (third-party tables)"),
        LoudnessTarget("ebu", -23.0, -1.0, 1.0, "EBU R128 (Tech 3341/3342): -23 LUFS +-1 LU, <= -1 dBTP"),
        LoudnessTarget(
            "cd", -10.5, -0.3, 1.5,
            "no normalisation on CD: a modern pop/rock master convention of -9 to -12 LUFS, <= -0.3 dBTP "
            "(a convention, not a standard)",
            normalised=False,
        ),
    )
}  # fmt: skip


def loudness_target(name: str) -> LoudnessTarget:
    """The target called ``name`` (spotify, apple, youtube, ebu, cd); BadInput listing them otherwise."""
    target = LOUDNESS_TARGETS.get(str(name).strip().lower())
    if target is None:
        raise _unknown("loudness target", name, LOUDNESS_TARGETS)
    return target


# ---------------------------------------------------------------- bands

BANDS: dict[str, tuple[float, float]] = {
    "sub": (20.0, 60.0),
    "bass": (60.0, 250.0),
    "low_mid": (250.0, 500.0),
    "mid": (500.0, 2000.0),
    "high_mid": (2000.0, 4000.0),
    "presence": (4000.0, 6000.0),
    "air": (6000.0, 20000.0),
}
assert tuple(BANDS) == BAND_NAMES

BAND_DESCRIPTIONS: dict[str, str] = {
    "sub": "sub: 20-60 Hz, the rumble you feel more than hear",
    "bass": "bass: 60-250 Hz, the weight of kick and bass",
    "low_mid": "low_mid: 250-500 Hz, where mud builds up",
    "mid": "mid: 500 Hz-2 kHz, the body of most instruments, and boxiness",
    "high_mid": "high_mid: 2-4 kHz, bite and clarity, and where harshness tires the ear",
    "presence": "presence: 4-6 kHz, what puts a sound up front",
    "air": "air: 6-20 kHz, sparkle and sibilance",
}


def band_of(freq_hz: float) -> str:
    """The contract band a frequency falls in (below 20 Hz counts as sub, above 20 kHz as air)."""
    for name, (_, hi_hz) in BANDS.items():
        if freq_hz < hi_hz:
            return name
    return "air"


# ---------------------------------------------------------------- data files (read once, on first use)


@cache
def _load_json(path: Path) -> dict[str, Any]:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise MixAssistError(
            f"knowledge table {path.name} is missing or broken ({exc}); reinstall the package"
        ) from exc


def priors_table() -> dict[str, Any]:
    """The derived MixologyDB table as committed (``python -m companion.knowledge_build`` writes it)."""
    return _load_json(PRIORS_FILE)


class _LazyTable(Mapping[str, Any]):
    """A read-only mapping built on first access, so importing this module reads no file."""

    def __init__(self, build: Any) -> None:
        self._build = build
        self._data: dict[str, Any] | None = None

    def _table(self) -> dict[str, Any]:
        if self._data is None:
            self._data = self._build()
        return self._data

    def __getitem__(self, key: str) -> Any:
        return self._table()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._table())

    def __len__(self) -> int:
        return len(self._table())


# ---------------------------------------------------------------- instrument roles

ROLES: tuple[str, ...] = (
    "kick", "snare", "hihat", "toms", "overheads", "room", "percussion", "drum_bus", "bass",
    "electric_guitar", "acoustic_guitar", "keys", "synth", "lead_vocal", "backing_vocal", "fx_return", "other",
)  # fmt: skip

ROLE_TOPICS: dict[str, Topic] = {
    **dict.fromkeys(ROLES[:8], Topic.DRUMS), "bass": Topic.BASS, "electric_guitar": Topic.GUITARS,
    "acoustic_guitar": Topic.GUITARS, "keys": Topic.KEYS, "synth": Topic.KEYS, "lead_vocal": Topic.VOCALS,
    "backing_vocal": Topic.VOCALS, "fx_return": Topic.OVERALL_MIX, "other": Topic.OVERALL_MIX,
}  # fmt: skip
assert set(ROLE_TOPICS) == set(ROLES) and ROLES[7] == "drum_bus"

ROLES_FILE = DATA_DIR / "roles.json"
ROLE_WORDS: Mapping[str, str] = _LazyTable(lambda: dict(_load_json(ROLES_FILE)["words"]))
"""How to say a role in a sentence, plural: "kick drums", "lead vocals"."""


@cache
def _role_rules() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(role, pattern) in the order of ``data/roles.json``: first match wins (the file says why the order)."""
    return tuple((role, re.compile(pattern)) for role, pattern in _load_json(ROLES_FILE)["rules"])


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=[0-9])|(?<=[0-9])(?=[A-Za-z])")


def _normalise_name(track_name: str) -> str:
    """'KickIn_15' -> 'kick in 15', 'LdVox.cmp' -> 'ld vox cmp', 'OH L' -> 'oh l', 'Hi-Hat' -> 'hi hat'."""
    spaced = _CAMEL.sub(" ", track_name)
    return " ".join(re.sub(r"[^a-z0-9]+", " ", spaced.lower()).split())


def instrument_role(track_name: str) -> str | None:
    """Guess a track's role (one of ``ROLES``) from its REAPER name, or None when the name says nothing.

    Names are free text ("Kick In", "BV 1", "Gtr L"), so this is a best guess; the caller should let the
    user correct it. Matching runs on the raw name split at camelCase and digits, then on the whole
    lower-cased name, so both "LdVox" and "LDVOX" work.
    """
    if not isinstance(track_name, str) or not track_name.strip():
        return None
    candidates = [
        _normalise_name(track_name),
        " ".join(re.sub(r"[^a-z0-9]+", " ", track_name.lower()).split()),
    ]
    for role, pattern in _role_rules():
        if any(pattern.search(text) for text in candidates):
            return role
    return None


def role_topic(role: str) -> Topic:
    """The MixAssist topic a role belongs to (kick -> drums, synth -> keys, fx_return -> overall_mix)."""
    topic = ROLE_TOPICS.get(role)
    if topic is None:
        raise _unknown("instrument role", role, ROLES)
    return topic


# ---------------------------------------------------------------- instrument frequency areas


@dataclass(frozen=True, slots=True)
class FrequencyArea:
    """A range engineers name on an instrument ("kick punch: 60-100 Hz"), with what it does."""

    name: str
    lo_hz: float
    hi_hz: float
    note: str
    source: str

    def describe(self) -> str:
        return f"{self.name} {_hz(self.lo_hz)}-{_hz(self.hi_hz)}: {self.note}"


# roles without their own entry borrow the nearest instrument's areas
_AREA_ALIASES = {"backing_vocal": "lead_vocal", "synth": "keys", "room": "overheads", "percussion": "hihat"}


def _build_areas() -> dict[str, tuple[FrequencyArea, ...]]:
    data = _load_json(AREAS_FILE)
    src = data["sources"]
    return {
        key: tuple(
            FrequencyArea(a["name"], float(a["lo_hz"]), float(a["hi_hz"]), a["note"], src[a["source"]])
            for a in areas
        )
        for key, areas in data["areas"].items()
    }


INSTRUMENT_AREAS: Mapping[str, tuple[FrequencyArea, ...]] = _LazyTable(_build_areas)
"""Frequency areas by role (kick, snare, ... lead_vocal) plus "general" (mud, boxiness, harshness...)."""


def frequency_areas(role: str) -> tuple[FrequencyArea, ...]:
    """The named areas of a role's instrument, or the general ones (drum bus, fx return, other)."""
    if role != "general" and role not in ROLE_TOPICS:
        raise _unknown("instrument role", role, ROLES)
    key = _AREA_ALIASES.get(role, role)
    return INSTRUMENT_AREAS.get(key) or INSTRUMENT_AREAS["general"]


# ---------------------------------------------------------------- starting points from real mixes

MIN_QUOTABLE_N = 5  # fewer samples than this are shown with their count but never quoted as typical


def _hz(x: float) -> str:
    return f"{x / 1000:.3g} kHz" if x >= 1000 else f"{x:.0f} Hz"


def _n(x: float) -> str:
    """A number as people say it: 109, 7.8, 3 (no trailing .0)."""
    return f"{x:.0f}" if abs(x) >= 100 else f"{x:.1f}".removesuffix(".0")


@dataclass(frozen=True, slots=True)
class Spread:
    """Median and interquartile range of ``n`` values from real mixes."""

    median: float
    q1: float
    q3: float
    n: int

    @classmethod
    def of(cls, data: dict[str, Any] | None) -> Spread | None:
        return (
            None
            if not data
            else cls(float(data["median"]), float(data["q1"]), float(data["q3"]), int(data["n"]))
        )

    def says(self, unit: str = "") -> str:
        """'95 Hz (IQR 70-120)', or '3 ms' when all agree."""
        fmt = _hz if unit == "Hz" else (lambda x: f"{_n(x)}{' ' + unit if unit else ''}")
        if self.q1 == self.q3:
            return fmt(self.median)
        low = _n(self.q1) if unit != "Hz" or self.q3 < 1000 else _hz(self.q1)
        dash = "-" if self.q1 >= 0 else " to "
        return f"{fmt(self.median)} (IQR {low}{dash}{fmt(self.q3)})"


@dataclass(frozen=True, slots=True)
class EqMove:
    """A common EQ move on a role: kind (bell_cut, bell_boost, notch, low/high_shelf_cut/boost) in a band."""

    kind: str
    band: str
    n: int
    track_share: float  # share of the role's tracks that make this move
    freq_hz: Spread | None
    gain_db: Spread | None
    q: float | None


@dataclass(frozen=True, slots=True)
class CompressorPrior:
    share: float  # share of the role's tracks with a compressor
    ratio: Spread | None
    attack_ms: Spread | None
    release_ms: Spread | None
    threshold_db: Spread | None
    makeup_db: Spread | None


@dataclass(frozen=True, slots=True)
class GatePrior:
    share: float
    threshold_db: Spread | None
    attack_ms: Spread | None
    hold_ms: Spread | None
    release_ms: Spread | None
    range_db: Spread | None


@dataclass(frozen=True, slots=True)
class PanPrior:
    centred_share: float  # of mono tracks, share panned within 5% of centre
    abs_pan: Spread | None  # |pan| of mono tracks, 0 centre .. 1 hard left/right (REAPER's -1..1 scale)
    stereo_width: Spread | None  # stereo tracks: (right pan - left pan) / 2, 1 = full width


@dataclass(frozen=True, slots=True)
class StartingPoints:
    """What engineers did to this kind of track in real mixes: a place to start, not a rule.

    ``level_vs_mix_lu`` is one track's post-fader loudness minus the whole mix's; ``role_level_vs_mix_lu``
    sums all of a role's tracks in one mix first (kick in + kick out), which is what to compare a single
    bounced stem or a bus against.
    """

    role: str
    n_tracks: int
    n_mixes: int
    hpf_share: float
    hpf_hz: Spread | None
    eq_moves: tuple[EqMove, ...]
    compressor: CompressorPrior
    gate: GatePrior
    gain_db: Spread | None
    pan: PanPrior
    level_vs_mix_lu: Spread | None
    role_level_vs_mix_lu: Spread | None
    reverb_share: float
    lines: tuple[str, ...]  # plain sentences the advisor can quote, each with its numbers

    @property
    def provenance(self) -> str:
        """The first quotable line (the high-pass one when there is one)."""
        return self.lines[0]


def _quotable(s: Spread | None) -> bool:
    return s is not None and s.n >= MIN_QUOTABLE_N


def _lines(role: str, n_mixes_total: int, sp: dict[str, Any]) -> tuple[str, ...]:
    who = ROLE_WORDS[role]
    head = f"in {n_mixes_total} real mixes (MixologyDB)"
    n = sp["n_tracks"]
    out: list[str] = []
    if n < MIN_QUOTABLE_N:
        return (f"{head} there are only {n} {who}, too few to say what is typical",)
    hpf = sp["hpf_hz"]
    if _quotable(hpf):
        out.append(f"{head}, engineers high-passed {who} on {sp['hpf_share']:.0%} of {n} tracks, "
                   f"around {hpf.says('Hz')}")  # fmt: skip
    comp = sp["compressor"]
    if _quotable(comp.ratio):
        detail = f"a median {_n(comp.ratio.median)}:1 (IQR {_n(comp.ratio.q1)}-{_n(comp.ratio.q3)})"
        if _quotable(comp.attack_ms) and _quotable(comp.release_ms):
            detail += f", attack {comp.attack_ms.says('ms')}, release {comp.release_ms.says('ms')}"
        out.append(f"{head}, {comp.share:.0%} of {who} were compressed, {detail}")
    for move in sp["eq_moves"][:2]:
        if _quotable(move.freq_hz) and move.gain_db is not None:
            out.append(f"{head}, a common EQ move on {who} was a {move.gain_db.median:+.1f} dB "
                       f"{move.kind.replace('_', ' ')} around {_hz(move.freq_hz.median)} "
                       f"({move.track_share:.0%} of tracks)")  # fmt: skip
    if (gate := sp["gate"]).share >= 0.2 and _quotable(gate.threshold_db):
        out.append(f"{head}, {gate.share:.0%} of {who} were gated, threshold {gate.threshold_db.says('dB')}")
    if _quotable(level := sp["role_level_vs_mix_lu"]):
        out.append(
            f"{head}, {who} sat {level.says('LU')} relative to the whole mix (all their tracks together)"
        )
    if not out:
        out.append(f"{head} there are {n} {who}, with little consistent processing to report")
    return tuple(out)


def _prior(cls: type, data: dict[str, Any] | None, *keys: str) -> Any:
    data = data or {}
    return cls(float(data.get("share", 0.0)), *(Spread.of(data.get(k)) for k in keys))


def _build_starting_points() -> dict[str, StartingPoints]:
    table = priors_table()
    total = int(table["provenance"]["counts"]["mixes"])
    result: dict[str, StartingPoints] = {}
    for role in ROLES:
        r = table["roles"].get(role) or {}
        pan = r.get("pan") or {}
        moves = (r.get("eq") or {}).get("moves", [])
        fields: dict[str, Any] = {
            "role": role,
            "n_tracks": int(r.get("n_tracks", 0)),
            "n_mixes": int(r.get("n_mixes", 0)),
            "hpf_share": float((r.get("hpf") or {}).get("share", 0.0)),
            "hpf_hz": Spread.of((r.get("hpf") or {}).get("freq_hz")),
            "eq_moves": tuple(
                EqMove(**{**m, "freq_hz": Spread.of(m["freq_hz"]), "gain_db": Spread.of(m["gain_db"])})
                for m in moves
            ),
            "compressor": _prior(
                CompressorPrior,
                r.get("compressor"),
                "ratio",
                "attack_ms",
                "release_ms",
                "threshold_db",
                "makeup_db",
            ),
            "gate": _prior(
                GatePrior, r.get("gate"), "threshold_db", "attack_ms", "hold_ms", "release_ms", "range_db"
            ),
            "gain_db": Spread.of(r.get("gain_db")),
            "pan": PanPrior(
                float(pan.get("centred_share", 0.0)),
                Spread.of(pan.get("abs_pan")),
                Spread.of(pan.get("stereo_width")),
            ),
            "level_vs_mix_lu": Spread.of(r.get("level_vs_mix_lu")),
            "role_level_vs_mix_lu": Spread.of(r.get("role_level_vs_mix_lu")),
            "reverb_share": float(r.get("reverb_share", 0.0)),
        }
        result[role] = StartingPoints(**fields, lines=_lines(role, total, fields))
    return result


STARTING_POINTS: Mapping[str, StartingPoints] = _LazyTable(_build_starting_points)


def starting_points(role: str) -> StartingPoints:
    """Per-instrument starting points from the MixologyDB mixes (see ``companion/data/README.md``)."""
    if role not in ROLE_TOPICS:
        raise _unknown("instrument role", role, ROLES)
    return STARTING_POINTS[role]


# ---------------------------------------------------------------- techniques


@dataclass(frozen=True, slots=True)
class Technique:
    """A short plain-word explanation of a technique, with typical numbers.

    ``facts`` quote the MixologyDB mixes (measured), ``conventions`` are engineering rules of thumb with their
    source, ``numbers`` holds the measured values by name (e.g. ``ratio_median``) for suggestions.
    """

    name: str
    summary: str
    facts: tuple[str, ...]
    conventions: tuple[str, ...]
    numbers: dict[str, float]

    def explain(self) -> str:
        """Summary plus the first measured fact (or convention): a ready 3-4 sentence answer."""
        extra = (self.facts or self.conventions)[:1]
        return " ".join((self.summary, *(f"For reference: {e}." for e in extra)))


def _per_role(roles: tuple[str, ...], say: Any) -> list[str]:
    """'kick drums 66% at 3.9:1, ...': ``say(StartingPoints)`` gives the text or None where data is thin."""
    return [f"{ROLE_WORDS[r]} {text}" for r in roles if (text := say(starting_points(r))) is not None]


def _technique_facts(name: str, table: dict[str, Any]) -> tuple[list[str], dict[str, float]]:
    """Measured facts and numbers for one technique from the priors table (empty where the data is silent)."""
    overall = table["overall"]
    head = f"in {table['provenance']['counts']['mixes']} real mixes (MixologyDB)"
    facts: list[str] = []
    numbers: dict[str, float] = {}
    if name == "compression":
        c = {k: Spread.of(v) for k, v in overall["compressor"].items()}
        if all(_quotable(c.get(k)) for k in ("ratio", "attack_ms", "release_ms", "threshold_db")):
            facts.append(f"{head}, compressors ran at a median {_n(c['ratio'].median)}:1 (IQR "
                         f"{_n(c['ratio'].q1)}-{_n(c['ratio'].q3)}), attack {c['attack_ms'].says('ms')}, "
                         f"release {c['release_ms'].says('ms')}, threshold {c['threshold_db'].says('dB')}")  # fmt: skip
        for key, s in c.items():
            if s is not None:
                numbers[f"{key}_median"], numbers[f"{key}_q1"], numbers[f"{key}_q3"] = s.median, s.q1, s.q3
        roles = ("lead_vocal", "bass", "kick", "snare", "overheads", "electric_guitar")
        said = _per_role(
            roles,
            lambda sp: (
                f"{sp.compressor.share:.0%} at {_n(sp.compressor.ratio.median)}:1"
                if _quotable(sp.compressor.ratio)
                else None
            ),
        )
        facts += [f"{head}, share compressed and median ratio: " + ", ".join(said)] if said else []
    elif name == "eq":
        roles = ("kick", "bass", "snare", "electric_guitar", "lead_vocal", "overheads", "hihat")
        said = _per_role(roles, lambda sp: _hz(sp.hpf_hz.median) if _quotable(sp.hpf_hz) else None)
        facts += [f"{head}, typical high-pass frequencies: " + ", ".join(said)] if said else []
        numbers.update(
            {f"hpf_{r}_hz": sp.hpf_hz.median for r in roles if _quotable((sp := starting_points(r)).hpf_hz)}
        )
        facts += list(starting_points("lead_vocal").lines[2:3])
    elif name == "reverb":
        types = {k: v for k, v in overall["reverb"]["types"].items() if k != "N/A"}
        top = sorted(types, key=lambda k: -types[k])[:3]
        if top:
            facts.append(
                f"{head}, reverbs were "
                + ", ".join(f"{k.lower()} {types[k] / sum(types.values()):.0%}" for k in top)
            )
        decays = {k: s for k in top if _quotable(s := Spread.of(overall["reverb"]["decay_ms"].get(k)))}
        facts += (
            [f"{head}, decay times: " + ", ".join(f"{k.lower()} {s.says('ms')}" for k, s in decays.items())]
            if decays
            else []
        )
        numbers.update({f"decay_{k.lower()}_ms": s.median for k, s in decays.items()})
        numbers["lead_vocal_reverb_share"] = starting_points("lead_vocal").reverb_share
    elif name == "panning":
        roles = ("kick", "snare", "bass", "lead_vocal", "electric_guitar", "toms", "backing_vocal")
        said = _per_role(
            roles, lambda sp: f"{sp.pan.centred_share:.0%}" if _quotable(sp.pan.abs_pan) else None
        )
        facts += [f"{head}, share of mono tracks panned dead centre: " + ", ".join(said)] if said else []
        numbers.update({f"centred_{r}": starting_points(r).pan.centred_share for r in roles})
    elif name == "limiting":
        if _quotable(lim := Spread.of(overall.get("limiter_threshold_db"))):
            facts.append(f"{head}, limiter thresholds sat around {lim.says('dB')}")
        for key, t in LOUDNESS_TARGETS.items():
            numbers[f"{key}_lufs"], numbers[f"{key}_true_peak_dbtp"] = t.integrated_lufs, t.true_peak_max_dbtp
    elif name == "gating":
        for role in ("kick", "snare", "toms"):
            g = starting_points(role).gate
            if g.share and _quotable(g.threshold_db) and _quotable(g.hold_ms) and _quotable(g.release_ms):
                facts.append(f"{head}, {g.share:.0%} of {ROLE_WORDS[role]} were gated: threshold "
                             f"{g.threshold_db.says('dB')}, hold {g.hold_ms.says('ms')}, release "
                             f"{g.release_ms.says('ms')}")  # fmt: skip
                numbers[f"{role}_threshold_db"], numbers[f"{role}_release_ms"] = (
                    g.threshold_db.median,
                    g.release_ms.median,
                )
    elif name == "delay":
        if _quotable(t := Spread.of(overall["delay"]["time_ms"])):
            facts.append(f"{head}, delay times sat around {t.says('ms')}")
            numbers["time_ms_median"] = t.median
        notes = sorted(overall["delay"]["notes"].items(), key=lambda kv: (-kv[1], kv[0]))[:3]
        facts += (
            [f"{head}, the tempo-synced delays used " + ", ".join(f"{k} ({v})" for k, v in notes)]
            if notes
            else []
        )
    return facts, numbers


def _build_techniques() -> dict[str, Technique]:
    texts = _load_json(TECHNIQUES_FILE)["techniques"]
    made = {name: (text, *_technique_facts(name, priors_table())) for name, text in texts.items()}
    return {
        n: Technique(n, t["summary"], tuple(f), tuple(t["conventions"]), num)
        for n, (t, f, num) in made.items()
    }


TECHNIQUES: Mapping[str, Technique] = _LazyTable(_build_techniques)
"""compression, eq, reverb, panning, limiting, gating, delay, sidechain."""


def technique(name: str) -> Technique:
    """A technique by name (case-insensitive); BadInput listing the names when unknown."""
    if (key := str(name).strip().lower()) not in TECHNIQUES:
        raise _unknown("technique", name, TECHNIQUES)
    return TECHNIQUES[key]
