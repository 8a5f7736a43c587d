"""The kick and the bass each in their own slot: when one of them is asked to come through, the other is dipped
where it punches, rather than the asked part boosted; the words their own slot in a part asked to make room; and
two harmony parts asked to be EQ'd apart, a dip where both have their body."""

from __future__ import annotations

import math

from companion.knowledge.areas import frequency_areas
from companion.knowledge.roles import ROLE_TOPICS, instrument_role
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


_BODY_AREAS = ("boom", "mud", "boxiness", "body")
"""The areas (``companion.knowledge.areas``) where a part's body sits: where two of them overlap is where
they crowd each other, and cutting the one that covers there is the remedy (Hafezi & Reiss, project notes)."""


def shared_move(
    focus: Focus, around: RoleTrack | None, role: str | None, other: RoleTrack | None
) -> Move | None:
    """ "how should i eq the piano so it stops fighting the acoustic?" with nothing measured between them: a
    small dip on the part to be EQ'd where both instruments' body areas overlap (``companion.knowledge.areas``),
    so the other keeps that range; None with no overlap, or with a voice or the kick and bass (their own moves)."""
    if around is None or other is None or role is None or other.role is None:
        return None
    if {role, other.role} & {"lead_vocal", "backing_vocal", "kick", "bass"} or role not in ROLE_TOPICS:
        return None
    if other.role not in ROLE_TOPICS:
        return None
    spans = [
        (max(a.lo_hz, b.lo_hz), min(a.hi_hz, b.hi_hz))
        for a in frequency_areas(role)
        for b in frequency_areas(other.role)
        if a.name in _BODY_AREAS and b.name in _BODY_AREAS and min(a.hi_hz, b.hi_hz) > max(a.lo_hz, b.lo_hz)
    ]
    if not spans:
        return None
    lo, hi = max(spans, key=lambda s: s[1] / s[0])  # the widest overlap, in octaves
    return eq(
        around,
        math.sqrt(lo * hi),
        -2.0,
        1.4,
        f"both have their body at {lo:.0f}-{hi:.0f} Hz: give that range to one of them",
        f"Loop a busy bar and flip it: {other.quoted} should read more clearly while {around.quoted} keeps its body.",
        purpose=f"where both have their body ({lo:.0f}-{hi:.0f} Hz), to leave that range to {other.quoted}",
    )
