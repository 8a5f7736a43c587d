"""The built-in advisor: answers like a MixAssist expert from the measured findings and the session, no weights.

Voice (from the MixAssist sessions): first person, casual, concise (about 40-120 words unless asked to
explain), decisive. It answers the question that was asked (``model.answer``): yes or no, the one move, the
cause or the size first, then the measured number and whose number it is, the move on the user's own track
with values, why, and how to check. It only states what was measured; where the master alone cannot tell (a
single instrument), it says so. Its suggestion cards are the same ones every backend gets (``model.cards``).
"""

from __future__ import annotations

from companion.context import Advice, MixContext
from model.answer import compose
from model.base import TokenSink
from model.prompt import build_grounding


class RulesAdvisor:
    """Answers from findings + snapshot with rules; always available, instant, deterministic."""

    name = "rules"

    def advise(self, context: MixContext, on_token: TokenSink | None = None) -> Advice:
        answer = compose(context)
        text = answer.text
        if context.clip is not None and context.clip.note:
            text += f" (I {context.clip.note}.)"
        if on_token is not None:
            on_token(text)
        return Advice(
            text=text, suggestions=answer.suggestions, backend=self.name, grounding=build_grounding(context)
        )
