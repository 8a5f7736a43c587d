"""A yes/no question about an instrument that is not in the session and has no relative to stand in for it ("is
the sax too loud?" with no horns or winds): after saying there is none, the answer reports what was measured on
the mix (its first fault and the move for it, or that nothing is out of line), never a verdict on some other
part as if it were the sax, and never a question back (the user asked about the mix they hear)."""

from __future__ import annotations

from companion.context import Finding, MixContext
from model.moves import Move
from model.phrasing import first_sentence, lower_first
from model.recipes import recipe
from model.session_view import SessionView


def measured_instead(ctx: MixContext, session: SessionView) -> tuple[list[str], Move | None, Finding | None]:
    """The sentences (and the move) that answer an absent part's yes/no with the mix's own measurement."""
    faults = [f for f in ctx.problems if not f.is_lean]
    if not faults:
        return (
            ["Nothing I measured in the mix is out of line either, so there is nothing to fix for it."],
            None,
            None,
        )
    first = faults[0]
    move = recipe(first, session)
    where = f"on {first.track!r}" if first.track else "on the whole mix"
    return (
        [f"What I did measure, {where}: {lower_first(first_sentence(first.summary))}", move.try_text],
        move,
        first,
    )
