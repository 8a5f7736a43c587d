"""The kick and the bass each in their own slot: when one of them is asked to come through, the other is dipped
where it punches, rather than the asked part boosted."""

from __future__ import annotations

from model.focus import Focus
from model.moves import eq
from model.recipes import Move


def slot_move(focus: Focus, role: str | None) -> Move | None:
    """Kick and bass compete around 50-130 Hz: dip the partner where this one punches (project notes)."""
    partner_role = {"kick": "bass", "bass": "kick"}.get(role or "")
    if partner_role is None:
        return None
    partner = focus.session.by_roles(partner_role) or (
        focus.session.by_roles("drum_bus") if partner_role == "kick" else []
    )
    if not partner:
        return None
    centre = 80.0 if role == "kick" else 100.0
    return eq(
        partner[0],
        centre,
        -2.0,
        1.4,
        "kick and bass compete around 50-130 Hz: give each its own slot",
        "Loop the chorus and flip it: the kick should punch through without the bass getting smaller.",
        purpose=f"to leave that range to the {'kick' if role == 'kick' else 'bass'}",
    )
