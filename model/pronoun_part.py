"""A plural pronoun that points back at the parts just asked about ("are the keys too loud?" -> "how come? they
honestly seem loud to me"): those parts, not the whole mix.

Why: a level word with no part named ("seem loud") reads as the mix's loudness, and "they" was not among the
pronouns that lean on the previous question, so the follow-up got the master's LUFS while the asker was still
talking about the keys. "They", "them", "those" and "these" cannot be the mix (one thing); after a question about
named parts they are those parts, so the follow-up keeps them and their level complaint."""

from __future__ import annotations

import re
from dataclasses import replace

from companion.context import Turn
from model.intent import Intent, NameWords, classify, previous_question

PLURAL = re.compile(r"\b(they|they'?re|them|those|these)\b", re.IGNORECASE)
"""Pronouns for more than one thing: never the one mix."""
LEVEL_COMPLAINTS = {"loudness": "loud", "loud": "loud", "quiet": "quiet"}
"""A level said of the pronoun, as the parts' own complaint (the mix's "loudness" is the parts' "loud")."""


def pronoun_part(intent: Intent, question: str, history: tuple[Turn, ...], names: NameWords = ()) -> Intent:
    """``intent`` with the previous question's parts when ``question`` says their level by a plural pronoun."""
    if intent.follow_up or intent.instruments or intent.technique or intent.complaint not in LEVEL_COMPLAINTS:
        return intent
    if not PLURAL.search(question) or (before := previous_question(history)) is None:
        return intent
    earlier = classify(before[0], before[1], names=names)
    if not earlier.instruments:
        return intent
    return replace(
        intent,
        instruments=earlier.instruments,
        mentions=earlier.mentions,
        topic=earlier.topic,
        complaint=LEVEL_COMPLAINTS[intent.complaint or ""],
        about_master=False,
        follow_up=True,
    )
