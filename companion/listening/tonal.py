"""The tonal profile of a mix: its third octaves against the mids, and a few plain levels read off them.

One function, ``tonal_profile``, used twice on purpose: by the calibration (``companion.listening.calibrate``)
on real recordings, and by the judge (``companion.listening.tonal_judge``) on the user's mix, so a verdict
compares like with like. The verdicts themselves rest on the *shape* of the curve against what real mixes
carry (``companion.listening.tonal_shapes``); the levels here are context the evidence reports.

What it measures (dB unless said, all relative, so gain and loudness do not matter):
- ``vs_mid_db``: every third octave relative to the power of the mids (500 Hz-1.8 kHz, the third octaves
  500-1587 Hz), NaN above what the source carries. Nothing above ``JUDGED_TOP_HZ`` is judged: lossy sources
  cut or roll off there.
- region levels against the mids: ``bass_vs_mid_db`` (50-160 Hz), ``low_mid_vs_mid_db`` (180-450 Hz),
  ``upper_mid_vs_mid_db`` (1.8-4.5 kHz), ``top_vs_mid_db`` (4.5-11.3 kHz).
- ``tilt_db_per_oct``: the least-squares slope of the third-octave levels from 100 Hz to 4 kHz (the span
  Elowsson & Friberg 2017 measure their -4.5 dB/octave on; per third octave of power it reads 3 dB/oct higher).
- ``top_fall_db_per_oct``: how fast the top falls from 4.5 to 10 kHz (positive falling), read by
  ``companion.listening.bandwidth`` on Hann-windowed spectra, free of the frames' leakage floor that the third
  octaves here sit on at about 45 dB under the mids: a low-pass's skirt shows in it on every song.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from companion.listening.spectrum import THIRD_OCTAVE_BANDS, THIRD_OCTAVE_CENTERS_HZ

CENTERS_HZ = np.array(THIRD_OCTAVE_CENTERS_HZ)
LOG2_CENTERS = np.log2(CENTERS_HZ / 1000.0)
EDGES_HZ = np.array(list(THIRD_OCTAVE_BANDS.values()))

JUDGED_TOP_HZ = 11314.0
"""Top edge of the 10 kHz third octave: the highest band every source we measured carries."""
REGIONS_HZ: dict[str, tuple[float, float]] = {
    "mid": (500.0, 1600.0),
    "bass": (49.0, 160.0),
    "low_mid": (195.0, 400.0),
    "upper_mid": (1990.0, 4010.0),
    "top": (5000.0, 10100.0),
}
"""Regions as the third-octave centres they hold (inclusive): bass 49.6-157.5 Hz, low_mid 198-397 Hz,
upper_mid 2-4 kHz, top 5-10 kHz; mid 500-1587 Hz."""
TILT_HZ = (99.0, 4010.0)

LEVEL_NAMES = (
    "bass_vs_mid_db",
    "low_mid_vs_mid_db",
    "upper_mid_vs_mid_db",
    "top_vs_mid_db",
    "tilt_db_per_oct",
    "top_fall_db_per_oct",
)


@dataclass(frozen=True, slots=True)
class TonalProfile:
    """The mix's third octaves against the mids (``vs_mid_db``, NaN where unmeasured) and the plain levels
    read off them up to ``JUDGED_TOP_HZ`` and the source's bandwidth (``LEVEL_NAMES``, NaN if unmeasurable)."""

    levels: dict[str, float]
    vs_mid_db: tuple[float, ...]
    top_hz: float = 20000.0

    def get(self, name: str) -> float:
        return self.levels.get(name, math.nan)


def _region_mask(lo_hz: float, hi_hz: float) -> np.ndarray:
    return (lo_hz <= CENTERS_HZ) & (hi_hz >= CENTERS_HZ)


def _power_db(levels: np.ndarray) -> float:
    return float(10.0 * np.log10(np.sum(10.0 ** (levels / 10.0))))


def vs_mid_db(third_octave_db: tuple[float | None, ...] | list[float | None] | np.ndarray) -> np.ndarray:
    """Third-octave levels relative to the power of the mids (NaN where unmeasured, or all NaN if no mids)."""
    levels = np.array([math.nan if v is None else float(v) for v in third_octave_db], dtype=np.float64)
    if levels.size != CENTERS_HZ.size:
        return np.full(CENTERS_HZ.size, math.nan)
    levels[~np.isfinite(levels)] = math.nan  # a band with no power at all (-inf) is not a measurement
    mid = levels[_region_mask(*REGIONS_HZ["mid"])]
    if not np.isfinite(mid).all():
        return np.full(CENTERS_HZ.size, math.nan)
    return levels - _power_db(mid)


def judged(rel_db: np.ndarray, top_hz: float = 20000.0) -> np.ndarray:
    """``rel_db`` with NaN wherever a band reaches above the source's bandwidth or ``JUDGED_TOP_HZ``."""
    usable = np.array(rel_db, dtype=np.float64)
    usable[EDGES_HZ[:, 1] > min(top_hz * 1.03, JUDGED_TOP_HZ * 1.001)] = math.nan
    return usable


def tonal_profile(
    third_octave_db: tuple[float | None, ...] | list[float | None] | np.ndarray,
    top_hz: float = 20000.0,
    top_fall_db_per_oct: float | None = None,
) -> TonalProfile:
    """The profile of one mix from its third-octave levels (``THIRD_OCTAVE_CENTERS_HZ`` order, dB of any
    common reference; NaN/None where unmeasured) measured up to ``top_hz`` (its bandwidth), with the top's
    leak-free fall when it was measured (``companion.listening.bandwidth.source_top``)."""
    rel = vs_mid_db(third_octave_db)
    usable = judged(rel, top_hz)
    levels: dict[str, float] = {}
    for name in ("bass", "low_mid", "upper_mid", "top"):
        part = usable[_region_mask(*REGIONS_HZ[name])]
        levels[f"{name}_vs_mid_db"] = _power_db(part) if part.size and np.isfinite(part).all() else math.nan
    tilt_mask = _region_mask(*TILT_HZ)
    tilt_part = usable[tilt_mask]
    levels["tilt_db_per_oct"] = (
        float(np.polyfit(LOG2_CENTERS[tilt_mask], tilt_part, 1)[0])
        if np.isfinite(tilt_part).all()
        else math.nan
    )
    fall = math.nan if top_fall_db_per_oct is None else float(top_fall_db_per_oct)
    levels["top_fall_db_per_oct"] = fall if math.isfinite(fall) and np.isfinite(rel).any() else math.nan
    return TonalProfile(levels=levels, vs_mid_db=tuple(float(v) for v in rel), top_hz=float(top_hz))
