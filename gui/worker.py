"""The workers: asks (capture, analysis, the model) and bridge commands run here, never on the GUI thread.

``AskWorker`` lives on its own QThread and runs one ask at a time; it builds the Companion (and loads a
model) there too, so a 7B model loading never freezes the panel. Tokens go out as signals as the advisor
produces them; closing the window sets the cancel flag, and the next token ends the ask quietly.
``BridgeWorker`` lives on a second thread: Apply, Undo, Preview rendering and the status probes, so they
work while a model is still answering. Results cross to the GUI thread as immutable objects.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import threading
import time
from dataclasses import dataclass, field, replace
from typing import Any

from PyQt6.QtCore import QObject, pyqtSignal, pyqtSlot

from companion.context import BridgeCommand, Suggestion
from companion.errors import BridgeError, MixAssistError
from gui.environment import Environment, Material

log = logging.getLogger(__name__)

NUDGE_SEVERITY = 0.7
WORKER_NICENESS = 5


class AskCancelled(Exception):
    """The window closed (or a newer ask replaced this one) while the advisor was still talking."""


@dataclass(frozen=True, slots=True)
class AskJob:
    """One ask: the question, what triggered it, and when (time.monotonic(), for the latency figures)."""

    job_id: int
    question: str | None
    via: str  # "button", "typed", "REAPER", "mixassist hear", "hotkey", "MIDI", "nudge"
    trigger_s: float


@dataclass(frozen=True, slots=True)
class AskOutcome:
    """What the panel shows for one answered ask."""

    job: AskJob
    result: Any  # companion.app.AskResult
    material: Material
    turn: Any = None  # companion.session.TurnRef: where the session log keeps this exchange (None: not kept)


@dataclass(frozen=True, slots=True)
class AdvisorSettings:
    """Who answers and against what: the parts of the settings the Companion is built from."""

    backend: str = "rules"
    target: str = "spotify"
    genre: str | None = None
    seconds: float = 20.0
    options: dict[str, Any] = field(default_factory=dict)  # model, url, adapter, lora...
    reference_track: str | None = None  # an audio file: tonal balance, width and PLR judged against it


def load_reference_track(settings: AdvisorSettings) -> Any:
    """The reference track's analysis (measured once, then read from the cache by file hash), or None when no
    reference is set. Raises a MixAssistError (one line) for a missing or unreadable file. Runs on the worker:
    measuring a whole song takes a moment."""
    if not settings.reference_track:
        return None
    from pathlib import Path

    from companion.listening.reference_track import load_reference

    return load_reference(Path(settings.reference_track).expanduser())


def build_companion(settings: AdvisorSettings, session_log: Any = None, reference: Any = None) -> Any:
    """The Companion for ``settings``; loads the model (slow) for a model backend. Runs on the worker."""
    from companion.app import Companion

    advisor = None
    if settings.backend != "rules":  # a model loads in a process of its own (gui.model_host says why)
        from gui.model_host import ProcessAdvisor
        from model.registry import advisor_options

        args = argparse.Namespace(backend=settings.backend, **dict(settings.options))
        advisor = ProcessAdvisor(settings.backend, advisor_options(args, {"model": {}}))
        advisor.load()
    kwargs: dict[str, Any] = {"target": settings.target, "genre": settings.genre, "front_end": "overlay"}
    if session_log is not None:
        kwargs["session_log"] = session_log
    if reference is not None:
        kwargs["reference"] = reference
    return Companion(advisor, **kwargs)


def lower_this_thread(niceness: int = WORKER_NICENESS) -> None:
    """Make the calling worker thread yield the CPU to the GUI thread when both want it (Linux: a thread's nice
    value is its own, set through its native id). Elsewhere, or when not permitted, nothing changes."""
    if not sys.platform.startswith("linux"):
        return
    try:
        tid = threading.get_native_id()
        os.setpriority(os.PRIO_PROCESS, tid, os.getpriority(os.PRIO_PROCESS, tid) + niceness)
    except (AttributeError, OSError) as exc:
        log.debug("worker priority unchanged: %s", exc)


class AskWorker(QObject):
    """One ask in flight; lives on the ask thread. Connect ``ask`` and ``configure`` with queued signals."""

    token = pyqtSignal(int, str)
    answered = pyqtSignal(object)  # AskOutcome
    failed = pyqtSignal(int, str)
    busy = pyqtSignal(str)  # "loading the qwen-audio model..." / "" when done
    model_ready = pyqtSignal(str)  # backend name that answers now
    nudge = pyqtSignal(str, object, str)  # finding kind, track or None, summary
    notice = pyqtSignal(str)  # something the panel should say that is not an answer (a reference not used)

    def __init__(self, environment: Environment, settings: AdvisorSettings, session_log: Any = None) -> None:
        super().__init__()
        self.environment = environment
        self.settings = settings
        self.session_log = session_log
        self.companion: Any = None
        self.load_error: str | None = None
        self.cancel = threading.Event()
        self._lowered = False

    @pyqtSlot(object)
    def configure(self, settings: AdvisorSettings) -> None:
        """New settings: the next ask builds the Companion again (and loads the model then)."""
        if settings != self.settings:
            self.settings = settings
            self.close()

    def close(self) -> None:
        """End a model host process, if any (after the thread stopped, or on new settings)."""
        advisor = getattr(self.companion, "advisor", None)
        if hasattr(advisor, "close"):
            advisor.close()
        self.companion = None

    @pyqtSlot()
    def load(self) -> None:
        """Build the Companion now (a model backend loads here, off the GUI thread)."""
        if self.companion is not None:
            return
        reference = None
        if self.settings.reference_track:
            self.busy.emit("measuring the reference track...")
            try:
                reference = load_reference_track(self.settings)
            except (
                MixAssistError
            ) as exc:  # answer against the genre's range, and say the reference is not used
                log.warning("reference track not used: %s", exc)
                self.notice.emit(f"Reference track not used: {exc}")
        if self.settings.backend != "rules":
            self.busy.emit(f"loading the {self.settings.backend} model...")
        try:
            self.companion = build_companion(self.settings, self.session_log, reference)
        except MixAssistError as exc:  # the model cannot load: the rules advisor answers, and says why
            log.warning("%s could not load: %s", self.settings.backend, exc)
            rules = replace(self.settings, backend="rules")
            self.companion = build_companion(rules, self.session_log, reference)
            self.load_error = f"the {self.settings.backend} model did not load: {exc}"
        finally:
            self.busy.emit("")
        self.model_ready.emit(self.companion.advisor.name)

    @pyqtSlot(object)
    def ask(self, job: AskJob) -> None:
        if not self._lowered:  # the first call runs on the ask thread: lower it once
            lower_this_thread()
            self._lowered = True
        if self.cancel.is_set():
            return
        try:
            self.load()
            self.busy.emit("listening...")
            material = self.environment.material(self.settings.seconds)
            self.busy.emit("")

            def on_token(text: str) -> None:
                if self.cancel.is_set():
                    raise AskCancelled
                self.token.emit(job.job_id, text)

            result = self.companion.ask(
                job.question or "", clip=material.clip, snapshot=material.snapshot, on_token=on_token
            )
        except AskCancelled:
            return
        except MixAssistError as exc:
            self.failed.emit(job.job_id, str(exc))
            return
        except Exception as exc:  # the panel says what broke and the app keeps running
            log.exception("ask failed")
            self.failed.emit(job.job_id, f"{type(exc).__name__}: {exc}")
            return
        finally:
            self.busy.emit("")
        if self.load_error and result.advice.fallback is None and result.advice.backend == "rules":
            advice = replace(
                result.advice, fallback={"from": self.settings.backend, "reason": self.load_error}
            )
            result = replace(result, advice=advice)
        self.answered.emit(AskOutcome(job, result, material, getattr(result, "turn", None)))

    @pyqtSlot()
    def listen_for_problems(self) -> None:
        """The gentle nudge: analyse what just played (no advisor) and report a problem >= 0.7, if any."""
        from companion.listening.analysis import analyze
        from companion.listening.diagnosis import diagnose

        try:
            material = self.environment.material(min(10.0, self.settings.seconds))
            if material.clip is None:
                return
            clip = material.clip
            analysis = analyze(clip.samples, clip.sample_rate, genre=self.settings.genre)
            findings = diagnose(
                analysis, material.snapshot, target=self.settings.target, genre=self.settings.genre
            )
        except MixAssistError as exc:
            log.info("nudge check skipped: %s", exc)
            return
        worst = max(findings, key=lambda f: f.severity, default=None)
        if worst is not None and worst.severity >= NUDGE_SEVERITY:
            self.nudge.emit(str(worst.kind), worst.track, worst.summary)


# ---------------------------------------------------------------- Apply, Undo, Preview, status


@dataclass(frozen=True, slots=True)
class ApplyOutcome:
    card_id: int
    ok: bool
    message: str
    command: BridgeCommand | None = None
    before: dict[str, Any] = field(default_factory=dict)
    after: dict[str, Any] = field(default_factory=dict)
    undone: bool = False


def scaled_command(suggestion: Suggestion, strength: float) -> BridgeCommand | None:
    """The suggestion's bridge command at ``strength`` (0.25-1.0) of the suggested change, with its label."""
    command = suggestion.command
    if command is None:
        return None
    strength = min(1.0, max(0.25, strength))
    if command.action != "nudge_volume_db" or strength == 1.0:
        return command
    value = round(command.value * strength, 1)
    where = suggestion.track or "master"
    return replace(command, value=value, undo_label=f"MixAssist: {where} {value:+.1f} dB")


def describe_change(before: dict[str, Any], after: dict[str, Any]) -> str:
    """'volume -9.5 -> +1.5 dB' from the bridge's before/after."""
    parts = []
    for key, new in after.items():
        old = before.get(key)
        if old == new or key in ("fx_index", "param_index"):
            continue
        if key == "volume_db":
            fmt = lambda v: "-inf" if v is None else f"{v:+.1f}"  # noqa: E731
            parts.append(f"volume {fmt(old)} -> {fmt(new)} dB")
        else:
            parts.append(f"{key.replace('_', ' ')} {old} -> {new}")
    return ", ".join(parts) or "no change"


class BridgeWorker(QObject):
    """Bridge commands and the other slow little jobs; lives on the bridge thread."""

    applied = pyqtSignal(object)  # ApplyOutcome
    status = pyqtSignal(object)  # dict for the status line
    preview_ready = pyqtSignal(int, object, object, int, str)  # card id, A, B, sample rate, note
    message = pyqtSignal(str)  # one line for the panel (a setting not saved, feedback not stored)

    def __init__(self, environment: Environment) -> None:
        super().__init__()
        self.environment = environment

    @pyqtSlot()
    def lower(self) -> None:
        lower_this_thread()

    @pyqtSlot(int, object, float)
    def apply(self, card_id: int, suggestion: Suggestion, strength: float) -> None:
        command = scaled_command(suggestion, strength)
        if command is None:
            self.applied.emit(ApplyOutcome(card_id, False, "REAPER cannot make this move in one click."))
            return
        try:
            response = self.environment.files.send_command(command)
        except BridgeError as exc:
            self.applied.emit(ApplyOutcome(card_id, False, f"Not applied: {exc}"))
            return
        if not response.ok:
            self.applied.emit(ApplyOutcome(card_id, False, f"REAPER refused: {response.error}"))
            return
        text = f"Applied: {describe_change(response.before, response.after)} (undo: {command.undo_label})"
        if response.note:
            text += f". {response.note}"
        self.applied.emit(ApplyOutcome(card_id, True, text, command, response.before, response.after))

    @pyqtSlot(int, object)
    def undo(self, card_id: int, command: BridgeCommand) -> None:
        try:
            response = self.environment.files.undo(command.undo_label, command.track_guid)
        except BridgeError as exc:
            self.applied.emit(ApplyOutcome(card_id, False, f"Not undone: {exc}", command, undone=False))
            return
        if not response.ok:
            self.applied.emit(ApplyOutcome(card_id, False, f"Not undone: {response.error}", command))
            return
        text = f"Undone in REAPER: {describe_change(response.before, response.after)}"
        self.applied.emit(
            ApplyOutcome(card_id, True, text, command, response.before, response.after, undone=True)
        )

    @pyqtSlot(int, object, object, float)
    def render_preview(
        self, card_id: int, suggestion: Suggestion, material: Material, strength: float
    ) -> None:
        from gui.preview import render_ab

        try:
            a, b, rate, note = render_ab(suggestion, material, strength)
        except MixAssistError as exc:
            self.preview_ready.emit(card_id, None, None, 0, str(exc))
            return
        self.preview_ready.emit(card_id, a, b, rate, note)

    @pyqtSlot(object)
    def save_settings(self, updates: dict[str, Any]) -> None:
        from companion.config import save_config

        try:
            save_config(updates)
        except (MixAssistError, OSError) as exc:
            self.message.emit(f"Settings not saved: {exc}")

    @pyqtSlot(object, object, object, object)
    def feedback(self, session_log: Any, turn: Any, verdict: Any, correction: Any) -> None:
        """Thumbs and "what I actually did" onto the recorded turn (``correction`` becomes its
        ``corrected_assistant``), in the conversation it was recorded in."""
        try:
            session_log.feedback(
                turn.turn_id, verdict, correction=correction, conversation_id=turn.conversation_id
            )
        except (MixAssistError, OSError) as exc:
            self.message.emit(f"Feedback not stored: {exc}")
            return
        self.message.emit("Stored in your session log: what you did." if correction else "")

    @pyqtSlot()
    def probe(self) -> None:
        """Bridge alive? capture level? For the status line, every couple of seconds."""
        started = time.perf_counter()
        try:
            bridge = self.environment.files.status()
            alive, reason = bridge.alive, bridge.reason
        except BridgeError as exc:
            alive, reason = False, str(exc)
        self.status.emit(
            {
                "bridge_alive": alive,
                "bridge_reason": reason,
                "capture_db": self.environment.capture_level_db(),
                "probe_ms": (time.perf_counter() - started) * 1000.0,
            }
        )
