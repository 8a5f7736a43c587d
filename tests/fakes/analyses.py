"""Hand-built Analysis objects: a clean mix and controlled deviations from it (no DSP involved).

The clean mix's third octaves are the median real song of the ``all`` family (what the tonal judge compares
with when no genre is given), so it raises no tonal verdict; ``tilted`` boosts or cuts whole contract bands
on those third octaves, the way a broad EQ move would.
"""

from __future__ import annotations

import dataclasses
import math

from companion.context import Analysis, StereoImage
from companion.knowledge.bands import BANDS
from companion.listening.reference_curves import _table
from companion.listening.spectrum import THIRD_OCTAVE_CENTERS_HZ

CURVE = {
    "sub": -14.0,
    "bass": -4.0,
    "low_mid": -8.0,
    "mid": -7.0,
    "high_mid": -13.0,
    "presence": -17.0,
    "air": -19.0,
}


def median_third_octaves() -> list[float]:
    """The ``all`` family's median third octaves (dB against the mids; the 16 kHz band as measured)."""
    return [float(v) for v in _table()["families"]["all"]["third_octave_vs_mid_db"]["p50"]]


def clean(**changes: object) -> Analysis:
    base = Analysis(
        duration_s=20.0,
        sample_rate=48000,
        channels=2,
        integrated_lufs=-14.2,
        short_term_max_lufs=-11.9,
        lra_lu=4.5,
        true_peak_dbtp=-1.2,
        sample_peak_dbfs=-1.4,
        clipped_samples=0,
        plr_db=13.0,
        crest_db=15.0,
        dc_offset=0.0001,
        bands_db=dict(CURVE),
        balance_vs_target_db={k: 0.0 for k in CURVE},
        stereo=StereoImage(correlation=0.7, width=0.2, low_end_correlation=0.98, lr_balance_db=0.2),
        extra={"third_octave_db": median_third_octaves(), "bands_measured_to_hz": 20000.0, "rms_dbfs": -17.0},
    )
    return dataclasses.replace(base, **changes)


def tilted(boosts: dict[str, float]) -> dict[str, object]:
    """bands_db / balance_vs_target_db / third octaves after boosting some contract bands by dB."""
    power = {k: 10 ** ((v + boosts.get(k, 0.0)) / 10) for k, v in CURVE.items()}
    total = sum(10 ** (v / 10) for v in CURVE.values())
    new_total = sum(power.values())
    bands = {k: 10 * math.log10(p / new_total * total) for k, p in power.items()}
    third = []
    for centre, level in zip(THIRD_OCTAVE_CENTERS_HZ, median_third_octaves(), strict=True):
        band = next((name for name, (lo, hi) in BANDS.items() if lo <= centre < hi), "air")
        third.append(level + boosts.get(band, 0.0))
    # the curve itself sums to `total`; express both relative to it
    return {
        "bands_db": bands,
        "balance_vs_target_db": {k: bands[k] - CURVE[k] for k in CURVE},
        "extra": {"third_octave_db": third, "bands_measured_to_hz": 20000.0, "rms_dbfs": -17.0},
    }
