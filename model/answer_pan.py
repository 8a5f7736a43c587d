"""Where a part sits left to right, asked about its own pan: "is the bass in mono?" (its pan, and the mix's low-end
correlation) and "are the hats panned too far?" (its pan against MixologyDB's pans for the role). Both come before
the level answers, which would otherwise read a pan question as "is it too loud?"."""

from __future__ import annotations

import re

from companion.context import MixContext
from model.answer_craft import known_answer
from model.answer_knowledge import asked_role
from model.focus import Focus
from model.intent_forms import CENTRE_OR_SIDE, MONO_Q
from model.pan_amount import MONO_ROLES, mono_part_answer, pan_amount_verdict
from model.part_width import part_width_answer
from model.phrasing import MAX_WORDS, Answer, fit, split_sentences


def pan_answer(ctx: MixContext, focus: Focus, level_first: bool) -> Answer | None:
    """The pan answer for a question about a part's place in the stereo field, or None (also when a level fault
    asked about must come first: ``level_first``)."""
    intent = focus.intent
    if level_first:
        return None
    # "... or can i nudge it off to one side a bit for width?": the width is the pan's purpose, not a complaint
    offered = (
        re.search(rf"\bmono\b.{{0,12}}\bor\b.{{0,30}}\bpan|{CENTRE_OR_SIDE}", intent.question, re.I)
        is not None
    )
    free = intent.complaint is None or (offered and intent.complaint in ("narrow", "lopsided"))
    if intent.instruments and free and MONO_Q.search(intent.question):
        _, rt = asked_role(focus)  # "is the bass in mono?": where it sits, not its level
        if rt is not None and rt.role in MONO_ROLES:
            a = ctx.analysis
            low = a.stereo.low_end_correlation if a is not None and a.channels == 2 else None
            return Answer(mono_part_answer(rt, low, offered), [], None)
    if (width := part_width_answer(ctx, focus)) is not None:
        return width  # "are the hats mono?", "is the piano too wide?": what the session shows, not a level
    if intent.technique == "panning":
        role, rt = asked_role(focus)
        # "is the organ panned wide enough?"
        if (placed := pan_amount_verdict(intent.question, role, rt)) is not None:
            known = known_answer(ctx, focus, "panning")
            if placed in known.text:
                return known
            # "is the fiddle too far left?" on a part with no pan figures: the verdict first, the figures after
            return Answer(fit([placed, *split_sentences(known.text)], MAX_WORDS), known.moves, known.first)
    return None
