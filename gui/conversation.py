"""The conversation: each question, its answer streaming in token by token, who answered (and the fallback
when there was one), any "measured: ..." correction of a number the model stated, notes about the material,
and thumbs up/down plus "what I actually did" for the session log."""

from __future__ import annotations

import time
from typing import Any

from PyQt6.QtCore import Qt, QTimer, pyqtSignal
from PyQt6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

NO_LOG = "session log not available: feedback cannot be stored"
FLUSH_MS = 40


def checks_line(result: Any) -> str:
    """'measured: -14.0 LUFS integrated (the answer said -6.0)' for each stated number that disagrees."""
    checks = result.to_json_dict().get("checks") or []
    wrong = [c for c in checks if isinstance(c, dict) and c.get("ok") is False]
    parts = []
    for c in wrong:
        what = str(c.get("quantity", "")).replace("_", " ")
        track = f" on {c['track']}" if c.get("track") else ""
        parts.append(f"{what}{track} {c.get('measured')} (the answer said {c.get('stated')})")
    return "measured: " + "; ".join(parts) if parts else ""


class TurnWidget(QFrame):
    """One question and its answer."""

    feedback = pyqtSignal(object, object, object)  # TurnRef, "up"|"down"|None, correction text or None

    def __init__(self, question: str, via: str) -> None:
        super().__init__()
        self.setObjectName("turn")
        self.turn: Any = None  # the session log's TurnRef once the answer is recorded
        self.verdict: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(3)
        stamp = time.strftime("%H:%M:%S")
        head = QLabel(f"You ({via}, {stamp}): {question}")
        head.setObjectName("muted")
        head.setWordWrap(True)
        layout.addWidget(head)
        self.answer = QLabel("...")
        self.answer.setWordWrap(True)
        self.answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.answer)
        self.meta = QLabel("")
        self.meta.setObjectName("muted")
        self.meta.setWordWrap(True)
        layout.addWidget(self.meta)
        self.measured = QLabel("")
        self.measured.setObjectName("warn")
        self.measured.setWordWrap(True)
        self.measured.setVisible(False)
        layout.addWidget(self.measured)

        row = QHBoxLayout()
        self.up = QPushButton("\N{CHECK MARK} useful")
        self.down = QPushButton("\N{BALLOT X} wrong")
        self.up.setToolTip("Thumbs up: a good answer (stored in your session log)")
        self.down.setToolTip("Thumbs down: not what you needed (stored in your session log)")
        for b, verdict in ((self.up, "up"), (self.down, "down")):
            b.setCheckable(True)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.clicked.connect(lambda checked, v=verdict: self._vote(v if checked else None))
            row.addWidget(b)
        self.correction = QLineEdit()
        self.correction.setPlaceholderText("What I actually did...")
        self.correction.returnPressed.connect(self._send_correction)
        row.addWidget(self.correction, 1)
        self.save = QPushButton("Save")
        self.save.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.save.clicked.connect(self._send_correction)
        row.addWidget(self.save)
        layout.addLayout(row)
        self.feedback_note = QLabel("")
        self.feedback_note.setObjectName("muted")
        layout.addWidget(self.feedback_note)
        self._feedback_widgets = (self.up, self.down, self.correction, self.save)
        self.enable_feedback(False, "")

    def enable_feedback(self, enabled: bool, note: str) -> None:
        for w in self._feedback_widgets:
            w.setEnabled(enabled)
        self.feedback_note.setText(note)
        self.feedback_note.setVisible(bool(note))

    def _vote(self, verdict: str | None) -> None:
        self.verdict = verdict
        self.up.setChecked(verdict == "up")
        self.down.setChecked(verdict == "down")
        if self.turn is not None:
            self.feedback.emit(self.turn, verdict, None)

    def _send_correction(self) -> None:
        text = self.correction.text().strip()
        if self.turn is not None and text:
            self.feedback.emit(self.turn, self.verdict, text)


class ConversationView(QScrollArea):
    """The scrolling list of turns; the newest at the bottom, scrolled into view as it grows."""

    feedback = pyqtSignal(object, object, object)

    def __init__(self) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        body = QWidget()
        self.column = QVBoxLayout(body)
        self.column.setContentsMargins(2, 2, 2, 2)
        self.column.setSpacing(6)
        self.hint = QLabel(
            "Press 'What do you hear?' (or the REAPER action, or run 'mixassist hear') while your mix plays."
        )
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        self.column.addWidget(self.hint)
        self.column.addStretch(1)
        self.setWidget(body)
        self.turns: dict[int, TurnWidget] = {}
        self.first_token_s: dict[int, float] = {}  # job id -> time.monotonic() when its first words showed
        self._unshown: dict[int, str] = {}
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.timeout.connect(self._flush)

    def _scroll_down(self) -> None:
        QTimer.singleShot(0, lambda: self.verticalScrollBar().setValue(self.verticalScrollBar().maximum()))

    def add_question(self, job_id: int, question: str, via: str) -> TurnWidget:
        self.hint.setVisible(False)
        turn = TurnWidget(question, via)
        turn.feedback.connect(self.feedback)
        self.column.insertWidget(self.column.count() - 1, turn)
        self.turns[job_id] = turn
        self._scroll_down()
        return turn

    def append_token(self, job_id: int, text: str) -> None:
        """The first words show at once; later tokens are gathered and shown every FLUSH_MS (a word-wrapped
        label lays its whole text out again on each change: per token, a long answer would stall the GUI)."""
        turn = self.turns.get(job_id)
        if turn is None:
            return
        if job_id not in self.first_token_s:
            self.first_token_s[job_id] = time.monotonic()
            turn.answer.setText(text)
            self._scroll_down()
            return
        self._unshown[job_id] = self._unshown.get(job_id, "") + text
        if not self._flush_timer.isActive():
            self._flush_timer.start(FLUSH_MS)

    def _flush(self) -> None:
        for job_id, text in self._unshown.items():
            turn = self.turns.get(job_id)
            if turn is not None:
                turn.answer.setText(turn.answer.text() + text)
        self._unshown.clear()
        self._scroll_down()

    def finish(
        self, job_id: int, result: Any, notes: tuple[str, ...], log_note: str | None, turn: Any
    ) -> None:
        """The whole answer. ``log_note`` says why feedback cannot be stored (None: there is a session log);
        ``turn`` is where the log keeps this exchange (the session log's TurnRef)."""
        widget = self.turns.get(job_id)
        if widget is None:
            return
        if job_id not in self.first_token_s:
            self.first_token_s[job_id] = time.monotonic()
        self._unshown.pop(job_id, None)  # the whole text is set below
        advice = result.advice
        widget.answer.setText(advice.text)
        meta = f"answered by {advice.backend}"
        if advice.fallback:
            meta += f" (instead of {advice.fallback.get('from')}: {advice.fallback.get('reason')})"
        if notes:
            meta += "\n" + "\n".join(notes)
        widget.meta.setText(meta)
        line = checks_line(result)
        widget.measured.setText(line)
        widget.measured.setVisible(bool(line))
        widget.turn = turn
        if log_note is None and turn is not None:
            widget.enable_feedback(True, "")
        elif log_note is not None:
            widget.enable_feedback(False, log_note)
        else:
            why = getattr(result, "record_error", None)
            widget.enable_feedback(False, f"this answer was not recorded{f': {why}' if why else ''}")
        self._scroll_down()

    def fail(self, job_id: int, message: str) -> None:
        turn = self.turns.get(job_id)
        if turn is None:
            return
        turn.answer.setText(f"Could not answer: {message}")
        turn.answer.setObjectName("bad")
        turn.answer.setStyleSheet("")
        turn.enable_feedback(False, "")
