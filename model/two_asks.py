"""Two questions in one message ("is the sub bass too loud, also should i compress it harder"), answered in the
order asked: the first question's verdict first, then the second's.

Why: the router reads the whole message as one question, and a move asked about ("should I compress it?") wins
its opening ("Not first: ..."), so the user's first question, answered yes by the same measurement, reads as a
no. An engineer answers the first question first ("Yes: 'Synth Bass' sits ...") and then the second ("As for
the compression: not first."). The first question is answered on its own (the same advisor, the same
measurements); only when both answers lead with the same finding is its verdict put on the shared body, so no
verdict is said without the evidence that backs it. The first question may be a tag said without its question
mark ("the upright's too loud isn't it, should i eq it"); a second that offers the fader against a tool ("should
i eq it or just ride the fader") is named as that choice ("As for the EQ or the fader: turn it down first."), and
is left to ``model.tool_or_fader`` when the first claims a level (its pick answers both).
"""

from __future__ import annotations

import re
from dataclasses import replace

from companion.context import MixContext
from model.evidence import TRACK_LEVEL_KINDS
from model.focus import Focus
from model.guessed_cause import GUESS
from model.intent import Wants, classify
from model.intent_forms import strip_tag
from model.phrasing import EXPLAIN_WORDS, MAX_WORDS, Answer, Composer, fit, lower_first, split_sentences
from model.tool_or_fader import LEVEL_SAID, claimed_move_choice, offered

SECOND_ASK = re.compile(
    r"(\s*[,;]\s*|\s*\?+\s*|\s+)((and|also|plus|then|btw|oh and|and also)\s+)+(?=(should|shall|do|does|is|are|can|"
    r"could|would|will|did|am)\b)|\?+\s+(?=(should|shall|do|does|is|are|can|could|would|will|did)\b)|"
    r"\s*[,;]\s*(?=(should|shall) (i|we)\b)",
    re.IGNORECASE,
)
"""Where a second question starts: a joining word ("also", "and", "plus") or a question mark, then an auxiliary
that opens a question of its own ("should i compress it", "is it too loud")."""
YES_NO = re.compile(
    r"^\s*(so |ok |okay |and |but |like )?(is|are|does|do|did|was|were|has|have|am|can|could|will|isn'?t|aren'?t)\b|"
    r"\b(is|are) (it|they|that|this)\b[^?]*$|\?\s*$",
    re.IGNORECASE,
)
"""A first part asked as a question ("is the sub bass too loud", "the bass too loud?"), not a statement ("mix has
no energy, should i ...?" is one question with its reason before it)."""
MOVE_ASK = re.compile(r"^(should|shall|can|could|would|do|does)\b", re.IGNORECASE)
"""A second question that asks about a move ("should i compress it harder", "do i need a de-esser"), not one that
guesses a cause ("is it the master eq?"), which the blame routes answer."""
OPENING = re.compile(r"^(?P<verdict>[A-Z][\w' ,]{0,30}?):\s+")
"""An answer's verdict ("Yes", "Not first", "No, the opposite") before its colon."""
SAID = {"eq": "the EQ", "compression": "the compression", "reverb": "the reverb", "delay": "the delay",
        "panning": "the panning", "limiting": "the limiter", "saturation": "the saturation",
        "gating": "the gate", "sidechain": "the sidechain", "deessing": "the de-esser"}  # fmt: skip
"""How the second question's technique is named in its own verdict."""


def split_asks(question: str) -> tuple[str, str] | None:
    """(first question, second question) when ``question`` holds two, each of two words or more; None otherwise."""
    m = SECOND_ASK.search(question)
    if m is None:
        return None
    first, second = (
        question[: m.start() + (1 if "?" in m.group(0) else 0)].strip(" ,;"),
        question[m.end() :].strip(),
    )
    if len(first.split()) < 2 or len(second.split()) < 2:
        return None
    return first, second


def _same_lead(a: Answer, b: Answer) -> bool:
    fa, fb = a.first, b.first
    return fa is not None and fb is not None and (fa.kind, fa.track) == (fb.kind, fb.track)


CANT_STATEMENT = re.compile(
    r"\s*(i |we )?(can'?t|cannot|couldn'?t) (really |even )?(hear|make out|understand|follow|tell)\b", re.I
)
"""A symptom told as a statement ("can't make out the words"), no question of state before the move asked."""


def in_asked_order(ctx: MixContext, focus: Focus, ans: Answer, compose: Composer) -> Answer:
    """``ans`` opening with the first question's verdict and then the second's, when the message asks a state
    ("is it too loud") and then a move ("should i compress it"), and the whole answer opens with the move's
    verdict; ``ans`` otherwise."""
    intent = focus.intent
    if intent.wants != Wants.JUDGE or not intent.should or intent.technique not in SAID:
        return ans
    asks = split_asks(intent.question)
    opened = OPENING.match(ans.text)
    if asks is None or opened is None or not MOVE_ASK.match(asks[1]):
        return ans
    if not YES_NO.search(asks[0]) and not strip_tag(asks[0])[1]:  # "the upright's too loud isn't it, ..."
        return ans
    if CANT_STATEMENT.match(asks[0]):  # "can't make out the words, should i ...": a symptom told, not asked
        return ans
    if claimed_move_choice(intent.question, intent.instruments) is not None:
        return ans  # "too loud innit? should i eq it or ride the fader": the tool-or-fader pick answers both
    choice = offered(asks[1], moves=True)  # "should i eq it or just ride the fader": two moves, not a cause
    if GUESS.search(asks[1]) and choice is None:
        return ans
    first_intent = classify(asks[0], ctx.history)
    if first_intent.wants != Wants.JUDGE or first_intent.should or first_intent.technique is not None:
        return ans  # the first question is itself a move (or names the same technique): the answer stands
    first = compose(replace(ctx, question=asks[0]))
    said = OPENING.match(first.text)
    if said is None or not _same_lead(first, ans) or said.group("verdict") == opened.group("verdict"):
        return ans
    parts = split_sentences(ans.text[opened.end() :])
    word = SAID[intent.technique].split()[-1].lower()
    named = f"{choice[0]} or {LEVEL_SAID[choice[1]]}" if choice else SAID[intent.technique]
    # the second verdict goes before the sentence that gives its reason (the one naming the technique)
    at = next((i for i, p in enumerate(parts) if i > 0 and word in p.lower()), min(2, len(parts)))
    parts.insert(at, f"As for {named}: {lower_first(opened.group('verdict'))}.")
    parts[0] = f"{said.group('verdict')}: {parts[0]}"
    limit = EXPLAIN_WORDS if intent.explain else MAX_WORDS
    ans.text = fit(parts, limit, keep=at + 1)
    return ans


FINE_PART = re.compile(
    r"^(?:It's fine: nothing I measured says ('[^']+') is out of line\.|Leave ('[^']+') where (?:it|they) (?:is|are): "
    r"nothing I measured says (?:it|they) (?:is|are) (?:too \w+|out of line))"
)
"""The fader answer for a part in place ("It's fine: nothing I measured says 'Hats' is out of line.", "Leave 'Bass'
where it is: nothing I measured says it is too loud")."""


def size_then_tool(ctx: MixContext, focus: Focus, ans: Answer, compose: Composer) -> Answer:
    """ "how much do i pull the hats, and is eq needed too?": the size of the fader move first (with its card), then
    the tool asked after it, "not first" while the part's level is what is off; ``ans`` for any other message.

    Why: the tool named in the second question took the whole message, so the answer was the tool's lesson with
    no size and no card, though the first question asked for a fader move's size. A part in place gets "No need to
    move the fader on 'Hats': ..." before the tool's answer."""
    intent = focus.intent
    if intent.wants != Wants.HOW_MUCH or intent.technique not in SAID:
        return ans
    asks = split_asks(intent.question)
    if asks is None:
        return ans
    first_intent = classify(asks[0], ctx.history)
    if first_intent.wants != Wants.HOW_MUCH or first_intent.technique is not None:
        return ans
    first = compose(replace(ctx, question=asks[0]))
    fault = first.first
    tool = SAID[intent.technique]
    limit = EXPLAIN_WORDS if intent.explain else MAX_WORDS
    if not first.moves and (fine := FINE_PART.match(first.text)) is not None:
        # "how much do i pull the hats, and is eq needed too?" with the hats in place: no pull, then the tool's answer
        head = (
            f"No need to move the fader on {fine[1] or fine[2]}: nothing I measured says it is out of line."
        )
        return Answer(
            fit([head, f"As for {tool}: {lower_first(ans.text)}"], limit, keep=2), ans.moves, ans.first
        )
    if not first.moves or fault is None or fault.kind not in TRACK_LEVEL_KINDS:
        return ans  # no fader move sized: the tool's own answer stands
    verdict = f"As for {tool}: not first. Set the fader, then listen again; {tool} won't fix a part at the wrong level."
    parts = split_sentences(first.text)
    return Answer(fit([parts[0], verdict, *parts[1:]], limit, keep=2), first.moves, fault)
