"""The tonal profile of a mix: the handful of numbers its tonal balance is judged by, from its third octaves.

One function, ``tonal_profile``, used twice on purpose: by the calibration (``companion.listening.calibrate``)
on real recordings, and by the judge (``companion.listening.tonal_judge``) on the user's mix, so a verdict
compares like with like.

What it measures (dB unless said, all relative, so gain and loudness do not matter):
- region levels against the mids (500 Hz-1.8 kHz, the third octaves 500-1587 Hz): ``bass_vs_mid_db``
  (50-160 Hz), ``low_mid_vs_mid_db`` (180-450 Hz), ``upper_mid_vs_mid_db`` (1.8-4.5 kHz), ``top_vs_mid_db``
  (4.5-11.3 kHz). Nothing above 11.3 kHz is judged: lossy sources cut or roll off there.
- ``tilt_db_per_oct``: the least-squares slope of the third-octave levels from 100 Hz to 4 kHz (the span
  Elowsson & Friberg 2017 measure their -4.5 dB/octave on; per third octave of power it reads 3 dB/oct higher).
- the shape against the track's own trend, as matched templates fitted over +-2 octaves on top of a local
  straight line (offset + slope), so the rest of the song's spectrum sets its own baseline:
  ``bump_bass_db`` / ``bump_low_mid_db`` / ``bump_upper_mid_db``: the gain (dB) of the broad bell (Q 1) that
  best explains the spectrum, the strongest over the centres of the region; ``cliff_low_db``: how far the
  third octaves below a corner (100-250 Hz) sit on average under those of the 1.5 octaves above it (a
  high-pass-like roll-off), the strongest corner; ``cliff_high_db``: the same above a corner at 2.5-5 kHz
  against the 1.5 octaves below it (a low-pass).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache

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
TEMPLATE_HALF_WIDTH_OCT = 2.0
MIN_POINTS = 6
BELL_Q = 1.0
BELL_GAIN_DB = 6.0
BUMP_CENTRES_HZ: dict[str, tuple[float, float]] = {
    "bass": (62.0, 160.0),
    "low_mid": (155.0, 510.0),
    "upper_mid": (1990.0, 5100.0),
}
CLIFF_LOW_CORNERS_HZ = (99.2, 125.0, 157.5, 198.4, 250.0)
CLIFF_HIGH_CORNERS_HZ = (2520.0, 3175.0, 4000.0, 5040.0)

STAT_NAMES = (
    "bass_vs_mid_db",
    "low_mid_vs_mid_db",
    "upper_mid_vs_mid_db",
    "top_vs_mid_db",
    "tilt_db_per_oct",
    "bump_bass_db",
    "bump_low_mid_db",
    "bump_upper_mid_db",
    "cliff_low_db",
    "cliff_high_db",
)


@dataclass(frozen=True, slots=True)
class TonalProfile:
    """The judged numbers (``STAT_NAMES``, NaN where not measurable) and where each shape stat peaked (Hz)."""

    stats: dict[str, float]
    where_hz: dict[str, float]
    vs_mid_db: tuple[float, ...]  # every third octave relative to the mids (NaN where unmeasured)

    def get(self, name: str) -> float:
        return self.stats.get(name, math.nan)


def _region_mask(lo_hz: float, hi_hz: float) -> np.ndarray:
    return (lo_hz <= CENTERS_HZ) & (hi_hz >= CENTERS_HZ)


def _power_db(levels: np.ndarray) -> float:
    return float(10.0 * np.log10(np.sum(10.0 ** (levels / 10.0))))


def vs_mid_db(third_octave_db: tuple[float | None, ...] | list[float | None] | np.ndarray) -> np.ndarray:
    """Third-octave levels relative to the power of the mids (NaN where unmeasured, or all NaN if no mids)."""
    levels = np.array([math.nan if v is None else float(v) for v in third_octave_db], dtype=np.float64)
    if levels.size != CENTERS_HZ.size:
        return np.full(CENTERS_HZ.size, math.nan)
    mid = levels[_region_mask(*REGIONS_HZ["mid"])]
    if not np.isfinite(mid).all():
        return np.full(CENTERS_HZ.size, math.nan)
    return levels - _power_db(mid)


def _band_response_db(gain_sq: object) -> np.ndarray:
    """Power-averaged response of a filter over each third octave (64 points per band), dB."""
    out = []
    for lo_hz, hi_hz in EDGES_HZ:
        f = np.geomspace(lo_hz, hi_hz, 64)
        out.append(10.0 * math.log10(float(np.mean(gain_sq(f)))))  # type: ignore[operator]
    return np.array(out)


@cache
def bell_template(center_hz: float) -> np.ndarray:
    """Third-octave response (dB) of a Q 1 peaking EQ at ``center_hz`` per dB of its gain (analog RBJ bell)."""
    a = 10.0 ** (BELL_GAIN_DB / 40.0)

    def gain_sq(f: np.ndarray) -> np.ndarray:
        s = f / center_hz
        num = (1 - s**2) ** 2 + (s * a / BELL_Q) ** 2
        den = (1 - s**2) ** 2 + (s / (a * BELL_Q)) ** 2
        return num / den

    return _band_response_db(gain_sq) / BELL_GAIN_DB


def template_fit(levels: np.ndarray, template: np.ndarray, lo_hz: float, hi_hz: float) -> float:
    """Least-squares weight of ``template`` in ``levels`` over third octaves centred in [lo, hi], on top of an
    offset and a slope; NaN with fewer than ``MIN_POINTS`` measured bands."""
    mask = _region_mask(lo_hz, hi_hz) & np.isfinite(levels)
    if int(mask.sum()) < MIN_POINTS:
        return math.nan
    design = np.stack([np.ones(int(mask.sum())), LOG2_CENTERS[mask], template[mask]], axis=1)
    coef, *_ = np.linalg.lstsq(design, levels[mask], rcond=None)
    return float(coef[2])


def roll_off_db(levels: np.ndarray, near_hz: tuple[float, float], past_hz: tuple[float, float]) -> float:
    """How far the third octaves centred in ``past_hz`` sit under those in ``near_hz`` on average (dB): the
    step a filter's roll-off leaves between the near side of its corner and the far side.

    Why a plain step and not a trend extrapolated across the corner: a line through two octaves, extended two
    more, turns any bump beside the corner into a 60 dB "roll-off"; and a step only grows when a filter is
    added, so more roll-off never reads as less.
    """
    near = _region_mask(*near_hz) & np.isfinite(levels)
    past = _region_mask(*past_hz) & np.isfinite(levels)
    if int(near.sum()) < 2 or int(past.sum()) < 2:
        return math.nan
    return float(np.mean(levels[near]) - np.mean(levels[past]))


def _strongest(values: list[tuple[float, float]]) -> tuple[float, float]:
    finite = [(v, hz) for v, hz in values if math.isfinite(v)]
    return max(finite) if finite else (math.nan, math.nan)


def tonal_profile(
    third_octave_db: tuple[float | None, ...] | list[float | None] | np.ndarray, top_hz: float = 20000.0
) -> TonalProfile:
    """The judged numbers of one mix from its third-octave levels (``THIRD_OCTAVE_CENTERS_HZ`` order, dB of any
    common reference; NaN/None where unmeasured) measured up to ``top_hz`` (its bandwidth)."""
    rel = vs_mid_db(third_octave_db)
    usable = rel.copy()
    usable[EDGES_HZ[:, 1] > min(top_hz * 1.03, JUDGED_TOP_HZ * 1.001)] = math.nan
    stats: dict[str, float] = {}
    where: dict[str, float] = {}
    for name in ("bass", "low_mid", "upper_mid", "top"):
        part = usable[_region_mask(*REGIONS_HZ[name])]
        stats[f"{name}_vs_mid_db"] = _power_db(part) if part.size and np.isfinite(part).all() else math.nan
    tilt_mask = _region_mask(*TILT_HZ)
    tilt_part = usable[tilt_mask]
    stats["tilt_db_per_oct"] = (
        float(np.polyfit(LOG2_CENTERS[tilt_mask], tilt_part, 1)[0])
        if np.isfinite(tilt_part).all()
        else math.nan
    )
    for name, (lo_hz, hi_hz) in BUMP_CENTRES_HZ.items():
        fits = []
        for centre in CENTERS_HZ[_region_mask(lo_hz, hi_hz)]:
            span = 2.0**TEMPLATE_HALF_WIDTH_OCT
            fits.append(
                (template_fit(usable, bell_template(float(centre)), centre / span, centre * span), centre)
            )
        stats[f"bump_{name}_db"], where[f"bump_{name}_db"] = _strongest(fits)
    root2 = math.sqrt(2.0)
    low = [
        (
            roll_off_db(usable, (corner * root2, corner * 4.0), (max(30.0, corner / 4.0), corner / root2)),
            corner,
        )
        for corner in CLIFF_LOW_CORNERS_HZ
    ]
    stats["cliff_low_db"], where["cliff_low_db"] = _strongest(low)
    high = [
        (
            roll_off_db(
                usable, (corner / 4.0, corner / root2), (corner * root2, min(corner * 4.0, JUDGED_TOP_HZ))
            ),
            corner,
        )
        for corner in CLIFF_HIGH_CORNERS_HZ
    ]
    stats["cliff_high_db"], where["cliff_high_db"] = _strongest(high)
    return TonalProfile(stats=stats, where_hz=where, vs_mid_db=tuple(float(v) for v in rel))
