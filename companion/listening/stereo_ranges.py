"""How wide real records keep their low end, per genre family: where the low-end mono verdict starts.

``companion/knowledge/data/stereo_ranges.json`` holds, per family, percentiles between real songs of the
low-end correlation (left against right over 20-150 Hz), fitted on the tuning part of the real-music corpus by
``python -m companion.listening.calibrate_stereo`` (never on our synthesizer). The verdict is a remark below the
family's 25th percentile, a problem below its 10th (fewer than 1 in 10 real records of that kind are wider
there) and full at ``FULL_AT``, a low end more out of phase than in, which no genre excuses.

``popular`` (rock, pop, hip-hop...) has no corpus songs of its own (its tonal centre is published spectra, which
carry no stereo): it takes the drum-driven family's range, the game rock and electronic records nearest to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np

from companion.knowledge.tables import DATA_DIR, load_json

RANGES_FILE = DATA_DIR / "stereo_ranges.json"
SCHEMA = "mixassist.stereo_ranges/1"
CORPUS_FAMILIES = ("percussive", "sparse")
PERCENTILES = (5, 10, 25, 50, 75, 90)
REMARK_PERCENTILE = 25
PROBLEM_PERCENTILE = 10
FULL_AT = -0.5
"""A correlation of -0.5: summed to mono the low end loses about 6 dB (10 log10((1 + c) / 2)); out of phase
more than in, whatever the genre."""
STANDS_IN = {"popular": "percussive"}
WORDS = {
    "all": "{n} real mixes we measured (every family, as no genre was given)",
    "percussive": "{n} drum-driven real mixes we measured",
    "sparse": "{n} sparse real mixes we measured (orchestral, acoustic, ambient)",
}


@dataclass(frozen=True, slots=True)
class LowEndRange:
    """Where a family's real records keep their low-end correlation: the verdict's remark, problem and full
    points, the percentiles behind them and the words that say what was compared with."""

    family: str
    remark_at: float
    problem_at: float
    full_at: float
    points: tuple[tuple[int, float], ...]
    words: str

    def share_wider(self, correlation: float) -> float:
        """The share of the family's real records with a less correlated low end than ``correlation`` (0-1,
        interpolated between the stored percentiles, clamped to the lowest and highest)."""
        ps, vs = zip(*self.points, strict=True)
        return float(np.interp(correlation, vs, ps)) / 100.0


@cache
def low_end_range(family: str) -> LowEndRange:
    """The range of ``family`` (a tonal family name; an unknown one reads as ``all``)."""
    data = load_json(RANGES_FILE)
    name = STANDS_IN.get(family, family)
    name = name if name in data["families"] else "all"
    row = data["families"][name]
    points = tuple((int(k[1:]), float(v)) for k, v in row["low_end_correlation"].items())
    values = dict(points)
    return LowEndRange(
        family=name,
        remark_at=values[REMARK_PERCENTILE],
        problem_at=values[PROBLEM_PERCENTILE],
        full_at=FULL_AT,
        points=tuple(sorted(points)),
        words=WORDS[name].format(n=int(row["tracks"])),
    )
