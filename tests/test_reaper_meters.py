"""Per-track loudness in REAPER: the real Lua bridge and its meter modules under lua5.4, the mock modelling the
MixAssist Track Meter JSFX writing into gmem, held against the Python mirror (companion.listening.track_meter)."""

from __future__ import annotations

import json
import math
import re
import shutil
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from analysis_signals import music_like, pink_noise

from bridge.reaper import schemas
from bridge.reaper.files import BridgeFiles
from bridge.reaper.install import METER_FILE
from companion.context import BAND_NAMES
from companion.knowledge.bands import BANDS
from companion.listening import loudness as py_loudness
from companion.listening import track_meter as tm
from tests.fakes.lua_bridge import SCRIPTS_DIR, Lua, lua_literal, run_lua, run_script, small_project
from tests.system_tools import needs_tool

pytestmark = needs_tool("lua5.4", "lua5.4")

RATE = 48000
ON = {"MixAssist": {"track_meters": "on"}}
PLAY = Lua("function(S, P) P.play_state = 1 end")


def records(steps: tm.MeterSteps, n: int | None = None) -> list[dict[str, Any]]:
    """The JSFX's records (mock meter_input) for the Python meter's steps; a missing band is -1, as it writes."""
    out = []
    for k, b in zip(steps.k_energy[:n], steps.band_power[:n], strict=True):
        bl = [-1.0 if not math.isfinite(v) else float(v) for v in b[0]]
        br = [-1.0 if not math.isfinite(v) else float(v) for v in b[1]]
        out.append({"kl": float(k[0]), "kr": float(k[1]), "bl": bl, "br": br})
    return out


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


def install_meter(resource: Path) -> None:
    target = resource / "Effects" / "MixAssist" / METER_FILE
    target.parent.mkdir(parents=True)
    shutil.copy(SCRIPTS_DIR / METER_FILE, target)


def metered_project(resource: Path, seconds: float = 12.0, **overrides: Any) -> dict[str, Any]:
    """small_project with real measurements behind each track's meter: music on Kick/Bass, pink noise on Vox."""
    project = small_project(resource, **overrides)
    signals = [music_like(seconds, RATE, 1), music_like(seconds, RATE, 2), pink_noise(seconds, RATE, 3), None]
    for track, signal in zip(project["tracks"], signals, strict=True):
        if signal is not None:
            track["meter_input"] = records(tm.meter_steps(signal, RATE))
    return project


def ask_snapshot(files: BridgeFiles) -> Lua:
    return Lua(
        f"function() local f = io.open({lua_literal(str(files.path('snapshot_request.json')))}, 'w') f:close() end"
    )


def bridge(tmp_path: Path, project: dict[str, Any], steps: list[Any]):
    result = run_script(tmp_path, "MixAssist_Bridge.lua", project, steps)
    assert result.returncode == 0, result.stderr
    return result


def expected(project: dict[str, Any], index: int, n_records: int) -> tm.TrackLoudness:
    """What the Python mirror says for the first ``n_records`` of a track's meter, after its fader and pan."""
    track = project["tracks"][index]
    rec = track["meter_input"][:n_records]
    k = np.array([[r["kl"], r["kr"]] for r in rec])
    bands = np.array([[r["bl"], r["br"]] for r in rec])
    steps = tm.MeterSteps(k, bands, RATE)
    vol = track.get("vol", 1.0)
    volume_db = 20 * math.log10(vol) if vol > 0 else None
    return tm.summarize(tm.post_fader(steps, volume_db, track.get("pan", 0.0)))


# ---------------------------------------------------------------- the math, Lua against Python


@pytest.mark.parametrize(
    ("volume_db", "pan", "mute"),
    [(0.0, 0.0, False), (-6.0, 0.5, False), (3.0, -1.0, False), (0.0, 0.0, True)],
)
def test_lua_gating_equals_the_python_mirror(volume_db: float, pan: float, mute: bool) -> None:
    steps = tm.meter_steps(music_like(12.0, RATE, 9), RATE)
    recs = records(steps)
    out = run_lua(
        "local loudness = require('mixassist_loudness')\n"
        "local json = require('mixassist_json')\n"
        f"local recs = {lua_literal(recs)}\n"
        "local w = loudness.new_window(10.0)\n"
        "for _, r in ipairs(recs) do\n"
        "  w.push(loudness.post_fader({kl = r.kl, kr = r.kr, bands_l = r.bl, bands_r = r.br}, "
        f"{10 ** (volume_db / 20)}, {pan}, {lua_literal(mute)}))\n"
        "end\n"
        "local s = loudness.summary(w)\n"
        "io.write(json.encode({lufs = s.lufs or json.null, bands = s.bands_db or json.object(), "
        "window_s = s.window_s, active = s.active_blocks}))"
    )
    got = json.loads(out)
    want = tm.summarize(tm.post_fader(steps, volume_db, pan, mute), window_s=10.0)
    assert got["window_s"] == pytest.approx(want.window_s)
    if mute:
        assert got["lufs"] is None and got["bands"] == {}
        return
    assert got["lufs"] == pytest.approx(want.lufs, abs=1e-9) and got["active"] == want.active_blocks
    for name in BAND_NAMES:
        assert got["bands"][name] == pytest.approx(want.bands_db[name], abs=1e-9)


def test_a_step_without_a_frame_leaves_its_bands_unknown() -> None:
    out = run_lua(
        "local loudness = require('mixassist_loudness')\n"
        "local w = loudness.new_window(2.0)\n"
        "for i = 1, 8 do\n"
        "  local bl = {0.01, 0.01, 0.01, 0.01, 0.01, 0.01, i == 3 and -1 or 0.01}\n"
        "  w.push(loudness.post_fader({kl = 0.01, kr = 0.01, bands_l = bl, bands_r = bl}, 1, 0, false))\n"
        "end\n"
        "local s = loudness.summary(w)\n"
        "io.write(string.format('%.3f %.3f %s', s.lufs, s.bands_db.mid, tostring(s.bands_db.air)))"
    )
    lufs, mid, air = out.split()
    assert float(lufs) == pytest.approx(-0.691 + 10 * math.log10(0.02), abs=1e-3)
    assert float(mid) == pytest.approx(-20.0, abs=1e-3) and air == "nil"


def test_the_jsfx_lua_and_python_share_their_constants() -> None:
    """The JSFX cannot run here (no REAPER): its constants and formulas are held against the Python mirror's."""
    jsfx = (SCRIPTS_DIR / METER_FILE).read_text()
    lua = (SCRIPTS_DIR / "mixassist_meters.lua").read_text()

    def num(pattern: str, text: str) -> float:
        return float(re.search(pattern, text).group(1))

    for name in ("PROTOCOL", "SLOT_STRIDE", "HEADER", "RECORD", "RING"):
        assert num(rf"\b{name} = (\d+);", jsfx) == num(rf"meters\.{name} = (\d+)", lua), name
    edges = [float(x) for x in re.findall(r"EDGES\[\d\] = (\d+);", jsfx)]
    assert edges == [lo for lo, _ in BANDS.values()] + [20000.0]
    assert "STEP = floor(0.1 * srate + 0.5);" in jsfx and tm.step_samples(44100) == 4410
    assert (
        "N = 4096;" in jsfx and "srate > 48000 ? N = 8192;" in jsfx and "srate > 96000 ? N = 16384;" in jsfx
    )
    assert (
        "HOP = N / 2;" in jsfx
        and "0.5 - 0.5 * cos(2 * $pi * i / N)" in jsfx
        and "scale = 2 / (N * wsum2);" in jsfx
    )
    for name, value in (("SHELF_F0", py_loudness.SHELF_F0_HZ), ("SHELF_G", py_loudness.SHELF_GAIN_DB),
                        ("SHELF_Q", py_loudness.SHELF_Q), ("SHELF_BEXP", py_loudness.SHELF_BAND_EXP),
                        ("HP_F0", py_loudness.HIGHPASS_F0_HZ), ("HP_Q", py_loudness.HIGHPASS_Q)):  # fmt: skip
        assert num(rf"\b{name} = ([\d.]+);", jsfx) == value, name
    assert "options:gmem=MixAssist_TrackMeter" in jsfx and jsfx.startswith("desc:MixAssist Track Meter")


# ---------------------------------------------------------------- the bridge in the mock REAPER


def test_without_consent_no_meter_is_inserted_and_levels_are_peaks_only(
    tmp_path: Path, resource: Path, files: BridgeFiles
) -> None:
    install_meter(resource)
    result = bridge(
        tmp_path, metered_project(resource), [PLAY, {"ticks": 90}, ask_snapshot(files), {"ticks": 2}]
    )
    assert result.record["undo_points"] == [] and result.record["mutations"] == []
    assert all(t["slots"] == [] for t in result.record["tracks"])
    raw = json.loads(files.path("snapshot.json").read_text())
    assert schemas.errors("snapshot", raw) == []
    assert all("lufs" not in t["level"] for t in raw["tracks"])


def test_with_consent_each_track_gets_one_meter_and_its_post_fader_loudness(
    tmp_path: Path, resource: Path, files: BridgeFiles
) -> None:
    install_meter(resource)
    project = metered_project(resource, extstate=ON)
    result = bridge(tmp_path, project, [PLAY, {"ticks": 300}, ask_snapshot(files), {"ticks": 2}])
    rec = result.record
    assert (
        rec["undo_points"] == ["MixAssist: track meters"] and rec["violations"] == []
    )  # one step, inside undo
    slots = [t["slots"] for t in rec["tracks"]]
    assert all(len(s) == 1 for s in slots) and len({s[0] for s in slots}) == 4  # one each, own slot
    assert all(t["fx"][-1]["name"].startswith("JS: MixAssist Track Meter") for t in rec["tracks"])
    raw = json.loads(files.path("snapshot.json").read_text())
    assert schemas.errors("snapshot", raw) == []
    snap = files.snapshot()
    assert [f.name for f in snap.track("Bass").fx] == ["VST: ReaEQ (Cockos)", "VST: ReaComp (Cockos)"]
    for i, name in enumerate(["Kick", "Bass", "Lead Vox"]):
        level = snap.track(name).level
        n = round(level.window_s / 0.1)
        assert 95 <= n <= 102  # ~10 s of playback, 100 ms records
        want = expected(project, i, n)
        assert level.lufs == pytest.approx(want.lufs, abs=0.01), name
        for band in BAND_NAMES:
            assert level.bands_db[band] == pytest.approx(want.bands_db[band], abs=0.01), (name, band)
    verb = snap.track("Verb").level  # fader at -inf and no input: silence is null, never -inf
    assert verb.lufs is None and verb.bands_db == dict.fromkeys(BAND_NAMES)


def test_meters_are_never_inserted_twice_kept_last_and_duplicates_get_their_own_slot(
    tmp_path: Path, resource: Path, files: BridgeFiles
) -> None:
    install_meter(resource)
    project = metered_project(resource, extstate=ON)
    desc = (SCRIPTS_DIR / METER_FILE).read_text().splitlines()[0].removeprefix("desc:")
    meter = {"name": f"JS: {desc}", "meter": True, "slot": 7, "written": 0, "acc": 0.0, "instance": 90,
             "params": [{"name": "Slot", "value": 0}]}  # fmt: skip
    # Kick and Bass carry a copy of the same meter (a duplicated track); Kick's has a plug-in after it
    project["tracks"][0]["fx"] = [dict(meter), {"name": "VST: ReaComp (Cockos)", "params": []}]
    project["tracks"][1]["fx"] = [*project["tracks"][1]["fx"], dict(meter, instance=91)]
    result = bridge(tmp_path, project, [PLAY, {"ticks": 120}, ask_snapshot(files), {"ticks": 2}])
    tracks = result.record["tracks"]
    assert [len(t["slots"]) for t in tracks] == [1, 1, 1, 1]
    assert len({t["slots"][0] for t in tracks}) == 4 and 7 in {t["slots"][0] for t in tracks}
    assert [f["name"] for f in tracks[0]["fx"]][:1] == ["VST: ReaComp (Cockos)"]  # the meter moved to the end
    assert result.record["undo_points"] == ["MixAssist: track meters"]
    snap = files.snapshot()
    assert snap.track("Kick").level.lufs is not None and snap.track("Bass").level.lufs is not None
    assert snap.track("Kick").level.lufs != snap.track("Bass").level.lufs  # each reads its own slot


def test_withdrawing_consent_removes_every_meter_in_one_undo_step(
    tmp_path: Path, resource: Path, files: BridgeFiles
) -> None:
    install_meter(resource)
    off = Lua("function(S, P) P.extstate.MixAssist.track_meters = 'off' end")
    steps = [PLAY, {"ticks": 60}, off, {"ticks": 60}, ask_snapshot(files), {"ticks": 2}]
    result = bridge(tmp_path, metered_project(resource, extstate=ON), steps)
    assert result.record["undo_points"] == ["MixAssist: track meters", "MixAssist: remove track meters"]
    assert all(t["slots"] == [] for t in result.record["tracks"])
    assert [len(t["fx"]) for t in result.record["tracks"]] == [0, 2, 0, 0]
    assert all(t.level.lufs is None for t in files.snapshot().tracks)


def _lufs_with_gains(track: dict[str, Any], gains: np.ndarray) -> float:
    rec = track["meter_input"][: gains.size]
    k = np.array([[r["kl"], r["kr"]] for r in rec]) * (gains**2)[:, None]
    return tm.summarize(tm.MeterSteps(k, np.ones((gains.size, 2, 7)), RATE)).lufs


def test_post_fader_follows_the_fader_and_mute(tmp_path: Path, resource: Path, files: BridgeFiles) -> None:
    """Each record is taken through the fader as it is when the bridge reads it: Kick drops 6 dB half way,
    Bass is muted half way (its muted records are silence, left out by the gates)."""
    install_meter(resource)
    project = metered_project(resource, extstate=ON)
    project["tracks"][0]["vol"] = 1.0
    change = Lua("function(S, P) P.tracks[1].vol = 0.5 P.tracks[2].mute = true end")
    bridge(
        tmp_path, project, [PLAY, {"ticks": 150}, change, {"ticks": 150}, ask_snapshot(files), {"ticks": 2}]
    )
    snap = files.snapshot()
    for name, index, after in (("Kick", 0, 0.5), ("Bass", 1, 0.0)):
        level = snap.track(name).level
        n = round(level.window_s / 0.1)
        candidates = []
        for switch in range(n // 2 - 3, n // 2 + 4):  # the change lands within a record or two of half way
            gains = np.r_[np.ones(switch), np.full(n - switch, after)]
            if name == "Bass":
                gains[:switch] *= tm.pan_gains(-0.25)[0]  # (pan affects one channel; checked on both below)
            candidates.append(_lufs_with_gains(project["tracks"][index], gains))
        if name == "Kick":
            assert min(candidates) - 0.01 <= level.lufs <= max(candidates) + 0.01
        else:
            assert level.lufs is not None and level.window_s == pytest.approx(
                snap.track("Kick").level.window_s
            )
    full = expected(project, 0, round(snap.track("Kick").level.window_s / 0.1))
    assert (
        snap.track("Kick").level.lufs < full.lufs + 6.02 - 1.0
    )  # clearly under the unchanged fader's reading


@pytest.mark.parametrize(
    ("overrides", "installed", "console"),
    [
        ({}, False, "cannot insert the MixAssist Track Meter"),  # the JSFX is not in Effects/MixAssist/
        ({"gmem_unavailable": True}, True, None),  # gmem_read answers nil
        ({"without": ["gmem_attach", "gmem_read"]}, True, None),  # a REAPER without shared memory
    ],
)
def test_without_a_working_meter_the_bridge_falls_back_to_peaks(
    tmp_path: Path,
    resource: Path,
    files: BridgeFiles,
    overrides: dict[str, Any],
    installed: bool,
    console: str | None,
) -> None:
    if installed:
        install_meter(resource)
    project = metered_project(resource, extstate=ON, **overrides)
    result = bridge(tmp_path, project, [PLAY, {"ticks": 120}, ask_snapshot(files), {"ticks": 2}])
    snap = files.snapshot()
    assert all(t.level is not None and t.level.lufs is None for t in snap.tracks)
    assert snap.track("Kick").level.avg_peak_db is not None  # peaks still there
    if console:
        assert len(result.record["console"]) == 1 and console in result.record["console"][0]
        assert len(result.record["undo_points"]) <= 1  # tried once, not every second
    else:
        assert result.record["console"] == []


def test_the_consent_action_asks_then_toggles(tmp_path: Path, resource: Path) -> None:
    project = small_project(resource)
    first = run_script(tmp_path, "MixAssist_TrackMeters.lua", project, [])
    assert first.returncode == 0, first.stderr
    assert "Let MixAssist measure each track" in first.record["message_boxes"][0]
    assert first.record["mixassist_extstate"] == {"track_meters": "on"}
    second = run_script(
        tmp_path,
        "MixAssist_TrackMeters.lua",
        small_project(resource, extstate={"MixAssist": {"track_meters": "on"}}),
        [],
    )
    assert second.record["mixassist_extstate"] == {"track_meters": "off"}
    assert "off" in second.record["message_boxes"][0]
