""" "What should I leave alone?", "which parts are fine already?": the parts to keep as they are, measured.

The router read these as "what first?" and answered with the one thing to change, never naming what to keep, the
opposite of what was asked. An engineer names the parts that measure in place, then the one move that is wanted
(a lean only "if you hear it"), so the asker knows both what to keep and what to touch.
"""

from __future__ import annotations

import re

from companion.context import Finding, FindingKind, MixContext
from model.focus import Focus
from model.lean_only import optional_move
from model.leave_alone_scoped import leave_alone_among
from model.phrasing import MAX_WORDS, Answer, first_sentence, fit, lower_first, names
from model.recipes import RECIPES, Move, recipe

LEAVE_ALONE_Q = re.compile(
    r"\bwhat (should|can|could|do|would|shall) (i|we|you) (just )?leave\b(?! (it|them|this|that|out|in|on)\b)|"
    r"\bwhat( parts?| tracks?| things?)? (shouldn'?t|should not|don'?t|do not|wouldn'?t) (i|we|you) (touch|mess with|change|bother with)\b|"
    r"\bwhat( parts?| tracks?| things?)? (should|do|can|could|would) (i|we|you) (not|never|avoid) (touch|touching|mess|messing|change|changing|bother|worry)\b|"
    r"\bwhat( parts?| tracks?| things?)? (can|could|do) (i|we) (skip|ignore|leave be)\b|"
    r"\bwhat( parts?| tracks?| things?)? (can|could) (i|we) get away with (not (touching|changing|fixing)|leaving)\b|"
    r"\bwhat( parts?| tracks?| things?)?('s| is| are) (not )?(safe|ok|okay|fine) to (leave|ignore|skip)\b|"
    r"\b(which|what) (parts?|tracks?|things?|bits|instruments?|elements?|stuff)\b[^?.]{0,20}\b"
    r"(is|are|sounds?|seems?|looks?) (already |basically |pretty much )?(fine|good|ok|okay|right|working)\b|"
    r"\bwhat('s| is) (already )?(fine|working)\b|\bwhat('s| is) already (good|ok|okay|right)\b|"
    r"\bwhat (doesn'?t|does not|don'?t|do not) need (any )?(work|fixing|changing|touching)\b|"
    # "is there anything i should leave alone?", "anything i shouldn't touch?": the same asked as a yes or no
    r"\b(anything|something|any parts?|any tracks?) (i|we) (should|can|could) (just )?leave (alone|be|as (it|they) (is|are))\b|"
    r"\b(anything|any parts?|any tracks?) (i|we) (shouldn'?t|should not|don'?t need to) (touch|mess with|change)\b",
    re.IGNORECASE,
)
"""The parts to keep asked for: "what should I leave alone?", "what shouldn't I touch?", "which parts are fine
already?", "what doesn't need work?" ("what should I leave in?" asks something else)."""


LEVEL = (FindingKind.TRACK_TOO_LOUD, FindingKind.TRACK_TOO_QUIET)


def asks_leave_alone(question: str) -> bool:
    """True when ``question`` asks which parts to keep as they are."""
    return LEAVE_ALONE_Q.search(question) is not None


def _touched(problems: list[Finding], move: Move | None) -> set[str]:
    """Tracks a problem names (the covered part of a clash too) or the first move puts a card on."""
    out = {f.track for f in problems if f.track}
    out |= {str(f.evidence["other_track"]) for f in problems if f.evidence.get("other_track")}
    out |= {s.track for s in (move.suggestions if move else []) if s.track}
    return out


def leave_alone(ctx: MixContext, focus: Focus) -> Answer | None:
    """The answer to "what should I leave alone?" on a session: the parts measured in place, then the one move
    wanted; None for another question or no session. Parts named ("what should I leave alone on the drums?")
    scope it to their tracks (``model.leave_alone_scoped``)."""
    s = focus.session
    if not s or not asks_leave_alone(focus.intent.question):
        return None
    if focus.intent.instruments:
        return leave_alone_among(ctx, focus)
    # balance first, as the router leads: a part off its place before the tone it feeds, a lean last
    problems = sorted(
        (f for f in ctx.problems if f.kind in RECIPES), key=lambda f: (f.is_lean, f.kind not in LEVEL)
    )
    first = problems[0] if problems else None
    move = recipe(first, s) if first is not None else None
    touched = _touched(problems, move)
    keep = [rt.name for rt in s.tracks if not rt.track.mute and rt.name not in touched]
    limit = len(keep)  # every part kept is named: the list is the answer
    if first is None or move is None:
        return Answer(
            f"All of it: nothing I measured needs changing, so leave {names(keep, limit)} as they are."
        )
    kept = (
        f"Leave {names(keep, limit)} as {'they are' if len(keep) > 1 else 'it is'}: nothing I measured says "
        f"{'any of them is' if len(keep) > 1 else 'it is'} out of line."
        if keep
        else "Every part takes part in what I'd change, so none is off the list."
    )
    said = lower_first(first_sentence(first.summary))
    if first.is_lean:  # a lean is a choice, its move made only if heard: the parts it touches are in line too
        rest = [rt.name for rt in s.tracks if not rt.track.mute and rt.name not in keep]
        also = (
            f"{names(rest, len(rest))} {'are' if len(rest) > 1 else 'is'} in line too. "
            if rest and keep
            else ""
        )
        change = f"{also}At most, {said} If you hear it: {lower_first(move.try_text)}"
        return Answer(fit([kept, change, move.check_text], MAX_WORDS, keep=2), [optional_move(move)], first)
    change = f"What I'd change: {said}"
    return Answer(fit([kept, change, move.try_text, move.check_text], MAX_WORDS, keep=3), [move], first)
