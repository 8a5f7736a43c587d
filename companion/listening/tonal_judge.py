"""Tonal verdicts (muddy, boomy, thin, harsh, dull) against how far real mixes go.

Each kind is judged on one number: how much of an ordinary EQ shape the mix carries beyond the usual shape of
real mixes of the chosen family (``companion.listening.tonal_shapes``: a broad bell at 315 Hz for mud, a low
shelf at 100 Hz for boom, a low cut at 160 Hz for thin, a broad bell at 3.2 kHz for harshness, a high-shelf
cut at 6.3 kHz for a dull top). That number is held against the same number measured on the family's real
songs (``companion.listening.reference_curves``): severity grows from 0 at the family's ``remark_from``
percentile (p60) to 0.3 at ``problem_at`` (chosen by cross-validation on the calibration's tuning songs: the
lowest of p70-p85 that leaves two or more findings >= 0.3 on at most 40 % of unseen songs, in each family),
to 0.5 at p90 plus a share of the p50-p90 distance (chosen on its own, so that at most one unseen song in ten
gets a verdict >= 0.5, in each family), and to 1.0 one and a half times the problem-to-clear distance further
(``severity_mapping`` in the data file). Against the no-genre range two readings have points of their own
(``per_family_stat``, ``companion.listening.reference_fit.RECALL_POINTS``: the 100 Hz shelf p70 / 0.4, so a
clear problem sits about one ordinary boost past the problem point and a +8 dB shelf on a mix already leaning
there reads as one; the 3.2 kHz bell p70 / 0.8, a lean from p70, its clear point where it was). The evidence names the number, the shape, how many real songs it was
compared with, and what share of them carry less. From 0.3 to 0.5 the mix sits in the far end of what real
mixes carry, and the summary says so: it "leans a little muddy", to act on only if heard.

Dull has a second reading: how fast the top falls from 4.5 to 10 kHz (``top_fall_db_per_oct``, read leak-free),
held against the same number on the family's real songs the same way. A low-pass's skirt steepens it on every
song, bright or dark, while the high-shelf shape reads the top's level, whose spread between real songs (30 dB
from p10 to p90) hides a 4 kHz low-pass on a once-bright mix. The more severe reading is the verdict.

Why shapes against real mixes, not region levels or bumps against a local line: real songs differ by 13-29 dB
per region, so a level range excuses a +6 dB build-up, and music's natural curvature reads as a bump on every
song; the deviation from the family's usual shape, weighted by how real songs co-vary, is the least noisy
linear read of a build-up. Opposite verdicts never both stand (boomy/thin on the low end, harsh/dull on the
top): the more severe one wins, except where a dull reading is only the skirt of an upper-mid build-up
(``BUILD_UP_RULE``): then harsh does.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from companion.context import CLEAR_SEVERITY, PROBLEM_SEVERITY, Analysis, Finding, FindingKind
from companion.listening.bandwidth import TOP_FALL_HZ
from companion.listening.reference_curves import (
    SeverityMapping,
    StatPercentiles,
    family_words,
    severity_mapping,
    shape_model,
    stat_percentiles,
)
from companion.listening.tonal import TonalProfile, tonal_profile
from companion.listening.tonal_shapes import SHAPES, shape_gains

MIN_SPAN_DB = 1.0
"""The problem-to-clear distance is at least this (dB): a family whose songs bunch up must not turn a
fraction of a dB into a clear problem."""


@dataclass(frozen=True, slots=True)
class KindRule:
    """One tonal kind: the shape statistic it rests on, how its number reads in a sentence, where it is."""

    kind: FindingKind
    stat: str
    where: str
    says: str  # with {value}
    range_hz: tuple[float, float]
    meaning: str
    describe: str = ""
    """For a statistic that is no EQ shape (``top_fall_db_per_oct``): what it measures, in words."""

    @property
    def too_much(self) -> bool:
        return self.stat in SHAPES and SHAPES[self.stat].sign > 0


BOOST = "a build-up of {value:.1f} dB, like a broad EQ boost there,"
RULES: tuple[KindRule, ...] = (
    KindRule(
        FindingKind.MUDDY,
        "low_mid_bell_db",
        "the low-mids (around 315 Hz)",
        BOOST,
        (180.0, 500.0),
        "that's where mud builds up, and it clouds the vocal and the guitars.",
    ),
    KindRule(
        FindingKind.BOOMY,
        "low_shelf_db",
        "the low end (below 100 Hz)",
        "{value:.1f} dB heavier, like a low-shelf boost,",
        (20.0, 160.0),
        "it booms and eats headroom.",
    ),
    KindRule(
        FindingKind.THIN,
        "low_cut_db",
        "the low end (below 160 Hz)",
        "{value:.1f} dB lighter, like a low cut,",
        (20.0, 250.0),
        "the mix sounds thin and small.",
    ),
    KindRule(
        FindingKind.HARSH,
        "upper_mid_bell_db",
        "the upper mids (around 3.2 kHz)",
        BOOST,
        (2000.0, 5000.0),
        "that's the range that gets harsh and tiring at volume.",
    ),
    KindRule(
        FindingKind.DULL,
        "high_cut_db",
        "the top end (above 6 kHz)",
        "{value:.1f} dB lighter, like a high-shelf cut,",
        (4500.0, 11300.0),
        "the mix sounds dull and veiled.",
    ),
    KindRule(
        FindingKind.DULL,
        "top_fall_db_per_oct",
        "the top end (4.5-10 kHz)",
        "falling {value:.1f} dB per octave, like a low-pass filter's slope,",
        (4500.0, 11300.0),
        "the mix sounds dull and veiled.",
        "how fast the top falls from 4.5 to 10 kHz (dB per octave)",
    ),
)
RULE_OF = {rule.kind: rule for rule in reversed(RULES)}
"""Each kind's first rule (its EQ shape)."""
RULE_BY_STAT = {rule.stat: rule for rule in RULES}
FALL_SPAN_OCT = math.log2(TOP_FALL_HZ[1] / TOP_FALL_HZ[0])
"""The octaves the fall is fitted over: a fall steeper than usual by X dB/octave leaves the 10 kHz end about X
times this many dB under where the usual slope would put it."""
OPPOSITES = ((FindingKind.BOOMY, FindingKind.THIN), (FindingKind.HARSH, FindingKind.DULL))
"""(too much, too little): the low end cannot be both boomy and thin, nor the top both harsh and dull -- a
top cut leaves the upper mids standing out, a boosted 2-6 kHz leaves a drop above it. The more severe verdict
stands; on a tie, the one further past its clear-problem point -- except for ``BUILD_UP_RULE``."""
BUILD_UP_RULE = """When the upper mids carry a build-up (harsh above 0) and dull rests only on how fast the top falls, while
the top's level sits where real mixes keep it (the high-shelf reading, ``high_cut_db``, under its remark point)
and the fall is no more than ``BUILD_UP_FALL_DB_PER_OCT`` past the family's median, harsh stands whatever the
two severities: a boost just under 4.5 kHz (a +6 dB bell at 4-5 kHz) raises the start of the 4.5-10 kHz fall and
steepens it, which the fall's fitted 3.2 kHz bell tail cannot absorb; an engineer hears that as harsh, never as
dull. A low-pass or a high-shelf cut that really darkens the top moves its level or steepens the fall further,
so dull keeps the usual rule there. Checked on the corpus's tuning songs only (caps of 4, 5, 6, 8 dB/octave read
alike): with no genre a +6 dB bell at 4.5 kHz newly read dull on 14 songs, now 10; found as harsh 21 -> 22 %;
3.5 and 4 kHz bells and the 4 kHz low-pass unchanged within one song; nothing lowered, false alarms unchanged."""


BUILD_UP_FALL_DB_PER_OCT = 6.0
"""The most a build-up explains of the top's fall beyond the family's median (dB/octave): a +6 dB Q 1 bell at
4.5 kHz steepens a plain line by 3.5, one at 5 kHz by 6.6; a 12 dB/octave low-pass at 4 kHz on a mix 6 dB/octave
brighter than usual above 2 kHz (its top level not dark, its upper mids raised) leaves 7-7.7 past the median and
must stay dull (``test_a_low_pass_reads_dull_on_a_bright_mix_and_more_so_the_steeper_it_is``)."""


@dataclass(frozen=True, slots=True)
class Knots:
    """Where severity reaches 0 (remark from), 0.3, 0.5 and 1.0 on one statistic of one family (dB)."""

    remark_db: float
    problem_db: float
    clear_db: float
    full_db: float

    def severity(self, value: float) -> float:
        if not math.isfinite(value):
            return 0.0
        xs = (self.remark_db, self.problem_db, self.clear_db, self.full_db)
        return float(np.interp(value, xs, (0.0, 0.3, 0.5, 1.0)))


def knots(spread: StatPercentiles, mapping: SeverityMapping) -> Knots:
    """The severity knots of one statistic: its percentiles among real songs, as ``mapping`` says."""
    problem = spread.at(mapping.problem_at)
    remark = min(spread.at(mapping.remark_from), problem - 1e-6)
    p90 = spread.at(90)
    clear = p90 + mapping.clear_past_p90 * max(p90 - spread.at(50), 0.0)
    span = max(clear - problem, MIN_SPAN_DB)
    return Knots(remark, problem, problem + span, problem + span * (1.0 + mapping.full_after_spans))


@dataclass(frozen=True, slots=True)
class Verdict:
    """One kind's severity, the number that drove it, and how it stands among real songs."""

    kind: FindingKind
    severity: float
    value: float
    spread: StatPercentiles
    knots: Knots
    stat: str = ""

    @property
    def past_clear(self) -> float:
        return (self.value - self.knots.clear_db) / (self.knots.clear_db - self.knots.problem_db)


def judge_profile(profile: TonalProfile, family: str, table: dict[str, Any] | None = None) -> list[Verdict]:
    """Every tonal kind with a severity above 0 against ``family`` of ``table`` (the packaged data when None);
    of a kind's readings the more severe is its verdict, and of two opposite kinds only the more severe stays
    (``OPPOSITES``)."""
    gains = shape_gains(profile.vs_mid_db, profile.top_hz, shape_model(family, table))
    verdicts: dict[FindingKind, Verdict] = {}
    readings: dict[str, float] = {}
    for rule in RULES:
        value = gains[rule.stat] if rule.stat in gains else profile.get(rule.stat)
        spread = stat_percentiles(family, rule.stat, table)
        if spread is None or not math.isfinite(value) or value <= 0.0:
            continue  # a shape the mix does not carry at all is never a problem
        at = knots(spread, severity_mapping(table, rule.stat, family))
        sev = at.severity(value)
        readings[rule.stat] = sev
        verdict = Verdict(rule.kind, sev, value, spread, at, rule.stat)
        held = verdicts.get(rule.kind)
        if sev > 0.0 and (held is None or (sev, verdict.past_clear) > (held.severity, held.past_clear)):
            verdicts[rule.kind] = verdict
    for much, little in OPPOSITES:
        if much in verdicts and little in verdicts:
            a, b = verdicts[much], verdicts[little]
            keep_much = (a.severity, a.past_clear) >= (b.severity, b.past_clear) or _skirt_of_a_build_up(
                b, readings
            )
            del verdicts[little if keep_much else much]
    return list(verdicts.values())


def _skirt_of_a_build_up(dull: Verdict, readings: dict[str, float]) -> bool:
    """Whether a dull verdict is only the skirt of an upper-mid build-up (``BUILD_UP_RULE``): it rests on the
    top's fall alone, and the top's level (the high-shelf reading) raises not even a remark."""
    return (
        dull.stat == "top_fall_db_per_oct"
        and readings.get("high_cut_db", 0.0) <= 0.0
        and dull.value - dull.spread.at(50) <= BUILD_UP_FALL_DB_PER_OCT
    )


def profile_of(a: Analysis) -> TonalProfile | None:
    """The tonal profile of an analysis (None when it carries no third octaves, e.g. a hand-built one)."""
    third = a.extra.get("third_octave_db")
    if not third:
        return None
    top = float(a.extra.get("bands_measured_to_hz", min(20000.0, a.sample_rate / 2.0)))
    fall = a.extra.get("top_fall_db_per_oct")
    return tonal_profile(third, top, None if fall is None else float(fall))


def _in_ten(share: float) -> str:
    """A share of real mixes as "7 in 10" (rounded down, so it never overstates how unusual the mix is)."""
    tenths = max(0, min(9, math.floor(share * 10.0 + 1e-9)))
    return f"{tenths} in 10"


def _rounded(value: float) -> float | None:
    return None if not math.isfinite(value) else round(value, 2)


def judge_family(a: Analysis, family: str, given: bool) -> list[Finding]:
    """The five tonal kinds against ``family``'s real mixes (``given``: the user named the genre)."""
    profile = profile_of(a)
    if profile is None:
        return []
    words = family_words(family)
    findings = []
    for v in judge_profile(profile, family):
        rule = RULE_BY_STAT[v.stat]
        shape = SHAPES.get(rule.stat)
        share = v.spread.share_below(v.value)
        said = rule.says.format(value=v.value)
        severity = round(v.severity, 3)  # as the finding carries it, so the wording matches the number shown
        if severity >= PROBLEM_SEVERITY and round(severity, 2) < CLEAR_SEVERITY:  # 0.30-0.49 as shown
            # inside the far end of what real mixes carry: a lean to check by ear, not a fault (worded no
            # longer than a fault: problems always enter the advisor's prompt, whose budget is tight)
            summary = (
                f"The mix leans a little {v.kind}. {rule.where[0].upper()}{rule.where[1:]}: {said} against the usual "
                f"shape of {words}, more than {_in_ten(share)} of them; act only if you hear it."
            )
        else:
            standing = f"more than in {math.floor(share * 100):.0f} % of them"
            if severity < PROBLEM_SEVERITY:
                standing += ", near the edge of what real mixes carry"
            summary = (
                f"{rule.where[0].upper()}{rule.where[1:]}: {said} against the usual shape of {words}, "
                f"{standing}; {rule.meaning}"
            )
        if not given:
            summary += " Say the genre for a closer comparison."
        evidence: dict[str, object] = {
            "compared_with": words,
            "family": family,
            "tracks": v.spread.tracks,
            "measure": rule.stat,
            "shape": shape.describe if shape is not None else rule.describe,
            "value": round(v.value, 2),
            # a fall steeper than usual: how far under the usual slope it leaves the 10 kHz end
            "deviation_db": round(
                shape.sign * v.value if shape is not None else -(v.value - v.spread.at(50)) * FALL_SPAN_OCT, 2
            ),
            # where the EQ shape sits (not a measured peak); for the fall, the middle of its span
            "shape_center_hz": round(
                shape.centre_hz if shape is not None else math.sqrt(TOP_FALL_HZ[0] * TOP_FALL_HZ[1])
            ),
            "range_hz": list(rule.range_hz),
            "typical_db": _rounded(v.spread.at(50)),
            "problem_from_db": round(v.knots.problem_db, 2),
            "clear_from_db": round(v.knots.clear_db, 2),
            "share_of_real_mixes_below": round(share, 3),
            "measures": {name: _rounded(value) for name, value in profile.levels.items()},
        }
        findings.append(Finding(kind=v.kind, severity=severity, summary=summary, evidence=evidence))
    return findings
