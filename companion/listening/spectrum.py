"""Band levels of the contract's seven bands, relative to the clip's total 20 Hz-20 kHz power.

The power spectrum comes from the shared overlap-save frames (``companion.listening.frames``): their
periodograms summed over frames and channels (no second FFT pass; see ``Frames.power_sum`` for why the
frames are not windowed). Everything is measured up to the source's real bandwidth
(``companion.listening.bandwidth``): Nyquist, 20 kHz, or the cliff a lossy codec left, whichever is lowest.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from companion.knowledge.bands import BANDS
from companion.listening.bandwidth import source_top
from companion.listening.frames import Frames

LOW_HZ = 20.0
HIGH_HZ = 20000.0


THIRD_OCTAVE_CENTERS_HZ: tuple[float, ...] = tuple(1000.0 * 2.0 ** (k / 3.0) for k in range(-15, 13))
"""Base-2 third-octave centres (IEC 61260), 31.25 Hz .. 16 kHz: 28 bands, fine enough to tell a bell at 200 Hz
(mud) from one at 100 Hz (boom), which the contract's seven bands cannot."""
THIRD_OCTAVE_BANDS: dict[str, tuple[float, float]] = {
    f"{c:.0f}": (c * 2.0 ** (-1.0 / 6.0), c * 2.0 ** (1.0 / 6.0)) for c in THIRD_OCTAVE_CENTERS_HZ
}
THIRD_OCTAVE_SLACK = 1.03
"""A third octave counts as measured when its top edge lies within 3 % above the bandwidth: the 16 kHz band
(to 17.96 kHz) is measured on 44.1 kHz files limited at 20 kHz, and on none whose codec cut it."""


@dataclass(frozen=True, slots=True)
class BandMeasure:
    """Band levels (dB relative to the total), the upper frequency measured, and the total power (20 Hz up).

    ``third_octave_db`` holds the same measure in third-octave bands (``THIRD_OCTAVE_CENTERS_HZ`` order); a
    third octave that reaches above ``top_hz`` is NaN (half a band would read low). ``top_hz`` is the source's
    bandwidth: 20 kHz, Nyquist, or a codec's cut (``bandwidth_limited`` then True). ``top_fall_db_per_oct``: how
    fast the top falls from 4.5 to 10 kHz, read leak-free (``companion.listening.bandwidth``; NaN if unmeasured).
    """

    levels_db: dict[str, float]
    top_hz: float
    total_power: float
    third_octave_db: tuple[float, ...] = ()
    bandwidth_limited: bool = False
    top_fall_db_per_oct: float = math.nan


def measured_bands(frames: Frames) -> BandMeasure:
    """Band levels of a framed clip, all channels together.

    A band that lies wholly above the bandwidth (Nyquist, or a codec's cut) is NaN; one cut by it is measured
    up to it (the reference curve is cut the same way, see
    ``companion.listening.reference_curves.reference_bands``). Silence gives NaN.
    """
    nyquist_top = min(HIGH_HZ, frames.sample_rate / 2.0)
    stop_bin = int(math.floor(nyquist_top / frames.bin_hz)) + 1
    power = frames.power_sum(stop_bin)
    source = source_top(frames, HIGH_HZ)
    top_hz = source.bandwidth_hz
    first = int(math.ceil(LOW_HZ / frames.bin_hz))
    fine = band_levels_db(power, frames.bin_hz, top_hz, THIRD_OCTAVE_BANDS)
    third = tuple(
        math.nan if hi_hz > top_hz * THIRD_OCTAVE_SLACK else fine[name]
        for name, (_, hi_hz) in THIRD_OCTAVE_BANDS.items()
    )
    stop = int(math.floor(top_hz / frames.bin_hz)) + 1
    return BandMeasure(
        band_levels_db(power, frames.bin_hz, top_hz),
        top_hz,
        float(power[first:stop].sum()),
        third,
        top_hz < nyquist_top,
        source.top_fall_db_per_oct,
    )


def band_levels_db(
    power: np.ndarray, bin_hz: float, top_hz: float, bands: dict[str, tuple[float, float]] = BANDS
) -> dict[str, float]:
    """Sum ``power`` (one value per bin ``k`` at ``k * bin_hz``) into ``bands``; dB relative to 20 Hz-``top_hz``."""
    cumulative = np.concatenate(([0.0], np.cumsum(power)))

    def total(lo_hz: float, hi_hz: float) -> float:
        first = int(math.ceil(lo_hz / bin_hz))  # bins whose centre lies in [lo, hi)
        stop = min(int(math.ceil(hi_hz / bin_hz)), power.size)
        return float(cumulative[stop] - cumulative[first]) if stop > first else 0.0

    whole = total(LOW_HZ, top_hz + bin_hz / 2)
    levels: dict[str, float] = {}
    for name, (lo_hz, hi_hz) in bands.items():
        if lo_hz >= top_hz or whole <= 0.0:
            levels[name] = math.nan
            continue
        part = total(lo_hz, min(hi_hz, top_hz + bin_hz / 2) if hi_hz >= top_hz else hi_hz)
        levels[name] = 10.0 * math.log10(part / whole) if part > 0.0 else -math.inf
    return levels
