"""A part set beside the one asked ("feels polite next to the kick", "gets lost under the beat", "r they too low
under my vocal?"): where the asked part is heard, never a part asked about or guessed as the cause."""

from __future__ import annotations

import re

BESIDE = (
    r"\b(next to|beside|under(neath)?|beneath|behind|compared to|alongside|when|once|"
    # "the piano keeps clanging over the top of her voice": the voice is where the piano is heard
    r"whenever|as soon as|over( the top of)?|on top of|above|"
    # "is it stepping on my vocal?": the part stepped on is where the other is heard, not the one guessed
    r"(stepping|steps|step|stomping|treading|sitting|sits|parked|landing) (all )?on) (the |my |our |all the |her |his |their )?"
    r"([\w'-]+ (and|n|&) (the |my )?)?"
)
"""Words that set a part beside the one asked ("feels polite next to the kick", "gets lost under the beat", "when
the horns n bvs come in"): where the asked part is heard, not a part asked about."""


def only_beside(question: str, said: str) -> bool:
    """True when every mention of ``said`` in ``question`` sets it beside the part asked, never asks about it."""
    word = re.escape(said)
    # "riding over the strums" for the word "strum": a plural is the same part set beside
    every = len(re.findall(rf"\b{word}(s|es)?\b", question, re.IGNORECASE))
    beside = len(re.findall(rf"{BESIDE}{word}(s|es)?\b", question, re.IGNORECASE))
    return every > 0 and every == beside
