""" "Can you just do it?", "do it for me", "apply that" after an answer with a move: how the move gets made (the
card's Apply, one undo step), with that move's card, not the verdict said again.

Why: the request names no part and no problem, so it was read as a new question on the mix and got the last
answer again ("Yes: 'Bass' sits ...", "On the mix: ..."), which never says that the advisor doesn't touch the
session itself and the card is how the move lands. An engineer answers the request: "Yes: press Apply on the
card ...", the same card.
"""

from __future__ import annotations

import re

from companion.context import MixContext
from model.earlier_answer import earlier_answer
from model.focus import Focus
from model.phrasing import Answer, Composer, lower_first

DO_IT = re.compile(
    r"^\W*((ok|okay|so|and|pls|please|yeah|yes|cool)\b[\s,]*)*"
    r"((can|could|will|would) (you|u|ya) (just |please |pls )?(do|fix|change|apply|make|set) (it|that|this|them|those)"
    r"( for me| 4 me| then)?|(just |pls |please )?(do|apply|fix) (it|that|this)( for me| 4 me|)? ?(then|pls|please)?)"
    r"\W*$",
    re.IGNORECASE,
)
"""The move just given asked to be made for the user: "can you just do it?", "do it for me", "apply that pls"."""


def do_it(ctx: MixContext, focus: Focus, ans: Answer, compose: Composer) -> Answer:
    """How the last answer's move is made (its card's Apply), with that card; ``ans`` for any other question or
    when the last answer gave no move."""
    if not DO_IT.search(focus.intent.question) or not ctx.history:
        return ans
    before = earlier_answer(ctx, compose)
    if before is None:
        return ans
    if not before.moves:  # nothing was proposed: nothing to make, and none needed when nothing measures off
        if list(ctx.problems):
            return ans
        return Answer(
            "Nothing to do: nothing measured needs a move, so the last answer gave none. Tell me what you'd like "
            "more of (punch, vocal, width) and I'll give you a card for it."
        )
    move = before.moves[0]
    step = lower_first(move.try_text.split(";")[0].rstrip("."))
    return Answer(
        f"Yes: press Apply on the card and it's done: {step}. It lands in REAPER as one named undo step, so Undo "
        f"takes it back if you don't like it. {move.check_text}",
        [move],
        before.first,
    )
