""" "How do i make my clap sound fatter n wider like on the big pop records?": two qualities wished for on one
part, each answered, in the order said.

Why: the router reads one quality per question (the first word found), so "fatter n wider" got the body lift
alone and the width the user also asked for went unsaid. An engineer gives each its move: the body first ("On
'Clap', add 2 dB around 190 Hz"), then the width ("For the width: ..."). Each word is answered by the same
advisor on its own ("how do i make my clap wider?"), so every move and number is the one that word alone would
get.
"""

from __future__ import annotations

import re
from dataclasses import replace

from companion.context import MixContext
from model.answer_quality import QUALITIES
from model.focus import Focus
from model.intent import Wants
from model.phrasing import MAX_WORDS, Answer, Composer, fit, lower_first, split_sentences

_WIDE = r"\bwid(er|en)\b|\bmore (width|stereo|spread)\b"
"""Width wished for on a part, which the stereo route answers (not a quality of tone)."""
_JOINED = r"\s*(,|\band\b|\bn\b|&|\+|\bplus\b|\bbut also\b)\s*(more |a bit |a little )?"
"""How two wished words are joined in one breath ("fatter n wider", "punchier, brighter")."""
_LABELS = {"wide": "For the width", "full": "For the body", "punch": "For the punch", "bright": "For the top",
           "clear": "For the clarity", "tight": "For the tightness", "big": "For the size"}  # fmt: skip
"""How the second word's part of the answer is introduced."""
_TOOLS_OK = (None, "widening", "reverb", "eq", "compression", "saturation")
"""Tools a two-quality wish may name beside its words: each word's own answer picks the tool it needs."""
_SENTENCES = 2
"""Each word's move and its reason: what the answer keeps of each."""


def _wished(question: str) -> list[tuple[str, str]]:
    """(quality name, the word as said) for each quality wished for, in the order said, each once."""
    found: list[tuple[int, str, str]] = []
    for q in (*QUALITIES, None):
        name, pattern = ("wide", _WIDE) if q is None else (q.name, q.pattern)
        m = re.search(pattern, question, re.IGNORECASE)
        if m is not None and all(name != n for _, n, _ in found):
            found.append((m.start(), name, m.group(0)))
    return [(n, w) for _, n, w in sorted(found)]


def both_qualities(ctx: MixContext, focus: Focus, ans: Answer, compose: Composer) -> Answer:
    """``ans`` rewritten to give each of two qualities wished for on one part its move; ``ans`` otherwise."""
    intent = focus.intent
    asked = [a for a in focus.asked if a.tracks]
    # a tool offered beside the words ("layering, verb, whatever") or the width's own is no question of its own
    if (
        intent.wants != Wants.HOW_TO
        or len(asked) != 1
        or intent.follow_up
        or intent.technique not in _TOOLS_OK
    ):
        return ans
    said = _wished(intent.question)
    if len(said) < 2:
        return ans
    (_, w1), (second, w2) = said[:2]
    if not re.search(re.escape(w1) + _JOINED + re.escape(w2), intent.question, re.IGNORECASE):
        return ans  # two words said apart ("punchy in the verse, wider in the chorus") are not one wish
    part = asked[0].said or asked[0].word
    answers = [
        compose(replace(ctx, question=f"how do i make the {part} {word}?", history=()))
        for _, word in said[:2]
    ]
    kept = [split_sentences(a.text)[:_SENTENCES] for a in answers]
    if not all(kept):
        return ans
    parts = [*kept[0], f"{_LABELS.get(second, 'For the second')}: {lower_first(kept[1][0])}", *kept[1][1:]]
    text = fit(parts, MAX_WORDS, keep=len(kept[0]) + 1)
    moves = [m for a in answers for m in a.moves if m.try_text.lower() in text.lower()]
    return replace(ans, text=text, moves=moves, first=answers[0].first or answers[1].first)
