""" "So it's my vox being too loud, not the band being too quiet, right?": a negation that opens a clause ruling an
alternative claim out, after a claim of its own, makes no negated question of it.

The complaint itself is read from the claim made, never from the negated clause, in one rule at parse time
(``model.intent_claim.first_claim``, with ``NEGATED``); this file only tells the verdict shapes where such a
clause starts, so its "not" is not taken for a negated tag.
"""

from __future__ import annotations

import re

from model.intent_claim import DENIED_ALTERNATIVE, NEGATED

CLAIM_AFTER = re.compile(
    r"^\s*([,;:]|-+)?\s*(but |rather |more like |if anything )?(it'?s|its|it is|they'?re|theyre|they are|thats|that'?s|"
    r"it sounds|they sound)\s+(\w+\s+){0,2}?too\s+\w+",
    re.IGNORECASE,
)
"""The claim made after a denied one ("isn't too quiet, it's too loud"): the one the tag asks."""


def ruled_out(question: str, at: int) -> bool:
    """True when the negation at ``at`` opens a clause that rules an alternative claim out ("..., not the band
    being too quiet"), after a claim of its own: the question is not a negated one."""
    spans = list(NEGATED.finditer(question))
    opens = (
        re.match(r"(not|rather than|instead of)\b", question[at:], re.IGNORECASE) is not None
    )  # "aint" is no clause
    # "kick's not too loud right?": the subject alone before the "not" makes no claim of its own to rule against
    claimed = re.search(
        r"\btoo\s+\w+|\b(loud|quiet|low|hot|buried|fine|ok|okay|good|right)\b", question[:at], re.I
    )
    if at > 0 and opens and any(m.start() == at for m in spans) and claimed is not None:
        return True
    # "its me thats too loud not the horns right?": the other part ruled out after a claim of its own
    denied = DENIED_ALTERNATIVE.match(question, at)
    if at > 0 and denied is not None and re.search(r"\btoo\s+\w+", question[:at], re.IGNORECASE):
        return True
    # "the vocal isn't too quiet, it's too loud right?": the denied claim comes first and a claim of its own follows
    return any(at <= m.start() <= at + 6 and CLAIM_AFTER.match(question[m.end() :]) for m in spans)
