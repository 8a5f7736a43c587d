"""A fader move offered against leaving the part alone: "the snare, turn it down or leave it?", "the backbeat is
smacking me in the face, tone it down or is it fine".

Why: the two sides are a move and no move, so a yes or no answers neither: "Yes: 'Snare' sits about 12 dB
louder ..." leaves the asker to work out which side "yes" took, and "No: nothing I measured says 'Snare' is too
loud" reads as "no, don't leave it". An engineer names the side: "Turn it down: ...", "Leave it: ...", or, when
the meter points the other way, "Neither, turn it down: ...". Only the opening changes; a how-to's own "leave it"
head ("Its level is fine, so I'd leave its fader:") is said as the side offered too ("pads feel thin.. turn em up
or leave em?" -> "Leave them:").
"""

from __future__ import annotations

import re

from model.focus import Focus
from model.intent_forms import OR_LEAVE_IT
from model.phrasing import Answer
from model.verdict_opening import opening, without_opening

MOVE_OR_LEAVE = re.compile(
    r"(?:\b(?P<verb>turn|tone|pull|bring|take|back|ease|tuck|knock|push|nudge|bump|crank|raise|lower|drop|cut|boost|"
    r"lift|tame|calm|soften|rein|dial)\b(?:\s+(?:it|them|em|'em|that|this|the [\w' -]{1,20}?|my [\w' -]{1,20}?))?\s*"
    r"(?P<way>down|back|off|up|in|under)?"
    # "horns down a bit or leave em?": the way said with no verb, after the part
    # (never after a verb of its own: "should the bass come down or is it fine?" asks the move, yes or no)
    r"|^\W*(?!(?:should|shall|do|does|is|are|can|could|would|will|must)\b)(?:the |my )?[\w' -]{1,20}? "
    r"(?P<bare>down|up)(?= (?:a (?:bit|touch|little|tad|notch|hair) )?or\b)"
    # "hats a bit less or fine?": less (or more) of the part offered against leaving it
    r"|^\W*(?!(?:should|shall|do|does|is|are|can|could|would|will|must)\b)(?:the |my )?[\w' -]{1,20}? "
    r"(?:a (?:bit|touch|little|tad|notch|hair) )?(?P<amount>less|more)(?= or\b))"
    r"\b[^?]{0,20}?\bor\s+(?:just\s+)?(?:leave(?: (?:it|them|em|'em|be|alone|as is))?(?=\s*\?|\s*$|\W)|(?:is|are|'s) (?:it|they|that|this|those) (?:fine|ok|okay|"
    r"good|alright|cool)|(?:it|they)(?:'s|'re| is| are) (?:fine|ok|okay|good)|keep (?:it|them)|"
    r"(?<=or )(?:fine|ok|okay|good)(?=\s*\?*\s*$))\b",
    re.IGNORECASE,
)
"""A fader move, then "or leave it / or is it fine": the two sides asked ("or nah" asks the move: yes or no)."""
_DOWN_VERBS = {"tone", "pull", "back", "ease", "tuck", "knock", "lower", "drop", "cut", "take", "tame", "calm", "soften",
               "rein"}  # fmt: skip
_HEADS = {"down": "Turn it down:", "up": "Bring it up:"}
_LEAVE_FADER = re.compile(
    r"^(Its level is fine|Their levels are fine|Not too (low|loud|quiet)), so I'd leave (its|their) faders?:\s*"
)
"""The level route's own "leave it" head, for a how-to ("Its level is fine, so I'd leave its fader:"): a side
taken, said again as the side offered."""
_THEM = re.compile(r"\b(them|em|'em)\b", re.IGNORECASE)


def offered_way(question: str) -> str | None:
    """'down' or 'up': the way of the move offered against leaving it; None when no such either/or is asked."""
    m = MOVE_OR_LEAVE.search(question)
    if m is None or OR_LEAVE_IT.search(question):
        return None  # "should I cut the strings, or are they ok?": the move is asked, yes or no
    amount = {"less": "down", "more": "up"}.get((m.group("amount") or "").lower(), "")
    way = (m.group("way") or m.group("bare") or amount or "").lower()
    if way in ("down", "back", "off", "under", "in") or (
        not way and (m.group("verb") or "").lower() in _DOWN_VERBS
    ):
        return "down"
    return "up"


def move_or_leave(focus: Focus, ans: Answer) -> Answer | None:
    """``ans`` opened with the side it takes of "move it or leave it?"; None when the question offers no such
    choice, or the answer's opening is no yes or no to turn."""
    way = offered_way(focus.intent.question)
    leave_head = _LEAVE_FADER.match(ans.text)
    if way is None or (opening(ans.text) is None and leave_head is None):
        return None
    asked = {rt.name for rt in focus.tracks}
    fader = next(
        (
            s
            for s in ans.suggestions
            if s.action == "nudge_volume_db"
            and s.track in asked
            and isinstance(s.params.get("delta_db"), (int, float))
        ),
        None,
    )
    if fader is None:
        head = "Leave it:" if not any(s.track in asked for s in ans.suggestions) else None
    else:
        moved = "up" if float(fader.params["delta_db"]) > 0 else "down"
        head = _HEADS[moved] if moved == way else f"Neither, {_HEADS[moved][0].lower()}{_HEADS[moved][1:]}"
    if head is None:
        return None
    if _THEM.search(focus.intent.question):  # "turn em up or leave em?": the part said as them
        head = head.replace(" it", " them")
    body = ans.text[leave_head.end() :] if leave_head is not None else without_opening(ans.text)
    ans.text = f"{head} {body}"
    return ans
