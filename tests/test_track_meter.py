"""The Python mirror of the REAPER track meter (companion.listening.track_meter) against independent meters:
pyloudnorm and the EBU Tech 3341 signals for loudness, a whole-clip FFT periodogram for the bands."""

from __future__ import annotations

import math

import numpy as np
import pytest
from analysis_signals import music_like, pink_noise, sine, tone_sequence

from companion.context import BAND_NAMES
from companion.knowledge.bands import BANDS
from companion.listening.track_meter import (
    band_bins,
    fft_size,
    measure_track,
    meter_steps,
    pan_gains,
    post_fader,
    step_samples,
    summarize,
)


def pyloudnorm_lufs(x: np.ndarray, sample_rate: int) -> float:
    import pyloudnorm

    return float(pyloudnorm.Meter(sample_rate).integrated_loudness(x.astype(np.float64)))


def fft_bands_db(x: np.ndarray, sample_rate: int) -> dict[str, float]:
    """Each band's mean-square power (mean of the channels) from one periodogram of the whole clip."""
    power = np.abs(np.fft.rfft(x.astype(np.float64), axis=0)) ** 2
    freqs = np.fft.rfftfreq(x.shape[0], 1.0 / sample_rate)
    n = x.shape[0]
    out = {}
    for name, (lo, hi) in BANDS.items():
        part = power[(freqs >= lo) & (freqs < min(hi, sample_rate / 2))].sum(axis=0)
        out[name] = 10 * math.log10(float(np.mean(2 * part / n**2)))
    return out


@pytest.mark.parametrize("sample_rate", [44100, 48000, 96000])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_loudness_matches_pyloudnorm_on_music_like_signals(sample_rate: int, seed: int) -> None:
    x = music_like(20.0, sample_rate, seed)
    assert measure_track(x, sample_rate).lufs == pytest.approx(pyloudnorm_lufs(x, sample_rate), abs=0.1)


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        ([(20.0, -23.0)], -23.0),  # Tech 3341 case 1
        ([(20.0, -33.0)], -33.0),  # case 2
        ([(10.0, -36.0), (60.0, -23.0), (10.0, -36.0)], -23.0),  # case 3: the relative gate drops -36
        ([(10.0, -72.0), (10.0, -36.0), (60.0, -23.0), (10.0, -36.0), (10.0, -72.0)], -23.0),  # case 4
    ],
)
def test_ebu_tech_3341_cases(parts: list[tuple[float, float]], expected: float) -> None:
    x = tone_sequence(parts, 48000)
    assert measure_track(x, 48000).lufs == pytest.approx(expected, abs=0.1)


@pytest.mark.parametrize("sample_rate", [44100, 48000, 96000])
def test_bands_match_an_fft_measurement(sample_rate: int) -> None:
    """Pink noise (steady: every block active): within 0.3 dB of the whole-clip periodogram in every band.
    Music: within 1 dB (a bass note a few Hz from 60 Hz spreads over the edge in a 4096-point frame)."""
    pink = pink_noise(10.0, sample_rate, 4)
    got = measure_track(pink, sample_rate).bands_db
    for name, ref in fft_bands_db(pink, sample_rate).items():
        assert got[name] == pytest.approx(ref, abs=0.3), name
    music = music_like(20.0, sample_rate, 5)
    got = measure_track(music, sample_rate).bands_db
    for name, ref in fft_bands_db(music, sample_rate).items():
        if name not in ("sub", "bass"):
            assert got[name] == pytest.approx(ref, abs=1.0), name
    low = 10 * math.log10(sum(10 ** (got[b] / 10) for b in ("sub", "bass")))
    ref = fft_bands_db(music, sample_rate)
    assert low == pytest.approx(10 * math.log10(sum(10 ** (ref[b] / 10) for b in ("sub", "bass"))), abs=0.3)


def test_a_full_scale_sine_reads_minus_3_db_in_its_band_and_nothing_elsewhere() -> None:
    x = sine(1000.0, 5.0, 0.0, 48000)
    bands = measure_track(x, 48000).bands_db
    assert bands["mid"] == pytest.approx(-3.01, abs=0.05)
    assert all(bands[b] < -55 for b in BAND_NAMES if b != "mid")  # only the abrupt start leaks (one frame)


def test_bands_only_count_active_blocks() -> None:
    """A part that plays a fifth of the time (stabs) reads near its playing level, not a fifth of it: blocks more
    than 30 dB under the loudest are left out, so only the edges of each burst pull it down a little."""
    rate = 48000
    burst = sine(1000.0, 0.5, -10.0, rate)
    sparse = np.concatenate([burst, np.zeros((4 * burst.shape[0], 2), dtype=np.float32)] * 4)
    steady = np.concatenate([burst] * 20)
    playing = measure_track(steady, rate)
    got = measure_track(sparse, rate)
    assert got.bands_db["mid"] == pytest.approx(playing.bands_db["mid"], abs=2.0)
    assert got.lufs == pytest.approx(playing.lufs, abs=2.0)
    time_average_db = playing.bands_db["mid"] + 10 * math.log10(0.2)
    assert got.bands_db["mid"] > time_average_db + 4.0


def test_post_fader_applies_volume_pan_and_mute() -> None:
    rate = 48000
    steps = meter_steps(pink_noise(6.0, rate, 7), rate)
    base = summarize(steps)
    down = summarize(post_fader(steps, -6.0))
    assert down.lufs == pytest.approx(base.lufs - 6.0, abs=1e-9)
    assert all(down.bands_db[b] == pytest.approx(base.bands_db[b] - 6.0, abs=1e-9) for b in BAND_NAMES)
    hard_left = summarize(post_fader(steps, 0.0, -1.0))  # right channel silenced: half the energy
    assert hard_left.lufs == pytest.approx(base.lufs - 3.01, abs=0.1)
    assert pan_gains(0.0) == (1.0, 1.0) and pan_gains(0.5) == (0.5, 1.0) and pan_gains(-0.25) == (1.0, 0.75)
    muted = summarize(post_fader(steps, 0.0, 0.0, mute=True))
    assert muted.lufs == -math.inf and all(v is None for v in muted.bands_db.values())
    assert summarize(post_fader(steps, None)).lufs == -math.inf  # a fader at -inf


def test_window_keeps_the_last_seconds_and_mono_counts_in_both_channels() -> None:
    rate = 48000
    x = tone_sequence([(5.0, -40.0), (5.0, -20.0)], rate)
    steps = meter_steps(x, rate)
    assert steps.n_steps == 100 and step_samples(rate) == 4800
    assert summarize(steps, window_s=4.0).lufs == pytest.approx(-20.0, abs=0.1)
    assert summarize(steps, window_s=4.0).window_s == pytest.approx(4.0)
    mono = x[:, :1]
    assert measure_track(mono, rate).lufs == pytest.approx(measure_track(x, rate).lufs, abs=1e-6)


def test_silence_short_input_and_low_rates() -> None:
    silent = measure_track(np.zeros((48000, 2), dtype=np.float32), 48000)
    assert silent.lufs == -math.inf and silent.bands_db == dict.fromkeys(BAND_NAMES)
    short = measure_track(sine(1000.0, 0.2, -20.0, 48000), 48000)  # under one 400 ms block
    assert short.lufs == -math.inf and short.active_blocks == 0
    low = measure_track(sine(1000.0, 3.0, -20.0, 8000), 8000)
    assert low.bands_db["presence"] is None and low.bands_db["air"] is None  # above Nyquist: None, not 0
    assert low.lufs == pytest.approx(-20.0, abs=0.2)
    with pytest.raises(ValueError):
        measure_track(np.zeros((100, 3)), 48000)


def test_frame_layout_keeps_bins_about_11_hz_wide() -> None:
    assert [fft_size(r) for r in (22050, 44100, 48000, 88200, 96000, 192000)] == [
        4096,
        4096,
        4096,
        8192,
        8192,
        16384,
    ]
    first, stop = band_bins(48000, 4096)[0]
    assert (first, stop) == (2, 6)  # 23.4..58.6 Hz: the bins whose centre lies in [20, 60)
