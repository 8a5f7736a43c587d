"""Masking between named tracks: where one track covers another's main range, and one concrete move.

The rule (Hafezi & Reiss, "Autonomous multitrack equalization based on masking reduction", JAES 63(5), 2015,
on octave bands): a track's main range is its strongest bands; track i masks track j in band k by
L_i(k) - L_j(k) dB when k is among j's strongest bands; the remedy is to cut the masker there, best where the
band is not among the masker's own strongest (then the cut costs it little). Here the bands are the contract's
seven (``level.bands_db`` from the bridge's track meter, post-fader, over each track's active blocks), ranked
by power per octave so a wide band does not win for being wide; the covered tracks are the focal ones, as
engineers rank them (lead vocal, then bass and kick), because a masking meter that reports every pair
over-reports. With our seven bands of unequal width, a "strongest band" is one within ``MAIN_RANGE_DB`` of the
track's strongest (at most three): a band 10 dB under a vocal's peak range is not where it lives. A masker as
1 dB louder than the covered track in that track's own range is a problem (``PROBLEM_DB``); at 6 dB under, a
remark. The problem point was set on the clean development sessions (benchmarks/track_balance.py, seeds 1-3,
rendered from FluidR3 samples): their worst balanced case reads +0.1 dB (an acoustic guitar on a folk vocal's
low mids), the planted guitar-into-vocal cases +1.5 to +3.1 dB; held-out seeds were not looked at.
A lead vocal is covered where its words are: each band's severity is weighted by how much of speech's
intelligibility it carries per octave (ANSI S3.5-1997, Speech Intelligibility Index, one-third-octave band
importance for average speech, Table 3), relative to 500 Hz-2 kHz, the band a sung lead is strongest in, and
never above it (``speech_weight``): 250-500 Hz carries under half as much per octave (0.47), so a guitar as loud
as the vocal there thickens it (a remark: cut the guitar's low mids) but does not bury the words.
Peaks cannot say any of this: without band levels there is no masking finding.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass

from companion.context import BAND_NAMES, Finding, FindingKind, Snapshot, Track
from companion.knowledge.bands import BANDS
from companion.knowledge.roles import NOT_A_PART, instrument_role
from companion.knowledge.wording import say_range
from companion.listening.grading import grade

SOURCE = (
    "Hafezi & Reiss 2015 (JAES 63(5), autonomous multitrack EQ by masking reduction): a track masks another "
    "in a band that is among the covered track's strongest, by how much louder it is there"
)
FOCAL: dict[str, float] = {"lead_vocal": 1.0, "bass": 0.85, "kick": 0.85}
"""Covered tracks worth a masking finding, and how much their clarity weighs. A more focal track is never
named as the masker of a less focal one (nobody dips the lead vocal to clear the bass)."""
SHARED_LOW_END = frozenset({"kick", "bass"})
SHARED_WEIGHT = 0.5
"""Kick and bass both live in the low end: their overlap is judged at half weight, and the move is to carve
one around the other (or sidechain), not to cut deep."""
KIN: dict[str, tuple[str, ...]] = {"lead_vocal": ("lead_vocal", "backing_vocal")}
"""Parts that do not count as masking each other (a double or a harmony sits on the lead by design)."""
TOP_BANDS = 3
MAIN_RANGE_DB = 6.0  # a band is part of a track's main range within this much of its strongest (per octave)
REMARK_DB, PROBLEM_DB, FULL_DB = -6.0, 1.0, 9.0  # masker minus covered track in that band
MIN_DIP_DB, MAX_DIP_DB = 3.0, 6.0
PER_COVERED = 2  # findings (ranges) per covered track, the worst first; each names every masker there
GROUP_SPAN_DB = 6.0  # maskers of one range named together: within this much of the strongest
BROADBAND_LOW_DB = 6.0  # a non-low-end part must be this much stronger to count as covering a kick or bass
TOP_HZ = 16000.0  # the air band's centre is taken under this
SII_THIRD_OCTAVES: tuple[tuple[float, float, float], ...] = (
    (141, 178, 0.0083), (178, 224, 0.0095), (224, 282, 0.0150), (282, 355, 0.0289), (355, 447, 0.0440),
    (447, 562, 0.0578), (562, 708, 0.0653), (708, 891, 0.0711), (891, 1122, 0.0818), (1122, 1413, 0.0844),
    (1413, 1778, 0.0882), (1778, 2239, 0.0898), (2239, 2818, 0.0868), (2818, 3548, 0.0844),
    (3548, 4467, 0.0771), (4467, 5623, 0.0527), (5623, 7079, 0.0364), (7079, 8913, 0.0185),
)  # fmt: skip
"""ANSI S3.5-1997 (R2017) Table 3: one-third-octave bands (lower Hz, upper Hz) and their importance for the
intelligibility of average speech (the 18 importances sum to 1)."""
SPEECH_REFERENCE_BAND = "mid"
SPEECH_ROLES = frozenset({"lead_vocal"})


@dataclass(frozen=True, slots=True)
class BandLevels:
    track: Track
    role: str | None
    levels: dict[str, float]  # band -> dB (bands with a level only)

    def top(self) -> list[str]:
        """The main range: the strongest bands by power per octave (at most ``TOP_BANDS``, within
        ``MAIN_RANGE_DB`` of the strongest; the sub band's rumble is nobody's main range)."""
        density = {b: v - 10.0 * math.log10(_octaves(b)) for b, v in self.levels.items() if b != "sub"}
        if not density:
            return []
        best = max(density.values())
        ranked = sorted(density, key=lambda b: -density[b])[:TOP_BANDS]
        return [b for b in ranked if density[b] >= best - MAIN_RANGE_DB]


def _octaves(band: str) -> float:
    lo, hi = BANDS[band]
    return math.log2(min(hi, TOP_HZ) / lo)


def speech_importance_per_octave(band: str) -> float:
    """Speech-intelligibility importance (``SII_THIRD_OCTAVES``) inside ``band``, per octave of the band; a third
    octave straddling the band's edge counts by its share of log-frequency."""
    lo, hi = BANDS[band]
    total = math.fsum(
        imp * max(0.0, math.log2(min(hi, b_hi) / max(lo, b_lo))) / math.log2(b_hi / b_lo)
        for b_lo, b_hi, imp in SII_THIRD_OCTAVES
    )
    return total / math.log2(hi / lo)


def speech_weight(role: str | None, band: str) -> float:
    """How much masking in ``band`` costs a covered part: for a lead vocal, the band's speech importance per
    octave relative to ``SPEECH_REFERENCE_BAND`` (at most 1); 1 for any other part."""
    if role not in SPEECH_ROLES:
        return 1.0
    return min(1.0, speech_importance_per_octave(band) / speech_importance_per_octave(SPEECH_REFERENCE_BAND))


def centre_hz(band: str) -> float:
    lo, hi = BANDS[band]
    return math.sqrt(lo * min(hi, TOP_HZ))


def band_q(band: str) -> float:
    """The Q of a bell as wide as the band (bandwidth in octaves N: Q = sqrt(2^N) / (2^N - 1))."""
    n = _octaves(band)
    return round(math.sqrt(2.0**n) / (2.0**n - 1.0), 2)


def _levels(t: Track) -> BandLevels | None:
    bands = t.level.bands_db if t.level is not None else None
    if not bands:
        return None
    levels = {b: float(v) for b in BAND_NAMES if (v := bands.get(b)) is not None and math.isfinite(v)}
    return BandLevels(t, instrument_role(t.name), levels) if levels else None


def diagnose_masking(snapshot: Snapshot) -> list[Finding]:
    """``masking`` findings: ``track`` covers ``evidence.other_track`` in ``evidence.range_hz``."""
    tracks = [
        bl
        for t in snapshot.tracks
        if not t.mute and t.folder_depth <= 0 and (bl := _levels(t)) is not None and bl.role not in NOT_A_PART
    ]
    findings: list[Finding] = []
    for covered in tracks:
        weight = FOCAL.get(covered.role or "")
        if weight is None:
            continue
        main = covered.top()
        by_band: dict[str, list[tuple[BandLevels, float, float]]] = defaultdict(list)
        for masker in tracks:
            if masker is covered or masker.role in KIN.get(covered.role or "", (covered.role,)):
                continue
            if FOCAL.get(masker.role or "", 0.0) > weight:
                continue
            shared = {masker.role, covered.role} == SHARED_LOW_END
            scale = _scale(masker, covered)
            graded = [
                (
                    weight * (SHARED_WEIGHT if shared else 1.0) * speech_weight(covered.role, b)
                    * grade(masker.levels[b] - covered.levels[b], *scale),
                    masker.levels[b] - covered.levels[b],
                    b,
                )
                for b in main
                if b in masker.levels
            ]  # fmt: skip
            if not graded:
                continue
            sev, over, worst = max(graded)  # the band where the covering costs most, then the larger overlap
            if sev > 0.0:
                by_band[worst].append((masker, over, sev))
        grouped = [_finding(_leading(hits), covered, band, main) for band, hits in by_band.items()]
        findings.extend(sorted(grouped, key=lambda f: -f.severity)[:PER_COVERED])
    return findings


def _leading(hits: list[tuple[BandLevels, float, float]]) -> list[tuple[BandLevels, float, float]]:
    """The maskers worth naming in one range, strongest first: those within ``GROUP_SPAN_DB`` of the strongest
    (a part 15 dB under the guitars there is not what covers the vocal)."""
    ranked = sorted(hits, key=lambda h: -h[2])
    top_over = max(o for _, o, _ in ranked)
    return [h for h in ranked if h is ranked[0] or h[1] >= top_over - GROUP_SPAN_DB]


def _scale(masker: BandLevels, covered: BandLevels) -> tuple[float, float, float]:
    """(remark, problem, full) for masker minus covered in dB. Kick and bass share the low end by design
    (judged at ``SHARED_WEIGHT``); a part that is not a low-end part reaches a kick's or a bass's range with
    its lowest band only, and an engineer hears it there only when it is really strong: ``BROADBAND_LOW_DB``
    higher on the scale."""
    if {masker.role, covered.role} == SHARED_LOW_END:
        return REMARK_DB, PROBLEM_DB, FULL_DB  # the weight is applied by the caller
    if covered.role in SHARED_LOW_END and masker.role not in SHARED_LOW_END:
        return REMARK_DB + BROADBAND_LOW_DB, PROBLEM_DB + BROADBAND_LOW_DB, FULL_DB + BROADBAND_LOW_DB
    return REMARK_DB, PROBLEM_DB, FULL_DB


def _finding(hits: list[tuple[BandLevels, float, float]], covered: BandLevels, band: str,
             main: list[str]) -> Finding:  # fmt: skip
    """One finding for every track covering ``covered`` in ``band`` (``hits``: masker, dB over, severity, the
    strongest first): ``track`` is the strongest masker, ``evidence.maskers`` lists them all."""
    masker, over, sev = hits[0]
    lo, hi = BANDS[band]
    own = band in masker.top()
    dip = _dip(over)
    freq = round(centre_hz(band), -1)
    where = say_range(lo, hi)
    names = [f"'{m.track.name}'" for m, _, _ in hits]
    c = covered.track.name
    who = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    how = f"{names[0]} {_how(hits[0][1], c)}" + "".join(
        f", {n} {_short(o)}" for n, (_, o, _) in zip(names[1:], hits[1:], strict=True)
    )
    verb = "covers" if len(hits) == 1 else "cover"
    text = f"{who} {verb} '{c}' at {where}, where '{c}' is strongest: {how}"
    target = names[0] if len(hits) == 1 else "each of them"
    move = f"dip {target} about {dip:.0f} dB around {freq:.0f} Hz (Q {band_q(band):.1f})"
    if len(hits) > 1:
        move += f", {names[0]} first"
    if own:
        move += f", or lower or pan {names[0]} away, since that range is one of its own strongest too"
    return Finding(
        kind=FindingKind.MASKING,
        severity=round(min(1.0, sev), 3),
        summary=f"{text}; {move}.",
        evidence={
            "other_track": c,
            "range_hz": [lo, hi],
            "band": band,
            "masker_db": round(masker.levels[band], 1),
            "covered_db": round(covered.levels[band], 1),
            "over_db": round(over, 1),
            "maskers": [
                {
                    "track": m.track.name,
                    "over_db": round(o, 1),
                    "dip_db": _dip(o),
                    "severity": round(min(1.0, v), 3),
                }
                for m, o, v in hits
            ],
            "covered_main_bands": main,
            "masker_main_bands": masker.top(),
            "band_is_maskers_own": own,
            "dip_db": dip,
            "freq_hz": freq,
            "q": band_q(band),
            "compared_with": f"'{c}' in the same band",
            "band_weight": round(speech_weight(covered.role, band), 2),
            "measured_on": "band levels (track meter)",
            "source": SOURCE,
        },
        track=masker.track.name,
    )


def _dip(over_db: float) -> float:
    return round(min(MAX_DIP_DB, max(MIN_DIP_DB, over_db + 3.0)) * 2.0) / 2.0


def _short(over_db: float) -> str:
    if over_db >= 0.5:
        return f"{over_db:.0f} dB louder"
    return "as loud" if over_db > -0.5 else f"{-over_db:.0f} dB under"


def _how(over_db: float, covered: str) -> str:
    if over_db >= 0.5:
        return f"is {over_db:.0f} dB louder than '{covered}' there"
    if over_db > -0.5:
        return f"is as loud as '{covered}' there"
    return f"is only {-over_db:.0f} dB under '{covered}' there"
