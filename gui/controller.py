"""The controller: wires the panel, the triggers and the two workers. It runs on the GUI thread and only
routes: every slow thing (capture, analysis, the model, the bridge, file writes) is sent to a worker as a
queued signal, and what comes back is an immutable result the panel renders."""

from __future__ import annotations

import logging
import time
from dataclasses import replace
from typing import Any

from PyQt6.QtCore import QObject, QThread, QTimer, pyqtSignal

from companion.context import Suggestion
from companion.errors import MixAssistError
from gui import theme
from gui.cards import SuggestionCard
from gui.environment import Environment, Material
from gui.triggers import Hotkey, MidiInput, Relay, RequestWatcher
from gui.window import OverlayWindow
from gui.worker import AdvisorSettings, ApplyOutcome, AskJob, AskOutcome, AskWorker, BridgeWorker

log = logging.getLogger(__name__)

PROBE_MS = 2000
NUDGE_MS = 10000
SAVE_GEOMETRY_MS = 800
STOP_WAIT_MS = 5000


class Controller(QObject):
    start_ask = pyqtSignal(object)
    configure_advisor = pyqtSignal(object)
    load_advisor = pyqtSignal()
    check_nudge = pyqtSignal()
    do_apply = pyqtSignal(int, object, float)
    do_undo = pyqtSignal(int, object)
    do_preview = pyqtSignal(int, object, object, float)
    do_probe = pyqtSignal()
    do_save = pyqtSignal(object)
    do_feedback = pyqtSignal(object, object, object, object)
    watch_start = pyqtSignal()
    lower_bridge = pyqtSignal()
    watch_stop = pyqtSignal()
    answered = pyqtSignal(object)  # AskOutcome, after the panel showed it (tests, benchmarks)

    def __init__(
        self,
        window: OverlayWindow,
        environment: Environment,
        settings: AdvisorSettings,
        config: dict[str, Any],
        *,
        mirror: Any = None,
        session_log: Any = None,
        log_reason: str | None = None,
    ) -> None:
        super().__init__()
        self.window, self.environment, self.settings, self.config = window, environment, settings, config
        self.mirror, self.session_log, self.log_reason = mirror, session_log, log_reason
        self.relay = Relay()
        self.job_id = 0
        self.busy_job: AskJob | None = None
        self.pending: AskJob | None = None
        self.cards: dict[int, SuggestionCard] = {}
        self.card_ids = 0
        self.material: Material | None = None
        self.previews: dict[tuple[int, float], tuple[Any, Any, int, str]] = {}
        self.wanted_preview: dict[int, str] = {}
        self.latencies_s: list[float] = []
        self.status_info: dict[str, Any] = {}
        self.model_name = settings.backend
        self.nudged: set[tuple[str, str | None]] = set()
        self.triggers_off: list[str] = []
        self._closed = False

        self.ask_thread, self.bridge_thread = QThread(), QThread()
        self.ask_thread.setObjectName("mixassist-ask")
        self.bridge_thread.setObjectName("mixassist-bridge")
        self.ask_worker = AskWorker(environment, settings, session_log)
        self.ask_worker.moveToThread(self.ask_thread)
        self.bridge_worker = BridgeWorker(environment)
        self.bridge_worker.moveToThread(self.bridge_thread)
        self.watcher = RequestWatcher(environment.files, self.relay)
        self.watcher.moveToThread(self.bridge_thread)
        self._wire()
        self.ask_thread.start()
        self.bridge_thread.start()
        self.watch_start.emit()  # queued: the watcher's timer is created on its own thread
        self.lower_bridge.emit()  # the bridge thread, too, yields the CPU to the panel
        self.hotkey: Hotkey | None = None
        self.midi: MidiInput | None = None
        self._start_inputs()

        self.probe_timer = QTimer(self)
        self.probe_timer.timeout.connect(self.do_probe)
        self.probe_timer.start(PROBE_MS)
        self.nudge_timer = QTimer(self)
        self.nudge_timer.timeout.connect(self._nudge_tick)
        self._set_intervention()
        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.timeout.connect(self._save_geometry)
        self.do_probe.emit()
        if settings.backend != "rules":
            self.load_advisor.emit()  # load the model now, off the GUI thread, while the user plays
        self.window.set_state("ready", theme.GOOD)

    def _wire(self) -> None:
        w, aw, bw = self.window, self.ask_worker, self.bridge_worker
        self.start_ask.connect(aw.ask)
        self.configure_advisor.connect(aw.configure)
        self.load_advisor.connect(aw.load)
        self.check_nudge.connect(aw.listen_for_problems)
        aw.token.connect(w.conversation.append_token)
        aw.answered.connect(self._on_answered)
        aw.failed.connect(self._on_failed)
        aw.busy.connect(self._on_busy)
        aw.model_ready.connect(self._on_model_ready)
        aw.nudge.connect(self._on_nudge)
        aw.notice.connect(self._show_message)
        self.do_apply.connect(bw.apply)
        self.do_undo.connect(bw.undo)
        self.do_preview.connect(bw.render_preview)
        self.do_probe.connect(bw.probe)
        self.do_save.connect(bw.save_settings)
        self.do_feedback.connect(bw.feedback)
        self.watch_start.connect(self.watcher.start)
        self.lower_bridge.connect(bw.lower)
        self.watch_stop.connect(self.watcher.stop)
        bw.applied.connect(self._on_applied)
        bw.status.connect(self._on_status)
        bw.preview_ready.connect(self._on_preview)
        bw.message.connect(self._show_message)
        self.relay.ask.connect(self.ask)
        self.relay.apply_top.connect(self.apply_top)
        w.hear_button.clicked.connect(lambda: self.ask(None, "button"))
        w.question_box.asked.connect(lambda text: self.ask(text, "typed"))
        w.conversation.feedback.connect(self._on_feedback)
        w.geometry_changed.connect(lambda: self.save_timer.start(SAVE_GEOMETRY_MS))
        w.header.settings.clicked.connect(self.open_settings)

    # ------------------------------------------------------------ asking

    def ask(self, question: str | None, via: str) -> None:
        if self._closed:
            return
        self.job_id += 1
        job = AskJob(self.job_id, question, via, time.monotonic())
        self.window.conversation.add_question(job.job_id, question or "What do you hear?", via)
        if self.window.collapsed:
            self.window.set_collapsed(False)
        if self.busy_job is not None:
            if self.pending is not None:
                self.window.conversation.fail(self.pending.job_id, "replaced by a newer question")
            self.pending = job
            return
        self._start(job)

    def _start(self, job: AskJob) -> None:
        self.busy_job = job
        self.window.set_state("listening...", theme.ACCENT)
        self.start_ask.emit(job)

    def _next(self) -> None:
        self.busy_job = None
        self.window.set_state("ready", theme.GOOD)
        if self.pending is not None:
            job, self.pending = self.pending, None
            self._start(job)

    def _on_answered(self, outcome: AskOutcome) -> None:
        w, result = self.window, outcome.result
        log_note = None if self.session_log is not None else (self.log_reason or "session log not available")
        w.conversation.finish(outcome.job.job_id, result, outcome.material.notes, log_note, outcome.turn)
        first = w.conversation.first_token_s.get(outcome.job.job_id)
        if first is not None:
            self.latencies_s.append(first - outcome.job.trigger_s)
        self.material = outcome.material
        self.previews.clear()
        self._next()
        # the rest on later turns of the event loop: each piece (and its layout and paint) stays short
        ctx = result.context
        QTimer.singleShot(0, lambda: self._show_cards(result.advice.suggestions))
        QTimer.singleShot(0, lambda: w.mix.show_result(ctx.analysis, ctx.findings, ctx.snapshot, ctx.target))
        QTimer.singleShot(0, lambda: self.answered.emit(outcome))

    def _on_failed(self, job_id: int, message: str) -> None:
        self.window.conversation.fail(job_id, message)
        self._next()

    def _on_busy(self, text: str) -> None:
        if text:
            self.window.set_state(text, theme.ACCENT)
        elif self.busy_job is None:
            self.window.set_state("ready", theme.GOOD)

    def _on_model_ready(self, name: str) -> None:
        self.model_name = name
        self._render_status()

    # ------------------------------------------------------------ cards

    def _show_cards(self, suggestions: tuple[Suggestion, ...]) -> None:
        for card in self.cards.values():
            card.setParent(None)
            card.deleteLater()
        self.cards.clear()
        for suggestion in suggestions:
            self.card_ids += 1
            card = SuggestionCard(self.card_ids, suggestion)
            card.apply_requested.connect(self.do_apply)
            card.undo_requested.connect(self.do_undo)
            card.preview_requested.connect(self._preview)
            card.dismissed.connect(self._dismiss)
            self.window.cards.insertWidget(self.window.cards.count() - 1, card)
            self.cards[card.card_id] = card

    def apply_top(self, via: str) -> None:
        for card in self.cards.values():
            if card.suggestion.command is not None and card.applied is None:
                card._apply()
                return
        self._show_message(f"Nothing to apply ({via}): no one-click suggestion waiting.")

    def _on_applied(self, outcome: ApplyOutcome) -> None:
        card = self.cards.get(outcome.card_id)
        if card is not None:
            card.show_result(outcome)

    def _dismiss(self, card_id: int) -> None:
        card = self.cards.pop(card_id, None)
        if card is not None:
            card.setParent(None)
            card.deleteLater()

    def _preview(self, card_id: int, suggestion: Suggestion, strength: float, which: str) -> None:
        cached = self.previews.get((card_id, strength))
        if cached is not None:
            self._play(card_id, cached, which)
            return
        if self.material is None:
            return
        self.wanted_preview[card_id] = which
        self.do_preview.emit(card_id, suggestion, self.material, strength)

    def _on_preview(self, card_id: int, a: Any, b: Any, rate: int, note: str) -> None:
        card = self.cards.get(card_id)
        if card is None:
            return
        if a is None:
            card.show_message(f"No preview: {note}", "bad")
            return
        rendered = (a, b, rate, note)
        self.previews[(card_id, card.strength)] = rendered
        self._play(card_id, rendered, self.wanted_preview.pop(card_id, "B"))

    def _play(self, card_id: int, rendered: tuple[Any, Any, int, str], which: str) -> None:
        from gui.preview import NoOutput, play

        card = self.cards.get(card_id)
        a, b, rate, note = rendered
        try:
            device = play(a if which == "A" else b, rate)
        except NoOutput as exc:
            if card is not None:
                card.show_message(str(exc), "bad")
            return
        if card is not None:
            kind = "as it is" if which == "A" else "with the move"
            card.show_message(f"Playing {which} ({kind}) on {device}: {note}", "muted")

    # ------------------------------------------------------------ status, nudges, settings, feedback

    def _on_status(self, info: dict[str, Any]) -> None:
        self.status_info = info
        self._render_status()

    def _render_status(self) -> None:
        info = self.status_info
        parts = ["REAPER bridge: " + ("alive" if info.get("bridge_alive") else "not running")]
        if self.mirror is None:
            parts.append("OSC: off")
        else:
            seen = self.mirror.last_feedback_s
            parts.append("OSC: no feedback" if seen is None else f"OSC: {time.monotonic() - seen:.0f} s ago")
        level = info.get("capture_db")
        parts.append("capture: none" if level is None else f"capture {level:.0f} dBFS")
        parts.append(f"model: {self.model_name}")
        text = " | ".join(parts)
        if self.triggers_off:
            text += "\n" + "; ".join(self.triggers_off)
        self.window.status.setText(text)
        self.window.header.dot.setToolTip(info.get("bridge_reason", ""))

    def _show_message(self, text: str) -> None:
        self.window.nudge.setText(text)
        self.window.nudge.setVisible(bool(text))

    def _set_intervention(self) -> None:
        nudge = (self.config.get("gui") or {}).get("intervention") == "nudge"
        if nudge:
            self.nudge_timer.start(NUDGE_MS)
        else:
            self.nudge_timer.stop()

    def _nudge_tick(self) -> None:
        if self.busy_job is None:
            self.check_nudge.emit()

    def _on_nudge(self, kind: str, track: Any, summary: str) -> None:
        if (kind, track) in self.nudged:
            return
        self.nudged.add((kind, track))
        self._show_message(f"I hear something: {summary} (press 'What do you hear?' for what to try)")

    def _on_feedback(self, turn: Any, verdict: Any, correction: Any) -> None:
        if self.session_log is not None:
            self.do_feedback.emit(self.session_log, turn, verdict, correction)

    def _save_geometry(self) -> None:
        g = self.window.geometry()
        self.do_save.emit(
            {"gui": {"geometry": [g.x(), g.y(), g.width(), g.height()], "collapsed": self.window.collapsed}}
        )

    def open_settings(self) -> None:
        from gui.settings import SettingsDialog

        dialog = SettingsDialog(self.config, self.window)
        if not dialog.exec() or dialog.updates is None:
            return
        self.do_save.emit(dialog.updates)
        from companion.config import _merge

        _merge(self.config, dialog.updates)
        options = dict((self.config.get("model") or {}).get(dialog.updates["backend"]) or {})
        self.settings = replace(
            self.settings,
            backend=dialog.updates["backend"],
            target=dialog.updates["target"],
            genre=dialog.updates["genre"],
            options={k: v for k, v in options.items() if v is not None},
            reference_track=dialog.updates["gui"]["reference_track"],
        )
        self.configure_advisor.emit(self.settings)
        self.model_name = self.settings.backend
        if self.settings.backend != "rules":
            self.load_advisor.emit()
        self._stop_inputs()
        self._start_inputs()
        self._set_intervention()
        self._render_status()

    def _start_inputs(self) -> None:
        gui = self.config.get("gui") or {}
        self.triggers_off = []
        if gui.get("hotkey"):
            self.hotkey = Hotkey(gui["hotkey"], self.relay).start()
            if self.hotkey.reason:
                self.triggers_off.append(self.hotkey.reason)
        if gui.get("midi_ask") or gui.get("midi_apply"):
            try:
                self.midi = MidiInput(
                    gui.get("midi_port"), gui.get("midi_ask"), gui.get("midi_apply"), self.relay
                )
            except ValueError as exc:
                self.triggers_off.append(str(exc))
            else:
                self.midi.start()
                if self.midi.reason:
                    self.triggers_off.append(self.midi.reason)

    def _stop_inputs(self) -> None:
        for listener in (self.hotkey, self.midi):
            if listener is not None:
                listener.stop()
        self.hotkey = self.midi = None

    # ------------------------------------------------------------ closing

    def shutdown(self) -> bool:
        """Stop everything; True when both workers finished in time (a model mid-load may not)."""
        if self._closed:
            return True
        self._closed = True
        self.ask_worker.cancel.set()
        for timer in (self.probe_timer, self.nudge_timer):
            timer.stop()
        if self.save_timer.isActive():
            self.save_timer.stop()
            self._save_geometry()
        self.watch_stop.emit()  # queued before quit(): runs first on the bridge thread
        self._stop_inputs()
        from gui.preview import stop

        stop()
        clean = True
        for thread in (self.ask_thread, self.bridge_thread):
            thread.quit()
            clean = thread.wait(STOP_WAIT_MS) and clean
        if clean:
            self.ask_worker.close()  # ends a model host process
        if self.mirror is not None:
            self.mirror.stop()
        self.environment.close()
        if self.session_log is not None:
            try:
                self.session_log.close()  # the last exchange reaches the disk before we go
            except MixAssistError as exc:
                log.warning("session log: %s", exc)
        return clean
