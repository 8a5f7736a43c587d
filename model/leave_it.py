""" "Rhodes is a lil loud, leave it?": a claim, then whether to leave the part as it is.

Why: the judge route answered the claim ("No: nothing I measured says 'Rhodes' is too loud"), and that "No" read
as "don't leave it", the opposite of what was meant. The question asked is the last one: leave it or not. An
engineer says "Yes, leave it" when nothing on the part is off and "No, I'd move it" when a fault is measured,
then the same measurement and move. "Worth pulling them down a notch or leave em" offers the move against leaving
it, so neither "Yes" nor "No" picks a side: the answer opens with the side measured.
"""

from __future__ import annotations

import re
from dataclasses import replace

from model.focus import Focus
from model.intent import Wants
from model.phrasing import Answer, lower_first
from model.verdict_opening import opening

LEAVE_IT = re.compile(
    # "..., leave it?", and a follow-up "and if i leave it?" / "what if i just leave it?"
    r"([,;.!]|^\W*(and |so |but |ok )?(what )?((happens|would happen|will happen) )?if i( just)?)\s*(so |should i |do i |can i |could i |just )?(leave|keep) "
    r"(it|them|that|this|'?em)"
    r"( (as is|as it is|like that|there|alone|where it is|where they are))?\s*\?+\s*$",
    re.IGNORECASE,
)
"""A last clause asking whether to leave the part as it is, after something said about it."""


OR_LEAVE = re.compile(
    # a move offered first ("worth pulling", "ride it down", "good idea"), not a state ("too quiet, or leave them?")
    r"\b(pull|turn|bring|push|drop|cut|boost|raise|lower|ride|nudge|move|lift|giv|add|tuck|worth|crank|dip|idea|plan)\w*\b"
    r"[^?.;]*?\bor (just |should i |do i |i )?(leave|keep) (it|them|that|this|'?em)"
    r"( (as is|as it is|like that|there|alone|where it is|where they are|be))?\s*\?*\s*$",
    re.IGNORECASE,
)
"""'worth pulling them down a notch or leave em': a move offered against leaving the part, as the last clause."""
_NOTHING = re.compile(r"^Nothing I measured says\b")
"""A judge answer that clears the part in its first sentence, with no verdict word before it."""


def _it(question: str) -> str:
    """The part as the question leaves it: "them" for "leave them/em", else "it"."""
    return "them" if re.search(r"\b(leave|keep) (them|'?em)\b", question, re.I) else "it"


_HAPPENS = re.compile(r"\b(happens|happen)\b", re.IGNORECASE)
"""'what happens if i leave it?': what leaving the part does, asked."""


def leave_it(focus: Focus, ans: Answer) -> Answer:
    """``ans`` opened "Yes, leave it:" or "No, I'd move it:" when the question ends "..., leave it?", and with the side
    that is true ("Leave them:", "I'd move them:") when a move is offered against leaving it ("... or leave em")."""
    # asked as a judge or a how-to ("worth pulling ... or leave em")
    if OR_LEAVE.search(focus.intent.question):
        return _move_or_leave(focus.intent.question, ans)
    if focus.intent.wants != Wants.JUDGE or not LEAVE_IT.search(focus.intent.question):
        return ans
    opened = opening(ans.text)
    if opened is None or opened.group("verdict") not in ("Yes", "No"):
        return ans
    q = focus.intent.question
    it = _it(q)
    if _HAPPENS.search(q):  # "what happens if i leave it?": what leaving it does, then the same measurement
        stays = "They stay" if it == "them" else "It stays"
        head = f"{stays} out of line, so I'd move {it}:" if ans.moves else f"Nothing bad, leave {it}:"
    else:
        head = f"No, I'd move {it}:" if ans.moves else f"Yes, leave {it}:"
    return replace(ans, text=f"{head} {lower_first(ans.text[opened.end() :])}")


def _move_or_leave(question: str, ans: Answer) -> Answer:
    """``ans`` opened "Leave them:" when the part is cleared, "I'd move them:" when its verdict is a yes: the side
    of "pull them down or leave em?" that is true, never a yes or no to an either/or."""
    it = _it(question)
    if re.match(r"^[^:]{0,30}\bleave\b", ans.text, re.IGNORECASE):
        return ans  # "No, leave its fader:": the leave already said, in words fitted to the move that follows
    if _NOTHING.match(ans.text):
        return replace(ans, text=f"Leave {it}: {lower_first(ans.text)}")
    opened = opening(ans.text)
    if opened is None and ans.first is not None and ans.first.is_lean:
        # "add anything to the master or leave it as is?" with only a lean measured: leave it, the lean at most
        return replace(
            ans,
            text=f"Leave {it} as is: nothing needs fixing. At most, if you hear it: {lower_first(ans.text)}",
        )
    if opened is None or opened.group("verdict") not in ("Yes", "No"):
        return ans
    head = f"I'd move {it}:" if opened.group("verdict") == "Yes" else f"Leave {it}:"
    if opened.group("verdict") == "Yes" and not ans.moves:
        # "add some eq to the guitars or leave them?" answered with the craft's share, nothing measured off: no move
        head = "Your call; most engineers do:" if "engineers do" in opened.group(0) else f"Leave {it}:"
    return replace(ans, text=f"{head} {lower_first(ans.text[opened.end() :])}")
