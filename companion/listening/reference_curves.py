"""The tonal references of real music per genre family, and free-form genre names mapped to a family.

``companion/knowledge/data/reference_curves.json`` holds, per family, percentiles between real songs of the
judged numbers (the levels of ``companion.listening.tonal`` and the shape gains of
``companion.listening.tonal_shapes``), the shape model those gains are measured against (median curve and
weights), percentiles of the contract bands and of the third octaves, all relative to the mids, and the
percentiles verdicts start at (``severity_mapping``); it says where every number comes from and is rewritten by ``python -m
companion.listening.calibrate CORPUS...`` (never fitted on our synthesizer). ``balance_vs_target_db`` compares
the measured bands with the family's median song, cut at the clip's bandwidth the same way as the
measurement (a band's power taken as spread evenly over its octaves), so it always compares like with like.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np

from companion.errors import BadInput
from companion.knowledge.bands import BANDS
from companion.knowledge.tables import DATA_DIR
from companion.listening.tonal_shapes import SHAPE_NAMES, ShapeModel

CURVES_FILE = DATA_DIR / "reference_curves.json"
SCHEMA = "mixassist.reference_curves/3"
DEFAULT_FAMILY = "all"


class UnknownGenre(BadInput):
    """A genre name we cannot map to a family (the message lists the known names)."""


@dataclass(frozen=True, slots=True)
class StatPercentiles:
    """How real songs of one family spread on one judged number: its value at each percentile between songs
    (``points``: (percentile, value) pairs, ascending) and how many songs it rests on."""

    points: tuple[tuple[int, float], ...]
    tracks: int

    def at(self, percentile: int) -> float:
        """The value at ``percentile`` (one of the stored ones, else interpolated between them)."""
        ps, vs = zip(*self.points, strict=True)
        return float(np.interp(percentile, ps, vs))

    def share_below(self, value: float) -> float:
        """The share of the family's songs below ``value`` (0-1, interpolated between stored percentiles;
        clamped to the lowest and highest stored)."""
        ps, vs = zip(*self.points, strict=True)
        if not math.isfinite(value):
            return math.nan
        return float(np.interp(value, vs, ps)) / 100.0


@dataclass(frozen=True, slots=True)
class SeverityMapping:
    """Where a judged number becomes a remark (``remark_from``, a percentile of real songs), a problem (0.3 at
    ``problem_at``) and a clear problem (0.5 at p90 plus ``clear_past_p90`` times the p50-p90 distance);
    past that, severity reaches 1.0 after ``full_after_spans`` more of the problem-to-clear distance.

    Why the clear point is extrapolated from p90 and not read off p97-p99: of 61 songs, the 98th percentile is
    about the second largest, and unseen songs go past it about twice as often as 2 % (cross-validation on the
    tuning part showed 4 % per kind); p50 and p90 are well estimated, and how far past p90 the line goes is
    chosen by cross-validation."""

    remark_from: int
    problem_at: int
    clear_past_p90: float
    full_after_spans: float


@cache
def _table() -> dict[str, Any]:
    with CURVES_FILE.open(encoding="utf-8") as handle:
        return json.load(handle)


def families() -> tuple[str, ...]:
    return tuple(_table()["families"])


def known_genres() -> tuple[str, ...]:
    """Every name ``genre_family`` accepts (genres and the family names themselves), sorted."""
    return tuple(sorted(set(_table()["genres"]) | set(families())))


def _normalise(name: str) -> str:
    return re.sub(r"[\s_\-/&+.']+", "", name.strip().lower())


def genre_family(genre: str | None) -> str:
    """The family of a free-form genre name ("Hip-Hop" -> "popular"); None or "" -> ``all`` (no genre given).

    Raises ``UnknownGenre`` (a ``BadInput``) listing the known names.
    """
    if genre is None or not genre.strip():
        return DEFAULT_FAMILY
    wanted = _normalise(genre)
    table = _table()
    for family in table["families"]:
        if _normalise(family) == wanted:
            return family
    for name, family in table["genres"].items():
        if _normalise(name) == wanted:
            return family
    raise UnknownGenre(f"unknown genre {genre!r}; known genres: {', '.join(known_genres())}")


def _family(family: str, table: dict[str, Any] | None = None) -> dict[str, Any]:
    """One family's entry of ``table`` (a whole data file as a dict; the packaged one when None)."""
    entries = (table or _table())["families"]
    if family not in entries:
        raise UnknownGenre(f"unknown genre family {family!r}; known: {', '.join(entries)}")
    return entries[family]


def family_words(family: str, table: dict[str, Any] | None = None) -> str:
    """What a verdict against this family was compared with, in words ("120 real mixes we measured ...")."""
    return str(_family(family, table)["words"])


def stat_percentiles(family: str, stat: str, table: dict[str, Any] | None = None) -> StatPercentiles | None:
    """The spread of real songs on one judged number (``LEVEL_NAMES`` or ``SHAPE_NAMES``), or None."""
    row = _family(family, table)["stats"].get(stat)
    if not row:
        return None
    points = tuple(
        (int(key[1:]), float(value))
        for key, value in row.items()
        if key.startswith("p") and key[1:].isdigit() and value is not None
    )
    if len(points) < 2:
        return None
    return StatPercentiles(points=tuple(sorted(points)), tracks=int(row["n"]))


def severity_mapping(
    table: dict[str, Any] | None = None, stat: str | None = None, family: str | None = None
) -> SeverityMapping:
    """The percentiles verdicts start at (``severity_mapping`` of the data file); for ``stat``, its own problem
    and clear points where the file gives them (``per_stat``), and against ``family`` that family's own for it
    where given (``per_family_stat``: the no-genre range's recall points)."""
    row = (table or _table())["severity_mapping"]
    own = row.get("per_stat", {}).get(stat, {}) if stat else {}
    if stat and family:
        own = row.get("per_family_stat", {}).get(family, {}).get(stat, own)
    return SeverityMapping(
        remark_from=int(row["remark_from"]),
        problem_at=int(own.get("problem_at", row["problem_at"])),
        clear_past_p90=float(own.get("clear_past_p90", row["clear_past_p90"])),
        full_after_spans=float(row["full_after_spans"]),
    )


def _model(row: dict[str, Any]) -> ShapeModel:
    return ShapeModel.of(row["mean_db"], [row["weights"][name] for name in SHAPE_NAMES])


@cache
def _packaged_model(family: str) -> ShapeModel:
    return _model(_family(family)["shape_model"])


def shape_model(family: str, table: dict[str, Any] | None = None) -> ShapeModel:
    """What the family's shape gains are measured against: its real mixes' median curve and each shape's
    weights (``companion.listening.tonal_shapes``)."""
    if table is None:
        return _packaged_model(family)
    return _model(_family(family, table)["shape_model"])


def third_octave_range(family: str) -> tuple[tuple[float, ...], tuple[float, ...], tuple[float, ...]]:
    """(p5, p50, p95) of the family's real songs per third octave (``THIRD_OCTAVE_CENTERS_HZ`` order), dB
    against the mids; NaN where too few songs carry the band (a codec's cut)."""
    rows = _family(family)["third_octave_vs_mid_db"]

    def column(key: str) -> tuple[float, ...]:
        return tuple(math.nan if v is None else float(v) for v in rows[key])

    return column("p5"), column("p50"), column("p95")


@cache
def _share_below(lo_hz: float, hi_hz: float, top_hz: float) -> float:
    """The share of a band's power under ``top_hz``, its power taken as spread evenly over its octaves."""
    return 1.0 if hi_hz <= top_hz else math.log2(top_hz / lo_hz) / math.log2(hi_hz / lo_hz)


def reference_bands(family: str, top_hz: float = 20000.0) -> dict[str, float]:
    """Band levels (dB relative to 20 Hz-``top_hz``) of the family's median song; bands above ``top_hz`` NaN."""
    rows = _family(family)["bands_vs_mid_db"]
    power: dict[str, float] = {}
    for name, (lo_hz, hi_hz) in BANDS.items():
        median = rows[name]["p50"]
        if lo_hz >= top_hz or median is None:
            continue
        power[name] = _share_below(lo_hz, hi_hz, top_hz) * 10.0 ** (float(median) / 10.0)
    whole = sum(power.values())
    return {name: 10.0 * math.log10(power[name] / whole) if name in power else math.nan for name in BANDS}


def balance_vs_reference(
    bands_db: dict[str, float], family: str, top_hz: float = 20000.0
) -> dict[str, float]:
    """Measured band level minus the family's median song, per band (NaN where either is unknown)."""
    reference = reference_bands(family, float(top_hz))
    return {name: bands_db.get(name, math.nan) - reference[name] for name in BANDS}


def band_range_vs_mid(
    family: str, band: str, low: int = 10, high: int = 90, top_hz: float = 20000.0
) -> tuple[float, float] | None:
    """Where the family's real songs spread on one contract band, relative to the mid band (dB; the 10th and 90th
    percentiles unless told), cut at ``top_hz`` as ``reference_bands`` cuts the median (a band's power taken as
    spread evenly over its octaves). None for the mid band itself (the yardstick), a band above ``top_hz`` or one
    the data gives no spread for: a band's level above the median song is only unusual outside this range."""
    row = _family(family)["bands_vs_mid_db"].get(band)
    lo_hz, hi_hz = BANDS[band]
    if band == "mid" or not row or lo_hz >= top_hz:
        return None
    pair = row.get(f"p{low}"), row.get(f"p{high}")
    if pair[0] is None or pair[1] is None:
        return None
    cut = 10.0 * math.log10(_share_below(lo_hz, hi_hz, top_hz))
    return float(pair[0]) + cut, float(pair[1]) + cut
