"""Which part's level makes the mix lean to one side: a too-loud track panned that way, or a too-quiet one
panned away. Shared by the whole-mix lean answer ("does the mix lean right?") and the pan guess ("mix leans
right, that guitar's miles louder, should i re-pan them?"), where the fader of that part is the fix an engineer
starts with, not the pan."""

from __future__ import annotations

import re

from companion.context import Finding, FindingKind, MixContext
from model.focus import Focus

LEVEL_KINDS = (FindingKind.TRACK_TOO_LOUD, FindingKind.TRACK_TOO_QUIET)


def leans_with(pan: float, lean_db: float, kind: FindingKind) -> bool:
    """Would this track's level problem lean the mix that way? (REAPER pan: negative = left; ``lean_db``
    positive = left louder.) A too-loud track panned to the louder side, or a too-quiet one panned away."""
    if abs(pan) < 0.2 or lean_db == 0.0:
        return False
    towards = (pan < 0) == (lean_db > 0)
    return towards if kind is FindingKind.TRACK_TOO_LOUD else not towards


def lean_causes(ctx: MixContext, focus: Focus, lean_db: float) -> list[Finding]:
    """The track level problems that lean the mix the way ``lean_db`` says (positive: left louder)."""
    pans = {rt.name: rt.track.pan for rt in focus.session.tracks}
    return [
        f
        for f in ctx.problems
        if f.kind in LEVEL_KINDS and f.track and leans_with(pans.get(f.track, 0.0), lean_db, f.kind)
    ]


def said_lean_cause(ctx: MixContext, focus: Focus) -> Finding | None:
    """The most severe level problem leaning the mix the way the question says it leans ("leans hard to the
    right"), or the way the meters read when the question names no side; None when nothing leans it."""
    side = re.search(r"\b(left|right)\b", focus.intent.question, re.IGNORECASE)
    if side is not None:
        lean_db = 1.0 if side.group(1).lower() == "left" else -1.0
    else:
        lean_db = ctx.analysis.stereo.lr_balance_db if ctx.analysis is not None else 0.0
    return max(lean_causes(ctx, focus, lean_db), key=lambda f: f.severity, default=None)
