"""What a track verdict on REAPER's averaged peak meters can and cannot say (no per-track loudness).

An averaged peak meter follows each hit and falls back between hits, so a sparse percussive part (a kick, a
snare, a whole drum stem, a shaker) reads well under its loudness on it, while a sustained part (bass, guitars,
keys, pads, vocals) reads over it: a peak meter's reading depends on the part's crest factor and density, which
loudness (BS.1770) evens out. On the development sessions (seeds 1-3, real FluidR3 samples) the averaged peak
minus the loudness of one track ran from -8.0 dB (a rock snare) and -6.5 dB (a soul drum stem) to +8.4 dB (a
rock guitar): a 16 dB disagreement between parts that a wider margin (``PEAK_MARGIN_DB``) cannot cover. Its
direction is known, though: on peaks a percussive part looks quieter than it is, never louder. So "too quiet"
on peaks for a percussive part stays a remark (the meter alone can explain it), said as such; "too loud" on
peaks keeps its (capped) severity, since the meter's bias works against it. The hedged remark suggests no
fader move (``suggested_delta_db`` 0): no move on a reading the meter alone can explain.
"""

from __future__ import annotations

import dataclasses

from companion.context import PROBLEM_SEVERITY, Finding, FindingKind
from companion.knowledge.build_balance import KIT_ROLES

PERCUSSIVE = (*KIT_ROLES, "drum_bus", "drum_kit", "percussion")
PEAK_HIT_REMARK_MAX = round(PROBLEM_SEVERITY - 0.05, 3)
"""The most a percussive part's "too quiet" on peaks may weigh: a remark, under a problem."""


def peak_caveat(loudness: bool, hint: bool = True) -> str:
    """The words a track finding opens with when it rests on averaged peaks, not the track meter's loudness."""
    if loudness:
        return ""
    return (
        "On peak meters only (a hint: turn track meters on for a firm answer), "
        if hint
        else "On peak meters only, "
    )


def hedge_peak_verdicts(findings: list[Finding]) -> list[Finding]:
    """A percussive part's "too quiet" measured on peak meters only becomes a remark that says why."""
    out = []
    for f in findings:
        ev = f.evidence
        if (
            f.kind is FindingKind.TRACK_TOO_QUIET
            and ev.get("measured_on") == "peak meter"
            and (ev.get("role") in PERCUSSIVE or ev.get("compared_as") in PERCUSSIVE)
            and f.severity > PEAK_HIT_REMARK_MAX
        ):
            f = dataclasses.replace(
                f,
                severity=PEAK_HIT_REMARK_MAX,
                summary=f.summary[:-1]
                + ". Peak meters read drum hits low (they fall back between hits): turn track meters on before "
                "moving this fader.",
                evidence={
                    **ev,
                    "peak_meter_caveat": "percussive part reads low on averaged peaks",
                    "suggested_delta_db": 0.0,  # no fader move on a reading the meter alone can explain
                },
            )
        out.append(f)
    return out
