"""How much of a send effect to use ("how much reverb should I add?", "how wet should the delay be?").

MixologyDB annotates reverb and delay plug-ins but not the send levels feeding them, so no measured amount
exists to quote; the amount is set by ear, and the answer says how (the technique's ``amount``), before the
settings engineers used, instead of leaving the question unanswered."""

from __future__ import annotations

import re

from model.focus import Focus
from model.intent import Wants

WET_Q = re.compile(
    r"\bhow (wet|loud|high|hot|far up)\b[^?.!]{0,30}\b(send|reverb|verb|delay|echo|wet|return)|\bhow wet\b",
    re.IGNORECASE,
)
"""An amount asked in other words: "how wet should the reverb be?", "how loud should the verb send be?"."""


def amount_lead(focus: Focus, amount: str) -> str:
    """The technique's by-ear amount for the part asked about, when the question asks how much; else ""."""
    intent = focus.intent
    if not amount or intent.explain or not (intent.wants == Wants.HOW_MUCH or WET_Q.search(intent.question)):
        return ""
    tracks = [rt for a in focus.asked for rt in a.tracks]
    return amount.replace("{track}", tracks[0].quoted if len(tracks) == 1 else "the part")
