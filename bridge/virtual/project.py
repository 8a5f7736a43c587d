"""The project model behind the virtual REAPER: one mutable, lock-guarded session both sides share.

The OSC side (``bridge.virtual.osc``) and the file side (``bridge.virtual.files``) of the virtual REAPER
read and change the SAME ``VirtualProject``, the way REAPER's control surface and a Lua script see one
project. Conventions follow REAPER's ReaScript API: tracks are numbered from 1 (as in the snapshot's
``index``), FX and parameters from 0; volumes are dB, pan -1..1, FX parameters normalized 0..1.

Every user-visible change goes through one of the ``set_*`` methods, bumps ``state_change_count``
(REAPER's ``GetProjectStateChangeCount``) and lands on the undo stack as one labelled step; changes made
inside ``with project.undo_block(label):`` become ONE step, as ``Undo_BeginBlock``/``Undo_EndBlock`` do.
Meters and the play position are not undoable and do not bump the counter (REAPER neither).
"""

from __future__ import annotations

import math
import random
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from companion.context import (
    Fx,
    FxParam,
    Master,
    Project,
    Send,
    Snapshot,
    Track,
    TrackLevel,
)

VOLUME_MIN_DB = -150.0  # REAPER shows -inf below this; the model clamps here
VOLUME_MAX_DB = 12.0  # REAPER's fader top (+12 dB)
METER_FLOOR_DB = -150.0  # a silent meter reads this instead of -inf, so averages stay finite
LEVEL_HISTORY_S = 60.0  # how much meter history each track keeps (playback seconds)
PLAY_STATES = ("stopped", "playing", "paused", "recording")
REAPER_VERSION = "7.27/virtual"

TRACK_FIELDS: dict[str, type] = {
    "name": str,
    "volume_db": float,
    "pan": float,
    "mute": bool,
    "solo": bool,
    "rec_arm": bool,
    "phase_inverted": bool,
    "folder_depth": int,
}


@dataclass
class VParam:
    """One FX parameter: ``value`` normalized 0..1; ``formatted`` derived from the display range."""

    name: str
    value: float
    min_value: float = 0.0
    max_value: float = 1.0
    unit: str = ""
    shown: Callable[[float], str] | None = None  # the plug-in's own display of a value, when known

    @property
    def formatted(self) -> str:
        if self.shown is not None:
            return self.shown(self.value)
        shown = self.min_value + self.value * (self.max_value - self.min_value)
        return f"{shown:.1f}{self.unit}"


@dataclass
class VFx:
    name: str
    enabled: bool = True
    params: list[VParam] = field(default_factory=list)


@dataclass
class VSend:
    dest_track: int  # 1-based number of the receiving track
    volume_db: float = 0.0
    mute: bool = False


@dataclass
class VTrack:
    """One track; ``meters_db`` is the current peak of each channel in dB (what REAPER's meters show)."""

    guid: str
    name: str
    volume_db: float = 0.0
    pan: float = 0.0
    mute: bool = False
    solo: bool = False
    rec_arm: bool = False
    phase_inverted: bool = False
    folder_depth: int = 0
    fx: list[VFx] = field(default_factory=list)
    sends: list[VSend] = field(default_factory=list)
    meters_db: list[float] = field(default_factory=lambda: [METER_FLOOR_DB, METER_FLOOR_DB])
    level_history: deque[tuple[float, float]] = field(default_factory=deque)  # (play time s, peak dB)
    loudness: TrackLevel | None = None  # what the track meter reads while it plays (lufs, bands_db), if known
    loudness_at_db: float | None = None  # the fader when ``loudness`` was measured: a fader move shifts it


@dataclass
class VMaster:
    volume_db: float = 0.0
    pan: float = 0.0
    fx: list[VFx] = field(default_factory=list)
    meters_db: list[float] = field(default_factory=lambda: [METER_FLOOR_DB, METER_FLOOR_DB])


@dataclass(frozen=True)
class UndoStep:
    """One labelled undo point: ``changes`` are (target, before, after); target is a path tuple."""

    label: str
    changes: tuple[tuple[tuple[Any, ...], Any, Any], ...]


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


class VirtualProject:
    """A REAPER project in memory, safe to share between threads (every public method takes ``lock``)."""

    def __init__(
        self,
        tracks: list[VTrack] | None = None,
        *,
        name: str = "Virtual Session",
        sample_rate: int = 48000,
        tempo_bpm: float = 120.0,
        master: VMaster | None = None,
    ) -> None:
        self.lock = threading.RLock()
        self.name = name
        self.sample_rate = sample_rate
        self.tempo_bpm = tempo_bpm
        self.tracks: list[VTrack] = list(tracks or [])
        self.master = master or VMaster()
        self.play_state = "stopped"
        self.position_s = 0.0
        self.play_time_s = 0.0  # total playback seconds ever: the clock of the level history
        self.state_change_count = 0
        self.undo_stack: list[UndoStep] = []
        self.redo_stack: list[UndoStep] = []
        self._block_label: str | None = None
        self._block_changes: list[tuple[tuple[Any, ...], Any, Any]] = []
        self._block_depth = 0

    # ------------------------------------------------------------ lookup

    def track(self, number: int) -> VTrack:
        """The track numbered ``number`` (1-based); IndexError when there is none."""
        with self.lock:
            if not 1 <= number <= len(self.tracks):
                raise IndexError(f"no track {number} (project has {len(self.tracks)})")
            return self.tracks[number - 1]

    def track_number(self, guid: str) -> int | None:
        """1-based number of the track with this GUID, or None."""
        with self.lock:
            return next((i for i, t in enumerate(self.tracks, 1) if t.guid == guid), None)

    # ------------------------------------------------------------ undoable changes

    @contextmanager
    def undo_block(self, label: str) -> Iterator[None]:
        """Group the changes made inside into ONE undo step named ``label`` (nested blocks join the outer)."""
        with self.lock:
            self._block_depth += 1
            if self._block_depth == 1:
                self._block_label = label
                self._block_changes = []
            try:
                yield
            finally:
                self._block_depth -= 1
                if self._block_depth == 0:
                    changes = tuple(self._block_changes)
                    self._block_changes = []
                    if changes:
                        self.undo_stack.append(UndoStep(self._block_label or label, changes))
                        self.redo_stack.clear()
                    self._block_label = None

    def set_track_value(self, number: int, field_name: str, value: Any, undo_label: str | None = None) -> Any:
        """Set one track field (see ``TRACK_FIELDS``); returns the value before. Volume/pan are clamped."""
        if field_name not in TRACK_FIELDS:
            raise KeyError(f"unknown track field {field_name!r}")
        value = TRACK_FIELDS[field_name](value)
        if field_name == "volume_db":
            value = _clamp(value, VOLUME_MIN_DB, VOLUME_MAX_DB) if math.isfinite(value) else VOLUME_MIN_DB
        elif field_name == "pan":
            if not math.isfinite(value):
                raise ValueError("pan must be finite")
            value = _clamp(value, -1.0, 1.0)
        with self.lock:
            track = self.track(number)
            label = undo_label or f"Track {number}: {field_name.replace('_', ' ')}"
            return self._apply(("track", number, field_name), track, field_name, value, label)

    def set_master_volume_db(self, volume_db: float, undo_label: str | None = None) -> float:
        value = _clamp(float(volume_db), VOLUME_MIN_DB, VOLUME_MAX_DB)
        with self.lock:
            return self._apply(
                ("master", "volume_db"), self.master, "volume_db", value, undo_label or "Master volume"
            )

    def set_fx_enabled(
        self, number: int, fx_index: int, enabled: bool, undo_label: str | None = None
    ) -> bool:
        with self.lock:
            fx = self._fx(number, fx_index)
            label = undo_label or f"Track {number}: {'enable' if enabled else 'bypass'} {fx.name}"
            return self._apply(("fx", number, fx_index, "enabled"), fx, "enabled", bool(enabled), label)

    def set_fx_param(
        self, number: int, fx_index: int, param_index: int, value: float, undo_label: str | None = None
    ) -> float:
        """Set a normalized (0..1) FX parameter; out-of-range values are a ValueError, as the bridge checks."""
        value = float(value)
        if not (math.isfinite(value) and 0.0 <= value <= 1.0):
            raise ValueError(f"normalized parameter value {value} outside 0..1")
        with self.lock:
            fx = self._fx(number, fx_index)
            if not 0 <= param_index < len(fx.params):
                raise IndexError(f"track {number} FX {fx_index} has no parameter {param_index}")
            param = fx.params[param_index]
            label = undo_label or f"Track {number}: {fx.name} {param.name}"
            return self._apply(("param", number, fx_index, param_index), param, "value", value, label)

    def undo(self) -> str | None:
        """Revert the last step; returns its label (None when there is nothing to undo)."""
        with self.lock:
            if not self.undo_stack:
                return None
            step = self.undo_stack.pop()
            for target, before, _after in reversed(step.changes):
                self._write(target, before)
            self.redo_stack.append(step)
            self.state_change_count += 1
            return step.label

    def redo(self) -> str | None:
        with self.lock:
            if not self.redo_stack:
                return None
            step = self.redo_stack.pop()
            for target, _before, after in step.changes:
                self._write(target, after)
            self.undo_stack.append(step)
            self.state_change_count += 1
            return step.label

    def undo_labels(self) -> list[str]:
        with self.lock:
            return [s.label for s in self.undo_stack]

    # ------------------------------------------------------------ transport and meters (not undoable)

    def set_play_state(self, state: str) -> None:
        if state not in PLAY_STATES:
            raise ValueError(f"play state must be one of {PLAY_STATES}")
        with self.lock:
            self.play_state = state

    def set_position_s(self, position_s: float) -> None:
        with self.lock:
            self.position_s = max(0.0, float(position_s))

    def set_meters(self, number: int, meters_db: list[float]) -> None:
        """Current per-channel peaks (dB) of track ``number`` (0 = master); -inf/NaN read as the floor."""
        clean = [v if math.isfinite(v) else METER_FLOOR_DB for v in map(float, meters_db)]
        clean = [max(METER_FLOOR_DB, v) for v in clean]
        with self.lock:
            target = self.master if number == 0 else self.track(number)
            target.meters_db = clean

    def advance(self, dt_s: float) -> None:
        """Let ``dt_s`` seconds of time pass: while playing the position moves and every track's peak
        (max over channels) joins its level history, which is what REAPER's meters would have shown."""
        with self.lock:
            if self.play_state not in ("playing", "recording"):
                return
            self.position_s += dt_s
            self.play_time_s += dt_s
            oldest = self.play_time_s - LEVEL_HISTORY_S
            for track in self.tracks:
                track.level_history.append((self.play_time_s, max(track.meters_db)))
                while track.level_history and track.level_history[0][0] < oldest:
                    track.level_history.popleft()

    def level(self, number: int, window_s: float = 20.0) -> TrackLevel | None:
        """Average and max of the peak readings over the last ``window_s`` playback seconds (dB, averaged
        in dB as the Lua bridge does), or None when the track has not played yet."""
        with self.lock:
            history = self.track(number).level_history
            since = self.play_time_s - window_s
            values = [db for t, db in history if t > since]
            if not values:
                return None
            span_s = min(window_s, self.play_time_s)
            track = self.track(number)
            lufs, bands = _loudness_now(track)
            return TrackLevel(
                sum(values) / len(values), max(values), round(span_s, 3), lufs=lufs, bands_db=bands
            )

    # ------------------------------------------------------------ snapshot

    def to_snapshot(self, level_window_s: float = 20.0, captured_at: float | None = None) -> Snapshot:
        """The frozen ``mixassist.snapshot/1`` view of this moment."""
        with self.lock:
            guid_of = {i: t.guid for i, t in enumerate(self.tracks, 1)}
            name_of = {i: t.name for i, t in enumerate(self.tracks, 1)}
            tracks = tuple(
                Track(
                    guid=t.guid,
                    index=i,
                    name=t.name,
                    volume_db=round(t.volume_db, 2),
                    pan=t.pan,
                    mute=t.mute,
                    solo=t.solo,
                    rec_arm=t.rec_arm,
                    phase_inverted=t.phase_inverted,
                    folder_depth=t.folder_depth,
                    level=self.level(i, level_window_s),
                    fx=tuple(_frozen_fx(k, fx) for k, fx in enumerate(t.fx)),
                    sends=tuple(
                        Send(
                            guid_of.get(s.dest_track, ""), name_of.get(s.dest_track, ""), s.volume_db, s.mute
                        )
                        for s in t.sends
                    ),
                )
                for i, t in enumerate(self.tracks, 1)
            )
            master_peak_db = max(self.master.meters_db)
            return Snapshot(
                captured_at=time.time() if captured_at is None else captured_at,
                reaper_version=REAPER_VERSION,
                project=Project(
                    self.name, self.sample_rate, self.tempo_bpm, self.play_state, self.position_s
                ),
                master=Master(
                    volume_db=self.master.volume_db,
                    pan=self.master.pan,
                    peak_db=None if master_peak_db <= METER_FLOOR_DB else master_peak_db,
                    fx=tuple(_frozen_fx(k, fx) for k, fx in enumerate(self.master.fx)),
                ),
                tracks=tracks,
            )

    # ------------------------------------------------------------ internals

    def _fx(self, number: int, fx_index: int) -> VFx:
        track = self.track(number)
        if not 0 <= fx_index < len(track.fx):
            raise IndexError(f"track {number} has no FX {fx_index}")
        return track.fx[fx_index]

    def _apply(self, target: tuple[Any, ...], obj: Any, attr: str, value: Any, label: str) -> Any:
        before = getattr(obj, attr)
        if before == value:
            return before
        setattr(obj, attr, value)
        self.state_change_count += 1
        if self._block_depth:
            self._block_changes.append((target, before, value))
        else:
            self.undo_stack.append(UndoStep(label, ((target, before, value),)))
            self.redo_stack.clear()
        return before

    def _write(self, target: tuple[Any, ...], value: Any) -> None:
        kind = target[0]
        if kind == "track":
            setattr(self.track(target[1]), target[2], value)
        elif kind == "master":
            setattr(self.master, target[1], value)
        elif kind == "fx":
            self._fx(target[1], target[2]).enabled = value
        elif kind == "param":
            self._fx(target[1], target[2]).params[target[3]].value = value


def _loudness_now(track: VTrack) -> tuple[float | None, dict[str, float | None] | None]:
    """The track meter's reading at the track's current fader (it reads post-fader); silence when muted."""
    meter = track.loudness
    if meter is None or meter.lufs is None:
        return None, None
    if track.mute:
        return None, dict.fromkeys(meter.bands_db or {})
    shift = track.volume_db - (track.loudness_at_db if track.loudness_at_db is not None else track.volume_db)
    bands = {k: (None if v is None else round(v + shift, 2)) for k, v in (meter.bands_db or {}).items()}
    return round(meter.lufs + shift, 2), bands


def _frozen_fx(index: int, fx: VFx) -> Fx:
    return Fx(
        index=index,
        name=fx.name,
        enabled=fx.enabled,
        params=tuple(FxParam(k, p.name, p.value, p.formatted) for k, p in enumerate(fx.params)),
    )


# ---------------------------------------------------------------- deterministic factory

TRACK_NAMES = (
    "Kick",
    "Snare",
    "Hats",
    "OH L",
    "OH R",
    "Bass",
    "Gtr L",
    "Gtr R",
    "Keys",
    "Lead Vox",
    "BV",
    "Verb",
)
# (plug-in name as REAPER lists it, its parameters as (name, min, max, unit))
FX_TYPES: tuple[tuple[str, tuple[tuple[str, float, float, str], ...]], ...] = (
    ("VST: ReaEQ (Cockos)", (("Freq-Low Shelf", 20, 24000, "Hz"), ("Gain-Low Shelf", -24, 24, "dB"), ("Q-Low Shelf", 0.1, 4, ""))),
    ("VST: ReaComp (Cockos)", (("Thresh", -60, 0, "dB"), ("Ratio", 1, 20, ":1"), ("Attack", 0, 500, "ms"), ("Release", 0, 5000, "ms"))),
    ("VST: ReaGate (Cockos)", (("Thresh", -90, 0, "dB"), ("Attack", 0, 500, "ms"), ("Hold", 0, 1000, "ms"))),
    ("JS: Saturation", (("Amount", 0, 100, "%"),)),
    ("VST: ReaDelay (Cockos)", (("Wet", -150, 12, "dB"), ("Dry", -150, 12, "dB"), ("Length", 0, 2000, "ms"))),
    ("VST: ReaVerbate (Cockos)", (("Wet", -150, 12, "dB"), ("Room size", 0, 100, "%"), ("Dampening", 0, 100, "%"))),
    ("VST: ReaXcomp (Cockos)", (("Band 1 Thresh", -60, 0, "dB"), ("Band 1 Ratio", 1, 20, ":1"))),
    ("JS: Master Limiter", (("Threshold", -30, 0, "dB"), ("Ceiling", -12, 0, "dB"))),
)  # fmt: skip


def _guid(rng: random.Random) -> str:
    """A REAPER-style GUID string, ``{8-4-4-4-12}`` upper-case hex, from the seeded RNG."""
    h = f"{rng.getrandbits(128):032X}"
    return "{" + f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}" + "}"


def _track_name(i: int) -> str:
    base = TRACK_NAMES[i % len(TRACK_NAMES)]
    return base if i < len(TRACK_NAMES) else f"{base} {i // len(TRACK_NAMES) + 1}"


def build_project(
    n_tracks: int = 8, n_fx: int = 2, n_params: int = 4, seed: int = 0, name: str = "Virtual Session"
) -> VirtualProject:
    """``n_tracks`` tracks x ``n_fx`` FX x ``n_params`` parameters, identical for the same arguments.

    Names cycle through a small band ("Kick", "Snare"... then "Kick 2"); FX cycle through REAPER's stock
    plug-ins with their real parameter names first, then "Param k"; every third FX starts bypassed; the
    last track is a send destination ("Verb"-like) that the others send to at -12 dB.
    """
    if min(n_tracks, n_fx, n_params) < 0:
        raise ValueError("counts must be >= 0")
    rng = random.Random(seed)
    tracks = []
    for i in range(n_tracks):
        fx_list = []
        for k in range(n_fx):
            fx_name, known = FX_TYPES[(i + k) % len(FX_TYPES)]
            params = []
            for p in range(n_params):
                pname, low, high, unit = known[p] if p < len(known) else (f"Param {p + 1}", 0.0, 1.0, "")
                params.append(VParam(pname, round(rng.random(), 4), float(low), float(high), unit))
            fx_list.append(VFx(fx_name, enabled=(i + k) % 3 != 2, params=params))
        sends = [VSend(n_tracks, -12.0)] if n_tracks > 1 and i < n_tracks - 1 and i % 4 == 3 else []
        peak_db = round(rng.uniform(-30.0, -6.0), 1)
        tracks.append(
            VTrack(
                guid=_guid(rng),
                name=_track_name(i),
                volume_db=round(rng.uniform(-12.0, 0.0), 1),
                pan=round(rng.uniform(-0.8, 0.8), 2),
                mute=False,
                folder_depth=0,
                fx=fx_list,
                sends=sends,
                meters_db=[peak_db, round(peak_db - rng.uniform(0.0, 3.0), 1)],
            )
        )
    master = VMaster(fx=[VFx("JS: Master Limiter", params=[VParam("Threshold", 0.9, -30, 0, "dB")])])
    master.meters_db = [-3.0, -3.2]
    return VirtualProject(tracks, name=name, master=master)
