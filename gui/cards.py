"""Suggestion cards: each move with its track and values, Apply / Undo, a strength knob, Preview A/B,
Dismiss and Why?. Cards only emit requests; the controller runs them on the bridge worker and calls back
``show_result`` with what REAPER answered."""

from __future__ import annotations

from typing import Any

from PyQt6.QtCore import Qt, pyqtSignal
from PyQt6.QtWidgets import QDial, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from companion.context import BridgeCommand, Suggestion
from gui.preview import PREVIEWABLE

STRENGTH_MIN, STRENGTH_MAX = 25, 100
SCALABLE = ("nudge_volume_db",)  # bridge commands whose size the strength knob scales


def describe(suggestion: Suggestion, strength: float = 1.0) -> str:
    """'Lead Vox: fader +8.3 dB' at ``strength`` of the suggested change."""
    p = suggestion.params
    where = suggestion.track or "Master"
    act = suggestion.action
    if act == "nudge_volume_db":
        value = suggestion.command.value if suggestion.command is not None else p.get("delta_db", 0.0)
        return f"{where}: fader {float(value) * strength:+.1f} dB"
    if act == "eq_band":
        return (
            f"{where}: EQ {float(p['gain_db']) * strength:+.1f} dB at {p['freq_hz']} Hz, Q {p.get('q', 1.0)}"
        )
    if act == "high_pass":
        return f"{where}: high-pass at {float(p['freq_hz']) * strength:.0f} Hz, {p.get('slope_db_oct', 12)} dB/oct"
    if act == "low_pass":  # a gentler low-pass sits higher
        return f"{where}: low-pass at {float(p['freq_hz']) / strength:.0f} Hz, {p.get('slope_db_oct', 12)} dB/oct"
    values = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in p.items())
    return f"{where}: {act.replace('_', ' ')} ({values})"


class SuggestionCard(QFrame):
    """One suggestion. ``card_id`` ties the worker's answers back to this card."""

    apply_requested = pyqtSignal(int, object, float)  # card id, Suggestion, strength 0.25-1
    undo_requested = pyqtSignal(int, object)  # card id, BridgeCommand that was applied
    preview_requested = pyqtSignal(int, object, float, str)  # card id, Suggestion, strength, "A"|"B"
    dismissed = pyqtSignal(int)

    def __init__(self, card_id: int, suggestion: Suggestion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.card_id = card_id
        self.suggestion = suggestion
        self.applied: BridgeCommand | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)

        top = QHBoxLayout()
        self.title = QLabel(describe(suggestion))
        self.title.setObjectName("title")
        self.title.setWordWrap(True)
        top.addWidget(self.title, 1)
        self.dial = QDial()
        self.dial.setRange(STRENGTH_MIN, STRENGTH_MAX)
        self.dial.setValue(STRENGTH_MAX)
        self.dial.setFixedSize(38, 38)
        self.dial.setNotchesVisible(True)
        self.dial.setToolTip("Strength: how much of the suggested change (25-100 %)")
        self.dial.valueChanged.connect(self._strength_changed)
        top.addWidget(self.dial)
        self.strength_label = QLabel("100 %")
        self.strength_label.setObjectName("muted")
        self.strength_label.setFixedWidth(50)
        top.addWidget(self.strength_label)
        layout.addLayout(top)

        self.why = QLabel(suggestion.rationale)
        self.why.setWordWrap(True)
        self.why.setObjectName("muted")
        self.why.setVisible(False)
        layout.addWidget(self.why)

        buttons = QHBoxLayout()
        self.apply_button = QPushButton("Apply")
        self.apply_button.setObjectName("primary")
        self.apply_button.clicked.connect(self._apply)
        self.undo_button = QPushButton("Undo")
        self.undo_button.setVisible(False)
        self.undo_button.clicked.connect(self._undo)
        self.a_button = QPushButton("A")
        self.a_button.setToolTip("Preview: play the clip as it is (bypassed)")
        self.a_button.clicked.connect(lambda: self._preview("A"))
        self.b_button = QPushButton("B")
        self.b_button.setToolTip("Preview: play the clip with this move")
        self.b_button.clicked.connect(lambda: self._preview("B"))
        why_button = QPushButton("Why?")
        why_button.setCheckable(True)
        why_button.toggled.connect(self.why.setVisible)
        dismiss = QPushButton("Dismiss")
        dismiss.clicked.connect(lambda: self.dismissed.emit(self.card_id))
        for b in (self.apply_button, self.undo_button, self.a_button, self.b_button, why_button, dismiss):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # clicking a card never takes the keyboard from REAPER
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.result = QLabel("")
        self.result.setWordWrap(True)
        self.result.setVisible(False)
        layout.addWidget(self.result)

        if suggestion.command is not None and suggestion.command.action not in SCALABLE:
            self.dial.setEnabled(False)
            self.dial.setToolTip("REAPER applies this move as suggested (only fader moves scale)")
        if suggestion.command is None:
            self.apply_button.setEnabled(False)
            self.apply_button.setToolTip("No one-click version in REAPER: do it by hand (Why? says how much)")
        can_preview = suggestion.action in PREVIEWABLE
        for b in (self.a_button, self.b_button):
            b.setEnabled(can_preview)
            if not can_preview:
                b.setToolTip("No preview for this kind of move")

    @property
    def strength(self) -> float:
        return self.dial.value() / 100.0

    def _strength_changed(self, value: int) -> None:
        self.strength_label.setText(f"{value} %")
        self.title.setText(describe(self.suggestion, value / 100.0))

    def _apply(self) -> None:
        self.apply_button.setEnabled(False)
        self.show_message("Applying in REAPER...", "muted")
        self.apply_requested.emit(self.card_id, self.suggestion, self.strength)

    def _undo(self) -> None:
        if self.applied is not None:
            self.undo_button.setEnabled(False)
            self.undo_requested.emit(self.card_id, self.applied)

    def _preview(self, which: str) -> None:
        self.preview_requested.emit(self.card_id, self.suggestion, self.strength, which)

    def show_message(self, text: str, kind: str = "muted") -> None:
        self.result.setObjectName(kind)
        self.result.setStyleSheet("")  # re-polish with the new object name
        self.result.setText(text)
        self.result.setVisible(bool(text))

    def show_result(self, outcome: Any) -> None:
        """An ApplyOutcome from the bridge worker."""
        if outcome.undone:
            self.applied = None
            self.undo_button.setVisible(False)
            self.apply_button.setEnabled(self.suggestion.command is not None)
            self.dial.setEnabled(
                self.suggestion.command is None or self.suggestion.command.action in SCALABLE
            )
            self.show_message(outcome.message, "good")
            return
        if outcome.ok:
            self.applied = outcome.command
            self.apply_button.setEnabled(False)  # one application at a time: Undo first to apply again
            self.undo_button.setVisible(True)
            self.undo_button.setEnabled(True)
            self.dial.setEnabled(False)
            self.show_message(outcome.message, "good")
            return
        self.apply_button.setEnabled(self.suggestion.command is not None and self.applied is None)
        self.undo_button.setEnabled(self.applied is not None)
        self.show_message(outcome.message, "bad")
