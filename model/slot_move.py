"""The kick and the bass each in their own slot: when one of them is asked to come through, the other is dipped
where it punches, rather than the asked part boosted; and the words their own slot in a part asked to make room."""

from __future__ import annotations

import math

from companion.knowledge.areas import frequency_areas
from companion.knowledge.roles import instrument_role
from model.focus import Focus
from model.moves import eq
from model.recipes import Move
from model.room_for import made_room_for
from model.session_view import RoleTrack


def slot_move(focus: Focus, role: str | None) -> Move | None:
    """Kick and bass compete around 50-130 Hz: dip the partner where this one punches (project notes)."""
    partner_role = {"kick": "bass", "bass": "kick"}.get(role or "")
    if partner_role is None:
        return None
    helped = made_room_for(focus.intent.question, tuple(a.said or a.word for a in focus.asked))
    if any((a.said or a.word) == helped and instrument_role(a.word) == partner_role for a in focus.asked):
        # "eq the bass so the kick punches through": the room is for the partner, so this part is dipped
        role, partner_role = partner_role, role or ""
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


def room_move(focus: Focus, around: RoleTrack | None, role: str | None) -> Move | None:
    """ "how do i eq the guitar so the vocal comes through" with nothing covering the vocal: the words' own slot, a
    small dip in the part around them at the voice's clarity area (project notes: ~3.15 kHz, intelligibility), so
    they read without a fader move; None for a part that is no voice, or with no part to dip."""
    if around is None or role not in ("lead_vocal", "backing_vocal"):
        return None
    area = next((a for a in frequency_areas("lead_vocal") if a.name == "clarity"), None)
    if area is None:
        return None
    return eq(
        around,
        math.sqrt(area.lo_hz * area.hi_hz),
        -2.0,
        1.4,
        f"the words read at {area.lo_hz / 1000:g}-{area.hi_hz / 1000:g} kHz: give them their own slot",
        "Loop a verse and flip it: the words should read more easily while the part around them barely changes.",
        purpose="to leave the words their slot",
    )
