""" "How much?" when nothing measured needs a move (the answer before said the mix is fine): there is no amount to
give, and the answer says so and why (the numbers that are in range), instead of repeating the clean answer as if
the question had not been heard. A remark the last answer raised ("if anything, the upper mids...") gets its
starting size after that, as a choice made by ear, its card marked optional."""

from __future__ import annotations

from companion.context import MixContext
from model.lean_only import optional_move
from model.phrasing import MAX_WORDS, Answer, first_sentence, fit, lower_first
from model.recipes import RECIPES, recipe
from model.session_view import SessionView


def no_amount(ctx: MixContext, s: SessionView) -> Answer:
    """The answer to "how much?" on a mix with no problem measured: no amount needed, why, and at most the biggest
    remark's starting size if the user wants to try it anyway."""
    a = ctx.analysis
    assert a is not None
    head = (
        "There's no amount to give: nothing in the numbers needs fixing. The mix sits at "
        f"{a.integrated_lufs:.1f} LUFS with the true peak at {a.true_peak_dbtp:.1f} dBTP, and the tonal balance is "
        "within a few dB of a typical mix in every band, so any change from here is taste."
    )
    remarks = sorted(
        (f for f in ctx.findings if not f.is_problem and f.kind in RECIPES), key=lambda f: -f.severity
    )
    if not remarks:
        return Answer(head)
    move = optional_move(recipe(remarks[0], s))
    if not move.suggestions:
        return Answer(head)
    where = first_sentence(remarks[0].summary).split(":", 1)[0]  # "the upper mids (around 3.2 kHz)"
    tail = f"If you still want to try {lower_first(where)} by ear, start small: {lower_first(move.try_text)}"
    text = fit([head, tail], MAX_WORDS, keep=1)
    return Answer(text, [move], remarks[0]) if tail in text else Answer(text)
