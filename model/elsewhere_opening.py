""" "How's the drums?" answered with another part's fault: the asked part is fine on its own, and the fault is
elsewhere, not "Not 'Drums' first:".

Why: the track route opens a fault found on another part with "Not 'Drums' first:", which answers "should I fix the
drums?" (not first: the bass). To an open "how's the drums?" it answers nothing that was asked, as if a fix on the
drums had been proposed. An engineer says the drums are fine on their own and where the trouble is ("'Drums' is
fine on its own; the trouble is elsewhere:"). A yes/no, a complaint, a tool, a level or a request ("make the sax
warmer") keeps its opening, which answers it. Only the opening changes."""

from __future__ import annotations

import re

from model.focus import Focus
from model.intent import asks_yes_no
from model.phrasing import Answer, capital
from model.verdict_opening import opening

HOWS = re.compile(
    r"^\W*(?:(?:and|so|ok|okay|but)\W+)?(?:how(?:'s|s| is| are)|what about|thoughts on)\b|"
    r"^\W*how (?:do|does) (?:the|my|our|your|these|those) [\w' ]+? (?:sound|sit|feel|look)\w*\W*$",
    re.IGNORECASE,
)
"""An open question on a part ("how's the drums", "what about the strings?"), not a request ("make the sax
warmer"), whose "Not 'Horns' first:" answers it."""


def elsewhere_opening(focus: Focus, ans: Answer) -> Answer:
    """``ans`` opened with the asked part fine on its own when an open "how's X?" got "Not 'X' first:"."""
    intent = focus.intent
    m = opening(ans.text)
    if m is None or m.group("verdict") != "Not" or not (m.group("qualifier") or "").endswith(" first"):
        return ans
    if not intent.instruments or asks_yes_no(intent) or not HOWS.search(intent.question):
        return ans
    if intent.complaint is not None or intent.asks_ok or intent.enough or intent.technique is not None:
        return ans
    named = (m.group("qualifier") or "").strip().removesuffix(" first").strip()
    verb = "are" if " and " in named or "," in named else "is"
    ans.text = f"{capital(named)} {verb} fine on {'their' if verb == 'are' else 'its'} own; the trouble is elsewhere: {ans.text[m.end() :]}"
    return ans
