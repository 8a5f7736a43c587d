"""What the "Mix" view draws, computed from one answered ask (pure functions: no Qt, easy to test).

The spectrum: the clip's third-octave levels against the genre family's reference curve, aligned by the
median difference (as the tonal diagnosis does), with the typical range = reference +- the family's
measured spread in each band. Track balance: each track's meter level against its role's typical level
relative to the mix (MixologyDB), with the session's median offset taken out (as track_levels does).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from companion.context import Analysis, Snapshot
from companion.knowledge.bands import BANDS
from companion.knowledge.roles import instrument_role
from companion.listening.reference_curves import reference_third_octave
from companion.listening.spectrum import THIRD_OCTAVE_CENTERS_HZ
from companion.listening.track_levels import expected_relative_db

DEFAULT_SPREAD_DB = 2.5


@dataclass(frozen=True, slots=True)
class SpectrumView:
    centers_hz: np.ndarray
    measured_db: np.ndarray  # aligned to the reference (NaN where unmeasured)
    typical_db: np.ndarray
    low_db: np.ndarray
    high_db: np.ndarray

    @property
    def out_of_range(self) -> np.ndarray:
        """Mask of the bands where the clip leaves the typical range."""
        m = self.measured_db
        with np.errstate(invalid="ignore"):
            return np.isfinite(m) & ((m < self.low_db) | (m > self.high_db))


def _spread_db(family: str) -> dict[str, float]:
    from companion.listening.reference_curves import _table

    return dict(_table()["families"].get(family, {}).get("spread_db") or {})


def spectrum_view(analysis: Analysis) -> SpectrumView | None:
    """None when the analysis carries no third-octave levels (e.g. a clip too short)."""
    levels = analysis.extra.get("third_octave_db")
    reference = reference_third_octave(analysis.genre_family)
    centers = np.array(THIRD_OCTAVE_CENTERS_HZ, dtype=float)
    if not levels or len(levels) != len(centers) or len(reference) != len(centers):
        return None
    measured = np.array([np.nan if v is None else float(v) for v in levels])
    typical = np.array(reference)
    diff = measured - typical
    finite = diff[np.isfinite(diff)]
    if finite.size < len(centers) // 2:
        return None
    measured = measured - float(np.median(finite))
    spreads = _spread_db(analysis.genre_family)
    spread = np.full(len(centers), DEFAULT_SPREAD_DB)
    for i, hz in enumerate(centers):
        for name, (lo_hz, hi_hz) in BANDS.items():
            if lo_hz <= hz < hi_hz and name in spreads:
                spread[i] = max(1.0, float(spreads[name]))
    return SpectrumView(centers, measured, typical, typical - spread, typical + spread)


@dataclass(frozen=True, slots=True)
class TrackRow:
    name: str
    level_db: float  # the track's loudness (LUFS) when the track meter gave it, else its average peak (dB)
    typical_db: float  # where that role usually sits, on the same scale (session offset applied)
    unit: str = "dB"

    @property
    def deviation_db(self) -> float:
        return self.level_db - self.typical_db


def track_rows(snapshot: Snapshot | None) -> list[TrackRow]:
    """Playing tracks with a known role, measured vs typical; empty without levels in the session."""
    if snapshot is None:
        return []
    loudness = any(t.level is not None and t.level.lufs is not None for t in snapshot.tracks)
    rows = []
    for t in snapshot.tracks:
        if t.level is None:
            continue
        level = t.level.lufs if loudness else t.level.avg_peak_db  # one scale for every row
        if t.mute or level is None or not math.isfinite(level) or level <= -80.0 or t.folder_depth > 0:
            continue
        role = instrument_role(t.name)
        expected = expected_relative_db(role) if role else None
        if expected is not None:
            rows.append((t.name, float(level), float(expected)))
    if len(rows) < 3:
        return []
    offset = float(np.median([level - expected for _, level, expected in rows]))
    unit = "LUFS" if loudness else "dB"
    return [TrackRow(name, level, expected + offset, unit) for name, level, expected in rows]
