""" "Should the vocal come up or the guitars go down?": a choice of two moves on two parts, answered by picking.

Why: a should-question reads as a yes/no, so an either/or of two moves got "Yes:" above the move on one part, a
yes that agrees with both sides at once. An engineer picks the side the measurement backs ("'Lead Vocal' up,
not 'Gtr L' down:"), or says "Neither" when the part picked must go the other way, or neither part is off (then
what is off, if anything is). The body is the measured finding and its recipe.
"""

from __future__ import annotations

import re

from companion.context import Finding, FindingKind, MixContext
from model.asked_direction import asked_way
from model.focus import Asked, Focus
from model.phrasing import EXPLAIN_WORDS, MAX_WORDS, Answer, first_sentence, fit, lower_first
from model.recipes import RECIPES, recipe
from model.verdict_opening import opening

MOVE_ASKED = re.compile(
    r"^\s*(so |ok |okay |and |but )?(should|shall|do|would|could|can|must)\b", re.IGNORECASE
)
"""A move asked about ("should the vocal come up ..."), not a cause guessed ("is it the kick or the bass?")."""
GOES = re.compile(
    r"\b(come|comes|go|goes|get|be|move|sit)\s+(?P<way>up|down|louder|quieter|higher|lower)\b", re.I
)
"""A way said as where the part goes: "come up", "go down", "sit lower"."""
WAYS = {"up": "up", "louder": "up", "higher": "up", "down": "down", "quieter": "down", "lower": "down"}
WAY = {FindingKind.TRACK_TOO_QUIET: "up", FindingKind.TRACK_TOO_LOUD: "down"}


def _said_in(a: Asked, text: str) -> bool:
    return re.search(rf"\b{re.escape((a.said or a.word).lower())}", text.lower()) is not None


def _sides(focus: Focus) -> tuple[tuple[Asked, str | None], tuple[Asked, str | None]] | None:
    """The two parts offered, each with the way its move goes ("come up", "go down"), when each side of the
    question's one "or" names one part of its own and at least one side names a way."""
    parts = re.split(r"\bor\b", focus.intent.question, flags=re.IGNORECASE)
    if len(parts) != 2:
        return None
    found = [a for a in focus.asked if a.tracks]
    sides = []
    for text in parts:
        inside = [a for a in found if _said_in(a, text)]
        if len(inside) != 1:
            return None
        goes = GOES.search(text)
        sides.append((inside[0], asked_way(text) or (WAYS[goes.group("way").lower()] if goes else None)))
    (a, way_a), (b, way_b) = sides
    if a is b or (way_a is None and way_b is None):
        return None
    return (a, way_a), (b, way_b)


def _fault(ctx: MixContext, a: Asked) -> Finding | None:
    tracks = {rt.name for rt in a.tracks}
    return next(
        (f for f in ctx.problems if f.kind in WAY and f.is_problem and not f.is_lean and f.track in tracks),
        None,
    )


def _quoted(a: Asked) -> str:
    """One track by its name; several by the asker's own word for them ("the guitars"), not a long list."""
    return a.tracks[0].quoted if len(a.tracks) == 1 else f"the {a.said or a.word}"


def move_either(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """``ans`` opened with the side picked of two moves offered on two parts; ``ans`` itself for any other
    question, or an answer that does not open with a bare yes or no."""
    sides = _sides(focus) if MOVE_ASKED.search(focus.intent.question) else None
    s = focus.session
    if sides is None or not s or opening(ans.text) is None:
        return ans
    limit = EXPLAIN_WORDS if focus.intent.explain else MAX_WORDS
    for (part, way), (other, other_way) in (sides, sides[::-1]):
        fault = _fault(ctx, part)
        if fault is None:
            continue
        own = WAY[fault.kind]
        move = recipe(fault, s)
        said = first_sentence(fault.summary)
        if way not in (None, own):
            head = f"Neither: {_quoted(part)} needs to come {own}, not {way}. {said}"
        else:
            tail = f" {other_way}" if other_way else ""
            head = f"{_quoted(part)} {own}, not {_quoted(other)}{tail}: {lower_first(said)}"
        return Answer(fit([head, move.try_text, move.check_text], limit, keep=2), [move], fault)
    (a, _), (b, _) = sides
    head = f"Neither: nothing I measured says {_quoted(a)} or {_quoted(b)} should move."
    elsewhere = next(
        (f for f in ctx.problems if f.track and f.is_problem and not f.is_lean and f.kind in RECIPES), None
    )
    if elsewhere is None:
        return Answer(head)
    move = recipe(elsewhere, s)
    said = f"What is off: {lower_first(first_sentence(elsewhere.summary))}"
    return Answer(fit([head, said, move.try_text, move.check_text], limit, keep=3), [move], elsewhere)
