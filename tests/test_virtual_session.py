"""A known session as a virtual REAPER (bridge/virtual/session.py): its bridge snapshot carries the session's
faders, plug-ins, peaks and track-meter loudness, and a ReaEQ gain set through a command reads back in dB."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from bridge.reaper.files import BridgeFiles
from bridge.virtual.files import VirtualReaperFiles
from bridge.virtual.session import project_from_snapshot
from companion.context import BAND_NAMES, BridgeCommand
from companion.knowledge import reaeq
from companion.synth.demo import build_demo


def test_the_demo_session_plays_in_the_virtual_reaper_with_its_loudness(tmp_path: Path) -> None:
    demo = build_demo()
    project = project_from_snapshot(demo.snapshot)
    project.set_play_state("playing")
    for _ in range(50):
        project.advance(0.1)
    snap = project.to_snapshot()
    assert [t.name for t in snap.tracks] == [t.name for t in demo.snapshot.tracks]
    for got, want in zip(snap.tracks, demo.snapshot.tracks, strict=True):
        assert (
            got.volume_db == pytest.approx(want.volume_db) and got.pan == want.pan and got.guid == want.guid
        )
        assert got.level.lufs == want.level.lufs and got.level.bands_db == want.level.bands_db
        assert got.level.avg_peak_db == pytest.approx(want.level.avg_peak_db, abs=0.01)
        assert [f.name for f in got.fx] == [f.name for f in want.fx]
        for gf, wf in zip(got.fx, want.fx, strict=True):
            assert [p.formatted for p in gf.params] == [p.formatted for p in wf.params]
    vox = snap.track("Lead Vox").level
    assert vox.lufs is not None and set(vox.bands_db) == set(BAND_NAMES)


def test_a_reaeq_gain_command_reads_back_in_db(tmp_path: Path) -> None:
    demo = build_demo()
    project = project_from_snapshot(demo.snapshot)
    vox = next(t for t in demo.snapshot.tracks if t.name == "Lead Vox")
    eq = vox.fx[0]
    gain = next(p for p in eq.params if p.name.startswith("Gain-Band"))
    folder = tmp_path / "bridge"
    with VirtualReaperFiles(project, folder, drive_clock=True):
        files = BridgeFiles(folder)
        deadline = time.monotonic() + 5.0
        while not files.is_alive() and time.monotonic() < deadline:
            time.sleep(0.01)
        command = BridgeCommand(
            "set_fx_param", vox.guid, reaeq.gain_norm(-4.0), fx_index=eq.index, param_index=gain.index
        )
        response = files.send_command(command, timeout_s=5.0)
    assert response.ok and response.after["formatted"] == "-4.0"


def test_the_track_meter_reading_follows_the_fader_and_mute() -> None:
    demo = build_demo()
    project = project_from_snapshot(demo.snapshot)
    project.set_play_state("playing")
    project.advance(1.0)
    vox = demo.snapshot.track("Lead Vox").level
    number = next(i for i, t in enumerate(demo.snapshot.tracks, 1) if t.name == "Lead Vox")
    project.set_track_value(number, "volume_db", project.track(number).volume_db + 6.0)
    moved = project.to_snapshot().track("Lead Vox").level
    assert moved.lufs == pytest.approx(vox.lufs + 6.0, abs=0.01)
    assert moved.bands_db["mid"] == pytest.approx(vox.bands_db["mid"] + 6.0, abs=0.01)
    project.set_track_value(number, "mute", True)
    muted = project.to_snapshot().track("Lead Vox").level
    assert muted.lufs is None and set(muted.bands_db.values()) == {None}
