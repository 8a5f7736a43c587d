""" "Vocal or low end first?", "should i fix the vocal or the bass first?": two places offered for the first fix,
answered by naming the one the first fix is on.

Why: the choice fell to the paths of its words: a "Yes:" (a yes/no read on "vocal or low end first?"), a "Too
quiet:" label, or the move with no pick named ("what should i tackle first, vocal or low end?" opened "Bring the
fader on 'Lead Vocal' ..."). An engineer asked which of two comes first names it, and the other one: "'Lead Vocal'
first, not the low end: ...". When the first fix is on neither side, "Neither:" and the fix that does come first
(with its card); when nothing is off, "Neither stands out:", not a "No:" said to one side.
"""

from __future__ import annotations

import re

from companion.context import MixContext
from model.blend_craft import LOW_ROLES
from model.focus import Focus
from model.guessed_part import CLAUSE_BREAK
from model.intent import Wants
from model.phrasing import (
    MAX_WORDS,
    Answer,
    capital,
    first_sentence,
    fit,
    lower_first,
    names,
    split_sentences,
)
from model.recipes import recipe
from model.verdict_opening import without_opening

FIRST = re.compile(r"\b(first|1st|start with|begin with|priority)\b", re.IGNORECASE)
"""The question asks what comes first."""
LOW_END = re.compile(r"\b(low[- ]end|bottom[- ]end|the lows|the low stuff|sub|subs)\b", re.IGNORECASE)
"""The low end offered as one side: the bass and the kick, where the session has them."""
NAMED_OPENING = re.compile(r"^It's '[^:]+?', not [^:]+:\s+|^[A-Z][a-z]+( [a-z]+){0,3}:\s+(?=')")
"""A choice already named by another path ("It's 'Bass', not 'Gtr L':") or a short label before the part ("Too
quiet: 'Lead Vocal' ..."): said again here in the first-fix form."""


def _side(focus: Focus, side: str) -> tuple[str, set[str]] | None:
    """The words for one side of the choice and the tracks it covers; None when it names no part or area."""
    parts = [a for a in focus.asked if a.tracks and a.said and a.said.lower() in side.lower()]
    if parts:
        tracks = {rt.name for a in parts for rt in a.tracks}
        return names(sorted(tracks)), tracks
    if LOW_END.search(side) and (low := focus.session.by_roles(*LOW_ROLES)):
        return "the low end", {rt.name for rt in low}
    return None


def _unopened(text: str) -> str:
    """``text`` without the opening its path gave it (a verdict, a label, or a choice named another way)."""
    body = NAMED_OPENING.sub("", text, count=1)
    return without_opening(body) if body == text else body


def first_of_two(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """``ans`` opened "'A' first, not B:" when the question offers two places for the first fix and the answer's
    finding is on one of them (the first fault measured on either, with its card, when the answer's path judged
    only one side and found it fine); ``ans`` itself otherwise."""
    q = focus.intent.question
    if focus.intent.wants not in (Wants.WHAT_FIRST, Wants.JUDGE, Wants.HOW_TO) or not FIRST.search(q):
        return ans
    if " or " not in q:
        return ans
    head, _, tail = q.partition(" or ")
    sides = [_side(focus, CLAUSE_BREAK.split(head)[-1]), _side(focus, CLAUSE_BREAK.split(tail)[0])]
    # a side that names nothing, or "the bass or the low end first?": the same tracks either way
    if sides[0] is None or sides[1] is None or sides[0][1] & sides[1][1]:
        return ans
    (said_a, tracks_a), (said_b, tracks_b) = sides
    f = ans.first
    if f is None or not f.is_problem or f.track not in tracks_a | tracks_b:
        fault = next((p for p in ctx.problems if p.is_problem and not p.is_lean and p.track), None)
        if ans.moves and f is not None and f.is_problem:
            return ans  # the answer's own fix, elsewhere: its path says why
        if fault is None:
            # "vocal or low end first?" with nothing off: neither, not a no to one side
            ans.text = f"Neither stands out: {lower_first(_unopened(ans.text))}"
            return ans
        move = recipe(fault, focus.session)
        said = first_sentence(fault.summary)
        if fault.track not in tracks_a | tracks_b:
            # "guitars or bass first?" with the hats 8 dB over: neither, then the fix that is first
            lead = f"Neither: nothing I measured puts {said_a} out of line, nor {lower_first(said_b)}."
            text = fit(
                [lead, f"What is off is {fault.track!r}: {lower_first(said)}", move.try_text], MAX_WORDS
            )
            return Answer(text, [move], fault)
        # "vocal or low end first?" with the vocal judged fine and the synth bass 9 dB over: the low end's fault
        ans = Answer(fit([said, move.try_text, move.check_text], MAX_WORDS), [move], fault)
        f = fault
    pick, other = (said_a, said_b) if f.track in tracks_a else (said_b, said_a)
    head = f"{capital(pick)} first, not {lower_first(other)}:"
    ans.text = fit(split_sentences(f"{head} {lower_first(_unopened(ans.text))}"), MAX_WORDS, keep=2)
    return ans
