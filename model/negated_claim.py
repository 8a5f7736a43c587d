""" "So it's my vox being too loud, not the band being too quiet, right?": the claim in a clause the asker negates is
not the complaint.

Why: the intent takes the first complaint its word list names, and "quiet" comes before "loud" there, so the
alternative the asker rules out ("not the band being too quiet") became the complaint, and the answer said "No,
the opposite" to a claim the measurement backs (the vocal 12 dB hot). An engineer hears the claim made, not the one
denied: the complaint is read from the question without its negated clause, when that leaves one of its own.
"""

from __future__ import annotations

import re
from dataclasses import replace

from model.intent import Intent, complaint_in

NEGATED = re.compile(
    r"\b(not|n't|rather than|instead of)\b[^,.;:?!]{0,40}?\btoo\s+\w+|"
    r"\bnot\s+(the |my |our )?[\w' -]{1,25}?\s+(being|sounding|that'?s|is|are)\s+[\w ]{0,12}?\b"
    r"(quiet|soft|low|buried|loud|hot|muddy|harsh|thin|boomy|dull)\b",
    re.IGNORECASE,
)
"""A clause that rules a claim out ("not the band being too quiet", "rather than too loud")."""


def unnegated(intent: Intent) -> Intent:
    """``intent`` with the complaint of the claim made, when its complaint came from a clause it negates."""
    q = intent.question
    spans = [m.group(0) for m in NEGATED.finditer(q)]
    if not spans or intent.complaint is None:
        return intent
    if all(complaint_in(span, intent.instruments) != intent.complaint for span in spans):
        return intent
    made = complaint_in(NEGATED.sub(" ", q), intent.instruments)
    if made is None or made == intent.complaint:
        return intent
    return replace(intent, complaint=made)


def ruled_out(question: str, at: int) -> bool:
    """True when the negation at ``at`` opens a clause that rules an alternative claim out ("..., not the band
    being too quiet"), after a claim of its own: the question is not a negated one."""
    return at > 0 and any(m.start() == at for m in NEGATED.finditer(question)) and bool(question[:at].strip())
