"""The file-bridge side of the virtual REAPER: what ``MixAssist_Bridge.lua`` does, over a VirtualProject.

For the demo, the tests of the companion side and the round-trip benchmark. It follows the Lua bridge's
behaviour (``reaper_scripts/MixAssist_Bridge.lua`` + ``mixassist_dispatch.lua``): a loop at ~30 Hz (REAPER's
defer rate) writes ``heartbeat.json`` every 0.5 s and ``snapshot.json`` when the project's change count moves,
when a hotkey request or ``snapshot_request.json`` appears, and every 5 s while playing; it claims each
``command_<id>.json`` by renaming it, checks it against the same allowlist and ranges, applies it as ONE
named undo step and answers ``response_<id>.json`` with before/after. All writes are temp + rename.
"""

from __future__ import annotations

import json
import logging
import math
import os
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bridge.virtual.project import VirtualProject

log = logging.getLogger(__name__)

BRIDGE_VERSION = "1"
HEARTBEAT_S = 0.5
CHANGE_SNAPSHOT_S = 0.2
SNAPSHOT_DUTY = 10  # as the Lua bridge: wait 10x the last snapshot's build time between change-driven ones
PLAYING_SNAPSHOT_S = 5.0
VOLUME_MIN_DB = -60.0
VOLUME_MAX_DB = 12.0
NUDGE_MAX_DB = 12.0
MAX_COMMAND_BYTES = 64 * 1024
MAX_COMMANDS_PER_TICK = 8
ID_RE = re.compile(r"[A-Za-z0-9_-]{1,64}")  # use fullmatch: "$" would let a trailing newline in


class Refused(Exception):
    """A command the bridge will not run; the message goes into the response's ``error``."""


@dataclass(frozen=True, slots=True)
class _Plan:
    action: str
    number: int  # 1-based track number
    value: Any
    fx: int | None
    param: int | None
    label: str


def _number_in(value: Any, low: float, high: float, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise Refused(f"{what} must be a finite number")
    if not low <= value <= high:
        raise Refused(f"{what} {value:g} is out of range {low:g}..{high:g}")
    return float(value)


def _bool(value: Any, what: str) -> bool:
    if isinstance(value, (bool, int, float)) and value in (0, 1):
        return bool(value)
    raise Refused(f"{what} value must be 0, 1, true or false")


def _index(value: Any, count: int, what: str, owner: str) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != int(value):
        raise Refused(f"{what} must be an integer")
    if not 0 <= int(value) < count:
        raise Refused(f"{what} {int(value)} does not exist ({owner} has {count})")
    return int(value)


class VirtualReaperFiles:
    """``VirtualReaperFiles(project, bridge_dir).start()`` ... ``.stop()`` (REAPER closes).

    ``drive_clock``: advance the project's playback clock each tick (False when the OSC side drives it).
    """

    def __init__(
        self,
        project: VirtualProject,
        bridge_dir: Path,
        *,
        loop_hz: float = 30.0,
        drive_clock: bool = False,
        level_window_s: float = 20.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.project = project
        self.folder = Path(bridge_dir)
        self.period_s = 1.0 / loop_hz
        self.drive_clock = drive_clock
        self.level_window_s = level_window_s
        self.clock = clock
        self.commands_run = 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._last_heartbeat = -math.inf
        self._last_snapshot = -math.inf
        self._last_count: int | None = None
        self._seen_requests: set[str] = set()
        self._snapshot_s = 0.0
        self.snapshots_written = 0

    # ------------------------------------------------------------ lifecycle

    def start(self) -> VirtualReaperFiles:
        self.folder.mkdir(parents=True, exist_ok=True)
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="virtual-reaper-files", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """The script's atexit: the last heartbeat says it stopped."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5.0)
            self._thread = None
        self._write("heartbeat.json", self._heartbeat(stopped=True))

    def __enter__(self) -> VirtualReaperFiles:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _run(self) -> None:
        last = time.monotonic()
        next_tick = last
        while not self._stop.is_set():
            now_mono = time.monotonic()
            try:
                self.tick(now_mono - last)
            except Exception:  # one bad tick must not stop the loop, as the Lua bridge's pcall
                log.exception("virtual bridge tick failed")
            last = now_mono
            next_tick += self.period_s
            self._stop.wait(max(0.0, next_tick - time.monotonic()))

    # ------------------------------------------------------------ one defer tick

    def tick(self, dt_s: float = 0.0) -> None:
        if self.drive_clock and dt_s > 0:
            self.project.advance(dt_s)
        now = self.clock()
        wanted = self._scan()
        with self.project.lock:
            count = self.project.state_change_count
            playing = self.project.play_state in ("playing", "recording")
        since = now - self._last_snapshot
        gap = max(CHANGE_SNAPSHOT_S, SNAPSHOT_DUTY * self._snapshot_s)
        if (count != self._last_count and since >= gap) or (playing and since >= PLAYING_SNAPSHOT_S):
            wanted = True
        if wanted:
            self._last_count = count
            started = time.perf_counter()
            snap = self.project.to_snapshot(level_window_s=self.level_window_s, captured_at=now)
            self._write("snapshot.json", snap.to_dict())
            self._snapshot_s = time.perf_counter() - started
            self._last_snapshot = now
            self.snapshots_written += 1
        if now - self._last_heartbeat >= HEARTBEAT_S:
            self._write("heartbeat.json", self._heartbeat())
            self._last_heartbeat = now

    def _scan(self) -> bool:
        wanted, ran = False, 0
        current: set[str] = set()
        try:
            names = sorted(os.listdir(self.folder))
        except FileNotFoundError:
            return False
        for name in names:
            if name.startswith("command_") and name.endswith(".json"):
                cid = name[len("command_") : -len(".json")]
                if not ID_RE.fullmatch(cid):
                    (self.folder / name).unlink(missing_ok=True)
                elif ran < MAX_COMMANDS_PER_TICK:
                    self._claim_and_run(name, cid)
                    ran += 1
            elif name.startswith("request_") and name.endswith(".json"):
                current.add(name)
                wanted = wanted or name not in self._seen_requests
            elif name == "snapshot_request.json":
                (self.folder / name).unlink(missing_ok=True)
                wanted = True
        self._seen_requests = current
        return wanted

    # ------------------------------------------------------------ commands

    def _claim_and_run(self, name: str, cid: str) -> None:
        claimed = self.folder / (name + ".claimed")
        try:
            os.replace(self.folder / name, claimed)
        except FileNotFoundError:
            return
        try:
            raw = claimed.read_bytes()
        finally:
            claimed.unlink(missing_ok=True)
        if len(raw) > MAX_COMMAND_BYTES:
            return self._respond(
                cid, False, f"unreadable command file: file larger than {MAX_COMMAND_BYTES} bytes"
            )
        try:
            command = json.loads(raw)
        except (ValueError, UnicodeDecodeError) as exc:
            return self._respond(cid, False, f"malformed command file: {exc}")
        try:
            plan = self._check(command, cid)
        except Refused as exc:
            return self._respond(cid, False, str(exc))
        if plan.action == "undo":  # REAPER's own undo: not inside a block, or it would become a step
            before = self._read(plan)
            self.project.undo()
            after = self._read(plan)
        else:
            with self.project.undo_block(plan.label):
                before = self._read(plan)
                self._write_value(plan)
                after = self._read(plan)
        self.commands_run += 1
        self._respond(cid, True, None, before, after)

    def _check(self, cmd: Any, cid: str) -> _Plan:
        if not isinstance(cmd, dict):
            raise Refused("command is not a JSON object")
        if cmd.get("schema") != "mixassist.command/1":
            raise Refused(f"unknown schema {cmd.get('schema')} (expected mixassist.command/1)")
        if cmd.get("id") != cid:
            raise Refused("command id does not match its file name")
        action = cmd.get("action")
        if action not in _DESCRIBE:
            raise Refused(f"action {action} is not allowed")
        guid = cmd.get("track_guid")
        if not isinstance(guid, str):
            raise Refused("track_guid must be a string")
        number = self.project.track_number(guid)
        if number is None:
            raise Refused(f"unknown track {guid[:64]}")
        value, fx, param = cmd.get("value"), None, None
        if action == "undo":
            return self._check_undo(cmd.get("undo_label"), number)
        if action == "set_volume_db":
            value = _number_in(value, VOLUME_MIN_DB, VOLUME_MAX_DB, "volume")
        elif action == "nudge_volume_db":
            value = _number_in(value, -NUDGE_MAX_DB, NUDGE_MAX_DB, "nudge")
        elif action == "set_pan":
            value = _number_in(value, -1.0, 1.0, "pan")
        elif action in ("set_mute", "set_solo"):
            value = _bool(value, action[4:])
        else:
            track = self.project.track(number)
            if action == "set_fx_enabled":
                value = _bool(value, "fx enabled")
            else:
                value = _number_in(value, 0.0, 1.0, "normalized parameter value")
            fx = _index(cmd.get("fx_index"), len(track.fx), "fx_index", "track")
            if action == "set_fx_param":
                param = _index(cmd.get("param_index"), len(track.fx[fx].params), "param_index", "FX")
        label = cmd.get("undo_label")
        plan = _Plan(action, number, value, fx, param, "")
        if not isinstance(label, str) or label in ("", "MixAssist"):
            label = f"MixAssist: {_DESCRIBE[action](plan)} on {self.project.track(number).name}"
        label = re.sub(r"[\x00-\x1f\x7f]", " ", label)[:200]
        if not label.startswith("MixAssist"):
            label = "MixAssist: " + label
        return _Plan(action, number, value, fx, param, label)

    def _check_undo(self, label: Any, number: int) -> _Plan:
        """Undo only the step MixAssist made, and only while it is still the last one (as the Lua bridge)."""
        if not isinstance(label, str) or not label.startswith("MixAssist"):
            raise Refused("undo needs the undo_label of a MixAssist step")
        labels = self.project.undo_labels()
        last = labels[-1] if labels else None
        if last != label:
            raise Refused(
                f"the last undo step in REAPER is '{last or 'nothing'}', not '{label}': undo in REAPER itself"
            )
        return _Plan("undo", number, label, None, None, label)

    def _read(self, plan: _Plan) -> dict[str, Any]:
        track = self.project.track(plan.number)
        if plan.action == "undo":
            db = track.volume_db
            return {
                "volume_db": None if db <= -150.0 else round(db, 2),
                "pan": round(track.pan, 3),
                "mute": bool(track.mute),
                "solo": bool(track.solo),
            }
        if plan.action in ("set_volume_db", "nudge_volume_db"):
            db = track.volume_db
            return {"volume_db": None if db <= -150.0 else round(db, 2)}
        if plan.action == "set_pan":
            return {"pan": round(track.pan, 3)}
        if plan.action == "set_mute":
            return {"mute": bool(track.mute)}
        if plan.action == "set_solo":
            return {"solo": bool(track.solo)}
        fx = track.fx[plan.fx]
        if plan.action == "set_fx_enabled":
            return {"fx_index": plan.fx, "enabled": bool(fx.enabled)}
        p = fx.params[plan.param]
        return {
            "fx_index": plan.fx,
            "param_index": plan.param,
            "value": round(p.value, 6),
            "formatted": p.formatted,
        }

    def _write_value(self, plan: _Plan) -> None:
        p = self.project
        if plan.action == "set_volume_db":
            p.set_track_value(plan.number, "volume_db", plan.value, plan.label)
        elif plan.action == "nudge_volume_db":
            current = p.track(plan.number).volume_db
            start = current if current > -150.0 else VOLUME_MIN_DB
            target = min(VOLUME_MAX_DB, max(VOLUME_MIN_DB, start + plan.value))
            p.set_track_value(plan.number, "volume_db", target, plan.label)
        elif plan.action == "set_pan":
            p.set_track_value(plan.number, "pan", plan.value, plan.label)
        elif plan.action in ("set_mute", "set_solo"):
            p.set_track_value(plan.number, plan.action[4:], plan.value, plan.label)
        elif plan.action == "set_fx_enabled":
            p.set_fx_enabled(plan.number, plan.fx, plan.value, plan.label)
        else:
            p.set_fx_param(plan.number, plan.fx, plan.param, plan.value, plan.label)

    # ------------------------------------------------------------ files

    def _respond(self, cid: str, ok: bool, error: str | None, before=None, after=None) -> None:
        self._write(
            f"response_{cid}.json",
            {
                "schema": "mixassist.response/1",
                "id": cid,
                "ok": ok,
                "error": error,
                "before": before or {},
                "after": after or {},
            },
        )

    def _heartbeat(self, stopped: bool = False) -> dict[str, Any]:
        with self.project.lock:
            count = self.project.state_change_count
        return {
            "schema": "mixassist.heartbeat/1",
            "at": self.clock(),
            "reaper_version": "7.27/virtual",
            "bridge_version": BRIDGE_VERSION,
            "state_change_count": count,
            "stopped": stopped,
            "snapshots_written": self.snapshots_written,
            "snapshot_ms": round(self._snapshot_s * 1000, 1),
        }

    def _write(self, name: str, data: dict[str, Any]) -> None:
        path = self.folder / name
        tmp = self.folder / (name + ".tmp")
        try:
            tmp.write_text(json.dumps(data, ensure_ascii=False, allow_nan=False), encoding="utf-8")
            os.replace(tmp, path)
        except OSError as exc:
            log.warning("virtual bridge cannot write %s: %s", path, exc)


_DESCRIBE: dict[str, Callable[[_Plan], str]] = {
    "set_volume_db": lambda p: f"set volume to {p.value:.1f} dB",
    "nudge_volume_db": lambda p: f"volume {p.value:+.1f} dB",
    "set_pan": lambda p: (
        f"pan {round(abs(p.value) * 100)}%{'L' if p.value < 0 else 'R' if p.value > 0 else ''}"
    ),
    "set_mute": lambda p: "mute" if p.value else "unmute",
    "set_solo": lambda p: "solo" if p.value else "unsolo",
    "set_fx_enabled": lambda p: f"{'enable' if p.value else 'bypass'} FX {(p.fx or 0) + 1}",
    "set_fx_param": lambda p: f"FX {(p.fx or 0) + 1} parameter {(p.param or 0) + 1} to {p.value:.3f}",
    "undo": lambda p: f"undo {p.value}",
}
