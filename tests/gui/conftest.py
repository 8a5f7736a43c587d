"""GUI tests: Qt renders offscreen (no display needed) unless a test starts its own X server; the real-X test
needs Xvfb, openbox, xcompmgr, xdotool, xprop, ImageMagick and tesseract: it skips without them on a developer
machine and fails under CI=true, so a green CI means it ran."""

from __future__ import annotations

import os
import shutil

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before pytest-qt creates the QApplication

pytest.importorskip("PyQt6.QtWidgets")
pytest.importorskip("pyqtgraph")


def need_tools(*names: str) -> None:
    """Skip without the tools, except under CI=true: there a missing tool is a failure."""
    missing = [n for n in names if shutil.which(n) is None]
    if not missing:
        return
    message = f"needs {', '.join(missing)} (apt-get install the packages .ci/run installs)"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture
def config_file(tmp_path, monkeypatch):
    """A private config file (and data dir), so no test reads or writes the user's."""
    path = tmp_path / "config.toml"
    monkeypatch.setenv("MIXASSIST_CONFIG", str(path))
    monkeypatch.setenv("MIXASSIST_DATA_DIR", str(tmp_path / "data"))
    return path
