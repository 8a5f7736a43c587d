"""The companion side of the REAPER file bridge: JSON files shared with ``MixAssist_Bridge.lua``.

Where: ``<REAPER resource path>/Scripts/MixAssist/bridge/`` unless REAPER's ``reaper-extstate.ini`` names
another in ``[MixAssist] bridge_dir=``. What: ``heartbeat.json`` (alive while younger than 3 s and not
marked stopped), ``snapshot.json`` (the session), ``request_<id>.json`` (hotkey presses, each handed out
once: taken by renaming), ``command_<id>.json`` -> ``response_<id>.json`` (one undo step in REAPER).
Every file is written under a temporary name and renamed, on both sides, so a reader never sees half a file.
Ids that go into file names are checked against ``[A-Za-z0-9_-]{1,64}``: no path traversal.
"""

from __future__ import annotations

import configparser
import json
import logging
import os
import re
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bridge.reaper import schemas
from bridge.reaper.snapshot_decode import decode_snapshot
from companion.context import BridgeCommand, Snapshot
from companion.errors import BadInput, BridgeError, BridgeTimeout

log = logging.getLogger(__name__)

HEARTBEAT_STALE_S = 3.0
BRIDGE_SUBDIR = ("Scripts", "MixAssist", "bridge")
EXTSTATE_SECTION = "MixAssist"
EXTSTATE_KEY = "bridge_dir"
ID_RE = re.compile(r"[A-Za-z0-9_-]{1,64}")  # use fullmatch: "$" would let a trailing newline in
POLL_S = 0.005  # how often a waiting companion looks for the response file
NOT_RUNNING = "the MixAssist bridge script is not running in REAPER"
MAX_SMALL_FILE_BYTES = 256 * 1024


class InvalidId(BridgeError, BadInput):
    """An id that cannot be used in a bridge file name."""


def check_id(value: str) -> str:
    if not isinstance(value, str) or not ID_RE.fullmatch(value):
        raise InvalidId(f"bridge id {value!r} is not 1-64 characters of A-Z a-z 0-9 _ -")
    return value


def new_id() -> str:
    return uuid.uuid4().hex


# ---------------------------------------------------------------- where the bridge folder is


def default_resource_path(platform: str | None = None, env: dict[str, str] | None = None) -> Path:
    """REAPER's resource folder per OS: %APPDATA%\\REAPER, ~/Library/Application Support/REAPER, ~/.config/REAPER."""
    platform = platform or sys.platform
    env = dict(os.environ) if env is None else env
    home = Path(env.get("HOME") or env.get("USERPROFILE") or Path.home())
    if platform.startswith("win"):
        appdata = env.get("APPDATA")
        return Path(appdata) / "REAPER" if appdata else home / "AppData" / "Roaming" / "REAPER"
    if platform == "darwin":
        return home / "Library" / "Application Support" / "REAPER"
    xdg = env.get("XDG_CONFIG_HOME")
    return (Path(xdg) if xdg else home / ".config") / "REAPER"


def extstate_bridge_dir(resource_path: Path) -> Path | None:
    """``[MixAssist] bridge_dir`` from REAPER's persistent ExtState file, if set."""
    ini = resource_path / "reaper-extstate.ini"
    if not ini.is_file():
        return None
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read_string(ini.read_text(encoding="utf-8", errors="replace"))
    except configparser.Error as exc:
        log.warning("cannot read %s: %s", ini, exc)
        return None
    value = parser.get(EXTSTATE_SECTION, EXTSTATE_KEY, fallback="").strip()
    return Path(value) if value else None


def locate_bridge_dir(resource_path: str | Path | None = None, bridge_dir: str | Path | None = None) -> Path:
    """The bridge folder: an explicit one, else the ExtState override, else the default under Scripts/."""
    if bridge_dir:
        return Path(bridge_dir)
    resource = Path(resource_path) if resource_path else default_resource_path()
    return extstate_bridge_dir(resource) or resource.joinpath(*BRIDGE_SUBDIR)


# ---------------------------------------------------------------- what the files say


@dataclass(frozen=True, slots=True)
class Heartbeat:
    at: float
    reaper_version: str
    bridge_version: str
    state_change_count: int
    stopped: bool = False


@dataclass(frozen=True, slots=True)
class BridgeStatus:
    """Is the Lua bridge running? ``reason`` says why not, in words a user understands."""

    folder: Path
    alive: bool
    reason: str
    heartbeat: Heartbeat | None
    heartbeat_age_s: float | None
    snapshot_age_s: float | None

    def to_dict(self) -> dict[str, Any]:
        hb = self.heartbeat
        return {
            "folder": str(self.folder),
            "alive": self.alive,
            "reason": self.reason,
            "heartbeat_age_s": None if self.heartbeat_age_s is None else round(self.heartbeat_age_s, 2),
            "snapshot_age_s": None if self.snapshot_age_s is None else round(self.snapshot_age_s, 2),
            "reaper_version": hb.reaper_version if hb else None,
            "bridge_version": hb.bridge_version if hb else None,
        }


@dataclass(frozen=True, slots=True)
class Request:
    """A hotkey press in REAPER ("What do you hear?")."""

    id: str
    at: float
    kind: str = "ask"
    question: str | None = None


@dataclass(frozen=True, slots=True)
class CommandResponse:
    id: str
    ok: bool
    error: str | None
    before: dict[str, Any] = field(default_factory=dict)
    after: dict[str, Any] = field(default_factory=dict)
    note: str | None = None

    def raise_for_error(self) -> CommandResponse:
        if not self.ok:
            raise BridgeError(f"REAPER refused the change: {self.error}")
        return self


def _write_atomic(path: Path, data: dict[str, Any]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, allow_nan=False), encoding="utf-8")
    os.replace(tmp, path)  # atomic on POSIX and Windows, replaces an existing target


class BridgeFiles:
    """The bridge folder seen from the companion. ``clock`` is unix seconds (injectable for tests)."""

    def __init__(
        self,
        folder: str | Path,
        stale_after_s: float = HEARTBEAT_STALE_S,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.folder = Path(folder)
        self.stale_after_s = stale_after_s
        self.clock = clock

    def path(self, name: str) -> Path:
        return self.folder / name

    def _read_small(self, name: str, schema: str) -> dict[str, Any] | None:
        path = self.path(name)
        try:
            raw = _read_bytes(path)[: MAX_SMALL_FILE_BYTES + 1]
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise BridgeError(f"cannot read {path}: {exc.strerror or exc}") from None
        if len(raw) > MAX_SMALL_FILE_BYTES:
            raise BridgeError(f"{path} is larger than {MAX_SMALL_FILE_BYTES} bytes")
        try:
            data = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise BridgeError(f"{path} is not valid JSON: {exc}") from None
        schemas.validate(schema, data, source=str(path))
        return data

    # ------------------------------------------------------------ alive?

    def heartbeat(self) -> Heartbeat | None:
        """The last heartbeat, or None when the bridge never ran here; BridgeError when malformed."""
        data = self._read_small("heartbeat.json", "heartbeat")
        if data is None:
            return None
        return Heartbeat(
            at=float(data["at"]),
            reaper_version=data["reaper_version"],
            bridge_version=data["bridge_version"],
            state_change_count=int(data["state_change_count"]),
            stopped=bool(data.get("stopped", False)),
        )

    def status(self, now: float | None = None) -> BridgeStatus:
        now = self.clock() if now is None else now
        snapshot_age = self.snapshot_age_s(now)
        if not self.folder.is_dir():
            return BridgeStatus(self.folder, False, f"no bridge folder at {self.folder}", None, None, None)
        try:
            hb = self.heartbeat()
        except BridgeError as exc:
            return BridgeStatus(self.folder, False, str(exc), None, None, snapshot_age)
        if hb is None:
            return BridgeStatus(
                self.folder, False, f"{NOT_RUNNING} (no heartbeat yet)", None, None, snapshot_age
            )
        age = max(0.0, now - hb.at)
        if hb.stopped:
            reason, alive = f"{NOT_RUNNING} (it stopped {age:.0f} s ago)", False
        elif age > self.stale_after_s:
            reason, alive = f"{NOT_RUNNING} (last heartbeat {age:.0f} s ago: REAPER closed?)", False
        else:
            reason, alive = "running", True
        return BridgeStatus(self.folder, alive, reason, hb, age, snapshot_age)

    def is_alive(self, now: float | None = None) -> bool:
        return self.status(now).alive

    # ------------------------------------------------------------ the session

    def snapshot_age_s(self, now: float | None = None) -> float | None:
        try:
            mtime = self.path("snapshot.json").stat().st_mtime
        except OSError:
            return None
        return max(0.0, (self.clock() if now is None else now) - mtime)

    def snapshot(self) -> Snapshot:
        """The last snapshot the bridge wrote; BridgeError (one line) when missing or malformed."""
        path = self.path("snapshot.json")
        try:
            data = _read_bytes(path)
        except FileNotFoundError:
            raise BridgeError(f"no snapshot from REAPER yet ({path} does not exist)") from None
        except OSError as exc:
            raise BridgeError(f"cannot read {path}: {exc.strerror or exc}") from None
        return decode_snapshot(data, source=str(path))

    def request_snapshot(self, timeout_s: float = 1.0) -> Snapshot:
        """Ask the bridge for a fresh snapshot (levels included) and wait for it; the last one on timeout."""
        path = self.path("snapshot.json")
        before = path.stat().st_mtime_ns if path.exists() else 0
        _write_atomic(self.path("snapshot_request.json"), {"at": self.clock()})
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            try:
                if path.stat().st_mtime_ns != before and not self.path("snapshot_request.json").exists():
                    return self.snapshot()
            except FileNotFoundError:
                pass
            time.sleep(POLL_S * 4)
        log.info("no fresh snapshot within %.1f s; using the last one", timeout_s)
        return self.snapshot()

    # ------------------------------------------------------------ hotkey requests

    def requests(self) -> Iterator[Request]:
        """Each waiting hotkey request, oldest first, handed out once (taken by renaming the file)."""
        for path in sorted(self.folder.glob("request_*.json"), key=_mtime_or_zero):
            rid = path.name[len("request_") : -len(".json")]
            taken = path.with_name(path.name + ".taken")
            try:
                os.replace(path, taken)
            except FileNotFoundError:
                continue  # another reader took it first
            try:
                if not ID_RE.fullmatch(rid):
                    raise BridgeError("bad id in the file name")
                data = json.loads(taken.read_bytes()[:MAX_SMALL_FILE_BYTES])
                schemas.validate("request", data, source=path.name)
            except (OSError, ValueError, BridgeError) as exc:
                log.warning("ignoring malformed request %s: %s", path.name, exc)
                continue
            finally:
                taken.unlink(missing_ok=True)
            if data["id"] != rid:
                log.warning("ignoring request %s: its id says %r", path.name, data["id"])
                continue
            yield Request(id=rid, at=float(data["at"]), kind=data["kind"], question=data.get("question"))

    def wait_for_request(self, timeout_s: float | None = None, poll_s: float = 0.05) -> Request | None:
        """The next hotkey request, or None after ``timeout_s`` (None = wait for ever)."""
        deadline = None if timeout_s is None else time.monotonic() + timeout_s
        while True:
            for req in self.requests():
                return req
            if deadline is not None and time.monotonic() >= deadline:
                return None
            time.sleep(poll_s)

    # ------------------------------------------------------------ commands

    def post_command(
        self, command: BridgeCommand, command_id: str | None = None, validate: bool = True
    ) -> str:
        """Write ``command_<id>.json``; returns the id. ``validate=False`` only for tests of the Lua checks."""
        cid = check_id(new_id() if command_id is None else command_id)
        data = {"schema": "mixassist.command/1", "id": cid, **command.to_dict()}
        if validate:
            try:
                schemas.validate("command", data, source="command")
            except BridgeError as exc:
                raise InvalidCommand(str(exc)) from None
        self.folder.mkdir(parents=True, exist_ok=True)
        _write_atomic(self.path(f"command_{cid}.json"), data)
        return cid

    def read_response(self, command_id: str, remove: bool = True) -> CommandResponse | None:
        """The response to ``command_id`` if it arrived (and remove the file), else None."""
        name = f"response_{check_id(command_id)}.json"
        data = self._read_small(name, "response")
        if data is None:
            return None
        if remove:
            self.path(name).unlink(missing_ok=True)
        return CommandResponse(
            id=data["id"],
            ok=data["ok"],
            error=data["error"],
            before=data["before"],
            after=data["after"],
            note=data.get("note"),
        )

    def send_command(self, command: BridgeCommand, timeout_s: float = 2.0) -> CommandResponse:
        """Apply ``command`` in REAPER (one undo step) and return the bridge's answer.

        BridgeTimeout when the bridge is not running or does not answer in time; the command is then
        withdrawn, so it never runs later by surprise when REAPER comes back.
        """
        status = self.status()
        if not status.alive:
            raise BridgeTimeout(status.reason)
        cid = self.post_command(command)
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            response = self.read_response(cid)
            if response is not None:
                return response
            time.sleep(POLL_S)
        response = self.read_response(cid)
        if response is not None:
            return response
        self.path(f"command_{cid}.json").unlink(missing_ok=True)
        raise BridgeTimeout(f"{NOT_RUNNING}: no answer to the command within {timeout_s:g} s")

    def undo(self, undo_label: str, track_guid: str, timeout_s: float = 2.0) -> CommandResponse:
        """REAPER's undo of the step ``undo_label`` (a MixAssist step that changed ``track_guid``); the
        bridge refuses when that step is no longer the last one, so a later edit of the user's is never undone.
        ``before``/``after`` are the track's volume, pan, mute and solo around the undo."""
        return self.send_command(
            BridgeCommand("undo", track_guid, 0.0, undo_label=undo_label), timeout_s=timeout_s
        )

    # ------------------------------------------------------------ housekeeping

    def tidy(self, max_age_s: float = 600.0, now: float | None = None) -> int:
        """Remove leftovers older than ``max_age_s``: answered or abandoned files, temporaries. Returns a count."""
        now = self.clock() if now is None else now
        patterns = ("response_*.json", "command_*.json", "request_*.json", "*.tmp", "*.claimed", "*.taken")
        removed = 0
        for pattern in patterns:
            for path in self.folder.glob(pattern):
                try:
                    if now - path.stat().st_mtime > max_age_s:
                        path.unlink()
                        removed += 1
                except FileNotFoundError:
                    continue
        return removed


class InvalidCommand(BridgeError, BadInput):
    """A command the bridge would refuse (unknown action, value out of range), caught before sending."""


RENAME_GAP_WAIT_S = 0.5
"""How long a reader waits for the Lua side's remove-then-rename to finish (Windows): generous, because a busy
REAPER (or a loaded machine) can stall between the two calls for tens of milliseconds."""


def _read_bytes(path: Path, wait_s: float = RENAME_GAP_WAIT_S) -> bytes:
    """Read a bridge file. On Windows the Lua side removes the target before renaming its temporary file
    over it, so for a moment only ``<name>.tmp`` exists: then wait (up to ``wait_s``) and read again."""
    deadline = time.monotonic() + wait_s
    while True:
        try:
            return path.read_bytes()
        except FileNotFoundError:
            if time.monotonic() >= deadline:
                raise
            if not path.with_name(path.name + ".tmp").exists():
                # the rename may have finished between the failed read and this look: one more read decides
                return path.read_bytes()
            time.sleep(0.005)


def _mtime_or_zero(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
