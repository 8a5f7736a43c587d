"""Tonal balance in third octaves against the genre reference: where a broad boost or cut sits, and how big.

The contract's seven bands are too coarse to judge by: a mud bell at 200 Hz lands in "bass", a harsh one at
4.5 kHz in "presence". Third octaves tell them apart. Each band's deviation from the reference is taken
relative to the *median* deviation over all bands (levels are shares of the total, so a boost in one place
lowers every other share; the median sits with the untouched bands), then scored over one-octave windows
(three adjacent third octaves, power-averaged), which follows a broad EQ move and averages out single notes.
"""

from __future__ import annotations

import math

import numpy as np

from companion.context import Analysis
from companion.listening.reference_curves import reference_third_octave
from companion.listening.spectrum import THIRD_OCTAVE_CENTERS_HZ

CENTERS_HZ = np.array(THIRD_OCTAVE_CENTERS_HZ)
WINDOW_BANDS = 3  # one octave


def deviations_db(a: Analysis) -> np.ndarray | None:
    """Median-referenced deviation per third octave (NaN where unmeasured); None when the analysis has none."""
    levels = a.extra.get("third_octave_db")
    ref = reference_third_octave(a.genre_family)
    if not levels or len(levels) != len(CENTERS_HZ) or len(ref) != len(CENTERS_HZ):
        return None
    lv = np.array([np.nan if v is None else float(v) for v in levels])
    dev = lv - np.array(ref)
    finite = dev[np.isfinite(dev)]
    if finite.size < len(CENTERS_HZ) // 2:
        return None
    return dev - float(np.median(finite))


def peak_region_db(
    dev: np.ndarray, lo_hz: float, hi_hz: float, sign: float = 1.0, width: int = WINDOW_BANDS
) -> tuple[float, float]:
    """The strongest window of ``width`` third octaves (sign +1: highest, -1: lowest) whose centre lies in
    [lo, hi] Hz. Returns (deviation dB, window centre Hz); (nan, nan) when no window is measurable.
    """
    best, best_hz = math.nan, math.nan
    left = (width - 1) // 2
    right = width - 1 - left
    for i in range(left, len(CENTERS_HZ) - right):
        if not lo_hz <= CENTERS_HZ[i] <= hi_hz:
            continue
        window = dev[i - left : i + right + 1]
        if not np.isfinite(window).all():
            continue
        value = float(10.0 * np.log10(np.mean(10.0 ** (window / 10.0))))
        if math.isnan(best) or sign * value > sign * best:
            best, best_hz = value, float(CENTERS_HZ[i])
    return best, best_hz


def region_db(dev: np.ndarray, lo_hz: float, hi_hz: float) -> float:
    """Power-averaged deviation of every third octave whose centre lies in [lo, hi] Hz (a broad shelf)."""
    mask = (lo_hz <= CENTERS_HZ) & (hi_hz >= CENTERS_HZ) & np.isfinite(dev)
    if not mask.any():
        return math.nan
    return float(10.0 * np.log10(np.mean(10.0 ** (dev[mask] / 10.0))))
