"""What REAPER's OSC feedback says about the session: decoding rules and the live state they build.

Pure and single-threaded: ``LiveState.apply(address, args, t_s)`` takes one decoded OSC message (from the
mirror's worker thread, never the socket thread) and updates per-track and transport state. The mirror
(``bridge.reaper.osc.OscMirror``) guards it with a lock. Semantics follow REAPER's OSC surface (see
``shared/notes/reaper.md``): ``/track/N`` is the Nth track of the bank, 1-based, FX 1-based; numbers arrive
as float32; ``/track/N/pan`` is 0..1 for -1..+1; ``/fx/M/bypass 1`` means the FX is ENABLED; an empty
``/track/N/name`` means the bank slot has no track (REAPER clears slots past the last track [check]).

VU mapping assumption (REAPER ``csurf_osc.cpp``): ``vu = (dB(mean of L/R linear peaks) - min) / (max -
min)`` clamped to 0..1, min/max being the VU range preferences; we assume REAPER's default meter range
-60..+6 dB [check against a real REAPER: Preferences > Appearance > Meters], both configurable. A reading of
0 means "at or below the floor" and counts as ``vu_min_db`` in the statistics.
"""

from __future__ import annotations

import math
import re
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from companion.context import TrackLevel

VU_MIN_DB = -60.0
VU_MAX_DB = 6.0
VU_HISTORY_S = 120.0  # how much VU history each track keeps (seconds of feedback time)

_TRACK_RE = re.compile(r"^/track/(\d+)/(.+)$")
_FX_RE = re.compile(r"^fx/(\d+)/(name|bypass)$")
_TRACK_FIELDS = {"name", "volume/db", "pan", "mute", "solo", "vu"}


@dataclass(frozen=True, slots=True)
class LiveFx:
    """One FX slot as OSC shows it: 1-based ``number``; ``enabled`` None until its bypass arrived."""

    number: int
    name: str
    enabled: bool | None


@dataclass(frozen=True, slots=True)
class LiveTrack:
    """One bank slot with a track in it, as last reported (None = not reported yet)."""

    number: int
    name: str
    volume_db: float | None
    pan: float | None
    mute: bool | None
    solo: bool | None
    vu_db: float | None
    fx: tuple[LiveFx, ...]
    level: TrackLevel | None


@dataclass(frozen=True, slots=True)
class Transport:
    """``playing`` None until REAPER said; ``play_state`` in stopped|playing|paused|recording or None."""

    playing: bool | None
    play_state: str | None
    position_s: float | None
    master_volume_db: float | None
    master_vu_db: float | None


@dataclass
class _FxSlot:
    name: str | None = None
    enabled: bool | None = None


@dataclass
class _Slot:
    name: str | None = None
    volume_db: float | None = None
    pan: float | None = None
    mute: bool | None = None
    solo: bool | None = None
    vu_db: float | None = None
    fx: dict[int, _FxSlot] = field(default_factory=dict)
    vu_history: deque[tuple[float, float]] = field(default_factory=deque)  # (t_s, dB) while playing


class BadValue(ValueError):
    """An OSC message whose arguments are not what REAPER would send (counted as garbage)."""


def _number(args: tuple[Any, ...]) -> float:
    if not args or isinstance(args[0], (str, bytes, bool)) or args[0] is None:
        raise BadValue("expected a number")
    value = float(args[0])
    if not math.isfinite(value):
        raise BadValue("not finite")
    return value


def _text(args: tuple[Any, ...]) -> str:
    if not args or not isinstance(args[0], str):
        raise BadValue("expected a string")
    return args[0]


class LiveState:
    """Per-slot values, transport and VU history built from REAPER's feedback; not thread-safe."""

    def __init__(self, vu_min_db: float = VU_MIN_DB, vu_max_db: float = VU_MAX_DB) -> None:
        if not vu_max_db > vu_min_db:
            raise ValueError("vu_max_db must be above vu_min_db")
        self.vu_min_db = vu_min_db
        self.vu_max_db = vu_max_db
        self.slots: dict[int, _Slot] = {}
        self.play: bool | None = None
        self.paused = False
        self.recording = False
        self.position_s: float | None = None
        self.master_volume_db: float | None = None
        self.master_vu_db: float | None = None
        self.applied = 0  # messages understood
        self.ignored = 0  # well-formed messages about things we do not mirror

    # ------------------------------------------------------------ decoding

    def vu_to_db(self, vu: float) -> float:
        """Invert REAPER's linear VU mapping; 0 (or below) reads as the floor."""
        vu = min(max(vu, 0.0), 1.0)
        return self.vu_min_db + vu * (self.vu_max_db - self.vu_min_db)

    def apply(self, address: str, args: tuple[Any, ...], t_s: float) -> bool:
        """Fold one message in; True when it was understood. Raises BadValue for wrong argument types."""
        match = _TRACK_RE.match(address)
        if match:
            understood = self._apply_track(int(match.group(1)), match.group(2), args, t_s)
        elif address == "/time":
            self.position_s = round(max(0.0, _number(args)), 4)
            understood = True
        elif address in ("/play", "/stop", "/pause", "/record"):
            self._apply_transport(address, _number(args) >= 0.5, t_s)
            understood = True
        elif address == "/master/volume/db":
            self.master_volume_db = round(_number(args), 3)
            understood = True
        elif address == "/master/vu":
            self.master_vu_db = self.vu_to_db(_number(args))
            understood = True
        else:
            understood = False
        if understood:
            self.applied += 1
        else:
            self.ignored += 1
        return understood

    def _apply_track(self, number: int, rest: str, args: tuple[Any, ...], t_s: float) -> bool:
        if number < 1:
            raise BadValue("track numbers start at 1")
        fx_match = _FX_RE.match(rest)
        if rest not in _TRACK_FIELDS and not fx_match:
            return False
        slot = self.slots.setdefault(number, _Slot())
        if fx_match:
            fx = slot.fx.setdefault(int(fx_match.group(1)), _FxSlot())
            if fx_match.group(2) == "name":
                fx.name = _text(args)
            else:
                fx.enabled = _number(args) >= 0.5  # bypass 1 = enabled (REAPER's polarity)
        elif rest == "name":
            slot.name = _text(args)
        elif rest == "volume/db":
            slot.volume_db = round(_number(args), 3)  # float32 on the wire: keep the digits it carries
        elif rest == "pan":
            slot.pan = round(min(max(_number(args), 0.0), 1.0) * 2.0 - 1.0, 4)
        elif rest == "mute":
            slot.mute = _number(args) >= 0.5
        elif rest == "solo":
            slot.solo = _number(args) >= 0.5
        else:  # vu
            slot.vu_db = self.vu_to_db(_number(args))
            if self.play is not False:
                slot.vu_history.append((t_s, slot.vu_db))
                while slot.vu_history and slot.vu_history[0][0] < t_s - VU_HISTORY_S:
                    slot.vu_history.popleft()
        return True

    def _apply_transport(self, address: str, on: bool, t_s: float) -> None:
        was_playing = self.play
        if address == "/play":
            self.play = on
        elif address == "/stop" and on:
            self.play, self.paused, self.recording = False, False, False
        elif address == "/pause":
            self.paused = on
            if on:
                self.play = False
        elif address == "/record":
            self.recording = on
            if on:
                self.play = True
        if was_playing is not True and self.play:
            for slot in self.slots.values():  # the meters hold their (deduplicated) value into playback
                if slot.vu_db is not None:
                    slot.vu_history.append((t_s, slot.vu_db))
        elif was_playing is not False and self.play is False:
            for slot in self.slots.values():  # a gap marker: stopped time is not playback
                if slot.vu_history and not math.isnan(slot.vu_history[-1][1]):
                    slot.vu_history.append((t_s, math.nan))

    # ------------------------------------------------------------ reading

    @property
    def play_state(self) -> str | None:
        if self.play is None:
            return None
        if self.recording:
            return "recording"
        if self.play:
            return "playing"
        return "paused" if self.paused else "stopped"

    def level(self, number: int, window_s: float, now_s: float) -> TrackLevel | None:
        """Time-weighted average and max of the VU (dB) over the last ``window_s`` seconds of playback.

        REAPER re-sends a value only when it changed, so each reading holds until the next one: the
        average weights every reading by how long it held (the last one until now), not by how many
        datagrams carried it. Stretches while stopped (NaN gap markers) do not count.
        """
        slot = self.slots.get(number)
        if slot is None or not slot.vu_history:
            return None
        history = list(slot.vu_history)
        weighted = covered = 0.0
        peak = -math.inf
        seg_end = now_s
        for t_s, db in reversed(history):  # newest first, until window_s of playback is covered
            if covered >= window_s:
                break
            duration = min(max(seg_end - t_s, 0.0), window_s - covered)
            seg_end = t_s
            if math.isnan(db):
                continue
            weighted += db * duration
            covered += duration
            peak = max(peak, db)
        if not math.isfinite(peak):
            return None
        avg = weighted / covered if covered > 0 else peak
        return TrackLevel(avg_peak_db=round(avg, 2), max_peak_db=round(peak, 2), window_s=round(covered, 3))

    def tracks(self, window_s: float, now_s: float) -> tuple[LiveTrack, ...]:
        """Slots holding a track (a non-empty name), in bank order."""
        out = []
        for number in sorted(self.slots):
            slot = self.slots[number]
            if not slot.name:
                continue
            fx = tuple(
                LiveFx(k, f.name, f.enabled)
                for k, f in sorted(slot.fx.items())
                if f.name  # empty = no FX
            )
            out.append(
                LiveTrack(
                    number=number,
                    name=slot.name,
                    volume_db=slot.volume_db,
                    pan=slot.pan,
                    mute=slot.mute,
                    solo=slot.solo,
                    vu_db=slot.vu_db,
                    fx=fx,
                    level=self.level(number, window_s, now_s),
                )
            )
        return tuple(out)

    def transport(self) -> Transport:
        return Transport(
            playing=self.play,
            play_state=self.play_state,
            position_s=self.position_s,
            master_volume_db=self.master_volume_db,
            master_vu_db=self.master_vu_db,
        )

    def missing(self, track_count: int, fx_count: int) -> int:
        """How many values a full refresh of a ``track_count`` bank with ``fx_count`` FX slots should have
        delivered but did not (0 = complete). REAPER sends every slot, empty names included."""
        missing = 0
        for number in range(1, track_count + 1):
            slot = self.slots.get(number)
            if slot is None or slot.name is None:
                missing += 1
                continue
            if not slot.name:
                continue
            missing += sum(v is None for v in (slot.volume_db, slot.pan, slot.mute, slot.solo))
            for k in range(1, fx_count + 1):
                fx = slot.fx.get(k)
                if fx is None or fx.name is None or (fx.name and fx.enabled is None):
                    missing += 1
        return missing
