""" "So it's my vox being too loud, not the band being too quiet, right?": a negation that opens a clause ruling an
alternative claim out, after a claim of its own, makes no negated question of it.

The complaint itself is read from the claim made, never from the negated clause, in one rule at parse time
(``model.intent_claim.first_claim``, with ``NEGATED``); this file only tells the verdict shapes where such a
clause starts, so its "not" is not taken for a negated tag.
"""

from __future__ import annotations

from model.intent_claim import NEGATED


def ruled_out(question: str, at: int) -> bool:
    """True when the negation at ``at`` opens a clause that rules an alternative claim out ("..., not the band
    being too quiet"), after a claim of its own: the question is not a negated one."""
    return at > 0 and any(m.start() == at for m in NEGATED.finditer(question)) and bool(question[:at].strip())
