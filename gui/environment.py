"""Where an ask's material comes from: the clip (a live capture or a file) and the session (the file bridge).

Qt-free and called only from worker threads. Every failure becomes a ``note`` the panel shows ("No live
audio: ...", "REAPER bridge not running: using its last snapshot") and the ask goes on with what there is:
a lost REAPER or a lost device never stops the app.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np

from bridge.reaper.files import BridgeFiles, locate_bridge_dir
from companion.context import AudioClip, Snapshot
from companion.errors import BadInput, BridgeError, CaptureError

log = logging.getLogger(__name__)

MIN_CLIP_S = 1.0
SNAPSHOT_WAIT_S = 0.5


@dataclass(frozen=True, slots=True)
class Material:
    """What one ask works on, with what the user should know about it."""

    clip: AudioClip | None
    snapshot: Snapshot | None
    notes: tuple[str, ...] = ()
    stems: dict[str, np.ndarray] | None = field(default=None)  # per-track audio, where we have it (demo)


class Environment(Protocol):
    """The REAPER side as the overlay sees it."""

    name: str
    files: BridgeFiles

    def material(self, seconds: float) -> Material: ...

    def capture_level_db(self) -> float | None: ...

    def close(self) -> None: ...


def fresh_snapshot(files: BridgeFiles, notes: list[str]) -> Snapshot | None:
    """A fresh snapshot when the bridge runs, its last one (said so) when not, None (said so) when none."""
    try:
        if files.is_alive():
            return files.request_snapshot(timeout_s=SNAPSHOT_WAIT_S)
        snapshot = files.snapshot()
        notes.append("The REAPER bridge is not running: using its last snapshot.")
        return snapshot
    except BridgeError as exc:
        notes.append(f"No session from REAPER ({exc}).")
        return None


class ReaperEnvironment:
    """A real REAPER: the bridge folder, and a live capture (or ``audio``, a file standing in for it)."""

    name = "reaper"

    def __init__(
        self,
        *,
        resource_path: str | None = None,
        bridge_dir: str | None = None,
        audio: str | None = None,
        capture_backend: str | None = None,
        device: str | None = None,
        transport: Any = None,
    ) -> None:
        self.files = BridgeFiles(locate_bridge_dir(resource_path, bridge_dir))
        self._file_clip: AudioClip | None = None
        self._capture: Any = None
        self.capture_note: str | None = None
        if audio:
            from companion.listening.audio import load_clip

            self._file_clip = load_clip(audio, max_seconds=None)
            return
        try:
            from bridge.capture.registry import open_capture

            # with the OSC mirror's transport, a clip keeps only what played while REAPER was playing
            self._capture = open_capture(capture_backend, device, transport=transport).start()
        except (CaptureError, BadInput, OSError) as exc:
            self.capture_note = f"No live audio ({exc}); answering from the session alone."

    def _clip(self, seconds: float, notes: list[str]) -> AudioClip | None:
        if self._file_clip is not None:
            clip = self._file_clip
            keep = int(seconds * clip.sample_rate)
            if clip.samples.shape[0] > keep:
                clip = AudioClip(clip.samples[-keep:], clip.sample_rate, clip.source, clip.note)
            return clip
        if self._capture is None:
            if self.capture_note:
                notes.append(self.capture_note)
            return None
        try:
            clip = self._capture.heard(seconds)
        except CaptureError as exc:
            notes.append(f"No live audio this time ({exc}).")
            return None
        if clip.duration_s < MIN_CLIP_S:
            notes.append(f"No audio to analyse ({clip.note or 'nothing heard'}); answering from the session.")
            return None
        return clip

    def material(self, seconds: float) -> Material:
        notes: list[str] = []
        snapshot = fresh_snapshot(self.files, notes)
        clip = self._clip(seconds, notes)
        return Material(clip, snapshot, tuple(notes))

    def capture_level_db(self) -> float | None:
        """The level of the last half second captured (dBFS peak), for the status line."""
        if self._capture is None:
            return None
        try:
            clip = self._capture.last(0.5)
        except CaptureError:
            return None
        if clip.samples.size == 0:
            return None
        peak = float(np.max(np.abs(clip.samples)))
        return 20.0 * np.log10(peak) if peak > 0 else -120.0

    def close(self) -> None:
        if self._capture is not None:
            self._capture.stop()
            self._capture = None


def environment_from_args(args: Any, config: dict[str, Any], mirror: Any = None) -> Environment:
    """The demo environment for ``--demo``, else the REAPER one configured by flags over the config."""
    if getattr(args, "demo", False):
        from gui.demo_session import DemoEnvironment

        return DemoEnvironment(bridge_dir=getattr(args, "bridge_dir", None))
    capture = config.get("capture") or {}
    return ReaperEnvironment(
        resource_path=getattr(args, "resource_path", None),
        bridge_dir=getattr(args, "bridge_dir", None),
        audio=getattr(args, "audio", None),
        capture_backend=getattr(args, "capture_backend", None) or capture.get("backend"),
        device=getattr(args, "device", None) or capture.get("device"),
        transport=None if mirror is None else mirror.is_playing,
    )
