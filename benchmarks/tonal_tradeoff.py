"""Recall of planted tonal problems against false alarms, mapping by mapping, cross-validated on the tuning part.

Every tuning song (``benchmarks.tonal_ceiling.tuning_songs``: the held-out part is never read here) is analysed
once as it is and once per tonal plant of ``benchmarks.planted_real`` (bell +6 dB at 300 Hz, low shelf +8 dB at
100 Hz, bell +6 dB at 3.5 kHz, low-pass 4 kHz, high-pass 200 Hz), and judged against references built from the
other folds only (5 folds by song group, as the calibration's cross-validation): judged in-sample, the songs
that set the percentiles look tamer than unseen ones (a mapping with 10 % of tuning songs at >= 0.5 in-sample
put 20 % of the held-out songs there). Then every candidate mapping judges the same profiles. Per candidate and
mode (no genre, own family): the share of songs with a tonal verdict >= 0.5 (bar 15 %), the median count
>= 0.3 (bar 1), and per plant the share found (>= 0.3 and >= 0.2 above the original's severity, songs already
>= 0.8 left out; bar 2/3), as ``benchmarks/planted_real.py`` counts them. Then, for the packaged mapping, why
each miss is missed: the song stays under 0.3 (lean there: the plant moves its statistic by a near-constant
number of dB, and a song that far under the problem point stays inside what real mixes carry), it crosses 0.3
but rises less than 0.2, or the opposite kind won (``OPPOSITES``); with the shift and how far under the problem
point the misses stay.

The candidates differ only in the no-genre problem and clear points of the readings the plants move (``CANDIDATES``);
every other number is the packaged data file's. A measurement, not a gate (exits 0; 2 when the corpus is
missing). About 5 minutes on one core.

    .venv/bin/python benchmarks/tonal_tradeoff.py /work/corpus/manifest.json

The round that added it (issue 9, recall without a reference; figures cross-validated, no genre; >= 0.5 on all /
drum-driven / sparse songs; found: bell 300 Hz, shelf 100 Hz, bell 3.5 kHz, low-pass 4 kHz, high-pass 200 Hz):
before 5.7 / 4.9 / 6.6 %, found 28 / 30 / 50 / 50 / 73 %; packaged (3.5 kHz bell p70/0.8, shelf p70/0.4 against
the no-genre range) 8.2 / 8.2 / 8.2 %, found 28 / 49 / 58 / 48 / 73 % (the bell at p75/0.4: 59 %, but a clean
rendered rock session's harsh lean became a fault); adding the 315 Hz bell p70/0.6: 10.7 /
8.2 / 13.1 %, 42 % for it; all three shapes p70/0.4: 11.5 / 8.2 / 14.8 %, found 55 / 49 / 63 %; the in-sample
choice: 15.6 % (own family 19.7 %), 64 / 57 / 55 %; three shapes p70/0.2 and the fall p75/0.6: 20.5 %, found
64 / 52 / 62 / 73 %. So within the 15 % bar no mapping reaches two thirds on the 300 Hz bell, the shelf and the
3.5 kHz bell together; the misses are mostly songs under the problem point by about the plant's own size (the
shelf's misses sit a median 7.8 dB under it after the plant).

The next round (tonal8: the 300 Hz bell and the low-pass; same 122 songs, no genre; >= 0.5 all / drum-driven /
sparse, two+ as printed, found 300 Hz bell / low-pass): packaged 8.2 / 8.2 / 8.2 %, two+ 38 %, 28 / 48 %. The 315 Hz
bell with its clear point a little further (1.1) and its problem point lower: p78 7.4 / 8.2 / 6.6 %, 39 %, 29 %;
p70 7.4 / 8.2 / 6.6 %, 43 %, 34 %; p65 7.4 / 8.2 / 6.6 %, 44 %, 40 %: inside the >= 0.5 budget, but every point under
p78 gives more than 40 % of held-fold sparse songs two findings >= 0.3 (the calibration's second rule) and a third
of all songs "leans a little muddy" at p65; no two-scale reading of the low-mids does better than the packaged
one at equal false alarms (``benchmarks/low_mid_readers.py``). The low-pass moves the fall by a constant +17.6
dB/octave (p10 +17.3), while the fall's clear point sits 37.8 dB/octave past its problem point (13.1 -> 50.9) and
1.0 another 1.5 spans on: a song at the problem point rises 0.09, one past the clear point 0.16 -- the mapping's
slope, not a saturation, loses them (57 misses cross 0.3 but rise < 0.2). Clear points close enough to catch
them (fall p70/0.6: 75 %; p80/0.8: 67 %) put five real songs whose own top falls 39-46 dB/octave (flare's
forest_theme, supertux's fortress_old and forest_theme, warmux's Apnee and Apnee2) at >= 0.5: 12.3 / 9.8 / 14.8 %,
over the sparse budget; the first within it (p70/1.7: 9.0 / 8.2 / 9.8 %) finds 49 %. So nothing was changed.
"""

from __future__ import annotations

import copy
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.planted_real import FOUND_AT, PLANTS, RISE, TONAL
from benchmarks.tonal_ceiling import tuning_setup
from companion.listening.reference_curves import severity_mapping, shape_model, stat_percentiles
from companion.listening.reference_fit import RECALL_POINTS, build_families
from companion.listening.shape_fit import CV_FOLDS, fold_of
from companion.listening.tonal import TonalProfile
from companion.listening.tonal_judge import RULE_BY_STAT, judge_profile, knots
from companion.listening.tonal_shapes import shape_gains

TONAL_PLANTS = {plant: kind for plant, (kind, _) in PLANTS.items() if kind in TONAL}
SATURATED = 1.0 - RISE
PACKAGED = dict(RECALL_POINTS)
CANDIDATES: dict[str, dict[str, tuple[int, float]]] = {
    "before (b43ef5b)": {},
    "3.5k bell p75/0.4": {"upper_mid_bell_db": (75, 0.4)},
    "3.5k bell p70/0.8": {"upper_mid_bell_db": (70, 0.8)},
    "+ shelf p70/0.6": {"upper_mid_bell_db": (75, 0.4), "low_shelf_db": (70, 0.6)},
    "+ shelf p70/0.4": {"upper_mid_bell_db": (75, 0.4), "low_shelf_db": (70, 0.4)},
    "+ 315 bell p70/0.6": {
        "upper_mid_bell_db": (75, 0.4),
        "low_shelf_db": (70, 0.4),
        "low_mid_bell_db": (70, 0.6),
    },
    "+ fall p75/1.5": {
        "upper_mid_bell_db": (75, 0.4),
        "low_shelf_db": (70, 0.4),
        "top_fall_db_per_oct": (75, 1.5),
    },
    "shapes p70/0.4": {s: (70, 0.4) for s in ("upper_mid_bell_db", "low_shelf_db", "low_mid_bell_db")},
    "in-sample choice": {
        "low_mid_bell_db": (70, 0.2),
        "low_shelf_db": (65, 0.2),
        "upper_mid_bell_db": (75, 0.6),
    },
    "shapes p70/0.2 + fall p75/0.6": {
        **{s: (70, 0.2) for s in ("upper_mid_bell_db", "low_shelf_db", "low_mid_bell_db")},
        "top_fall_db_per_oct": (75, 0.6),
    },
    "315 bell p70/1.1": {**PACKAGED, "low_mid_bell_db": (70, 1.1)},
    "315 bell p65/1.1": {**PACKAGED, "low_mid_bell_db": (65, 1.1)},
    "315 bell p78/1.1": {**PACKAGED, "low_mid_bell_db": (78, 1.1)},
    "fall p70/0.6": {**PACKAGED, "top_fall_db_per_oct": (70, 0.6)},
    "fall p80/0.8": {**PACKAGED, "top_fall_db_per_oct": (80, 0.8)},
    "fall p70/1.5": {**PACKAGED, "top_fall_db_per_oct": (70, 1.5)},
    "fall p70/1.7": {**PACKAGED, "top_fall_db_per_oct": (70, 1.7)},
}
"""Points against the no-genre range (``per_family_stat.all``); named families keep the shared pair, except the
in-sample choice, which was tried in both modes."""
BOTH_MODES = ("in-sample choice",)


def fold_tables(songs: list, data: dict[str, Any]) -> list[tuple[int, dict[str, Any], float]]:
    """Per fold: the references built from the other folds only (as the calibration's cross-validation does),
    and the fold's percussive threshold."""
    out = []
    for k in range(CV_FOLDS):
        train = [t for t, _ in songs if fold_of(t.group) != k]
        threshold = float(np.median([t.percussive_db for t in train]))
        out.append((k, build_families(train, threshold, float(data["shrinkage"]["chosen"])), threshold))
    return out


def held_rows(songs: list, folds: list) -> list[dict[str, Any]]:
    """Every song with its own fold's references (``families``) and family."""
    rows = []
    for k, families, threshold in folds:
        for t, profiles in songs:
            if fold_of(t.group) == k:
                family = "percussive" if t.percussive_db >= threshold else "sparse"
                rows.append({"name": t.name, "family": family, "profiles": profiles, "families": families})
    return rows


def with_points(
    data: dict[str, Any], points: dict[str, tuple[int, float]], both: bool = False
) -> dict[str, Any]:
    """``data`` with ``points`` as the no-genre range's problem/clear points (``both``: every family's)."""
    table = copy.deepcopy(data)
    row = table["severity_mapping"]
    own = {s: {"problem_at": p, "clear_past_p90": c} for s, (p, c) in points.items()}
    families = list(table["families"]) if both else ["all"]
    row["per_family_stat"] = {family: dict(own) for family in families}
    return table


def _sev(profile: TonalProfile, family: str, table: dict[str, Any], row: dict[str, Any]) -> dict[str, float]:
    """Severities against the song's fold references (``row["families"]``) with ``table``'s mapping."""
    held = {"families": row["families"], "severity_mapping": table["severity_mapping"]}
    return {str(v.kind): v.severity for v in judge_profile(profile, family, held)}


def figures(rows: list[dict[str, Any]], table: dict[str, Any]) -> dict[str, dict[str, float]]:
    out = {}
    for mode in ("no genre", "own family"):
        fam = [("all" if mode == "no genre" else r["family"]) for r in rows]
        base = [_sev(r["profiles"]["original"], f, table, r) for r, f in zip(rows, fam, strict=True)]
        flags = [any(v >= 0.5 for v in b.values()) for b in base]
        got = {
            "fa": float(np.mean(flags)),
            **{
                f"fa_{name}": float(
                    np.mean([f for f, r in zip(flags, rows, strict=True) if r["family"] == name])
                )
                for name in ("percussive", "sparse")
            },
            "median": float(np.median([sum(v >= FOUND_AT for v in b.values()) for b in base])),
        }
        two = [sum(v >= FOUND_AT for v in b.values()) >= 2 for b in base]
        got["two"] = max(  # the calibration's second rule: two or more >= 0.3 on at most 40 %, in each family
            float(np.mean([t for t, r in zip(two, rows, strict=True) if r["family"] == name]))
            for name in ("percussive", "sparse")
        )
        for plant, kind in TONAL_PLANTS.items():
            found = total = lowered = 0
            for r, f, b in zip(rows, fam, base, strict=True):
                before = b.get(kind, 0.0)
                after = _sev(r["profiles"][plant], f, table, r).get(kind, 0.0)
                lowered += after < before - 1e-9
                if before >= SATURATED + 1e-9:
                    continue
                total += 1
                found += after >= FOUND_AT and after >= before + RISE
            got[kind] = found / max(total, 1)
            got[f"{kind}_lowered"] = lowered
        out[mode] = got
    return out


def print_curve(rows: list[dict[str, Any]], data: dict[str, Any]) -> None:
    candidates = [("packaged", data)] + [
        (name, with_points(data, points, name in BOTH_MODES)) for name, points in CANDIDATES.items()
    ]
    kinds = list(TONAL_PLANTS.values())
    print(f"{'mapping (no-genre points)':30s} {'mode':10s} {'>=0.5':>6s} {'perc':>5s} {'sparse':>6s} {'med':>4s} {'two+':>5s}  "
          + "  ".join(f"{k:>6s}" for k in kinds))  # fmt: skip
    for name, table in candidates:
        for mode, got in figures(rows, table).items():
            low = sum(got[f"{k}_lowered"] for k in kinds)
            cells = "  ".join(f"{got[k] * 100:5.0f}%" for k in kinds)
            print(f"{name:30s} {mode:10s} {got['fa'] * 100:5.1f}% {got['fa_percussive'] * 100:4.1f}% "
                  f"{got['fa_sparse'] * 100:5.1f}% {got['median']:4.0f} {got['two'] * 100:4.0f}%  {cells}{f'  ({low} lowered)' if low else ''}")  # fmt: skip
    print("bars: >= 0.5 on <= 15 % of songs (the calibration's budget for held folds: 10 %, in each family too), "
          "median <= 1; each plant found in >= 2/3; two+: the family with most songs at two or more >= 0.3 "
          "(the calibration's rule: <= 40 %)")  # fmt: skip


def print_misses(rows: list[dict[str, Any]], data: dict[str, Any]) -> None:
    """Why each plant is missed with no genre under the packaged mapping, with the evidence the reading saw."""
    for plant, kind in TONAL_PLANTS.items():
        rule_stats = [s for s, r in RULE_BY_STAT.items() if str(r.kind) == kind]
        fates: Counter[str] = Counter()
        short: list[float] = []
        shifts: dict[str, list[float]] = {s: [] for s in rule_stats}
        for r in rows:
            b = _sev(r["profiles"]["original"], "all", data, r).get(kind, 0.0)
            a = _sev(r["profiles"][plant], "all", data, r).get(kind, 0.0)
            held = {"families": r["families"], "severity_mapping": data["severity_mapping"]}
            values = {}
            for which in ("original", plant):
                p = r["profiles"][which]
                gains = shape_gains(p.vs_mid_db, p.top_hz, shape_model("all", held))
                values[which] = {s: gains.get(s, p.get(s)) for s in rule_stats}
            for s in rule_stats:
                shifts[s].append(values[plant][s] - values["original"][s])
            if b >= SATURATED + 1e-9:
                fates["saturated"] += 1
                continue
            if a >= FOUND_AT and a >= b + RISE:
                fates["found"] += 1
                continue
            raw = 0.0
            for s in rule_stats:
                at = knots(stat_percentiles("all", s, held), severity_mapping(data, s, "all"))  # type: ignore[arg-type]
                raw = max(raw, at.severity(values[plant][s]))
                if s == rule_stats[0]:
                    short.append(at.problem_db - values[plant][s])
            if raw >= FOUND_AT and raw >= b + RISE:
                fates["opposite won"] += 1
            elif a < FOUND_AT:
                fates["under 0.3"] += 1
            else:
                fates["rise < 0.2"] += 1
        shift = ", ".join(
            f"{s} {np.nanmedian(v):+.1f} (p10 {np.nanpercentile(v, 10):+.1f})" for s, v in shifts.items()
        )
        under = [v for v in short if v > 0]
        gap = f"; misses under the problem point by a median {np.median(under):.1f}" if under else ""
        print(f"{plant:24s} {dict(fates)}; shift {shift}{gap}")


def main(argv: list[str] | None = None) -> int:
    songs, data = tuning_setup(argv, __doc__.splitlines()[0])
    rows = held_rows(songs, fold_tables(songs, data))
    print(f"{len(rows)} tuning songs, each judged against references built without its fold")
    print_curve(rows, data)
    print("why each plant is missed (no genre, packaged mapping):")
    print_misses(rows, data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
