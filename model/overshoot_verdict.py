"""The verdict on a move asked about as an overshoot ("did i cut the horns too much?", "was that too big a drop?")
after a clip before it: the comparison's own opening answers "did it help?", so it is turned to answer the
question asked. A part now at the opposite fault is "Yes, too far" (never "No, too far", which answers "did that
do it?"); a fault gone is "No" (the move landed, it did not overshoot); the same fault still there is "No, not far
enough". A cut feared to have sunk the part, set against it still being heard ("does the hook still come thru or
did i bury it?"), names the true side: "Yes, it still comes through:" or "No, the cut went too far:". Only the
opening changes: the measured sentence after it stays."""

from __future__ import annotations

import re
from dataclasses import replace

from model.intent_lead import either_state
from model.move_verdict import NOT_YET, TOO_FAR
from model.overshoot import SUNK, said_overshot
from model.phrasing import Answer

_TURNED: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"^{re.escape(TOO_FAR)}:"), "Yes, too far:"),
    (re.compile(r"^Yes:"), "No, it landed right:"),
    (re.compile(rf"^{re.escape(NOT_YET)}(, but closer)?:"), "No, not far enough yet:"),
)
"""A comparison's opening (for "did that help?") and the same verdict said to "did it go too far?"."""


PRESENCE_FIRST = re.compile(
    r"\b(?P<verb>com(e|es|ing)|cut(s|ting)?|poke(s)?|punch(es)?) (through|thru|across)\b[^?]{0,25}?\bor\b|"
    r"\bstill (?P<there>there|audible|heard|in there)\b[^?]{0,25}?\bor\b|"
    r"\b(can|could|do) (you|u|i) still (?P<hear>hear|make out|pick out)\b[^?]{0,25}?\bor\b",
    re.IGNORECASE,
)
"""'does the hook still come thru or did i bury it?': the part still heard, asked first against the cut sinking it."""


_THIRD_PERSON = {"com": "comes", "cut": "cuts", "pok": "pokes", "pun": "punches"}
"""The verb of being heard, said of the part ("it still comes through")."""


def _presence_turns(m: re.Match[str]) -> tuple[tuple[re.Pattern[str], str], ...]:
    """The comparison's openings said as the side of "still comes through or did i bury it?" that is true."""
    if m.group("there"):
        kept = "it's still there"
    elif m.group("hear"):
        kept = "you can still hear it"
    else:
        verb = _THIRD_PERSON[m.group("verb").lower()[:3]]
        kept = f"it still {verb} through"
    return (
        (re.compile(rf"^{re.escape(TOO_FAR)}:"), "No, the cut went too far:"),
        (re.compile(r"^Yes:"), f"Yes, {kept}:"),
        (re.compile(rf"^{re.escape(NOT_YET)}(, but closer)?:"), f"Yes, {kept}, and it's still a bit much:"),
    )


LEFT_TOO = re.compile(
    r"\b(leave|left|make|made|got|get|gotten|end(ed)? up with) (it|them|em|'em|(the|my) \w+( \w+)?) "
    r"(way |a bit |a little |kinda |now )?too (?P<word>skinny|thin|quiet|weak|low|small|soft|buried|wimpy|polite|"
    r"tiny|distant|far back)\b",
    re.IGNORECASE,
)
"""'did i leave it too skinny?', 'or did i make it too quiet': the part feared left lacking after a move."""
_LOW_NOW = re.compile(r"^[^.]*\btoo (low|quiet)\b")
"""The comparison's first sentence says the part is too low now."""


def _left_lacking(question: str, ans: Answer) -> Answer | None:
    """``ans`` opened for "did i leave it too skinny?" ("or did i ...", after "does it feel right now"): the lack
    feared, said back as true or not; None when the question fears none."""
    m = LEFT_TOO.search(question)
    if m is None:
        return None
    word = m.group("word").lower()
    low = _LOW_NOW.search(ans.text) is not None
    either = either_state(question)
    turns = (
        (rf"^{re.escape(TOO_FAR)}[^:]*:", f"Yes, too {word}: it went too far the other way:" if low else ""),
        (
            r"^(Yes|Better|That worked):",
            f"It's sitting right now, not too {word}:" if either else f"No, not too {word}:",
        ),
        (
            rf"^{re.escape(NOT_YET)}(, but closer)?:",
            f"Yes, still too {word}:" if low else f"No, not too {word}:",
        ),
    )
    for opening, turned in turns:
        if turned and re.match(opening, ans.text):
            return replace(ans, text=re.sub(opening, turned, ans.text, count=1))
    return None


def overshoot_opening(question: str, ans: Answer) -> Answer:
    """``ans`` (a comparison with the clip before) opened to answer ``question`` when it asks whether a move went
    too far; else unchanged."""
    if (left := _left_lacking(question, ans)) is not None:
        return left
    # "does it still come thru or did i bury it?": a cut feared to have sunk the part, its two sides named
    presence = PRESENCE_FIRST.search(question) if re.search(SUNK, question, re.IGNORECASE) else None
    if not said_overshot(question) or (either_state(question) and presence is None):
        return ans  # "better or did i overdo it?": the either/or's own opening names the side
    for opening, turned in _presence_turns(presence) if presence else _TURNED:
        if opening.match(ans.text):
            return replace(ans, text=opening.sub(turned, ans.text, count=1))
    return ans
