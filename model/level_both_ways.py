""" "Is the rhodes too loud or too quiet?": one part asked both ways, answered with the way it is off, or neither.

Why: the router reads either/or questions as a choice between two parts or two moves, and a level asked both
ways on one part fell to a plain yes/no ("No: nothing I measured says 'Snare' is too low", half of what was
asked) or, said beside a symptom on another part ("the vocal's buried, is the rhodes too loud or too quiet"), to
an answer about the other part ("No, I'd leave its fader: what is off is 'Rhodes'"). An engineer picks one of
the two offered from the part's own measurement ("Too loud: ..."), or says "Neither" and then what is off, if
anything is. The body is the measured finding and its recipe, or the part's own evidence from its route.
"""

from __future__ import annotations

import re
from dataclasses import replace

from companion.context import Finding, FindingKind, MixContext
from model.evidence import track_evidence
from model.focus import Asked, Focus
from model.guessed_part import CLAUSE_BREAK
from model.phrasing import (
    EXPLAIN_WORDS,
    MAX_WORDS,
    Answer,
    Composer,
    first_sentence,
    fit,
    lower_first,
    split_sentences,
)
from model.recipes import RECIPES, recipe

_LOUD = r"(?:loud|hot|up|much)"
_QUIET = r"(?:quiet|low|soft|buried|down)"
_OR = r"\s+or\s+(?:(?:is|are) (?:it|they|that) |maybe |just )?"
BOTH_WAYS = re.compile(
    rf"\btoo {_LOUD}{_OR}(?:too )?{_QUIET}\b|\btoo {_QUIET}{_OR}(?:too )?{_LOUD}\b|"
    rf"\btoo {_LOUD}{_OR}not (?:loud|up) enough\b|\b(?:loud|up) enough{_OR}too {_LOUD}\b|"
    # "is the fiddle cranked or too low?": cranked is too loud in other words
    rf"\bcranked{_OR}(?:too )?{_QUIET}\b|\btoo {_QUIET}{_OR}cranked\b",
    re.IGNORECASE,
)
"""A level offered both ways on one part: "too loud or too quiet", "too low or too hot", "loud enough or too
loud", "cranked or too low"."""

LEVEL = {FindingKind.TRACK_TOO_LOUD: "Too loud:", FindingKind.TRACK_TOO_QUIET: "Too quiet:"}
NOTHING = re.compile(r"\bnothing I measured says\b", re.IGNORECASE)


def _said_in(a: Asked, text: str) -> bool:
    return re.search(rf"\b{re.escape((a.said or a.word).lower())}", text.lower()) is not None


def both_ways_clause(question: str) -> str | None:
    """The clause of ``question`` that offers a level both ways, or None."""
    for clause in CLAUSE_BREAK.split(question.strip()):
        if BOTH_WAYS.search(clause):
            return clause.strip()
    return None


def _level_fault(ctx: MixContext, tracks: set[str]) -> Finding | None:
    return next(
        (f for f in ctx.problems if f.kind in LEVEL and f.is_problem and not f.is_lean and f.track in tracks),
        None,
    )


def level_both_ways(ctx: MixContext, focus: Focus, ans: Answer, compose: Composer) -> Answer:
    """``ans`` opened with the way the part asked both ways is off ("Too loud:"), or "Neither:" and what is off
    instead; ``ans`` itself for any other question, or one naming no part (or several) in that clause."""
    question = focus.intent.question
    clause = both_ways_clause(question)
    s = focus.session
    if clause is None or not s:
        return ans
    inside = [a for a in focus.asked if a.tracks and _said_in(a, clause)]
    if len(inside) != 1:
        return ans
    part = inside[0]
    tracks = {rt.name for rt in part.tracks}
    limit = EXPLAIN_WORDS if focus.intent.explain else MAX_WORDS
    fault = _level_fault(ctx, tracks)
    if fault is not None:
        move = recipe(fault, s)
        said = first_sentence(fault.summary)
        return Answer(
            fit([f"{LEVEL[fault.kind]} {said}", move.try_text, move.check_text], limit, keep=2), [move], fault
        )
    quoted = " and ".join(rt.quoted for rt in part.tracks[:2])
    verb = "are" if len(part.tracks) > 1 else "is"
    head = f"Neither: nothing I measured says {quoted} {verb} too loud or too quiet."
    other = ans.first if ans.moves else None
    if other is None or not other.is_problem or other.is_lean or other.track in tracks:
        # the route spoke of the part alone: the leading fault elsewhere, if one is measured
        other = next(
            (f for f in ctx.problems if f.track and f.is_problem and not f.is_lean and f.kind in RECIPES),
            None,
        )
    if other is not None and other.track not in tracks:
        move = ans.moves[0] if ans.moves and ans.first is other else recipe(other, s)
        said = f"What is off: {lower_first(first_sentence(other.summary))}"
        return Answer(fit([head, said, move.try_text, move.check_text], limit, keep=3), [move], other)
    own = ans if clause == question.strip() else compose(replace(ctx, question=clause))
    rest = split_sentences(own.text)
    body = rest[1:] if rest and NOTHING.search(rest[0]) else []
    if not body and len(part.tracks) == 1 and (level := track_evidence(ctx, part.tracks[0]).measured_level()):
        body = [f"{level[:1].upper()}{level[1:]}."]  # its own meter, when its route said nothing of it
    return Answer(fit([head, *body], limit, keep=1))
