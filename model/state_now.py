"""'Is it better now?' with no earlier clip to hold this one against: a move reported, then "good now?" ("pulled
the horns back a bunch, we good now?") asks for the state now, where yes means the part sits right and a fault
still measured (still too loud, or pulled past its place) is a no, never "I have nothing to compare with"."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from model.better_or_still import still_or_better
from model.intent_forms import WHOLE_STATE
from model.intent_wants import GOOD_NOW, SORTED, Wants
from model.overshoot import said_overshot
from model.reported_move import reports_move, says_moved
from model.set_aside import set_aside

if TYPE_CHECKING:
    from companion.context import EarlierClip
    from model.intent import Intent


def state_now(intent: Intent, previous: EarlierClip | None, said: str = "") -> Intent:
    """``intent`` with a reported move's "better now?" read as a judgement of the state now when there is no
    ``previous`` clip; else unchanged. ``said``: the question as typed, whose check ("backed the horns off, that
    it?") the intent's cleaned question may have lost with its tag. A part set aside in a "what else?" ("fixed the
    bass, what's next") is dropped first: the question is about the rest of the mix."""
    # "horns are down now, anything else?" with no clip before: the move told is done, the rest of the mix asked
    told = (
        previous is None
        and intent.more
        and says_moved(intent.question)
        and not (_CHECKED.search(intent.question) and not WHOLE_STATE.search(intent.question))
    )
    intent = set_aside(intent, moved=told)
    if told and intent.wants == Wants.BETTER:
        return replace(intent, wants=Wants.WHAT_FIRST)
    if previous is not None and intent.wants == Wants.JUDGE and said_overshot(said or intent.question):
        return replace(
            intent, wants=Wants.BETTER
        )  # "did i cut em too much" after a clip: the two held together
    if previous is not None or intent.wants != Wants.BETTER:
        return intent
    if said_overshot(said or intent.question):  # "did i cut the horns too much?": whether it now sits too low
        return replace(intent, wants=Wants.JUDGE)
    if still_or_better(said or intent.question):
        return replace(intent, wants=Wants.JUDGE)  # "better now or still buried?": the still half, judged now
    if (
        not reports_move(intent.question)
        and not reports_move(said)
        and not _GOOD_NOW.search(said or intent.question)
    ):
        return intent
    return replace(intent, wants=Wants.JUDGE, asks_ok=True)


_CHECKED = re.compile(r"\b(better|help(ed|s)?|work(ed|s)?|good|fixed it|sorted|right)\b", re.IGNORECASE)
"""A check on the move itself ("better?", "did it help?"), said beside "anything else?"."""
_GOOD_NOW = re.compile(rf"\b{GOOD_NOW}\s+now\s*\?*\s*$|{SORTED}", re.IGNORECASE)
"""'clap good now?', 'all sorted now?', 'is it sorted?' with no clip before: the state now asked, a yes when it sits right
("better now?" alone keeps "I have nothing to compare with": better than what it cannot say)."""
