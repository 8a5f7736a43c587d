"""Band levels of the contract's seven bands, relative to the clip's total 20 Hz-20 kHz power.

The power spectrum comes from the shared overlap-save frames (``companion.spectral_frames``): Hann-windowed
periodograms summed over frames and channels (Welch's method, without a second FFT pass).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from companion.knowledge import BANDS
from companion.spectral_frames import Frames

LOW_HZ = 20.0
HIGH_HZ = 20000.0


@dataclass(frozen=True, slots=True)
class BandMeasure:
    """Band levels (dB relative to the total), the upper frequency measured, and the total Hann power."""

    levels_db: dict[str, float]
    top_hz: float
    total_power: float


def measured_bands(frames: Frames) -> BandMeasure:
    """Band levels of a framed clip, all channels together.

    A band that lies wholly above Nyquist is NaN; one cut by Nyquist is measured up to it (the reference
    curve is cut the same way, see ``companion.reference_curves.reference_bands``). Silence gives NaN.
    """
    top_hz = min(HIGH_HZ, frames.sample_rate / 2.0)
    stop_bin = int(math.floor(top_hz / frames.bin_hz)) + 1
    power = frames.hann_power_sum(stop_bin)
    first = int(math.ceil(LOW_HZ / frames.bin_hz))
    return BandMeasure(band_levels_db(power, frames.bin_hz, top_hz), top_hz, float(power[first:].sum()))


def band_levels_db(power: np.ndarray, bin_hz: float, top_hz: float) -> dict[str, float]:
    """Sum ``power`` (one value per bin ``k`` at ``k * bin_hz``) into the bands; dB relative to 20 Hz-``top_hz``."""
    cumulative = np.concatenate(([0.0], np.cumsum(power)))

    def total(lo_hz: float, hi_hz: float) -> float:
        first = int(math.ceil(lo_hz / bin_hz))  # bins whose centre lies in [lo, hi)
        stop = min(int(math.ceil(hi_hz / bin_hz)), power.size)
        return float(cumulative[stop] - cumulative[first]) if stop > first else 0.0

    whole = total(LOW_HZ, top_hz + bin_hz / 2)
    levels: dict[str, float] = {}
    for name, (lo_hz, hi_hz) in BANDS.items():
        if lo_hz >= top_hz or whole <= 0.0:
            levels[name] = math.nan
            continue
        part = total(lo_hz, min(hi_hz, top_hz + bin_hz / 2) if hi_hz >= top_hz else hi_hz)
        levels[name] = 10.0 * math.log10(part / whole) if part > 0.0 else -math.inf
    return levels
