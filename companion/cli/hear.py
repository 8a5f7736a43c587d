"""``mixassist hear [QUESTION]`` (ask the running companion over OSC) and ``mixassist gui [--demo]``.

``hear`` is the trigger for anything that can run a command: an OS hotkey tool, a MIDI mapper, a Wayland
compositor shortcut. It exits 0 once the companion acknowledged the ask, 1 with one line when none is
running (no ``/mixassist/ack`` within a second). ``gui`` imports Qt only here, inside the function.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from companion.config import load_config
from companion.errors import BadInput, MixAssistError


def osc_port(args: argparse.Namespace) -> int:
    """The control port: ``--port`` over the config's ``osc.listen_port``; BadInput when out of range."""
    port = args.port if getattr(args, "port", None) is not None else int(load_config()["osc"]["listen_port"])
    if not 0 <= port <= 65535:
        raise BadInput(f"--port {port} is not a UDP port (0-65535)")
    return port


def cmd_hear(args: argparse.Namespace) -> int:
    from bridge.reaper.osc_control import send_ask

    host = str(load_config()["osc"]["listen_host"])
    port = osc_port(args)
    if port == 0:
        raise BadInput("--port 0 is not where a companion listens")
    send_ask(args.question, host=host, port=port)
    sys.stdout.write(f"Asked the companion on {host}:{port}: {args.question or 'What do you hear?'}\n")
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    if importlib.util.find_spec("PyQt6") is None or importlib.util.find_spec("pyqtgraph") is None:
        raise MixAssistError("the overlay needs PyQt6 and pyqtgraph: pip install 'mixassist-companion[gui]'")
    osc_port(args)  # a bad --port or a missing file is one line before any window appears
    if getattr(args, "audio", None) and not Path(args.audio).is_file():
        raise BadInput(f"{args.audio}: no such audio file")
    from gui.launch import run_gui

    return run_gui(args, open_log=session_log_opener(args))


def session_log_opener(args: argparse.Namespace) -> Callable[[], Any] | None:
    """What opens the overlay's session log on the panel's start-up thread (every ask recorded, thumbs and
    corrections stored): ``--session NAME`` or one per day for the gui; None with ``--no-record``."""
    if getattr(args, "no_record", False):
        return None

    def open_log() -> Any:
        from companion.cli.ask import open_session_log

        return open_session_log(args, "gui", load_config())

    return open_log
