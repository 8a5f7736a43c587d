"""A "how much" level move asked with no part named: "how much should I cut?", or "how much should I cut the" whose
part's name got lost before it was sent. The size answers the way asked: the part measured to need that move, with
its number; when nothing measured needs a move that way, the answer says so and names what goes the other way,
never a boost handed to a "cut" question as its size. A question that stops at "the" or "my" is told so: an
engineer asks which part was meant while naming the measured candidate."""

from __future__ import annotations

import re

from companion.context import MixContext
from model.asked_direction import asked_way, move_way
from model.evidence import ranked_problems
from model.focus import Focus
from model.intent import Wants
from model.intent_forms import hz_move
from model.phrasing import EXPLAIN_WORDS, MAX_WORDS, Answer, first_sentence, fit, lower_first
from model.recipes import recipe, size_head

_LOST = re.compile(r"\b(the|my|a|an|our|your)\s*[?.!,]*\s*$", re.IGNORECASE)
"""A question that ends on an article or a possessive: the word after it (the part's name) never arrived."""


def lost_name(question: str) -> str | None:
    """The last word of ``question`` when it is an article or possessive left with no noun ("the"), else None."""
    m = _LOST.search(question)
    return m.group(1).lower() if m else None


def unnamed_amount(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """``ans`` to "how much should I cut/boost (the)?" with no part named, led by a measured move the way asked."""
    intent = focus.intent
    way = asked_way(intent.question)
    if (
        intent.wants != Wants.HOW_MUCH
        or way is None
        or intent.instruments
        or intent.about_master
        or intent.technique
        or hz_move(intent.question)
        or focus.session is None
        or ctx.analysis is None
    ):
        return ans
    lost = lost_name(intent.question)
    note = f"Your question stops at '{lost}', so the part's name got lost." if lost else ""
    limit = EXPLAIN_WORDS if intent.explain else MAX_WORDS
    if intent.complaint is not None or not ans.moves or move_way(ans.moves[0]) in (way, None):
        # a level complaint ("how much do I turn down?") already answers the way asked; a move that way stands
        return Answer(fit([note, ans.text], limit, keep=2), ans.moves, ans.first) if note else ans
    verb = "cut" if way == "down" else "boost"
    problems = [p for p in ranked_problems(ctx, focus.session) if not p.is_lean]
    moves = [(p, recipe(p, focus.session)) for p in problems]
    asked = next(((p, m) for p, m in moves if move_way(m) == way), None)
    first = ans.first if ans.first is not None else (problems[0] if problems else None)
    if asked is not None:
        p, move = asked
        parts = [
            note,
            f"{size_head(move)} {lower_first(move.try_text)}",
            first_sentence(p.summary),
            move.check_text,
        ]
        if first is not None and first is not p:
            parts.append(
                f"The bigger problem goes the other way, though: {lower_first(first_sentence(first.summary))}"
            )
        return Answer(fit(parts, limit, keep=3), [move], p)
    if first is None:
        return ans
    move = ans.moves[0] if ans.first is first else recipe(first, focus.session)
    parts = [note, f"Nothing I measured needs a {verb}; the opposite: {lower_first(first_sentence(first.summary))}",
             move.try_text, move.check_text]  # fmt: skip
    return Answer(fit(parts, limit, keep=3), [move], first)
