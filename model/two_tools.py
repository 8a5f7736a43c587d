""" "What comp settings n eq moves for my vocal?", "how should i eq and compress the snare?": two tools asked for on
one part, each answered, in the order said.

Why: the router keeps one technique per question, so these got the compressor alone ("Yes, most engineers do:
... 73% of lead vocals were compressed", a yes to a question nobody asked) and the EQ went unsaid. An engineer
gives both: each tool's own answer for that part ("how should i eq the vocal?", "what compressor settings for the
vocal?"), its move and its numbers, labelled ("EQ: ... Compression: ..."). Each side is the advisor's own answer to
that tool alone; only the two are put side by side. Two tools offered as a choice ("eq or compression?") are
``model.either_tool``'s.
"""

from __future__ import annotations

import re
from dataclasses import replace

from companion.context import MixContext
from model.focus import Focus
from model.intent import Wants
from model.phrasing import MAX_WORDS, Answer, Composer, fit, split_sentences
from model.verdict_opening import without_opening

_TOOLS = (
    ("eq", "EQ", r"\beq(s|'?ing|'?d)?\b|\bequali[sz]\w*", "how should i eq the {part}?"),
    (
        "comp",
        "Compression",
        r"\bcomp(ress\w*|s)?\b|\bcompressor\b",
        "what compressor settings for the {part}?",
    ),
)
"""The tools a two-tool ask names: its key, its label, its words, and the question it is answered as alone."""
_JOINED = re.compile(r"\b(and|n|&|\+|plus|then|also)\b|,", re.IGNORECASE)
"""Two tools said together (not offered as a choice)."""
_CHOICE = re.compile(r"\b(or|vs\.?|versus)\b|/", re.IGNORECASE)
_SENTENCES = 2
"""Each tool's move and its numbers: what the answer keeps of each."""


def both_tools(ctx: MixContext, focus: Focus, ans: Answer, compose: Composer) -> Answer:
    """``ans`` rewritten to give each of two tools asked for on one part its own answer; ``ans`` otherwise."""
    intent = focus.intent
    q = intent.question
    asked = [a for a in focus.asked if a.tracks]
    if intent.wants not in (Wants.HOW_TO, Wants.JUDGE) or len(asked) != 1 or intent.follow_up:
        return ans
    # "sit IN the track instead of floating on top? comp, eq, whatever": a goal the router met with a move found
    if ans.moves:
        return ans
    found = sorted(
        (m.start(), m.end(), key, label, alone)
        for key, label, words, alone in _TOOLS
        if (m := re.search(words, q, re.IGNORECASE)) is not None
    )
    if len(found) != 2:
        return ans
    between = q[found[0][1] : found[1][0]]
    if len(between) > 30 or _CHOICE.search(between) or not _JOINED.search(between):
        return ans  # "eq or compression?" is a choice; two tools said apart are no one ask
    if intent.wants == Wants.JUDGE and not re.search(r"\b(settings?|moves?|numbers|how)\b", q, re.IGNORECASE):
        return ans  # "should i eq and compress it?": a yes or no, the router's
    part = asked[0].said or asked[0].word
    sides = [compose(replace(ctx, question=alone.format(part=part), history=())) for *_, alone in found]
    a, b = (s.first for s in sides)
    # both wait for the same fault ("First its level: ..."): the router's one answer says it once
    if a is not None and b is not None and a.is_problem and (a.kind, a.track) == (b.kind, b.track):
        return ans
    kept = [split_sentences(without_opening(s.text))[:_SENTENCES] for s in sides]
    if not all(kept):
        return ans
    parts = [f"{label}: {' '.join(k)}" for (*_, label, _), k in zip(found, kept, strict=True)]
    text = fit(parts, MAX_WORDS, keep=1)
    moves = [m for s in sides for m in s.moves if m.try_text.lower() in text.lower()]
    return replace(ans, text=text, moves=moves, first=sides[0].first or sides[1].first)
