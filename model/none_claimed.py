""" "Nothing is too loud, right?", "no part is too quiet, yeah?", "nothing sticks out, does it?": every part claimed
fine, with a subject that is itself a negation. A bare "Yes" or "No" to such a claim reads either way ("No" could
mean "no, nothing is" or "no, you're wrong"), and the verdict chain, reading the fault asked about ("too loud"),
opened "Yes:" on a part too loud, agreeing in words with a claim the body contradicts.

An engineer answers the claim: "Right:" when nothing of the kind is measured, "Not quite:" when a part is, then
the same body (the fault and its move, or the levels all in range)."""

from __future__ import annotations

import re

from model.focus import Focus
from model.intent import Wants
from model.phrasing import Answer

NONE_CLAIMED = re.compile(
    r"^\s*((so|and|but|ok|okay|also|pretty sure|i think|i guess)\b[\s,]*)*(nothing|no (single )?(track|part|"
    r"instrument|channel|one)s?|none of (the|my|these|them)( tracks| parts| instruments)?)"
    r"('s|'re| is| are| sticks| jumps| pokes| stands| sounds| feels| seems| clashes| gets| really)\b",
    re.IGNORECASE,
)
"""A claim whose subject is a negation: "nothing's clashing", "no track is too loud", "none of them stick out"."""
_OPENING = re.compile(r"^(Yes|No|One thing)([:.,])\s+")


def none_claimed(focus: Focus, ans: Answer) -> Answer:
    """``ans`` opened "Right" or "Not quite" when the question claims nothing is off; ``ans`` itself otherwise."""
    q = focus.intent.question
    if focus.intent.wants != Wants.JUDGE or focus.intent.instruments or NONE_CLAIMED.match(q) is None:
        return ans
    m = _OPENING.match(ans.text)
    if m is None:
        return ans
    head = "Right" if m.group(1) == "No" else "Not quite"
    ans.text = f"{head}{':' if m.group(1) != 'No' else m.group(2)} {ans.text[m.end() :]}"
    return ans
