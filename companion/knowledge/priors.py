"""Per-instrument starting points measured on real mixes (MixologyDB): what engineers did to each kind of track.

``data/mixology_priors.json`` is derived by ``python -m companion.knowledge.build_priors`` (see
``data/README.md``) and read on first use. Each role's ``StartingPoints`` carries the numbers and plain
sentences the advisor can quote; a figure from fewer than ``MIN_QUOTABLE_N`` tracks is never quoted as typical.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from companion.knowledge.roles import ROLE_TOPICS, ROLE_WORDS, ROLES
from companion.knowledge.tables import DATA_DIR, LazyTable, load_json, unknown_name
from companion.knowledge.wording import say_hz, say_number

PRIORS_FILE = DATA_DIR / "mixology_priors.json"
MIN_QUOTABLE_N = 5  # fewer samples than this are shown with their count but never quoted as typical
MIN_LEVEL_MIXES = 10  # a role's typical level is used to judge a track only when this many real mixes had it


def priors_table() -> dict[str, Any]:
    """The derived MixologyDB table as committed (``python -m companion.knowledge.build_priors`` writes it)."""
    return load_json(PRIORS_FILE)


@dataclass(frozen=True, slots=True)
class Spread:
    """Median and interquartile range of ``n`` values from real mixes (10th/90th percentiles where derived)."""

    median: float
    q1: float
    q3: float
    n: int
    p10: float | None = None
    p90: float | None = None

    @classmethod
    def of(cls, data: dict[str, Any] | None) -> Spread | None:
        if not data:
            return None
        deciles = [float(data[k]) if data.get(k) is not None else None for k in ("p10", "p90")]
        return cls(float(data["median"]), float(data["q1"]), float(data["q3"]), int(data["n"]), *deciles)

    def says(self, unit: str = "") -> str:
        """'95 Hz (IQR 70-120)', or '3 ms' when all agree."""
        fmt = say_hz if unit == "Hz" else (lambda x: f"{say_number(x)}{' ' + unit if unit else ''}")
        if self.q1 == self.q3:
            return fmt(self.median)
        low = say_number(self.q1) if unit != "Hz" or self.q3 < 1000 else say_hz(self.q1)
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
    bounced stem or a bus against; ``role_level_vs_lead_lu`` is that sum minus the lead vocal's in the same
    mix; ``balance_residual_lu`` is how far the role sat from its typical place in each mix once the mix's own
    offset is removed (what the track-balance rule measures on a session, so its spread says what is normal).
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
    role_level_vs_lead_lu: Spread | None
    balance_residual_lu: Spread | None
    reverb_share: float
    lines: tuple[str, ...]  # plain sentences the advisor can quote, each with its numbers

    @property
    def provenance(self) -> str:
        """The first quotable line (the high-pass one when there is one)."""
        return self.lines[0]


def quotable(s: Spread | None) -> bool:
    return s is not None and s.n >= MIN_QUOTABLE_N


def _lines(role: str, n_mixes_total: int, sp: dict[str, Any]) -> tuple[str, ...]:
    who = ROLE_WORDS[role]
    head = f"in {n_mixes_total} real mixes (MixologyDB)"
    n = sp["n_tracks"]
    out: list[str] = []
    if n < MIN_QUOTABLE_N:
        return (f"{head} there are only {n} {who}, too few to say what is typical",)
    hpf = sp["hpf_hz"]
    if quotable(hpf):
        out.append(f"{head}, engineers high-passed {who} on {sp['hpf_share']:.0%} of {n} tracks, "
                   f"around {hpf.says('Hz')}")  # fmt: skip
    comp = sp["compressor"]
    if quotable(comp.ratio):
        detail = f"a median {say_number(comp.ratio.median)}:1 (IQR {say_number(comp.ratio.q1)}-{say_number(comp.ratio.q3)})"
        if quotable(comp.attack_ms) and quotable(comp.release_ms):
            detail += f", attack {comp.attack_ms.says('ms')}, release {comp.release_ms.says('ms')}"
        out.append(f"{head}, {comp.share:.0%} of {who} were compressed, {detail}")
    for move in sp["eq_moves"][:2]:
        if quotable(move.freq_hz) and move.gain_db is not None:
            out.append(f"{head}, a common EQ move on {who} was a {move.gain_db.median:+.1f} dB "
                       f"{move.kind.replace('_', ' ')} around {say_hz(move.freq_hz.median)} "
                       f"({move.track_share:.0%} of tracks)")  # fmt: skip
    if (gate := sp["gate"]).share >= 0.2 and quotable(gate.threshold_db):
        out.append(f"{head}, {gate.share:.0%} of {who} were gated, threshold {gate.threshold_db.says('dB')}")
    if quotable(level := sp["role_level_vs_mix_lu"]):
        out.append(
            f"{head}, {who} sat {level.says('LU')} relative to the whole mix (all their tracks together)"
        )
    if role != "lead_vocal" and quotable(vs_lead := sp["role_level_vs_lead_lu"]):
        out.append(
            f"{head}, {who} sat {vs_lead.says('LU')} relative to the lead vocal (all their tracks together)"
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
            "role_level_vs_lead_lu": Spread.of(r.get("role_level_vs_lead_lu")),
            "balance_residual_lu": Spread.of(r.get("balance_residual_lu")),
            "reverb_share": float(r.get("reverb_share", 0.0)),
        }
        result[role] = StartingPoints(**fields, lines=_lines(role, total, fields))
    return result


STARTING_POINTS: Mapping[str, StartingPoints] = LazyTable(_build_starting_points)


@dataclass(frozen=True, slots=True)
class BalancePrior:
    """Where a part sits in well-rated real mixes (see ``build_priors.balance_table``): its level vs the whole
    mix (all its tracks summed) given its number of tracks, and the spread of its balance residual over
    ``residual.n`` mixes."""

    part: str  # a role, or "drum_kit" (all of a kit's mics together)
    intercept_lu: float
    count_slope: float  # dB per dB of track count (10 log10 n)
    median_tracks: int
    residual: Spread

    def typical_vs_mix_lu(self, tracks: int = 0) -> float:
        """The typical level vs the mix of ``tracks`` tracks of this part (default: the usual number)."""
        n = tracks if tracks > 0 else self.median_tracks
        return self.intercept_lu + self.count_slope * 10.0 * math.log10(max(1, n))


def _build_balance() -> dict[str, BalancePrior]:
    balance = priors_table().get("balance") or {}
    slope = float(balance.get("count_slope", 0.0))
    out = {}
    for part, data in (balance.get("parts") or {}).items():
        residual = Spread.of(data.get("residual_lu"))
        if residual is not None and residual.p10 is not None and residual.n >= MIN_LEVEL_MIXES:
            out[part] = BalancePrior(
                part,
                float(data["intercept_lu"]),
                0.0 if part == "drum_kit" else slope,  # a kit stem is one track whatever its mics
                int(data.get("median_tracks", 1)),
                residual,
            )
    return out


BALANCE: Mapping[str, BalancePrior] = LazyTable(_build_balance)


def typical_level(part: str) -> BalancePrior | None:
    """The balance prior of a role (``drum_bus`` = a whole kit), or None when too few real mixes had it."""
    return BALANCE.get("drum_kit" if part == "drum_bus" else part)


def balance_mixes() -> int:
    """How many real mixes the balance priors come from."""
    return int((priors_table().get("balance") or {}).get("mixes", 0))


def starting_points(role: str) -> StartingPoints:
    """Per-instrument starting points from the MixologyDB mixes (see ``companion/knowledge/data/README.md``)."""
    if role not in ROLE_TOPICS:
        raise unknown_name("instrument role", role, ROLES)
    return STARTING_POINTS[role]


def accompaniment_vs_lead() -> Spread | None:
    """How far one accompaniment part (guitar, keys, organ...: pooled, count-adjusted) sits from the lead vocal
    in the better-rated MixologyDB mixes: the only honest figure for a part MixologyDB has no level for
    (horns, strings), quoted as "accompaniment parts", never as that instrument's typical level."""
    return Spread.of(((priors_table().get("balance") or {}).get("accompaniment") or {}).get("vs_lead_lu"))


def kit_spread(role: str) -> Spread | None:
    """Spread over real mixes of a kit mic's offset from the other kit mics of its mix (see
    ``build_balance.kit_offset``), None when MixologyDB has too few mixes with that mic and two others."""
    sp = Spread.of(((priors_table().get("balance") or {}).get("kit") or {}).get(role))
    return sp if sp is not None and sp.p10 is not None and sp.n >= MIN_LEVEL_MIXES else None


def genre_shift(part: str) -> tuple[float, float] | None:
    """How far the furthest genres' median balance residual of a drum ``part`` sits from the pooled median in
    the better-rated MixologyDB mixes (lowest, highest; genres with 5+ mixes), None when not derived."""
    shift = (((priors_table().get("balance") or {}).get("genres") or {}).get(part) or {}).get("shift_lu")
    return (float(shift[0]), float(shift[1])) if shift and len(shift) == 2 else None


def backing_track_vs_lead() -> Spread | None:
    """One backing-vocal track minus the lead vocal (all its tracks summed) in the better-rated MixologyDB
    mixes, per track: how far under the lead a single harmony line usually sits."""
    return Spread.of((priors_table().get("balance") or {}).get("backing_vocal_track_vs_lead_lu"))


def balance_relations() -> dict[str, Any]:
    """relations[a][b]: spread of a's count-adjusted level minus b's in the same real mix (each pair once)."""
    return dict((priors_table().get("balance") or {}).get("relations") or {})
