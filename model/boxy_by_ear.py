"""The by-ear move for a whole-mix "boxy" how-to that nothing measured confirms ("how do i make the mix less
boxy" on a mix whose 500 Hz-2 kHz sits like a typical balance).

Why: boxiness is no finding kind of the whole mix, so ``model.by_ear_tone`` has no recipe for it and the answer was
a bare "No: nothing in the 400 Hz-1 kHz range stands out", which answers a yes/no the user did not ask. An engineer
says the numbers look typical there and still gives the move: a narrow boost swept through 400 Hz-1 kHz on the
parts that usually carry the box (guitars, keys), cut 2-3 dB where it honks, and how to check. Never when the whole
mix already lacks its mids (a cut there would scoop it further).
"""

from __future__ import annotations

import math

from companion.context import MixContext, Suggestion
from model.recipes import GUITAR_KEYS, Move
from model.session_view import SessionView, quote_list

BOX_HZ = 600.0
"""The default centre of the cut: the middle of the 400 Hz-1 kHz range where boxiness is usually heard."""
CUT_DB = -2.5
"""A gentle by-ear cut (2-3 dB), as the other by-ear moves take."""
Q = 2.0
"""Narrow enough to take the honk and leave the body."""
SCOOPED_DB = -1.5
"""How far the whole mix's mid band (500 Hz-2 kHz) may already sit below the median before the cut is withheld
(as ``model.by_ear_tone.GUARD_DB``)."""


def boxy_move(ctx: MixContext, session: SessionView) -> Move | None:
    """The gentle boxy cut on the parts that carry 400 Hz-1 kHz, or None (no analysis, or mids already lean)."""
    if ctx.analysis is None:
        return None
    dev = ctx.analysis.balance_vs_target_db.get("mid")
    if dev is None or not math.isfinite(dev) or dev < SCOOPED_DB:
        return None
    targets = session.by_roles(*GUITAR_KEYS) or session.by_roles("backing_vocal", "other")
    where = f"on {quote_list(targets)}" if targets else "on the guitars and keys"
    text = (
        f"Sweep a narrow boost through 400 Hz-1 kHz {where} to find where it honks, then dip {abs(CUT_DB):g} dB "
        f"there (start around {BOX_HZ:.0f} Hz, Q ~{Q:g})."
    )
    why = "takes out the boxy, cardboard ring of the low mids"
    sugg = [
        Suggestion("eq_band", rt.name, {"freq_hz": round(BOX_HZ), "gain_db": CUT_DB, "q": Q}, why)
        for rt in targets[:3]
    ]
    if not targets:
        sugg = [Suggestion("eq_band", None, {"freq_hz": round(BOX_HZ), "gain_db": CUT_DB, "q": Q}, why)]
    check = (
        "Toggle the EQ at matched level: the parts should open up, not go hollow; if they thin out, cut less."
    )
    return Move(text, check, sugg)
