"""True peak: known inter-sample peaks, the block shortcut against full oversampling, and two other meters."""

from __future__ import annotations

import math

import numpy as np
import pytest
import soundfile as sf
from analysis_signals import FFMPEG, faded, ffmpeg_ebur128, limited, music_like, pink_noise
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.listening.truepeak import L1_GAIN, oversampled_peak_full, true_peak


def _db(x: float) -> float:
    return 20 * math.log10(x)


@pytest.mark.parametrize("sample_rate", [44100, 48000, 96000])
@pytest.mark.parametrize("amplitude", [1.0, 0.5, 0.1])
def test_sine_at_fs_over_4_with_45_degree_phase(sample_rate: int, amplitude: float) -> None:
    """Samples sit at 0.707 A, halfway between them the wave reaches A: true peak = samples + 3.01 dB."""
    n = sample_rate * 2
    x = faded(amplitude * np.sin(np.pi / 2 * np.arange(n) + np.pi / 4), sample_rate).astype(np.float32)
    sample_peak = float(np.abs(x).max())
    peak = float(true_peak(x[None, :])[0])
    assert _db(sample_peak) == pytest.approx(_db(amplitude) - 3.01, abs=0.01)
    assert _db(peak) == pytest.approx(_db(amplitude), abs=0.05)
    assert _db(peak) - _db(sample_peak) == pytest.approx(3.01, abs=0.2)


@pytest.mark.parametrize("freq_hz", [97.0, 1000.3, 5021.0, 12345.6, 17001.0])
def test_sines_read_their_amplitude(freq_hz: float) -> None:
    """Thousands of peaks at every phase against the sample grid: the interpolator finds the crest to 0.05 dB
    and never overshoots (its error stays below 0.01 dB up to 0.4 fs)."""
    sample_rate = 48000
    t = np.arange(sample_rate) / sample_rate
    x = faded(0.8 * np.sin(2 * np.pi * freq_hz * t + 0.3), sample_rate).astype(np.float32)
    assert _db(float(true_peak(x[None, :])[0])) == pytest.approx(_db(0.8), abs=0.05)


def _square(sample_rate: int) -> np.ndarray:
    t = np.arange(sample_rate * 2)
    return (0.9 * np.sign(np.sin(2 * np.pi * 441.0 * t / sample_rate))).astype(np.float32)


@pytest.mark.parametrize(
    ("name", "make"),
    [
        ("music", lambda: music_like(6.0, 48000, 11)[:, 0]),
        ("limited master", lambda: limited(music_like(6.0, 48000, 12))[:, 0]),
        ("hard clipped", lambda: np.clip(music_like(6.0, 48000, 13)[:, 0] * 4, -1.0, 1.0)),
        ("square wave", lambda: _square(48000)),
        ("fs/4 tone", lambda: np.sin(np.pi / 2 * np.arange(96000) + np.pi / 4).astype(np.float32)),
        ("impulse", lambda: np.eye(1, 9999, 5000, dtype=np.float32)[0]),
        ("pink noise", lambda: pink_noise(4.0, 48000, 3)[:, 0]),
        ("tiny", lambda: np.array([0.0, 1.0, -1.0, 0.5], dtype=np.float32)),
    ],
)
def test_block_shortcut_equals_oversampling_everything(name: str, make) -> None:
    x = np.ascontiguousarray(make(), dtype=np.float32)
    assert float(true_peak(x[None, :])[0]) == pytest.approx(oversampled_peak_full(x), rel=1e-6)


@settings(max_examples=30, deadline=None)
@given(
    seed=st.integers(0, 10_000),
    n=st.integers(1, 5000),
    crest=st.floats(0.5, 20.0),
)
def test_shortcut_equals_full_on_random_signals(seed: int, n: int, crest: float) -> None:
    rng = np.random.default_rng(seed)
    x = (rng.standard_normal(n) * np.exp(rng.standard_normal(n) * crest / 10)).astype(np.float32)
    full = oversampled_peak_full(x)
    assert float(true_peak(x[None, :])[0]) == pytest.approx(full, rel=1e-6)
    assert full <= L1_GAIN * float(np.abs(x).max()) + 1e-6  # the bound the shortcut rests on


def test_silence_is_zero_and_polarity_does_not_matter() -> None:
    assert true_peak(np.zeros((2, 1000), np.float32)).tolist() == [0.0, 0.0]
    x = music_like(3.0, 48000, 4).T.copy()
    np.testing.assert_array_equal(true_peak(x), true_peak(-x))


@pytest.mark.parametrize(
    "make", [lambda: music_like(8.0, 48000, 21), lambda: limited(music_like(8.0, 48000, 22))]
)
def test_agrees_with_4x_resample_poly(make) -> None:
    from scipy.signal import resample_poly

    x = make()
    reference = float(np.abs(resample_poly(x.astype(np.float64), 4, 1, axis=0)).max())
    assert _db(float(true_peak(x.T.copy()).max())) == pytest.approx(_db(reference), abs=0.2)


@pytest.mark.skipif(FFMPEG is None, reason="ffmpeg not installed")
def test_agrees_with_ffmpeg_true_peak(tmp_path) -> None:
    x = limited(music_like(10.0, 48000, 31))
    path = tmp_path / "master.wav"
    sf.write(path, x, 48000, subtype="FLOAT")
    assert _db(float(true_peak(x.T.copy()).max())) == pytest.approx(ffmpeg_ebur128(path)["Peak"], abs=0.3)
