"""The dark theme: a few named colours and one style sheet, so every widget reads the same at a glance."""

from __future__ import annotations

BG = "#15181d"
PANEL = "#1d2128"
RAISED = "#262b34"
BORDER = "#343b47"
TEXT = "#e8ecf1"
MUTED = "#9aa4b2"
ACCENT = "#4fb3ff"
GOOD = "#4cd28a"
WARN = "#ffb547"
BAD = "#ff6b6b"
FONT_PT = 11

STYLE = f"""
QWidget {{ background: {BG}; color: {TEXT}; font-size: {FONT_PT}pt; }}
QFrame#panel {{ background: {BG}; border: 1px solid {BORDER}; border-radius: 8px; }}
QFrame#card, QFrame#turn {{ background: {PANEL}; border: 1px solid {BORDER}; border-radius: 6px; }}
QLabel {{ background: transparent; }}
QLabel#title {{ font-weight: bold; font-size: {FONT_PT + 1}pt; }}
QLabel#muted, QLabel#status {{ color: {MUTED}; }}
QLabel#warn {{ color: {WARN}; }}
QLabel#bad {{ color: {BAD}; }}
QLabel#good {{ color: {GOOD}; }}
QPushButton {{ background: {RAISED}; border: 1px solid {BORDER}; border-radius: 5px; padding: 4px 10px; }}
QPushButton:hover {{ border-color: {ACCENT}; }}
QPushButton:disabled {{ color: #5d6573; border-color: #2a3039; }}
QPushButton#primary {{ background: {ACCENT}; color: #06121d; font-weight: bold; border: none; }}
QPushButton#primary:disabled {{ background: #2a4a63; color: #7d93a6; }}
QPushButton:checked {{ background: {ACCENT}; color: #06121d; }}
QLineEdit, QPlainTextEdit, QComboBox, QDoubleSpinBox, QSpinBox {{
    background: {PANEL}; border: 1px solid {BORDER}; border-radius: 5px; padding: 3px 6px; }}
QTabWidget::pane {{ border: none; }}
QTabBar::tab {{ background: {PANEL}; color: {MUTED}; padding: 5px 12px; border-top-left-radius: 5px;
    border-top-right-radius: 5px; margin-right: 2px; }}
QTabBar::tab:selected {{ background: {RAISED}; color: {TEXT}; }}
QListWidget {{ background: {PANEL}; border: 1px solid {BORDER}; border-radius: 5px; }}
QListWidget::item:selected {{ background: {RAISED}; color: {TEXT}; }}
QScrollArea {{ border: none; }}
QScrollBar:vertical {{ background: {BG}; width: 8px; }}
QScrollBar::handle:vertical {{ background: {BORDER}; border-radius: 4px; min-height: 20px; }}
QDial {{ background: {PANEL}; }}
QToolTip {{ background: {RAISED}; color: {TEXT}; border: 1px solid {BORDER}; }}
"""


def severity_colour(severity: float) -> str:
    """Red for problems worth an answer at 0.7+, amber from 0.3, grey for remarks."""
    if severity >= 0.7:
        return BAD
    if severity >= 0.3:
        return WARN
    return MUTED
