"""A yes/no on a part, then one on the whole mix, in one message ("vocal too loud? also is the mix too bright?"):
both answered, in the order asked (the mix first, then a part, is ``model.mix_then_part``'s).

Why: the router reads the whole message as one question and answers the first subject it finds, so the second
question ("is the mix too bright?") went unanswered. An engineer answers the first (its verdict, what was
measured, the move) and then the second in a sentence or two ("As for the mix: ..."). Each half is answered on
its own by the same advisor on the same measurements, so every number in it is one its own answer would say. A
move asked second ("..., should i compress it?") is ``model.two_asks``'s; one subject asked twice is left alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from companion.context import Finding, MixContext
from model.focus import Focus
from model.intent import Intent, Wants, classify
from model.phrasing import (
    MAX_WORDS,
    Answer,
    Composer,
    capital,
    first_sentence,
    fit,
    lower_first,
    split_sentences,
)
from model.two_asks import MOVE_ASK, OPENING, YES_NO, split_asks

PRONOUN = re.compile(r"\b(it|its|it's|they|them|their|that|this|those|these|em)\b", re.IGNORECASE)
"""A second question about the same part by a pronoun ("is it too quiet?")."""
WHOLE = re.compile(
    r"\b(mix|song|track|master|whole|everything|overall|low end|top end|loudness)\b", re.IGNORECASE
)
"""The whole mix named in the second question ("is the mix too bright?")."""
FIRST_KEEP = 3
"""Sentences kept of the first answer: its verdict and finding, the move, the move's check."""
SECOND_KEEP = 2
"""Sentences kept of the second answer: its verdict and finding, and its move."""


def _plain_state(intent: Intent) -> bool:
    """A yes/no on a state, no move nor technique asked."""
    return intent.wants == Wants.JUDGE and not intent.should and intent.technique is None


def _same(a: Finding, b: Finding) -> bool:
    """The same finding led both halves (its kind, on the same track)."""
    return (a.kind, a.track) == (b.kind, b.track)


def both_states(ctx: MixContext, focus: Focus, ans: Answer, compose: Composer) -> Answer:
    """``ans`` replaced by the first question's answer followed by the second's, when the message asks a yes/no
    on a part and then one on the whole mix; ``ans`` otherwise."""
    if not _plain_state(focus.intent):
        return ans
    asks = split_asks(focus.intent.question)
    if asks is None or MOVE_ASK.match(asks[1]) or not YES_NO.search(asks[0]):
        return ans
    one, two = classify(asks[0], ctx.history), classify(asks[1], ctx.history)
    if not (_plain_state(one) and _plain_state(two)):
        return ans
    # two parts, or the mix first ("too loud for spotify, and is the bass ok?"): mix_then_part's
    if not one.instruments or two.instruments:
        return ans
    if PRONOUN.search(asks[1]) and not WHOLE.search(asks[1]):
        return ans  # "can you even hear the bass? is it too quiet?": the same part, asked again
    first = compose(replace(ctx, question=asks[0]))
    second = compose(replace(ctx, question=asks[1]))
    head = split_sentences(first.text)[:FIRST_KEEP]
    opened = OPENING.match(second.text)
    verdict = opened.group("verdict").lower() if opened else ""
    body = second.text[opened.end() :] if opened else second.text
    # what the first half already said (its fault, its move) is not said twice
    said = [x for x in split_sentences(body) if x and lower_first(x).lower() not in " ".join(head).lower()]
    # "What does stand out: 'Kick' sits ...": the first half's fault, said already
    if first.first is not None:
        known = first_sentence(first.first.summary).rstrip(".")
        said = [x for x in said if known not in x]
    if not said:
        return ans
    lead = second.first
    agrees = not verdict.startswith(("no", "not", "nothing", "neither"))
    if agrees and lead is not None and first.first is not None and _same(first.first, lead):
        # "vocal too loud? also is the mix too bright?" with the vocal's fader behind both: said once
        tail = [
            f"As for the mix: {verdict or 'yes'}, and that same fader comes first.",
            *map(capital, said[:1]),
        ]
    else:
        verdict_said = f"{verdict}: " if verdict else ""
        tail = [f"As for the mix: {verdict_said}{lower_first(said[0])}", *said[1:SECOND_KEEP]]
    moves = [*first.moves, *(m for m in second.moves if m not in first.moves)]
    text = fit([*head, *tail], MAX_WORDS, keep=len(head) + 1)
    return Answer(text, [m for m in moves if m.try_text in text or m in first.moves], first.first)
