"""Where a tone complaint lives: harshness in the upper mids (2-5 kHz), mud in the low mids, boom and thinness in
the low end, dullness up top (``model.band_remark.KIND_RANGES_HZ``, mixing-knowledge.md's areas).

An engineer answering "my guitar sounds harsh" looks where harshness lives, whatever the instrument: the band an
answer cites for a tone complaint is the contract band holding most of that range, and the instrument's own area
named beside it (or dipped) is one that reaches into it ("the keys' presence", 2.5-5 kHz). When the instrument
has no named area there (an electric guitar's presence ends at 2 kHz), the general area of that kind is used
("harshness", 2-4 kHz), never an area of the instrument that lies elsewhere (its presence at 1.3-2 kHz, in the
mid band).
"""

from __future__ import annotations

import math
import re

from companion.context import FindingKind
from companion.knowledge.areas import FrequencyArea, frequency_areas
from companion.knowledge.bands import BANDS
from model.band_remark import KIND_RANGES_HZ
from model.nasal import NASAL_AREA, said_nasal

GENERAL_AREA: dict[str, str] = {
    "muddy": "mud",
    "harsh": "harshness",
    "dull": "air",
    "boomy": "boom",
    "thin": "weight",
}
"""What each tone complaint's own area is called: the general area of that name (data/frequency_areas.json) when
there is one, else the complaint's home range under that name (the general areas name none at 60-160 Hz)."""


UNBANDED_AREA: dict[str, str] = {"boxy": "boxiness"}
"""Complaints that are no tone kind of the whole mix's analysis but still live in one general area ("boxy",
"nasal", "honky": 400 Hz-1 kHz): a dip there is safe on any part that has no named area of its own for it."""


def _overlap(lo_a: float, hi_a: float, lo_b: float, hi_b: float) -> float:
    """How much two ranges share on a log-frequency axis (octaves, natural log); 0 when apart or touching."""
    lo, hi = max(lo_a, lo_b), min(hi_a, hi_b)
    return math.log(hi / lo) if hi > lo else 0.0


def band_of_area(lo_hz: float, hi_hz: float) -> str:
    """The contract band holding most of [lo, hi] on a log-frequency axis."""
    return max(BANDS, key=lambda b: _overlap(lo_hz, hi_hz, *BANDS[b]))


def home_range(complaint: str | None) -> tuple[float, float] | None:
    """Where the complaint's tone kind lives (Hz), or None for a complaint that is no tone kind (quiet, punch)."""
    if complaint is None or complaint not in FindingKind.__members__.values():
        return None
    return KIND_RANGES_HZ.get(FindingKind(complaint))


def home_band(complaint: str | None) -> str | None:
    """The contract band holding most of where the complaint lives: harsh -> high_mid, muddy -> low_mid, boomy and
    thin -> bass, dull -> air; None for a complaint that is no tone kind."""
    rng = home_range(complaint)
    if rng is None:
        return None
    return band_of_area(*rng)


def reaches_home(area: FrequencyArea, complaint: str | None) -> bool:
    """True when ``area`` reaches into the complaint's home band (any complaint that is no tone kind: True)."""
    band = home_band(complaint)
    return band is None or _overlap(area.lo_hz, area.hi_hz, *BANDS[band]) > 0.0


def general_area(complaint: str | None) -> FrequencyArea | None:
    """The general area of the complaint's kind ("harshness" 2-4 kHz), else its home range named as the low end;
    None for a complaint that is no tone kind."""
    rng = home_range(complaint)
    if rng is None or complaint is None:
        return None
    name = GENERAL_AREA.get(complaint)
    found = next((a for a in frequency_areas("general") if a.name == name), None)
    if found is not None:
        return found
    note = "the low end: too much sounds boomy, too little thin"
    return FrequencyArea(name or complaint, rng[0], rng[1], note, "mixing-knowledge.md's areas")


def areas_for(role: str, complaint: str | None, names: tuple[str, ...]) -> tuple[FrequencyArea, bool]:
    """The area of ``role`` an answer about ``complaint`` works on: the first of ``names`` (the complaint's areas,
    most telling first) that reaches into the complaint's home band, else the general area of its kind. Returns
    (area, general); raises LookupError when neither is there (a complaint that is no tone kind, no named area)."""
    areas = frequency_areas(role)
    for name in names:
        for area in areas:
            if area.name == name and reaches_home(area, complaint):
                return area, False
    general = general_area(complaint)
    if general is None:
        raise LookupError(f"no area of {role} for {complaint}")
    return general, True


def craft_areas(
    role: str, complaint: str | None, names: tuple[str, ...], cut: bool, said: str = ""
) -> list[FrequencyArea]:
    """The areas of ``role`` a by-ear move for ``complaint`` may work on, most telling first. One the asker named
    by its own word ("fizzy" guitars: their fizz, 5-8 kHz) comes first. A cut: those of ``names`` that reach into
    the complaint's home band, else (a tone complaint) the general area of its kind, as a dip where the fault
    lives is safe on any part. A boost: those of ``names`` as the instrument names them, never a general area (no
    70 Hz lift on horns for "warmer": a part that has no range there gets no boost there)."""
    if cut and said_nasal(said, complaint):  # "less nasal": its honk at 800 Hz-1.5 kHz, never its mud
        return [NASAL_AREA]
    areas = frequency_areas(role)
    named = [a for n in names for a in areas if a.name == n]
    worded = worded_areas(named, said)
    if worded or not cut:
        return worded + [a for a in named if a not in worded]
    found = [a for a in named if reaches_home(a, complaint)]
    unbanded = UNBANDED_AREA.get(complaint or "")
    general = general_area(complaint) or next(
        (a for a in frequency_areas("general") if a.name == unbanded), None
    )
    return found or ([general] if general is not None else [])


AREA_SLANG: dict[str, str] = {"attack": r"click\w*|beater|snap\w*", "crack": r"snap\w*"}
"""The amateur's words for an instrument's named range: a kick's "click" or "beater" is its attack (2.5-4 kHz), a
snare's "snap" its crack (2-5 kHz); each instrument has at most one of these areas, so a word reads one way."""


def worded_areas(areas: list[FrequencyArea], said: str) -> list[FrequencyArea]:
    """Those of ``areas`` the asker named by their own word ("more crack on the snare": its crack; "more click on
    the kick": its attack)."""
    return [
        a
        for a in areas
        if re.search(
            rf"\b({re.escape(a.name)}|{AREA_SLANG.get(a.name, re.escape(a.name))})", said, re.IGNORECASE
        )
    ]


def kept_area(kept: list[FrequencyArea], offered: list[FrequencyArea], said: str) -> FrequencyArea | None:
    """The area a by-ear move works on: the first of ``kept`` (``offered`` less those barred, a boost where the
    mix already has too much), except that an area the asker named and that was barred is never swapped for
    another ("more crack" with the mix already over in 2-5 kHz gets no 190 Hz body boost instead): None."""
    worded = worded_areas(offered, said)
    if worded and not any(a in kept for a in worded):
        return None
    return kept[0] if kept else None
