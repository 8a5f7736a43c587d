""" "Is the bass too loud or is it fine?", "bass ok or too much?", "is my vocal level right or off?": a level claim on
one part offered against "fine", answered with the side the measurement backs, named.

Why: a yes/no opening names neither side of this either/or: "Yes:" to "too loud or fine?" could mean either, and
"No, you overdid it:" to "ok or too much?" answers a move nobody reported. An engineer picks the side: "Too loud:"
(or "Too quiet:") when the part's own level finding is a problem, "Fine:" when it is not. Only the opening changes;
the measured body after it stays. Both ways of one level ("too loud or too quiet?") are ``model.level_both_ways``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from companion.context import FindingKind
from model.focus import Focus
from model.phrasing import Answer
from model.verdict_opening import opening

_FINE = r"(?:fine|ok|okay|alright|all right|right|good|normal|where it should be|about right|in place)"
_CLAIM = r"(?:too (?:loud|quiet|low|soft|hot|much|little|buried|up|down)|off|wrong|out of whack|way off|overpowering)"
_OR = r"\s+or\s+(?:(?:is|are) (?:it|they|that|the \w+|my \w+) )?(?:just )?"
CLAIM_OR_FINE = re.compile(
    rf"\b{_CLAIM}{_OR}(?:is it |it'?s |are they )?{_FINE}\b|\b{_FINE}{_OR}{_CLAIM}\b", re.I
)
"""A fault claim and "fine" offered as the two sides, in either order."""
SIDES = {FindingKind.TRACK_TOO_LOUD: "Too loud:", FindingKind.TRACK_TOO_QUIET: "Too quiet:"}
"""The side a part's level problem names."""


def claim_or_fine(focus: Focus, ans: Answer) -> Answer:
    """``ans`` opened with the side the part's level backs ("Too loud:", "Fine:") when the question offers a level
    claim or "fine" on one part; ``ans`` otherwise."""
    if len(focus.asked) != 1 or not focus.asked[0].tracks or not CLAIM_OR_FINE.search(focus.intent.question):
        return ans
    m = opening(ans.text)
    if m is None or m.group("verdict") not in ("Yes", "Yeah", "No", "Not really", "Not", "It's fine"):
        return ans
    names = {rt.name for rt in focus.asked[0].tracks}
    f = ans.first
    side = SIDES.get(f.kind) if f is not None and f.is_problem and f.track in names else None
    if side is None and f is not None and f.is_problem and f.track in names:
        return ans  # another fault on the part (a clash): its own answer says it
    named = re.match(r",\s*it'?s too (loud|quiet)", m.group("qualifier") or "")
    if (side is None and m.group("verdict") == "It's fine") or named is not None:
        return ans  # already names the side ("It's fine:", "No, it's too loud:")
    body = ans.text[m.end() :]
    if side is None:  # the fault elsewhere: the part is fine by itself
        side = "Fine on its own:" if body.lower().startswith("what is off is") else "Fine:"
    return replace(ans, text=f"{side} {body}")
