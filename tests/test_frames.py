"""Packed stereo frames read the same as each channel transformed on its own; the true-peak screen's block test.

The packed path (``companion.listening.packed``) is what ``analyze`` takes on stereo clips at 48 kHz and most
rates; the per-channel rfft path is the plain definition. Every reader must agree within float32 rounding.
"""

from __future__ import annotations

import numpy as np
import pytest
from analysis_signals import music_like

from companion.listening.frames import Frames, frame_spectra
from companion.listening.loudness import kweighting_response
from companion.listening.stereo import low_end_correlation
from companion.listening.truepeak import BLOCK, _blocks_over

RTOL = 2e-6  # float32 transforms: relative to the largest value compared


def _per_channel(samples: np.ndarray, sample_rate: int) -> Frames:
    """The same frames with each channel transformed alone (the rfft path), both channels stacked."""
    parts = [frame_spectra(np.ascontiguousarray(samples[:, c : c + 1]), sample_rate) for c in range(2)]
    first = parts[0]
    spectra = np.concatenate([p.rfft for p in parts])
    return Frames(
        first.sample_rate, first.nfft, first.hop, first.history, first.n_samples, first.step, rfft=spectra
    )


def _close(mine: np.ndarray, reference: np.ndarray) -> None:
    assert mine.shape == reference.shape
    assert float(np.max(np.abs(mine - reference))) <= RTOL * float(np.max(np.abs(reference)))


CASES = [(48000, 20.0), (48000, 1.37), (48000, 0.5), (32000, 3.0), (8000, 2.0), (96000, 1.0)]


@pytest.mark.parametrize(("sample_rate", "seconds"), CASES)
def test_packed_frames_read_as_each_channel_alone(sample_rate: int, seconds: float) -> None:
    x = music_like(seconds, sample_rate, 7)
    packed, plain = frame_spectra(x, sample_rate), _per_channel(x, sample_rate)
    assert packed.packed is not None and plain.packed is None
    assert packed.n_frames == plain.n_frames
    _close(packed.spectra, plain.spectra)
    _close(packed.spectra_of(3, 5, 900), plain.spectra_of(3, 5, 900))
    _close(packed.power_sum(packed.n_bins + 7), plain.power_sum(plain.n_bins + 7))
    _close(packed.power_sum(1000), plain.power_sum(1000))
    for first in (1, 2, 40):
        _close(packed.hann_power(4, first, packed.n_bins - 1), plain.hann_power(4, first, plain.n_bins - 1))
    _close(packed.hann_spectra(60), plain.hann_spectra(60))
    response = kweighting_response(sample_rate, packed.frequencies_hz())
    _close(packed.filtered(response), plain.filtered(response))
    _close(packed.filtered(response, 1), plain.filtered(response, 1))
    _close(packed.filtered_step_energy(response), plain.filtered_step_energy(response))


def test_packing_takes_the_first_two_of_more_channels() -> None:
    x = music_like(2.0, 48000, 3, channels=2)
    wider = np.concatenate([x, x[:, :1] * 0.5], axis=1)  # (frames, 3): its first two columns are strided
    np.testing.assert_array_equal(frame_spectra(wider[:, :2], 48000).packed, frame_spectra(x, 48000).packed)


@pytest.mark.parametrize("sample_rate", [48000, 44100])
def test_a_silent_side_reads_as_a_mono_low_end(sample_rate: int) -> None:
    """One side digitally silent: the other's rounding noise in the packed transform is no correlation."""
    x = music_like(4.0, sample_rate, 5)
    x[:, 1] = 0.0
    frames = frame_spectra(x, sample_rate)
    assert low_end_correlation(frames, float(frames.power_sum(frames.n_bins).sum())) == 1.0


@pytest.mark.parametrize("n", [1, 31, 32, 33, 64, 1000, 4097])
def test_blocks_over_is_any_sample_of_the_block_over(n: int) -> None:
    rng = np.random.default_rng(n)
    magnitude = np.abs(rng.standard_normal(n) ** 3).astype(np.float32)
    threshold = float(np.quantile(magnitude, 0.97))
    padded = np.zeros(-(-n // BLOCK) * BLOCK, dtype=np.float32)
    padded[:n] = magnitude
    expected = (padded.reshape(-1, BLOCK) > np.float32(threshold)).any(axis=1)
    np.testing.assert_array_equal(_blocks_over(magnitude, threshold), expected)
