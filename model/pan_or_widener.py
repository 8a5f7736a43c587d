""" "Is it just panning or do i need a widener plugin?": the two ways to width, offered as a choice.

Why: the question reads as one about panning, and got panning's general lesson ("Panning spreads sounds left to
right..."), which never says which of the two to reach for. An engineer picks: panning first, since most of a
mix's width is where its parts sit, and a widener only on a part that is mono at its source, a little, checked in
mono. The mix's own stereo reading follows when it was measured, so the choice rests on this mix, not a rule alone.
"""

from __future__ import annotations

import re

from companion.context import MixContext
from model.focus import Focus
from model.phrasing import EXPLAIN_WORDS, MAX_WORDS, Answer, fit

_PAN = r"pann?(ing|ed)?|the pan (knob|pots?)|pan pots?"
_WIDENER = (
    r"(stereo )?widen(er|ers|ing)( plug-?ins?)?|imager|stereo (enhancer|imager|spreader)|mid[- /]side( plug-?in)?|"
    r"haas( effect| trick)?"
)
PAN_OR_WIDENER = re.compile(
    rf"\b({_PAN})\b.{{0,40}}\bor\b.{{0,40}}\b({_WIDENER})\b|\b({_WIDENER})\b.{{0,40}}\bor\b.{{0,40}}\b({_PAN})\b",
    re.IGNORECASE,
)
"""Panning and a widener offered as the two ways ("is it just panning or do i need a widener plugin",
"widener or pan stuff out?")."""


def pan_or_widener(ctx: MixContext, focus: Focus) -> Answer | None:
    """Panning first, a widener only on a part mono at its source; None when the two are not offered."""
    if not PAN_OR_WIDENER.search(focus.intent.question):
        return None
    parts = [
        "Panning first: most of a mix's width is where its parts sit (pairs spread left and right; kick, snare, "
        "bass and lead vocal in the middle).",
        "A widener is for one part mono at its source, not the mix bus: side up 2-3 dB at most, lows under 120 Hz "
        "kept mono.",
    ]
    a = ctx.analysis
    if a is not None and a.channels == 2:
        parts.append(
            f"Your mix reads correlation {a.stereo.correlation:.2f}, width {a.stereo.width:.2f} (0 is mono)."
        )
    parts.append(
        "Check in mono (the master's mono button) after each move: nothing should drop or go hollow."
    )
    limit = EXPLAIN_WORDS if focus.intent.explain else MAX_WORDS
    return Answer(fit(parts, limit, keep=2))
