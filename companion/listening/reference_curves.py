"""Reference tonal balance per genre family, and free-form genre names mapped to a family.

A family's curve is its band levels (dB relative to the total 20 Hz-20 kHz power) in
``companion/knowledge/data/reference_curves.json``; the file says where the numbers come from (``source``) and is
rewritten by ``python -m companion.synth.fit_reference_curves``. For a clip whose Nyquist lies below 20 kHz the
curve is cut the same way as the measurement (a band's power taken as spread evenly over its octaves), so
``balance_vs_target_db`` always compares like with like.
"""

from __future__ import annotations

import json
import math
import re
from functools import cache
from typing import Any

from companion.errors import BadInput
from companion.knowledge.bands import BANDS
from companion.knowledge.tables import DATA_DIR

CURVES_FILE = DATA_DIR / "reference_curves.json"
DEFAULT_FAMILY = "pop_rock"


class UnknownGenre(BadInput):
    """A genre name we cannot map to a family (the message lists the known names)."""


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
    """The family of a free-form genre name ("Hip-Hop" -> "electronic"); None or "" -> the default family.

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


@cache
def reference_bands(family: str, top_hz: float = 20000.0) -> dict[str, float]:
    """Band levels (dB relative to 20 Hz-``top_hz``) of the family's curve; bands above ``top_hz`` are NaN."""
    table = _table()["families"]
    if family not in table:
        raise UnknownGenre(f"unknown genre family {family!r}; known: {', '.join(families())}")
    power: dict[str, float] = {}
    for name, (lo_hz, hi_hz) in BANDS.items():
        if lo_hz >= top_hz:
            continue
        share = 1.0 if hi_hz <= top_hz else math.log2(top_hz / lo_hz) / math.log2(hi_hz / lo_hz)
        power[name] = share * 10.0 ** (table[family]["bands_db"][name] / 10.0)
    whole = sum(power.values())
    return {name: 10.0 * math.log10(power[name] / whole) if name in power else math.nan for name in BANDS}


def balance_vs_reference(
    bands_db: dict[str, float], family: str, top_hz: float = 20000.0
) -> dict[str, float]:
    """Measured band level minus the reference curve's, per band (NaN where either is unknown)."""
    reference = reference_bands(family, float(top_hz))
    return {name: bands_db.get(name, math.nan) - reference[name] for name in BANDS}


def reference_third_octave(family: str) -> tuple[float, ...]:
    """The family's curve in third-octave bands (``companion.listening.spectrum.THIRD_OCTAVE_CENTERS_HZ`` order), dB."""
    table = _table()["families"]
    if family not in table:
        raise UnknownGenre(f"unknown genre family {family!r}; known: {', '.join(families())}")
    return tuple(float(v) for v in table[family].get("third_octave_db", ()))


GUESSABLE_FAMILIES = ("pop", "rock", "electronic", "hiphop", "acoustic")


TRIM_BANDS = 7
"""Third octaves (about 2.3 octaves) left out of the family comparison: room for one broad problem."""


def closest_family(third_octave_db: tuple[float, ...] | list[float]) -> str:
    """The family whose third-octave curve the clip's overall shape is closest to (used when no genre is given).

    The distance is the mean absolute deviation (after removing the median offset) over all third octaves but
    the ``TRIM_BANDS`` adjacent ones that deviate most: a mix with one broad problem (a mud bump, a boomy low
    end) is then matched by the rest of its spectrum, not pulled towards a family that happens to share the
    problem. Falls back to the default family when there is too little to compare.
    """
    levels = [float("nan") if v is None else float(v) for v in third_octave_db]
    best, best_distance = DEFAULT_FAMILY, math.inf
    for family in GUESSABLE_FAMILIES:
        ref = reference_third_octave(family)
        if len(ref) != len(levels) or len(levels) <= TRIM_BANDS:
            continue
        dev = [lv - rv for lv, rv in zip(levels, ref, strict=True)]
        finite = sorted(d for d in dev if math.isfinite(d))
        if len(finite) < len(levels) // 2:
            continue
        offset = finite[len(finite) // 2]
        spread = [abs(d - offset) if math.isfinite(d) else 0.0 for d in dev]
        total = sum(spread)
        worst_window = max(sum(spread[i : i + TRIM_BANDS]) for i in range(len(spread) - TRIM_BANDS + 1))
        distance = (total - worst_window) / (len(finite) - TRIM_BANDS)
        if distance < best_distance:
            best, best_distance = family, distance
    return best
