""" "What should I leave alone on the drums?": the parts to keep, among the ones named.

Why: the general leave-alone answer covers the whole session, so a question scoped to some parts (the drums, the
keys) fell through to the router, which answered with a move (a whole-mix dip put on the hats), never saying
what to keep. An engineer names which of the parts asked about measure in place, then the one move wanted on
the others, if any; a whole-mix lean is no reason to touch a part the asker hopes to keep.
"""

from __future__ import annotations

from companion.context import Finding, FindingKind, MixContext
from model.focus import Focus
from model.phrasing import MAX_WORDS, Answer, first_sentence, fit, lower_first, names
from model.recipes import RECIPES, recipe

LEVEL = (FindingKind.TRACK_TOO_LOUD, FindingKind.TRACK_TOO_QUIET)


def _on(f: Finding, scope: set[str]) -> bool:
    """True when ``f`` is a fault of a track in ``scope`` (the covered part of a clash counts too)."""
    return f.track in scope or str(f.evidence.get("other_track") or "") in scope


def leave_alone_among(ctx: MixContext, focus: Focus) -> Answer | None:
    """The parts named that measure in place, then the move wanted on the others; None when no part named has
    a track of its own (a part inside a bus, or not in the session: the router says so)."""
    s = focus.session
    scope = [rt.name for a in focus.asked for rt in a.tracks if not rt.track.mute]
    if not s or not scope or any(not a.tracks for a in focus.asked):
        return None
    faults = sorted(
        (
            f
            for f in ctx.problems
            if f.kind in RECIPES and f.is_problem and not f.is_lean and _on(f, set(scope))
        ),
        key=lambda f: f.kind not in LEVEL,
    )
    first = faults[0] if faults else None
    move = recipe(first, s) if first is not None else None
    touched = {f.track for f in faults} | {s.track for s in (move.suggestions if move else []) if s.track}
    keep = [n for n in dict.fromkeys(scope) if n not in touched]
    if first is None or move is None:
        they = "them" if len(keep) > 1 else "it"
        return Answer(
            f"All of {they}: nothing I measured on {names(keep, len(keep))} needs changing, so leave {they} as is."
        )
    kept = (
        f"Leave {names(keep, len(keep))} as {'they are' if len(keep) > 1 else 'it is'}: nothing I measured says "
        f"{'any of them is' if len(keep) > 1 else 'it is'} out of line."
        if keep
        else "None of them: each takes part in what I'd change."
    )
    change = f"What I'd change: {lower_first(first_sentence(first.summary))}"
    return Answer(fit([kept, change, move.try_text, move.check_text], MAX_WORDS, keep=3), [move], first)
