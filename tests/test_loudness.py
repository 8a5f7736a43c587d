"""BS.1770-4 loudness and EBU Tech 3342 LRA against the standards' own numbers, pyloudnorm and ffmpeg."""

from __future__ import annotations

import math

import numpy as np
import pytest
import soundfile as sf
from analysis_signals import FFMPEG, ffmpeg_ebur128, music_like, pink_noise, sine, tone_sequence
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.listening.loudness import kweighting_biquads, kweighting_response, measure_loudness


def test_kweighting_at_48k_matches_the_published_coefficients() -> None:
    """BS.1770-4 Annex 1, Tables 1 and 2 (48 kHz)."""
    (shelf_b, shelf_a), (hp_b, hp_a) = kweighting_biquads(48000)
    np.testing.assert_allclose(shelf_b, [1.53512485958697, -2.69169618940638, 1.19839281085285], atol=1e-9)
    np.testing.assert_allclose(shelf_a, [1.0, -1.69065929318241, 0.73248077421585], atol=1e-9)
    np.testing.assert_allclose(hp_b, [1.0, -2.0, 1.0], atol=0)
    np.testing.assert_allclose(hp_a, [1.0, -1.99004745483398, 0.99007225036621], atol=1e-9)


@pytest.mark.parametrize("sample_rate", [8000, 44100, 48000, 96000, 192000])
def test_kweighting_response_is_the_same_curve_at_every_rate(sample_rate: int) -> None:
    """Derived from the analog prototype, the curve is the same at every rate (bilinear warping aside: at 8 kHz
    the shelf's top is squeezed against Nyquist, within 0.5 dB)."""
    freqs = np.array([20.0, 38.0, 100.0, 1000.0, 1681.97, 3000.0])
    freqs = freqs[freqs < 0.4 * sample_rate]
    gain_db = 20 * np.log10(np.abs(kweighting_response(sample_rate, freqs)))
    reference_db = 20 * np.log10(np.abs(kweighting_response(48000, freqs)))
    np.testing.assert_allclose(gain_db, reference_db, atol=0.05 if sample_rate > 8000 else 0.5)
    assert 20 * np.log10(abs(kweighting_response(sample_rate, np.array([1000.0]))[0])) == pytest.approx(
        0.691, abs=0.03
    )


@pytest.mark.parametrize("sample_rate", [44100, 48000, 96000])
@pytest.mark.parametrize("level_dbfs", [-23.0, -33.0])
def test_1khz_sine_in_both_channels_reads_its_level(sample_rate: int, level_dbfs: float) -> None:
    """EBU Tech 3341 cases 1-2: a 1 kHz stereo sine at -23 (-33) dBFS reads -23.0 (-33.0) LUFS +- 0.1."""
    result = measure_loudness(sine(1000.0, 20.0, level_dbfs, sample_rate), sample_rate)
    assert result.integrated_lufs == pytest.approx(level_dbfs, abs=0.1)
    assert result.short_term_max_lufs == pytest.approx(level_dbfs, abs=0.1)
    assert result.momentary_max_lufs == pytest.approx(level_dbfs, abs=0.1)
    assert result.lra_lu == pytest.approx(0.0, abs=0.1)


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        ([(10.0, -36.0), (60.0, -23.0), (10.0, -36.0)], -23.0),  # Tech 3341 case 3: relative gate drops -36
        ([(10.0, -72.0), (10.0, -36.0), (60.0, -23.0), (10.0, -36.0), (10.0, -72.0)], -23.0),  # case 4
        ([(20.0, -30.0), (60.0, -20.0)], None),  # a 20/60 s pair: both parts pass, so not simply -20
    ],
)
def test_gating_on_tone_sequences(parts: list[tuple[float, float]], expected: float | None) -> None:
    sample_rate = 48000
    result = measure_loudness(tone_sequence(parts, sample_rate), sample_rate)
    if expected is None:
        # Energy mean of the blocks of both parts (-30 is within 10 LU of the ungated mean, so it stays in).
        energies = [s * 10 ** (db / 10) for s, db in parts]
        expected = 10 * math.log10(sum(energies) / sum(s for s, _ in parts))
    assert result.integrated_lufs == pytest.approx(expected, abs=0.1)


@pytest.mark.parametrize(("parts", "expected_lra"), [([(20.0, -20.0), (20.0, -30.0)], 10.0), ([(20.0, -20.0), (20.0, -15.0)], 5.0), ([(20.0, -40.0), (20.0, -20.0)], 20.0)])  # fmt: skip
def test_loudness_range_of_tech_3342_signals(parts: list[tuple[float, float]], expected_lra: float) -> None:
    """EBU Tech 3342 cases 1-3 (1 kHz stereo sine, two levels): LRA 10, 5, 20 LU +- 1."""
    result = measure_loudness(tone_sequence(parts, 48000), 48000)
    assert result.lra_lu == pytest.approx(expected_lra, abs=1.0)


@pytest.mark.parametrize("sample_rate", [44100, 48000, 96000])
@pytest.mark.parametrize("seed", [1, 2])
def test_integrated_matches_pyloudnorm_on_music(sample_rate: int, seed: int) -> None:
    import pyloudnorm

    signal = music_like(12.0, sample_rate, seed)
    ours = measure_loudness(signal, sample_rate).integrated_lufs
    oracle = pyloudnorm.Meter(sample_rate).integrated_loudness(signal.astype(np.float64))
    assert ours == pytest.approx(oracle, abs=0.1)


@pytest.mark.parametrize(
    ("name", "make"),
    [
        ("music", lambda rate: music_like(30.0, rate, 5)),
        ("tech3341-case3", lambda rate: tone_sequence([(10.0, -36.0), (20.0, -23.0), (10.0, -36.0)], rate)),
        ("tech3342-case1", lambda rate: tone_sequence([(20.0, -20.0), (20.0, -30.0)], rate)),
        ("pink", lambda rate: pink_noise(20.0, rate, 9)),
    ],
)
@pytest.mark.skipif(FFMPEG is None, reason="ffmpeg not installed")
def test_integrated_and_lra_match_ffmpeg_ebur128(tmp_path, name: str, make) -> None:
    sample_rate = 48000
    signal = make(sample_rate)
    path = tmp_path / f"{name}.wav"
    sf.write(path, signal, sample_rate, subtype="FLOAT")
    reference = ffmpeg_ebur128(path)
    result = measure_loudness(signal, sample_rate)
    assert result.integrated_lufs == pytest.approx(reference["I"], abs=0.2)
    assert result.lra_lu == pytest.approx(reference["LRA"], abs=1.0)


@settings(max_examples=25, deadline=None)
@given(gain_db=st.floats(min_value=-30.0, max_value=20.0, allow_nan=False))
def test_a_gain_moves_integrated_loudness_by_the_same_amount(gain_db: float) -> None:
    signal = _GAIN_SIGNAL
    base = measure_loudness(signal, 48000).integrated_lufs
    moved = measure_loudness((signal * 10 ** (gain_db / 20)).astype(np.float32), 48000).integrated_lufs
    assert moved - base == pytest.approx(gain_db, abs=0.01)


_GAIN_SIGNAL = music_like(4.0, 48000, 3)


def test_silence_and_short_clips() -> None:
    silence = measure_loudness(np.zeros((48000 * 5, 2), np.float32), 48000)
    assert silence.integrated_lufs == -math.inf
    assert silence.short_term_max_lufs == -math.inf
    assert silence.lra_lu == 0.0
    short = measure_loudness(sine(1000.0, 2.0, -23.0, 48000), 48000)  # no 3 s window fits
    assert short.integrated_lufs == pytest.approx(-23.0, abs=0.1)
    assert math.isnan(short.short_term_max_lufs) and math.isnan(short.lra_lu)


def test_mono_counts_one_channel() -> None:
    """BS.1770: G = 1 per channel, so a mono -23 dBFS sine reads 3 dB below the same sine in two channels."""
    mono = measure_loudness(sine(1000.0, 10.0, -23.0, 48000, channels=1), 48000).integrated_lufs
    assert mono == pytest.approx(-26.01, abs=0.1)
