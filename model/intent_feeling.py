"""The asker's own state, said beside the question: "kinda overwhelmed, where do I start?", "im lost on this one",
"honestly stuck, what first?". Those words describe the person, not the mix, so they never make the question a
complaint (an overwhelmed asker is not asking whether something overwhelms the mix). Split from
``model.intent`` so the feeling words live in one place."""

from __future__ import annotations

import re

_FEELING = (
    r"(lost|confused|stuck|overwhelmed|swamped|drowning|frustrated|burnt out|burned out|fried|clueless)"
)
_DEGREE = r"(so|kinda|kind of|a bit|a little|totally|completely|pretty|really|just|super|lowkey|honestly)"
_FILLER = r"(honestly|tbh|ok|okay|so|man|ugh|welp|well|hmm+|kinda|kind of|a bit|totally|just|really|feeling|feel|lowkey)"

ASKER_FEELING = re.compile(
    rf"\b(i'?m|im|i am|i feel|feeling|i got|i'?ve got|i get|i'?m getting)( {_DEGREE})? {_FEELING}\b|"
    # "overwhelmed w this mix, which knob first": said with no subject, it is the asker who is overwhelmed
    rf"^\W*({_FILLER}\W+){{0,3}}{_FEELING} (w|w/|with|by)\b|"
    # "kinda overwhelmed, where's the first place you'd dig in": the feeling alone at the opening, then the ask
    rf"^\W*({_FILLER}\W+){{0,3}}{_FEELING}(?=\s*([,.;:!?-]|$|\b(here|rn|right now|tbh|lol|ngl|honestly|"
    r"on this( one)?|with this( one)?)\b))",
    re.IGNORECASE,
)
"""The asker's feeling (lost, stuck, overwhelmed) in their own words: with "I'm"/"feeling" before it, or alone at
the opening of the question before a comma, the end or "here"/"on this one"."""


def without_feeling(text: str) -> str:
    """``text`` with the asker's feeling words left out, so what remains is what they ask about the mix."""
    return ASKER_FEELING.sub(" ", text)
