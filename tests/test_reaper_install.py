"""`mixassist reaper install|uninstall|status` and `run --headless` into a temporary REAPER resource folder."""

from __future__ import annotations

import json
import re
import socket
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from bridge.reaper.files import BridgeFiles
from bridge.reaper.install import LUA_FILES, MARKER, METER_FILE, PATTERN_FILE, SCRIPTS_SOURCE, STARTUP_LINE
from bridge.virtual.files import VirtualReaperFiles
from bridge.virtual.project import build_project
from companion.cli.main import main
from tests.fakes.lua_bridge import run_script, small_project
from tests.system_tools import needs_tool

USER_STARTUP = '-- my own startup\nreaper.SetExtState("User", "ran", "yes", false)\n'


@pytest.fixture(autouse=True)
def no_user_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MIXASSIST_CONFIG", str(tmp_path / "no-config.toml"))


@pytest.fixture
def resource(tmp_path: Path) -> Path:
    path = tmp_path / "REAPER"
    (path / "Scripts").mkdir(parents=True)
    return path


def startup(resource: Path) -> Path:
    return resource / "Scripts" / "__startup.lua"


def test_install_copies_scripts_and_appends_one_line(
    resource: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    startup(resource).write_text(USER_STARTUP)
    assert main(["reaper", "install", "--resource-path", str(resource)]) == 0
    out = capsys.readouterr().out
    for name in (*LUA_FILES, PATTERN_FILE):
        assert (resource / "Scripts" / "MixAssist" / name).read_bytes() == (
            SCRIPTS_SOURCE / name
        ).read_bytes()
    assert (resource / "OSC" / PATTERN_FILE).read_bytes() == (SCRIPTS_SOURCE / PATTERN_FILE).read_bytes()
    meter = resource / "Effects" / "MixAssist" / METER_FILE
    assert meter.read_bytes() == (SCRIPTS_SOURCE / METER_FILE).read_bytes()
    assert startup(resource).read_text() == USER_STARTUP + STARTUP_LINE + "\n"
    assert "MixAssist_TrackMeters.lua" in out and "turns track meters on" in out
    assert "device port 9000" in out and "local listen port 8000" in out and "MixAssist_WhatDoYouHear" in out
    # again: nothing added twice
    assert main(["reaper", "install", "--resource-path", str(resource)]) == 0
    assert startup(resource).read_text().count(MARKER) == 1 and "already in" in capsys.readouterr().out


def test_install_replaces_an_old_line_in_place_and_keeps_crlf(resource: Path) -> None:
    old = f"-- first\r\nold line {MARKER}\r\n-- last\r\n"
    startup(resource).write_bytes(old.encode())
    assert main(["reaper", "install", "--resource-path", str(resource)]) == 0
    assert startup(resource).read_bytes().decode() == f"-- first\r\n{STARTUP_LINE}\r\n-- last\r\n"


@pytest.mark.parametrize("existing", [USER_STARTUP, "-- no newline at the end", None])
def test_uninstall_removes_exactly_what_install_added(
    resource: Path, existing: str | None, capsys: pytest.CaptureFixture[str]
) -> None:
    if existing is not None:
        startup(resource).write_text(existing)
    (resource / "Scripts" / "MixAssist" / "bridge").mkdir(parents=True)
    (resource / "Scripts" / "MixAssist" / "my notes.txt").write_text("mine")
    assert main(["reaper", "install", "--resource-path", str(resource)]) == 0
    (resource / "Scripts" / "MixAssist" / "bridge" / "heartbeat.json").write_text("{}")
    assert main(["reaper", "uninstall", "--resource-path", str(resource)]) == 0
    text = startup(resource).read_text()
    assert MARKER not in text
    assert text == (existing or "") or text == (existing or "") + "\n"
    assert existing is None or text.startswith(existing.rstrip("\n"))
    left = sorted(p.name for p in (resource / "Scripts" / "MixAssist").iterdir())
    assert left == ["my notes.txt"] and not (resource / "OSC" / PATTERN_FILE).exists()
    assert not (resource / "Effects" / "MixAssist").exists()
    capsys.readouterr()
    assert main(["reaper", "uninstall", "--resource-path", str(resource)]) == 0
    assert "Nothing to remove" in capsys.readouterr().out


@pytest.mark.parametrize("case", ["missing", "file", "scripts_is_a_file"])
def test_unusable_resource_folder_is_one_line_exit_2(
    tmp_path: Path, case: str, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "nowhere"
    if case == "file":
        target.write_text("x")
    elif case == "scripts_is_a_file":
        target.mkdir()
        (target / "Scripts").write_text("not a folder")
    assert main(["reaper", "install", "--resource-path", str(target)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("mixassist: ") and "Traceback" not in err
    assert {"missing": "not found", "file": "not a folder", "scripts_is_a_file": "cannot write"}[case] in err


@needs_tool("lua5.4", "lua5.4")
def test_startup_line_starts_the_bridge_and_keeps_user_code(tmp_path: Path, resource: Path) -> None:
    startup(resource).write_text(USER_STARTUP)
    assert main(["reaper", "install", "--resource-path", str(resource)]) == 0
    result = run_script(
        tmp_path, "__startup.lua", small_project(resource), [{"ticks": 3}], scripts_dir=resource / "Scripts"
    )
    assert result.returncode == 0, result.stderr
    assert result.record["user_extstate"] == {"ran": "yes"}
    registered = [Path(p).name for p in result.record["registered"]]
    assert registered == ["MixAssist_WhatDoYouHear.lua", "MixAssist_TrackMeters.lua", "MixAssist_Bridge.lua"]
    assert result.record["commands_run"] == [60003]  # the bridge, run as its own action
    files = BridgeFiles(resource / "Scripts" / "MixAssist" / "bridge")
    assert [t.name for t in files.snapshot().tracks] == ["Kick", "Bass", "Lead Vox", "Verb"]
    assert result.record["action_options"] == [5]


# ---------------------------------------------------------------- status and run


@pytest.fixture
def live_bridge(tmp_path: Path):
    project = build_project(n_tracks=5, n_fx=1, n_params=3, seed=2)
    folder = tmp_path / "bridge"
    with VirtualReaperFiles(project, folder, drive_clock=True) as bridge:
        files = BridgeFiles(folder)
        deadline = time.monotonic() + 5
        while not (files.is_alive() and files.path("snapshot.json").exists()) and time.monotonic() < deadline:
            time.sleep(0.01)
        yield project, bridge, files


def test_status_json_of_a_running_bridge(live_bridge, capsys: pytest.CaptureFixture[str]) -> None:
    project, _bridge, files = live_bridge
    argv = ["reaper", "status", "--bridge-dir", str(files.folder), "--listen-seconds", "0", "--json"]
    assert main(argv) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["bridge"]["alive"] is True and data["bridge"]["reaper_version"] == "7.27/virtual"
    assert data["tracks_from"] == "snapshot" and [r["name"] for r in data["tracks"]] == [
        t.name for t in project.tracks
    ]
    assert data["tracks"][0]["volume_db"] == pytest.approx(project.tracks[0].volume_db, abs=0.01)


def test_status_text_when_reaper_is_gone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "bridge"
    folder.mkdir()
    hb = {
        "schema": "mixassist.heartbeat/1",
        "at": time.time() - 30,
        "reaper_version": "7.27",
        "bridge_version": "1",
        "state_change_count": 1,
    }
    (folder / "heartbeat.json").write_text(json.dumps(hb))
    assert main(["reaper", "status", "--bridge-dir", str(folder), "--listen-seconds", "0"]) == 1
    out = capsys.readouterr().out
    assert "Bridge: not running" in out and "REAPER closed?" in out and "Snapshot: none" in out


def _wav(path: Path, seconds: float = 3.0, rate: int = 48000) -> Path:
    rng = np.random.default_rng(7)
    t = np.arange(int(seconds * rate)) / rate
    tone = 0.3 * np.sin(2 * np.pi * 110 * t)
    noise = 0.05 * rng.standard_normal((t.size, 2))
    sf.write(path, (tone[:, None] + noise).astype(np.float32), rate)
    return path


def _press(files: BridgeFiles, rid: str) -> None:
    request = {"schema": "mixassist.request/1", "id": rid, "at": time.time(), "kind": "ask", "question": None}
    files.path(f"request_{rid}.json").write_text(json.dumps(request))


def test_run_headless_answers_a_hotkey_request(tmp_path: Path, live_bridge, capsys) -> None:
    _project, _bridge, files = live_bridge
    _press(files, "hk1")
    wav = _wav(tmp_path / "mix.wav")
    argv = [
        "run",
        "--headless",
        "--bridge-dir",
        str(files.folder),
        "--audio",
        str(wav),
        "--max-requests",
        "1",
    ]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "== What do you hear? (REAPER," in out and "Measured:" in out
    assert not list(files.folder.glob("request_*"))
    from companion.session import list_sessions

    (kept,) = list_sessions()  # every answered request is in the day's "run" session, with its clip
    assert kept.name.endswith("-run") and kept.rows == 1 and kept.with_audio == 1


def test_run_headless_without_audio_answers_from_the_session(
    tmp_path: Path, live_bridge, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bridge.capture import registry as capture
    from companion.errors import CaptureError

    def no_device(*_args, **_kwargs):
        raise CaptureError("no capture device found")

    monkeypatch.setattr(capture, "open_capture", no_device)
    _project, _bridge, files = live_bridge
    _press(files, "hk2")
    assert main(["run", "--headless", "--bridge-dir", str(files.folder), "--max-requests", "1"]) == 0
    out = capsys.readouterr().out
    assert "No live audio (no capture device found); answering from the session alone." in out
    assert "== What do you hear?" in out and "Measured:" not in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["run"], "--headless"),
        (["run", "--headless", "--max-requests", "0"], "--max-requests must be 1 or more"),
        (["run", "--headless", "--audio", "/nonexistent.wav", "--max-requests", "1"], "nonexistent.wav"),
        (["reaper"], "choose an action"),
        (["reaper", "status", "--listen-seconds", "-1"], "--listen-seconds"),
    ],
)
def test_bad_run_and_reaper_usage_is_one_line(
    tmp_path: Path, argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = [*argv, "--bridge-dir", str(tmp_path / "b")] if argv[0] == "run" else argv
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err


def _header(script: Path) -> tuple[str, list[str]]:
    text = script.read_text(encoding="utf-8")
    version = re.search(r"^(?:--|//) @version (\S+)$", text, flags=re.M).group(1)
    provides = re.findall(r"^--   \[nomain\] (\S+)$", text, flags=re.M)
    return version, provides


def test_reapack_index_matches_the_script_headers() -> None:
    root = ET.parse(SCRIPTS_SOURCE / "index.xml").getroot()
    packages = root.findall("./category[@name='MixAssist']/reapack")
    assert sorted(p.get("name") for p in packages) == [
        "MixAssist_Bridge.lua",
        "MixAssist_TrackMeter.jsfx",
        "MixAssist_TrackMeters.lua",
        "MixAssist_WhatDoYouHear.lua",
    ]
    shipped: set[str] = set()
    for package in packages:
        script = SCRIPTS_SOURCE / package.get("name")
        version, provides = _header(script)
        (entry,) = package.findall("version")
        assert entry.get("name") == version
        sources = entry.findall("source")
        if package.get("type") == "effect":  # one file, installed into Effects/MixAssist/
            (source,) = sources
            assert source.text.endswith("/" + script.name) and script.suffix == ".jsfx"
            shipped.add(script.name)
            continue
        mains = [s for s in sources if s.get("main") == "main"]
        assert len(mains) == 1 and mains[0].text.endswith("/" + script.name)
        extra = {s.get("file"): s.text for s in sources if s.get("file")}
        assert sorted(extra) == sorted(provides)
        for name, url in extra.items():
            assert url.endswith("/" + name) and (SCRIPTS_SOURCE / name).is_file()
        shipped |= {script.name, *provides}
    assert shipped == {*LUA_FILES, PATTERN_FILE, METER_FILE}


def test_pattern_file_uses_only_known_keys() -> None:
    known = {
        "DEVICE_TRACK_COUNT",
        "DEVICE_FX_COUNT",
        "DEVICE_FX_PARAM_COUNT",
        "DEVICE_SEND_COUNT",
        "DEVICE_RECEIVE_COUNT",
        "DEVICE_TRACK_BANK_FOLLOWS",
        "DEVICE_TRACK_FOLLOWS",
        "DEVICE_FX_FOLLOWS",
        "REAPER_TRACK_FOLLOWS",
        "PLAY",
        "STOP",
        "PAUSE",
        "RECORD",
        "TIME",
        "BEAT",
        "ACTION",
        "MASTER_VOLUME",
        "MASTER_PAN",
        "MASTER_VU",
        "TRACK_NAME",
        "TRACK_VOLUME",
        "TRACK_PAN",
        "TRACK_MUTE",
        "TRACK_SOLO",
        "TRACK_REC_ARM",
        "TRACK_VU",
        "FX_NAME",
        "FX_BYPASS",
    }  # keys of REAPER's Default.ReaperOSC that the companion uses
    lines = [ln.split() for ln in (SCRIPTS_SOURCE / PATTERN_FILE).read_text().splitlines()]
    lines = [ln for ln in lines if ln and not ln[0].startswith("#")]
    assert {ln[0] for ln in lines} <= known
    patterns = [p for ln in lines for p in ln[1:] if not p.isdigit() and p not in ("DEVICE", "REAPER")]
    assert all(re.fullmatch(r"[nfsbtir]/[a-zA-Z@/]+", p) for p in patterns), patterns
    # what the OSC mirror decodes must be asked for
    for needed in (
        "s/track/@/name",
        "f/track/@/volume/db",
        "n/track/@/pan",
        "b/track/@/mute",
        "b/track/@/solo",
        "n/track/@/vu",
        "s/track/@/fx/@/name",
        "b/track/@/fx/@/bypass",
        "f/time",
        "t/play",
        "f/master/volume/db",
        "n/master/vu",
        "t/action/@",
        "i/device/track/count",
    ):
        assert needed in patterns
    assert ["DEVICE_TRACK_COUNT", "64"] in lines and ["DEVICE_FX_COUNT", "8"] in lines


def test_status_sees_osc_feedback_from_the_virtual_reaper(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from bridge.virtual.reaper import VirtualReaper

    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:  # a free port for the mirror
        probe.bind(("127.0.0.1", 0))
        listen_port = probe.getsockname()[1]
    project = build_project(n_tracks=4, n_fx=1, n_params=2, seed=5)
    with VirtualReaper(project, osc_device_port=listen_port, osc_options={"track_count": 64}) as reaper:
        config = tmp_path / "config.toml"
        config.write_text(f"[osc]\nlisten_port = {listen_port}\nreaper_port = {reaper.osc_port}\n")
        monkeypatch.setenv("MIXASSIST_CONFIG", str(config))
        argv = ["reaper", "status", "--bridge-dir", str(tmp_path / "none"), "--listen-seconds", "5", "--json"]
        assert main(argv) == 0  # the bridge is not running, but OSC answers
    data = json.loads(capsys.readouterr().out)
    assert data["osc"]["seen"] is True and data["bridge"]["alive"] is False
    assert data["tracks_from"] == "osc" and [r["name"] for r in data["tracks"]] == [
        t.name for t in project.tracks
    ]
