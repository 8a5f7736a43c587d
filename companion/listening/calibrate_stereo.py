"""Calibrate the low-end stereo verdict on real recordings: ``python -m companion.listening.calibrate_stereo CORPUS...``.

Why: the low-end mono rule used to start at a correlation of 0.85 (a problem at 0.7), conventions that clean
synthetic mixes never cross. Released music does: on the 171 corpus excerpts the median low-end correlation is
0.81, and orchestral and ambient recordings (spaced microphones, a hall's diffuse low end) sit at 0.66; 39 % of
real songs were told to "keep the kick and bass centred", most of them songs without a kick. An engineer calls
a low end too wide only when it is wider than real records of that kind are, so the verdict now starts where
real mixes stop (``companion.listening.stereo_ranges``).

The songs, their split (tune / holdout) and their family are the tonal calibration's
(``reference_curves.json`` provenance, matched by SHA-256): the same middle 30 s, measured by
``companion.listening.analysis.analyze`` (what a user's mix goes through), one-channel files left out (they
carry no stereo to judge). Only the tuning part sets the percentiles; the held-out part is checked against them
and reported. Writes ``companion/knowledge/data/stereo_ranges.json`` with its provenance; audio never leaves the
corpus.

    python -m companion.listening.calibrate_stereo /work/corpus/manifest.json
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

from companion.errors import BadInput
from companion.listening.calibrate import write_data_file
from companion.listening.corpus import CorpusFile, collect, read_excerpt, sha256_file
from companion.listening.reference_curves import CURVES_FILE
from companion.listening.stereo_ranges import (
    CORPUS_FAMILIES,
    FULL_AT,
    PERCENTILES,
    PROBLEM_PERCENTILE,
    RANGES_FILE,
    REMARK_PERCENTILE,
    SCHEMA,
)

EXCERPT_S = 30.0
METHOD = (
    "The tonal calibration's songs (reference_curves.json provenance: the same files by SHA-256, split and "
    "family), the middle {seconds:g} s of each, through companion.listening.analysis.analyze; the statistic is "
    "StereoImage.low_end_correlation (Pearson of left and right over 20-150 Hz, from the Hann cross-spectrum of "
    "the analysis frames). One-channel files are left out. Percentiles {percentiles} (numpy linear) of the "
    "tuning songs per family ('all': every tuning song). The verdict starts at p{remark} (a remark), is a "
    "problem at p{problem} (fewer than 1 in 10 real mixes of the family are wider) and full at {full:g} (a low "
    "end more out of phase than in: summed to mono it loses about 6 dB, on any record)."
)


def measure(files: list[CorpusFile], seconds: float) -> list[dict[str, Any]]:
    """One row per corpus song the tonal calibration used: name, SHA-256, split, family, the statistic."""
    from companion.listening.analysis import analyze

    curves = json.loads(CURVES_FILE.read_text(encoding="utf-8"))
    known = {r["sha256"]: r for r in curves["provenance"]["files"] if "skipped" not in r}
    rows = []
    for file in files:
        record = known.get(sha256_file(file.path))
        if record is None:
            continue  # not one of the tonal calibration's songs
        excerpt = read_excerpt(file.path, seconds)
        if excerpt is None or excerpt.samples.shape[1] < 2:
            continue
        a = analyze(excerpt.samples, excerpt.sample_rate)
        rows.append(
            {
                "name": record["name"],
                "sha256": record["sha256"],
                "split": record["split"],
                "family": record["family"],
                "low_end_correlation": round(float(a.stereo.low_end_correlation), 4),
            }
        )
        print(f"[{len(rows)}] {record['name']}: {rows[-1]['low_end_correlation']:.2f}", file=sys.stderr)
    return rows


def fit(rows: list[dict[str, Any]], date: str, seconds: float, command: str) -> dict[str, Any]:
    """The data file as a dict: per family the tuning songs' percentiles, and the held-out songs checked."""
    families: dict[str, Any] = {}
    check: dict[str, Any] = {}
    for family in ("all", *CORPUS_FAMILIES):
        tune = np.array(
            [
                r["low_end_correlation"]
                for r in rows
                if r["split"] == "tune" and family in ("all", r["family"])
            ]
        )
        held = np.array(
            [
                r["low_end_correlation"]
                for r in rows
                if r["split"] == "holdout" and family in ("all", r["family"])
            ]
        )
        if tune.size < 8:
            raise BadInput(f"too few tuning songs in family {family!r} ({tune.size}) to say what is typical")
        points = {f"p{p}": round(float(np.percentile(tune, p)), 3) for p in PERCENTILES}
        families[family] = {"tracks": int(tune.size), "low_end_correlation": points}
        remark, problem = points[f"p{REMARK_PERCENTILE}"], points[f"p{PROBLEM_PERCENTILE}"]
        check[family] = {
            "tracks": int(held.size),
            "below_remark": round(float(np.mean(held < remark)), 3) if held.size else None,
            "below_problem": round(float(np.mean(held < problem)), 3) if held.size else None,
        }
    return {
        "schema": SCHEMA,
        "source": "real recordings (the tonal calibration's corpus: eight Debian game-soundtrack packages)",
        "method": METHOD.format(
            seconds=seconds,
            percentiles=", ".join(f"p{p}" for p in PERCENTILES),
            remark=REMARK_PERCENTILE,
            problem=PROBLEM_PERCENTILE,
            full=FULL_AT,
        ),
        "families": families,
        "holdout_check": check,
        "provenance": {
            "date": date,
            "command": command,
            "counts": {
                "tune": sum(r["split"] == "tune" for r in rows),
                "holdout": sum(r["split"] == "holdout" for r in rows),
            },
            "files": sorted(rows, key=lambda r: r["name"]),
        },
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", nargs="+", help="audio files, folders, or JSON manifests")
    parser.add_argument("--out", type=Path, default=RANGES_FILE, help="data file to write (the packaged one)")
    parser.add_argument("--seconds", type=float, default=EXCERPT_S, help="excerpt length (30)")
    parser.add_argument("--date", default=dt.date.today().isoformat(), help="date recorded in provenance")
    args = parser.parse_args(argv)
    try:
        files = collect(args.sources)
        if not files:
            raise BadInput("no audio files in the sources given")
        rows = measure(files, args.seconds)
        command = "python -m companion.listening.calibrate_stereo " + " ".join(args.sources)
        data = fit(rows, args.date, args.seconds, command)
    except BadInput as exc:
        print(f"calibrate_stereo: {exc}", file=sys.stderr)
        return 2
    write_data_file(args.out, data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
