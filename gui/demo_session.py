"""``mixassist gui --demo``: the demo song playing on a virtual REAPER, so the whole loop runs with no REAPER,
no sound card and no weights.

The virtual REAPER (bridge.virtual) holds the demo session's tracks, faders and plug-ins and answers the
file bridge exactly as the Lua script does (snapshots, commands as named undo steps, undo). It "plays" the
demo song in a loop: a meter thread sets each track's peak meter from its stem at the play position, moved
by how far its fader is from where it was rendered, so the snapshot's per-track levels follow the faders.
The clip of an ask is the demo's stems summed at the CURRENT faders through the same master bus: apply
"Lead Vox +11 dB", ask again, and the answer hears the change.
"""

from __future__ import annotations

import logging
import tempfile
import threading
from pathlib import Path

import numpy as np

from bridge.reaper.files import BridgeFiles
from bridge.virtual.project import VirtualProject
from bridge.virtual.session import project_from_snapshot as session_project
from companion.context import AudioClip, Snapshot
from gui.environment import Material, fresh_snapshot

log = logging.getLogger(__name__)

METER_BLOCK_S = 0.05
METER_HZ = 10.0
SILENT_DB = -60.0  # the synthesizer's meter floor: blocks under it are not averaged (companion.synth.mix)


def project_from_snapshot(snapshot: Snapshot) -> VirtualProject:
    """The demo session as a virtual REAPER project (bridge.virtual.session), already playing."""
    project = session_project(snapshot)
    project.set_play_state("playing")
    return project


def block_peaks_db(stem: np.ndarray, sample_rate: int) -> np.ndarray:
    """Peak of both channels per 50 ms block, in dB; silent blocks hold the last audible reading (a meter
    that falls to -150 between phrases would drag the average far below what anyone hears)."""
    block = max(1, int(METER_BLOCK_S * sample_rate))
    count = stem.shape[0] // block
    peaks = np.abs(stem[: count * block]).reshape(count, block, -1).max(axis=(1, 2))
    db = 20.0 * np.log10(np.maximum(peaks, 1e-9))
    audible = db > SILENT_DB
    if not audible.any():
        return np.full(count, -150.0)
    held = np.where(audible, db, np.nan)
    first = float(held[np.argmax(audible)])
    out = np.empty(count)
    last = first
    for i, value in enumerate(held):  # 400 blocks: a loop is clear and fast enough, once at start
        last = value if not np.isnan(value) else last
        out[i] = last
    return out


class DemoEnvironment:
    """The demo song on a virtual REAPER (file bridge in a temporary folder; OSC when ``osc_device_port``)."""

    name = "demo"

    def __init__(self, bridge_dir: str | Path | None = None) -> None:
        from companion.synth.demo import render_demo

        self.mix = render_demo()
        self.genre = self.mix.genre
        self._tmp = tempfile.TemporaryDirectory(prefix="mixassist-demo-")
        self.project = project_from_snapshot(self.mix.snapshot)
        self._rendered_db = {t.name: (t.volume_db or 0.0) for t in self.mix.snapshot.tracks}
        self._peaks = {
            name: block_peaks_db(stem, self.mix.sample_rate) for name, stem in self.mix.stems.items()
        }
        self._master_peaks = block_peaks_db(self.mix.mix, self.mix.sample_rate)
        self._blocks = min(len(p) for p in self._peaks.values())
        self._prefill()
        self.files = BridgeFiles(Path(bridge_dir) if bridge_dir else Path(self._tmp.name) / "bridge")
        self.reaper = None
        self._stop = threading.Event()
        self._meter_thread: threading.Thread | None = None

    # ------------------------------------------------------------ the virtual REAPER

    def start(self, osc_device_port: int | None = None) -> DemoEnvironment:
        """Start the file bridge (and the OSC surface, sending to ``osc_device_port``) and the meters."""
        from bridge.virtual.files import VirtualReaperFiles

        if osc_device_port is not None:
            from bridge.virtual.reaper import VirtualReaper

            self.reaper = VirtualReaper(
                self.project,
                osc_device_port=osc_device_port,
                bridge_dir=self.files.folder,
                osc_options={"loop_hz": 10.0},
                files_options={"loop_hz": 10.0},  # the demo's REAPER idles lightly: it shares our process
            ).start()
        else:
            self.reaper = VirtualReaperFiles(self.project, self.files.folder, drive_clock=True).start()
        self._meter_thread = threading.Thread(target=self._meters, name="demo-meters", daemon=True)
        self._meter_thread.start()
        return self

    @property
    def osc_port(self) -> int | None:
        osc = getattr(self.reaper, "osc", None)
        return None if osc is None else osc.port

    def _set_meters_at(self, block: int) -> None:
        for number, track in enumerate(self.project.tracks, 1):
            peaks = self._peaks.get(track.name)
            if peaks is None:
                continue
            moved_db = track.volume_db - self._rendered_db.get(track.name, track.volume_db)
            level = -150.0 if track.mute else float(peaks[block % len(peaks)]) + moved_db
            self.project.set_meters(number, [level, level])
        master_db = float(self._master_peaks[block % len(self._master_peaks)])
        self.project.set_meters(0, [master_db, master_db])

    def _prefill(self) -> None:
        """The virtual REAPER has just played the whole song at the current faders, so the snapshot's level
        window (20 s, as long as the song) shows them: at start, and again after each change."""
        with self.project.lock:
            for track in self.project.tracks:
                track.level_history.clear()
            self._played_count = self.project.state_change_count
        for block in range(self._blocks):
            self._set_meters_at(block)
            self.project.advance(METER_BLOCK_S)
        self.project.set_position_s(0.0)

    def _meters(self) -> None:
        while not self._stop.wait(1.0 / METER_HZ):
            position_s = self.project.position_s
            self._set_meters_at(int(position_s / METER_BLOCK_S) % self._blocks)

    # ------------------------------------------------------------ what an ask gets

    def faders_db(self) -> dict[str, float]:
        with self.project.lock:
            return {t.name: (-150.0 if t.mute else t.volume_db) for t in self.project.tracks}

    def clip(self) -> AudioClip:
        """The demo song mixed at the current faders, through the demo's master bus."""
        from companion.synth.bus import master_bus

        faders = self.faders_db()
        premix = np.zeros_like(next(iter(self.mix.stems.values())), dtype=np.float64)
        for name, stem in self.mix.stems.items():
            moved_db = faders.get(name, self._rendered_db.get(name, 0.0)) - self._rendered_db.get(name, 0.0)
            premix += stem * (10.0 ** (moved_db / 20.0))
        mix, _gain_db = master_bus(premix, self.mix.sample_rate, self.mix.target_lufs)
        return AudioClip(mix.astype(np.float32), self.mix.sample_rate, source="demo")

    def stems(self) -> dict[str, np.ndarray]:
        """Per-track audio at the current faders (the preview processes one track, as REAPER would)."""
        faders = self.faders_db()
        out = {}
        for name, stem in self.mix.stems.items():
            moved_db = faders.get(name, self._rendered_db.get(name, 0.0)) - self._rendered_db.get(name, 0.0)
            out[name] = (stem * (10.0 ** (moved_db / 20.0))).astype(np.float32)
        return out

    def material(self, seconds: float) -> Material:
        notes: list[str] = []
        with self.project.lock:
            changed = self.project.state_change_count != self._played_count
        if changed:
            self._prefill()
        snapshot = fresh_snapshot(self.files, notes)
        return Material(self.clip(), snapshot, tuple(notes), stems=self.stems())

    def capture_level_db(self) -> float | None:
        with self.project.lock:
            return max(self.project.master.meters_db)

    def close(self) -> None:
        self._stop.set()
        if self._meter_thread is not None:
            self._meter_thread.join(timeout=2.0)
        if self.reaper is not None:
            self.reaper.stop()
            self.reaper = None
        self._tmp.cleanup()
