""" "Which one?", "what track?", "which fader do i move" after an answer: the part that answer's move was on, named
first, with the measurement and the move again.

Why: a bare "which one?" names no part, no complaint and no technique, so it was not taken as a follow-up and the
router asked back "Better how, though: ...", a different question from the one asked. The part the user wants is
the one the last answer led with; that earlier question is answered again on the same measurements, so the part
named is the one its card moves.
"""

from __future__ import annotations

import re

from companion.context import MixContext
from model.earlier_answer import earlier_answer
from model.focus import Focus
from model.phrasing import MAX_WORDS, Answer, Composer, first_sentence, fit, lower_first, names

_LEAD = r"^\s*(?:(?:ok|okay|so|and|but|um+|wait|sorry|sry|hm+)\b[,.]?\s*)*"
_PART = r"(?:one|track|part|instrument|fader|channel|thing|1)s?"
_AFTER = (
    r"(?:\s+(?:is it|was it|is that|are they|do i|should i|(?:do )?(?:u|you|ya) mean|exactly|then|again|"
    r"(?:do i|should i|to) (?:move|turn|change|touch|fix|cut|pull|push|bring|lower|drop|raise)(?: (?:down|up))?))*"
)
WHICH_BARE = re.compile(
    _LEAD + rf"(?:(?:(?:which|wich|whitch|witch)(?: {_PART})?|(?:what|wat|wut) {_PART}){_AFTER}|"
    r"(?:where|wher)(?: (?:is it|is that|exactly|then))*)\s*[?!.]*\s*$",
    re.IGNORECASE,
)
"""A question that only asks which part: "which one?", "what track", "which fader do i move", "wich one u mean",
"where is it?" (where the thing just measured sits: on which track)."""


def _tracks(ans: Answer) -> list[str]:
    """The tracks ``ans`` moves, in card order, each once."""
    out: list[str] = []
    for sugg in ans.suggestions:
        if sugg.track and sugg.track not in out:
            out.append(sugg.track)
    return out


def which_one(ctx: MixContext, focus: Focus, ans: Answer, compose: Composer) -> Answer:
    """The part the last answer led with, named first, when the question only asks which one; ``ans`` otherwise."""
    intent = focus.intent
    if not WHICH_BARE.search(intent.question) or intent.technique:
        return ans
    before = earlier_answer(ctx, compose)
    if before is None:
        return ans
    tracks = _tracks(before)
    first = before.first
    if not tracks:  # the last answer moved nothing: no part to name, and none when nothing measures off
        if first is None and not list(ctx.problems):
            return Answer(
                "None: no track measures out of line against real mixes, so there's no fader to move."
            )
        return ans
    if first is not None and first.track and first.track in tracks:
        found = lower_first(first_sentence(first.summary))
        found = re.sub(rf"^'{re.escape(first.track)}'", "it", found)  # "'Bass': it sits ...", the name once
        head = f"It's {first.track!r}: {found}"
    else:
        found = f" {lower_first(first_sentence(first.summary))}" if first is not None else ""
        head = f"No single track is off; the move goes on {names(tracks)}:{found}"
    move = before.moves[0]
    text = fit([head.rstrip(".") + ".", move.try_text, move.check_text], MAX_WORDS, keep=2)
    return Answer(text, before.moves, first)
