"""A track level remark confirmed by masking: two measures at the edge of normal that point at one fader.

Used by ``track_levels.diagnose_tracks``: a part at the quiet edge of where real mixes put it and covered by
another part (or at the loud edge and covering one) is one fault seen twice.
"""

from __future__ import annotations

import dataclasses

from companion.context import Finding, FindingKind


def off_its_place(level: Finding) -> bool:
    """A level remark from a measured comparison: a MixologyDB range (whole mix, kit, backing vs lead,
    ``deviation_db``) or an engineer's relation to the lead vocal (``vs_lead_db``, e.g. horns over it)."""
    return "deviation_db" in level.evidence or "vs_lead_db" in level.evidence


def off_words(level: Finding) -> str:
    loud = level.kind is FindingKind.TRACK_TOO_LOUD
    if "deviation_db" in level.evidence:
        dev = abs(float(level.evidence["deviation_db"]))
        return f"about {dev:.0f} dB {'louder' if loud else 'quieter'} than usual"
    over = float(level.evidence["vs_lead_db"])
    return f"{abs(over):.0f} dB {'over' if over > 0 else 'under'} the lead vocal"


def confirmed_by_masking(level: Finding, masking: Finding) -> Finding:
    """A part at the quiet edge of where real mixes put it AND covered by another part (or at the loud edge AND
    covering one) is one fault seen twice: its fader. Each measure alone stays inside what real mixes do (a
    kick 10 dB down from a loud pop balance lands near MixologyDB's 10th percentile); together they say what an
    engineer hears ("the bass swallows the kick: bring the kick up"). The level finding takes the masking's
    severity (the audible effect, now traced to its likeliest cause) and leads; the masking ranks under it."""
    covered = level.track != masking.track
    other = masking.track if covered else masking.evidence.get("other_track")
    lo_hz, hi_hz = masking.evidence.get("range_hz") or (0.0, 0.0)
    where = f"{lo_hz:.0f}-{hi_hz:.0f} Hz"
    why = (
        f" '{other}' covers it there ({where}): the two together point at its fader"
        if covered
        else f" It also covers '{other}' ({where}): the two together point at its fader"
    )
    return dataclasses.replace(
        level,
        severity=round(max(level.severity, masking.severity), 3),
        summary=level.summary[:-1] + "." + why + ".",
        evidence={**level.evidence, "confirmed_by": f"masking {'by' if covered else 'of'} '{other}'"},
    )
