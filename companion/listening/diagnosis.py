"""Diagnosis: turn measurements (and, when known, the REAPER session) into findings an expert would name.

Each rule reads one measurement, compares it to a documented threshold and grades it 0..1: a value at the
"problem" threshold gets severity 0.3 (PROBLEM_SEVERITY), one at the "full" point gets 1.0, and values between the
"remark" point and the problem threshold give remarks (under 0.3). Thresholds sit outside the spread of clean,
well-balanced mixes (measured with benchmarks/planted_problems.py) and inside the range of the problems that
amateurs actually bring (mixing-knowledge.md), so a finding means "worth an answer".
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable

from companion.context import Analysis, Finding, FindingKind, Snapshot, finite_or_none
from companion.knowledge.targets import loudness_target
from companion.listening.balance_first import balance_before_eq, bands_by_track
from companion.listening.grading import grade
from companion.listening.reference_compare import ReferenceTrack, compare_plr, compare_tonal, compare_width
from companion.listening.reference_curves import balance_vs_reference, genre_family
from companion.listening.stereo import BALANCE_LIMIT_DB
from companion.listening.stereo_ranges import low_end_range
from companion.listening.tonal_judge import judge_family
from companion.listening.track_levels import diagnose_tracks

SILENCE_LUFS = -60.0
"""Below this integrated loudness (or digital silence) there is no music to talk about."""
SILENCE_PEAK_DBFS = -60.0

Rule = Callable[[Analysis, str, str], "Finding | None"]


def _finding(kind: FindingKind, severity: float, summary: str, **evidence: object) -> Finding | None:
    if severity <= 0.0:
        return None
    clean = {k: (finite_or_none(v, 3) if isinstance(v, float) else v) for k, v in evidence.items()}
    return Finding(kind=kind, severity=round(severity, 3), summary=summary, evidence=clean)


# ---------------------------------------------------------------- level and dynamics


def _clipping(a: Analysis, target: str, family: str) -> Finding | None:
    per_s = a.clipped_samples / max(a.duration_s, 1e-9)
    overs = int(a.extra.get("over_full_scale_samples") or 0)
    # Peaks past 0 dBTP clip in the converter or the codec, whether or not any sample is flat-topped yet.
    peak_sev = grade(a.true_peak_dbtp, 0.0, 0.5, 2.0)
    if a.clipped_samples > 0:
        sev = grade(float(a.clipped_samples), 0.5, 3.0, 300.0)
        if sev >= peak_sev:
            return _finding(
                FindingKind.CLIPPING,
                sev,
                f"{a.clipped_samples} clipped samples (flat tops at full scale, {per_s:.1f} per second): "
                "that's audible distortion on the peaks.",
                clipped_samples=a.clipped_samples,
                per_second=per_s,
                sample_peak_dbfs=a.sample_peak_dbfs,
                true_peak_dbtp=a.true_peak_dbtp,
            )
    if overs > 0:
        # A float source past full scale: the samples vary (no flat tops), so nothing is clipped in the file
        # itself; a player, a fixed-point export or an encoder will clip them. A lossy file decodes this way
        # when its master peaked near 0 dBFS, so the text says what was measured, not that the master clipped.
        return _finding(
            FindingKind.CLIPPING,
            peak_sev,
            f"{overs} samples go past full scale (sample peak {a.sample_peak_dbfs:+.1f} dBFS, true peak "
            f"{a.true_peak_dbtp:+.1f} dBTP) without flat tops: nothing is clipped in the audio as it stands, but playback, a 16- or "
            "24-bit export or an encoder clips them (an MP3 or OGG whose master peaked right at full scale decodes "
            "like this too).",
            clipped_samples=a.clipped_samples,
            over_full_scale_samples=overs,
            sample_peak_dbfs=a.sample_peak_dbfs,
            true_peak_dbtp=a.true_peak_dbtp,
        )
    # no flat tops, but inter-sample peaks above 0 dBTP will clip in the converter or the codec
    return _finding(
        FindingKind.CLIPPING,
        peak_sev,
        f"True peak reaches {a.true_peak_dbtp:+.1f} dBTP: the samples don't clip, but the peaks between them "
        "will once it's converted or encoded.",
        clipped_samples=0,
        true_peak_dbtp=a.true_peak_dbtp,
    )


def _too_loud(a: Analysis, target: str, family: str) -> Finding | None:
    t = loudness_target(target)
    over = a.integrated_lufs - t.integrated_lufs
    sev = grade(over, 1.5, 3.5, 7.0)
    # a normalised destination turns it down; nothing turns a CD down: past its convention it is only squashed
    cost = (
        "it will just be turned down, and you pay for it in squashed peaks"
        if t.normalised
        else f"louder than even loud {t.said} masters, so the limiter trades punch for level"
    )
    return _finding(
        FindingKind.TOO_LOUD,
        sev,
        f"Integrated loudness is {a.integrated_lufs:.1f} LUFS, {over:.1f} LU over the {t.short} target of "
        f"{t.integrated_lufs:g} LUFS: {cost}.",
        integrated_lufs=a.integrated_lufs,
        target_lufs=t.integrated_lufs,
        over_lu=over,
        true_peak_dbtp=a.true_peak_dbtp,
        target=t.name,
    )


def _too_quiet(a: Analysis, target: str, family: str) -> Finding | None:
    t = loudness_target(target)
    under = t.integrated_lufs - a.integrated_lufs
    sev = grade(under, 3.0, 5.5, 12.0)
    return _finding(
        FindingKind.TOO_QUIET,
        sev,
        f"Integrated loudness is {a.integrated_lufs:.1f} LUFS, {under:.1f} LU under the {t.short} target of "
        f"{t.integrated_lufs:g} LUFS.",
        integrated_lufs=a.integrated_lufs,
        target_lufs=t.integrated_lufs,
        under_lu=under,
        target=t.name,
    )


def level_finding(a: Analysis, target: str) -> Finding | None:
    """The mix's loudness against ``target`` (too loud, too quiet, or None inside the remark points), on the
    scale the diagnosis itself uses: a platform the asker names is judged exactly as the default one would be."""
    return _too_loud(a, target, a.genre_family) or _too_quiet(a, target, a.genre_family)


def _over_compressed(a: Analysis, target: str, family: str) -> Finding | None:
    # PLR (true peak minus integrated loudness) is gain-independent: under ~8 dB reads as heavily limited for
    # most genres (mixing-knowledge.md). Dense electronic masters sit near that line too, and they are the ones
    # users most often over-limit, so one scale serves every family.
    problem_at = 8.0
    sev = grade(a.plr_db, problem_at + 1.5, problem_at, 4.5)
    return _finding(
        FindingKind.OVER_COMPRESSED,
        sev,
        f"Peak-to-loudness ratio is only {a.plr_db:.1f} dB (crest {a.crest_db:.1f} dB): the transients are "
        "squashed, so it feels flat and tiring even when it's loud.",
        plr_db=a.plr_db,
        crest_db=a.crest_db,
        lra_lu=a.lra_lu,
    )


# ---------------------------------------------------------------- tonal balance
# muddy, boomy, thin, harsh and dull are judged against the range real mixes occupy
# (companion.listening.tonal_judge) or against the user's reference track (companion.listening.reference_compare).


# ---------------------------------------------------------------- stereo


ONE_SIDED_DB = 20.0
"""A side this far under the other carries 1 % of the power: the mix sits on one side, and the correlation of the
two (1.0 for a silent side, ``companion.listening.stereo``) says nothing of how wide it is."""


def _narrow(a: Analysis, target: str, family: str) -> Finding | None:
    if a.channels < 2:
        return None
    s = a.stereo
    if abs(s.lr_balance_db) >= ONE_SIDED_DB:
        return None  # the image sits on one side, not "piled up in the middle": the lean says it
    sev = grade(s.correlation, 0.93, 0.97, 0.995)
    return _finding(
        FindingKind.NARROW,
        sev,
        f"The image is nearly mono (correlation {s.correlation:.2f}, width {s.width:.2f}): everything piles up "
        "in the middle and fights for the same space.",
        correlation=s.correlation,
        width=s.width,
    )


def _phase_issue(a: Analysis, target: str, family: str) -> Finding | None:
    if a.channels < 2:
        return None
    s = a.stereo
    sev = grade(s.correlation, 0.15, 0.0, -0.5)
    return _finding(
        FindingKind.PHASE_ISSUE,
        sev,
        f"Left/right correlation is {s.correlation:+.2f}: parts of the mix are out of phase between the "
        "channels, so they'll cancel when played in mono (phones, club systems).",
        correlation=s.correlation,
        width=s.width,
    )


def _low_end_not_mono(a: Analysis, target: str, family: str) -> Finding | None:
    if a.channels < 2:
        return None
    c = a.stereo.low_end_correlation
    real = low_end_range(family)  # where real records of the kind keep it (companion.listening.stereo_ranges)
    sev = grade(c, real.remark_at, real.problem_at, real.full_at)
    narrower = math.floor((1.0 - real.share_wider(c)) * 10.0 + 1e-9)  # rounded down: never overstated
    return _finding(
        FindingKind.LOW_END_NOT_MONO,
        sev,
        f"Below 150 Hz the channels only correlate {c:.2f}, a wider low end than {max(0, min(9, narrower))} in 10 "
        f"of {real.words}: it is spread or out of phase, so it loses weight in mono and wanders on big systems.",
        low_end_correlation=c,
        compared_with=real.words,
        family=real.family,
        problem_at=real.problem_at,
    )


def _lr_imbalance(a: Analysis, target: str, family: str) -> Finding | None:
    if a.channels < 2:
        return None
    d = a.stereo.lr_balance_db
    sev = grade(abs(d), 1.2, 2.0, 6.0)
    side, other = ("left", "right") if d > 0 else ("right", "left")
    if abs(d) >= BALANCE_LIMIT_DB:  # the limit the meter reads for a silent side: no number to quote
        return _finding(
            FindingKind.LR_IMBALANCE,
            sev,
            f"Only the {side} channel carries sound: the {other} one is silent ({BALANCE_LIMIT_DB:.0f} dB or "
            "more under it).",
            lr_balance_db=d,
            silent_side=other,
        )
    return _finding(
        FindingKind.LR_IMBALANCE,
        sev,
        f"The {side} channel is {abs(d):.1f} dB louder overall: the mix leans to the {side}.",
        lr_balance_db=d,
    )


def _dc_offset(a: Analysis, target: str, family: str) -> Finding | None:
    dc = abs(a.dc_offset)
    sev = grade(dc, 0.002, 0.005, 0.03)
    return _finding(
        FindingKind.DC_OFFSET,
        sev,
        f"There's a DC offset of {a.dc_offset:+.3f} (full scale = 1): it wastes headroom and clicks at edits.",
        dc_offset=a.dc_offset,
    )


RULES: tuple[Rule, ...] = (
    _clipping,
    _too_loud,
    _too_quiet,
    _over_compressed,
    _narrow,
    _phase_issue,
    _low_end_not_mono,
    _lr_imbalance,
    _dc_offset,
)


def _audio_findings(a: Analysis, target: str, reference: ReferenceTrack | None) -> list[Finding]:
    """Every rule on a clip with music in it; with a reference, its own comparisons replace the genre's."""
    relative = {FindingKind.NARROW, FindingKind.OVER_COMPRESSED} if reference is not None else set()
    found = [
        f for rule in RULES if (f := rule(a, target, a.genre_family)) is not None and f.kind not in relative
    ]
    if reference is None:
        return found + judge_family(a, a.genre_family, bool(a.extra.get("genre_given")))
    found += compare_tonal(a, reference)
    found += [f for f in (compare_width(a, reference), compare_plr(a, reference)) if f is not None]
    return [_with_reference_loudness(f, reference) for f in found]


def _with_reference_loudness(f: Finding, reference: ReferenceTrack) -> Finding:
    """Loudness verdicts stay against the target; they also say where the reference sits."""
    if f.kind not in (FindingKind.TOO_LOUD, FindingKind.TOO_QUIET):
        return f
    return dataclasses.replace(
        f,
        summary=f"{f.summary} (Your reference reads {reference.integrated_lufs:.1f} LUFS.)",
        evidence={**f.evidence, "reference_lufs": round(reference.integrated_lufs, 2)},
    )


def _peak_words(peak_dbfs: float) -> str:
    return f"peak {peak_dbfs:.0f} dBFS" if math.isfinite(peak_dbfs) else "digital silence"


def is_silent(a: Analysis) -> bool:
    return (
        not math.isfinite(a.integrated_lufs)
        or a.integrated_lufs < SILENCE_LUFS
        or a.sample_peak_dbfs < SILENCE_PEAK_DBFS
    )


def diagnose(
    analysis: Analysis | None,
    snapshot: Snapshot | None = None,
    target: str = "spotify",
    genre: str | None = None,
    reference: ReferenceTrack | None = None,
) -> list[Finding]:
    """Findings for a clip (and the session when a snapshot is given), most severe first, except that a tonal
    lean (0.30-0.49) comes after every fault (``answer_rank``): a part 10 dB off is fixed first.

    ``analysis`` may be None when no audio was available: then only the session-based findings come back.
    ``reference``: the user's reference track; then the tonal balance, the stereo width and the dynamics are
    judged against it (loudness-matched) instead of against real mixes of the genre.
    """
    loudness_target(target)  # unknown target -> BadInput, before any work
    if analysis is not None and genre is not None and genre.strip():
        family = genre_family(genre)  # judge the balance against the genre asked for now
        top_hz = float(analysis.extra.get("bands_measured_to_hz", min(20000.0, analysis.sample_rate / 2.0)))
        analysis = dataclasses.replace(
            analysis,
            balance_vs_target_db=balance_vs_reference(analysis.bands_db, family, top_hz),
            genre_family=family,
            extra={**analysis.extra, "genre_given": True},
        )
    findings: list[Finding] = []
    if analysis is not None:
        if is_silent(analysis):
            findings.append(
                Finding(
                    kind=FindingKind.SILENCE,
                    severity=1.0,
                    summary=(
                        f"The clip is silent ({_peak_words(analysis.sample_peak_dbfs)}): nothing is playing, or the "
                        "wrong capture device is selected."
                    ),
                    evidence={
                        "integrated_lufs": None
                        if not math.isfinite(analysis.integrated_lufs)
                        else round(analysis.integrated_lufs, 1),
                        "sample_peak_dbfs": None
                        if not math.isfinite(analysis.sample_peak_dbfs)
                        else round(analysis.sample_peak_dbfs, 1),
                    },
                )
            )
            dc = _dc_offset(analysis, target, analysis.genre_family)
            if dc is not None:
                findings.append(dc)
        else:
            findings.extend(_audio_findings(analysis, target, reference))
    if snapshot is not None:
        tracks = diagnose_tracks(snapshot)
        findings = _level_causes_first(findings, tracks, snapshot) + tracks
    findings.sort(key=answer_rank)
    return _balance_before_eq(findings, snapshot) if snapshot is not None else findings


def answer_rank(f: Finding) -> tuple[int, float]:
    """What an answer leads with: faults (problems that are not leans) by severity, then tonal leans, then
    remarks. A lean is "worth checking by ear, not a fault to fix" (``CLEAR_SEVERITY``); a part 10 dB off its
    place is a fault: balance before EQ (the CLI lists "Problems" before "Leans", ``MixContext.problems`` too)."""
    return (1 if f.is_lean else 0 if f.is_problem else 2), -float(f.severity)


def _balance_before_eq(findings: list[Finding], snapshot: Snapshot) -> list[Finding]:
    """Balance before EQ (``balance_first``, the one place the rule lives): a track too loud in the band a
    whole-mix excess sits in, or too quiet in the band the mix lacks, goes just before that tonal finding, which
    says what may explain it. Severities are unchanged."""
    return balance_before_eq(findings, bands_by_track(snapshot))


CAUSE_MIN_PAN = 0.2  # a track panned at least this far can lean the whole mix
CAUSE_GAP = 0.05  # an explained finding ranks this far under its cause


def _level_causes_first(findings: list[Finding], tracks: list[Finding], snapshot: Snapshot) -> list[Finding]:
    """One ranking rule across kinds: a mix-wide effect that a track's level problem explains ranks just under
    that level problem (an engineer fixes the fader first, then listens again). Today's one such effect: the
    mix leaning to one side while a track panned to that side is too loud (or one panned to the other side
    too quiet). Masking caused by a level problem is ranked the same way in ``diagnose_tracks``."""
    level = [f for f in tracks if f.is_problem and f.kind in _LEVEL_KINDS]
    pans = {t.name: t.pan for t in snapshot.tracks}
    out = []
    for f in findings:
        if f.kind is FindingKind.LR_IMBALANCE:
            lean = float(f.evidence.get("lr_balance_db") or 0.0)  # positive: left louder
            causes = [c for c in level if _leans_with(pans.get(c.track or "", 0.0), lean, c.kind)]
            cause = max(causes, key=lambda c: c.severity, default=None)
            if cause is not None and f.severity > cause.severity - CAUSE_GAP:
                f = dataclasses.replace(
                    f,
                    severity=round(max(0.0, cause.severity - CAUSE_GAP), 3),
                    summary=f"{f.summary} '{cause.track}' is {cause.kind.value[6:].replace('_', ' ')} and "
                    "panned that way: fix its fader first.",
                    evidence={**f.evidence, "explained_by": f"{cause.kind} on '{cause.track}'"},
                )
        out.append(f)
    return out


_LEVEL_KINDS = (FindingKind.TRACK_TOO_LOUD, FindingKind.TRACK_TOO_QUIET)


def _leans_with(pan: float, lean_db: float, kind: FindingKind) -> bool:
    """Would this track's level problem lean the mix that way? (REAPER pan: negative = left; ``lean_db``
    positive = left louder.) A too-loud track panned to the louder side, or a too-quiet one panned away."""
    if abs(pan) < CAUSE_MIN_PAN or lean_db == 0.0:
        return False
    towards = (pan < 0) == (lean_db > 0)
    return towards if kind is FindingKind.TRACK_TOO_LOUD else not towards
