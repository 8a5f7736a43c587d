"""The cut for a whole-mix build-up (muddy, boomy, harsh) placed on one track: the answer about a part offers it on
that part, at the build-up's measured centre, when the mix builds up where the part is strong."""

from __future__ import annotations

import math

from companion.context import Finding, FindingKind
from model.evidence import KIND_RANGES_HZ
from model.moves import eq
from model.recipes import Move
from model.session_view import RoleTrack

TONAL_CUTS = {FindingKind.MUDDY: (-3.0, 1.0), FindingKind.BOOMY: (-3.0, 1.4), FindingKind.HARSH: (-2.5, 2.0)}


def on_track(rt: RoleTrack, f: Finding) -> Move | None:
    """The cut for a whole-mix build-up, on the track asked about, at the measured centre."""
    centre = build_up_centre(f)
    if f.kind not in TONAL_CUTS or centre is None:
        return None
    gain, q = TONAL_CUTS[f.kind]
    check = "Flip it in and out at matched level: the build-up should ease without the part getting thin."
    return eq(rt, centre, gain, q, f"eases the {f.kind} build-up the whole mix shows there", check)


def build_up_centre(f: Finding) -> float | None:
    """Where a whole-mix build-up peaks: its measured centre, else the middle of its kind's range."""
    value = f.evidence.get("center_hz")
    if isinstance(value, (int, float)):
        return float(value)
    lo_hi = KIND_RANGES_HZ.get(f.kind)
    return math.sqrt(lo_hi[0] * lo_hi[1]) if lo_hi else None
