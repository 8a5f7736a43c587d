"""Two whole-mix tone words asked at once ("is it muddy and harsh at the same time?", "muddy n harsh at once", "the
mix sounds thin and dull"): each sound gets its own verdict, in the order said.

Why: the router reads one complaint per question (the first word found), so "muddy and harsh" was answered on the
mud alone ("No: nothing in the low-mids stands out"), and the harshness the user also asked about was left
unjudged (or came back only as "what does stand out"). An engineer answers both words: "Muddy? No: ... Harsh? A
little: ..." with the move for the one that is measured. Each word is judged by the same advisor on its own
("is the mix harsh?"), so every verdict and number is the one that word alone would get.
"""

from __future__ import annotations

import re
from dataclasses import replace

from companion.context import MixContext
from model.focus import Focus
from model.intent import Wants
from model.intent_tone import TONE_COMPLAINTS
from model.intent_words import COMPLAINTS
from model.phrasing import MAX_WORDS, Answer, Composer, first_sentence, fit, lower_first, split_sentences
from model.verdict_opening import opening, without_opening

NO_VERDICTS = ("No", "Not really", "It's fine")
"""Verdicts that clear a word: its first sentence says why, and its "what does stand out" tail is left out."""
WITHOUT = re.compile(
    r"\b(without|w/o|but not|while (keeping|not)|not too|instead of|rather than|so it'?s not)\b", re.I
)
"""One word wished away without the other ("more air without it getting harsh"): a how-to with a limit, not two
sounds asked about."""
BLAMED = re.compile(
    r"\b(blame\w*|caus(e|es|ed|ing)|culprit|fault|because|is (it|that|this) (the|my)|from (the|my))\b|"
    # "screechy n thin up top, or am i imagining it": one region's sound checked against the ear, not two sounds
    r"\b(imagin\w*|just me|hearing things|up top|down low|on top|in the (highs|lows|top|low end|top end))\b",
    re.IGNORECASE,
)
"""A cause guessed beside the sounds ("honky n harsh, is my interface to blame?"), or the words said of one region
or as a reality check ("screechy n thin up top, or am i imagining it"): other routes' questions."""
_PATTERNS = {name: pattern for name, pattern in COMPLAINTS if name in TONE_COMPLAINTS}


def tones_said(question: str) -> list[str]:
    """The tone complaints ``question`` names, in the order said, each once (matches may not overlap)."""
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for name, pattern in _PATTERNS.items():
        for m in re.finditer(pattern, question, re.IGNORECASE):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            found.append((m.start(), name))
            break
    return list(dict.fromkeys(name for _, name in sorted(found)))


def both_tones(ctx: MixContext, focus: Focus, ans: Answer, compose: Composer) -> Answer:
    """``ans`` rewritten to judge each of two whole-mix tone words asked at once; ``ans`` otherwise."""
    intent = focus.intent
    if intent.instruments or intent.technique is not None or intent.wants not in (Wants.JUDGE, Wants.HOW_TO):
        return ans  # a how-to on two words gets each word's verdict too: the move follows the one measured
    if ctx.analysis is None or intent.follow_up:
        return ans
    said = tones_said(intent.question)
    if len(said) < 2 or WITHOUT.search(intent.question) or BLAMED.search(intent.question):
        return ans
    heads: list[str] = []  # each word's verdict with its first sentence, in the order said
    rests: list[str] = []  # then the measured words' detail and moves, dropped from the end past the budget
    moves = []
    first = None
    tail: list[str] = []
    tail_moves = []
    for name in said[:2]:
        one = compose(replace(ctx, question=f"is the mix {name}?", history=()))
        m = opening(one.text)
        verdict = m.group("verdict") if m else None
        body = split_sentences(without_opening(one.text))
        if not body or verdict is None:
            return ans  # a word its own answer gives no verdict to: the router's answer stands
        heads.append(f"{name.capitalize()}? {verdict}: {lower_first(first_sentence(body[0]))}")
        if verdict in NO_VERDICTS:
            tail = tail or [s for s in body[1:] if not any(re.search(_PATTERNS[w], s, re.I) for w in said)]
            tail_moves = tail_moves or list(one.moves)
            continue
        rests += body[1:]
        moves += one.moves
        first = first or one.first
    if not moves and tail:  # both cleared: what does stand out instead, once, with its move
        rests += tail
        moves = tail_moves
    ans.text = fit([*heads, *rests], MAX_WORDS, keep=len(heads))
    ans.moves = [
        m for m in moves if m.try_text.lower() in ans.text.lower()
    ]  # a move whose words did not fit gets no card
    ans.first = first
    return ans
