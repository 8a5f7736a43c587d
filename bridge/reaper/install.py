"""Install the MixAssist scripts into REAPER's resource folder, and take them out again.

``install`` copies the Lua scripts to ``Scripts/MixAssist/``, the pattern file to ``OSC/`` and the track meter JSFX
to ``Effects/MixAssist/`` (the bridge inserts it only after the user turns track meters on), and appends ONE
marked line to ``Scripts/__startup.lua`` (REAPER runs it at every start) that registers both scripts as
actions and starts the bridge. It never overwrites the user's own startup code: the line is appended, or
replaced in place when an older install left one. ``uninstall`` removes exactly that line and the files
install put there.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from companion.errors import BadInput

SCRIPTS_SOURCE = Path(__file__).resolve().parents[2] / "reaper_scripts"
LUA_FILES = (
    "MixAssist_Bridge.lua",
    "MixAssist_WhatDoYouHear.lua",
    "mixassist_json.lua",
    "mixassist_util.lua",
    "mixassist_dispatch.lua",
    "mixassist_loudness.lua",
    "mixassist_meters.lua",
    "MixAssist_TrackMeters.lua",
)
METER_FILE = "MixAssist_TrackMeter.jsfx"
EFFECTS_SUBDIR = ("Effects", "MixAssist")
PATTERN_FILE = "MixAssist.ReaperOSC"
SCRIPTS_SUBDIR = ("Scripts", "MixAssist")
STARTUP = ("Scripts", "__startup.lua")
MARKER = (
    "-- MixAssist Companion: starts the bridge (mixassist reaper install; remove: mixassist reaper uninstall)"
)
# One line, wrapped in do...end so its locals never meet the user's startup code. AddRemoveReaScript
# registers each script as an action (idempotent, returns its command id); running the bridge through
# Main_OnCommand gives it its own action context, so its toolbar toggle state works.
STARTUP_LINE = (
    'do local dir = reaper.GetResourcePath() .. "/Scripts/MixAssist/" '
    'reaper.AddRemoveReaScript(true, 0, dir .. "MixAssist_WhatDoYouHear.lua", true) '
    'reaper.AddRemoveReaScript(true, 0, dir .. "MixAssist_TrackMeters.lua", true) '
    'local id = reaper.AddRemoveReaScript(true, 0, dir .. "MixAssist_Bridge.lua", true) '
    "if id ~= 0 then reaper.Main_OnCommand(id, 0) end end " + MARKER
)


class InstallError(BadInput):
    """The resource folder is missing or cannot be written: one line for the user."""


@dataclass(frozen=True, slots=True)
class InstallReport:
    resource_path: Path
    scripts_dir: Path
    pattern_file: Path
    startup_file: Path
    startup_changed: bool  # False when the line was already there, as is
    meter_file: Path


def _check_resource(resource_path: Path) -> Path:
    if not resource_path.exists():
        raise InstallError(
            f"REAPER resource folder not found: {resource_path} (start REAPER once, or pass --resource-path)"
        )
    if not resource_path.is_dir():
        raise InstallError(f"REAPER resource path is not a folder: {resource_path}")
    if not os.access(resource_path, os.W_OK):
        raise InstallError(f"cannot write to the REAPER resource folder {resource_path}")
    return resource_path


def _write_text(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".mixassist-tmp")
        tmp.write_bytes(text.encode("utf-8"))
        os.replace(tmp, path)
    except OSError as exc:
        raise InstallError(f"cannot write {path}: {exc.strerror or exc}") from None


def _read_text(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8", errors="surrogateescape")
    except FileNotFoundError:
        return ""
    except OSError as exc:
        raise InstallError(f"cannot read {path}: {exc.strerror or exc}") from None


def _newline(text: str) -> str:
    return "\r\n" if "\r\n" in text else "\n"


def with_startup_line(text: str) -> str:
    """``text`` (a __startup.lua) with our line: replaced in place if present, else appended."""
    nl = _newline(text)
    lines = text.split(nl) if text else []
    if lines and lines[-1] == "":
        lines.pop()
    if any(MARKER in line for line in lines):
        lines = [STARTUP_LINE if MARKER in line else line for line in lines]
    else:
        lines.append(STARTUP_LINE)
    return nl.join(lines) + nl


def without_startup_line(text: str) -> str:
    """``text`` without our line; everything else byte for byte."""
    nl = _newline(text)
    kept = [line for line in text.split(nl) if MARKER not in line]
    return nl.join(kept)


def install(resource_path: Path, source: Path = SCRIPTS_SOURCE) -> InstallReport:
    resource_path = _check_resource(Path(resource_path))
    missing = [name for name in (*LUA_FILES, PATTERN_FILE, METER_FILE) if not (source / name).is_file()]
    if missing:
        raise InstallError(f"the MixAssist scripts are missing from {source}: {', '.join(missing)}")
    scripts_dir = resource_path.joinpath(*SCRIPTS_SUBDIR)
    for name in (*LUA_FILES, PATTERN_FILE):  # the pattern file also beside the scripts, as ReaPack puts it
        _write_text(scripts_dir / name, (source / name).read_text(encoding="utf-8"))
    pattern = resource_path / "OSC" / PATTERN_FILE
    _write_text(pattern, (source / PATTERN_FILE).read_text(encoding="utf-8"))
    meter = resource_path.joinpath(*EFFECTS_SUBDIR, METER_FILE)
    _write_text(meter, (source / METER_FILE).read_text(encoding="utf-8"))
    startup = resource_path.joinpath(*STARTUP)
    before = _read_text(startup)
    after = with_startup_line(before)
    if after != before:
        _write_text(startup, after)
    return InstallReport(resource_path, scripts_dir, pattern, startup, after != before, meter)


def uninstall(resource_path: Path) -> list[Path]:
    """Remove our startup line and the files install put in; returns what was removed."""
    resource_path = _check_resource(Path(resource_path))
    removed: list[Path] = []
    startup = resource_path.joinpath(*STARTUP)
    before = _read_text(startup)
    if MARKER in before:
        _write_text(startup, without_startup_line(before))
        removed.append(startup)
    scripts_dir = resource_path.joinpath(*SCRIPTS_SUBDIR)
    for path in [
        *(scripts_dir / n for n in (*LUA_FILES, PATTERN_FILE)),
        resource_path / "OSC" / PATTERN_FILE,
        resource_path.joinpath(*EFFECTS_SUBDIR, METER_FILE),
    ]:
        try:
            path.unlink()
            removed.append(path)
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise InstallError(f"cannot remove {path}: {exc.strerror or exc}") from None
    bridge_dir = scripts_dir / "bridge"
    if bridge_dir.is_dir():  # only the bridge's own files: anything else stays, and so does the folder
        for path in bridge_dir.iterdir():
            if path.suffix in (".json", ".tmp", ".claimed", ".taken") and path.is_file():
                path.unlink()
    for folder in (bridge_dir, scripts_dir, resource_path.joinpath(*EFFECTS_SUBDIR)):
        with contextlib.suppress(OSError):  # not empty (the user's own files) or not there
            folder.rmdir()
    return removed


def manual_steps(listen_port: int = 9000, reaper_port: int = 8000) -> list[str]:
    """What install cannot do for the user (REAPER keeps these in its own preferences)."""
    return [
        "Preferences > Control/OSC/web > Add > OSC (Open Sound Control): pattern config 'MixAssist', "
        f"mode 'Configure device IP+local port', device IP 127.0.0.1, device port {listen_port}, "
        f"local listen port {reaper_port}.",
        "Actions > Show action list > 'Script: MixAssist_WhatDoYouHear.lua' > Add shortcut: "
        "your 'What do you hear?' key.",
        "Restart REAPER (or run 'Script: MixAssist_Bridge.lua' once) to start the bridge.",
        "Optional, for per-track loudness and masking by name: Actions > 'Script: MixAssist_TrackMeters.lua' "
        "turns track meters on. Only then does the bridge put one 'JS: MixAssist Track Meter' (it does not "
        "change the sound) at the end of every track's FX chain; run it again to remove them all. Without it, "
        "track levels are judged on REAPER's peak meters, with less confidence.",
    ]
