"""End to end as a user sees it, on a real X server: Xvfb + openbox (a real window manager) + xcompmgr.

A stand-in "REAPER" window has the keyboard focus. `mixassist gui --demo` starts beside it; the stand-in
keeps the focus when the panel appears, while it answers and when Apply is clicked; the window manager
sets `_NET_WM_STATE_ABOVE`; `mixassist hear` puts the answer on screen (read back from a screenshot with
tesseract); clicking Apply reaches the virtual REAPER (its snapshot shows the fader moved) and the panel
shows the undo label; the global hotkey (pynput) asks while REAPER has the keyboard; a typed question takes
the keyboard only while it is typed and REAPER has it back once it is sent.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from gui import theme
from tests.gui.conftest import need_tools

TOOLS = ("Xvfb", "openbox", "xcompmgr", "xdotool", "xprop", "xmessage", "import", "convert", "tesseract")
REAPER_TITLE = "REAPER v7.27 - stand-in"
ACCENT = theme.ACCENT


def wait_for(predicate, timeout_s: float, what: str):
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


class X:
    """One private X display with a window manager and a compositor; every process stopped at the end."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.procs: list[subprocess.Popen] = []
        read, write = os.pipe()
        xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
            pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        os.close(write)
        self.procs.append(xvfb)
        with os.fdopen(read) as f:
            number = f.readline().strip()
        assert number, "Xvfb did not start"
        # OMP_THREAD_LIMIT=1: tesseract's OpenMP threads make a small page 4-6x slower on a busy machine
        self.env = {**os.environ, "DISPLAY": f":{number}", "QT_QPA_PLATFORM": "xcb", "OMP_THREAD_LIMIT": "1"}
        self.start(["openbox"])
        self.start(["xcompmgr"])
        time.sleep(0.5)

    def start(self, argv: list[str], **kw) -> subprocess.Popen:
        kw.setdefault("stdout", subprocess.DEVNULL)
        kw.setdefault("stderr", subprocess.DEVNULL)
        proc = subprocess.Popen(argv, env=kw.pop("env", self.env), **kw)
        self.procs.append(proc)
        return proc

    def run(self, *argv: str) -> str:
        return subprocess.run(argv, env=self.env, capture_output=True, text=True, timeout=20).stdout.strip()

    def active(self) -> str:
        return self.run("xdotool", "getactivewindow")

    def geometry(self, wid: str) -> tuple[int, int, int, int]:
        out = self.run("xdotool", "getwindowgeometry", "--shell", wid)
        g = dict(line.split("=", 1) for line in out.splitlines() if "=" in line)
        return int(g["X"]), int(g["Y"]), int(g["WIDTH"]), int(g["HEIGHT"])

    def read_screen(self, name: str, box: tuple[int, int, int, int]) -> str:
        """The text on screen inside ``box``: a screenshot, cropped, inverted (the dark theme's light text
        becomes the dark-on-light tesseract reads best) and scaled x2."""
        shot, page = self.tmp / f"{name}.png", self.tmp / f"{name}-ocr.png"
        self.run("import", "-window", "root", str(shot))
        x, y, w, h = box
        self.run("convert", str(shot), "-crop", f"{w}x{h}+{x}+{y}", "+repage", "-negate", "-resize", "200%",
                 str(page))  # fmt: skip
        self.last_shot = shot
        return self.run("tesseract", str(page), "-")

    def close(self) -> None:
        for proc in reversed(self.procs):
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for proc in reversed(self.procs):
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=5)


def accent_bands(png: Path, box: tuple[int, int, int, int]) -> list[tuple[int, int]]:
    """Centres (screen pixels) of the accent-blue primary buttons inside ``box``, top to bottom: the
    panel's "What do you hear?" first, then each card's Apply. (Dark text on blue is the one thing on
    the panel that tesseract reads poorly once inverted, so buttons are found by their colour.)"""
    import numpy as np
    from PyQt6.QtGui import QColor, QImage

    image = QImage(str(png)).convertToFormat(QImage.Format.Format_RGB32)
    ptr = image.constBits()
    ptr.setsize(image.sizeInBytes())
    pixels = np.frombuffer(ptr, np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)
    accent = QColor(ACCENT)
    x, y, w, h = box
    area = pixels[y : y + h, x : x + w, :3].astype(int)  # BGRA in memory
    mask = (
        (abs(area[..., 2] - accent.red()) < 8)
        & (abs(area[..., 1] - accent.green()) < 8)
        & (abs(area[..., 0] - accent.blue()) < 8)
    )
    rows = np.flatnonzero(mask.sum(axis=1) > 20)
    bands, start = [], None
    for i, row in enumerate(rows):
        if start is None:
            start = row
        if i + 1 == len(rows) or rows[i + 1] != row + 1:
            cols = np.flatnonzero(mask[start : row + 1].any(axis=0))
            bands.append((x + int(cols.mean()), y + (start + row) // 2))
            start = None
    return bands


@pytest.fixture
def xserver(tmp_path):
    need_tools(*TOOLS)
    x = X(tmp_path)
    yield x
    x.close()


def test_overlay_beside_reaper_keeps_its_focus_answers_hear_and_applies(xserver, tmp_path) -> None:
    x = xserver
    x.start(["xmessage", "-title", REAPER_TITLE, "-geometry", "900x700+20+20", "REAPER stand-in"])
    reaper = wait_for(lambda: x.run("xdotool", "search", "--name", "REAPER v7"), 30, "the stand-in window")
    reaper = reaper.splitlines()[0]
    x.run("xdotool", "windowactivate", "--sync", reaper)
    # the window manager sets the active window on its own time (a loaded CI machine read it empty right after the
    # activation once): this is the test's starting state, waited for, not the behaviour under test
    wait_for(lambda: x.active() == reaper, 15, "the stand-in window to be active")

    report, bridge, port = tmp_path / "report.json", tmp_path / "bridge", "0"
    env = {**x.env, "MIXASSIST_CONFIG": str(tmp_path / "config.toml"), "MIXASSIST_GUI_REPORT": str(report),
           "MIXASSIST_DATA_DIR": str(tmp_path / "data")}  # fmt: skip
    (tmp_path / "config.toml").write_text('[gui]\nhotkey = "<ctrl>+<alt>+m"\n')  # a global hotkey (pynput)
    with socket_port() as free:
        port = str(free)
    with open(tmp_path / "gui.log", "w") as gui_log:  # the child keeps its own copy of the descriptor
        gui = x.start(
            [sys.executable, "-m", "companion.cli", "gui", "--demo", "--port", port, "--bridge-dir", str(bridge)],
            env=env, stderr=gui_log,
        )  # fmt: skip
    wait_for(report.exists, 60, "the panel to be shown")
    assert json.loads(report.read_text())["shown_s"] > 0  # its speed bar is benchmarks/gui_latency.py
    # generous limits here and below: on a loaded 2-core machine (seen: CI beside a regression run) the first
    # analysis took over 20 s, and once over 60 s with three benchmark processes beside it; the panel's speed is
    # measured in benchmarks/gui_latency.py, not here
    wait_for(lambda: json.loads(report.read_text())["ready_s"], 150, "the panel to be ready")
    overlay = wait_for(
        lambda: x.run("xdotool", "search", "--onlyvisible", "--name", "^MixAssist$"), 30, "the panel window"
    )
    overlay = overlay.splitlines()[0]
    assert x.active() == reaper, "the panel took the focus when it appeared"
    assert "_NET_WM_STATE_ABOVE" in x.run("xprop", "-id", overlay, "_NET_WM_STATE")
    rx, ry, rw, rh = x.geometry(reaper)
    ox, oy, ow, oh = x.geometry(overlay)
    assert ox >= rx + rw, f"the panel ({ox},{oy}) is not beside REAPER ({rx},{ry} {rw}x{rh})"

    heard = subprocess.run([sys.executable, "-m", "companion.cli", "hear", "--port", port], env=env,
                           capture_output=True, text=True, timeout=60)  # fmt: skip
    assert heard.returncode == 0, heard.stderr
    box = (ox, oy, ow, oh)

    def answered() -> str | None:
        # the answer's text and its cards in one shot: under load a frame can show the text before the card's
        # Apply button is laid out (seen once in a full run beside a regression run)
        text = x.read_screen("answer", box)
        drawn = "answered by rules" in text and len(accent_bands(x.last_shot, box)) >= 2
        return text if drawn else None

    text = wait_for(answered, 45, "the answer on screen")
    assert x.active() == reaper, "the panel took the focus while answering"
    assert "mixassist hear" in text and re.search(r"fader", text)
    buttons = accent_bands(x.last_shot, box)
    assert len(buttons) >= 2, buttons  # "What do you hear?" and at least one card's Apply

    snapshot = json.loads((bridge / "snapshot.json").read_text())
    faders = {t["name"]: t["volume_db"] for t in snapshot["tracks"]}
    px, py = buttons[1]
    x.run("xdotool", "mousemove", "--sync", str(px), str(py), "click", "1")

    def applied() -> str | None:
        text = x.read_screen("applied", box)
        return text if "undo: MixAssist" in text else None

    shown = wait_for(applied, 30, "the applied move and its undo label on screen")
    assert x.active() == reaper, "clicking Apply took the focus from REAPER"
    label = re.search(r"undo: (MixAssist: [^)]+)\)", shown.replace("\n", " "))
    assert label, shown

    def moved() -> dict | None:
        now = {
            t["name"]: t["volume_db"] for t in json.loads((bridge / "snapshot.json").read_text())["tracks"]
        }
        return now if now != faders else None

    now = wait_for(moved, 15, "the virtual REAPER's snapshot to show the change")
    changed = [name for name in now if now[name] != faders[name]]
    assert len(changed) == 1 and changed[0] in label.group(1)

    # the global hotkey, pressed while REAPER has the keyboard, asks too
    x.run("xdotool", "key", "ctrl+alt+m")
    wait_for(lambda: "(hotkey," in x.read_screen("hotkey", box), 45, "the hotkey's question on screen")
    assert x.active() == reaper

    # typing a question takes the keyboard only while typing, and gives it back to REAPER once sent
    _, hear_y = buttons[0]
    x.run(
        "xdotool", "mousemove", "--sync", str(ox + ow - 70), str(hear_y), "click", "1"
    )  # "Type a question..."
    box_window = wait_for(lambda: x.run("xdotool", "search", "--onlyvisible", "--name", "^Ask MixAssist$"), 30,
                          "the question box")  # fmt: skip
    wait_for(lambda: x.active() == box_window.splitlines()[0], 15, "the question box to take the keyboard")
    x.run("xdotool", "type", "--delay", "20", "is the bass too loud")
    x.run("xdotool", "key", "Return")
    wait_for(lambda: x.active() == reaper, 15, "the keyboard back in REAPER")
    wait_for(
        lambda: "is the bass too loud" in x.read_screen("typed", box), 45, "the typed question on screen"
    )
    gui.send_signal(signal.SIGTERM)


class socket_port:
    """A free UDP port on 127.0.0.1 (closed again before use)."""

    def __enter__(self) -> int:
        import socket

        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        return int(self.sock.getsockname()[1])

    def __exit__(self, *exc: object) -> None:
        self.sock.close()
