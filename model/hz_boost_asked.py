""" "Should i boost 5k on the vocal?": a boost at one frequency proposed on one part, with nothing measured off on
that part: yes or no from what the whole mix carries in that range, then the boost itself, sized and checkable.

Why: "boost ... on the vocal" reads as "should I EQ the vocal?", so the router answered "Yes, most engineers do" with
how many real mixes EQ'd lead vocals, which never weighs the 5 kHz asked about. An engineer answers that boost: the
mix already heavy there means hold off (or keep it small), room there means yes, a little; either way the move on
the user's track at the frequency they named, and how to hear whether it helped. A fault on the part (a level off,
a clash) keeps its own route: the fader or the clash comes before any boost."""

from __future__ import annotations

import math

from companion.context import MixContext
from companion.knowledge.bands import band_of
from model.answer_tracks import BOOST_LIMIT_DB
from model.band_remark import TYPICAL_DB, whole_band_words
from model.focus import Focus
from model.intent import Wants, complaint_in
from model.intent_forms import asked_hz, move_complaint, without_hz_move
from model.moves import eq
from model.phrasing import MAX_WORDS, Answer, fit, lower_first

BOOST_Q = 1.0
"""A broad bell for a tonal lift on one part (common practice: Q ~0.7-1.4)."""
CHECK = "Flip the EQ in and out at matched level: it should get clearer, not just louder."
LOW_CHECK = "Flip the EQ in and out at matched level: it should get fuller, not boomier."
LOW_BANDS = ("sub", "bass", "low_mid")
"""Bands where a boost adds weight (a part lacking there sounds thin, not dull)."""


def hz_boost_asked(ctx: MixContext, focus: Focus) -> Answer | None:
    """The boost asked about as a yes/no on its own band of the mix, with the move; None for any other question."""
    intent = focus.intent
    asked = asked_hz(intent.question)
    a = ctx.analysis
    if a is None or asked is None or not asked[1] or intent.wants != Wants.JUDGE or not intent.should:
        return None
    if intent.complaint not in (None, move_complaint(intent.question)) or complaint_in(
        without_hz_move(intent.question), intent.instruments
    ):
        return None  # "the vocal is dull, should i boost 5k?": the complaint said, its own route weighs it
    found = [x for x in focus.asked if x.found and x.tracks]
    if len(found) != 1 or len(found[0].tracks) != 1 or focus.missing:
        return None
    rt = found[0].tracks[0]
    if any(f.track is not None for f in ctx.problems):
        return None  # a part's level or a clash comes first ("should i boost 3k on the vocal" under a guitar)
    hz = asked[0]
    band = band_of(hz)
    dev = a.balance_vs_target_db.get(band)
    if dev is None or not math.isfinite(dev):
        return None
    said = whole_band_words(a, band, dev)
    low = band in LOW_BANDS
    lack, check = ("thin", LOW_CHECK) if low else ("dull", CHECK)
    if dev > BOOST_LIMIT_DB:
        move = eq(rt, hz, 1.5, BOOST_Q, "a small lift where the whole mix already has plenty", check)
        parts = [f"I'd hold off: {said}, so a boost there piles onto what the mix already has.",
                 f"If {rt.quoted} still sounds {lack} to you, keep it small: {lower_first(move.try_text)}"]  # fmt: skip
    elif dev < -TYPICAL_DB:
        move = eq(rt, hz, 2.0, BOOST_Q, "a lift where the whole mix has room", check)
        parts = [f"Yes, a little: {said}, so there's room for it.", move.try_text]
    else:
        move = eq(rt, hz, 1.5, BOOST_Q, "a small lift where the whole mix sits typical", check)
        parts = [f"Only if it sounds {lack} to you: nothing I measured says {rt.quoted} is off, and {said}.",
                 f"If you try it, keep it small: {lower_first(move.try_text)}"]  # fmt: skip
    return Answer(fit([*parts, check], MAX_WORDS, keep=2), [move], None)
