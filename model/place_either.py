"""A choice between a master process and a part ("is it the master eq or the guitars?"). Naming a plug-in on the
master makes it read like a should-question about EQ, but it is a question of where the fault lives: the answer
opens with the side that is measured (the part's fault, or the whole mix's finding), or with "Neither" and the part
that is measured off instead, never with a paragraph on the technique."""

from __future__ import annotations

from dataclasses import replace

from companion.context import MixContext
from model.blamed_location import either_answer, part_side
from model.focus import Focus
from model.phrasing import MAX_WORDS, Answer, first_sentence, fit, lower_first
from model.recipes import recipe


def place_or_part(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """``ans`` replaced by the measured side of a master-process-or-part choice when the question was read as a
    should-question (the choice ``model.blamed_location.located`` answers otherwise); unchanged when not."""
    intent = focus.intent
    if ctx.analysis is None or not intent.should or not focus.session:
        return ans
    side = part_side(focus, intent.question)
    if side is None:
        return ans
    judged = replace(focus, intent=replace(intent, should=False))
    out = either_answer(ctx, judged, ans, *side)
    if out is not ans:
        return out
    fault = next((f for f in ctx.problems if f.track is not None and f.is_problem and not f.is_lean), None)
    if fault is None:
        return ans
    move = recipe(fault, focus.session)
    said = first_sentence(fault.summary)
    named = "" if said.startswith(f"{fault.track!r}") else f"it's {fault.track!r}: "
    lead = f"Neither, first: {named}{lower_first(said)}"
    return Answer(fit([lead, move.try_text, move.check_text], MAX_WORDS, keep=2), [move], fault)
