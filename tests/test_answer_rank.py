"""What an answer leads with: faults (problems that are not tonal leans) by severity, then leans, then remarks."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fakes.rendering import needs_fluidsynth

from companion.context import Finding, FindingKind, MixContext
from companion.listening.diagnosis import answer_rank


def f(kind: FindingKind, severity: float, track: str | None = None) -> Finding:
    return Finding(kind=kind, severity=severity, summary=f"{kind} {severity}", track=track)


def test_a_fader_fault_comes_before_a_tonal_lean_of_higher_severity_but_not_before_a_clear_fault() -> None:
    lean = f(FindingKind.HARSH, 0.44)  # 0.30-0.49: a lean, "check by ear"
    clear = f(FindingKind.BOOMY, 0.62)  # a clear tonal fault
    kick = f(FindingKind.TRACK_TOO_QUIET, 0.40, "Kick")
    loud = f(FindingKind.TOO_LOUD, 0.31)
    remark = f(FindingKind.TRACK_TOO_LOUD, 0.29, "Keys")
    assert lean.is_lean and not clear.is_lean and not kick.is_lean
    ordered = sorted([remark, lean, kick, clear, loud], key=answer_rank)
    assert ordered == [clear, kick, loud, lean, remark]
    ctx = MixContext("what first?", None, None, None, (remark, lean, kick, clear, loud))
    assert ctx.problems == (clear, kick, loud, lean)  # the answer's order; severities unchanged
    assert [x.severity for x in ctx.problems] == [0.62, 0.40, 0.31, 0.44]


@needs_fluidsynth
def test_a_kick_10_db_down_leads_the_whole_diagnosis_over_a_harsh_lean() -> None:
    """Rock's clean session already leans harsh (a 3.2 kHz bell, about 0.44 on every seed); the kick 10 dB
    down is a fader fault and leads; the lean follows, its severity untouched."""
    from benchmarks.sessions import render_session
    from companion.analysis import analyze, diagnose

    s = render_session("rock", 1, "Kick -10", seconds=8.0)
    found = diagnose(analyze(s.mix, s.sample_rate), s.snapshot)
    assert (found[0].kind, found[0].track) == (FindingKind.TRACK_TOO_QUIET, "Kick")
    harsh = [x for x in found if x.kind is FindingKind.HARSH]
    assert harsh and harsh[0].is_lean and harsh[0].severity > found[0].severity
    assert found.index(harsh[0]) > max(i for i, x in enumerate(found) if x.is_problem and not x.is_lean)


@needs_fluidsynth
def test_a_guitar_10_db_up_comes_just_before_the_harsh_fault_it_feeds() -> None:
    """Balance before EQ: 'Gtr L' 10 dB up is strongest at 2-4 kHz, where the harsh verdict sits (a clear
    fault, more severe than the guitar's own): the fader comes first, the harsh verdict right after it, its
    severity unchanged and its evidence saying what may explain it."""
    from benchmarks.sessions import render_session
    from companion.analysis import analyze, diagnose

    s = render_session("rock", 1, "Gtr L +10", seconds=8.0)
    found = diagnose(analyze(s.mix, s.sample_rate), s.snapshot)
    gtr, harsh = found[0], found[1]
    assert (gtr.kind, gtr.track) == (FindingKind.TRACK_TOO_LOUD, "Gtr L")
    assert harsh.kind is FindingKind.HARSH and not harsh.is_lean and harsh.severity > gtr.severity
    assert harsh.evidence["explained_by"] == "track_too_loud on 'Gtr L'"
    assert "'Gtr L' is too loud in that range: fix the fader first" in harsh.summary
    clean = render_session("rock", 1, seconds=8.0)
    plain = diagnose(analyze(clean.mix, clean.sample_rate), clean.snapshot)
    assert all("explained_by" not in x.evidence for x in plain if x.kind is FindingKind.HARSH)
