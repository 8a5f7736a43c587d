"""Speed of ``companion.analysis.analyze`` against the naive stack, on one core, same clip, same process.

Naive stack (what one would write first): pyloudnorm integrated loudness + true peak by 4x
``scipy.signal.resample_poly`` + librosa STFT band energies. Bar (issue 2): analyze on a 20 s, 48 kHz stereo
clip <= 40 ms on one core and >= 3x faster than the naive stack. The results must agree (loudness 0.1 LU,
true peak 0.2 dB, bands 1 dB), else the exit status is 1.

Also ``--reference`` (issue 9): what a cached reference track adds to one ask -- loading its analysis from the
cache (index hit: no re-hash, no re-analysis) and judging the mix against it -- over diagnosing without one.
Bar: <= 30 ms.

Run: ``.venv/bin/python benchmarks/analysis_speed.py [--runs N]``.
"""

from __future__ import annotations

import os

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):  # "on one core": before numpy
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import math  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from companion.analysis import analyze  # noqa: E402
from companion.knowledge.bands import BANDS  # noqa: E402
from companion.synth.mix import render_mix  # noqa: E402

SAMPLE_RATE = 48000
SECONDS = 20.0
BAR_MS = 40.0
BAR_RATIO = 3.0
REFERENCE_BAR_MS = 30.0


def naive_stack(samples: np.ndarray, sample_rate: int) -> dict[str, float]:
    """The straightforward way: three libraries, one measure each."""
    import librosa
    import pyloudnorm
    from scipy.signal import resample_poly

    data = samples.astype(np.float64)
    integrated = pyloudnorm.Meter(sample_rate).integrated_loudness(data)
    true_peak = float(np.abs(resample_poly(data, 4, 1, axis=0)).max())
    power = sum(
        np.abs(librosa.stft(samples[:, c], n_fft=8192, hop_length=2048)) ** 2 for c in range(samples.shape[1])
    )
    spectrum = power.sum(axis=1)
    freqs = librosa.fft_frequencies(sr=sample_rate, n_fft=8192)
    total = spectrum[(freqs >= 20.0) & (freqs < 20000.0)].sum()
    bands = {
        name: 10 * math.log10(spectrum[(freqs >= lo) & (freqs < hi)].sum() / total)
        for name, (lo, hi) in BANDS.items()
    }
    return {"integrated_lufs": integrated, "true_peak_dbtp": 20 * math.log10(true_peak), **bands}


def timed(function, runs: int) -> tuple[float, object]:
    """Median wall time in ms over ``runs`` calls (after one warm-up call), and the last result."""
    result = function()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = function()
        times.append((time.perf_counter() - start) * 1000.0)
    return statistics.median(times), result


def reference_overhead_ms(clip: np.ndarray, analysis: object, runs: int) -> float:
    """Median extra time of (load the cached reference + diagnose against it) over diagnose alone."""
    import tempfile

    import soundfile as sf

    from companion.analysis import diagnose
    from companion.listening.reference_track import load_reference

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["MIXASSIST_DATA_DIR"] = tmp
        path = Path(tmp) / "reference.wav"
        sf.write(path, clip[::-1].copy(), SAMPLE_RATE, subtype="PCM_24")  # another take: the clip reversed
        load_reference(path)  # first ask: measured and cached
        plain_ms, _ = timed(lambda: diagnose(analysis, genre="rock"), runs)
        with_ms, _ = timed(lambda: diagnose(analysis, genre="rock", reference=load_reference(path)), runs)
        del os.environ["MIXASSIST_DATA_DIR"]
    return with_ms - plain_ms


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="timed runs of analyze (naive: a third of it)")
    args = parser.parse_args()
    mix = render_mix("rock_band", seed=1, seconds=SECONDS, sample_rate=SAMPLE_RATE)
    clip = mix.mix
    print(f"clip: synthetic rock_band mix, {SECONDS:.0f} s, {SAMPLE_RATE} Hz, {clip.shape[1]} ch, float32")

    ours_ms, ours = timed(lambda: analyze(clip, SAMPLE_RATE, "rock"), args.runs)
    naive_ms, naive = timed(lambda: naive_stack(clip, SAMPLE_RATE), max(3, args.runs // 3))
    ratio = naive_ms / ours_ms
    print(f"analyze (all fields):                   {ours_ms:7.1f} ms  (median of {args.runs})")
    print(f"naive stack (pyloudnorm+resample+STFT): {naive_ms:7.1f} ms  (median of {max(3, args.runs // 3)})")
    print(f"ratio naive / analyze:                  {ratio:7.1f} x")
    print(f"bar <= {BAR_MS:.0f} ms: {'met' if ours_ms <= BAR_MS else 'NOT met'}; "
          f"bar >= {BAR_RATIO:.0f}x: {'met' if ratio >= BAR_RATIO else 'NOT met'}")  # fmt: skip

    reference_ms = reference_overhead_ms(clip, ours, args.runs)
    print(f"--reference with a cached reference adds: {reference_ms:7.2f} ms  "
          f"(bar <= {REFERENCE_BAR_MS:.0f} ms: {'met' if reference_ms <= REFERENCE_BAR_MS else 'NOT met'})")  # fmt: skip

    checks = [
        ("integrated_lufs", ours.integrated_lufs, naive["integrated_lufs"], 0.1),
        ("true_peak_dbtp", ours.true_peak_dbtp, naive["true_peak_dbtp"], 0.2),
        *((f"band {b}", ours.bands_db[b], naive[b], 1.0) for b in BANDS),
    ]
    agree = True
    for name, mine, theirs, tolerance in checks:
        ok = abs(mine - theirs) <= tolerance
        agree &= ok
        print(f"  {name:22s} analyze {mine:8.2f}  naive {theirs:8.2f}  diff {mine - theirs:+.2f} (<= {tolerance}) "
              f"{'ok' if ok else 'DISAGREE'}")  # fmt: skip
    return 0 if agree else 1


if __name__ == "__main__":
    sys.exit(main())
