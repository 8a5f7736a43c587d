""" "I tracked it hot, peaking near -6 on the way in, why would it end up buried?": the recording level offered as
a reason the part should sit loud.

Why: the level a part was recorded at sets how far it sits from clipping in its own file, not where it sits
against the band; that is the fader's (and what plays around it). The answer said the part sits low and moved its
fader, but never answered the "but I tracked it hot" that the question turns on, which is the lesson an amateur
needs: gain staging and balance are two different jobs."""

from __future__ import annotations

import re

from companion.context import FindingKind
from model.answer_tracks import WHY_LEVEL
from model.focus import Focus
from model.phrasing import EXPLAIN_WORDS, MAX_WORDS, Answer, fit, split_sentences

TRACKED_HOT = re.compile(
    r"\b(tracked|recorded|cut|captured|printed) (it|them|him|her|the \w+|my \w+|that|this)( \w+)? "
    r"(hot|loud|strong|nice and (hot|loud|strong)|at a (good|healthy|decent|solid) level)\b|"
    r"\bon the way in\b|\b(input|preamp|gain|recording level|record level)s? (was|were|is|are) "
    r"(high|hot|up|cranked|strong|good)\b",
    re.IGNORECASE,
)
"""The level a part was recorded at, said as the reason it should sit loud ("tracked it hot", "peaking near -6 on
the way in", "the gain was cranked")."""
WHY_TRACKED = (
    "How hot you tracked it sets its level on the way in, not its place in the mix: that's the fader's job, and "
    "what plays around it."
)


def tracked_hot(focus: Focus, ans: Answer) -> Answer:
    """``ans`` with the recording level's lesson in place of the general one when the question offers how hot a
    part was tracked and the answer finds that part's level off; ``ans`` otherwise."""
    f = ans.first
    if (
        TRACKED_HOT.search(focus.intent.question) is None
        or f is None
        or not f.is_problem
        or f.kind not in (FindingKind.TRACK_TOO_QUIET, FindingKind.TRACK_TOO_LOUD)
        or WHY_TRACKED in ans.text
    ):
        return ans
    limit = EXPLAIN_WORDS if focus.intent.explain else MAX_WORDS
    if WHY_LEVEL in ans.text:
        return Answer(ans.text.replace(WHY_LEVEL, WHY_TRACKED, 1), ans.moves, f)
    parts = split_sentences(ans.text)
    return Answer(fit([*parts[:1], WHY_TRACKED, *parts[1:]], limit, keep=2), ans.moves, f)
