"""Ways to ask without touching the panel: the REAPER action (bridge request file), ``mixassist hear`` (OSC),
an optional global hotkey (pynput) and optional MIDI input (mido + python-rtmidi).

Each listener runs on its own thread and only hands over: it emits a Qt signal (Qt queues it to the GUI
thread). One that cannot run here says why in one line (``reason``), and the others go on.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any

from PyQt6.QtCore import QObject, QTimer, pyqtSignal, pyqtSlot

from bridge.reaper.files import BridgeFiles
from companion.errors import BridgeError

log = logging.getLogger(__name__)

REQUEST_POLL_MS = 100
MIDI_RE = re.compile(r"^(note|cc):(\d{1,3})$")


class Relay(QObject):
    """Lives on the GUI thread; listener threads call ``ask.emit`` / ``apply_top.emit`` (queued to it)."""

    ask = pyqtSignal(object, str)  # question or None, via
    apply_top = pyqtSignal(str)  # via


class RequestWatcher(QObject):
    """Polls the bridge folder for the REAPER action's ``request_<id>.json`` (on the bridge thread)."""

    def __init__(self, files: BridgeFiles, relay: Relay) -> None:
        super().__init__()
        self.files = files
        self.relay = relay
        self.timer: QTimer | None = None

    @pyqtSlot()
    def start(self) -> None:
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.poll)
        self.timer.start(REQUEST_POLL_MS)

    @pyqtSlot()
    def stop(self) -> None:
        if self.timer is not None:
            self.timer.stop()

    @pyqtSlot()
    def poll(self) -> None:
        if not self.files.folder.is_dir():
            return
        try:
            for request in self.files.requests():
                self.relay.ask.emit(request.question, "REAPER")
        except (BridgeError, OSError) as exc:
            log.warning("cannot read REAPER requests: %s", exc)


# ---------------------------------------------------------------- global hotkey


class Hotkey:
    """A global hotkey through pynput (X11, Windows, macOS with Accessibility permission; not Wayland)."""

    def __init__(self, combo: str, relay: Relay) -> None:
        self.combo, self.relay = combo, relay
        self.listener: Any = None
        self.reason: str | None = None

    def start(self) -> Hotkey:
        import os

        if os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("DISPLAY"):
            self.reason = "global hotkeys do not work on Wayland: bind 'mixassist hear' in your compositor"
            return self
        try:
            from pynput import keyboard

            self.listener = keyboard.GlobalHotKeys({self.combo: lambda: self.relay.ask.emit(None, "hotkey")})
            self.listener.start()
        except ImportError:
            self.reason = "global hotkey needs pynput (pip install pynput)"
        except Exception as exc:  # a bad combo string, or no X server / permission
            self.reason = f"global hotkey {self.combo!r} unavailable: {str(exc).splitlines()[0][:120]}"
        if self.reason:
            log.info(self.reason)
        return self

    def stop(self) -> None:
        if self.listener is not None:
            self.listener.stop()
            self.listener = None


# ---------------------------------------------------------------- MIDI


@dataclass(frozen=True, slots=True)
class MidiTrigger:
    """``note:60`` (a note-on with velocity > 0) or ``cc:20`` (a controller at 64 or more)."""

    kind: str
    number: int

    @classmethod
    def parse(cls, text: str | None) -> MidiTrigger | None:
        if not text:
            return None
        match = MIDI_RE.match(text.strip().lower())
        if match is None or int(match.group(2)) > 127:
            raise ValueError(f"MIDI mapping {text!r}: use note:N or cc:N with N 0-127")
        return cls(match.group(1), int(match.group(2)))

    def matches(self, message: Any) -> bool:
        if self.kind == "note":
            return message.type == "note_on" and message.note == self.number and message.velocity > 0
        return message.type == "control_change" and message.control == self.number and message.value >= 64


class MidiInput:
    """Asks on one mapped note/CC and applies the top suggestion on another (mido + python-rtmidi)."""

    def __init__(self, port: str | None, ask: str | None, apply: str | None, relay: Relay) -> None:
        self.port_name, self.relay = port, relay
        self.ask = MidiTrigger.parse(ask)
        self.apply = MidiTrigger.parse(apply)
        self.port: Any = None
        self.reason: str | None = None

    def handle(self, message: Any) -> None:
        """mido's callback thread: decide and hand over, nothing more."""
        if self.ask is not None and self.ask.matches(message):
            self.relay.ask.emit(None, "MIDI")
        elif self.apply is not None and self.apply.matches(message):
            self.relay.apply_top.emit("MIDI")

    def start(self) -> MidiInput:
        try:
            import mido

            names = mido.get_input_names()
            name = self.port_name or (names[0] if names else None)
            if name is None:
                self.reason = "no MIDI input found"
                return self
            self.port = mido.open_input(name, callback=self.handle)
        except ImportError:
            self.reason = "MIDI input needs mido and python-rtmidi (pip install mido python-rtmidi)"
        except Exception as exc:  # rtmidi's SystemError without ALSA/CoreMIDI, an unknown port name...
            self.reason = f"MIDI input unavailable: {str(exc).splitlines()[0][:120]}"
        if self.reason:
            log.info(self.reason)
        return self

    def stop(self) -> None:
        if self.port is not None:
            self.port.close()
            self.port = None
