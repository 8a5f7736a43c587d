""" "What number should I set it to?" after an answer that gave a move ("is the reverb too much?" -> bring the
'Vox Verb' fader down about 3 dB): the size of that move, from its card, not a lesson on the technique.

Why: a follow-up asking for the number borrows its subject (the reverb) from the question before, and the
technique's knowledge answers it generically, while the number the user wants was in the last answer's move.
The earlier question is answered again on the same measurements, so the size said is the card's own number.
"""

from __future__ import annotations

import re
from dataclasses import replace

from companion.context import MixContext
from model.focus import Focus
from model.intent import Wants, classify
from model.phrasing import MAX_WORDS, Answer, Composer, fit, lower_first
from model.recipes import Move, size_head

SIZED = ("delta_db", "gain_db")
"""Card parameters that carry a move's size."""


def _sized(moves: list[Move]) -> Move | None:
    return next(
        (m for m in moves if m.suggestions and any(k in m.suggestions[0].params for k in SIZED)), None
    )


def _against(question: str, move: Move) -> bool:
    """True when ``question`` asks the opposite way to ``move``'s size ("how far up?" after a cut)."""
    sugg = move.suggestions[0]
    size = next((float(sugg.params[k]) for k in SIZED if k in sugg.params), 0.0)
    if re.search(r"\b(down|lower|cut|pull|drop|back)\b", question, re.IGNORECASE):
        return size > 0
    if re.search(r"\b(up|raise|boost|push|louder)\b", question, re.IGNORECASE):
        return size < 0
    return False


def move_number(ctx: MixContext, focus: Focus, ans: Answer, compose: Composer) -> Answer:
    """The size of the move the last answer led with, when a how-much follow-up with no subject of its own got no
    move, or another move than that one ("how far down does that go?" after the fader led and an EQ dip followed);
    ``ans`` otherwise, and when the follow-up asks the other way."""
    intent = focus.intent
    history = ctx.history
    if intent.wants != Wants.HOW_MUCH or not intent.follow_up or len(history) < 2:
        return ans
    own = classify(intent.question)  # its own words, before the earlier question's subject is borrowed
    if ans.moves and (own.instruments or own.complaint or own.technique):
        return ans  # "how much on the vocal?": a subject of its own, sized by its own answer
    said, asked = history[-1], history[-2]
    if said.role != "assistant" or asked.role != "user":
        return ans
    before = compose(replace(ctx, question=asked.content, history=history[:-2]))
    move = _sized(before.moves)
    if move is None or move.try_text.split(". ")[0].lower() not in said.content.lower():
        return ans  # the last answer gave no sized move (or another one): the answer stands
    if ans.moves and ans.moves[0].suggestions[:1] == move.suggestions[:1]:
        return ans  # "how much?" re-answered with the move the last answer led with: it stands as it is
    if ans.moves and _against(intent.question, move):
        return ans  # "how far up?" after a cut: not that move
    text = fit([f"{size_head(move)} {lower_first(move.try_text)}", move.check_text], MAX_WORDS, keep=1)
    return Answer(text, [move], before.first)
