"""Which way a question says something is off: too little ('lack') or too much ('excess'). Amateurs say it of
the whole mix in words no complaint pattern names ("does it feel kinda empty?", "too busy right?"); a part too
quiet to be felt is what makes a mix empty, a part too loud what crowds it. A leaf: the question reader and the
verdict check both use it."""

from __future__ import annotations

import re

LACK_COMPLAINTS = frozenset({"quiet", "punch", "thin", "dull", "small"})
"""Complaints of too little: a part measured too quiet supports them."""
EXCESS_COMPLAINTS = frozenset({"loud", "clash", "muddy", "boomy", "harsh"})
"""Complaints of too much: a part measured too loud supports them."""
LACK_WORDS = re.compile(r"\b(empty|hollow|sparse|bare|barren|threadbare)\b", re.IGNORECASE)
"""The whole mix said to have too little in it."""
EXCESS_WORDS = re.compile(
    r"\b(busy|cluttered|clutter|packed|dense|crammed|(over)?crowded|too full|chaotic|soupy|(a |like )soup|congested|"
    r"overstuffed|jammed)\b",
    re.IGNORECASE,
)
"""The whole mix said to have too much in it."""


def mix_claim(question: str) -> str | None:
    """'lack' or 'excess' when ``question`` says the mix has too little or too much in it, in whole-mix words."""
    if LACK_WORDS.search(question):
        return "lack"
    if EXCESS_WORDS.search(question):
        return "excess"
    return None


def claim_side(question: str, complaint: str | None) -> str | None:
    """'lack' or 'excess': which way the question says something is off; None when it says neither."""
    said = mix_claim(question)
    if said is not None:
        return said
    if complaint in LACK_COMPLAINTS:
        return "lack"
    if complaint in EXCESS_COMPLAINTS:
        return "excess"
    return None
