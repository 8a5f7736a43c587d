""" "how do i give the drums a bit of room sound so they stop sounding so dry n boxy ... what reverb n what settings":
a reverb asked for dryness, with a tone word said beside it.

Why: the tone word ("boxy") became the question's complaint, so the answer was its EQ dip and never named a reverb,
though the reverb and its settings were what was asked. An engineer gives the room first (the reverb's craft, on
the user's track), then says a room cures the dryness and not the tone, and keeps the tone's own measured answer
after it. A level fault on the part keeps its own answer (the fader comes before any reverb).
"""

from __future__ import annotations

import re
from dataclasses import replace

from companion.context import MixContext
from model.answer_knowledge import technique_answer
from model.evidence import TRACK_LEVEL_KINDS
from model.focus import Focus
from model.intent import Wants
from model.phrasing import MAX_WORDS, Answer, fit, lower_first, split_sentences

DRY = re.compile(
    r"\b(dry|room sound|roomier|some room|a room|space around|no space|ambien\w*)\b", re.IGNORECASE
)
"""The dryness a reverb is asked to cure, in the asker's words."""
_REVERB_SAID = re.compile(r"\b(reverb|verb|room|plate|hall)\b", re.IGNORECASE)
_IF_YOU_USE = "If you use one, "
"""How the reverb's craft opens for a "should I?"; asked how, the room is the way."""


def room_for_dry(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """``ans`` led by the reverb's craft when a reverb is asked how to use against dryness and the answer took the
    tone word instead; ``ans`` itself otherwise."""
    intent = focus.intent
    if (
        intent.technique != "reverb"
        or intent.wants != Wants.HOW_TO
        or intent.complaint in (None, "loud", "quiet", "clash")
        or not DRY.search(intent.question)
        or _REVERB_SAID.search(ans.text)
        or not focus.asked
        or any(not a.found for a in focus.asked)
    ):
        return ans
    names = {rt.name for a in focus.asked for rt in a.tracks}
    if any(f.kind in TRACK_LEVEL_KINDS and f.track in names for f in ctx.problems):
        return ans
    # the craft as asked with no tone word beside it: the room's settings, on the user's track
    craft = technique_answer(ctx, replace(focus, intent=replace(intent, complaint=None)), "reverb")
    # asked how, not whether: the room is the way, so no "if you use one"
    said = f"Use {craft.text.removeprefix(_IF_YOU_USE)}" if craft.text.startswith(_IF_YOU_USE) else craft.text
    word = intent.complaint
    tone = split_sentences(ans.text)[:2]
    cleared = [t for t in tone if t.startswith("Nothing I measured says")]
    moves = [t for t in tone if t not in cleared]
    if cleared and moves:  # the tone not measured: said first, its move only for an ear that still hears it
        note = [
            f"A room cures the dry sound, not the {word} one.",
            cleared[0],
            f"If you still hear it: {lower_first(moves[0])}",
        ]
    else:
        note = [f"A room cures the dry sound, not the {word} one: {lower_first(tone[0])}", *tone[1:]]
    text = fit([*split_sentences(said), *note], MAX_WORDS, keep=1)
    return replace(ans, text=text, moves=[*craft.moves, *ans.moves])
