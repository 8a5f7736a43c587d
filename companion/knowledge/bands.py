"""The contract's seven frequency bands (ARCHITECTURE.md), how to say each, and which band a frequency is in."""

from __future__ import annotations

import math
from collections.abc import Mapping

from companion.context import BAND_NAMES

BANDS: dict[str, tuple[float, float]] = {
    "sub": (20.0, 60.0),
    "bass": (60.0, 250.0),
    "low_mid": (250.0, 500.0),
    "mid": (500.0, 2000.0),
    "high_mid": (2000.0, 4000.0),
    "presence": (4000.0, 6000.0),
    "air": (6000.0, 20000.0),
}
assert tuple(BANDS) == BAND_NAMES

BAND_DESCRIPTIONS: dict[str, str] = {
    "sub": "sub: 20-60 Hz, the rumble you feel more than hear",
    "bass": "bass: 60-250 Hz, the weight of kick and bass",
    "low_mid": "low_mid: 250-500 Hz, where mud builds up",
    "mid": "mid: 500 Hz-2 kHz, the body of most instruments, and boxiness",
    "high_mid": "high_mid: 2-4 kHz, bite and clarity, and where harshness tires the ear",
    "presence": "presence: 4-6 kHz, what puts a sound up front",
    "air": "air: 6-20 kHz, sparkle and sibilance",
}


MAIN_BAND_DB = 6.0
"""A band within this of a track's strongest band is one of its main bands (its meter's own spectrum)."""


def main_bands(bands_db: Mapping[str, float | None] | None) -> set[str]:
    """The bands a track is strong in: within ``MAIN_BAND_DB`` of its strongest finite band (empty without
    meters). One test for the diagnosis's order and the advisor's "does this track carry that build-up?"."""
    levels = {k: v for k, v in (bands_db or {}).items() if v is not None and math.isfinite(v)}
    top = max(levels.values(), default=0.0)
    return {k for k, v in levels.items() if v >= top - MAIN_BAND_DB}


def band_of(freq_hz: float) -> str:
    """The contract band a frequency falls in (below 20 Hz counts as sub, above 20 kHz as air)."""
    for name, (_, hi_hz) in BANDS.items():
        if freq_hz < hi_hz:
            return name
    return "air"
