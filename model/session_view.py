"""The REAPER session as the advisor talks about it: tracks by role, their faders and plug-ins, quoted by name."""

from __future__ import annotations

import re
from dataclasses import dataclass

from companion.context import BridgeCommand, Fx, Snapshot, Track
from companion.knowledge.roles import instrument_role

EQ_WORDS = ("eq", "equal", "pro-q", "filter")
COMP_WORDS = ("comp", "1176", "la-2a", "la2a", "cla-", "glue", "vca", "opto", "dynamics")
LIMIT_WORDS = ("limit", "l1", "l2", "maxim", "ozone", "loudmax", "master_limiter")
GATE_WORDS = ("gate", "expander")
REVERB_WORDS = ("verb", "room", "hall", "plate", "chamber", "spring", "shimmer", "pro-r", "supermassive", "raum",
                "seventh heaven", "blackhole", "lexicon", "bricasti")  # fmt: skip
"""Reverb plug-ins and returns by name: ReaVerb, ReaVerbate, Valhalla (Room, Plate, VintageVerb, Shimmer,
Supermassive), FabFilter Pro-R, Native Instruments Raum, LiquidSonics Seventh Heaven, Eventide Blackhole,
Lexicon and Bricasti emulations, and any track or plug-in named for a room, hall, plate, chamber or spring."""


def _has(track: Track, words: tuple[str, ...]) -> bool:
    return any(any(w in fx.name.lower() for w in words) and fx.enabled for fx in track.fx)


@dataclass(frozen=True, slots=True)
class RoleTrack:
    track: Track
    role: str | None

    @property
    def name(self) -> str:
        return self.track.name

    @property
    def quoted(self) -> str:
        return f"'{self.track.name}'"

    @property
    def has_eq(self) -> bool:
        return _has(self.track, EQ_WORDS)

    @property
    def has_comp(self) -> bool:
        return _has(self.track, COMP_WORDS)

    @property
    def has_gate(self) -> bool:
        return _has(self.track, GATE_WORDS)

    def fx_names(self) -> list[str]:
        return [fx.name.split(" (")[0] + ("" if fx.enabled else " (bypassed)") for fx in self.track.fx]

    def describe(self) -> str:
        """ "'Gtr L' (fader -2.0 dB, pan 40% L, FX: ReaEQ, ReaComp)" -- session facts only, nothing heard."""
        t = self.track
        parts = []
        if t.volume_db is not None:
            parts.append(f"fader {t.volume_db:+.1f} dB")
        if abs(t.pan) >= 0.05:
            parts.append(f"pan {abs(t.pan) * 100:.0f}% {'L' if t.pan < 0 else 'R'}")
        if t.mute:
            parts.append("muted")
        fx = self.fx_names()
        parts.append("FX: " + ", ".join(fx) if fx else "no plug-ins")
        return f"{self.quoted} ({', '.join(parts)})"


class SessionView:
    """Tracks of a snapshot with their guessed roles; empty when there is no snapshot."""

    def __init__(self, snapshot: Snapshot | None) -> None:
        self.snapshot = snapshot
        tracks = snapshot.tracks if snapshot is not None else ()
        self.tracks = [RoleTrack(t, instrument_role(t.name)) for t in tracks]

    def __bool__(self) -> bool:
        return bool(self.tracks)

    def by_roles(self, *roles: str) -> list[RoleTrack]:
        """Unmuted tracks whose role is one of ``roles``, in the order the roles are given."""
        out: list[RoleTrack] = []
        for role in roles:
            out.extend(rt for rt in self.tracks if rt.role == role and not rt.track.mute)
        return out

    def named(self, name: str) -> RoleTrack | None:
        lowered = name.lower()
        return next((rt for rt in self.tracks if rt.name.lower() == lowered), None)

    def master_has_limiter(self) -> bool:
        if self.snapshot is None:
            return False
        return any(
            any(w in fx.name.lower() for w in LIMIT_WORDS) and fx.enabled for fx in self.snapshot.master.fx
        )


def quote_list(tracks: list[RoleTrack], limit: int = 3) -> str:
    """ "'Gtr L' and 'Gtr R'" / "'A', 'B' and 'C'"."""
    names = [rt.quoted for rt in tracks[:limit]]
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def nudge(rt: RoleTrack, delta_db: float) -> BridgeCommand:
    """A fader move as one undoable bridge command."""
    delta_db = max(-12.0, min(12.0, round(delta_db, 1)))
    return BridgeCommand(
        action="nudge_volume_db",
        track_guid=rt.track.guid,
        value=delta_db,
        undo_label=f"MixAssist: {rt.name} {delta_db:+.1f} dB",
    )


def set_pan(rt: RoleTrack, pan: float) -> BridgeCommand:
    pan = max(-1.0, min(1.0, round(pan, 2)))
    side = "C" if pan == 0 else f"{abs(pan) * 100:.0f}% {'L' if pan < 0 else 'R'}"
    return BridgeCommand(
        action="set_pan", track_guid=rt.track.guid, value=pan, undo_label=f"MixAssist: pan {rt.name} {side}"
    )


def plugin_name(fx: Fx) -> str:
    """'VST: ReaEQ (Cockos)' -> 'ReaEQ': a plug-in as the user sees it in the FX chain."""
    return re.sub(r"^\w+\d?i?:\s*", "", fx.name).split(" (")[0].strip()
