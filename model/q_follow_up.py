""" "What Q for that dip?", "how wide should that cut be?": the bandwidth of the EQ move just given, from its card.

The router answered these with the answer before repeated (the fader move first, the dip's Q never said) or an
EQ lesson with another finding's cards. The Q the user wants is on the EQ card of the conversation's last answer
that gave one; that earlier question is answered again on the same measurements, so the Q said is the card's own.
"""

from __future__ import annotations

import re
from dataclasses import replace

from companion.context import MixContext
from model.focus import Focus
from model.intent import classify
from model.phrasing import MAX_WORDS, Answer, Composer, fit, say_khz
from model.phrasing import names as names_of
from model.recipes import RECIPES, Move, recipe

Q_ASKED = re.compile(
    r"\b(what|which) (q|bandwidth|band ?width)\b|\bq (value|setting|should)\b|\bhow (wide|narrow|broad|sharp)\b"
    r"[^?.]{0,30}\b(dip|cut|boost|notch|band|eq|bell)\b",
    re.IGNORECASE,
)
"""The width of an EQ band asked: "what Q for that dip?", "which Q?", "how wide should the cut be?"."""
LOOK_BACK = 3
"""Earlier questions searched for the EQ move, most recent first."""


def _eq_move(moves: list[Move], names: set[str]) -> Move | None:
    """The first move whose first card is an EQ band with a Q (on one of ``names`` when any is named)."""
    for move in moves:
        card = move.suggestions[0] if move.suggestions else None
        for sugg in move.suggestions:
            if sugg.action == "eq_band" and "q" in sugg.params and (not names or sugg.track in names):
                return Move(move.try_text, move.check_text, [sugg]) if sugg is not card else move
    return None


def _shape(q: float) -> str:
    if q < 1.0:
        return "a wide one, for a clash spread over a range"
    if q <= 2.5:
        return "a medium one, broad enough to sound natural"
    return "a narrow one, for a single ringing spot"


def eq_width(ctx: MixContext, focus: Focus, ans: Answer, compose: Composer) -> Answer:
    """The Q of the EQ move last given, when the question asks for a band's width; ``ans`` otherwise."""
    if not Q_ASKED.search(focus.intent.question) or focus.session is None:
        return ans
    # a part named in this question narrows the search; one carried over from the last ("that dip") does not
    named = bool(classify(focus.intent.question).instruments)
    names = {rt.name for a in focus.asked if a.found for rt in a.tracks} if named else set()
    history = ctx.history
    found: Move | None = None
    for i in range(len(history) - 2, -1, -2):
        if len(history) - i > 2 * LOOK_BACK or found is not None:
            break
        asked, said = history[i], history[i + 1]
        if asked.role != "user" or said.role != "assistant":
            continue
        before = compose(replace(ctx, question=asked.content, history=history[:i]))
        move = _eq_move(before.moves, names)
        if move is not None and f"'{move.suggestions[0].track}'" in said.content:
            found = move
    # no EQ move given yet: the one the first problem measured with an EQ cure would take
    found = found or _eq_move([recipe(f, focus.session) for f in ctx.problems if f.kind in RECIPES], names)
    if found is None:
        return ans
    card = found.suggestions[0]
    same = [s for s in found.suggestions if s.action == "eq_band" and s.params == card.params]
    found = Move(found.try_text, found.check_text, same)  # one width said, on every card it holds for
    q, gain, freq = (
        float(card.params["q"]),
        float(card.params.get("gain_db", 0.0)),
        card.params.get("freq_hz"),
    )
    where = f" around {say_khz(float(freq))}" if isinstance(freq, (int, float)) else ""
    verb = "dip" if gain < 0 else "add"
    on = names_of([str(s.track) for s in same])
    head = f"Q {q:.1f}, {_shape(q)}: on {on}, {verb} {abs(gain):g} dB{where} with the Q at {q:.1f}."
    check = (
        "Sweep the Q narrower while it plays: stop where the fix still holds and the part still sounds whole."
    )
    return Answer(fit([head, check], MAX_WORDS, keep=1), [found], ans.first)
