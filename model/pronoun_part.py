"""A pronoun that points back at the parts just asked about ("are the keys too loud?" -> "how come? they honestly
seem loud to me"; "is the vocal too loud?" -> "why? it seems loud to me"): those parts, not the whole mix.

Why: a level word with no part named ("seem loud") reads as the mix's loudness, and "they" was not among the
pronouns that lean on the previous question, so the follow-up got the master's LUFS while the asker was still
talking about the keys. "They", "them", "those" and "these" cannot be the mix (one thing); after a question about
named parts they are those parts, with whatever they are said to be ("why do they sound thin"). "It" can be the mix,
so it is the part only as a push back on that part's level verdict, with no word for the whole mix beside it."""

from __future__ import annotations

import re
from dataclasses import replace

from companion.context import Turn
from model.intent import Intent, NameWords, classify, previous_question

PLURAL = re.compile(r"\b(they|they'?re|them|those|these)\b", re.IGNORECASE)
"""Pronouns for more than one thing: never the one mix."""
SINGULAR = re.compile(r"\b(it|it'?s)\b", re.IGNORECASE)
"""'It': the part only when the last question judged that part's level."""
MIX_WORDS = re.compile(
    r"\b(mix|master|song|track|tune|whole|overall|everything|lufs|streaming|spotify|youtube|loudness)\b", re.I
)
"""Words that make 'it' the whole mix ("is it too loud overall?")."""
LEVEL_COMPLAINTS = {"loudness": "loud", "loud": "loud", "quiet": "quiet"}
"""A level said of the pronoun, as the parts' own complaint (the mix's "loudness" is the parts' "loud")."""


def pronoun_part(intent: Intent, question: str, history: tuple[Turn, ...], names: NameWords = ()) -> Intent:
    """``intent`` with the previous question's parts when ``question`` points back at them by a pronoun (or only
    offers a tool against the fader: ``model.choice_part``)."""
    from model.choice_part import (
        choice_part,
    )  # imported here: it reads the tool-or-fader forms, a later module

    intent = choice_part(intent, question, history, names)
    if intent.follow_up or intent.instruments or intent.technique or intent.complaint is None:
        return intent
    if (before := previous_question(history)) is None:
        return intent
    plural = PLURAL.search(question) is not None
    if not plural and (not SINGULAR.search(question) or MIX_WORDS.search(question)):
        return intent
    earlier = classify(before[0], before[1], names=names)
    if not earlier.instruments:
        return intent
    level = LEVEL_COMPLAINTS.get(intent.complaint)
    if not plural and (level is None or earlier.complaint not in ("loud", "quiet")):
        return intent  # "it sounds thin" after "is the vocal too loud?": the mix's tone, as before
    return replace(
        intent,
        instruments=earlier.instruments,
        mentions=earlier.mentions,
        topic=earlier.topic,
        complaint=level or intent.complaint,
        about_master=False,
        follow_up=True,
    )
