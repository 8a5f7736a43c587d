""" "The mix is muddy, should I EQ the master?": a tool proposed for a whole-mix tone, judged by whether the tone
is measured.

Why: with no part at fault, the question fell through to the technique's lesson ("EQ makes room: ..."), which
never says whether to do it, and its cards were the other lean's (a 3 kHz dip offered for mud). An engineer answers
the plan with what they hear: the mud isn't there, so no master EQ for it (and what does stand out); the build-up
is there, so yes, a gentle EQ dip, or, for a compressor or a multiband, that a tone build-up is an EQ's job first.
"""

from __future__ import annotations

from dataclasses import replace

from companion.context import MixContext
from companion.knowledge.techniques import said_name
from model.answer_master import TONAL, master_answer
from model.focus import Focus
from model.intent import Wants
from model.phrasing import MAX_WORDS, Answer, capital, fit, lower_first, split_sentences
from model.verdict_opening import opening

TOOL_WORDS = {"eq": "an EQ", "compression": "a compressor", "limiting": "a limiter", "gating": "a gate"}
"""The tool as said after "reach for", where the catalogue's name is a practice ("compression")."""
DENIED = ("No", "Not really", "Not", "It's fine")
"""A base verdict that says the tone asked about is not measured."""


def _tool(technique: str) -> str:
    return TOOL_WORDS.get(technique) or said_name(technique) or technique


def tool_for_complaint(ctx: MixContext, focus: Focus) -> Answer | None:
    """The yes/no on a tool for a whole-mix tone complaint, from that tone's measured verdict; None when the
    question names a part, asks how (not whether), or the tone is not one the mix's spectrum measures."""
    intent = focus.intent
    if (
        intent.technique is None
        or intent.instruments
        or intent.wants != Wants.JUDGE
        or intent.complaint not in TONAL
        or ctx.analysis is None
    ):
        return None
    # the plan stands or falls with the yes/no on the tone itself: answered as "is the mix muddy?" is
    asked = replace(intent, technique=None, question=f"is the mix {intent.complaint}?")
    base = master_answer(ctx, replace(focus, intent=asked))
    m = opening(base.text)
    if m is None:
        return None
    body = base.text[m.end() :]
    tool = _tool(intent.technique)
    if m.group("verdict") in DENIED:
        head = f"I wouldn't reach for {tool} for that: {lower_first(body)}"
    elif intent.technique == "eq":
        head = f"Yes, gently, and best on the parts that carry it: {lower_first(body)}"
    else:
        head = f"Not {tool} first: a tone build-up is an EQ's job, a dip where it builds. {capital(body)}"
    return replace(base, text=fit(split_sentences(head), MAX_WORDS, keep=2))
