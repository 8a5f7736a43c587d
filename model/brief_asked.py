""" "No essay pls, just the db to pull it by": a short answer asked for, kept to its verdict and its move.

Why: the answer said the move, then four more sentences (the rule that balance comes first, the check, a band of the
whole mix) to someone who asked for the number alone. An engineer asked to keep it short says the move and the
reason in a line; the cards still carry the move itself.
"""

from __future__ import annotations

import re

from model.phrasing import Answer, split_sentences

BRIEF = re.compile(
    r"\bno (essays?|lectures?|novels?|speeches|waffle|theory)\b|\bkeep it (short|brief|quick)\b|"
    r"\b(short|quick|brief) (answer|version) (pls|please|plz|is fine|will do)\b|\btl;? ?dr\b|"
    r"\bin (a|one) (word|line)\b|"
    r"\bjust (give me |gimme |tell me )?the (number|db|dbs|figure|amount|value|setting)( pls| please| plz)?"
    r"\s*[?.!]*\s*$|"
    r"\bdon'?t need (the|a|an) (lecture|essay|explanation|theory|breakdown)\b",
    re.IGNORECASE,
)
"""A short answer asked for in so many words (never "quick question", which asks nothing of the length)."""


def brief_asked(question: str, ans: Answer) -> Answer:
    """``ans`` cut to its first two sentences when ``question`` asks for a short answer; ``ans`` otherwise."""
    if BRIEF.search(question) is None:
        return ans
    sentences = split_sentences(ans.text)
    if len(sentences) <= 2:
        return ans
    ans.text = " ".join(sentences[:2])
    return ans
