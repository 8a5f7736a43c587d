"""Can what an EQ cannot change predict what a band's level should be? A test of one more way past the tonal ceiling.

``benchmarks/tonal_ceiling.py`` shows why a reference-free judge misses planted tonal problems on real music:
songs differ between themselves by about as much as a plant moves a band (shift / SD near 1), even with the
best linear reading of the other bands (``companion.listening.tonal_shapes``). An engineer is not fooled the same
way: they hear *what is playing* (hats that should sizzle, a cello that should have body) and expect each band's
level from that. A static EQ scales a band by a constant at every moment, so everything about how the band
*moves* over time is untouched by it: in the log domain the plant adds a constant to each band's envelope, and
the envelope's spread, its frame-to-frame flux, its spread and range against the mids, and its correlation with
the mids stay exactly as they were (up to leakage between bands). If those temporal traits told what a band's
level should be, the residual spread between songs would shrink while the plant's shift stayed, and the ceiling
would rise.

Measured on the tuning part of the real-music corpus only (the held-out part is never read), 5-fold
cross-validated by song group as the calibration is: per tonal plant of ``benchmarks.planted_real`` (bell +6 dB at
300 Hz, low shelf +8 dB at 100 Hz, bell +6 dB at 3.5 kHz, low-pass 4 kHz, high-pass 200 Hz), the region level
it moves (low mids 198-397 Hz, bass 50-157 Hz, upper mids 2-4 kHz, top 5-10 kHz against the mids, signed so
that more is the problem) is predicted by a ridge regression from
- nothing (the corpus mean: the plain spread between songs),
- the other bands' levels (outside an octave around the region: what the shape models use),
- the region's own temporal traits (five numbers: the means over its bands of the traits above),
- the temporal traits of every band (120 numbers: 24 bands x 5),
- levels and region traits together.
Each model's ridge strength is chosen on the originals alone (the smallest cross-validated residual SD), so no
plant enters the choice. Printed: the plant's median shift of the residual, the residual SD between songs, their
ratio, and the recall a threshold at the training folds' 90th / 80th / 70th percentile would reach (in brackets
the share of the originals past it: the false alarms it costs).

The answer (2026-11-30, 122 tuning songs): no. Residual SD between songs (low mids / bass / upper mids / top, dB):
- the corpus mean: 4.30 / 7.70 / 5.20 / 9.76 (shift / SD of the five plants: 0.74, 0.61, 0.70, 0.84, 1.39);
- the region's temporal traits: 4.21 / 7.69 / 5.18 / 8.93 (0.75, 0.61, 0.69, 0.92, 1.39): nothing gained;
- every band's traits: 4.00 / 7.03 / 5.19 / 8.99 (0.74, 0.67, 0.69, 0.91, 1.52), at the ridge the originals chose;
  weaker ridges overfit (false alarms of 30-40 % at a 10 % budget in a first try);
- the other bands' levels: 4.10 / 6.77 / 4.32 / 7.01 (0.82, 0.69, 0.84, 1.14, 1.57), what the shape models use;
- levels and region traits: 4.06 / 6.68 / 4.39 / 6.70 (0.82, 0.70, 0.82, 1.20, 1.59): within 0.06 of levels alone.
At a 20 % false-alarm budget the best model reaches 52 / 57 / 66 / 71 / 91 % recall, short of two thirds on the
300 Hz bell and the 100 Hz shelf as before. So the ceiling is not for want of looking at time: what a song's
band *does* over time does not say how loud it should be.

A measurement, not a gate (exits 0; 2 when the corpus is missing). Under a minute on one core.

    .venv/bin/python benchmarks/tonal_invariants.py /work/corpus/manifest.json
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpus_tracks import require_corpus, tuning_excerpts
from benchmarks.planted_real import PLANTS
from companion.listening.shape_fit import CV_FOLDS, fold_of
from companion.listening.spectrum import THIRD_OCTAVE_BANDS

EDGES_HZ = np.array(list(THIRD_OCTAVE_BANDS.values()))
CENTRES_HZ = np.sqrt(EDGES_HZ[:, 0] * EDGES_HZ[:, 1])
USED = (CENTRES_HZ >= 45.0) & (CENTRES_HZ <= 10500.0)
"""50 Hz to 10 kHz: what every source carries (the judge's span, less the two lowest bands a 4096-point frame
cannot split)."""
CENTRES = CENTRES_HZ[USED]
MIDS = (CENTRES >= 500.0) & (CENTRES <= 1600.0)
REGIONS_HZ = {
    "low_mid": (195.0, 400.0),
    "bass": (49.0, 160.0),
    "upper_mid": (1990.0, 4010.0),
    "top": (5000.0, 10100.0),
}
PLANTED = {
    "bell +6 dB 300 Hz": ("low_mid", 1),
    "low shelf +8 dB 100 Hz": ("bass", 1),
    "bell +6 dB 3.5 kHz": ("upper_mid", 1),
    "low-pass 4 kHz": ("top", -1),
    "high-pass 200 Hz": ("bass", -1),
}
TRAITS = 5
ALPHAS = (1.0, 10.0, 100.0, 1000.0)
BUDGETS = (10, 20, 30)
FRAME, HOP = 4096, 2048


@dataclass(frozen=True)
class Variant:
    """One version of a song: its bands against the mids (dB) and every band's temporal traits (``TRAITS`` x bands)."""

    rel_db: np.ndarray
    traits: np.ndarray

    def region_db(self, region: str) -> float:
        lo, hi = REGIONS_HZ[region]
        return _power_db(self.rel_db[(lo <= CENTRES) & (hi >= CENTRES)])


def _power_db(levels: np.ndarray) -> float:
    return float(10.0 * np.log10(np.sum(10.0 ** (levels / 10.0))))


def measure(samples: np.ndarray, sample_rate: int) -> Variant:
    """Third-octave energies frame by frame (Hann, 4096 points, half overlap, the mono sum), their long-term
    levels against the mids, and the traits a static EQ leaves alone."""
    from scipy.signal import stft

    mono = samples.astype(np.float64).mean(axis=1)
    freqs, _, spectra = stft(
        mono, sample_rate, nperseg=FRAME, noverlap=FRAME - HOP, boundary=None, padded=False
    )
    power = np.abs(spectra) ** 2
    rows = []
    for lo, hi in EDGES_HZ[USED]:
        inside = (freqs >= lo) & (freqs < hi)
        rows.append(
            power[inside].sum(axis=0) if inside.any() else power[np.argmin(np.abs(freqs - (lo * hi) ** 0.5))]
        )
    bands = np.array(rows)
    total = bands.sum(axis=0)
    bands = bands[:, total > total.max() * 1e-5]  # frames of silence carry no trait
    level = 10.0 * np.log10(bands.mean(axis=1) + 1e-30)
    env = 10.0 * np.log10(bands + 1e-20)
    mids = 10.0 * np.log10(bands[MIDS].sum(axis=0) + 1e-20)
    against = env - mids
    low, high = np.percentile(against, [10, 90], axis=1)
    traits = np.stack(
        [
            env.std(axis=1),
            np.median(np.abs(np.diff(env, axis=1)), axis=1),
            against.std(axis=1),
            np.array([np.corrcoef(e, mids)[0, 1] for e in env]),
            high - low,
        ]
    )
    return Variant(level - _power_db(level[MIDS]), traits)


def tuning_songs(sources: list[str]) -> list[tuple[str, dict[str, Variant]]]:
    """(group, {original and each tonal plant: its measure}) of every tuning song of the data file's provenance."""
    out = []
    for record, excerpt in tuning_excerpts(sources):  # the held-out part is never looked at here
        x, sr = excerpt.samples, excerpt.sample_rate
        variants = {"original": measure(x, sr)}
        for plant in PLANTED:
            variants[plant] = measure(PLANTS[plant][1](x, sr), sr)
        out.append((record["group"], variants))
        print(f"[{len(out)}] {record['name']}", file=sys.stderr)
    return out


def design(v: Variant, predictors: str, region: str) -> np.ndarray:
    """The predictors of one model for one variant."""
    lo, hi = REGIONS_HZ[region]
    inside = (lo <= CENTRES) & (hi >= CENTRES)
    parts = [np.zeros(0)]
    if "levels" in predictors:
        parts.append(v.rel_db[~((lo / 2 <= CENTRES) & (hi * 2 >= CENTRES)) & ~MIDS])
    if "region traits" in predictors:
        parts.append(v.traits[:, inside].mean(axis=1))
    if "all traits" in predictors:
        parts.append(v.traits.ravel())
    return np.concatenate(parts)


def ridge(x: np.ndarray, y: np.ndarray, alpha: float) -> Callable[[np.ndarray], np.ndarray]:
    """Ridge regression on standardised predictors (the intercept unpenalised); no predictors: the mean."""
    if x.shape[1] == 0:
        return lambda z: np.full(len(z), float(y.mean()))
    mu, sd = x.mean(axis=0), x.std(axis=0) + 1e-9
    w = np.linalg.solve(
        ((x - mu) / sd).T @ ((x - mu) / sd) + alpha * np.eye(x.shape[1]), ((x - mu) / sd).T @ (y - y.mean())
    )
    return lambda z: (z - mu) / sd @ w + float(y.mean())


def cross_fit(
    songs, predictors: str, plant: str, alpha: float
) -> tuple[np.ndarray, np.ndarray, dict[int, np.ndarray]]:
    """Cross-fitted residuals of the originals and of the plant, and each budget's threshold per song."""
    region, sign = PLANTED[plant]
    folds = np.array([fold_of(g) for g, _ in songs])
    y0 = np.array([sign * v["original"].region_db(region) for _, v in songs])
    y1 = np.array([sign * v[plant].region_db(region) for _, v in songs])
    x0 = np.array([design(v["original"], predictors, region) for _, v in songs])
    x1 = np.array([design(v[plant], predictors, region) for _, v in songs])
    r0, r1 = np.zeros(len(songs)), np.zeros(len(songs))
    lines = {b: np.zeros(len(songs)) for b in BUDGETS}
    for k in range(CV_FOLDS):
        train, test = folds != k, folds == k
        predict = ridge(x0[train], y0[train], alpha)
        r0[test] = (y0 - predict(x0))[test]
        r1[test] = (y1 - predict(x1))[test]
        trained = (y0 - predict(x0))[train]
        for b in BUDGETS:
            lines[b][test] = np.percentile(trained, 100 - b)
    return r0, r1, lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="+", help="corpus folders, files or JSON manifests")
    args = parser.parse_args(argv)
    require_corpus(args.corpus)
    songs = tuning_songs(args.corpus)
    print(f"{len(songs)} tuning songs, {CV_FOLDS}-fold cross-validated by group")
    models = ("nothing", "levels", "region traits", "all traits", "levels + region traits")
    for plant in PLANTED:
        print(f"== {plant} ({PLANTED[plant][0]})")
        for predictors in models:
            alphas = (0.0,) if predictors == "nothing" else ALPHAS
            alpha = min(alphas, key=lambda a: float(np.std(cross_fit(songs, predictors, plant, a)[0])))
            r0, r1, lines = cross_fit(songs, predictors, plant, alpha)
            shift, sd = float(np.median(r1 - r0)), float(np.std(r0))
            cells = "  ".join(
                f"{np.mean(r1 > lines[b]) * 100:3.0f} % ({np.mean(r0 > lines[b]) * 100:2.0f})"
                for b in BUDGETS
            )
            print(
                f"  {predictors:24s} alpha {alpha:6g}  shift {shift:5.2f}  SD {sd:5.2f}  s/SD {shift / sd:4.2f} | {cells}"
            )
    print(
        "recall at thresholds on the training folds' p90 / p80 / p70 (false alarms on the originals in brackets)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
