"""'what about the drums?', 'and the piano?', 'how about the bass?': an open follow-up on a part, neither a yes/no
nor a complaint. Its answer should not open as if one had been asked: "Possibly:" (to what?) reads as the part
may play a part in what was just found, and "Not 'Kick' first:" as the part can wait while something else comes
first. Other openings ("It's fine:", "One thing:") already read right and stay."""

from __future__ import annotations

import re

from model.focus import Focus
from model.phrasing import Answer, names

OPEN_ABOUT = re.compile(
    r"^\W*(and |ok |okay |so |but )?((what|how) about|what of|and) (the |my |our |those |these |that )?"
    r"(?!(is|are|does|do|did|was|were|should|can|could|would|will|how|what|why|if|then|now)\b)[\w'-]+( [\w'-]+){0,2}\W*$",
    re.IGNORECASE,
)
"""An open follow-up naming only a part: nothing claimed about it, no move asked."""

_MAYBE = re.compile(r"^Possibly:\s+")
_NOT_FIRST = re.compile(r"^Not ('[^']+'(?:, '[^']+')*(?: and '[^']+')?) first:\s+")


def about_opening(focus: Focus, ans: Answer) -> Answer:
    """``ans`` with a yes/no-shaped opening reworded for an open "what about X?" follow-up; unchanged otherwise."""
    intent = focus.intent
    if not intent.instruments or intent.complaint is not None or intent.technique is not None:
        return ans
    if OPEN_ABOUT.search(intent.question) is None:
        return ans
    if (m := _NOT_FIRST.match(ans.text)) is not None:
        ans.text = f"{m.group(1)} can wait: {ans.text[m.end() :]}"
        return ans
    if (m := _MAYBE.match(ans.text)) is not None:
        tracks = [rt.name for a in focus.asked for rt in a.tracks]
        who = names(tracks, 4) if tracks else "It"
        ans.text = f"{who} may play a part: {ans.text[m.end() :]}"
    return ans
