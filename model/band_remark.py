"""How an answer words the whole mix's level in one contract band (``balance_vs_target_db``: the band against the
median real song of the family compared with), so that it never reads like a fault it is not and never contradicts
a tonal verdict.

Two rules an engineer keeps. A band above or below the *median* song is not unusual while it stays inside the
range real mixes occupy (the family's 10th-90th percentile of that band, read relative to the mids as the
reference data stores it): the remark then says so. And a remark never points against a whole-mix tonal verdict of
the opposite sense that covers the band (a mix that leans dull is not also said to have its air band above
typical; a boomy one its bass band below): such a remark is left out, as the verdict is the judged reading.
"""

from __future__ import annotations

import math

from companion.context import Analysis, Finding, FindingKind
from companion.knowledge.bands import BANDS
from companion.knowledge.wording import say_hz
from companion.listening.reference_curves import band_range_vs_mid

CONTRADICTS: dict[FindingKind, float] = {
    FindingKind.DULL: 1.0,
    FindingKind.THIN: 1.0,
    FindingKind.HARSH: -1.0,
    FindingKind.BOOMY: -1.0,
    FindingKind.MUDDY: -1.0,
}
"""The sign of a band remark each whole-mix tonal verdict rules out where it covers the band: a dull or thin mix
has no band "above typical" there, a harsh, boomy or muddy one none "below"."""
KIND_RANGES_HZ: dict[FindingKind, tuple[float, float]] = {
    FindingKind.BOOMY: (50.0, 160.0),
    FindingKind.THIN: (31.0, 160.0),
    FindingKind.MUDDY: (160.0, 500.0),
    FindingKind.HARSH: (2000.0, 5000.0),
    FindingKind.DULL: (5000.0, 16000.0),
}
"""Where each tonal kind lives (mixing-knowledge.md's areas), for a finding whose evidence names no range."""
TYPICAL_DB = 1.0  # under this far from the median song, a band is "right about typical"


def finding_range(f: Finding) -> tuple[float, float] | None:
    """The range a whole-mix tonal finding covers: its evidence's ``range_hz``, else where its kind lives."""
    rng = f.evidence.get("range_hz")
    if isinstance(rng, (list, tuple)) and len(rng) == 2 and all(isinstance(v, (int, float)) for v in rng):
        return float(rng[0]), float(rng[1])
    return KIND_RANGES_HZ.get(f.kind)


def finding_centre(f: Finding) -> float | None:
    """Where a whole-mix tonal finding peaks (Hz): its evidence's ``center_hz``, else its EQ shape's centre."""
    for key in ("center_hz", "shape_center_hz"):
        value = f.evidence.get(key)
        if isinstance(value, (int, float)) and math.isfinite(value):
            return float(value)
    return None


def contradicting_verdict(findings: tuple[Finding, ...], band: str, deviation_db: float) -> Finding | None:
    """The whole-mix tonal finding whose sense the remark "``band`` is ``deviation_db`` from typical" would go
    against (the band inside its range and the remark pointing the other way), or None."""
    if abs(deviation_db) < TYPICAL_DB:
        return None
    sign = 1.0 if deviation_db > 0 else -1.0
    b_lo, b_hi = BANDS[band]
    for f in findings:
        rng = finding_range(f)
        if f.track is not None or CONTRADICTS.get(f.kind) != sign or rng is None:
            continue
        centre = finding_centre(f)
        if centre is not None:
            # a bell at 315 Hz speaks for the low mids, not for the bass band it grazes
            if b_lo <= centre <= b_hi:
                return f
        elif rng[0] < b_hi and b_lo < rng[1]:
            return f
    return None


def _vs_mid(a: Analysis, band: str) -> tuple[float, float, float] | None:
    """(the mix's ``band`` relative to its mid band, 10th, 90th percentile of real mixes of its family), or None
    when that cannot be told (the mid band itself, no spread in the data, a level not measured)."""
    top_hz = float(a.extra.get("bands_measured_to_hz", min(20000.0, a.sample_rate / 2.0)))
    spread = band_range_vs_mid(a.genre_family, band, top_hz=top_hz)
    level, mid = a.bands_db.get(band), a.bands_db.get("mid")
    if spread is None or level is None or mid is None or not (math.isfinite(level) and math.isfinite(mid)):
        return None
    return level - mid, spread[0], spread[1]


def inside_real_range(a: Analysis, band: str) -> bool | None:
    """True when the mix's ``band`` sits inside the range real mixes of its family occupy (10th-90th
    percentile, relative to the mids), False outside it, None when that cannot be told (``_vs_mid``)."""
    standing = _vs_mid(a, band)
    return None if standing is None else standing[1] <= standing[0] <= standing[2]


def real_range_words(a: Analysis, band: str) -> str | None:
    """Where the mix's ``band`` stands in the range real mixes of its family use: "inside the range real mixes
    use", "outside the range real mixes use by 1.2 dB"; None when that cannot be told (``_vs_mid``)."""
    standing = _vs_mid(a, band)
    return None if standing is None else range_words(*standing)


def band_level_words(deviation_db: float, standing: str | None) -> str:
    """One wording for the whole mix's level in a band, on every route: against the median real mix, then where
    that stands in the range real mixes use (``real_range_words``) when it can be told: "7.8 dB above the median
    real mix, inside the range real mixes use", "2.6 dB below the median real mix, outside the range real mixes
    use by 0.4 dB", "right about the median real mix" close to it. The number is the band's
    ``balance_vs_target_db`` as measured (the truth check holds answers to it)."""
    if abs(deviation_db) < TYPICAL_DB:
        return "right about the median real mix"
    word = "above" if deviation_db >= 0 else "below"
    said = f"{abs(deviation_db):.1f} dB {word} the median real mix"
    return f"{said}, {standing}" if standing else said


EDGE_WORDS = "at the edge of the range real mixes use"
"""A band a hair outside the range real mixes use: closer to its edge than the one decimal said can show."""

LOW_BANDS = ("sub", "bass")
"""The low end a phone speaker loses: everything under 250 Hz, the sub and bass contract bands together."""


def low_end_spread(a: Analysis) -> tuple[float, float, float] | None:
    """(the mix's low end, 10th, 90th percentile of real mixes of its family), all dB relative to the mid band.
    The low end is the sub and bass bands' power together; the real range adds their 10th (and their 90th)
    percentiles as powers, which bounds the spread of the sum closely as the two bands rise and fall together in
    real mixes. None when a level or the spread is missing."""
    top_hz = float(a.extra.get("bands_measured_to_hz", min(20000.0, a.sample_rate / 2.0)))
    mid = a.bands_db.get("mid")
    levels = [a.bands_db.get(b) for b in LOW_BANDS]
    spreads = [band_range_vs_mid(a.genre_family, b, top_hz=top_hz) for b in LOW_BANDS]
    if mid is None or not math.isfinite(mid) or any(v is None or not math.isfinite(v) for v in levels):
        return None
    if any(s is None for s in spreads):
        return None

    def total(values: list[float]) -> float:
        return 10.0 * math.log10(sum(10.0 ** (v / 10.0) for v in values))

    lows = [s[0] for s in spreads if s is not None]
    highs = [s[1] for s in spreads if s is not None]
    return total([float(v) for v in levels if v is not None]) - mid, total(lows), total(highs)


def range_words(value: float, low: float, high: float) -> str:
    """ "inside the range real mixes use", or "outside the range real mixes use by 1.2 dB" (the distance to its
    nearer edge, said to one decimal); a distance that says as 0.0 dB is "at the edge of the range real mixes
    use", since "outside ... by 0.0 dB" reads as a contradiction."""
    if low <= value <= high:
        return "inside the range real mixes use"
    past = f"{low - value if value < low else value - high:.1f}"
    if past == "0.0":
        return EDGE_WORDS
    return f"outside the range real mixes use by {past} dB"


def whole_band_words(a: Analysis, band: str, deviation_db: float) -> str:
    """ "the whole mix's air band (6 kHz-20 kHz) is 7.1 dB above the median real mix, inside the range ...": a whole
    mix's band said with its span and where it stands against the range real mixes use."""
    lo, hi = BANDS[band]
    said = band_level_words(deviation_db, real_range_words(a, band))
    return f"the whole mix's {band.replace('_', '-')} band ({say_hz(lo)}-{say_hz(hi)}) is {said}"
