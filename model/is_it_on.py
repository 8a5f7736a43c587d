""" "cant hear my harmony part at all, is it even on?": whether a part plays, asked of a part measured far too low.

Why: the judge route opened "Yes:" (or "No:" to "is it muted?"), which answers the level claim the router read
("too quiet"), not the words asked. The part is playing (its meter reads a level), just buried: an engineer says
so first, then the fader."""

from __future__ import annotations

import re

from companion.context import FindingKind
from model.focus import Focus
from model.phrasing import Answer

PLAYING_Q = re.compile(
    r"\b(is|are) (it|they|that|this|she|he|the [\w' -]{2,25}?) (even |actually |really )?(?P<state>on|playing|muted|"
    r"turned on|switched on|in the mix at all|there at all|(?:(?<=even )|(?<=actually )|(?<=really ))(working|there))"
    r"( or (something|what|anything|not))?\s*\?*\s*$",
    re.IGNORECASE,
)
"""Whether the part plays at all ("is it even on?", "is the harmony muted?"); "is the harmony working?" alone asks
whether it works in the song, not whether it plays."""
THERE_SAID = re.compile(
    r"^\W*(so |ok |and |but )?(the |my |our )?(?P<part>[\w'-]+( [\w'-]+)?) (is|are|'s|'re) (there|in there|in the mix)"
    r"\s*[?,.]",
    re.IGNORECASE,
)
"""The same asked as a statement with a tag ("harmonies are there right? i can barely make em out")."""
_VERDICT = re.compile(r"^(Yes|No|Too quiet|It's fine)\s*:\s*")


def is_it_on(focus: Focus, ans: Answer) -> Answer:
    """``ans`` opened "It's on, just too quiet:" when asked whether a part measured too low is on, and "Yes, it's
    on:" when it is measured at its place; ``ans`` otherwise."""
    m = PLAYING_Q.search(focus.intent.question)
    said = THERE_SAID.match(focus.intent.question) if m is None and focus.intent.tag else None
    v = _VERDICT.match(ans.text)
    if (m is None and said is None) or v is None or not focus.tracks:
        return ans
    state = m.group("state").lower() if m is not None else "there"
    muted = state == "muted"
    on = "there" if state.startswith("there") else "on"  # "are they even there?": there, not "on"
    subject = (m.group(2) if m is not None else said.group("part")).lower()
    they = subject in ("they", "them") or (subject.endswith("s") and not subject.endswith("ss"))
    be = "They're" if they else "It's"
    if ans.first is not None and ans.first.kind is FindingKind.TRACK_TOO_QUIET:
        head = (
            "No, it's playing, just too quiet:"
            if muted
            else f"No, barely: {be.lower()} there but too quiet:"  # "is the organ even there?": not heard, barely
            if on == "there"
            else f"{be} on, just too quiet:"
        )
    elif ans.first is None and not ans.moves:  # the part cleared: it plays, at its place
        head = "No, it's playing:" if muted else f"Yes, {be.lower()} {on}:"
    else:
        return ans
    ans.text = f"{head} {ans.text[v.end() :]}"
    return ans
