""" "Do i need to sing louder or is the guitar sitting on me?": an either/or whose second side names the part
measured off, answered by naming it.

Why: the judge route opened "Yes: what is off is 'Acoustic Gtr':", a yes to a question with two sides, which reads
as "yes, sing louder". An engineer names the side that holds: "It's 'Acoustic Gtr':", then the measure.
"""

from __future__ import annotations

import re

from model.focus import Focus
from model.phrasing import Answer

_YES_OFF = re.compile(r"^Yes: what is off is (?P<culprit>'(?P<name>[^']+)'): ")


def either_named_second(focus: Focus, ans: Answer) -> Answer:
    """``ans`` opened "It's 'X':" when it says "Yes: what is off is 'X':" to an either/or whose side after its "or"
    names X's part; ``ans`` otherwise."""
    m = _YES_OFF.match(ans.text)
    if m is None:
        return ans
    _, sep, after = focus.intent.question.lower().rpartition(" or ")
    if not sep:
        return ans
    words = [a.said or a.word for a in focus.asked if any(rt.name == m["name"] for rt in a.tracks)]
    if not any(w and re.search(rf"\b{re.escape(w.lower())}", after) for w in words):
        return ans
    ans.text = f"It's {m['culprit']}: {ans.text[m.end() :]}"
    return ans
