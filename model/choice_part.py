""" "Eq or just the fader?", "compressor or fader" right after a question about a part: the choice is about that
part, the one the last question named, as its own tool-or-fader either/or.

Why: a bare choice names no part, no complaint and no pronoun, so it was not taken as a follow-up: "eq or just
the fader" after "is the bass too loud?" (the bass 10 dB over) got the EQ lesson with cards on the hats and the
guitars. An engineer hears it as "for the bass, EQ or the fader?" and answers "It's the fader, not the EQ: ...".
"""

from __future__ import annotations

from dataclasses import replace

from companion.context import Turn
from model.intent import Intent, NameWords, Wants, classify, previous_question
from model.tool_or_fader import offered


def choice_part(intent: Intent, question: str, history: tuple[Turn, ...], names: NameWords = ()) -> Intent:
    """``intent`` about the previous question's parts when ``question`` only offers a tool against the fader."""
    if intent.follow_up or intent.instruments or intent.about_master or offered(question) is None:
        return intent
    if (before := previous_question(history)) is None:
        return intent
    earlier = classify(before[0], before[1], names=names)
    if not earlier.instruments:
        return intent
    return replace(
        intent,
        instruments=earlier.instruments,
        mentions=earlier.mentions,
        topic=earlier.topic,
        complaint=intent.complaint or earlier.complaint,
        wants=Wants.JUDGE,
        follow_up=True,
    )
