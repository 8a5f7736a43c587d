"""Calibrate the tonal references on real recordings: ``python -m companion.listening.calibrate CORPUS...``.

Each source is a file, a folder (searched for audio) or a JSON manifest (``companion.listening.corpus``). For
every recording of at least ``--seconds`` (30 s): the middle 30 s are measured with the analysis' own code
(``frame_spectra`` + ``measured_bands``: the same third octaves, the same bandwidth limit a codec imposes),
the judged numbers come from ``companion.listening.tonal.tonal_profile``, and the percussive share from an HPSS
split. Songs are grouped with their variants and about a third of the groups are held out by hash; only the
tuning part sets the references, the held-out part is checked against them and reported. The data file gets
the per-family percentiles, the cross-check with published spectra and the provenance (every file's name and
SHA-256, its split and family, counts, package versions, date, method). Audio never leaves the corpus.

    python -m companion.listening.calibrate /work/corpus/manifest.json --licence supertux-data=GPL-2+ ...
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import platform
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

from companion.context import BAND_NAMES
from companion.errors import BadInput
from companion.listening.corpus import CorpusFile, collect, group_of, read_excerpt, sha256_file, split_of
from companion.listening.families import DEFAULT_FAMILY, GENRES
from companion.listening.frames import frame_spectra
from companion.listening.loudness import loudness_from_step_energies, step_energies
from companion.listening.percussion import percussive_share_db
from companion.listening.reference_curves import CURVES_FILE, SCHEMA
from companion.listening.reference_fit import (
    CLEAR_PAST_P90,
    CV_TARGET,
    CV_TWO_TARGET,
    PERCENTILES,
    PROBLEM_AT,
    TrackMeasure,
    build_families,
    choose_mapping,
    cross_check,
    holdout_check,
    mapping_row,
)
from companion.listening.shape_fit import CV_FOLDS, SHRINKAGES, choose_shrinkage
from companion.listening.spectrum import THIRD_OCTAVE_CENTERS_HZ, measured_bands
from companion.listening.tonal import JUDGED_TOP_HZ, LEVEL_NAMES, tonal_profile
from companion.listening.tonal_shapes import SHAPE_BAND_COUNT, SHAPE_NAMES, SHAPES

EXCERPT_S = 30.0

METHOD = (
    "For each recording of at least {seconds:g} s: the middle {seconds:g} s, measured with "
    "companion.listening.frames.frame_spectra + companion.listening.spectrum.measured_bands (the code `analyze` "
    "runs: overlap-save frames, power per third octave, everything limited to the source's bandwidth, which "
    "companion.listening.bandwidth finds as the cliff a lossy codec leaves); third octaves and bands are taken "
    "relative to the mids (500 Hz-1.8 kHz); levels and tilt are companion.listening.tonal.tonal_profile, and "
    "top_fall_db_per_oct the least-squares fall of the twelfth-octave levels from 4.5 to 10 kHz on Hann-windowed "
    "spectra of 16 frames per channel (the bandwidth scan's, free of the frames' leakage). "
    'Percussive share: median-filtering HPSS (companion.listening.percussion). Variants of one song ("_fast", '
    '"2", "_remix", "_old") form a group; a group is held out when the SHA-256 of its name is 0 mod 3. '
    "Only the tuning part sets the references: families split at its median percussive share. Per family a "
    "shape model over the {bands} third octaves from 31 Hz to 10 kHz: the median curve and the song-to-song "
    "covariance of the deviations from it, shrunk towards its diagonal by the shrinkage with the best "
    "{folds}-fold cross-validated Gaussian log-likelihood (shape_model.shrinkage). The shape gains "
    "(companion.listening.tonal_shapes: {shapes}) are GLS estimates of each EQ shape's gain in a song's "
    "deviation from the median curve, with an overall offset; their percentiles come from cross-fitted gains "
    "(each song measured against a model fitted without its fold). `all` (no genre): a model of every tuning "
    "song, each shape percentile the highest of the pooled songs', each family's and the percussive songs' "
    "moved onto the published popular centre (shape_envelope_of). Percentiles {percentiles} between songs "
    "(numpy linear interpolation). Where verdicts start is severity_mapping, chosen by cross-validation on "
    "the tuning part. Air (6-20 kHz) statistics only from sources that carry it; nothing above "
    "{judged_top:.0f} Hz is judged."
)


def measure(file: CorpusFile, seconds: float) -> tuple[dict[str, Any], TrackMeasure | None]:
    """The provenance record of one file and its measure (None, with a ``skipped`` reason, when unusable)."""
    record: dict[str, Any] = {"name": file.name, "package": file.package, "licence": file.licence}
    record["sha256"] = sha256_file(file.path)
    group = group_of(file.package, file.path)
    record.update(group=group, split=split_of(group))
    try:
        excerpt = read_excerpt(file.path, seconds)
    except (RuntimeError, ValueError, OSError) as exc:
        return {**record, "skipped": f"not readable ({str(exc).splitlines()[0][:80]})"}, None
    if excerpt is None:
        return {**record, "skipped": f"shorter than {seconds:g} s"}, None
    frames = frame_spectra(excerpt.samples, excerpt.sample_rate)
    bands = measured_bands(frames)
    loudness = loudness_from_step_energies(step_energies(frames))
    if not math.isfinite(loudness.integrated_lufs) or loudness.integrated_lufs < -60.0:
        return {**record, "skipped": "silent excerpt"}, None
    profile = tonal_profile(bands.third_octave_db, bands.top_hz, bands.top_fall_db_per_oct)
    mid = bands.levels_db["mid"]
    percussive = percussive_share_db(excerpt.samples, excerpt.sample_rate)
    record.update(
        sample_rate=excerpt.sample_rate,
        channels=int(excerpt.samples.shape[1]),
        duration_s=round(excerpt.duration_s, 2),
        excerpt_s=[round(excerpt.start_s, 2), round(excerpt.start_s + seconds, 2)],
        integrated_lufs=round(loudness.integrated_lufs, 2),
        bandwidth_hz=round(bands.top_hz, 1),
        codec_cut=bands.bandwidth_limited,
        percussive_db=round(percussive, 2),
    )
    track = TrackMeasure(
        name=file.name,
        split=record["split"],
        percussive_db=percussive,
        group=group,
        top_hz=bands.top_hz,
        bands_vs_mid_db={b: bands.levels_db[b] - mid for b in BAND_NAMES},
        third_octave_vs_mid_db=profile.vs_mid_db,
        stats=dict(profile.levels),
    )
    return record, track


def _versions() -> dict[str, str]:
    import scipy
    import soundfile

    from companion import __version__

    return {
        "python": platform.python_version(),
        "numpy": np.__version__,
        "scipy": scipy.__version__,
        "soundfile": soundfile.__version__,
        "libsndfile": str(getattr(soundfile, "__libsndfile_version__", "unknown")),
        "mixassist": __version__,
    }


def calibrate(files: list[CorpusFile], seconds: float, date: str) -> dict[str, Any]:
    """The whole data file as a dict (no writing): measure, split, fit, cross-check, provenance."""
    records, tracks = [], []
    for i, file in enumerate(files, 1):
        record, track = measure(file, seconds)
        records.append(record)
        if track is not None:
            tracks.append(track)
        print(f"[{i}/{len(files)}] {file.name}: {record.get('skipped') or record['split']}", file=sys.stderr)
    tune = [t for t in tracks if t.split == "tune"]
    holdout = [t for t in tracks if t.split == "holdout"]
    if len(tune) < 2 * 8:
        raise BadInput(f"only {len(tune)} usable tuning recordings; the calibration needs at least 16")
    threshold = float(np.median([t.percussive_db for t in tune]))
    shrinkage, likelihoods = choose_shrinkage(
        [
            (np.array([t.third_octave_vs_mid_db for t in part]), [t.group for t in part])
            for part in (
                [t for t in tune if t.percussive_db >= threshold],
                [t for t in tune if t.percussive_db < threshold],
                tune,
            )
        ]
    )
    mapping, tried = choose_mapping(tune, shrinkage)
    own, own_tried = choose_mapping(tune, shrinkage, base=mapping)
    families = build_families(tune, threshold, shrinkage)
    thin = [name for name, family in families.items() if family["shape_model"] is None]
    if thin:
        raise BadInput(f"too few complete tuning recordings to fit the shape model of: {', '.join(thin)}")
    by_name = {t.name: t for t in tracks}
    for record in records:
        track = by_name.get(record["name"])
        if track is not None:
            record["family"] = "percussive" if track.percussive_db >= threshold else "sparse"
    packages = Counter(r["package"] for r in records if "skipped" not in r)
    return {
        "schema": SCHEMA,
        "source": (
            f"Real recordings: {len(tune)} tuning + {len(holdout)} held-out excerpts of {len(packages)} "
            "packages (provenance below); the popular family's centre is published data (cross_check). "
            "Nothing here was fitted on companion.synth."
        ),
        "default_family": DEFAULT_FAMILY,
        "percentiles": [f"p{p}" for p in PERCENTILES],
        "severity_mapping": {
            **mapping_row(mapping, own),
            "rule": (
                "severity 0 up to the remark_from percentile of the family's real songs, 0.3 at the problem_at "
                "percentile, 0.5 at p90 + clear_past_p90 * (p90 - p50) (at least 1 dB past the problem point), "
                "1.0 full_after_spans times the problem-to-clear distance further, linear in between; "
                f"problem_at is the lowest of {', '.join(f'p{v}' for v in PROBLEM_AT)} and, with it, "
                f"clear_past_p90 the smallest of {', '.join(f'{v:g}' for v in CLEAR_PAST_P90)} for which "
                f"{CV_FOLDS}-fold cross-validation on the tuning part gives tonal verdicts >= 0.5 on at most "
                f"{CV_TARGET:.0%} of the held folds' songs and two or more verdicts >= 0.3 on at most {CV_TWO_TARGET:.0%}, with no "
                "genre and with their own family, over all songs and in each family; the shapes' pair is chosen "
                "with the per_stat readings left out, then each per_stat reading's own pair by the same rule "
                "with the shapes' pair fixed"
            ),
            "cross_validated": tried,
            "per_stat_cross_validated": own_tried,
        },
        "shrinkage": {
            "chosen": shrinkage,
            "rule": (
                f"the shape models' covariance is (1 - s) * sample covariance + s * its diagonal; s is the "
                f"one of {', '.join(f'{v:g}' for v in SHRINKAGES)} with the highest {CV_FOLDS}-fold "
                "cross-validated Gaussian log-likelihood of the tuning songs' third octaves (summed over the "
                "percussive, sparse and pooled songs)"
            ),
            "log_likelihood": likelihoods,
        },
        "judged_top_hz": JUDGED_TOP_HZ,
        "level_names": list(LEVEL_NAMES),
        "shape_names": list(SHAPE_NAMES),
        "shapes": {name: shape.describe for name, shape in SHAPES.items()},
        "third_octave_centers_hz": [round(c, 1) for c in THIRD_OCTAVE_CENTERS_HZ],
        "families": families,
        "genres": GENRES,
        "cross_check": cross_check(families),
        "holdout_check": holdout_check(families, holdout, threshold, mapping, own),
        "provenance": {
            "date": date,
            "command": "python -m companion.listening.calibrate " + " ".join(sys.argv[1:]),
            "method": METHOD.format(
                seconds=seconds,
                percentiles=", ".join(f"p{p}" for p in PERCENTILES),
                bands=SHAPE_BAND_COUNT,
                folds=CV_FOLDS,
                shapes="; ".join(f"{n}: {s.describe}" for n, s in SHAPES.items()),
                judged_top=JUDGED_TOP_HZ,
            ),
            "versions": _versions(),
            "counts": {
                "files": len(records),
                "used": len(tracks),
                "tune": len(tune),
                "holdout": len(holdout),
                "groups": len({r["group"] for r in records if "skipped" not in r}),
                "skipped": dict(Counter(r["skipped"].split(" (")[0] for r in records if "skipped" in r)),
                "by_package": dict(sorted(packages.items())),
                "codec_cut": sum(1 for r in records if r.get("codec_cut")),
                "percussive_threshold_db": round(threshold, 2),
            },
            "licences": {
                package: ", ".join(sorted({str(r["licence"]) for r in records if r["package"] == package}))
                for package in sorted({r["package"] for r in records})
            },
            "files": records,
        },
    }


def _licences(pairs: list[str]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        package, sep, licence = pair.partition("=")
        if not sep or not package or not licence:
            raise BadInput(f"--licence takes PACKAGE=LICENCE, got {pair!r}")
        out[package] = licence
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", nargs="+", help="audio files, folders, or JSON manifests")
    parser.add_argument("--out", type=Path, default=CURVES_FILE, help="data file to write (the packaged one)")
    parser.add_argument("--seconds", type=float, default=EXCERPT_S, help="excerpt length (30)")
    parser.add_argument("--date", default=dt.date.today().isoformat(), help="date recorded in provenance")
    parser.add_argument("--licence", action="append", default=[], metavar="PACKAGE=LICENCE")
    args = parser.parse_args(argv)
    try:
        files = collect(args.sources, _licences(args.licence))
        if not files:
            raise BadInput("no audio files in the sources given")
        data = calibrate(files, args.seconds, args.date)
    except BadInput as exc:
        print(f"calibrate: {exc}", file=sys.stderr)
        return 2
    write_data_file(args.out, data)
    return 0


def write_data_file(out: Path, data: dict[str, Any]) -> None:
    """Write a calibration's data file (the packaged JSON layout) and say what it rests on."""
    out.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    counts = data["provenance"]["counts"]
    print(f"wrote {out}: {counts['tune']} tuning + {counts['holdout']} held-out recordings", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
