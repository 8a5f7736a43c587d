"""How far can a reference-free tonal judge go on real music? The planted shift against the spread between songs.

On the tuning part of the real-music corpus only (never the held-out part), with 5-fold cross-validation by
song group (every fold's references built from the other folds, as ``companion.listening.calibrate`` does):
each song is analysed as it is and with each tonal problem of issue 9 planted (``benchmarks.planted_real``:
bell +6 dB at 300 Hz, low shelf +8 dB at 100 Hz, bell +6 dB at 3.5 kHz, low-pass 4 kHz, high-pass 200 Hz),
and its shape gains are read against its fold's models, with no genre (``all``) and with its own family.

Printed per planted kind and mode:
- the median shift the plant moves its statistic by, the statistic's spread between the held-fold songs
  (SD, and a robust SD from p10-p90), and their ratio (shift / SD);
- the *ceiling*: the share of planted songs past a threshold set at the fold's p90/p85/p80/p75/p70 of real
  songs (a per-kind false-alarm budget of 10-30 %), i.e. the recall any monotone severity mapping could reach
  if a song past the threshold counted as found, whatever its severity was before;
- with the packaged severity mapping (``severity_mapping`` of the data file), where every miss falls: the
  song stays under 0.3 (it was lean there: the plant leaves it inside what real mixes carry), it crosses 0.3
  but rises less than 0.2 (it was near the problem point already), or it was already >= 0.3 and rose less than
  0.2 (short of the clear-problem point).

A measurement, not a gate (exits 0; 2 when the corpus is missing). Takes about 5 minutes on one core.

    .venv/bin/python benchmarks/tonal_ceiling.py /work/corpus/manifest.json
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpus_tracks import require_corpus, tuning_excerpts
from benchmarks.planted_real import PLANTS, TONAL
from companion.context import BAND_NAMES
from companion.listening.analysis import analyze
from companion.listening.reference_curves import CURVES_FILE, shape_model, stat_percentiles
from companion.listening.reference_fit import TrackMeasure, build_families, mapping_row
from companion.listening.shape_fit import CV_FOLDS, fold_of
from companion.listening.tonal import TonalProfile
from companion.listening.tonal_judge import RULE_OF, judge_profile
from companion.listening.tonal_judge import profile_of as analysis_profile
from companion.listening.tonal_shapes import shape_gains

TONAL_PLANTS = {plant: kind for plant, (kind, _) in PLANTS.items() if kind in TONAL}
BUDGETS = (10, 15, 20, 25, 30)
FOUND_AT, RISE, SATURATED = 0.3, 0.2, 0.8


def tuning_setup(
    argv: list[str] | None, description: str
) -> tuple[list[tuple[TrackMeasure, dict[str, TonalProfile]]], dict[str, Any]]:
    """The offline tonal benchmarks' shared start: the corpus named on the command line (one line and exit 2 when
    it is missing), its tuning songs measured, and the packaged reference data."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("corpus", nargs="+", help="corpus folders, files or JSON manifests")
    args = parser.parse_args(argv)
    require_corpus(args.corpus)
    return tuning_songs(args.corpus), json.loads(CURVES_FILE.read_text(encoding="utf-8"))


def tuning_songs(sources: list[str]) -> list[tuple[TrackMeasure, dict[str, TonalProfile]]]:
    """Every tuning song of the data file's provenance: its measure and the profiles of it and its plants."""
    out = []
    for record, excerpt in tuning_excerpts(sources):  # the held-out part is never looked at here
        x, sr = excerpt.samples, excerpt.sample_rate
        profiles = {"original": analysis_profile(analyze(x, sr))}
        for plant in TONAL_PLANTS:
            profiles[plant] = analysis_profile(analyze(PLANTS[plant][1](x, sr), sr))
        original = profiles["original"]
        measure = TrackMeasure(
            name=record["name"],
            split="tune",
            percussive_db=float(record["percussive_db"]),
            group=record["group"],
            top_hz=original.top_hz,
            bands_vs_mid_db=dict.fromkeys(BAND_NAMES, 0.0),  # not used by the shape models
            third_octave_vs_mid_db=original.vs_mid_db,
            stats=dict(original.levels),
        )
        out.append((measure, profiles))
        print(f"[{len(out)}] {record['name']}", file=sys.stderr)
    return out


def measure_folds(songs: list[tuple[TrackMeasure, dict[str, TonalProfile]]], shrinkage: float, mapping: dict):
    """Per held-fold song and mode: the gains and severities of the original and of each plant, and the fold's
    percentiles of each statistic."""
    rows = []
    for k in range(CV_FOLDS):
        train = [t for t, _ in songs if fold_of(t.group) != k]
        threshold = float(np.median([t.percussive_db for t in train]))
        table = {"families": build_families(train, threshold, shrinkage), "severity_mapping": mapping}
        for t, profiles in songs:
            if fold_of(t.group) != k:
                continue
            own = "percussive" if t.percussive_db >= threshold else "sparse"
            for mode, family in (("no genre", "all"), ("own family", own)):
                model = shape_model(family, table)
                row = {"mode": mode, "gains": {}, "severity": {}, "spread": {}}
                for name, profile in profiles.items():
                    row["gains"][name] = shape_gains(profile.vs_mid_db, profile.top_hz, model)
                    row["severity"][name] = {
                        str(v.kind): v.severity for v in judge_profile(profile, family, table)
                    }
                for kind in set(TONAL_PLANTS.values()):
                    row["spread"][kind] = stat_percentiles(family, RULE_OF[kind].stat, table)  # type: ignore[index]
                rows.append(row)
    return rows


def report(rows: list[dict]) -> None:
    budgets = "  ".join(f"{b:>2d} %" + " " * 6 for b in BUDGETS)
    for mode in ("no genre", "own family"):
        print(f"== {mode}")
        print(f"{'plant':24s} {'shift':>6s} {'SD':>5s} {'rSD':>5s} {'s/SD':>5s} | ceiling at a per-kind budget of: "
              f"{budgets}| with the packaged mapping: found, lean there, rise < 0.2 from under / over 0.3")  # fmt: skip
        chosen = [r for r in rows if r["mode"] == mode]
        for plant, kind in TONAL_PLANTS.items():
            stat = RULE_OF[kind].stat  # type: ignore[index]
            before = np.array([r["gains"]["original"][stat] for r in chosen])
            after = np.array([r["gains"][plant][stat] for r in chosen])
            ok = np.isfinite(before) & np.isfinite(after)
            shift = float(np.median(after[ok] - before[ok]))
            sd = float(np.std(before[ok]))
            robust = float(np.subtract(*np.percentile(before[ok], [90, 10]))) / 2.563
            cells = []
            for budget in BUDGETS:
                line = np.array([r["spread"][kind].at(100 - budget) for r in chosen])[ok]
                cells.append(
                    f"{np.mean(after[ok] > line) * 100:3.0f}% (fa {np.mean(before[ok] > line) * 100:2.0f})"
                )
            fates: Counter[str] = Counter()
            for r in chosen:
                b = r["severity"]["original"].get(str(kind), 0.0)
                a = r["severity"][plant].get(str(kind), 0.0)
                if b >= SATURATED + 1e-9:
                    fates["saturated"] += 1
                elif a >= FOUND_AT and a >= b + RISE:
                    fates["found"] += 1
                elif a < FOUND_AT:
                    fates["lean"] += 1
                elif b < FOUND_AT:
                    fates["from under"] += 1
                else:
                    fates["from over"] += 1
            n = max(len(chosen) - fates["saturated"], 1)
            fate = ", ".join(
                f"{fates[f] / n * 100:3.0f}%" for f in ("found", "lean", "from under", "from over")
            )
            print(
                f"{plant:24s} {shift:6.2f} {sd:5.2f} {robust:5.2f} {shift / robust:5.2f} | {'  '.join(cells)} | {fate}"
            )
    print("ceiling: share of planted songs past the fold's percentile (fa: share of the originals past it)")


def main(argv: list[str] | None = None) -> int:
    songs, data = tuning_setup(argv, __doc__.splitlines()[0])
    mapping = data["severity_mapping"]
    mapping = mapping_row((int(mapping["problem_at"]), float(mapping["clear_past_p90"])))
    rows = measure_folds(songs, float(data["shrinkage"]["chosen"]), mapping)
    print(f"{len(songs)} tuning songs, {CV_FOLDS}-fold cross-validated; mapping {mapping}")
    report(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
