"""Does our demo synthesizer sound like real music? Its clean mixes against the real corpus, band by band.

Why: the planted-problem benchmark (benchmarks/planted_problems.py) plants problems on the synth's clean mixes;
if those mixes are unlike real music, it tests the synth, not the judge. This script holds every arrangement's
clean mixes against what real released mixes occupy (the corpus's tuning split only; the held-out split is
never looked at here), with plain measurements and none of the judge's verdicts:
- each third octave (31 Hz-10 kHz) relative to the mids (500 Hz-1.6 kHz), as ``companion.listening.tonal``
  reads it;
- the same curve against the track's own smoothed trend (a least-squares quadratic in log frequency over
  31 Hz-10 kHz, levels floored 40 dB under the mids like the shape reading): bumps, dips and holes that the
  overall balance hides (real music's long-term spectrum is close to a quadratic, Elowsson & Friberg 2017);
- the contract's main bands relative to ``mid``, the 100 Hz-4 kHz tilt, and how fast the top falls from 4.5 to
  10 kHz on leak-free twelfth octaves (``companion.listening.bandwidth``; the third octaves' leakage floor hides
  a steep fall there).
For each, the real songs' 10th/50th/90th percentiles and each arrangement's median over its seeds; a value
outside p10-p90 is marked (``+`` above, ``-`` below). It also prints listen-by-numbers for the synth mixes
(loudness, PLR, stereo correlation). A measurement: exits 0 after printing the count of bands outside.

    .venv/bin/python benchmarks/synth_realism.py /work/corpus/manifest.json [--seeds 4] [--family all]
"""

from __future__ import annotations

import argparse
import hashlib
import inspect
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpus_tracks import corpus_tracks, require_corpus
from companion.context import BAND_NAMES
from companion.listening.frames import frame_spectra
from companion.listening.spectrum import measured_bands
from companion.listening.tonal import CENTERS_HZ, tonal_profile
from companion.listening.tonal_shapes import FLOOR_DB, SHAPE_BAND_COUNT
from companion.synth.mix import ARRANGEMENTS, render_mix

CACHE_DIR = Path.home() / ".cache" / "mixassist"
SEED_BASE = 1000
"""Synth seeds: SEED_BASE + i per arrangement (none of the tests' or the planted benchmark's fixed seeds)."""
LOG2_F = np.log2(CENTERS_HZ[:SHAPE_BAND_COUNT] / 1000.0)


def measure(samples: np.ndarray, sample_rate: int) -> dict[str, Any]:
    """Third octaves against the mids, their residual against the own quadratic trend, main bands vs mid,
    tilt (dB/oct), for one clip."""
    frames = frame_spectra(samples, sample_rate)
    bands = measured_bands(frames)
    profile = tonal_profile(bands.third_octave_db, bands.top_hz, bands.top_fall_db_per_oct)
    rel = np.array(profile.vs_mid_db[:SHAPE_BAND_COUNT], dtype=np.float64)
    resid = np.full(SHAPE_BAND_COUNT, np.nan)
    ok = np.isfinite(rel)
    if ok.sum() >= 8:
        level = np.maximum(rel[ok], FLOOR_DB)
        fit = np.polyval(np.polyfit(LOG2_F[ok], level, 2), LOG2_F[ok])
        resid[ok] = level - fit
    mid = bands.levels_db["mid"]
    main = np.array([bands.levels_db[b] - mid for b in BAND_NAMES], dtype=np.float64)
    return {
        "rel": rel,
        "resid": resid,
        "main": main,
        "tilt": profile.get("tilt_db_per_oct"),
        "fall": profile.get("top_fall_db_per_oct"),
    }


def real_measures(sources: list[str], split: str, family: str) -> dict[str, np.ndarray]:
    """The corpus's measures (one row per track of ``split``/``family``), cached by sources and ``measure``'s code."""
    key = hashlib.sha256(
        json.dumps([sources, split, family]).encode() + inspect.getsource(measure).encode()
    ).hexdigest()[:16]
    cache = CACHE_DIR / f"synth_realism_{key}.npz"
    if cache.exists():
        with np.load(cache) as data:
            return {k: data[k] for k in data.files}
    rows: dict[str, list] = {"rel": [], "resid": [], "main": [], "tilt": [], "fall": []}
    for track in corpus_tracks(sources):
        if track.split != split or (family != "all" and track.family != family):
            continue
        m = measure(track.samples, track.sample_rate)
        for k in rows:
            rows[k].append(m[k])
    out = {k: np.array(v, dtype=np.float64) for k, v in rows.items()}
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    np.savez(cache, **out)
    return out


def synth_measures(seeds: int, seconds: float) -> dict[str, dict[str, Any]]:
    """Per arrangement: the median of each measure over ``seeds`` clean mixes, and listen-by-numbers."""
    from companion.listening.analysis import analyze

    out = {}
    for name in ARRANGEMENTS:
        ms, plain = [], []
        for i in range(seeds):
            m = render_mix(name, SEED_BASE + i, seconds)
            ms.append(measure(m.mix, m.sample_rate))
            a = analyze(m.mix, m.sample_rate)
            x = m.mix.astype(np.float64)
            plain.append(
                (a.integrated_lufs, a.true_peak_dbtp - a.integrated_lufs, np.corrcoef(x[:, 0], x[:, 1])[0, 1])
            )
        med = {k: np.nanmedian(np.array([m[k] for m in ms], dtype=np.float64), axis=0) for k in ms[0]}
        med["plain"] = np.median(np.array(plain), axis=0)
        out[name] = med
    return out


def _mark(value: float, lo: float, hi: float) -> str:
    if not np.isfinite(value):
        return " "
    return "+" if value > hi else "-" if value < lo else " "


def table(
    title: str,
    labels: list[str],
    real: np.ndarray,
    synth: dict[str, np.ndarray],
) -> dict[str, int]:
    """Print real p10/p50/p90 and each arrangement's value per row; return the count outside per arrangement."""
    p10, p50, p90 = (np.nanpercentile(real, q, axis=0) for q in (10, 50, 90))
    names = list(synth)
    print(f"\n{title}")
    print(f"{'band':>8s} {'p10':>6s} {'p50':>6s} {'p90':>6s}  " + " ".join(f"{n[:10]:>11s}" for n in names))
    outside = dict.fromkeys(names, 0)
    for i, label in enumerate(labels):
        cells = []
        for n in names:
            v = float(synth[n][i])
            mark = _mark(v, p10[i], p90[i])
            outside[n] += mark != " "
            cells.append(f"{v:10.1f}{mark}")
        print(f"{label:>8s} {p10[i]:6.1f} {p50[i]:6.1f} {p90[i]:6.1f}  " + " ".join(cells))
    print(f"{'outside':>8s} {'':20s}  " + " ".join(f"{outside[n]:11d}" for n in names))
    return outside


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="+", help="corpus folders, files or JSON manifests")
    parser.add_argument("--seeds", type=int, default=4, help="clean mixes per arrangement (default 4)")
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument(
        "--family", choices=("all", "percussive", "sparse"), default="all", help="real songs compared with"
    )
    args = parser.parse_args(argv)
    if args.seeds < 1 or not 2.0 <= args.seconds <= 120.0:
        parser.error("--seeds must be at least 1, --seconds between 2 and 120")
    require_corpus(args.corpus)
    real = real_measures(args.corpus, "tune", args.family)
    synth = synth_measures(args.seeds, args.seconds)
    count = real["rel"].shape[0]
    print(
        f"synth realism: {len(ARRANGEMENTS)} arrangements x {args.seeds} clean mixes of {args.seconds:.0f} s "
        f"against {count} real songs (tuning split, family {args.family}); '+' above p90, '-' below p10"
    )
    labels = [f"{c:.0f}" for c in CENTERS_HZ[:SHAPE_BAND_COUNT]]
    totals = dict.fromkeys(synth, 0)
    for title, key, rows in (
        ("third octaves vs the mids (dB)", "rel", labels),
        ("third octaves vs the track's own smoothed trend (dB)", "resid", labels),
        ("main bands vs mid (dB)", "main", list(BAND_NAMES)),
    ):
        out = table(title, rows, real[key], {n: s[key] for n, s in synth.items()})
        for n, c in out.items():
            totals[n] += c
    for key, title in (
        ("tilt", "tilt 100 Hz-4 kHz (dB/oct)"),
        ("fall", "top's fall 4.5-10 kHz, leak-free twelfth octaves (dB/oct, positive falling)"),
    ):
        lo, mid, hi = np.nanpercentile(real[key], [10, 50, 90])
        print(f"\n{title}: real p10 {lo:.2f}  p50 {mid:.2f}  p90 {hi:.2f}")
        for n, s in synth.items():
            mark = _mark(float(s[key]), lo, hi)
            totals[n] += mark != " "
            print(f"  {n:12s} {float(s[key]):6.2f}{mark}")
    print("\nlisten by numbers (median over seeds): integrated LUFS, PLR (dB), L/R correlation")
    for n, s in synth.items():
        lufs, plr, corr = s["plain"]
        print(f"  {n:12s} {lufs:6.1f} LUFS  PLR {plr:5.1f}  corr {corr:4.2f}")
    print(
        "\nrows outside the real p10-p90, per arrangement: "
        + ", ".join(f"{n} {c}" for n, c in totals.items())
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
