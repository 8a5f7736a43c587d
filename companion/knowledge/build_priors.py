"""Derive per-instrument mixing starting points from the MixologyDB parameter annotation.

``python -m companion.knowledge.build_priors PATH/final-track-data.json --out companion/knowledge/data/mixology_priors.json``

Why a script and not a hand-written table: the advisor quotes these numbers ("in 90 real mixes, engineers
high-passed electric guitars around N Hz"), so they must be reproducible from the public source, and a test
regenerates them and compares. Only the derived table is committed, never the raw file. The output is
deterministic: inputs are sorted before any statistic, values rounded, keys sorted.

Units follow each plug-in's own (MixologyDB README); where a plug-in's values are not in ms/dB (the 1176-style
knob positions of BF-76 and UAD 1176SE) they are left out of time statistics and counted as skipped.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import math
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from companion.knowledge.bands import BANDS, band_of
from companion.knowledge.build_balance import BALANCE_ABOUT, balance_table, better_half
from companion.knowledge.percentiles import spread
from companion.knowledge.roles import NOT_A_PART, ROLES, instrument_role

SCHEMA = "mixassist.mixology_priors/1"
METHOD = (
    "Each track gets a role from its MixologyDB instrument type/subtype (refined by its name only to tell room "
    "from overhead mics, and piano, organ, synth and pad from other keys; untyped AUX tracks count only when "
    "their name says drum bus, bus or effect return). Per role: share of tracks using each processor, then median and interquartile range "
    "(numpy linear percentiles) of high-pass frequency (highest HP band per track), EQ moves grouped by kind "
    "(bell cut/boost, notch = bell <= -6 dB with Q >= 8, shelves) and contract band, compressor ratio "
    "('4.0:1' parsed), attack, release and threshold ('thresh' or 'thres'), gate settings, fader gain, pan, "
    "and level vs the mix: track-audio-lufs + gain minus the power sum of the mix's post-fader track "
    "loudness (EQ, compression and sends ignored), per track and per role (the power sum of a role's tracks "
    "in one mix, e.g. kick in + kick out), and per role relative to the lead vocal in the same mix: the power "
    "sum of the role's post-fader tracks minus that of the mix's lead vocal tracks, with 10th and 90th "
    "percentiles (mixes without a lead vocal left out). Keys are refined by name into piano, organ, synth and "
    "pad. Track balance priors: see balance.about. Out-of-range or non-numeric values are skipped and counted."
)
SOURCE = {
    "dataset": "MixologyDB / MixParams: parameter annotation of The Mix Evaluation Dataset "
    "(B. De Man and J. D. Reiss, 2017)",
    "author": "Michael Clemens",
    "licence": "MIT",
}

# Dataset (type, subtype) -> role; subtypes not listed fall back to the type's entry under None.
_DATASET_ROLES: dict[tuple[str, str | None], str] = {
    ("DRUMS", "KICK"): "kick",
    ("DRUMS", "SNARE"): "snare",
    ("DRUMS", "HI-HAT"): "hihat",
    ("DRUMS", "TOM"): "toms",
    ("DRUMS", "OVERHEAD"): "overheads",
    ("DRUMS", "OVERHEADS"): "overheads",
    ("DRUMS", "RIDE"): "overheads",
    ("DRUMS", "CRASH"): "overheads",
    ("DRUMS", "TAMBOURINE"): "percussion",
    ("DRUMS", None): "percussion",
    ("BASS", None): "bass",
    ("GUITARS", "ACOUSTIC"): "acoustic_guitar",
    ("GUITARS", None): "electric_guitar",
    ("KEYS", None): "keys",
    ("VOCALS", "BACKGROUND"): "backing_vocal",
    ("VOCALS", None): "lead_vocal",
    ("MISC", None): "other",
}
_NUMBER = re.compile(r"^\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)\s*([a-z%/]*)\s*$", re.IGNORECASE)
_RATIO = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*:\s*(\d+(?:\.\d+)?)\s*$")
KNOB_UNIT_COMPRESSORS = ("BF-76", "UAD 1176SE", "BF-3A")  # attack/release are knob positions, not ms
LIMITER_PLUGINS = (
    "Maxim",
)  # listed under compression in a few mixes; a brick-wall limiter, not a compressor
EQ_FREQ_RANGE_HZ = (16.0, 24000.0)
MAX_EQ_GAIN_DB = 30.0
MIN_EQ_GAIN_DB = 0.5  # smaller moves are inaudible leftovers: skipped as "flat"
NOTCH_MIN_Q = 8.0
NOTCH_MAX_GAIN_DB = -6.0
TOP_EQ_MOVES = 8


class Skips:
    """Counts what was left out and why, so the provenance says how messy the source was."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()

    def __call__(self, reason: str) -> None:
        self.counts[reason] += 1


def number(value: Any, skips: Skips, what: str, lo: float = -math.inf, hi: float = math.inf) -> float | None:
    """A finite float within [lo, hi] from an int, float or numeric string ("12 ms"); None (counted) else."""
    if value is None:
        return None
    if isinstance(value, bool):
        skips(f"{what}: not a number")
        return None
    if isinstance(value, (int, float)):
        x = float(value)
    elif isinstance(value, str) and (m := _NUMBER.match(value)):
        x = float(m.group(1))
    else:
        skips(f"{what}: not a number")
        return None
    if not math.isfinite(x) or not lo <= x <= hi:
        skips(f"{what}: out of range")
        return None
    return x


def parse_ratio(value: Any, skips: Skips, what: str = "compressor ratio") -> float | None:
    """'4.0:1' -> 4.0, '4:1' -> 4.0, 3 -> 3.0; expander ratios ('1:4.5') and junk -> None (counted)."""
    if isinstance(value, str) and (m := _RATIO.match(value)):
        den = float(m.group(2))
        ratio = float(m.group(1)) / den if den > 0 else math.nan
        if math.isfinite(ratio) and 1.0 <= ratio <= 1000.0:
            return ratio
        skips(f"{what}: below 1:1 or junk")
        return None
    return number(value, skips, what, 1.0, 1000.0) if value is not None else None


def share(part: int, whole: int) -> float:
    return round(part / whole, 3) if whole else 0.0


def dataset_role(track: dict[str, Any]) -> str | None:
    """The role of a MixologyDB track (see METHOD); None for untyped tracks that are not buses/returns."""
    name = str(track.get("track-name") or "")
    kind = track.get("track-instrument-type")
    sub = track.get("track-instrument-subtype")
    if not kind:
        guess = instrument_role(name)
        return guess if guess in ("drum_bus", "fx_return", "bus") else None
    role = _DATASET_ROLES.get((kind, sub)) or _DATASET_ROLES.get((kind, None))
    guess = instrument_role(name)
    if role == "overheads" and guess == "room":
        return "room"
    if role == "keys" and guess in ("synth", "pad", "piano", "organ"):
        return guess
    return role


def _entries(params: dict[str, Any], key: str, skips: Skips) -> list[dict[str, Any]]:
    raw = params.get(key)
    if raw is None:
        return []
    if not isinstance(raw, list):
        skips(f"{key}: not a list")
        return []
    good = [e for e in raw if isinstance(e, dict)]
    for _ in range(len(raw) - len(good)):
        skips(f"{key}: entry not an object")
    return good


def _eq_kind(kind: str, gain_db: float, q: float | None) -> str | None:
    if kind == "NOTCH":  # MixologyDB files every parametric bell as NOTCH
        if gain_db <= NOTCH_MAX_GAIN_DB and q is not None and q >= NOTCH_MIN_Q:
            return "notch"
        return "bell_cut" if gain_db < 0 else "bell_boost"
    if kind == "LS":
        return "low_shelf_cut" if gain_db < 0 else "low_shelf_boost"
    if kind == "HS":
        return "high_shelf_cut" if gain_db < 0 else "high_shelf_boost"
    return None


class RoleStats:
    """Raw per-role samples, collected track by track, summarised by ``summary``."""

    def __init__(self) -> None:
        self.n_tracks = 0
        self.mixes: set[str] = set()
        self.hpf_hz: list[float] = []
        self.hpf_slope: list[float] = []
        self.lpf_hz: list[float] = []
        self.eq_tracks = 0
        self.eq_moves: dict[tuple[str, str], list[tuple[float, float, float | None]]] = defaultdict(list)
        self.eq_move_tracks: Counter[tuple[str, str]] = Counter()
        self.comp_tracks = 0
        self.comp: dict[str, list[float]] = defaultdict(list)
        self.gate_tracks = 0
        self.gate: dict[str, list[float]] = defaultdict(list)
        self.gain_db: list[float] = []
        self.abs_pan: list[float] = []
        self.stereo_width: list[float] = []
        self.level_vs_mix_lu: list[float] = []
        self.role_level_vs_mix_lu: list[float] = []
        self.role_level_vs_lead_lu: list[float] = []
        self.reverb_tracks = 0
        self.delay_tracks = 0

    def summary(self) -> dict[str, Any]:
        n = self.n_tracks
        moves = []
        for (kind, band), samples in self.eq_moves.items():
            moves.append({
                "kind": kind, "band": band, "n": len(samples), "track_share": share(self.eq_move_tracks[kind, band], n),
                "freq_hz": spread((s[0] for s in samples), 0), "gain_db": spread((s[1] for s in samples), 1),
                "q": (spread((s[2] for s in samples if s[2] is not None), 2) or {}).get("median"),
            })  # fmt: skip
        moves.sort(key=lambda m: (-m["n"], m["kind"], list(BANDS).index(m["band"])))
        centred = sum(1 for p in self.abs_pan if p < 0.05)
        return {
            "n_tracks": n,
            "n_mixes": len(self.mixes),
            "hpf": {"share": share(len(self.hpf_hz), n), "freq_hz": spread(self.hpf_hz, 0),
                    "slope_db_oct": spread(self.hpf_slope, 0)},
            "lpf": {"share": share(len(self.lpf_hz), n), "freq_hz": spread(self.lpf_hz, 0)},
            "eq": {"share": share(self.eq_tracks, n), "moves": moves[:TOP_EQ_MOVES]},
            "compressor": {"share": share(self.comp_tracks, n), **{k: spread(v, 2 if k == "ratio" else 1)
                                                                   for k, v in sorted(self.comp.items())}},
            "gate": {"share": share(self.gate_tracks, n), **{k: spread(v) for k, v in sorted(self.gate.items())}},
            "gain_db": spread(self.gain_db),
            "pan": {"n_mono": len(self.abs_pan), "centred_share": share(centred, len(self.abs_pan)),
                    "abs_pan": spread(self.abs_pan, 2), "n_stereo": len(self.stereo_width),
                    "stereo_width": spread(self.stereo_width, 2)},
            "level_vs_mix_lu": spread(self.level_vs_mix_lu),
            "role_level_vs_mix_lu": spread(self.role_level_vs_mix_lu),
            "role_level_vs_lead_lu": spread(self.role_level_vs_lead_lu, deciles=True),
            "reverb_share": share(self.reverb_tracks, n),
            "delay_share": share(self.delay_tracks, n),
        }  # fmt: skip


def _collect_eq(stats: RoleStats, params: dict[str, Any], skips: Skips) -> None:
    entries = _entries(params, "eq", skips)
    if entries:
        stats.eq_tracks += 1
    hp: list[tuple[float, float | None]] = []
    seen: set[tuple[str, str]] = set()
    for e in entries:
        kind = str(e.get("type") or "").upper()
        v = e.get("value") if isinstance(e.get("value"), dict) else {}
        freq = number(v.get("freq"), skips, "eq freq", *EQ_FREQ_RANGE_HZ)
        if freq is None:
            if v.get("freq") is None:
                skips("eq freq: missing")
            continue
        if kind == "HP":  # the "gain" of a pass filter is its slope in dB/octave
            hp.append((freq, number(v.get("gain"), skips, "hp slope", 6.0, 96.0)))
            continue
        if kind == "LP":
            stats.lpf_hz.append(freq)
            continue
        gain = number(v.get("gain"), skips, "eq gain", -MAX_EQ_GAIN_DB, MAX_EQ_GAIN_DB)
        if gain is None:
            continue
        if abs(gain) < MIN_EQ_GAIN_DB:
            skips("eq band: flat")
            continue
        q = number(v.get("q"), skips, "eq q", 0.05, 100.0) if v.get("q") not in (0, 0.0) else None
        move = _eq_kind(kind, gain, q)
        if move is None:
            skips("eq band: unknown type")
            continue
        key = (move, band_of(freq))
        stats.eq_moves[key].append((freq, gain, q))
        if key not in seen:
            seen.add(key)
            stats.eq_move_tracks[key] += 1
    if hp:  # with several high-passes, the highest one shapes the sound
        freq, slope = max(hp, key=lambda h: h[0])
        stats.hpf_hz.append(freq)
        if slope is not None:
            stats.hpf_slope.append(slope)


def _collect_dynamics(
    stats: RoleStats, overall: dict[str, list[Any]], params: dict[str, Any], skips: Skips
) -> None:
    comps = _entries(params, "compression", skips)
    used = False
    for c in comps:
        name = str(c.get("name") or "")
        if name in LIMITER_PLUGINS:
            t = number(c.get("thresh", c.get("thres")), skips, "limiter threshold", -60.0, 0.0)
            if t is not None:
                overall["limiter_threshold_db"].append(t)
            continue
        used = True
        values = {"ratio": parse_ratio(c.get("ratio"), skips)}
        thresh = c.get("thresh", c.get("thres"))  # both spellings occur
        values["threshold_db"] = number(thresh, skips, "compressor threshold", -80.0, 0.0)
        values["makeup_db"] = number(c.get("gain"), skips, "compressor makeup", -30.0, 40.0)
        if name in KNOB_UNIT_COMPRESSORS:
            if "attack" in c or "release" in c:
                skips("compressor attack/release: knob units")
        else:
            values["attack_ms"] = number(c.get("attack"), skips, "compressor attack", 0.0, 500.0)
            values["release_ms"] = number(c.get("release"), skips, "compressor release", 1.0, 5000.0)
        for key, value in values.items():
            if value is not None:
                stats.comp[key].append(value)
                overall[f"comp_{key}"].append(value)
    stats.comp_tracks += used
    gates = _entries(params, "gate", skips)
    stats.gate_tracks += bool(gates)
    for g in gates:
        rng = g.get("range", g.get("depth", g.get("reduction")))
        values = {
            "threshold_db": number(g.get("thresh", g.get("thres")), skips, "gate threshold", -100.0, 0.0),
            "attack_ms": number(g.get("attack"), skips, "gate attack", 0.0, 500.0),
            "hold_ms": number(g.get("hold"), skips, "gate hold", 0.0, 5000.0),
            "release_ms": number(g.get("release"), skips, "gate release", 0.0, 5000.0),
            # "-100000" means "closed" in Channel Strip: clamp to -100 dB instead of dropping it
            "range_db": max(-100.0, x)
            if (x := number(rng, skips, "gate range", -1e6, 0.0)) is not None
            else None,
        }
        for key, value in values.items():
            if value is not None:
                stats.gate[key].append(value)
                overall[f"gate_{key}"].append(value)


def _collect_sends(
    stats: RoleStats, overall: dict[str, list[Any]], params: dict[str, Any], skips: Skips
) -> None:
    reverbs = _entries(params, "reverb", skips)
    stats.reverb_tracks += bool(reverbs)
    for r in reverbs:
        rtype = str(r.get("type") or "N/A").upper()
        overall["reverb_type"].append(rtype)
        pre = number(r.get("pre-delay"), skips, "reverb pre-delay", 0.0, 500.0)
        length = number(r.get("length"), skips, "reverb length", 50.0, 20000.0)
        if pre is not None:
            overall["reverb_pre_delay_ms"].append(pre)
        if length is not None:
            overall[f"reverb_decay_ms:{rtype}"].append(length)
    delays = _entries(params, "delay", skips)
    stats.delay_tracks += bool(delays)
    for d in delays:
        t = d.get("delay-time", d.get("left-delay-time"))
        ms = number(t, skips, "delay time", 1.0, 5000.0) if not (isinstance(t, str) and "/" in t) else None
        if ms is not None:
            overall["delay_time_ms"].append(ms)
        note = d.get("note", d.get("left-note"))
        if isinstance(note, str) and note not in ("N/A", ""):
            overall["delay_note"].append(note)


def derive_priors(
    data: dict[str, Any], *, source_name: str, source_sha256: str, generated_on: str
) -> dict[str, Any]:
    """The whole priors table (a JSON-ready dict) from the parsed ``final-track-data.json``."""
    skips = Skips()
    mixes = data.get("mixes") if isinstance(data, dict) else None
    if not isinstance(mixes, list):
        raise ValueError("not a MixologyDB file: no 'mixes' list at the top")
    roles: dict[str, RoleStats] = defaultdict(RoleStats)
    overall: dict[str, list[Any]] = defaultdict(list)
    songs: set[str] = set()
    n_tracks = used_tracks = 0
    mix_levels: list[dict[str, tuple[float, int]]] = []  # per well-rated mix: role -> (level vs mix, tracks)
    mix_genres: list[str] = []  # the genre of each of those mixes
    backing_vs_lead: list[
        float
    ] = []  # per backing-vocal track of a well-rated mix: its level minus the lead's
    good = better_half([m for m in mixes if isinstance(m, dict)])
    names = {}
    for mi, mix in enumerate(m for m in mixes if isinstance(m, dict)):
        mix_id = f"{mi}:{mix.get('mix-name')}"
        songs.add(str(mix.get("song-name")))
        post_fader: list[tuple[RoleStats | None, float]] = []
        tracks = mix.get("tracks")
        for track in tracks if isinstance(tracks, list) else []:
            n_tracks += 1
            if not isinstance(track, dict):
                skips("track: not an object")
                continue
            params = track.get("parameters") if isinstance(track.get("parameters"), dict) else {}
            role = dataset_role(track)
            stats = roles[role] if role else None
            gain = number(params.get("gain"), skips, "gain", -150.0, 24.0)
            features = track.get("track-audio-features")
            features = features if isinstance(features, dict) else {}
            lufs = number(features.get("track-audio-lufs"), skips, "track lufs", -120.0, 20.0)
            if lufs is not None and gain is not None:
                post_fader.append((stats, lufs + gain))
            if stats is None:
                skips("track: no usable role (untyped aux/signal or unknown type)")
                continue
            used_tracks += 1
            stats.n_tracks += 1
            stats.mixes.add(mix_id)
            if gain is not None:
                stats.gain_db.append(gain)
            pan = params.get("pan")
            pan = pan if isinstance(pan, list) else [] if pan is None else [pan]
            pans = [p for x in pan if (p := number(x, skips, "pan", -100.0, 100.0)) is not None]
            if len(pans) == 1:
                stats.abs_pan.append(abs(pans[0]) / 100.0)
            elif len(pans) == 2:
                stats.stereo_width.append(abs(pans[1] - pans[0]) / 200.0)
            _collect_eq(stats, params, skips)
            _collect_dynamics(stats, overall, params, skips)
            _collect_sends(stats, overall, params, skips)
        if post_fader:  # power sum of every track's post-fader loudness = the mix's (uncorrelated) loudness
            mix_lufs = 10.0 * math.log10(math.fsum(sorted(10.0 ** (lv / 10.0) for _, lv in post_fader)))
            per_role: dict[RoleStats, list[float]] = defaultdict(list)
            for stats, lv in post_fader:
                if stats is not None:
                    stats.level_vs_mix_lu.append(lv - mix_lufs)
                    per_role[stats].append(10.0 ** (lv / 10.0))
            role_lufs = {stats: 10.0 * math.log10(math.fsum(sorted(p))) for stats, p in per_role.items()}
            lead = role_lufs.get(roles["lead_vocal"]) if "lead_vocal" in roles else None
            for stats, level in role_lufs.items():  # all of a role's mics together, e.g. kick in + kick out
                stats.role_level_vs_mix_lu.append(level - mix_lufs)
                if lead is not None and stats is not roles["lead_vocal"]:
                    stats.role_level_vs_lead_lu.append(level - lead)
            if good[mi]:
                names.update({id(stats): name for name, stats in roles.items()})
                mix_levels.append(
                    {names[id(st)]: (level - mix_lufs, len(per_role[st])) for st, level in role_lufs.items()}
                )
                mix_genres.append(str(mix.get("genre") or "unknown"))
                if lead is not None and "backing_vocal" in roles:
                    bv = roles["backing_vocal"]
                    backing_vs_lead += [lv - lead for st, lv in post_fader if st is bv]
    balance = balance_table(
        mix_levels, (r for r in ROLES if r not in NOT_A_PART), mix_genres, backing_vs_lead
    )
    reverb_types = Counter(overall["reverb_type"])
    return {
        "schema": SCHEMA,
        "provenance": {
            **SOURCE,
            "source_file": source_name,
            "source_sha256": source_sha256,
            "generated_on": generated_on,
            "generator": "python -m companion.knowledge.build_priors",
            "method": METHOD,
            "counts": {"mixes": len(mixes), "songs": len(songs), "tracks": n_tracks, "tracks_used": used_tracks},
            "skipped": dict(sorted(skips.counts.items())),
        },
        "roles": {role: roles[role].summary() for role in ROLES if role in roles},
        "balance": {"about": BALANCE_ABOUT, "mixes": len(mix_levels), **balance},
        "overall": {
            "compressor": {k[5:]: spread(v, 2 if k.endswith("ratio") else 1)
                           for k, v in sorted(overall.items()) if k.startswith("comp_")},
            "gate": {k[5:]: spread(v) for k, v in sorted(overall.items()) if k.startswith("gate_")},
            "limiter_threshold_db": spread(overall["limiter_threshold_db"]),
            "reverb": {
                "types": dict(sorted(reverb_types.items())),
                "pre_delay_ms": spread(overall["reverb_pre_delay_ms"], 0),
                "decay_ms": {k.split(":", 1)[1]: spread(v, 0)
                             for k, v in sorted(overall.items()) if k.startswith("reverb_decay_ms:")},
            },
            "delay": {"time_ms": spread(overall["delay_time_ms"], 0),
                      "notes": dict(sorted(Counter(overall["delay_note"]).items()))},
        },
    }  # fmt: skip


def dumps(priors: dict[str, Any]) -> str:
    """The committed form: sorted keys, two-space indent, trailing newline."""
    return json.dumps(priors, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def build(source: Path, generated_on: str | None = None) -> dict[str, Any]:
    raw = source.read_bytes()
    data = json.loads(raw)
    return derive_priors(
        data,
        source_name=source.name,
        source_sha256=hashlib.sha256(raw).hexdigest(),
        generated_on=generated_on or dt.datetime.now(dt.timezone.utc).date().isoformat(),
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m companion.knowledge.build_priors", description=__doc__.split("\n")[0]
    )
    parser.add_argument("source", type=Path, help="MixologyDB final-track-data.json")
    parser.add_argument("--out", type=Path, default=None, help="where to write the table (default: stdout)")
    parser.add_argument("--date", default=None, help="generated_on date to record (default: today, UTC)")
    args = parser.parse_args(argv)
    try:
        priors = build(args.source, args.date)
    except (OSError, ValueError) as exc:  # json.JSONDecodeError is a ValueError
        print(
            f"build_priors: cannot read {args.source}: {getattr(exc, 'strerror', None) or exc}",
            file=sys.stderr,
        )
        return 2
    text = dumps(priors)
    if args.out is None:
        sys.stdout.write(text)
    else:
        tmp = args.out.with_suffix(args.out.suffix + ".tmp")
        try:  # write then rename: a failed run never leaves half a table behind
            tmp.write_text(text, encoding="utf-8")
            tmp.replace(args.out)
        except OSError as exc:
            print(f"build_priors: cannot write {args.out}: {exc.strerror or exc}", file=sys.stderr)
            return 2
        counts = priors["provenance"]["counts"]
        print(
            f"wrote {args.out}: {len(priors['roles'])} roles from {counts['tracks_used']} tracks",
            file=sys.stderr,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
