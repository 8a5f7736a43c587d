""" "About to send it to the singer": a player named as the person the mix goes to, not a part asked about.

"Does this sound cheap? about to send it to the singer" was answered on 'Lead Vocal', because "singer" names the
vocal part. Sent, shown or played *to* a player, the word is a person: the question is still about the whole mix.
"Make room for the singer" keeps the part (no sending verb before it).
"""

from __future__ import annotations

import re

RECIPIENT = re.compile(
    r"\b(send|sent|show|showed|shown|play|played|give|gave|email|e-?mail|text|forward|pass|hand|bounce|"
    r"share|deliver|run)(s|ed|ing|in)?\b(\s+[\w'-]+){0,4}?\s+(to|for|with|by)\s+(the|my|our|his|her|their|a)\s+"
    r"(lead\s+)?(singer|vocalist|drummer|bassist|guitarist|keyboardist|pianist|(bass|guitar|keys) player)s?\b",
    re.IGNORECASE,
)
"""A sending verb, up to four words, then "to the singer": the player as the one the mix goes to."""


def without_recipient(text: str) -> str:
    """``text`` with the player it is sent to dropped ("send it to the singer" → "send it to them"), so the parts
    asked about are found without them."""
    return RECIPIENT.sub(lambda m: m.group(0)[: m.start(4) - m.start(0)] + "to them", text)
