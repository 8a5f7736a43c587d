"""The REAL MixAssist Lua scripts under the real lua5.4 interpreter, against the mock `reaper` table.

Files they write are validated against the JSON Schemas and read back with bridge.reaper.files.
"""

from __future__ import annotations

import json
import math
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from bridge.reaper import schemas
from bridge.reaper.files import BridgeFiles
from companion.context import BridgeCommand
from tests.fakes.lua_bridge import SCRIPTS_DIR, Lua, lua_literal, run_lua, run_script, small_project
from tests.system_tools import needs_tool

pytestmark = needs_tool("lua5.4", "lua5.4")

BASS = "{A0000000-0000-0000-0000-000000000002}"
VOX = "{A0000000-0000-0000-0000-000000000003}"
UNIX0 = 1_780_000_000
PLAY = Lua("function(S, P) P.play_state = 1 end")
STOP = Lua("function(S, P) P.play_state = 0 end")


@pytest.fixture
def resource(tmp_path: Path) -> Path:
    path = tmp_path / "REAPER"
    path.mkdir()
    return path


@pytest.fixture
def files(resource: Path) -> BridgeFiles:
    folder = resource / "Scripts" / "MixAssist" / "bridge"
    folder.mkdir(parents=True)
    return BridgeFiles(folder)


def bridge(tmp_path: Path, resource: Path, steps: list[Any], **project: Any):
    result = run_script(tmp_path, "MixAssist_Bridge.lua", small_project(resource, **project), steps)
    assert result.returncode == 0, result.stderr
    return result


def read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def test_level_window_averages_audible_readings_over_playback_seconds() -> None:
    out = run_lua(
        "local util = require('mixassist_util')\n"
        "local w = util.new_level_window(2.0)\n"
        "for i = 1, 12 do w.advance(0.25) w.add('k', -6) end\n"  # 3 s at -6 dB: only the last 2 s count
        "for i = 1, 4 do w.advance(0.25) w.add('k', i % 2 == 0 and -12 or nil) end\n"  # 1 s: -12 dB / silence
        "local s = w.stats('k')\n"
        "io.write(string.format('%.4f %.4f %.4f', s.avg_peak_db, s.max_peak_db, s.window_s))"
    )
    avg, peak, window = (float(x) for x in out.split())
    # the window [2.0, 4.0] s holds -6 dB at 2.0, 2.25, 2.5, 2.75, 3.0 and -12 dB at 3.5, 4.0 (silence left out)
    assert avg == pytest.approx((5 * -6 + 2 * -12) / 7, abs=1e-3)
    assert peak == -6.0 and window == pytest.approx(2.0)


# ---------------------------------------------------------------- the bridge loop


def test_heartbeat_and_snapshot_validate_and_read_back(
    tmp_path: Path, resource: Path, files: BridgeFiles
) -> None:
    result = bridge(tmp_path, resource, [{"ticks": 45}])
    heartbeat = read_json(files.path("heartbeat.json"))
    snapshot = read_json(files.path("snapshot.json"))
    assert schemas.errors("heartbeat", heartbeat) == []
    assert schemas.errors("snapshot", snapshot) == []
    # 45 ticks of 1/30 s: heartbeats every 0.5 s; the unix clock synced when os.time() ticked over at 1 s
    assert heartbeat["at"] == pytest.approx(UNIX0 + 1.5, abs=0.04)
    status = files.status(now=heartbeat["at"] + 1.0)
    assert status.alive and status.reason == "running"
    assert not files.status(now=heartbeat["at"] + 3.5).alive

    snap = files.snapshot()
    assert [t.name for t in snap.tracks] == ["Kick", "Bass", "Lead Vox", "Verb"]
    assert [t.index for t in snap.tracks] == [1, 2, 3, 4]
    kick, bass, vox, verb = snap.tracks
    assert kick.volume_db == pytest.approx(-6.02) and vox.volume_db == pytest.approx(-12.04)
    assert verb.volume_db is None  # a fader at -inf is null, never -inf in JSON
    assert bass.pan == -0.25
    assert [f.name for f in bass.fx] == ["VST: ReaEQ (Cockos)", "VST: ReaComp (Cockos)"]
    assert [f.enabled for f in bass.fx] == [True, False]
    assert bass.fx[0].param("Freq").value == pytest.approx(0.23) and bass.fx[0].params[0].formatted == "0.230"
    assert vox.sends[0].dest_name == "Verb" and vox.sends[0].dest_guid == verb.guid
    assert vox.sends[0].volume_db == pytest.approx(-12.04)
    assert kick.level is None  # nothing played yet
    assert snap.project.sample_rate == 48000 and snap.project.tempo_bpm == 96.0
    assert snap.project.play_state == "stopped" and snap.master.peak_db == pytest.approx(-6.02)
    assert snap.master.fx[0].name == "JS: Master Limiter" and snapshot["master"]["fx"][0]["params"] == []
    assert result.record["pending"] == 1  # the loop keeps deferring itself
    assert result.record["console"] == []


def test_levels_cover_only_playback_and_refresh_on_request(
    tmp_path: Path, resource: Path, files: BridgeFiles
) -> None:
    ask = Lua(
        f"function() local f = io.open({lua_literal(str(files.path('snapshot_request.json')))}, 'w') f:close() end"
    )
    loud = Lua("function(S, P) P.tracks[1].peak = {0.5, 0.25} end")  # -6.02 dB (the louder of L/R)
    soft = Lua("function(S, P) P.tracks[1].peak = {0.125, 0.25} end")  # -12.04 dB
    steps = [
        loud,
        {"ticks": 30},
        PLAY,
        {"ticks": 30},
        soft,
        {"ticks": 30},
        STOP,
        {"ticks": 60},
        ask,
        {"ticks": 2},
    ]
    bridge(tmp_path, resource, steps)
    snap = files.snapshot()
    assert not files.path("snapshot_request.json").exists()
    kick, bass = snap.tracks[0], snap.tracks[1]
    assert kick.level is not None and bass.level is not None
    # 1 s of playback at -6.02 dB, then 1 s at -12.04 dB; the second before and after (stopped) do not count
    assert kick.level.max_peak_db == pytest.approx(-6.02)
    assert kick.level.avg_peak_db == pytest.approx((-6.02 - 12.04) / 2, abs=0.15)
    assert kick.level.window_s == pytest.approx(2.0, abs=0.05)
    assert bass.level.avg_peak_db is None and bass.level.max_peak_db is None  # silent track: null levels


@pytest.mark.parametrize(
    ("action", "guid", "value", "fx", "param", "before", "after", "label"),
    [
        (
            "set_volume_db",
            BASS,
            -6.0,
            None,
            None,
            {"volume_db": 0},
            {"volume_db": -6},
            "set volume to -6.0 dB on Bass",
        ),
        (
            "nudge_volume_db",
            BASS,
            -1.5,
            None,
            None,
            {"volume_db": 0},
            {"volume_db": -1.5},
            "volume -1.5 dB on Bass",
        ),
        (
            "nudge_volume_db",
            BASS,
            12.0,
            None,
            None,
            {"volume_db": 0},
            {"volume_db": 12},
            "volume +12.0 dB on Bass",
        ),
        ("set_pan", BASS, 0.3, None, None, {"pan": -0.25}, {"pan": 0.3}, "pan 30%R on Bass"),
        ("set_mute", BASS, 1, None, None, {"mute": False}, {"mute": True}, "mute on Bass"),
        ("set_solo", BASS, 1, None, None, {"solo": False}, {"solo": True}, "solo on Bass"),
        (
            "set_fx_enabled",
            BASS,
            1,
            1,
            None,
            {"fx_index": 1, "enabled": False},
            {"fx_index": 1, "enabled": True},
            "enable FX 2 on Bass",
        ),
        (
            "set_fx_param",
            BASS,
            0.75,
            0,
            1,
            {"fx_index": 0, "param_index": 1, "value": 0.5, "formatted": "50.0"},
            {"fx_index": 0, "param_index": 1, "value": 0.75, "formatted": "75.0"},
            "FX 1 parameter 2 to 0.750 on Bass",
        ),
    ],
)
def test_every_command_is_one_named_undo_step(
    tmp_path: Path, resource: Path, files: BridgeFiles, action, guid, value, fx, param, before, after, label
) -> None:
    cid = files.post_command(BridgeCommand(action, guid, value, fx_index=fx, param_index=param))
    result = bridge(tmp_path, resource, [{"ticks": 3}])
    raw = read_json(files.path(f"response_{cid}.json"))
    assert schemas.errors("response", raw) == []
    response = files.read_response(cid)
    assert response.ok and response.error is None
    assert response.before == before and response.after == after
    rec = result.record
    assert rec["undo_points"] == [f"MixAssist: {label}"]
    assert rec["undo"] == [["begin"], ["end", f"MixAssist: {label}", -1]]
    assert rec["violations"] == [] and len(rec["mutations"]) == 1  # inside undo AND PreventUIRefresh
    assert rec["prevent_refresh"] == 0 and rec["undo_depth"] == 0
    assert not files.path(f"command_{cid}.json").exists() and not list(files.folder.glob("*.claimed"))
    # the change count moved, so the snapshot shows the new value
    bass = files.snapshot().track("Bass")
    shown = {"volume_db": bass.volume_db, "pan": bass.pan, "mute": bass.mute, "solo": bass.solo}
    for key, val in after.items():
        if key in shown:
            assert shown[key] == pytest.approx(val)


def test_user_undo_label_is_kept_and_automation_is_reported(
    tmp_path: Path, resource: Path, files: BridgeFiles
) -> None:
    cid = files.post_command(
        BridgeCommand("set_volume_db", VOX, -3.0, undo_label="MixAssist: Lead Vox up 9 dB")
    )
    result = bridge(tmp_path, resource, [{"ticks": 2}])
    response = files.read_response(cid)
    assert response.ok and response.after == {"volume_db": -3}
    assert "Volume automation" in response.note
    assert result.record["undo_points"] == ["MixAssist: Lead Vox up 9 dB"]


@pytest.mark.parametrize(
    ("command", "message"),
    [
        ({"action": "set_volume_db", "value": 12.5}, "volume 12.5 is out of range -60..12"),
        ({"action": "set_volume_db", "value": -61}, "out of range"),
        ({"action": "nudge_volume_db", "value": -13}, "nudge -13 is out of range -12..12"),
        ({"action": "set_pan", "value": 1.5}, "pan 1.5 is out of range -1..1"),
        ({"action": "set_fx_param", "value": 1.2, "fx_index": 0, "param_index": 0}, "out of range 0..1"),
        (
            {"action": "set_fx_param", "value": 0.5, "fx_index": 5, "param_index": 0},
            "fx_index 5 does not exist",
        ),
        (
            {"action": "set_fx_param", "value": 0.5, "fx_index": 0, "param_index": 9},
            "param_index 9 does not exist",
        ),
        ({"action": "set_fx_enabled", "value": 1, "fx_index": None}, "fx_index must be an integer"),
        ({"action": "set_mute", "value": 0.5}, "mute value must be 0, 1"),
        ({"action": "set_volume_db", "value": "loud"}, "must be a finite number"),
        (
            {"action": "set_volume_db", "value": -6, "track_guid": "{FFFFFFFF-0000-0000-0000-000000000000}"},
            "unknown track",
        ),
        ({"action": "Main_OnCommand", "value": 40001}, "action Main_OnCommand is not allowed"),
        ({"action": "set_volume_db", "value": -6, "schema": "mixassist.command/2"}, "unknown schema"),
        ({"action": "set_volume_db", "value": -6, "id": "other"}, "command id does not match its file name"),
    ],
)
def test_bad_commands_are_refused_without_touching_the_project(
    tmp_path: Path, resource: Path, files: BridgeFiles, command: dict[str, Any], message: str
) -> None:
    data = {
        "schema": "mixassist.command/1",
        "id": "bad1",
        "track_guid": BASS,
        "fx_index": None,
        "param_index": None,
    }
    data.update(command)
    files.path("command_bad1.json").write_text(json.dumps(data), encoding="utf-8")
    result = bridge(tmp_path, resource, [{"ticks": 2}])
    raw = read_json(files.path("response_bad1.json"))
    assert schemas.errors("response", raw) == []
    assert raw["ok"] is False and message in raw["error"] and raw["before"] == {} and raw["after"] == {}
    assert result.record["undo"] == [] and result.record["mutations"] == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            b'{"schema": "mixassist.command/1", "id": "m1", ',
            "malformed command file: json: expected a string key",
        ),
        (b"\xff\xfe garbage", "malformed command file"),
        (b"[1, 2, 3]", "command is not a JSON object"),
        (b"x" * 70000, "unreadable command file: file larger than 65536 bytes"),
    ],
)
def test_malformed_command_file_gets_an_error_response(
    tmp_path: Path, resource: Path, files: BridgeFiles, content: bytes, message: str
) -> None:
    files.path("command_m1.json").write_bytes(content)
    result = bridge(tmp_path, resource, [{"ticks": 2}])
    response = files.read_response("m1")
    assert response is not None and not response.ok and message in response.error
    assert result.record["undo"] == []


def test_bad_file_ids_are_never_executed_nor_answered(
    tmp_path: Path, resource: Path, files: BridgeFiles
) -> None:
    name = "command_" + "x" * 65 + ".json"  # 65 characters: over the limit
    files.path(name).write_text(
        json.dumps({"schema": "mixassist.command/1", "id": "x" * 65}), encoding="utf-8"
    )
    files.path("command_a b.json").write_text("{}", encoding="utf-8")
    result = bridge(tmp_path, resource, [{"ticks": 2}])
    assert not files.path(name).exists() and not files.path("command_a b.json").exists()
    assert list(files.folder.glob("response_*")) == []
    assert result.record["undo"] == []


def test_a_command_runs_once(tmp_path: Path, resource: Path, files: BridgeFiles) -> None:
    cid = files.post_command(BridgeCommand("nudge_volume_db", BASS, -1.0))
    result = bridge(tmp_path, resource, [{"ticks": 30}])
    assert len(result.record["undo_points"]) == 1
    assert files.read_response(cid).after == {"volume_db": -1}


@pytest.mark.parametrize(("api_cost_s", "writes"), [(0.0, (7, 10)), (0.02, (2, 4))])
def test_snapshot_rewrites_are_throttled_while_the_project_keeps_changing(
    tmp_path: Path, resource: Path, files: BridgeFiles, api_cost_s: float, writes: tuple[int, int]
) -> None:
    drag = Lua("function(S, P) S.rec.change_count = S.rec.change_count + 1 end")  # a fader drag: every tick
    bridge(tmp_path, resource, [{"ticks": 60, "each": drag}, {"exit": True}], api_cost_s=api_cost_s)
    heartbeat = read_json(files.path("heartbeat.json"))
    # 2 s of changes: every 0.2 s at most, and 10x the build time when building is slow (3 params x 20 ms)
    assert writes[0] <= heartbeat["snapshots_written"] <= writes[1]
    assert heartbeat["snapshot_ms"] == pytest.approx(api_cost_s * 3000, abs=0.5)


def test_toggle_state_and_exit_cleanup(tmp_path: Path, resource: Path, files: BridgeFiles) -> None:
    result = bridge(tmp_path, resource, [{"ticks": 5}, {"exit": True}])
    assert result.record["action_options"] == [1 | 4, 8]  # terminate-on-relaunch + toggle on, then off
    heartbeat = read_json(files.path("heartbeat.json"))
    assert heartbeat["stopped"] is True and schemas.errors("heartbeat", heartbeat) == []
    status = files.status(now=heartbeat["at"])
    assert not status.alive and "stopped" in status.reason


def test_older_reaper_gets_its_toggle_through_set_toggle_command_state(
    tmp_path: Path, resource: Path, files: BridgeFiles
) -> None:
    result = bridge(tmp_path, resource, [{"ticks": 2}, {"exit": True}], without=["set_action_options"])
    assert result.record["toggle"] == [[0, 55555, 1], [0, 55555, 0]]


def test_unicode_and_odd_track_names_survive(tmp_path: Path, resource: Path, files: BridgeFiles) -> None:
    odd = 'Gtr "Lead" \\ ü 🎸\ttab'
    rename = Lua(
        f"function(S, P) P.tracks[1].name = {lua_literal(odd)} P.tracks[2].name = 'Bad \\255 byte' "
        "P.tracks[4].name = '' S.rec.change_count = S.rec.change_count + 1 end"
    )
    bridge(tmp_path, resource, [{"ticks": 1}, rename, {"ticks": 10}])
    names = [t.name for t in files.snapshot().tracks]
    assert names == [odd, "Bad \ufffd byte", "Lead Vox", "Track 4"]


def test_pattern_file_is_put_in_osc_folder_once(tmp_path: Path, resource: Path, files: BridgeFiles) -> None:
    scripts = tmp_path / "scripts"
    shutil.copytree(SCRIPTS_DIR, scripts)
    osc = resource / "OSC" / "MixAssist.ReaperOSC"
    run_script(tmp_path, "MixAssist_Bridge.lua", small_project(resource), [{"ticks": 1}], scripts_dir=scripts)
    assert osc.read_text() == (SCRIPTS_DIR / "MixAssist.ReaperOSC").read_text()
    osc.write_text("# the user's own edit\n")
    run_script(tmp_path, "MixAssist_Bridge.lua", small_project(resource), [{"ticks": 1}], scripts_dir=scripts)
    assert osc.read_text() == "# the user's own edit\n"


def test_bridge_without_its_modules_says_so(tmp_path: Path, resource: Path) -> None:
    alone = tmp_path / "alone"
    alone.mkdir()
    shutil.copy(SCRIPTS_DIR / "MixAssist_Bridge.lua", alone)
    result = run_script(
        tmp_path, "MixAssist_Bridge.lua", small_project(resource), [{"ticks": 3}], scripts_dir=alone
    )
    assert result.returncode == 0
    assert (
        len(result.record["message_boxes"]) == 1 and "mixassist_json.lua" in result.record["message_boxes"][0]
    )
    assert result.record["defer_calls"] == 0


def test_bridge_dir_from_extstate(tmp_path: Path, resource: Path) -> None:
    custom = tmp_path / "elsewhere"
    bridge(tmp_path, resource, [{"ticks": 1}], extstate={"MixAssist": {"bridge_dir": str(custom) + "/"}})
    assert schemas.errors("snapshot", read_json(custom / "snapshot.json")) == []


# ---------------------------------------------------------------- the hotkey action


def test_what_do_you_hear_writes_a_request_taken_once(
    tmp_path: Path, resource: Path, files: BridgeFiles
) -> None:
    result = run_script(tmp_path, "MixAssist_WhatDoYouHear.lua", small_project(resource), [])
    assert result.returncode == 0, result.stderr
    (path,) = files.folder.glob("request_*.json")
    data = read_json(path)
    assert schemas.errors("request", data) == [] and data["question"] is None
    assert path.name == f"request_{data['id']}.json"
    assert math.isclose(data["at"], UNIX0 + 0.5, abs_tol=0.5)
    taken = list(files.requests())
    assert [r.id for r in taken] == [data["id"]] and list(files.requests()) == []
    assert result.record["message_boxes"] == []


def test_what_do_you_hear_warns_when_nobody_answers(
    tmp_path: Path, resource: Path, files: BridgeFiles
) -> None:
    old = {"schema": "mixassist.request/1", "id": "old1", "at": UNIX0 - 60, "kind": "ask", "question": None}
    files.path("request_old1.json").write_text(json.dumps(old), encoding="utf-8")
    result = run_script(tmp_path, "MixAssist_WhatDoYouHear.lua", small_project(resource), [])
    assert len(list(files.folder.glob("request_*.json"))) == 2
    assert len(result.record["message_boxes"]) == 1 and "mixassist run" in result.record["message_boxes"][0]


def test_a_new_request_makes_the_bridge_refresh_the_snapshot(
    tmp_path: Path, resource: Path, files: BridgeFiles
) -> None:
    press = Lua(
        f"function() local f = io.open({lua_literal(str(files.path('request_r1.json')))}, 'w') "
        "f:write('{}') f:close() end"
    )
    steps = [{"ticks": 3}, PLAY, {"ticks": 30}, press, {"ticks": 1}]
    bridge(tmp_path, resource, steps)
    snap = files.snapshot()
    assert snap.project.play_state == "playing" and snap.tracks[0].level is not None
    assert snap.tracks[0].level.window_s == pytest.approx(1.0, abs=0.05)


# ---------------------------------------------------------------- house rules


@pytest.mark.parametrize(
    "script",
    [
        "MixAssist_Bridge.lua",
        "MixAssist_WhatDoYouHear.lua",
        "mixassist_json.lua",
        "mixassist_util.lua",
        "mixassist_dispatch.lua",
        "mixassist_loudness.lua",
        "mixassist_meters.lua",
        "MixAssist_TrackMeters.lua",
    ],
)
def test_scripts_set_no_globals_and_touch_no_reaper_in_modules(script: str) -> None:
    listing = subprocess.run(
        ["luac5.4", "-l", "-l", "-p", str(SCRIPTS_DIR / script)], capture_output=True, text=True, check=True
    ).stdout
    assert [line for line in listing.splitlines() if "SETTABUP" in line and "_ENV" in line] == []
    if script.startswith("mixassist_"):
        code = "\n".join(line.split("--")[0] for line in (SCRIPTS_DIR / script).read_text().splitlines())
        assert "reaper" not in code


def _write_command(folder: Path, cid: str, command: dict[str, Any]) -> Lua:
    """A step that drops a command file into the bridge folder between ticks (as the companion would)."""
    text = json.dumps({"schema": "mixassist.command/1", "id": cid, **command})
    path = str(folder / f"command_{cid}.json")
    return Lua(
        f"function(S, P) local f = assert(io.open({lua_literal(path)}, 'wb')) f:write({lua_literal(text)}) "
        "f:close() end"
    )


def test_undo_reverts_our_last_step_with_reapers_undo(
    tmp_path: Path, resource: Path, files: BridgeFiles
) -> None:
    label = "MixAssist: Bass -2.0 dB"
    nudge = {"action": "nudge_volume_db", "track_guid": BASS, "value": -2.0, "undo_label": label}
    undo = {"action": "undo", "track_guid": BASS, "value": 0, "undo_label": label}
    steps = [
        _write_command(files.folder, "n1", nudge),
        {"ticks": 3},
        _write_command(files.folder, "u1", undo),
        {"ticks": 3},
        _write_command(files.folder, "u2", undo),
        {"ticks": 3},
    ]
    result = bridge(tmp_path, resource, steps)
    for cid in ("n1", "u1", "u2"):
        assert schemas.errors("response", read_json(files.path(f"response_{cid}.json"))) == []
    assert files.read_response("n1").after == {"volume_db": -2}
    first = files.read_response("u1")
    assert first.ok, first.error
    assert first.before["volume_db"] == -2 and first.after["volume_db"] == 0
    second = files.read_response("u2")
    assert not second.ok and "the last undo step in REAPER is 'nothing'" in second.error
    rec = result.record
    assert rec["undone"] == [label]
    assert rec["undo_points"] == [label]  # the undo opened no block of its own
    assert rec["violations"] == [] and rec["undo_depth"] == 0 and rec["prevent_refresh"] == 0
    assert rec["tracks"][1]["vol"] == pytest.approx(1.0)


def test_undo_refuses_when_the_user_edited_after_us(
    tmp_path: Path, resource: Path, files: BridgeFiles
) -> None:
    label = "MixAssist: Bass -2.0 dB"
    user_edit = Lua(
        "function(S, P) reaper.Undo_BeginBlock() reaper.PreventUIRefresh(1) "
        "reaper.SetMediaTrackInfo_Value(P.tracks[2], 'D_PAN', 0.5) reaper.PreventUIRefresh(-1) "
        "reaper.Undo_EndBlock('Pan Bass', -1) end"
    )
    steps = [
        _write_command(
            files.folder,
            "n1",
            {"action": "nudge_volume_db", "track_guid": BASS, "value": -2.0, "undo_label": label},
        ),
        {"ticks": 3},
        user_edit,
        _write_command(
            files.folder, "u1", {"action": "undo", "track_guid": BASS, "value": 0, "undo_label": label}
        ),
        {"ticks": 3},
    ]
    result = bridge(tmp_path, resource, steps)
    refused = files.read_response("u1")
    assert not refused.ok and "is 'Pan Bass', not 'MixAssist: Bass -2.0 dB'" in refused.error
    assert result.record["undone"] == []
    assert result.record["tracks"][1]["pan"] == 0.5
