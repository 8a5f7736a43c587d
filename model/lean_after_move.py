"""The lean asked again after a fader move: "pulled gtr R down 10 db, does the mix still lean right or is it
centred now?".

Why: the balance answer alone ("the two channels are within 0.2 dB") says where the mix is now but not that the
move did it, while the asker wants to know whether that move fixed what they heard. An engineer says both: the
balance now, and that the lean there was on the last clip is gone (or not) with the part they moved."""

from __future__ import annotations

from companion.context import FindingKind, MixContext
from model.answer_compare import moved_tracks

_LEANED_DB = 1.0
"""The left/right difference (dB) the last clip needs for its lean to be worth recalling."""


def lean_after_move(ctx: MixContext) -> str:
    """A sentence on how the lean of the last clip came out with the part moved since, or "" when there was no
    earlier clip, no lean on it, or no fader moved."""
    prev = ctx.previous
    if prev is None or prev.analysis is None or ctx.analysis is None:
        return ""
    moved = moved_tracks(prev.snapshot, ctx.snapshot)
    before = prev.analysis.stereo.lr_balance_db
    leaned = any(f.kind is FindingKind.LR_IMBALANCE and f.severity > 0.0 for f in prev.findings)
    if not moved or not (leaned or abs(before) >= _LEANED_DB):
        return ""
    side = "left" if before > 0 else "right"
    now = ctx.analysis.stereo.lr_balance_db
    was = f"on the last clip it leaned {side} by {abs(before):.1f} dB"
    if abs(now) < abs(before) / 2:
        return f"Moving {moved[0]!r} took the lean out: {was}."
    return f"Moving {moved[0]!r} changed little: {was}."
