"""A part measured in place that the user wants louder or quieter anyway ("what if i want it louder tho", "i
like the rhodes a bit quieter"): the choice granted, with a small move that way and how to judge it.

Why: the route for "is it too quiet?" answered "No: nothing I measured says 'Rhodes' is too low", a verdict nobody
asked for; the user already heard it and said what they want. An engineer says it's their call, that the part
sits inside the range real mixes use so there is room for taste, and gives a small step (2 dB) to try, judged at
a moderate level with the lead still on top. A part with a level fault keeps its own answer (its fault first)."""

from __future__ import annotations

import re

from companion.context import MixContext
from model.evidence import TRACK_LEVEL_KINDS
from model.focus import Focus
from model.moves import fader
from model.phrasing import MAX_WORDS, Answer, fit, names

WANT_WAY = re.compile(
    r"\b(i|we) (really |just |kinda |kind of )?(want|like|prefer|wanna|would like|'d like|d like)\b[^?.!]{0,25}?"
    r"\b(?P<way>louder|quieter|softer|hotter|higher|lower|up|down|more up front|further back|back)\b",
    re.IGNORECASE,
)
"""A way the user wants a part to go, said as their wish ("i want it louder", "what if we like the pad up")."""
_STATE_Q = re.compile(r"\btoo (much|loud|hot|quiet|low|soft)\b", re.IGNORECASE)
"""The state asked beside the wish ("i want the vocal louder, is it too quiet?"): answered no first."""
_UP = ("louder", "hotter", "higher", "up", "more up front")
STEP_DB = 2.0
"""A step a listener hears without it changing the balance's order: a taste move, not a fix."""


def taste_room(ctx: MixContext, focus: Focus) -> Answer | None:
    """The wish granted with a small move that way; None without a wish, a part found, or with a level fault."""
    m = WANT_WAY.search(focus.intent.question)
    tracks = list(focus.tracks)
    if m is None or ctx.analysis is None or not tracks or focus.session is None:
        return None
    named = {rt.name for rt in tracks}
    if any(f.kind in TRACK_LEVEL_KINDS and f.is_problem and f.track in named for f in ctx.problems):
        return None  # a fault on it leads, and a push-back on that fault has its own answer
    up = m.group("way").lower() in _UP
    move = fader(tracks[0], STEP_DB if up else -STEP_DB, "your call: a small step the way you want it")
    lead = next((rt for rt in focus.session.tracks if rt.role == "lead_vocal"), None)
    keep = (
        f" and check {lead.quoted} still sits on top"
        if up and lead is not None and lead.name not in named
        else ""
    )
    asked = _STATE_Q.search(focus.intent.question) is not None  # "..., is it too quiet?": its no first
    head = "No, but it's your call:" if asked else "Your call:"
    parts = [
        f"{head} nothing I measured says {names(sorted(named))} is out of line, so there's room for taste.",
        f"{move.try_text} Judge it at a moderate level{keep}; if it feels like the record you want, keep it.",
    ]
    return Answer(fit(parts, MAX_WORDS, keep=2), [move], None)
