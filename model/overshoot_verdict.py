"""The verdict on a move asked about as an overshoot ("did i cut the horns too much?", "was that too big a drop?")
after a clip before it: the comparison's own opening answers "did it help?", so it is turned to answer the
question asked. A part now at the opposite fault is "Yes, too far" (never "No, too far", which answers "did that
do it?"); a fault gone is "No" (the move landed, it did not overshoot); the same fault still there is "No, not far
enough". Only the opening word changes: the measured sentence after it stays."""

from __future__ import annotations

import re
from dataclasses import replace

from model.intent_lead import either_state
from model.move_verdict import NOT_YET, TOO_FAR
from model.overshoot import said_overshot
from model.phrasing import Answer

_TURNED: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"^{re.escape(TOO_FAR)}:"), "Yes, too far:"),
    (re.compile(r"^Yes:"), "No, it landed right:"),
    (re.compile(rf"^{re.escape(NOT_YET)}(, but closer)?:"), "No, not far enough yet:"),
)
"""A comparison's opening (for "did that help?") and the same verdict said to "did it go too far?"."""


def overshoot_opening(question: str, ans: Answer) -> Answer:
    """``ans`` (a comparison with the clip before) opened to answer ``question`` when it asks whether a move went
    too far; else unchanged."""
    if not said_overshot(question) or either_state(question):
        return ans  # "better or did i overdo it?": the either/or's own opening names the side
    for opening, turned in _TURNED:
        if opening.match(ans.text):
            return replace(ans, text=opening.sub(turned, ans.text, count=1))
    return ans
