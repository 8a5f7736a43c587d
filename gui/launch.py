"""``mixassist gui [--demo]``: show the panel first (within a second or two), then start what is slow.

Order: Qt application and the empty panel, placed beside REAPER (or where the user left it); the OSC
listener (REAPER's feedback and ``mixassist hear``); then, on a helper thread, the environment (the demo
renders its song; a live capture opens its device) and the session log; once they are there the
controller wires the triggers and the workers. A failure there is a red line in the panel, not a crash.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

from PyQt6.QtCore import QObject, QTimer, pyqtSignal
from PyQt6.QtWidgets import QApplication

from companion.config import load_config
from companion.errors import MixAssistError
from gui import theme
from gui.placement import Rect, dock_beside, find_reaper_window
from gui.window import OverlayWindow
from gui.worker import AdvisorSettings

log = logging.getLogger(__name__)

NO_SESSION_LOG = "session log not available"
REPORT_ENV = "MIXASSIST_GUI_REPORT"  # a file to write start-up timings to (benchmarks, tests)


def advisor_settings(
    args: argparse.Namespace, config: dict[str, Any], genre: str | None = None
) -> AdvisorSettings:
    backend = getattr(args, "backend", None) or config.get("backend") or "rules"
    table = dict(config.get("model") or {})
    options = {k: v for k, v in table.items() if not isinstance(v, dict)}
    options.update(table.get(backend) or {})
    for key in ("model", "adapter", "lora", "url"):
        if getattr(args, key, None):
            options[key] = getattr(args, key)
    return AdvisorSettings(
        backend=backend,
        target=getattr(args, "target", None) or config.get("target") or "spotify",
        genre=getattr(args, "genre", None) or config.get("genre") or genre,
        seconds=float(config.get("seconds") or 20.0),
        options={k: v for k, v in options.items() if v is not None},
        reference_track=(config.get("gui") or {}).get("reference_track") or None,
    )


def place(window: OverlayWindow, config: dict[str, Any], app: QApplication) -> None:
    """Where the user left it (if still on a screen), else beside REAPER, else at the right screen edge."""
    screen = app.primaryScreen()
    avail = screen.availableGeometry() if screen is not None else None
    geometry = (config.get("gui") or {}).get("geometry")
    if isinstance(geometry, list) and len(geometry) == 4 and avail is not None:
        x, y, w, h = (int(v) for v in geometry)
        if avail.intersects(avail.__class__(x, y, w, h)):
            window.setGeometry(x, y, max(w, 320), max(h, 44))
            return
    if avail is None:
        return
    height = min(window.height(), avail.height() - 16)
    window.resize(window.width(), height)
    screen_rect = Rect(avail.x(), avail.y(), avail.width(), avail.height())
    window.move(*dock_beside(find_reaper_window(), screen_rect, (window.width(), height)))


class Starter(QObject):
    """Builds the slow parts on a helper thread and hands them to the GUI thread."""

    ready = pyqtSignal(object, object, object)  # environment, session log, log reason
    failed = pyqtSignal(str)

    def __init__(self, open_log: Callable[[], Any] | None = None) -> None:
        super().__init__()
        self.open_log = open_log  # opens the session log (the CLI gives it: the gui room may not import it)

    def start(self, args: argparse.Namespace, config: dict[str, Any], mirror: Any) -> None:
        threading.Thread(
            target=self._run, args=(args, config, mirror), name="mixassist-start", daemon=True
        ).start()

    def _run(self, args: argparse.Namespace, config: dict[str, Any], mirror: Any) -> None:
        from gui.environment import environment_from_args
        from gui.worker import lower_this_thread

        lower_this_thread()  # rendering the demo song must not starve the panel that just appeared

        try:
            env = environment_from_args(args, config, mirror)
            if getattr(args, "demo", False):
                env.start(osc_device_port=None if mirror is None else mirror.port)
                if mirror is not None and env.osc_port is not None:
                    mirror.reaper_address = ("127.0.0.1", env.osc_port)
        except MixAssistError as exc:
            self.failed.emit(str(exc))
            return
        except Exception as exc:
            log.exception("start-up failed")
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        session_log, reason = None, NO_SESSION_LOG
        if self.open_log is not None:
            try:
                session_log, reason = self.open_log(), None
            except (MixAssistError, OSError) as exc:  # e.g. another process records in that session
                session_log, reason = None, f"{NO_SESSION_LOG}: {exc}"
            if session_log is None and reason is None:
                reason = f"{NO_SESSION_LOG} (--no-record)"
        self.ready.emit(env, session_log, reason)


def open_mirror(
    args: argparse.Namespace, config: dict[str, Any], relay_holder: dict[str, Any]
) -> tuple[Any, str | None]:
    """The OSC listener on the companion's port: REAPER's feedback plus ``mixassist hear``."""
    from bridge.reaper.osc import OscMirror
    from bridge.reaper.osc_control import ControlHandler

    osc = config.get("osc") or {}
    port = args.port if getattr(args, "port", None) is not None else int(osc.get("listen_port", 9000))

    lock = relay_holder.setdefault("lock", threading.Lock())

    def on_ask(ask: Any) -> None:  # the OSC thread: hand over and return
        with lock:
            relay = relay_holder.get("relay")
            if relay is None:  # still starting: kept, and asked once the panel is ready (it was acknowledged)
                relay_holder.setdefault("early", []).append(ask.question)
                return
        relay.ask.emit(ask.question, "mixassist hear")

    try:
        mirror = OscMirror(
            listen_host=osc.get("listen_host", "127.0.0.1"),
            listen_port=port,
            reaper_host=osc.get("reaper_host", "127.0.0.1"),
            reaper_port=int(osc.get("reaper_port", 8000)),
            control=ControlHandler(on_ask),
        ).start()
    except MixAssistError as exc:
        return None, f"OSC off ({exc}): 'mixassist hear' cannot reach this panel"
    return mirror, None


class App:
    """The running overlay (also used in-process by the tests and benchmarks)."""

    def __init__(
        self,
        args: argparse.Namespace,
        config: dict[str, Any] | None = None,
        open_log: Callable[[], Any] | None = None,
    ) -> None:
        self.started_s = time.monotonic()
        self.args = args
        self.config = config if config is not None else load_config()
        self.qt = QApplication.instance() or QApplication(sys.argv[:1])
        self.qt.setApplicationName("MixAssist")
        self.qt.setStyleSheet(theme.STYLE)
        self.window = OverlayWindow()
        place(self.window, self.config, self.qt)
        if (self.config.get("gui") or {}).get("collapsed"):
            self.window.set_collapsed(True)
        self.window.show()
        self.shown_s = time.monotonic() - self.started_s
        self.shown_at = time.time()
        self.window.status.setText(
            "starting: " + ("rendering the demo song..." if args.demo else "opening REAPER's side...")
        )
        self.controller: Any = None
        self.relay_holder: dict[str, Any] = {}
        self.mirror, osc_note = open_mirror(args, self.config, self.relay_holder)
        self.notes = [osc_note] if osc_note else []
        self.ready_s: float | None = None
        self.closed = False
        self.starter = Starter(open_log)
        self.starter.ready.connect(self._ready)
        self.starter.failed.connect(self._failed)
        self.window.closing.connect(self.close)
        self.starter.start(args, self.config, self.mirror)
        self._report()

    def _ready(self, env: Any, session_log: Any, reason: str | None) -> None:
        from gui.controller import Controller

        if self.closed:  # the window closed while the demo was still rendering
            env.close()
            return
        genre = getattr(env, "genre", None)
        settings = advisor_settings(self.args, self.config, genre)
        self.controller = Controller(
            self.window,
            env,
            settings,
            self.config,
            mirror=self.mirror,
            session_log=session_log,
            log_reason=reason,
        )
        with self.relay_holder.setdefault("lock", threading.Lock()):
            self.relay_holder["relay"] = self.controller.relay
            early = self.relay_holder.pop("early", [])
        for question in early:
            self.controller.ask(question, "mixassist hear")
        self.controller.triggers_off.extend(self.notes)
        if getattr(env, "capture_note", None):
            self.controller.triggers_off.append(env.capture_note)
        self.ready_s = time.monotonic() - self.started_s
        self._report()

    def _failed(self, message: str) -> None:
        self.window.set_state("not ready", theme.BAD)
        self.window.status.setText(f"Could not start: {message}")

    def _report(self) -> None:
        path = os.environ.get(REPORT_ENV)
        if path:
            import json

            tmp = path + ".tmp"
            with open(tmp, "w", encoding="utf-8") as f:
                json.dump({"shown_s": self.shown_s, "ready_s": self.ready_s, "shown_at": self.shown_at}, f)
            os.replace(tmp, path)

    def close(self) -> None:
        self.closed = True
        if self.controller is not None:
            clean = self.controller.shutdown()
            if not clean:
                log.warning("a worker was still busy at close (a model loading?): leaving without it")
                os._exit(0)
        elif self.mirror is not None:
            self.mirror.stop()
        self.qt.quit()  # a Tool window is not a "last window" to Qt: quit explicitly


def run_gui(args: argparse.Namespace, open_log: Callable[[], Any] | None = None) -> int:
    """The overlay until its window closes; ``open_log`` opens the session log (None: feedback is off)."""
    app = App(args, open_log=open_log)
    if args.quit_after is not None:
        QTimer.singleShot(int(args.quit_after * 1000), app.window.close)
    return int(app.qt.exec())
