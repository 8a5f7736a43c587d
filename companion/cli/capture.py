"""`mixassist devices` and `mixassist listen`: find the input that carries what REAPER plays, and prove it
by recording a few seconds of it."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from companion.errors import BadInput

MAX_LISTEN_SECONDS = 3600.0
WRITABLE_FORMATS = {".wav": "WAV", ".flac": "FLAC", ".ogg": "OGG", ".aiff": "AIFF", ".aif": "AIFF"}


def _devices_report() -> dict[str, Any]:
    """Per backend: whether it works here, its devices and its default; plus the OS set-up hint."""
    from bridge.capture import registry as capture
    from bridge.capture.base import this_os
    from companion.errors import CaptureError

    report: dict[str, Any] = {"os": this_os(), "backends": {}}
    loopback_found = False
    for name in (*capture.DEVICE_BACKENDS, "reastream"):
        entry: dict[str, Any] = {"available": False, "reason": None, "default": None, "devices": []}
        report["backends"][name] = entry
        try:
            backend = capture.get_backend(name)
            devices = backend.list_devices()
        except CaptureError as exc:
            entry["reason"] = str(exc).split("; available here")[0]
            continue
        entry["available"] = True
        entry["devices"] = [d.to_dict() for d in devices]
        try:
            entry["default"] = backend.default_device().name
        except CaptureError as exc:
            entry["reason"] = str(exc)
        if name in capture.DEVICE_BACKENDS and any(d.is_loopback for d in devices):
            loopback_found = True
    report["loopback_found"] = loopback_found
    report["hint"] = None if loopback_found else capture.setup_hint()
    return report


def cmd_devices(args: argparse.Namespace) -> int:
    """List input devices per backend; mark likely loopback sources; give the set-up hint when none exists."""
    report = _devices_report()
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    for name, entry in report["backends"].items():
        if not entry["available"]:
            print(f"{name}: not available ({entry['reason']})")
            continue
        print(f"{name}:")
        if not entry["devices"]:
            print("  (no input devices)")
        for dev in entry["devices"]:
            index = f"{dev['index']:>3}" if dev["index"] is not None else "  -"
            mark = "loopback" if dev["is_loopback"] else "        "
            default = "  (default)" if dev["name"] == entry["default"] else ""
            rate = f"{dev['default_rate_hz']} Hz" if dev["default_rate_hz"] else "rate from sender"
            print(f"  {index} {mark} {dev['name']!r}: {dev['channels']} ch, {rate}; {dev['hint']}{default}")
    if report["hint"]:
        print(f"\nno loopback source found: {report['hint']}")
    return 0


def _check_listen_args(args: argparse.Namespace) -> tuple[float, Path, str]:
    seconds = float(args.seconds)
    if not 0 < seconds <= MAX_LISTEN_SECONDS:
        raise BadInput(f"--seconds must be between 0 and {MAX_LISTEN_SECONDS:.0f}, got {args.seconds}")
    out = Path(args.out)
    fmt = WRITABLE_FORMATS.get(out.suffix.lower())
    if fmt is None:
        raise BadInput(f"--out {out}: give a file ending in {', '.join(sorted(WRITABLE_FORMATS))}")
    if out.is_dir():
        raise BadInput(f"--out {out}: is a folder")
    if not out.parent.exists():
        raise BadInput(f"--out {out}: folder {out.parent} does not exist")
    return seconds, out, fmt


def cmd_listen(args: argparse.Namespace) -> int:
    """Capture ``--seconds`` into ``--out``; warn (but still write) when only silence came in."""
    seconds, out, fmt = _check_listen_args(args)
    from bridge.capture import registry as capture
    from bridge.capture.base import SILENCE_MESSAGE, peak_dbfs
    from companion.config import load_config

    conf = load_config().get("capture", {})
    backend = args.backend or conf.get("backend") or capture.DEFAULT_BACKEND
    device = args.device if args.device is not None else conf.get("device")
    clip = capture.record(seconds, backend=backend, device=device)

    import soundfile as sf

    subtype = "FLOAT" if fmt in ("WAV", "AIFF") else None
    try:
        sf.write(str(out), clip.samples, clip.sample_rate, format=fmt, subtype=subtype)
    except (OSError, RuntimeError) as exc:
        raise BadInput(f"--out {out}: cannot write ({exc})") from None
    peak = peak_dbfs(clip.samples)
    peak_text = f"{peak:.1f} dBFS" if peak > float("-inf") else "-inf dBFS"
    print(
        f"captured {clip.duration_s:.2f} s from {clip.source.removeprefix('capture:')} at {clip.sample_rate} Hz, "
        f"peak {peak_text} -> {out}"
    )
    if clip.note:
        print(f"note: {clip.note}")
    if peak < -60.0:
        print(f"mixassist: warning: only silence was captured: {SILENCE_MESSAGE}", file=sys.stderr)
    return 0
