""" "is it just too washy or is it too loud?": a plug-in's amount and the part's level offered as the two causes.

Why: the amount route answered the reverb half alone ("No: there's no reverb on 'Pad' at all"), which to an
either/or reads as "it's not the wash", and never said the part sits 10 dB over. When the part asked about is
measured at the wrong level, that side is the one an engineer names (balance comes first); with its level fine,
the amount answers as before."""

from __future__ import annotations

import re

from companion.context import MixContext
from model.focus import Focus
from model.settings_level import level_fault

LEVEL_OR = re.compile(
    r"\bor (is it |it'?s |is that |just |simply |more )*(too (loud|quiet|low|soft|hot|much in (the )?level)|"
    r"(the |its |it'?s )?(level|volume|fader))\b|"
    r"\btoo (loud|quiet|low|soft|hot)\b[^?.]{0,20}\bor\b",
    re.IGNORECASE,
)
"""The part's level offered as the other side of an either/or ("...or is it too loud?", "too loud or too wet?")."""


def level_side_measured(ctx: MixContext, focus: Focus) -> bool:
    """True when the question offers the part's level beside a plug-in's amount and a part it names is measured
    at the wrong level."""
    if ctx.analysis is None or not LEVEL_OR.search(focus.intent.question):
        return False
    return level_fault(ctx, focus) is not None
