""" "And the other one?", "what about the other guitar" after an answer on one track of a pair: the other track of
that part, asked what the last question asked, answered on its own meter.

Why: "the other one" names no part the session knows, so the follow-up kept the last question's part, and "and
the other one?" after "is the left guitar too loud?" said "Yes: 'Gtr L' sits about 9 dB louder ..." again; after
"which guitar is louder" it said "No, the opposite: 'Gtr L' ...". An engineer hears "the other one" as the
part's other track ('Gtr R') and answers the same question on it: "No: 'Gtr R' sits ... I'd leave it".
"""

from __future__ import annotations

import re
from dataclasses import replace

from companion.context import MixContext
from model.earlier_answer import earlier_answer
from model.focus import Focus, name_words, understand
from model.intent import Wants, classify, previous_question
from model.phrasing import Answer, Composer
from model.session_view import SessionView
from model.tone_answer import SAID

OTHER_ONE = re.compile(
    r"\b(the|that|ur|your|my)\s+other\s+(one|1|side|track|part|guitar|gtr|vocal|vox|drum|mic|synth|keys?)?\b",
    re.IGNORECASE,
)
"""The other track of the part just talked about: "and the other one?", "what about the other guitar"."""
SAME_ASK = re.compile(
    r"^\s*((and|n|an|but|so|ok|what about|how about|wbu|same (for|with))\b[\s,]*)*", re.IGNORECASE
)
"""A follow-up that asks nothing of its own ("and the other one?", "what about the other side"): the last ask."""


def _led_track(ans: Answer) -> str | None:
    """The track the last answer led with: its finding's, else its first card's."""
    if ans.first is not None and ans.first.track:
        return ans.first.track
    return next((s.track for s in ans.suggestions if s.track), None)


def other_one(ctx: MixContext, focus: Focus, ans: Answer, compose: Composer) -> Answer:
    """The last question asked again of the other track of its part, when the question points at "the other
    one"; ``ans`` otherwise."""
    m = OTHER_ONE.search(focus.intent.question)
    if m is None or focus.session is None or (before := previous_question(ctx.history)) is None:
        return ans
    session: SessionView = focus.session
    asked_before, history = before
    earlier_focus = understand(classify(asked_before, history, names=name_words(session)), session)
    earlier = earlier_answer(ctx, compose)
    led = _led_track(earlier) if earlier is not None else None
    family = [rt for a in earlier_focus.asked for rt in a.tracks]
    if not family:
        return ans
    roles = {rt.role for rt in family if rt.name == led} or {family[0].role}
    named = {rt.name for rt in family} if len(family) == 1 else {led or family[0].name}
    others = [rt for rt in session.by_roles(*roles) if rt.name not in named] if None not in roles else []
    if len(others) != 1:
        return ans
    other = others[0].name
    rest = focus.intent.question[: m.start()] + focus.intent.question[m.end() :]
    own_ask = bool(re.sub(SAME_ASK, "", rest).strip(" ?!.,"))  # "is the other one too quiet?"
    if own_ask:  # "is the other one too quiet?": this question, asked of that track
        question = focus.intent.question[: m.start()] + f"the {other}" + focus.intent.question[m.end() :]
    elif earlier_focus.intent.wants == Wants.JUDGE and earlier_focus.intent.complaint in SAID:
        # "is the left guitar too loud?" -> "is the Gtr R too loud?": the last claim, on the other track
        question = f"is the {other} {SAID[earlier_focus.intent.complaint or '']}"
    else:
        question = f"how does the {other} sound"
    return compose(replace(ctx, question=question, history=ctx.history))
