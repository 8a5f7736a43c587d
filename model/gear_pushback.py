"""A push-back from one's own playback ("why? it sounds fine on my headphones", "but it's fine in my car"): the
reason behind the verdict stays, and the answer says why that system can hide it and where to check, instead of
ignoring the headphones the user just named.

Why: an engineer asked "why, it sounds fine on my cans?" does not repeat the measurement alone; they say what
the cans do to that range (many headphones lift or lose the lows, a car lifts them, a phone plays none) and send
the user to a second system, since a mix has to hold on all of them."""

from __future__ import annotations

import re

from companion.context import MixContext
from model.focus import Focus
from model.intent import Wants
from model.phrasing import EXPLAIN_WORDS, Answer, fit, split_sentences

_SYSTEMS = (
    (r"headphones?|cans|earbuds|ear ?pods|airpods|earphones|iems?", "Headphones", "speakers, a phone",
     "many lift or lose the lows and sit right at your ears, so a level that's off can still sound right there"),
    (r"monitors?|speakers?|studio ?monitors?", "Your speakers", "headphones, a phone",
     "small monitors in an untreated room can hide or exaggerate whole ranges, the lows most of all"),
    (r"cars?|car stereo", "A car", "speakers, headphones", "it lifts the lows and masks the rest with road noise"),
    (r"phones?|iphone|laptops?|tablets?|ipad", "A phone or laptop", "headphones, speakers",
     "its speaker barely plays below about 150 Hz, so low-end problems vanish on it"),
)  # fmt: skip
"""Playback systems a user names: the pattern, how the answer says it, the other system to check on, and what
it does to what you hear."""
_FINE_ON = re.compile(
    r"\b(fine|good|great|ok(ay)?|right|balanced|alright|perfect|normal|not (loud|quiet|bad))\b[^?.!]{0,30}\b(on|in|through|thru|with)"
    r" (my|the|a|these|those)? ?(?P<sys>[\w ]{2,20}?)\b|"
    r"\b(on|in|through|thru|with) (my|the|a|these|those)? ?(?P<sys2>[\w ]{2,20}?)\b[^?.!]{0,30}\b(fine|good|great|ok(ay)?|right|"
    r"balanced|alright|perfect|normal)\b",
    re.IGNORECASE,
)
"""'sounds fine on my headphones', 'on my cans it's fine': a system the mix is said to sound right on."""


def gear_note(question: str) -> str:
    """The sentence on the playback system the user says it sounds fine on, or "" when they name none."""
    m = _FINE_ON.search(question)
    if m is None:
        return ""
    said = (m.group("sys") or m.group("sys2") or "").lower()
    for pattern, name, other, hides in _SYSTEMS:
        if re.search(rf"\b({pattern})\b", said):
            return (
                f"{name} can hide it: {hides}. Check it on {other} and at low volume: a mix has to hold "
                "on all of them."
            )
    return ""


def with_gear(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """``ans`` with the playback note after its first sentence when the asker pushes back on the verdict before,
    asking why, as it sounded fine on their own system ("how tho? i balanced it on my headphones n it seemed fine
    there" with the bass 10 dB over): what that system hides is the why they asked; ``ans`` when the answer finds
    no fault or says it already."""
    if focus.intent.wants != Wants.WHY or not ctx.history:
        return ans  # a push-back on the verdict before ("how tho? ..."), not the system a problem is heard on
    gear = gear_note(focus.intent.question)
    if not gear or not ans.moves or ans.first is None or not ans.first.is_problem or gear in ans.text:
        return ans
    said = split_sentences(ans.text)
    return Answer(fit([said[0], gear, *said[1:]], EXPLAIN_WORDS, keep=2), ans.moves, ans.first)
