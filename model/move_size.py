""" "Why that much?", "why only 6 dB, it's like 13 over?", "isn't 6 dB a lot?" after a fader move was given: the
asker questions the move's size, not the verdict. It was answered with the verdict's reason again ("Because a
snare that far up cracks over the vocal ...") or the whole answer repeated, which never says why the number is
what it is.

The number's reason is in the finding: a fader move goes back to the edge of the range most real mixes keep that
part in (``typical_spread_db`` around the usual place), never further, and a first move is capped
(``move_cap_db``: "start there, then listen", ``companion.listening.track_levels``). So the answer says which of
the two set it, with the finding's own numbers, and what to do after it: listen, then go on by ear."""

from __future__ import annotations

import re
from dataclasses import replace

from companion.context import Finding, MixContext
from model.eq_move_size import eq_move_size
from model.evidence import TRACK_LEVEL_KINDS
from model.focus import Focus
from model.intent import previous_question
from model.move_loudness import fader_card
from model.phrasing import MAX_WORDS, Answer, Composer, first_sentence, fit

SIZE_Q = re.compile(
    r"\bwhy (only |just )?(that much|so much|that little|so little|(only |just )?\d+(\.\d+)? ?(db|decibels?))"
    r"(?=\s*($|[?,.!]| though| then| on| for| of a))|"
    r"\bwhy (not|wouldn'?t i|can'?t i|shouldn'?t i|don'?t i) (just )?((go |move it |pull it |push it |bring it |"
    r"turn it |take it |drop it |put it )?(more|less|further|farther|all the way|the whole way|the full \w+)"
    r"(?=\s*($|[?,.!]| than| down| up| dbs?\b))|"
    r"(pull|push|bring|turn|take|drop|put|move) (it|them) (all the way|the whole way|further|farther|more))\b|"
    r"\b(is|isn'?t|isnt|aint|ain'?t|seems?|sounds?) (\w+ ){0,2}(\d+(\.\d+)? ?db|the move|that move|that step) "
    r"(a lot|too much|a big (move|jump|change|cut|boost)|huge|drastic|extreme|not enough|too little|a bit much)\b|"
    # "isn't that a lot?": the move just given; "is it too much?" stays the part's level, "a lot of reverb" an amount
    r"\b(is|isn'?t|isnt|aint|ain'?t) (that|it) (a lot|a big (move|jump|change|cut|boost)|drastic|extreme|a bit much)"
    r"(?! of)\b|"
    r"\b(that'?s|thats|it'?s|its) (a |quite a |such a |kind of a |kinda a )?(big|huge|drastic|extreme|massive) "
    r"(move|jump|change|cut|boost)\b|\bwhy (only |just )?\d+(\.\d+)?\s*\?|\b(only|just) \d+(\.\d+)? ?db\s*\?",
    re.IGNORECASE,
)
"""A question about the size of the move just given, not about whether to make it."""
BIG_Q = re.compile(
    r"\b(that much|so much|a lot|too much|big|huge|drastic|extreme|a bit much)\b", re.IGNORECASE
)
"""The move said to be too big (the others say too small: "why only 6 dB?", "why not all the way?")."""
WHY = re.compile(r"^\W*(so |but |ok |and )?(why|how come)\b", re.IGNORECASE)
"""Asked as a why ("why that much?"), which takes a because, not a yes or no ("isn't 6 dB a lot?")."""


def _level_finding(ctx: MixContext, track: str) -> Finding | None:
    return next(
        (
            f
            for f in ctx.findings
            if f.kind in TRACK_LEVEL_KINDS
            and f.track == track
            and isinstance(f.evidence.get("suggested_delta_db"), (int, float))
            and f.evidence.get("suggested_delta_db")
        ),
        None,
    )


def _spread(f: Finding) -> tuple[float, float] | None:
    spread = f.evidence.get("typical_spread_db")
    if isinstance(spread, (list, tuple)) and len(spread) == 2:
        return float(spread[0]), float(spread[1])
    return None


def move_size(ctx: MixContext, focus: Focus, compose: Composer) -> Answer | None:
    """Why the fader move of the previous answer is the size it is; None when the question does not ask that, or
    the previous answer gave no fader move from a level finding."""
    q = focus.intent.question
    before = previous_question(ctx.history)
    if before is None or not SIZE_Q.search(q):
        return None
    earlier = compose(replace(ctx, question=before[0], history=before[1]))
    card = fader_card(earlier)
    f = _level_finding(ctx, card.track) if card is not None and card.track else None
    if card is None or f is None:
        return eq_move_size(ctx, q, earlier)  # "isn't that a lot?" after an EQ dip: that dip's size
    # None for a relation (buried under everything, over the lead): its scale says the edge
    spread = _spread(f)
    step = abs(float(card.params["delta_db"]))
    dev = float(f.evidence.get("deviation_db", 0.0))
    cap = float(f.evidence.get("move_cap_db") or 0.0)
    way = "down" if float(card.params["delta_db"]) < 0 else "up"
    edge = (spread[1] if dev > 0 else spread[0]) if spread is not None else None
    capped = cap > 0 and step >= cap - 0.01 and (edge is None or abs(dev) - abs(edge) > step + 0.01)
    big = BIG_Q.search(q) is not None
    name = f"'{card.track}'"
    found = first_sentence(f.summary).rstrip(".")
    if capped:
        head = "Because it's a first step, not the whole way:"
        if big:
            head = "Because it sits that far off:" if WHY.search(q) else "Not for a part this far off:"
        why = (
            f"I start a fader at most {cap:g} dB at a time, even when a part sits further out than that: the usual "
            "place is the median of other songs, not a target for yours."
        )
        then = (
            f"Take {name} {way} {step:g} dB, listen with the whole mix playing, and go further by ear only if it "
            "still stands out."
        )
    else:
        head = "Because that reaches the usual range:"
        if big and not WHY.search(q):
            head = "No, it's the distance back to the usual range:"
        why = (
            f"{step:g} dB {way} takes it back to the edge of where real mixes keep such a part; going further, "
            "toward the middle of the range, is a taste call, not a fix."
        )
        then = f"Take {name} {way} {step:g} dB and listen with the whole mix playing."
    text = fit([f"{head} {found}.", why, then], MAX_WORDS, keep=2)
    return Answer(text, [m for m in earlier.moves if card in m.suggestions][:1], f)
