"""Tonal verdicts (muddy, boomy, thin, harsh, dull) against the range real mixes occupy.

Each kind is judged on a few numbers of the mix's tonal profile (``companion.listening.tonal``), each held
against how real songs of the chosen family spread on it (``companion.listening.reference_curves``):
a region's level against the mids (is there more low-mid than real mixes carry?), the shape against the
mix's own trend (a bell-shaped build-up, a filter-like roll-off) and the overall tilt. Inside the typical
band (p10-p90) nothing is said; between it and the edge of the range real mixes occupy (p5-p95) a remark
grows to 0.3; beyond the edge a problem grows from 0.3 to 1.0 over one more half-range (at least
``MIN_GROWTH``). The kind's severity is its strongest number, and its evidence names that number, the range,
how many real songs it rests on, and what they were (``compared_with``).

Why ranges and shapes, not one curve: real songs differ by 13-29 dB per band, so a mean line calls half of
them wrong; a build-up that stays inside those ranges can still stand out of its own song's trend.
Opposite verdicts never both stand (boomy/thin on the low end, harsh/dull on the top): the clearer one
wins.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from companion.context import Analysis, Finding, FindingKind
from companion.listening.reference_curves import StatRange, family_words, stat_range
from companion.listening.tonal import TonalProfile, tonal_profile

MIN_GROWTH = {"db": 6.0, "db_per_oct": 1.5}
GATE_MARGIN_DB = 0.5
"""A problem reaches 1.0 this far beyond the range edge at the least (dB; dB/octave for the tilt)."""


@dataclass(frozen=True, slots=True)
class Check:
    """One number a kind is judged on: ``stat`` of the profile, ``side`` +1 too high / -1 too low.

    ``gate``: a region level the verdict must agree with (on the kind's side of the family median by
    ``GATE_MARGIN_DB``). Why: a shape alone is ambiguous -- a +8 dB shelf over 2-6 kHz leaves a drop above
    6 kHz that looks like a low-pass, and cutting the top leaves the upper mids standing out of the trend.
    A build-up is only "muddy" where the low-mids are on the heavy side of real mixes, a roll-off only "dull"
    where the top is on the light side; a bump on a song that was lean there stays unnamed, as an engineer
    would leave it.
    """

    stat: str
    side: int
    says: str  # how the number reads in a sentence, with {value} and {hz}
    gate: str | None = None


@dataclass(frozen=True, slots=True)
class KindRule:
    kind: FindingKind
    checks: tuple[Check, ...]
    where: str  # "the low-mids (180-450 Hz)"
    meaning: str

    @property
    def too_much(self) -> bool:
        return self.kind in (FindingKind.MUDDY, FindingKind.BOOMY, FindingKind.HARSH)


LEVEL = "{value:+.1f} dB against the mids"
"""How a region's level reads after the region's name: "The low-mids (180-450 Hz): +7.2 dB against the mids"."""
BUMP = "a build-up of {value:.1f} dB around {hz} against the mix's own trend"
RULES: tuple[KindRule, ...] = (
    KindRule(
        FindingKind.MUDDY,
        (
            Check("low_mid_vs_mid_db", 1, LEVEL),
            Check("bump_low_mid_db", 1, BUMP, "low_mid_vs_mid_db"),
        ),
        "the low-mids (180-450 Hz)",
        "that's where mud builds up, and it clouds the vocal and the guitars.",
    ),
    KindRule(
        FindingKind.BOOMY,
        (
            Check("bass_vs_mid_db", 1, LEVEL),
            Check("bump_bass_db", 1, BUMP, "bass_vs_mid_db"),
        ),
        "the low end (50-160 Hz)",
        "it booms and eats headroom.",
    ),
    KindRule(
        FindingKind.THIN,
        (
            Check("bass_vs_mid_db", -1, LEVEL),
            Check(
                "cliff_low_db",
                1,
                "it falls away below {hz}, {value:.1f} dB under the octaves above",
                "bass_vs_mid_db",
            ),
        ),
        "the low end (below 160 Hz)",
        "the mix sounds thin and small.",
    ),
    KindRule(
        FindingKind.HARSH,
        (
            Check("upper_mid_vs_mid_db", 1, LEVEL),
            Check("bump_upper_mid_db", 1, BUMP, "upper_mid_vs_mid_db"),
            Check(
                "tilt_db_per_oct",
                1,
                "the whole balance tilts at {value:+.1f} dB/octave",
                "upper_mid_vs_mid_db",
            ),
        ),
        "the upper mids (2-5 kHz)",
        "that's the range that gets harsh and tiring at volume.",
    ),
    KindRule(
        FindingKind.DULL,
        (
            Check("top_vs_mid_db", -1, LEVEL),
            Check(
                "cliff_high_db",
                1,
                "it falls away above {hz}, {value:.1f} dB under the octaves below",
                "top_vs_mid_db",
            ),
            Check(
                "tilt_db_per_oct", -1, "the whole balance tilts at {value:+.1f} dB/octave", "top_vs_mid_db"
            ),
        ),
        "the top end (above 4.5 kHz)",
        "the mix sounds dull and veiled.",
    ),
)
OPPOSITES = (
    (FindingKind.BOOMY, FindingKind.THIN, "bass_vs_mid_db"),
    (FindingKind.HARSH, FindingKind.DULL, "tilt_db_per_oct"),
)
"""(too much, too little, the number that decides a tie): the low end cannot be both boomy and thin, nor the
top both harsh and dull -- a top cut leaves the upper mids standing out of the trend, a boosted 2-6 kHz
leaves a drop above it. The more severe verdict stands; on a tie, the side the balance leans to."""


def range_severity(value: float, spread: StatRange, side: int, unit: str = "db") -> float:
    """0 inside the typical band, up to 0.3 at the range edge, 0.3-1.0 beyond it (``side`` +1 high, -1 low)."""
    if not math.isfinite(value):
        return 0.0
    if side > 0:
        start, edge, half = spread.typical_high, spread.high, spread.high - spread.median
        beyond = value - edge
        inside = value - start
    else:
        start, edge, half = spread.typical_low, spread.low, spread.median - spread.low
        beyond = edge - value
        inside = start - value
    if beyond >= 0.0:
        growth = max(MIN_GROWTH[unit], half)
        return min(1.0, 0.3 + 0.7 * beyond / growth)
    if inside <= 0.0:
        return 0.0
    return 0.3 * inside / max(abs(edge - start), 1e-9)


def _gate_open(
    profile: TonalProfile, gate: str | None, family: str, too_much: bool, table: dict[str, Any] | None
) -> bool:
    """True when ``gate``'s level sits on the kind's side of the family median (or there is no gate)."""
    if gate is None:
        return True
    spread = stat_range(family, gate, table)
    level = profile.get(gate)
    if spread is None or not math.isfinite(level):
        return False
    return level > spread.median + GATE_MARGIN_DB if too_much else level < spread.median - GATE_MARGIN_DB


@dataclass(frozen=True, slots=True)
class Verdict:
    """The strongest check of one kind: its severity, which number drove it, and every number seen."""

    kind: FindingKind
    severity: float
    check: Check
    value: float
    spread: StatRange
    seen: dict[str, float | None]


def judge_profile(profile: TonalProfile, family: str, table: dict[str, Any] | None = None) -> list[Verdict]:
    """Every tonal kind with a severity above 0 against ``family`` of ``table`` (the packaged data when None);
    of two opposite kinds only the more severe stays (``OPPOSITES``)."""
    verdicts: dict[FindingKind, Verdict] = {}
    for rule in RULES:
        best: Verdict | None = None
        seen: dict[str, float | None] = {}
        for check in rule.checks:
            value = profile.get(check.stat)
            spread = stat_range(family, check.stat, table)
            seen[check.stat] = None if not math.isfinite(value) else round(value, 2)
            if spread is None or not _gate_open(profile, check.gate, family, rule.too_much, table):
                continue
            unit = "db_per_oct" if check.stat.endswith("_per_oct") else "db"
            sev = range_severity(value, spread, check.side, unit)
            if best is None or sev > best.severity:
                best = Verdict(rule.kind, sev, check, value, spread, seen)
        if best is not None and best.severity > 0.0:
            verdicts[rule.kind] = best
    for much, little, level in OPPOSITES:
        if much in verdicts and little in verdicts:
            a, b = verdicts[much].severity, verdicts[little].severity
            if a != b:
                del verdicts[little if a > b else much]  # the clearer verdict stands
                continue
            spread = stat_range(family, level, table)
            value = profile.get(level)
            median = spread.median if spread else 0.0
            del verdicts[little if math.isfinite(value) and value >= median else much]
    return list(verdicts.values())


def _hz(value: float) -> str:
    return f"{value / 1000:.1f} kHz" if value >= 1000 else f"{value:.0f} Hz"


def profile_of(a: Analysis) -> TonalProfile | None:
    """The tonal profile of an analysis (None when it carries no third octaves, e.g. a hand-built one)."""
    third = a.extra.get("third_octave_db")
    if not third:
        return None
    top = float(a.extra.get("bands_measured_to_hz", min(20000.0, a.sample_rate / 2.0)))
    return tonal_profile(third, top)


def judge_family(a: Analysis, family: str, given: bool) -> list[Finding]:
    """The five tonal kinds against ``family``'s real-mix ranges (``given``: the user named the genre)."""
    profile = profile_of(a)
    if profile is None:
        return []
    words = family_words(family)
    rules = {rule.kind: rule for rule in RULES}
    findings = []
    for v in judge_profile(profile, family):
        rule, check, spread = rules[v.kind], v.check, v.spread
        centre = profile.where_hz.get(check.stat)
        edge = spread.high if check.side > 0 else spread.low
        said = check.says.format(value=v.value, hz=_hz(centre) if centre else "")
        unit = "dB/octave" if check.stat.endswith("_per_oct") else "dB"
        reach = f"which goes {'up' if check.side > 0 else 'down'} to {edge:+.1f} {unit}"
        if v.severity >= 0.3:
            verdict = f"{'more' if check.side > 0 else 'less'} than the range of {words}, {reach}"
        else:
            verdict = f"near the edge of the range of {words}, {reach}"
        summary = f"{rule.where[0].upper()}{rule.where[1:]}: {said}, {verdict}; {rule.meaning}"
        if not given:
            summary += " Say the genre for a closer comparison."
        evidence: dict[str, object] = {
            "compared_with": words,
            "family": family,
            "tracks": spread.tracks,
            "measure": check.stat,
            "value": round(v.value, 2),
            "range": [spread.low, spread.high],
            "typical": [spread.typical_low, spread.typical_high],
            "deviation_db": round(v.value - edge, 2) if check.side > 0 else round(edge - v.value, 2),
            "measures": v.seen,
        }
        if centre:
            evidence["center_hz"] = round(centre)
        findings.append(
            Finding(kind=v.kind, severity=round(v.severity, 3), summary=summary, evidence=evidence)
        )
    return findings
