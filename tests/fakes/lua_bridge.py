"""Run the real MixAssist Lua scripts under the real ``lua5.4`` against ``mock_reaper.lua``.

Python describes the project and the steps; :func:`lua_literal` turns them into a Lua scenario file for
``reaper_harness.lua``; raw Lua (a step that changes the mock between ticks) goes in as :class:`Lua`.
"""

from __future__ import annotations

import json
import math
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS_DIR = ROOT / "reaper_scripts"
FAKES_DIR = Path(__file__).resolve().parent
HARNESS = FAKES_DIR / "reaper_harness.lua"
LUA = shutil.which("lua5.4") or "lua5.4"


@dataclass(frozen=True)
class Lua:
    """Raw Lua source placed as-is in the scenario (e.g. ``function(S, P) P.play_state = 1 end``)."""

    code: str


def lua_literal(value: Any) -> str:
    """A Python value as a Lua constructor: dicts -> tables with string keys, lists -> array tables."""
    if isinstance(value, Lua):
        return value.code
    if value is None:
        return "nil"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "(0/0)"
        if math.isinf(value):
            return "math.huge" if value > 0 else "-math.huge"
        return repr(value)
    if isinstance(value, str):
        safe = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 _-./{}:,()%"
        return "'" + "".join(chr(b) if b in safe else f"\\{b:03d}" for b in value.encode("utf-8")) + "'"
    if isinstance(value, (list, tuple)):
        return "{" + ", ".join(lua_literal(v) for v in value) + "}"
    if isinstance(value, dict):
        return "{" + ", ".join(f"[{lua_literal(str(k))}] = {lua_literal(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"no Lua literal for {type(value).__name__}")


def small_project(resource_path: Path, **overrides: Any) -> dict[str, Any]:
    """Three tracks (Kick, Bass with ReaEQ + ReaComp, Lead Vox with a send to Verb) and a Verb bus."""
    project: dict[str, Any] = {
        "name": "Song.RPP",
        "sample_rate": 48000,
        "tempo": 96.0,
        "resource_path": str(resource_path),
        "master": {
            "vol": 1.0,
            "pan": 0.0,
            "peak": [0.5, 0.5],
            "fx": [{"name": "JS: Master Limiter", "params": []}],
        },
        "tracks": [
            {
                "guid": "{A0000000-0000-0000-0000-000000000001}",
                "name": "Kick",
                "vol": 0.5,
                "peak": [0.25, 0.25],
            },
            {
                "guid": "{A0000000-0000-0000-0000-000000000002}",
                "name": "Bass",
                "vol": 1.0,
                "pan": -0.25,
                "fx": [
                    {
                        "name": "VST: ReaEQ (Cockos)",
                        "params": [
                            {"name": "Freq-Low Shelf", "value": 0.23, "fmt": "%.3f"},
                            {"name": "Gain-Low Shelf", "value": 0.5},
                        ],
                    },
                    {
                        "name": "VST: ReaComp (Cockos)",
                        "enabled": False,
                        "params": [{"name": "Thresh", "value": 0.8}],
                    },
                ],
            },
            {
                "guid": "{A0000000-0000-0000-0000-000000000003}",
                "name": "Lead Vox",
                "vol": 0.25,
                "automode": 1,
                "envelopes": {"Volume": True},
                "sends": [{"dest": 4, "vol": 0.25, "mute": False}],
            },
            {"guid": "{A0000000-0000-0000-0000-000000000004}", "name": "Verb", "vol": 0.0},
        ],
    }
    project.update(overrides)
    return project


@dataclass
class HarnessResult:
    returncode: int
    stdout: str
    stderr: str
    record: dict[str, Any]


def scenario_source(
    script: Path,
    project: dict[str, Any],
    steps: list[Any],
    out: Path,
    realtime: bool = False,
    unix_start: int = 0,
) -> str:
    return "return " + lua_literal(
        {
            "script": str(script),
            "scripts_dir": str(script.parent),
            "project": project,
            "steps": steps,
            "out": str(out),
            "realtime": realtime,
            "unix_start": unix_start or None,
        }
    )


def run_script(
    tmp: Path,
    script: str,
    project: dict[str, Any],
    steps: list[Any],
    *,
    scripts_dir: Path = SCRIPTS_DIR,
    unix_start: int = 1_780_000_000,
    timeout_s: float = 30.0,
) -> HarnessResult:
    """Run ``scripts_dir/script`` in simulated time and return the harness record."""
    scenario = tmp / "scenario.lua"
    out = tmp / "record.json"
    scenario.write_text(scenario_source(scripts_dir / script, project, steps, out, unix_start=unix_start))
    proc = subprocess.run(
        [LUA, str(HARNESS), str(scenario)], capture_output=True, text=True, timeout=timeout_s, cwd=tmp
    )
    record = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}
    return HarnessResult(proc.returncode, proc.stdout, proc.stderr, record)


def start_realtime(
    tmp: Path, script: str, project: dict[str, Any], run_s: float, stop_file: Path
) -> subprocess.Popen[str]:
    """Start the script in real time (ticks every ~33 ms) until ``run_s`` passes or ``stop_file`` exists."""
    scenario = tmp / "scenario_rt.lua"
    out = tmp / "record_rt.json"
    steps = [{"run_s": run_s, "until_file": str(stop_file)}, {"exit": True}]
    scenario.write_text(scenario_source(SCRIPTS_DIR / script, project, steps, out, realtime=True))
    return subprocess.Popen(
        [LUA, str(HARNESS), str(scenario)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=tmp
    )


def run_lua(code: str, timeout_s: float = 20.0) -> str:
    """Run a Lua chunk under lua5.4 with reaper_scripts/ on package.path (to test one module) and return stdout."""
    prelude = f"package.path = {lua_literal(str(SCRIPTS_DIR) + '/?.lua;')} .. package.path\n"
    proc = subprocess.run([LUA, "-"], input=prelude + code, capture_output=True, text=True, timeout=timeout_s)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout
