"""The 80s gated snare asked for ("want that massive 80s gated snare verb thing, how do i build it in reaper, what
settings on the verb n the gate"): a big, bright reverb on its own track, chopped off by a gate after it.

Why: the question fell to the gate's share in real mixes ("On snares, 25% were gated ...") and what a gate does to
bleed, which never says how the effect is made: the gate goes on the reverb's return, not on the snare. An engineer
names the trick, gives the reverb and the gate their settings in REAPER's own plug-ins, and says how to hear it
working."""

from __future__ import annotations

import re

from companion.context import MixContext
from model.focus import Focus
from model.intent import Wants
from model.phrasing import MAX_WORDS, Answer, fit

GATED_Q = re.compile(
    r"\bgated (\w+ )?(re)?verbs?\b|\bgated (snare|drums?|toms?)\b|\bgate(d)? (on |after )?(the |a |my )?(re)?verbs?\b|"
    r"\b(re)?verbs?\b[^?.]{0,40}\bgate(d)?\b[^?.]{0,20}\b(cut|chop|stop|kill)",
    re.IGNORECASE,
)
"""The gated reverb asked for by name ("gated snare verb", "gated reverb") or as a reverb cut off by a gate."""


def gated_reverb(ctx: MixContext, focus: Focus) -> Answer | None:
    """How to build a gated reverb in REAPER on the part asked (the snare by default); None when none is asked."""
    if focus.intent.wants not in (Wants.HOW_TO, Wants.JUDGE, Wants.WHAT_FIRST):
        return None
    if not GATED_Q.search(focus.intent.question):
        return None
    asked = [rt for a in focus.asked for rt in a.tracks]
    snares = list(focus.session.by_roles("snare")) if focus.session else []
    part = (asked or snares)[:1]
    said = part[0].quoted if part else "the snare"
    text = fit(
        [
            "That's a big, bright reverb chopped off by a gate, and the gate goes on the reverb, not the drum.",
            f"In REAPER, add a track with ReaVerbate (room size near full, dampening low, wet only) and send {said} "
            "to it.",
            "After the reverb on that track, put ReaGate: attack 0-1 ms, hold 150-300 ms (shorter at faster "
            "tempos), release 10-50 ms, threshold just low enough that every hit opens it (common practice).",
            f"Check: solo that track; each hit should give a short, dense burst that stops dead; then blend it under "
            f"the dry {said}.",
        ],
        MAX_WORDS,
        keep=3,
    )
    return Answer(text, [], None)
