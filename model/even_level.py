"""How to keep one part at a steady level ("how do i keep the bass at one steady level, some notes jump out n others
just vanish", "how do i even out the vocal", "make the vocal more consistent"): the part's own dynamics, asked as a
how.

Why: these words name no technique and no tone, so the router judged the part's average level ("It's fine: nothing
I measured says 'Bass' is out of line") and left the how unanswered. A part whose notes jump out and vanish is a
part with too much note-to-note range, which no fader position fixes; an engineer answers with the two tools for
it, in order: a compressor for the quick jumps (the settings real mixes used on that role), then riding the level
with volume automation for what is left, on the user's own track. A part at the wrong level overall gets its fader
named first (compressing a part 10 dB too loud still leaves it 10 dB too loud)."""

from __future__ import annotations

import re

from companion.context import MixContext
from model.answer_knowledge import _their_tracks, asked_role, settings
from model.focus import Focus
from model.intent import Wants
from model.phrasing import MAX_WORDS, Answer, first_sentence, fit, lower_first
from model.recipes import recipe

EVEN_ASKED = re.compile(
    r"\b(steady|steadier|evenly|even( it| them| that| this| things| her| him)? out|more even|evener|even level|consistent(ly)?|constant|uneven|"
    r"inconsistent|one (steady )?level|same level|level(s)? (all over|up and down|keeps?|jump)|all over the place|"
    r"up and down)\b",
    re.IGNORECASE,
)
JUMPS = re.compile(r"\b(jumps?|jumping|pops?|popping|sticks?|sticking|pokes?|poking) out\b", re.IGNORECASE)
DROPS = re.compile(r"\b(vanish\w*|disappear\w*|drops? out|dips? out|gets? lost)\b", re.IGNORECASE)
"""A level that will not stay put, said in an amateur's words; or ``JUMPS`` and ``DROPS`` both, "some notes jump out
n others just vanish" (one of them alone, "my voice disappears behind the strumming", is a part covered or low)."""
NAMED_SETTING = re.compile(r"\b(ratio|attack|release|threshold|knee)\b", re.IGNORECASE)
"""A compressor's own settings named ("ratio attack release etc"): those asked, not the evening out ("actual numbers"
for taming an uneven bass still wants the evening out)."""
HOW_FORMS = (Wants.HOW_TO,)
"""The form that asks for the way to do it ("how do i keep..."), not a verdict or "what do you hear there"."""
RIDE = (
    "Then ride what's left with volume automation (select the track, press V): pull odd loud notes down or lost "
    "ones up 1-3 dB."
)
"""The second tool: automation, for the swings a compressor should not be squashing (a quiet verse, a big fill)."""
THEN = "Then even out its note-to-note range: a compressor first, then automation."
AIM = "Set the threshold so the loudest notes get 3-6 dB of gain reduction and the quiet ones almost none."
"""How hard (common practice): enough to pull the jumps in, not so much that the part loses its punch."""
CHECK = "Check: every note should be heard in the mix, none poking out."
HEAD = "That's the part's note-to-note range, not its fader: even it out with a compressor first, then automation."


def asks_even_level(focus: Focus) -> bool:
    """True when the question asks how to keep one named part's level steady."""
    intent = focus.intent
    if (
        intent.wants not in HOW_FORMS
        or not intent.instruments
        # "how do i even that out, automation or a comp or what": the two tools offered are this answer's own
        or intent.technique not in (None, "compression", "automation")
    ):
        return False
    if intent.technique == "compression" and NAMED_SETTING.search(intent.question):
        return False  # "what comp settings for a steady vocal, ratio attack release?": the numbers asked lead
    if not focus.asked or not all(a.found and a.how != "inside" for a in focus.asked):
        return False
    if len(focus.asked) != 1:
        return False  # "my voice vanishes behind the strumming": two parts, one covering the other
    return uneven_said(intent.question)


def uneven_said(question: str) -> bool:
    """True when ``question`` says a level will not stay put: in so many words, or notes both jumping and dropping."""
    return bool(EVEN_ASKED.search(question) or (JUMPS.search(question) and DROPS.search(question)))


def even_level(ctx: MixContext, focus: Focus) -> Answer | None:
    """The compressor's settings on the part's own track and the ride after it; None for any other question."""
    if not asks_even_level(focus) or focus.session is None:
        return None
    role, _ = asked_role(focus)
    names = {rt.name for a in focus.asked for rt in a.tracks}
    fault = next((f for f in ctx.problems if f.track in names and not f.is_lean), None)
    parts, moves = [HEAD], []
    if fault is not None:  # "keep the bass steady" with it 10 dB over: the fader first, then the evening out
        move = recipe(fault, focus.session)
        parts = [f"First its fader: {lower_first(first_sentence(fault.summary))}", move.try_text, THEN]
        moves = [move]
    body = [settings("compression", role, ctx), AIM, RIDE, _their_tracks("compression", focus), CHECK]
    kept = [p for p in [*parts, *body] if p]
    return Answer(fit(kept, MAX_WORDS, keep=len(parts) + 3), moves, fault)
