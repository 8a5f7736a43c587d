"""The level fault measured on a part other than the ones asked about, said as what to fix first.

Why: a question about a part's tools ("eq or comp for the vocal?") answered on that part alone ("nothing I can
fault in the EQ itself") leaves out a snare sitting 13 dB over its place, which an engineer would mention before
any vocal processing: the balance comes first. Only a level fault (a problem, not a lean) on a track not asked
about is said; the asked part's own verdict stays as it was.
"""

from __future__ import annotations

from companion.context import Finding, FindingKind, MixContext
from model.focus import Focus
from model.phrasing import first_sentence, lower_first
from model.recipes import Move, recipe

LEVELS = (FindingKind.TRACK_TOO_LOUD, FindingKind.TRACK_TOO_QUIET)


def fault_elsewhere(ctx: MixContext, focus: Focus) -> tuple[list[str], Move, Finding] | None:
    """(sentences, move, finding) for the first level fault on a track the question does not ask about."""
    if not focus.session:
        return None
    asked = {rt.name for a in focus.asked for rt in a.tracks}
    fault = next(
        (f for f in ctx.problems if f.kind in LEVELS and not f.is_lean and f.track not in asked), None
    )
    if fault is None or fault.track is None:
        return None
    move = recipe(fault, focus.session)
    said = [
        f"The first fix is elsewhere, though: {lower_first(first_sentence(fault.summary))}",
        move.try_text,
    ]
    return said, move, fault
