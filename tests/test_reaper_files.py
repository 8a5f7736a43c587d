"""The companion side of the file bridge (bridge/reaper/files.py) against the virtual REAPER's file side and
the real Lua bridge running in real time under lua5.4."""

from __future__ import annotations

import json
import os
import re
import time
from pathlib import Path
from typing import Any

import pytest

from bridge.reaper import schemas
from bridge.reaper.files import (
    NOT_RUNNING,
    BridgeFiles,
    InvalidCommand,
    InvalidId,
    default_resource_path,
    locate_bridge_dir,
)
from bridge.reaper.snapshot_decode import decode_snapshot
from bridge.virtual.files import _DESCRIBE, VirtualReaperFiles
from bridge.virtual.project import build_project
from companion.context import BridgeCommand
from companion.errors import BadInput, BridgeError, BridgeTimeout
from tests.fakes.lua_bridge import SCRIPTS_DIR, small_project, start_realtime
from tests.system_tools import needs_tool

ACTIONS_IN_SCHEMA = schemas.load_schema("command")["properties"]["action"]["enum"]


def heartbeat(at: float, stopped: bool = False) -> dict[str, Any]:
    return {
        "schema": "mixassist.heartbeat/1",
        "at": at,
        "reaper_version": "7.27",
        "bridge_version": "1",
        "state_change_count": 3,
        "stopped": stopped,
    }


@pytest.fixture
def files(tmp_path: Path) -> BridgeFiles:
    folder = tmp_path / "bridge"
    folder.mkdir()
    return BridgeFiles(folder)


@pytest.fixture
def virtual(tmp_path: Path):
    project = build_project(n_tracks=6, n_fx=2, n_params=4, seed=3)
    with VirtualReaperFiles(project, tmp_path / "vbridge", drive_clock=True) as bridge:
        files = BridgeFiles(tmp_path / "vbridge")
        deadline = time.monotonic() + 5
        while not files.is_alive() and time.monotonic() < deadline:
            time.sleep(0.01)
        yield project, bridge, files


def valid_snapshot() -> dict[str, Any]:
    return build_project(n_tracks=3, n_fx=2, n_params=3, seed=1).to_snapshot(captured_at=1.0).to_dict()


# ---------------------------------------------------------------- where


@pytest.mark.parametrize(
    ("platform", "env", "expected"),
    [
        (
            "win32",
            {"APPDATA": "C:/Users/ana/AppData/Roaming", "HOME": "/h"},
            "C:/Users/ana/AppData/Roaming/REAPER",
        ),
        ("darwin", {"HOME": "/Users/ana"}, "/Users/ana/Library/Application Support/REAPER"),
        ("linux", {"HOME": "/home/ana"}, "/home/ana/.config/REAPER"),
        ("linux", {"HOME": "/home/ana", "XDG_CONFIG_HOME": "/cfg"}, "/cfg/REAPER"),
    ],
)
def test_default_resource_path_per_os(platform: str, env: dict[str, str], expected: str) -> None:
    assert default_resource_path(platform, env) == Path(expected)


def test_bridge_dir_default_extstate_and_explicit(tmp_path: Path) -> None:
    assert locate_bridge_dir(tmp_path) == tmp_path / "Scripts" / "MixAssist" / "bridge"
    (tmp_path / "reaper-extstate.ini").write_text(
        "[other]\nx=1\n\n[MixAssist]\nlevel_window_s=20\nbridge_dir=/data/mix 100%/bridge\n", encoding="utf-8"
    )
    assert locate_bridge_dir(tmp_path) == Path("/data/mix 100%/bridge")
    assert locate_bridge_dir(tmp_path, bridge_dir=tmp_path / "x") == tmp_path / "x"
    (tmp_path / "reaper-extstate.ini").write_text("not an ini [[[", encoding="utf-8")
    assert locate_bridge_dir(tmp_path) == tmp_path / "Scripts" / "MixAssist" / "bridge"


# ---------------------------------------------------------------- alive?


def test_status_tells_alive_from_gone(files: BridgeFiles) -> None:
    assert not files.status(now=100.0).alive and "no heartbeat yet" in files.status(now=100.0).reason
    files.path("heartbeat.json").write_text(json.dumps(heartbeat(100.0)))
    assert files.status(now=102.9).alive
    gone = files.status(now=103.5)
    assert not gone.alive and gone.reason.startswith(NOT_RUNNING) and "REAPER closed" in gone.reason
    files.path("heartbeat.json").write_text(json.dumps(heartbeat(100.0, stopped=True)))
    assert not files.status(now=100.1).alive
    files.path("heartbeat.json").write_text('{"schema": "mixassist.heartbeat/1", "at": "soon"}')
    broken = files.status(now=100.0)
    assert (
        not broken.alive
        and "does not match mixassist.heartbeat/1" in broken.reason
        and "\n" not in broken.reason
    )
    assert not BridgeFiles(files.folder / "missing").status().alive


# ---------------------------------------------------------------- the snapshot


def test_snapshot_missing_is_one_line(files: BridgeFiles) -> None:
    with pytest.raises(BridgeError, match="no snapshot from REAPER yet"):
        files.snapshot()


def _mutate(path: str, value: Any) -> dict[str, Any]:
    doc = valid_snapshot()
    *parents, last = path.split(".")
    node: Any = doc
    for key in parents:
        node = node[int(key)] if key.isdigit() else node[key]
    if value is KeyError:
        del node[int(last) if last.isdigit() else last]
    else:
        node[int(last) if last.isdigit() else last] = value
    return doc


BAD_SNAPSHOTS = [
    ("schema", "mixassist.snapshot/2"),
    ("tracks.0.pan", 1.5),
    ("tracks.0.index", 0),
    ("tracks.0.mute", KeyError),
    ("tracks.0.volume_db", "-3 dB"),
    ("tracks.0.fx.0.params.0.value", "half"),
    ("tracks.0.fx.0.enabled", KeyError),
    ("tracks.0.level", {"avg_peak_db": -3}),
    ("project.play_state", "rolling"),
    ("project.tempo_bpm", 0),
    ("master.fx", None),
    ("tracks", {}),
    ("captured_at", -1),
]


@pytest.mark.parametrize(("path", "value"), BAD_SNAPSHOTS)
def test_malformed_snapshot_is_refused_by_both_the_fast_path_and_the_schema(path: str, value: Any) -> None:
    doc = _mutate(path, value)
    assert schemas.errors("snapshot", doc) != []
    with pytest.raises(BridgeError, match=r"does not match mixassist\.snapshot/1") as info:
        decode_snapshot(json.dumps(doc).encode())
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("text", [b"", b"{", b'{"schema": NaN}', b"\xff\xfe", b"[]"])
def test_snapshot_that_is_not_json_is_one_line(files: BridgeFiles, text: bytes) -> None:
    files.path("snapshot.json").write_bytes(text)
    with pytest.raises(BridgeError) as info:
        files.snapshot()
    assert "\n" not in str(info.value) and "snapshot.json" in str(info.value)


def test_snapshot_read_waits_out_the_windows_rename_gap(files: BridgeFiles) -> None:
    import threading

    doc = valid_snapshot()
    files.path("snapshot.json.tmp").write_text(json.dumps(doc))  # target removed, rename not done yet
    timer = threading.Timer(0.02, os.replace, (files.path("snapshot.json.tmp"), files.path("snapshot.json")))
    timer.start()
    try:
        assert files.snapshot().to_dict() == doc
    finally:
        timer.join()


def test_snapshot_read_survives_the_rename_finishing_between_two_looks(
    files: BridgeFiles, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Lua side's rename can complete after a read found no snapshot but before the reader looks for the
    temporary file: the snapshot is there then, so it is read, not reported missing (seen under a loaded CI)."""
    doc = valid_snapshot()
    files.path("snapshot.json").write_text(json.dumps(doc))  # the rename has just finished: no .tmp left
    real = Path.read_bytes
    missed: list[Path] = []

    def first_read_races(self: Path) -> bytes:
        if self.name == "snapshot.json" and not missed:
            missed.append(self)  # the first look came just before the rename
            raise FileNotFoundError(self)
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", first_read_races)
    assert files.snapshot().to_dict() == doc
    assert missed


def test_valid_snapshot_reads_back_equal() -> None:
    doc = valid_snapshot()
    assert schemas.errors("snapshot", doc) == []
    snap = decode_snapshot(json.dumps(doc).encode())
    assert snap.to_dict() == doc


# ---------------------------------------------------------------- requests


def test_requests_are_handed_out_once_and_bad_ones_dropped(files: BridgeFiles) -> None:
    good = {"schema": "mixassist.request/1", "id": "r1", "at": 5.0, "kind": "ask", "question": None}
    files.path("request_r1.json").write_text(json.dumps(good))
    files.path("request_r2.json").write_text(json.dumps({**good, "id": "other"}))
    files.path("request_r3.json").write_text("{broken")
    files.path("request_r4.json").write_text(json.dumps({**good, "id": "r4", "kind": "run_action"}))
    got = list(files.requests())
    assert [(r.id, r.at, r.question) for r in got] == [("r1", 5.0, None)]
    assert list(files.requests()) == [] and list(files.folder.iterdir()) == []
    assert files.wait_for_request(timeout_s=0.05) is None


# ---------------------------------------------------------------- commands


@pytest.mark.parametrize(
    ("command", "message"),
    [
        (BridgeCommand("set_volume_db", "{T}", 13.0), "does not match mixassist.command/1"),
        (BridgeCommand("set_pan", "{T}", -1.01), "does not match"),
        (BridgeCommand("set_fx_param", "{T}", 0.5, fx_index=0), "param_index"),
        (BridgeCommand("run_script", "{T}", 1.0), "is not one of"),
    ],
)
def test_post_command_refuses_what_the_bridge_would_refuse(
    files: BridgeFiles, command: BridgeCommand, message: str
) -> None:
    with pytest.raises(InvalidCommand, match=message) as info:
        files.post_command(command)
    assert isinstance(info.value, BadInput) and list(files.folder.iterdir()) == []


@pytest.mark.parametrize("bad_id", ["../../etc/passwd", "a/b", "", "x" * 65, "id with space", "é", "ok\n"])
def test_ids_cannot_escape_the_folder(files: BridgeFiles, bad_id: str) -> None:
    with pytest.raises(InvalidId):
        files.post_command(BridgeCommand("set_mute", "{T}", 1), command_id=bad_id)
    with pytest.raises(InvalidId):
        files.read_response(bad_id)


def test_send_command_when_bridge_is_gone_says_so_at_once(files: BridgeFiles) -> None:
    files.path("heartbeat.json").write_text(json.dumps(heartbeat(time.time() - 60)))
    t0 = time.monotonic()
    with pytest.raises(BridgeTimeout, match=NOT_RUNNING):
        files.send_command(BridgeCommand("set_mute", "{T}", 1), timeout_s=5.0)
    assert time.monotonic() - t0 < 1.0 and list(files.folder.glob("command_*")) == []


def test_send_command_times_out_and_withdraws_the_command(files: BridgeFiles) -> None:
    files.path("heartbeat.json").write_text(json.dumps(heartbeat(time.time())))  # alive, but nobody reads
    with pytest.raises(
        BridgeTimeout, match=re.escape(f"{NOT_RUNNING}: no answer to the command within 0.2 s")
    ):
        files.send_command(BridgeCommand("set_mute", "{T}", 1), timeout_s=0.2)
    assert list(files.folder.glob("command_*")) == []


def test_send_command_through_the_virtual_bridge(virtual) -> None:
    project, _bridge, files = virtual
    for name in ("heartbeat", "snapshot"):  # the virtual bridge writes what the contract says, too
        assert schemas.errors(name, json.loads(files.path(f"{name}.json").read_text())) == []
    snare = files.snapshot().track("Snare")
    response = files.send_command(BridgeCommand("nudge_volume_db", snare.guid, -2.0))
    assert response.ok and response.after["volume_db"] == pytest.approx(response.before["volume_db"] - 2.0)
    assert project.undo_labels()[-1] == "MixAssist: volume -2.0 dB on Snare"
    refused = files.send_command(BridgeCommand("set_fx_param", snare.guid, 0.5, fx_index=7, param_index=0))
    assert not refused.ok and "fx_index 7 does not exist" in refused.error
    with pytest.raises(BridgeError, match="REAPER refused the change"):
        refused.raise_for_error()
    fresh = files.request_snapshot(timeout_s=2.0)
    assert fresh.track("Snare").volume_db == pytest.approx(response.after["volume_db"])
    assert list(files.folder.glob("response_*")) == [] and list(files.folder.glob("command_*")) == []


def test_every_allowed_action_has_a_handler_on_both_sides() -> None:
    lua = (SCRIPTS_DIR / "mixassist_dispatch.lua").read_text()
    block = lua[lua.index("dispatch.ACTIONS = {") : lua.index("local function undo_label")]
    lua_actions = re.findall(r"^  ([a-z_]+) = (?:\{|switch_action\()", block, flags=re.M)
    assert sorted(lua_actions) == sorted(ACTIONS_IN_SCHEMA) == sorted(_DESCRIBE)
    assert sorted(ACTIONS_IN_SCHEMA) == sorted(
        [
            "set_volume_db",
            "nudge_volume_db",
            "set_pan",
            "set_mute",
            "set_solo",
            "set_fx_enabled",
            "set_fx_param",
            "undo",
        ]
    )


def test_tidy_removes_only_old_leftovers(files: BridgeFiles) -> None:
    old = time.time() - 3600
    names = [
        "response_a.json",
        "command_b.json",
        "snapshot.json.tmp",
        "command_c.json.claimed",
        "request_d.json",
    ]
    for name in [*names, "snapshot.json", "heartbeat.json"]:
        files.path(name).write_text("{}")
        os.utime(files.path(name), (old, old))
    files.path("response_new.json").write_text("{}")
    assert files.tidy(max_age_s=600) == len(names)
    assert sorted(p.name for p in files.folder.iterdir()) == [
        "heartbeat.json",
        "response_new.json",
        "snapshot.json",
    ]


# ---------------------------------------------------------------- the real Lua bridge, in real time


@needs_tool("lua5.4", "lua5.4")
def test_round_trip_with_the_real_lua_bridge(tmp_path: Path) -> None:
    resource = tmp_path / "REAPER"
    resource.mkdir()
    files = BridgeFiles(locate_bridge_dir(resource))
    stop = tmp_path / "stop"
    proc = start_realtime(
        tmp_path, "MixAssist_Bridge.lua", small_project(resource), run_s=20.0, stop_file=stop
    )
    try:
        deadline = time.monotonic() + 10
        while not files.is_alive() and time.monotonic() < deadline:
            time.sleep(0.02)
        assert files.is_alive(), proc.stderr.read() if proc.poll() is not None else "no heartbeat"
        bass = files.snapshot().track("Bass")
        response = files.send_command(BridgeCommand("set_volume_db", bass.guid, -4.5), timeout_s=5.0)
        assert response.ok and response.before == {"volume_db": 0} and response.after == {"volume_db": -4.5}
        deadline = time.monotonic() + 5
        while files.snapshot().track("Bass").volume_db != -4.5 and time.monotonic() < deadline:
            time.sleep(0.02)
        assert files.snapshot().track("Bass").volume_db == -4.5
    finally:
        stop.write_text("")
        proc.wait(timeout=10)
    assert proc.returncode == 0, proc.stderr.read()
    status = files.status()
    assert not status.alive and "stopped" in status.reason
    record = json.loads((tmp_path / "record_rt.json").read_text())
    assert (
        record["undo_points"] == ["MixAssist: set volume to -4.5 dB on Bass"] and record["violations"] == []
    )


def test_undo_reverts_only_our_own_last_step_through_the_virtual_bridge(virtual) -> None:
    project, _bridge, files = virtual
    snare = files.snapshot().track("Snare")
    label = "MixAssist: Snare -2.0 dB"
    applied = files.send_command(BridgeCommand("nudge_volume_db", snare.guid, -2.0, undo_label=label))
    assert applied.ok and project.undo_labels()[-1] == label
    undone = files.undo(label, snare.guid)
    assert undone.ok, undone.error
    assert undone.before["volume_db"] == pytest.approx(applied.after["volume_db"])
    assert undone.after["volume_db"] == pytest.approx(applied.before["volume_db"])
    assert label not in project.undo_labels()  # the undo itself is not a new step
    # a second undo of the same step is refused: REAPER's last step is no longer ours
    again = files.undo(label, snare.guid)
    assert not again.ok and f"not '{label}'" in again.error
    # the user's own later edit is never undone behind their back
    files.send_command(BridgeCommand("nudge_volume_db", snare.guid, -1.0, undo_label=label))
    project.set_track_value(snare.index, "pan", 0.5, "Pan by the user")
    refused = files.undo(label, snare.guid)
    assert not refused.ok and "'Pan by the user'" in refused.error
    assert project.track(snare.index).pan == 0.5


def test_undo_without_a_mixassist_label_is_caught_before_sending(files: BridgeFiles) -> None:
    with pytest.raises(InvalidCommand, match="undo_label"):
        files.post_command(BridgeCommand("undo", "{A}", 0.0, undo_label="Edit by user"))
