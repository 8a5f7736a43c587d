""" "Should i just pull both gtr faders down a couple db?" with one of the two measured off: that one alone.

Why: the judge route answered the part's verdict with the track measured off ("Yes: 'Gtr L' sits about 8 dB
louder ...") and a card on that track only, so the "Yes" agreed to a move on both tracks that the body and the card
never make. An engineer says which of the two the move is for, "Just 'Gtr L', not both:", before the same body."""

from __future__ import annotations

import re

from model.asked_direction import asked_way
from model.focus import Focus
from model.phrasing import Answer
from model.verdict_opening import opening

BOTH_PROPOSED = re.compile(r"\b(both|the two|all (the|my|of (the|my))|every)\b", re.IGNORECASE)
"""A fader move proposed on every track of a part ("pull both gtr faders down"), where one may be off alone."""
_LEVEL_ACTIONS = ("nudge_volume_db", "set_volume_db")


def one_of_both(focus: Focus, ans: Answer) -> Answer:
    """``ans`` opened "Just 'X', not both:" when a fader move on every track of a part was proposed and ``ans``
    says yes with a level card on one of them, the way proposed; ``ans`` itself otherwise."""
    q = focus.intent.question
    if BOTH_PROPOSED.search(q) is None or not ans.suggestions:
        return ans
    card = ans.suggestions[0]
    size = card.params.get("delta_db")
    part = next(
        (a for a in focus.asked if len(a.tracks) > 1 and card.track in {rt.name for rt in a.tracks}), None
    )
    if part is None or card.action not in _LEVEL_ACTIONS or not isinstance(size, (int, float)):
        return ans
    if any(s.track != card.track and s.action in _LEVEL_ACTIONS for s in ans.suggestions):
        return ans  # the other track's fader moves too: both, after all
    opened = opening(ans.text)
    if opened is None or opened.group("verdict") != "Yes" or asked_way(q) != ("up" if size > 0 else "down"):
        return ans
    other = "both" if len(part.tracks) == 2 else "all of them"
    ans.text = f"Just {card.track!r}, not {other}: {ans.text[opened.end() :]}"
    return ans
