"""The "Mix" tab: looking, not only reading. Redrawn once per analysed clip, never continuously.

Spectrum against the typical range (shaded; bands outside it in red), loudness and peaks with the target
marked, PLR, stereo correlation and width, per-track level against typical, and the findings as a list:
click one for its explanation, its numbers and what it was compared with.
"""

from __future__ import annotations

import json
import math
from typing import Any

import numpy as np
import pyqtgraph as pg
from PyQt6.QtCore import QRectF, Qt, QTimer
from PyQt6.QtGui import QColor, QFont, QPainter, QPen
from PyQt6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from companion.context import Analysis, Finding, Snapshot
from companion.knowledge.targets import loudness_target
from gui import theme
from gui.mixdata import spectrum_view, track_rows

pg.setConfigOptions(antialias=True, background=theme.PANEL, foreground=theme.MUTED)


class Gauge(QWidget):
    """One measured value on a scale, with the target or typical range marked (painted: cheap, crisp)."""

    def __init__(self, label: str, low: float, high: float, unit: str) -> None:
        super().__init__()
        self.label, self.low, self.high, self.unit = label, low, high, unit
        self.value: float | None = None
        self.good: tuple[float, float] | None = None  # the range that is fine
        self.marker: float | None = None  # the target
        self.setMinimumHeight(30)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set(self, value: float | None, good: tuple[float, float] | None = None, marker: float | None = None):
        self.value = None if value is None or not math.isfinite(value) else float(value)
        self.good, self.marker = good, marker
        self.update()

    def _x(self, v: float, left: float, width: float) -> float:
        t = (min(self.high, max(self.low, v)) - self.low) / (self.high - self.low)
        return left + t * width

    def paintEvent(self, _event: Any) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width(), self.height()
        label_w, value_w = 124, 84
        left, width = label_w, max(10.0, w - label_w - value_w)
        p.setPen(QColor(theme.TEXT))
        p.drawText(QRectF(0, 0, label_w - 6, h), Qt.AlignmentFlag.AlignVCenter, self.label)
        bar = QRectF(left, h / 2 - 4, width, 8)
        p.fillRect(bar, QColor(theme.RAISED))
        if self.good is not None:
            x0, x1 = self._x(self.good[0], left, width), self._x(self.good[1], left, width)
            p.fillRect(QRectF(x0, h / 2 - 4, max(1.0, x1 - x0), 8), QColor(47, 95, 70))
        ok = self.value is not None and (self.good is None or self.good[0] <= self.value <= self.good[1])
        if self.value is not None:
            x = self._x(self.value, left, width)
            p.setBrush(QColor(theme.GOOD if ok else theme.BAD))
            p.setPen(Qt.PenStyle.NoPen)
            p.drawEllipse(QRectF(x - 6, h / 2 - 6, 12, 12))
        if self.marker is not None:
            x = self._x(self.marker, left, width)
            p.setPen(QPen(QColor(theme.ACCENT), 2))
            p.drawLine(int(x), int(h / 2 - 9), int(x), int(h / 2 + 9))
        p.setPen(QColor(theme.TEXT if ok else theme.BAD))
        text = "n/a" if self.value is None else f"{self.value:.1f} {self.unit}".strip()
        p.drawText(
            QRectF(w - value_w + 6, 0, value_w - 6, h),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
            text,
        )
        p.end()


class MixView(QScrollArea):
    """Everything measured about the last clip, laid out top to bottom."""

    def __init__(self) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        self.empty = QLabel("Ask once and the measurements of what played show here.")
        self.empty.setObjectName("muted")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)

        self.plot = pg.PlotWidget()
        self.plot.setLogMode(x=True, y=False)
        self.plot.setFixedHeight(190)
        self.plot.setMouseEnabled(False, False)
        self.plot.hideButtons()
        self.plot.setLabel("bottom", "Hz")
        self.plot.setLabel("left", "dB")
        self.plot.setTitle("Spectrum vs typical range", color=theme.TEXT, size="10pt")
        layout.addWidget(self.plot)

        self.gauges = {
            "integrated": Gauge("Integrated", -30, -4, "LUFS"),
            "short_term": Gauge("Short-term", -30, -4, "LUFS"),
            "true_peak": Gauge("True peak", -12, 3, "dBTP"),
            "plr": Gauge("PLR", 0, 24, "dB"),
            "correlation": Gauge("Correlation", -1, 1, ""),
            "width": Gauge("Width", 0, 1, ""),
        }
        for gauge in self.gauges.values():
            layout.addWidget(gauge)

        self.tracks_title = QLabel("Tracks vs typical level")
        self.tracks_title.setObjectName("title")
        layout.addWidget(self.tracks_title)
        self.tracks_box = QVBoxLayout()
        layout.addLayout(self.tracks_box)

        title = QLabel("Findings")
        title.setObjectName("title")
        layout.addWidget(title)
        self.findings = QListWidget()
        self.findings.setMinimumHeight(110)
        self.findings.currentRowChanged.connect(self._show_finding)
        layout.addWidget(self.findings)
        self.detail = QLabel("")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        self.setWidget(body)
        self._findings: list[Finding] = []
        self._track_gauges: list[Gauge] = []
        self._pending: tuple[Any, ...] | None = None
        self._curves: dict[str, Any] = {}
        self.set_visible_parts(False)

    def set_visible_parts(self, shown: bool) -> None:
        self.empty.setVisible(not shown)
        self.plot.setVisible(shown)
        for gauge in self.gauges.values():
            gauge.setVisible(shown)

    # ------------------------------------------------------------ one update per analysed clip

    def show_result(
        self, analysis: Analysis | None, findings: tuple[Finding, ...], snapshot: Snapshot | None, target: str
    ) -> None:
        """Take a new result; drawn now when the tab is on screen, else the first time it is shown (drawing
        a hidden tab would only cost the GUI thread time during the ask)."""
        self._pending = (analysis, findings, snapshot, target)
        if self.isVisible():
            self._draw_pending()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._pending is not None:
            QTimer.singleShot(0, self._draw_pending)

    def _draw_pending(self) -> None:
        if self._pending is None:
            return
        analysis, findings, snapshot, target = self._pending
        self._pending = None
        self.set_visible_parts(analysis is not None)
        if analysis is not None:
            self._draw_spectrum(analysis)
            self._draw_gauges(analysis, target)
        self._draw_tracks(snapshot)
        self._fill_findings(findings)

    def _draw_spectrum(self, analysis: Analysis) -> None:
        view = spectrum_view(analysis)
        if not self._curves:  # built once; later clips only move their data
            c = self._curves
            c["low"] = self.plot.plot(pen=pg.mkPen(theme.BORDER))
            c["high"] = self.plot.plot(pen=pg.mkPen(theme.BORDER))
            self.plot.addItem(pg.FillBetweenItem(c["low"], c["high"], brush=pg.mkBrush(79, 179, 255, 50)))
            c["clip"] = self.plot.plot(pen=pg.mkPen(theme.TEXT, width=2))
            c["out"] = self.plot.plot(pen=None, symbol="o", symbolSize=8, symbolBrush=theme.BAD)
        c = self._curves
        if view is None:
            self.plot.setTitle("Spectrum: clip too short to measure", color=theme.MUTED, size="10pt")
            for curve in c.values():
                curve.setData([], [])
            return
        self.plot.setTitle(
            f"Spectrum vs typical {analysis.genre_family} range", color=theme.TEXT, size="10pt"
        )
        x = view.centers_hz
        c["low"].setData(x, view.low_db)
        c["high"].setData(x, view.high_db)
        finite = np.isfinite(view.measured_db)
        c["clip"].setData(x[finite], view.measured_db[finite])
        out = view.out_of_range
        c["out"].setData(x[out], view.measured_db[out])

    def _draw_gauges(self, a: Analysis, target: str) -> None:
        goal = loudness_target(target)
        goal_lufs, ceiling = goal.integrated_lufs, goal.true_peak_max_dbtp
        g = self.gauges
        tol = goal.tolerance_lu
        g["integrated"].set(a.integrated_lufs, (goal_lufs - tol, goal_lufs + tol), goal_lufs)
        g["short_term"].set(a.short_term_max_lufs, None, goal_lufs)
        g["true_peak"].set(a.true_peak_dbtp, (-12.0, ceiling), ceiling)
        g["plr"].set(a.plr_db, (8.0, 16.0))
        g["correlation"].set(a.stereo.correlation, (0.2, 1.0))
        g["width"].set(a.stereo.width, (0.05, 0.45))

    def _draw_tracks(self, snapshot: Snapshot | None) -> None:
        for gauge in self._track_gauges:
            self.tracks_box.removeWidget(gauge)
            gauge.deleteLater()
        self._track_gauges = []
        rows = track_rows(snapshot)
        self.tracks_title.setVisible(bool(rows))
        for row in rows:
            gauge = Gauge(row.name, row.typical_db - 15.0, row.typical_db + 15.0, row.unit)
            gauge.set(row.level_db, (row.typical_db - 4.0, row.typical_db + 4.0), row.typical_db)
            self.tracks_box.addWidget(gauge)
            self._track_gauges.append(gauge)

    def _fill_findings(self, findings: tuple[Finding, ...]) -> None:
        self._findings = sorted(findings, key=lambda f: -f.severity)
        self.findings.clear()
        self.detail.setText("")
        bold = QFont()
        bold.setBold(True)
        for f in self._findings:
            where = f" on {f.track}" if f.track else ""
            item = QListWidgetItem(f"{f.severity:.2f}  {str(f.kind).replace('_', ' ')}{where}")
            item.setForeground(QColor(theme.severity_colour(f.severity)))
            if f.is_problem:
                item.setFont(bold)
            self.findings.addItem(item)
        if not self._findings:
            self.findings.addItem("Nothing measured is out of the ordinary.")

    def _show_finding(self, row: int) -> None:
        if not 0 <= row < len(self._findings):
            self.detail.setText("")
            return
        f = self._findings[row]
        evidence = dict(f.evidence)
        compared = evidence.pop("compared_with", None)
        numbers = ", ".join(f"{k.replace('_', ' ')} {_fmt(v)}" for k, v in evidence.items())
        text = f"{f.summary}\n\nNumbers: {numbers or 'none'}"
        if compared is not None:
            text += f"\nCompared with: {_fmt(compared)}"
        self.detail.setText(text)


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)
