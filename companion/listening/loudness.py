"""Loudness per ITU-R BS.1770-4 (integrated, momentary, short-term) and loudness range per EBU Tech 3342.

K-weighting is applied as a frequency response on the shared overlap-save frames
(``companion.listening.frames``), so the measurement needs numpy only (no scipy.signal import, ~1 s).

K-weighting for any sample rate: BS.1770-4 publishes the two biquads only for 48 kHz. Like libebur128
(``ebur128_init_filter``) and pyloudnorm, we go back to the analog prototypes behind those coefficients -- a
high shelf (f0 = 1681.97 Hz, G = +4.0 dB, Q = 0.7072) and a second-order high-pass (f0 = 38.135 Hz,
Q = 0.5003) -- and map them to the target rate with the bilinear transform pre-warped at f0
(K = tan(pi f0 / fs), the "Audio EQ Cookbook" forms). The prototype values are the ones that reproduce the
published 48 kHz coefficients to ~1e-9 (BS.1770-4 Annex 1, Tables 1 and 2; checked in tests/test_loudness.py).
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

import numpy as np

from companion.listening.frames import Frames, frame_spectra

# BS.1770-4 Annex 1: analog prototype of stage 1 (the head's acoustic effect: a high shelf) ...
SHELF_F0_HZ = 1681.974450955533
SHELF_GAIN_DB = 3.999843853973347
SHELF_Q = 0.7071752369554196
SHELF_BAND_EXP = 0.4996667741545416  # Vb = Vh ** SHELF_BAND_EXP sets the shelf's mid-band gain
# ... and of stage 2 (the RLB weighting curve: a high-pass).
HIGHPASS_F0_HZ = 38.13547087602444
HIGHPASS_Q = 0.5003270373238773

LOUDNESS_OFFSET_DB = -0.691  # BS.1770-4 eq. 2: L_K = -0.691 + 10 log10(sum_i G_i z_i)
ABSOLUTE_GATE_LUFS = -70.0  # Gamma_a (BS.1770-4 eq. 5; also EBU Tech 3342)
RELATIVE_GATE_LU = -10.0  # BS.1770-4 eq. 6: Gamma_r = L_KG(abs-gated) - 10 LU
LRA_RELATIVE_GATE_LU = -20.0  # EBU Tech 3342
LRA_LOW_PERCENTILE = 10.0
LRA_HIGH_PERCENTILE = 95.0
MOMENTARY_STEPS = 4  # 400 ms gating blocks, overlapping by 75 % (a new one every 100 ms step)
SHORT_TERM_STEPS = 30  # 3 s


@dataclass(frozen=True, slots=True)
class Loudness:
    """BS.1770 / EBU R128 measures of a clip.

    ``integrated_lufs`` is -inf when no block passes the absolute gate (silence); ``short_term_max_lufs`` and
    ``lra_lu`` are NaN when the clip is shorter than one 3 s window; ``lra_lu`` is 0 when nothing passes.
    """

    integrated_lufs: float
    momentary_max_lufs: float
    short_term_max_lufs: float
    lra_lu: float


def kweighting_biquads(
    sample_rate: float,
) -> tuple[tuple[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]]:
    """((b, a) of the shelf, (b, a) of the high-pass) at ``sample_rate``, a[0] == 1."""
    k = math.tan(math.pi * SHELF_F0_HZ / sample_rate)
    vh = 10.0 ** (SHELF_GAIN_DB / 20.0)
    vb = vh**SHELF_BAND_EXP
    a0 = 1.0 + k / SHELF_Q + k * k
    shelf_b = (
        np.array([vh + vb * k / SHELF_Q + k * k, 2.0 * (k * k - vh), vh - vb * k / SHELF_Q + k * k]) / a0
    )
    shelf_a = np.array([a0, 2.0 * (k * k - 1.0), 1.0 - k / SHELF_Q + k * k]) / a0
    k = math.tan(math.pi * HIGHPASS_F0_HZ / sample_rate)
    a0 = 1.0 + k / HIGHPASS_Q + k * k
    hp_b = np.array([1.0, -2.0, 1.0])
    hp_a = np.array([a0, 2.0 * (k * k - 1.0), 1.0 - k / HIGHPASS_Q + k * k]) / a0
    return (shelf_b, shelf_a), (hp_b, hp_a)


def kweighting_response(sample_rate: float, frequencies_hz: np.ndarray) -> np.ndarray:
    """Complex response of the K-weighting cascade at ``frequencies_hz`` (H(z) evaluated on the unit circle)."""
    z1 = np.exp(-2j * np.pi * np.asarray(frequencies_hz, dtype=np.float64) / sample_rate)  # z^-1
    z2 = z1 * z1
    response = np.ones_like(z1)
    for b, a in kweighting_biquads(sample_rate):
        response *= (b[0] + b[1] * z1 + b[2] * z2) / (a[0] + a[1] * z1 + a[2] * z2)
    return response


def measure_loudness(samples: np.ndarray, sample_rate: int, frames: Frames | None = None) -> Loudness:
    """Integrated, momentary max, short-term max loudness and LRA of float32 ``(frames, channels)``.

    Channel weights G_i are 1.0: mono and stereo (L, R) per BS.1770-4 Table 3; surround is not handled.
    Pass ``frames`` (from ``frame_spectra``) to reuse an FFT pass already made for the spectrum.
    """
    frames = frames or frame_spectra(samples, sample_rate)
    return loudness_from_step_energies(step_energies(frames))


def step_energies(frames: Frames) -> np.ndarray:
    """Mean-square K-weighted signal per 100 ms step, summed over channels (G_i = 1): ``(n_steps,)`` float64."""
    response = _kweighting_bins(frames.sample_rate, frames.nfft)
    n_steps = frames.n_samples // frames.step  # a last partial step (< 100 ms) is left out, as in BS.1770
    # np.sum is pairwise: float32 sums of 4800 squares stay within ~1e-6 relative.
    return frames.filtered_step_energy(response)[:n_steps] / frames.step


@functools.lru_cache(maxsize=16)
def _kweighting_bins(sample_rate: int, nfft: int) -> np.ndarray:
    """``kweighting_response`` at the rfft bins of ``nfft`` (read-only). Cached: it is the same for every clip
    at a rate, and evaluating it costs ~0.5 ms of a 35 ms analysis."""
    response = kweighting_response(sample_rate, np.arange(nfft // 2 + 1) * (sample_rate / nfft))
    response.flags.writeable = False
    return response


def loudness_from_step_energies(steps: np.ndarray) -> Loudness:
    """Gate and combine 100 ms step energies into the BS.1770 / Tech 3342 measures."""
    momentary = _window_means(steps, MOMENTARY_STEPS)  # z_j of the 400 ms gating blocks (eq. 3)
    short_term = _window_means(steps, SHORT_TERM_STEPS)
    return Loudness(
        integrated_lufs=_gated_loudness(momentary, RELATIVE_GATE_LU),
        momentary_max_lufs=_max_loudness(momentary),
        short_term_max_lufs=_max_loudness(short_term),
        lra_lu=_loudness_range(short_term),
    )


def energy_to_lufs(energy: np.ndarray | float) -> np.ndarray | float:
    """BS.1770-4 eq. 2 (silence gives -inf, without a warning)."""
    with np.errstate(divide="ignore"):
        return LOUDNESS_OFFSET_DB + 10.0 * np.log10(energy)


def _window_means(steps: np.ndarray, length: int) -> np.ndarray:
    """Mean of every run of ``length`` consecutive steps (sliding by one step), via a cumulative sum."""
    if steps.size < length:
        return np.empty(0)
    cumulative = np.concatenate(([0.0], np.cumsum(steps)))
    return (cumulative[length:] - cumulative[:-length]) / length


def _max_loudness(energies: np.ndarray) -> float:
    return float(energy_to_lufs(energies.max())) if energies.size else math.nan


def _gated_loudness(energies: np.ndarray, relative_gate_lu: float) -> float:
    """BS.1770-4 eqs. 4-7: absolute gate at -70 LUFS, relative gate at mean(abs-gated) + ``relative_gate_lu``."""
    if not energies.size:
        return -math.inf
    levels = energy_to_lufs(energies)
    gated = energies[levels > ABSOLUTE_GATE_LUFS]
    if not gated.size:
        return -math.inf
    threshold = energy_to_lufs(gated.mean()) + relative_gate_lu
    return float(energy_to_lufs(energies[(levels > ABSOLUTE_GATE_LUFS) & (levels > threshold)].mean()))


def _loudness_range(short_term: np.ndarray) -> float:
    """EBU Tech 3342: gate the 3 s short-term levels (-70 LUFS, then -20 LU), LRA = L95 - L10."""
    if not short_term.size:
        return math.nan
    levels = energy_to_lufs(short_term)
    above = levels > ABSOLUTE_GATE_LUFS
    if not above.any():
        return 0.0
    threshold = energy_to_lufs(short_term[above].mean()) + LRA_RELATIVE_GATE_LU
    kept = levels[above & (levels > threshold)]
    low, high = np.percentile(kept, [LRA_LOW_PERCENTILE, LRA_HIGH_PERCENTILE])
    return float(high - low)
