"""Session-based findings: a track far louder or quieter than engineers put that instrument in real mixes.

Per-track levels come from REAPER's peak meters (snapshot ``tracks[].level``, averaged over the last seconds of
playback). The MixologyDB mixes give each role's typical level relative to the whole mix; those numbers depend
on how many tracks a mix has (a kick is -21 LU against a 30-track mix, -5 against a 3-track one), so only their
*differences* carry over: we fit one offset (the median of measured minus typical over the session's tracks) and
judge each track by what is left. The median keeps one buried vocal from dragging the offset. Peak meters read
drums a few dB hotter than loudness meters would, so the thresholds are wide: a finding means a clear balance
problem, not a matter of taste.
"""

from __future__ import annotations

import math

import numpy as np

from companion.context import Finding, FindingKind, Snapshot, Track
from companion.knowledge.priors import starting_points
from companion.knowledge.roles import ROLE_WORDS, instrument_role

REMARK_DB = 4.0
PROBLEM_DB = 6.0
FULL_DB = 12.0
SILENT_TRACK_DB = -80.0
MIN_TRACKS = 3  # with fewer playing tracks, "relative to the mix" means nothing


def _grade(dev_db: float) -> float:
    d = abs(dev_db)
    if d < REMARK_DB:
        return 0.0
    if d < PROBLEM_DB:
        return 0.3 * (d - REMARK_DB) / (PROBLEM_DB - REMARK_DB)
    return min(1.0, 0.3 + 0.7 * (d - PROBLEM_DB) / (FULL_DB - PROBLEM_DB))


def _playing(t: Track) -> bool:
    return (
        not t.mute
        and t.level is not None
        and t.level.avg_peak_db is not None
        and math.isfinite(t.level.avg_peak_db)
        and t.level.avg_peak_db > SILENT_TRACK_DB
        and t.folder_depth <= 0  # a folder parent carries its children: counting it would count them twice
    )


def expected_relative_db(role: str) -> float | None:
    """Median level of ``role`` relative to the whole mix in the MixologyDB mixes (None when unknown)."""
    spread = starting_points(role).level_vs_mix_lu
    return None if spread is None else spread.median


def diagnose_tracks(snapshot: Snapshot) -> list[Finding]:
    """track_too_loud / track_too_quiet findings for the snapshot's tracks."""
    rows = []
    for t in snapshot.tracks:
        if not _playing(t):
            continue
        role = instrument_role(t.name)
        expected = expected_relative_db(role) if role is not None else None
        if role is not None and expected is not None:
            rows.append((t, role, t.level.avg_peak_db, expected))  # type: ignore[union-attr]
    if len(rows) < MIN_TRACKS:
        return []
    offset = float(np.median([measured - expected for _, _, measured, expected in rows]))
    findings = []
    for t, role, measured, expected in rows:
        dev = measured - expected - offset
        sev = _grade(dev)
        if sev <= 0.0:
            continue
        loud = dev > 0
        kind = FindingKind.TRACK_TOO_LOUD if loud else FindingKind.TRACK_TOO_QUIET
        word = "louder" if loud else "quieter"
        delta = -math.copysign(min(12.0, round(abs(dev) - 1.0)), dev)
        findings.append(
            Finding(
                kind=kind,
                severity=round(sev, 3),
                summary=(
                    f"'{t.name}' sits about {abs(dev):.0f} dB {word} against the rest of your tracks than "
                    f"{ROLE_WORDS.get(role, role.replace('_', ' '))} usually do in real mixes."
                ),
                evidence={
                    "role": role,
                    "avg_peak_db": round(measured, 1),
                    "typical_vs_mix_lu": round(expected, 1),
                    "deviation_db": round(dev, 1),
                    "suggested_delta_db": delta,
                    "fader_db": t.volume_db,
                },
                track=t.name,
            )
        )
    return findings
