"""A bare noun phrase asked rising ("fiddle vs piano levels?", "kick and bass balance?") is an open ask about
that aspect of the parts, not a statement to agree with: it has no verb to say yes or no to, so the answer never
opens "No:" or "Yes:" as it would for "the fiddle is too loud?"."""

from __future__ import annotations

import re

ASPECT_PHRASE = re.compile(
    r"^\W*(the |my |our )?[\w' &/+-]{2,40}?\s(levels?|volumes?|balance|blend|tones?|eq|loudness|panning|pans?|"
    r"placement)\s*\?+\s*$|"
    r"^\W*(the |my |our )?[\w' -]{2,30}?\s(vs\.?|versus|against|compared to)\s[\w' -]{2,30}?\s*\?+\s*$",
    re.IGNORECASE,
)
"""Parts and the aspect asked about, with nothing between but names ("fiddle vs piano levels?", "bass level?"),
or two parts set against each other ("fiddle vs piano?")."""

VERB = re.compile(
    r"\b(is|are|was|were|am|be|been|being|isn'?t|aren'?t|do|does|did|has|have|had|got|gets?|need|needs|sounds?|"
    r"feels?|seems?|sits?|sitting|looks?|stands?|fights?|fighting|clash(es)?|clashing|masks?|masking|cuts?|"
    r"buries|bury|burying|drowns?|drowning|covers?|covering|should|could|would|can|will|too|way|kinda|bit)\b|"
    r"\w+'(s|re)\b",
    re.IGNORECASE,
)
"""A word that makes the phrase a statement ("fiddle vs piano levels are off?") or a judgement ("too", "kinda")."""


def aspect_phrase(text: str) -> bool:
    """True when ``text`` is two parts and an aspect asked with a rising "?", with no verb: an open ask."""
    return ASPECT_PHRASE.search(text) is not None and VERB.search(text) is None
