"""The answer the last question got, rebuilt from the conversation: what a follow-up that leans on it ("why?",
"and if that doesn't work?") reasons from. Rebuilt rather than stored so that it is the answer to the same
measurements the follow-up is asked on."""

from __future__ import annotations

from dataclasses import replace

from companion.context import MixContext
from model.intent import previous_question
from model.phrasing import Answer, Composer


def earlier_answer(ctx: MixContext, answer_of: Composer) -> Answer | None:
    """The last question's answer (``answer_of`` is ``model.answer.compose``, passed in so no router is imported),
    or None when the conversation holds no earlier question."""
    asked = previous_question(ctx.history)
    if asked is None:
        return None
    question, history = asked
    return answer_of(replace(ctx, question=question, history=history))
