"""A how-to and then a yes/no in one message ("how do i make the kick knock harder and is the bass ok?"): each
question answered on its own, the how first, then the state, in the order asked.

Why: the router reads the whole message as one question, and the yes/no half wins its form, so the asker got
"Yes: nothing I measured says 'Kick' is too low", a verdict on a level nobody asked about, and no how at all. An
engineer answers both: the move for the first ("put a compressor on 'Kick' ..."), then "And is the bass ok? Yes:
...". ``model.two_asks`` covers the other order (a state, then a move asked about)."""

from __future__ import annotations

import re
from dataclasses import replace

from companion.context import MixContext
from model.focus import Focus
from model.intent import Wants, classify
from model.phrasing import MAX_WORDS, Answer, Composer, fit, split_sentences
from model.two_asks import split_asks

HOW_OPENING = re.compile(
    r"^\W*(so |ok |okay |hey )?(how (do|can|should|would|could|to)|what'?s the best way)\b", re.I
)
"""A first question that asks how ("how do i ...", "what's the best way to ...")."""
SECOND_SENTENCES = 2
"""The second answer's verdict and the measured reason behind it; the rest of the room goes to the how."""


def how_then_state(ctx: MixContext, focus: Focus, ans: Answer, compose: Composer) -> Answer:
    """Both answers in the order asked when ``focus`` asks how and then yes or no; ``ans`` otherwise."""
    asks = split_asks(focus.intent.question)
    if asks is None or not HOW_OPENING.match(asks[0]):
        return ans
    first_q, second_q = asks
    if (
        classify(first_q, ctx.history).wants != Wants.HOW_TO
        or classify(second_q, ctx.history).wants != Wants.JUDGE
    ):
        return ans
    how = compose(replace(ctx, question=first_q))
    state = compose(replace(ctx, question=second_q))
    if split_sentences(state.text)[:1] == split_sentences(how.text)[:1]:
        return how  # "how do i glue the band? is bus comp the way?": one lesson answers both, said once
    said = second_q.strip().rstrip("?").strip()
    second = f"And {said}? {' '.join(split_sentences(state.text)[:SECOND_SENTENCES])}"
    body = fit(split_sentences(how.text), max(MAX_WORDS - len(second.split()), 40), keep=2)
    # two long first sentences: the second's verdict alone
    if len(body.split()) + len(second.split()) > MAX_WORDS:
        second = f"And {said}? {split_sentences(state.text)[0]}"
    moves = [*how.moves, *(m for m in state.moves if m not in how.moves)]
    return Answer(f"{body} {second}", moves, how.first or state.first)
