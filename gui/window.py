"""The overlay window: frameless, always on top, never taking the focus from REAPER; resizable, draggable by
its header, collapsible to a small bar; a dark panel readable at a glance.

Flags (measured under Xvfb + openbox, see notes/gui.md): ``FramelessWindowHint | WindowStaysOnTopHint | Tool
| WindowDoesNotAcceptFocus`` and ``WA_ShowWithoutActivating``. macOS hides a ``Tool`` window while the app is
inactive, so there it is a plain top-level window. A window that accepts no focus gets no keystrokes: typing
a question opens a small separate box that does, and closes (handing the keyboard back) once sent.
"""

from __future__ import annotations

import sys

from PyQt6.QtCore import QPoint, Qt, pyqtSignal
from PyQt6.QtGui import QMouseEvent
from PyQt6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizeGrip,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui import theme
from gui.conversation import ConversationView
from gui.mixview import MixView

DEFAULT_SIZE = (440, 720)
COLLAPSED_HEIGHT = 44


def overlay_flags() -> Qt.WindowType:
    flags = Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
    if sys.platform == "darwin":
        return flags | Qt.WindowType.Window
    return flags | Qt.WindowType.Tool | Qt.WindowType.WindowDoesNotAcceptFocus


class QuestionBox(QDialog):
    """The one place that takes the keyboard: type, press Enter, and it closes again."""

    asked = pyqtSignal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Dialog | Qt.WindowType.WindowStaysOnTopHint)
        self.setWindowTitle("Ask MixAssist")
        self.edit = QLineEdit()
        self.edit.setPlaceholderText("e.g. is the low end too much? Enter sends, Esc closes")
        self.edit.setMinimumWidth(380)
        self.edit.returnPressed.connect(self._send)
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)

    def _send(self) -> None:
        text = self.edit.text().strip()
        if text:
            self.asked.emit(text)
        self.edit.clear()
        self.accept()


class Header(QFrame):
    """Title, status dot and the window buttons; dragging it moves the panel."""

    def __init__(self, window: QWidget) -> None:
        super().__init__()
        self._window = window
        self._drag: QPoint | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        self.dot = QLabel("\N{BLACK CIRCLE}")
        self.dot.setStyleSheet(f"color: {theme.MUTED};")
        layout.addWidget(self.dot)
        title = QLabel("MixAssist")
        title.setObjectName("title")
        layout.addWidget(title)
        self.state = QLabel("")
        self.state.setObjectName("muted")
        layout.addWidget(self.state, 1)
        self.settings = QPushButton("\N{GEAR}")
        self.collapse = QPushButton("\N{EN DASH}")
        self.close_button = QPushButton("\N{MULTIPLICATION SIGN}")
        for b, tip in (
            (self.settings, "Settings"),
            (self.collapse, "Collapse / expand"),
            (self.close_button, "Close MixAssist"),
        ):
            b.setFixedWidth(30)
            b.setToolTip(tip)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            layout.addWidget(b)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag = event.globalPosition().toPoint() - self._window.frameGeometry().topLeft()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None:
            self._window.move(event.globalPosition().toPoint() - self._drag)

    def mouseReleaseEvent(self, _event: QMouseEvent) -> None:
        self._drag = None


class OverlayWindow(QWidget):
    """The panel. The controller fills it and reacts to its signals; it holds no logic of its own."""

    closing = pyqtSignal()
    geometry_changed = pyqtSignal()

    def __init__(self) -> None:
        super().__init__(None, overlay_flags())
        self.setWindowTitle("MixAssist")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setStyleSheet(theme.STYLE)
        self.resize(*DEFAULT_SIZE)
        self.setMinimumWidth(320)
        self._expanded_height = DEFAULT_SIZE[1]
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.panel = QFrame()
        self.panel.setObjectName("panel")
        outer.addWidget(self.panel)
        layout = QVBoxLayout(self.panel)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(6)

        self.header = Header(self)
        layout.addWidget(self.header)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.body, 1)

        ask_row = QHBoxLayout()
        self.hear_button = QPushButton("What do you hear?")
        self.hear_button.setObjectName("primary")
        self.type_button = QPushButton("Type a question...")
        for b in (self.hear_button, self.type_button):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        ask_row.addWidget(self.hear_button, 1)
        ask_row.addWidget(self.type_button)
        body.addLayout(ask_row)
        self.nudge = QLabel("")
        self.nudge.setObjectName("warn")
        self.nudge.setWordWrap(True)
        self.nudge.setVisible(False)
        body.addWidget(self.nudge)

        self.tabs = QTabWidget()
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.conversation = ConversationView()
        self.cards_area = QScrollArea()
        self.cards_area.setWidgetResizable(True)
        cards_body = QWidget()
        self.cards = QVBoxLayout(cards_body)
        self.cards.setContentsMargins(2, 2, 2, 2)
        self.cards.addStretch(1)
        self.cards_area.setWidget(cards_body)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.conversation)
        split.addWidget(self.cards_area)
        split.setSizes([380, 260])
        self.tabs.addTab(split, "Answer")
        self.mix = MixView()
        self.tabs.addTab(self.mix, "Mix")
        body.addWidget(self.tabs, 1)

        bottom = QHBoxLayout()
        self.status = QLabel("starting...")
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(QSizeGrip(self), 0, Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignRight)
        body.addLayout(bottom)

        self.header.collapse.clicked.connect(self.toggle_collapsed)
        self.header.close_button.clicked.connect(self.close)
        self.question_box = QuestionBox(self)
        self.type_button.clicked.connect(self.open_question_box)

    # ------------------------------------------------------------ state

    @property
    def collapsed(self) -> bool:
        return not self.body.isVisible()

    def set_collapsed(self, collapsed: bool) -> None:
        if collapsed == self.collapsed:
            return
        if collapsed:
            self._expanded_height = self.height()
            self.body.setVisible(False)
            self.setMinimumHeight(COLLAPSED_HEIGHT)
            self.resize(self.width(), COLLAPSED_HEIGHT)
        else:
            self.body.setVisible(True)
            self.resize(self.width(), max(self._expanded_height, 300))
        self.geometry_changed.emit()

    def toggle_collapsed(self) -> None:
        self.set_collapsed(not self.collapsed)

    def open_question_box(self) -> None:
        self.question_box.show()
        self.question_box.raise_()
        self.question_box.activateWindow()
        self.question_box.edit.setFocus()

    def set_state(self, text: str, colour: str) -> None:
        self.header.state.setText(text)
        self.header.dot.setStyleSheet(f"color: {colour};")

    # ------------------------------------------------------------ Qt events

    def moveEvent(self, event) -> None:
        super().moveEvent(event)
        self.geometry_changed.emit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.geometry_changed.emit()

    def closeEvent(self, event) -> None:
        self.closing.emit()
        super().closeEvent(event)
