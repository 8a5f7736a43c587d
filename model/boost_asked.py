"""Whether to boost a named range on a part ("should i boost the highs on the vocal", "do i need more top end on the
guitars?"): the how of that boost on the user's track, with a yes or no from what the mix measures there.

Why: "should i boost ... on the vocal" reads as "should I EQ the vocal?", so the router answered with how many real
mixes EQ'd lead vocals and their usual high-pass, a lesson that never said whether this vocal wants more top. An
engineer answers the boost asked about: whether the mix already has plenty in that range (then no, or only a
small shelf), else yes, with the move on the part (``model.answer_quality``, the same move "how do I add some top
end to the vocal?" gets)."""

from __future__ import annotations

import re
from dataclasses import replace

from companion.context import FindingKind, MixContext
from model.answer_quality import quality_answer, quality_of
from model.focus import Focus
from model.intent import Wants
from model.phrasing import Answer, lower_first

BOOST_VERB = re.compile(
    r"\b(boost|boosting|lift|lifting|add|adding|more|extra|brighter|brighten\w*|airier)\b", re.IGNORECASE
)
"""A range asked to go up, not a state ("is the vocal bright?")."""
SHOULD = re.compile(r"\b(should|shall|do i need|need to|would it help|worth)\b", re.IGNORECASE)
"""A permission asked ("should i", "do i need to"), answered yes or no."""
HELD_OFF = re.compile(r"^I'd hold off on adding [\w ]+ with EQ on ('[^']+'(?:(?:, | and )'[^']+')*): ")
"""The quality answer's opening where the mix already has plenty in that range."""


def boost_asked(ctx: MixContext, focus: Focus) -> Answer | None:
    """The quality move as a yes/no on the boost asked for; None for any other question."""
    intent = focus.intent
    q = intent.question
    if intent.wants != Wants.JUDGE or intent.technique not in (None, "eq") or not intent.instruments:
        return None
    if not (SHOULD.search(q) and BOOST_VERB.search(q)) or intent.complaint not in (None, "dull"):
        return None
    quality = quality_of(q)
    found = [a for a in focus.asked if a.found and a.how != "inside" and a.tracks]
    if quality is None or quality.name != "bright" or len(found) != 1 or focus.missing:
        return None
    how = replace(focus, intent=replace(intent, wants=Wants.HOW_TO, technique=None, should=False))
    ans = quality_answer(ctx, how, found[0])
    if ans is None:
        return None
    if (held := HELD_OFF.match(ans.text)) is not None:
        ans.text = f"No, not much on {held.group(1)}: {ans.text[held.end() :]}"
    elif ans.moves and (
        ans.first is None or ans.first.kind is FindingKind.DULL
    ):  # room for it, or a dull lean
        ans.text = f"Yes, a little: {lower_first(ans.text)}"
    else:
        return None  # a level or masking fault leads: the router's own answer says it
    return ans
