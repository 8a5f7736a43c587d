"""The per-track meter, in Python: the same math as the REAPER JSFX meter and the Lua bridge that reads it.

Why a mirror: inside REAPER the track meter is split in two. ``reaper_scripts/MixAssist_TrackMeter.jsfx`` sits
at the end of a track's FX chain and, while REAPER plays, writes one record per 100 ms step into shared memory
(``gmem``): the K-weighted mean square of each channel and each channel's power in the contract's seven bands.
The bridge (``reaper_scripts/mixassist_loudness.lua``) applies the track's fader and pan to every record it
reads (the JSFX sits before the fader) and turns the last ``window_s`` of records into ``level.lufs`` and
``level.bands_db``. This module does exactly that on a numpy array, so the rendered test sessions, the demo
session and the tests get the numbers the bridge would report, and the tests can hold both against pyloudnorm
and an FFT measurement.

The steps (constants below; the JSFX and the Lua module carry the same ones, and tests check they agree):

1. K-weighting (BS.1770-4 Annex 1: the two biquads of ``companion.listening.loudness``, the same the JSFX
   computes), per channel; the mean square of each 100 ms step (``round(0.1 * rate)`` samples).
2. Bands: Hann-windowed FFT frames of ``fft_size(rate)`` samples every half frame (zeros before the first
   sample); a frame's power in each band (bins whose centre lies in ``[lo, hi)``, Parseval-scaled to mean
   square) is added to the step in which the frame completes; a step's band power is the mean of its frames'.
3. Post-fader (Lua): every channel's energies times (fader x pan gain)^2; a muted track contributes silence.
4. Summary: 400 ms blocks of four consecutive steps (75 % overlap, BS.1770-4 eq. 3). ``lufs`` is the gated
   integrated loudness of the channel sum (absolute gate -70 LUFS, relative gate -10 LU); ``bands_db`` is each
   band's power, the mean of both channels', averaged over the *active* blocks (above -70 LUFS and within 30 dB
   of the loudest block), in dB relative to full scale (a full-scale square wave reads 0 dB, a full-scale sine
   -3 dB). Bands above Nyquist are None.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from companion.context import BAND_NAMES
from companion.knowledge.bands import BANDS
from companion.listening.frames import frame_spectra
from companion.listening.loudness import (
    ABSOLUTE_GATE_LUFS,
    LOUDNESS_OFFSET_DB,
    RELATIVE_GATE_LU,
    kweighting_response,
)

STEP_S = 0.1
"""One record per 100 ms step (BS.1770 gating blocks overlap by 75 %: a block is four steps)."""
BLOCK_STEPS = 4
ACTIVE_RANGE_DB = 30.0
"""A block counts for ``bands_db`` when it is within this much of the track's loudest block (ARCHITECTURE.md)."""
BASE_FFT_SIZE = 4096
"""FFT frame at 44.1/48 kHz (~11 Hz bins: the 20-60 Hz sub band gets 4 bins); doubled per doubling of the rate."""
TOP_HZ = 20000.0


@dataclass(frozen=True, slots=True)
class MeterSteps:
    """What the JSFX writes per 100 ms step, one row per step.

    ``k_energy``: float64 ``(n_steps, 2)``, K-weighted mean square of each channel (L, R; a mono input is
    counted in both). ``band_power``: float64 ``(n_steps, 2, 7)``, mean-square power of each channel in each band
    (``BAND_NAMES`` order; NaN for a band above Nyquist).
    """

    k_energy: np.ndarray
    band_power: np.ndarray
    sample_rate: int

    @property
    def n_steps(self) -> int:
        return int(self.k_energy.shape[0])

    @property
    def seconds(self) -> float:
        return self.n_steps * STEP_S


@dataclass(frozen=True, slots=True)
class TrackLoudness:
    """The summary the bridge puts in ``level``: ``lufs`` (-inf for silence), ``bands_db`` (None above Nyquist
    or for silence), the seconds of steps used and how many 400 ms blocks were active."""

    lufs: float
    bands_db: dict[str, float | None]
    window_s: float
    active_blocks: int


def step_samples(sample_rate: int) -> int:
    return int(math.floor(STEP_S * sample_rate + 0.5))


def fft_size(sample_rate: int) -> int:
    """4096 up to 48 kHz, 8192 up to 96 kHz, 16384 above: the bins stay ~11 Hz wide."""
    size = BASE_FFT_SIZE
    while sample_rate > 48000 * (size // BASE_FFT_SIZE):
        size *= 2
    return size


def band_bins(sample_rate: int, size: int) -> list[tuple[int, int]]:
    """(first, stop) rfft bins of each band: the bins whose centre lies in [lo, min(hi, 20 kHz, Nyquist))."""
    bin_hz = sample_rate / size
    top_hz = min(TOP_HZ, sample_rate / 2.0)
    out = []
    for name in BAND_NAMES:
        lo_hz, hi_hz = BANDS[name]
        first = int(math.ceil(lo_hz / bin_hz))
        stop = int(math.ceil(min(hi_hz, top_hz) / bin_hz)) if lo_hz < top_hz else first
        out.append((first, max(first, min(stop, size // 2))))
    return out


def _stereo(samples: np.ndarray) -> np.ndarray:
    x = np.asarray(samples, dtype=np.float64)
    if x.ndim == 1:
        x = x[:, None]
    if x.ndim != 2 or x.shape[1] not in (1, 2):
        raise ValueError("the track meter takes (frames,) or (frames, 1|2) audio")
    return np.repeat(x, 2, axis=1) if x.shape[1] == 1 else x


def meter_steps(samples: np.ndarray, sample_rate: int) -> MeterSteps:
    """The JSFX's records for one stretch of playback (``samples``: ``(frames, channels)``, 1 or 2 channels).

    A last partial step is left out, as the JSFX writes a record only when a step is complete.
    """
    x = _stereo(samples)
    step = step_samples(sample_rate)
    n_steps = x.shape[0] // step
    # The JSFX's two biquads, applied as their exact frequency response on overlap-save frames (numpy only:
    # no 1 s scipy.signal import on the demo path); the frames' 80 ms of history hold the filters' impulse
    # response to -60 dB, so this equals running the biquads from a zero state, as the JSFX does at play start.
    frames = frame_spectra(x.astype(np.float32), sample_rate)
    weighted = frames.filtered(kweighting_response(sample_rate, frames.frequencies_hz()))
    flat = weighted.reshape(2, -1)[:, : n_steps * step].astype(np.float64)
    k_energy = np.square(flat).reshape(2, n_steps, step).mean(axis=2).T
    return MeterSteps(k_energy, _band_steps(x, sample_rate, n_steps), int(sample_rate))


def _band_steps(x: np.ndarray, sample_rate: int, n_steps: int) -> np.ndarray:
    """Per-step mean of the band powers of the Hann frames that complete within the step."""
    size = fft_size(sample_rate)
    hop = size // 2
    step = step_samples(sample_rate)
    window = 0.5 - 0.5 * np.cos(2.0 * np.pi * np.arange(size) / size)  # periodic Hann, as the JSFX builds it
    scale = 2.0 / (size * float(np.sum(window**2)))  # one-sided bins -> mean square (Parseval)
    n_frames = (n_steps * step) // hop  # frame m completes at sample m*hop - 1 (m = 1, 2, ...)
    out = np.full((n_steps, 2, len(BAND_NAMES)), np.nan)
    bins = band_bins(sample_rate, size)
    if n_frames == 0:
        return out
    padded = np.zeros((size - hop + n_frames * hop, 2))
    padded[size - hop :] = x[: n_frames * hop]
    frames = np.lib.stride_tricks.sliding_window_view(padded, size, axis=0)[::hop]  # (frames, 2, size)
    power = np.square(np.abs(np.fft.rfft(frames * window, axis=-1)))
    cumulative = np.concatenate((np.zeros((*power.shape[:2], 1)), np.cumsum(power, axis=-1)), axis=-1)
    frame_bands = np.stack(
        [
            (cumulative[..., stop] - cumulative[..., first]) * scale
            if stop > first
            else np.full(power.shape[:2], np.nan)
            for first, stop in bins
        ],
        axis=-1,
    )  # (frames, 2, 7)
    owner = (np.arange(1, n_frames + 1) * hop - 1) // step  # the step each frame completes in
    sums = np.zeros((n_steps, 2, len(BAND_NAMES)))
    np.add.at(sums, owner, frame_bands)
    counts = np.bincount(owner, minlength=n_steps)[:, None, None]
    with np.errstate(invalid="ignore", divide="ignore"):
        filled = counts[:, 0, 0] > 0
        out[filled] = sums[filled] / counts[filled]
    return out


def pan_gains(pan: float) -> tuple[float, float]:
    """(left, right) amplitude gain of REAPER's default track panner (stereo balance, 0 dB pan law): the far
    side fades linearly, the near side stays at unity [check against a real REAPER]."""
    p = max(-1.0, min(1.0, float(pan)))
    return (1.0 - p if p > 0 else 1.0), (1.0 + p if p < 0 else 1.0)


def post_fader(
    steps: MeterSteps, volume_db: float | None = 0.0, pan: float = 0.0, mute: bool = False
) -> MeterSteps:
    """The records after the track's fader and pan, as the bridge applies them (the JSFX sits before both)."""
    if mute or volume_db is None or not math.isfinite(volume_db):
        gains = np.zeros(2)
    else:
        gains = 10.0 ** (volume_db / 20.0) * np.asarray(pan_gains(pan))
    power = gains**2
    return MeterSteps(steps.k_energy * power, steps.band_power * power[None, :, None], steps.sample_rate)


def _block_means(values: np.ndarray) -> np.ndarray:
    """Mean of every run of ``BLOCK_STEPS`` consecutive rows (sliding by one step)."""
    if values.shape[0] < BLOCK_STEPS:
        return values[:0]
    cumulative = np.concatenate((np.zeros((1, *values.shape[1:])), np.cumsum(values, axis=0)), axis=0)
    return (cumulative[BLOCK_STEPS:] - cumulative[:-BLOCK_STEPS]) / BLOCK_STEPS


def summarize(steps: MeterSteps, window_s: float | None = None) -> TrackLoudness:
    """``lufs`` and ``bands_db`` of the last ``window_s`` seconds of records (all of them when None)."""
    k = steps.k_energy
    bands = steps.band_power
    if window_s is not None:
        keep = max(0, int(round(window_s / STEP_S)))
        k, bands = k[-keep:] if keep else k[:0], bands[-keep:] if keep else bands[:0]
    z = _block_means(k.sum(axis=1))  # channel sum, G_i = 1 (BS.1770-4 eq. 4)
    band_blocks = _block_means(bands.mean(axis=1))  # mean of the two channels' band powers
    with np.errstate(divide="ignore"):
        levels = LOUDNESS_OFFSET_DB + 10.0 * np.log10(z) if z.size else z
    none: dict[str, float | None] = dict.fromkeys(BAND_NAMES)
    seconds = round(k.shape[0] * STEP_S, 3)
    above = levels > ABSOLUTE_GATE_LUFS
    if not above.any():
        return TrackLoudness(-math.inf, none, seconds, 0)
    gate = LOUDNESS_OFFSET_DB + 10.0 * math.log10(float(z[above].mean())) + RELATIVE_GATE_LU
    lufs = LOUDNESS_OFFSET_DB + 10.0 * math.log10(float(z[above & (levels > gate)].mean()))
    active = above & (levels >= levels.max() - ACTIVE_RANGE_DB)
    mean_power = band_blocks[active].mean(axis=0)
    bands_db: dict[str, float | None] = {}
    for name, power in zip(BAND_NAMES, mean_power, strict=True):
        if not math.isfinite(power):
            bands_db[name] = None
        else:
            bands_db[name] = 10.0 * math.log10(power) if power > 0 else -math.inf
    return TrackLoudness(lufs, bands_db, seconds, int(active.sum()))


def measure_track(
    samples: np.ndarray,
    sample_rate: int,
    volume_db: float | None = 0.0,
    pan: float = 0.0,
    window_s: float | None = None,
) -> TrackLoudness:
    """The bridge's ``level.lufs`` / ``level.bands_db`` for a track whose pre-fader output is ``samples``."""
    return summarize(post_fader(meter_steps(samples, sample_rate), volume_db, pan), window_s)
