""" "How do i make the organ sit behind the vocal without losing it?", "how do i tuck the keys under the vocal?": how
to place one part under another, asked as a how-to.

Why: with nothing measured off, the router judged the part's level ("No: nothing I measured says 'Organ' is too
loud"), a verdict nobody asked for, and never said how. An engineer says where the part sits against the other now
and where it usually sits in well-rated mixes (MixologyDB's gap between the two roles, as ``model.pair_gap`` uses),
moves the fader only when it sits above that, and otherwise carves a little room where the other part reads (its
presence range) so the part stays heard without competing; a level fault on either part comes first.
"""

from __future__ import annotations

import re

from companion.context import MixContext
from model.answer_tracks import role_word
from model.focus import Asked, Focus
from model.intent import Wants
from model.louder_than import LEVELS
from model.moves import eq, fader
from model.pair_gap import meters_said, pair_reading, sits
from model.phrasing import MAX_WORDS, Answer, first_sentence, fit, lower_first
from model.recipes import recipe

TUCK_Q = re.compile(
    r"\b(sit|sits|sitting|tuck|tucked|push|pushed|put|place|nestle|blend|get|make)\b[^?.]{0,30}?"
    r"\b(behind|under|underneath|beneath|below|in the back of)\b",
    re.IGNORECASE,
)
"""One part placed behind or under another ("sit behind the vocal", "tuck the keys under the vocal")."""
STEP_DB = 1.0
"""A gap within 1 dB of the usual one needs no fader move."""


def _placed(focus: Focus) -> tuple[Asked, Asked] | None:
    """(the part to tuck, the part it goes under), in the order the question names them."""
    found = [a for a in focus.asked if a.tracks]
    if len(found) != 2 or {rt.name for rt in found[0].tracks} & {rt.name for rt in found[1].tracks}:
        return None
    m = TUCK_Q.search(focus.intent.question)
    if m is None:
        return None
    low = focus.intent.question.lower()
    first = min(found, key=lambda a: low.find((a.said or a.word).lower()))
    return (first, found[1] if first is found[0] else found[0])


def tuck_under(ctx: MixContext, focus: Focus) -> Answer | None:
    """How to sit one named part behind another: the usual gap, this mix's gap, the fader only when above it, then
    room carved where the other part reads; None when the question is no such how-to."""
    if ctx.analysis is None or focus.intent.wants != Wants.HOW_TO or (pair := _placed(focus)) is None:
        return None
    if (read := pair_reading(ctx, *pair)) is None:
        return None
    roles, spread, (rt_a, v_a), (rt_b, v_b) = read
    if roles[1] != "lead_vocal":
        return None  # the room carved is where the words read; under a kick or a bass it is another craft
    names = {rt_a.name, rt_b.name}
    fault = next((f for f in ctx.problems if f.kind in LEVELS and not f.is_lean and f.track in names), None)
    if fault is not None:  # a fader measured off on either part: that move places it first
        move = recipe(fault, focus.session)
        lead = f"Start with the level: {lower_first(first_sentence(fault.summary))}"
        return Answer(fit([lead, move.try_text, move.check_text], MAX_WORDS, keep=2), [move], fault)
    gap, usual = v_a - v_b, spread.median
    what = role_word(roles[0])
    said = (
        f"The {what} {sits(what)} a median {usual:+.1f} dB against the {role_word(roles[1])} in {spread.n} "
        f"well-rated real mixes (MixologyDB). {meters_said(rt_a, v_a, rt_b, v_b)}"
    )
    if gap > usual + STEP_DB:  # above where it usually sits: the fader takes it back first
        move = fader(rt_a, -round((gap - usual) * 2) / 2, f"it sits above the usual gap to {rt_b.quoted}")
        return Answer(
            fit([said, move.try_text, CARVE.format(part=rt_a.quoted), CHECK], MAX_WORDS, keep=2), [move]
        )
    carve = eq(rt_a, 2500.0, -2.0, 1.5, f"room where {rt_b.quoted} reads, so {rt_a.quoted} stays heard under it",
               CHECK)  # fmt: skip
    head = f"{said} It already sits there, so leave the fader:"
    return Answer(fit([head, lower_first(carve.try_text), CARVE_WHY.format(other=rt_b.quoted), CHECK], MAX_WORDS,
                      keep=2), [carve])  # fmt: skip


CARVE = "Then, to keep it heard under the other part, dip {part} 2 dB around 2-3 kHz (Q ~1.5) rather than pull it further."
CARVE_WHY = (
    "That's where {other} reads; room there lets the part stay full underneath instead of being pulled down until "
    "it's lost. A little more reverb on it than on the lead pushes it back too."
)
CHECK = "Check by muting it: you should miss it when it's gone, but never hear it compete with the words."
