"""The amateur's words for a top end that bothers them ("ticky", "tizzy", "scratchy", "spitty", "splashy",
"sizzly"): symptoms of the upper bands (presence and air, 4-20 kHz, with the upper mids below them), said in
place of "harsh" or "too bright".

Why: a user who says "the top end is all ticky n scratchy" complains of the same thing as "the top end is harsh",
so the answer must go to the same measurements (the whole mix's top bands against real mixes, and the tracks
that carry them) instead of a generic lesson. Kept apart from ``model.intent_words`` so both the complaint
vocabulary and the top-end answer (``model.top_end``) read one list.
"""

from __future__ import annotations

import re

TOP_SYMPTOM_WORDS = (
    r"\btick(y|ier|iness)\b",
    r"\btizz(y|ier|iness)?\b",
    r"\bscratch(y|ier|iness)\b",
    r"\bspitt(y|ier|iness)\b",
    r"\bsplash(y|ier|iness)\b",
    r"\bsizzl(y|ier|iness)\b",
    # "this hissy sizzle over the top": the noun said with what bothers them, not as a sparkle wished for ("get
    # that sizzle on the hats")
    r"\b(hissy|nasty|annoying|horrible|constant|painful|harsh|piercing) sizzle\b",
)
"""Adjectives (and their nouns) for an unpleasant top end; none of them names a lack (that is "dull")."""
TOP_SYMPTOM = "|".join(TOP_SYMPTOM_WORDS)
"""The symptom words as one regex alternative, for the complaint table and the top-end question."""
_SYMPTOM_RE = re.compile(TOP_SYMPTOM, re.IGNORECASE)


def says_top_symptom(text: str) -> bool:
    """True when ``text`` describes the top end with one of the symptom words."""
    return _SYMPTOM_RE.search(text) is not None
