""" "The snare lacks crack, would a transient shaper sort it?": a tool proposed for a feel no meter reads, on a
part whose level is fine.

Why: the answer was "No: nothing I measured says 'Snare' is too low", a denial of a claim nobody made, which read
as "no, the shaper won't help". The level is the one thing measured about punch; with it fine, what is left is
the shape of each hit, which is what the tool asked about is for. An engineer says so and sets it up.
"""

from __future__ import annotations

from dataclasses import replace

from companion.context import MixContext
from companion.knowledge.techniques import said_name, technique
from model.answer_craft import craft_answer
from model.evidence import track_evidence
from model.focus import Asked, Focus
from model.intent import Wants
from model.phrasing import MAX_WORDS, Answer, fit, lower_first, split_sentences
from model.tone_answer import nothing_sentence

FEEL_TOOLS: dict[str, tuple[str, ...]] = {
    "punch": ("transient_shaping", "parallel_compression", "saturation")
}
"""A feel no meter reads beyond the part's level, and the tools whose job it is (with a move of their own)."""
LEFT = {"punch": "the shape of each hit is"}
"""What is left to blame once the level is cleared."""


def tool_for_feel(ctx: MixContext, focus: Focus, asked: Asked) -> Answer | None:
    """ "It can:" with the level cleared and the tool's move on the part; None unless the question asks whether a
    tool for its feel would help, on one part of one track with nothing measured off on it."""
    intent = focus.intent
    name = intent.technique
    complaint = intent.complaint or ""
    if intent.wants != Wants.JUDGE or name not in FEEL_TOOLS.get(complaint, ()) or not technique(name).move:
        return None
    if len(focus.asked) != 1 or len(asked.tracks) != 1 or focus.session is None or ctx.analysis is None:
        return None
    ev = track_evidence(ctx, asked.tracks[0])
    # a fault on the part, or another part covering it, keeps the part's own route ("Not first:")
    if any(ev.name in (f.track, f.evidence.get("other_track")) for f in ctx.problems if not f.is_lean):
        return None
    craft = craft_answer(ctx, replace(focus, intent=replace(intent, wants=Wants.HOW_TO)), name)
    nothing = lower_first(nothing_sentence(ev, complaint)).rstrip(".")
    head = f"It can: {nothing}, so the level isn't what's missing; {LEFT[complaint]}, and that's {said_name(name)}'s job."
    return replace(craft, text=fit([head, *split_sentences(craft.text)], MAX_WORDS, keep=2))
