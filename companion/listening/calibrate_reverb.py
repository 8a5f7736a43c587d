"""Calibrate the diffuse share on real recordings: ``python -m companion.listening.calibrate_reverb CORPUS...``.

Why: a mix's diffuse share (``companion.listening.reverb_diffuse``) says nothing alone; an engineer calls a
mix wet or dry against records they know. The songs and their split (tune / holdout) are the tonal
calibration's (``reference_curves.json`` provenance, matched by SHA-256), the same middle 30 s; one-channel
files are left out. Only the tuning part sets the percentiles; the held-out part is reported beside them.
Writes ``companion/knowledge/data/reverb_ranges.json``; audio never leaves the corpus.

Not used by the advisor: ``benchmarks/reverb_validation.py`` shows the diffuse share rises with added reverb,
but dry synthetic sessions (no reverb at all) already span 0.04-0.49, from the 10th to the 90th percentile of
these real songs, so a mix's place in this range says how wide its stereo image is as much as how wet it is.

    python -m companion.listening.calibrate_reverb /work/corpus/manifest.json
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
from companion.knowledge.tables import DATA_DIR
from companion.listening.calibrate import write_data_file
from companion.listening.corpus import CorpusFile, collect, read_excerpt, sha256_file
from companion.listening.reference_curves import CURVES_FILE
from companion.listening.reverb_diffuse import diffuse_share

EXCERPT_S = 30.0
RANGES_FILE = DATA_DIR / "reverb_ranges.json"
SCHEMA = "mixassist.reverb_ranges/1"
PERCENTILES = (5, 10, 25, 50, 75, 90, 95)
METHOD = (
    "The tonal calibration's songs (reference_curves.json provenance: the same files by SHA-256 and split), "
    "the middle {seconds:g} s of each, through companion.listening.reverb_diffuse.diffuse_share (energy-weighted "
    "1 - left/right coherence over 354 Hz-5.7 kHz, 2048-point Hann frames, coherence over 16 frames). "
    "One-channel files are left out. Percentiles (numpy linear) of the tuning songs; the held-out songs' "
    "percentiles are reported beside them and never used."
)


def measure(files: list[CorpusFile], seconds: float) -> list[dict[str, Any]]:
    """One row per corpus song of the tonal calibration: name, SHA-256, split, family, diffuse share."""
    curves = json.loads(CURVES_FILE.read_text(encoding="utf-8"))
    known = {r["sha256"]: r for r in curves["provenance"]["files"] if "skipped" not in r}
    rows = []
    for file in files:
        record = known.get(sha256_file(file.path))
        excerpt = read_excerpt(file.path, seconds) if record is not None else None
        if record is None or excerpt is None or excerpt.samples.shape[1] < 2:
            continue
        share = diffuse_share(excerpt.samples, excerpt.sample_rate)
        if share is None:
            continue  # two identical channels: a mono song stored as stereo
        rows.append({"name": record["name"], "sha256": record["sha256"], "split": record["split"],
                     "family": record["family"], "diffuse_share": round(share, 4)})  # fmt: skip
        print(f"[{len(rows)}] {record['name']}: {share:.3f}", file=sys.stderr)
    return rows


def _points(values: np.ndarray) -> dict[str, float]:
    return {f"p{p}": round(float(np.percentile(values, p)), 3) for p in PERCENTILES}


def fit(rows: list[dict[str, Any]], date: str, seconds: float, command: str) -> dict[str, Any]:
    tune = np.array([r["diffuse_share"] for r in rows if r["split"] == "tune"])
    held = np.array([r["diffuse_share"] for r in rows if r["split"] == "holdout"])
    if tune.size < 20:
        raise BadInput(f"too few tuning songs ({tune.size}) to say what is typical")
    return {
        "schema": SCHEMA,
        "source": "real recordings (the tonal calibration's corpus: eight Debian game-soundtrack packages)",
        "method": METHOD.format(seconds=seconds),
        "all": {"tracks": int(tune.size), "diffuse_share": _points(tune)},
        "holdout_check": {"tracks": int(held.size), "diffuse_share": _points(held) if held.size else None},
        "provenance": {
            "date": date,
            "command": command,
            "counts": {"tune": int(tune.size), "holdout": int(held.size)},
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
        command = "python -m companion.listening.calibrate_reverb " + " ".join(args.sources)
        data = fit(rows, args.date, args.seconds, command)
    except BadInput as exc:
        print(f"calibrate_reverb: {exc}", file=sys.stderr)
        return 2
    write_data_file(args.out, data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
