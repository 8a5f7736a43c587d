"""``mixassist reaper install|uninstall|status`` and ``mixassist run --headless``: the CLI of the REAPER bridge.

``run --headless`` is the hotkey loop without the overlay: it waits for ``request_<id>.json`` from the
"What do you hear?" action, takes a fresh snapshot from the bridge and the last seconds of audio (a file,
or a live capture), asks the Companion and prints the answer in the terminal.
"""

from __future__ import annotations

import argparse
import json
import logging
import queue
import sys
import time
from pathlib import Path
from typing import Any, TextIO

from bridge.reaper.files import BridgeFiles, Request, default_resource_path, locate_bridge_dir
from companion.config import load_config
from companion.context import AudioClip, Snapshot
from companion.errors import BadInput, BridgeError, CaptureError

log = logging.getLogger(__name__)

MIN_CLIP_S = 1.0  # shorter than this, the listening analysis has nothing to say
STALE_REQUEST_S = 120.0  # requests left from before the companion started are dropped, not answered


def _resource(args: argparse.Namespace) -> Path:
    return (
        Path(args.resource_path).expanduser()
        if getattr(args, "resource_path", None)
        else default_resource_path()
    )


# ---------------------------------------------------------------- install / uninstall


def _install(args: argparse.Namespace, out: TextIO) -> int:
    from bridge.reaper.install import install, manual_steps

    report = install(_resource(args))
    osc = load_config()["osc"]
    out.write(f"Installed the MixAssist scripts in {report.scripts_dir}\n")
    out.write(f"Installed the OSC pattern file as {report.pattern_file}\n")
    out.write(f"Installed the track meter as {report.meter_file} (used only if you turn track meters on)\n")
    state = "added to" if report.startup_changed else "already in"
    out.write(f"The bridge starts with REAPER: one line {state} {report.startup_file}\n")
    out.write("Left to do in REAPER, once:\n")
    for i, step in enumerate(manual_steps(osc["listen_port"], osc["reaper_port"]), 1):
        out.write(f"  {i}. {step}\n")
    return 0


def _uninstall(args: argparse.Namespace, out: TextIO) -> int:
    from bridge.reaper.install import uninstall

    removed = uninstall(_resource(args))
    if not removed:
        out.write("Nothing to remove: MixAssist was not installed there.\n")
    elif any(p.suffix == ".jsfx" for p in removed):
        out.write(
            "If track meters were on in a project, it still lists 'JS: MixAssist Track Meter' on its tracks: "
            "before uninstalling, turn them off with 'Script: MixAssist_TrackMeters.lua' (the bridge removes "
            "them, one undo step), or delete them from the FX chains by hand.\n"
        )
    for path in removed:
        out.write(f"Removed {path}\n")
    return 0


# ---------------------------------------------------------------- status


def _osc_probe(listen_s: float) -> tuple[dict[str, Any], Snapshot | None]:
    """Listen for REAPER's OSC feedback for up to ``listen_s`` seconds (after asking for a refresh)."""
    from bridge.reaper.osc import OscMirror

    osc = load_config()["osc"]
    info: dict[str, Any] = {"seen": False, "error": None, "listen_port": osc["listen_port"]}
    try:
        with OscMirror(
            listen_host=osc["listen_host"],
            listen_port=osc["listen_port"],
            reaper_host=osc["reaper_host"],
            reaper_port=osc["reaper_port"],
        ) as mirror:
            start = time.monotonic()
            info["seen"] = mirror.wait_for_feedback(timeout_s=listen_s)
            if info["seen"]:  # first feedback arrived: now wait for the whole bank, within the time left
                info["complete"] = mirror.refresh(timeout_s=max(0.5, listen_s - (time.monotonic() - start)))
            info["stats"] = mirror.stats()
            return info, (mirror.to_snapshot() if info["seen"] else None)
    except BridgeError as exc:  # e.g. the port is taken by a running companion
        info["error"] = str(exc)
        return info, None


def _track_rows(snapshot: Snapshot) -> list[dict[str, Any]]:
    rows = []
    for t in snapshot.tracks:
        rows.append(
            {
                "index": t.index,
                "name": t.name,
                "volume_db": t.volume_db,
                "pan": t.pan,
                "mute": t.mute,
                "solo": t.solo,
                "fx": [f.name for f in t.fx],
                "avg_peak_db": t.level.avg_peak_db if t.level else None,
                "max_peak_db": t.level.max_peak_db if t.level else None,
                "lufs": t.level.lufs if t.level else None,  # from the track meter, when it is on
            }
        )
    return rows


def _fmt_db(value: float | None) -> str:
    return "-inf" if value is None else f"{value:+.1f}"


def _print_table(rows: list[dict[str, Any]], out: TextIO) -> None:
    out.write(
        f"{'#':>3}  {'track':<20} {'vol dB':>7} {'pan':>5}  {'M':1}{'S':1}  {'avg/max peak dB':>16}  FX\n"
    )
    for r in rows:
        flags = ("M" if r["mute"] else "-") + ("S" if r["solo"] else "-")
        level = (
            ""
            if r["avg_peak_db"] is None and r["max_peak_db"] is None
            else (f"{_fmt_db(r['avg_peak_db'])}/{_fmt_db(r['max_peak_db'])}")
        )
        pan = "" if r["pan"] is None else f"{r['pan']:+.2f}"
        out.write(
            f"{r['index']:>3}  {r['name'][:20]:<20} {_fmt_db(r['volume_db']):>7} {pan:>5}  {flags}  {level:>16}  "
            f"{', '.join(r['fx'])}\n"
        )


def _status(args: argparse.Namespace, out: TextIO) -> int:
    if args.listen_seconds is not None and args.listen_seconds < 0:
        raise BadInput("--listen-seconds must be 0 or more")
    files = BridgeFiles(
        locate_bridge_dir(getattr(args, "resource_path", None), getattr(args, "bridge_dir", None))
    )
    status = files.status()
    snapshot, snapshot_error = None, None
    try:
        snapshot = files.snapshot()
    except BridgeError as exc:
        snapshot_error = str(exc)
    osc, osc_snapshot = ({"seen": False, "error": None, "skipped": True}, None)
    if args.listen_seconds:
        osc, osc_snapshot = _osc_probe(args.listen_seconds)
    shown = snapshot or osc_snapshot
    rows = _track_rows(shown) if shown else []
    if args.json:
        data = {
            "bridge": status.to_dict(),
            "snapshot": None
            if snapshot is None
            else {
                "captured_at": snapshot.captured_at,
                "tracks": len(snapshot.tracks),
                "project": snapshot.project.name,
            },
            "snapshot_error": snapshot_error,
            "osc": osc,
            "tracks_from": "snapshot" if snapshot else ("osc" if osc_snapshot else None),
            "tracks": rows,
        }
        json.dump(data, out, indent=2, allow_nan=False)
        out.write("\n")
    else:
        out.write(f"Bridge folder: {status.folder}\n")
        age = "" if status.heartbeat_age_s is None else f" (heartbeat {status.heartbeat_age_s:.1f} s ago)"
        out.write(f"Bridge: {'alive' if status.alive else 'not running'}{age}: {status.reason}\n")
        if snapshot is not None:
            out.write(
                f"Snapshot: {len(snapshot.tracks)} tracks of '{snapshot.project.name}', "
                f"{status.snapshot_age_s:.1f} s old, {snapshot.project.play_state}\n"
            )
        else:
            out.write(f"Snapshot: none ({snapshot_error})\n")
        if osc.get("skipped"):
            out.write("OSC: not checked (--listen-seconds 0)\n")
        elif osc["error"]:
            out.write(f"OSC: {osc['error']}\n")
        else:
            seen = "feedback seen" if osc["seen"] else f"no feedback within {args.listen_seconds:g} s"
            out.write(f"OSC: {seen} on port {osc['listen_port']}\n")
        if rows:
            out.write(f"Tracks (from the {'snapshot' if snapshot else 'OSC mirror'}):\n")
            _print_table(rows, out)
    return 0 if status.alive or osc.get("seen") else 1


def cmd_reaper(args: argparse.Namespace) -> int:
    action = getattr(args, "reaper_command", None)
    out = sys.stdout
    if action == "install":
        return _install(args, out)
    if action == "uninstall":
        return _uninstall(args, out)
    if action == "status":
        return _status(args, out)
    raise BadInput("choose an action: mixassist reaper install, uninstall or status")


# ---------------------------------------------------------------- run --headless


class _ClipSource:
    """Where each answer's audio comes from: a file, a live capture, or nothing (said once, clearly)."""

    def __init__(self, args: argparse.Namespace, seconds: float, out: TextIO) -> None:
        self.seconds = seconds
        self.file_clip: AudioClip | None = None
        self.capture: Any = None
        if args.audio:
            from companion.listening.audio import load_clip

            self.file_clip = load_clip(args.audio, max_seconds=seconds)
            return
        config = load_config()["capture"]
        try:
            from bridge.capture.registry import open_capture

            self.capture = open_capture(
                args.capture_backend or config["backend"], args.device or config["device"]
            ).start()
        except (CaptureError, BadInput) as exc:
            out.write(f"No live audio ({exc}); answering from the session alone.\n")
            self.capture = None

    def clip(self, out: TextIO) -> AudioClip | None:
        if self.file_clip is not None:
            return self.file_clip
        if self.capture is None:
            return None
        try:
            clip = self.capture.heard(self.seconds)
        except CaptureError as exc:
            out.write(f"No live audio this time ({exc}).\n")
            return None
        if clip.duration_s < MIN_CLIP_S:
            out.write(
                f"No audio to analyse ({clip.note or 'nothing heard'}); answering from the session alone.\n"
            )
            return None
        return clip

    def close(self) -> None:
        if self.capture is not None:
            self.capture.stop()


def _session(files: BridgeFiles, out: TextIO) -> Snapshot | None:
    """A fresh snapshot when the bridge runs; the last one (or none) when it does not."""
    try:
        if files.is_alive():
            return files.request_snapshot(timeout_s=1.0)
        snap = files.snapshot()
        out.write("(the REAPER bridge is not running: using its last snapshot)\n")
        return snap
    except BridgeError as exc:
        out.write(f"No session from REAPER ({exc}).\n")
        return None


def _answer(
    companion: Any,
    request: Request,
    files: BridgeFiles,
    source: _ClipSource,
    out: TextIO,
    via: str = "REAPER",
) -> None:
    from companion.app import DEFAULT_QUESTION
    from companion.cli.ask import print_answer

    question = request.question or DEFAULT_QUESTION
    stamp = time.strftime("%H:%M:%S", time.localtime(request.at))
    out.write(f"\n== {question} ({via}, {stamp})\n")
    snapshot = _session(files, out)
    clip = source.clip(out)
    streamed = companion.advisor.name != "rules"
    on_token = (lambda text: (out.write(text), out.flush())) if streamed else None
    result = companion.ask(question, clip=clip, snapshot=snapshot, on_token=on_token)
    print_answer(result, out, streamed=streamed)
    if result.record_error:
        out.write(f"(not recorded: {result.record_error})\n")
    out.flush()


def cmd_run(args: argparse.Namespace) -> int:
    if not args.headless:
        raise BadInput(
            "mixassist run answers in the terminal with --headless (the overlay is: mixassist gui)"
        )
    if args.max_requests is not None and args.max_requests < 1:
        raise BadInput("--max-requests must be 1 or more")
    if args.seconds is not None and args.seconds <= 0:
        raise BadInput("--seconds must be a positive number")
    from companion.cli.ask import build_companion, close_session_log

    out = sys.stdout
    companion = build_companion(args, source="run")
    files = BridgeFiles(locate_bridge_dir(args.resource_path, args.bridge_dir))
    files.folder.mkdir(parents=True, exist_ok=True)
    files.tidy(max_age_s=STALE_REQUEST_S)
    source = _ClipSource(args, args.seconds or float(load_config()["seconds"]), out)
    status = files.status()
    out.write(f"Waiting for 'What do you hear?' from REAPER (bridge folder {files.folder}). Ctrl+C stops.\n")
    if not status.alive:
        out.write(f"Note: {status.reason}.\n")
    out.flush()
    heard, control = _control_listener(args, out)
    answered = 0
    try:
        while args.max_requests is None or answered < args.max_requests:
            via = "REAPER"
            try:
                ask = heard.get_nowait()
                request, via = Request(id="osc", at=time.time(), question=ask.question), "mixassist hear"
            except queue.Empty:
                request = files.wait_for_request(timeout_s=0.1)
            if request is None:
                continue
            _answer(companion, request, files, source, out, via)
            answered += 1
    finally:
        source.close()
        if control is not None:
            control.stop()
        close_session_log(companion)
    return 0


def _control_listener(args: argparse.Namespace, out: TextIO) -> tuple[queue.SimpleQueue, Any]:
    """``mixassist hear`` reaches this loop over OSC; a taken port is said once, the loop runs on without it."""
    from bridge.reaper.osc_control import ControlListener
    from companion.cli.hear import osc_port

    heard: queue.SimpleQueue = queue.SimpleQueue()
    host = str(load_config()["osc"]["listen_host"])
    try:
        control = ControlListener(heard.put, host=host, port=osc_port(args)).start()
    except BridgeError as exc:
        out.write(f"Note: {exc}; 'mixassist hear' will not reach this terminal.\n")
        return heard, None
    out.write(f"'mixassist hear' asks too (OSC {host}:{control.port}).\n")
    out.flush()
    return heard, control
