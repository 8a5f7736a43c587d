"""Where the panel goes: beside REAPER's main window where the OS lets us find it, else a screen edge.

X11, Windows and macOS: pywinctl lists the windows with their titles and frames (a REAPER main window's
title ends in "REAPER v7.x..." or contains "REAPER"). Wayland lets no app read another's position: the
panel docks to the right edge of the screen. pywinctl's dependency pymonctl calls ``sys.exit`` at import
when ``xrandr`` is missing, so it is imported lazily and that exit is caught.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
from dataclasses import dataclass

log = logging.getLogger(__name__)

MARGIN = 8


@dataclass(frozen=True, slots=True)
class Rect:
    x: int
    y: int
    width: int
    height: int

    @property
    def right(self) -> int:
        return self.x + self.width


def find_reaper_window() -> Rect | None:
    """REAPER's main window frame, or None (not running, Wayland, pywinctl missing)."""
    if os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("DISPLAY"):
        return None
    try:
        quiet = io.StringIO()
        with contextlib.redirect_stderr(quiet):  # pymonctl writes to stderr when xset/xrandr are missing
            import pywinctl
        if quiet.getvalue():
            log.debug("pywinctl: %s", quiet.getvalue().strip())
    except (ImportError, SystemExit, Exception) as exc:  # pymonctl exits without xrandr; Xlib errors vary
        log.info("cannot look for REAPER's window: %s", exc)
        return None
    try:
        windows = pywinctl.getAllWindows()
        candidates = [
            w for w in windows if "REAPER" in (w.title or "") and "MixAssist" not in (w.title or "")
        ]
        if not candidates:
            return None
        w = max(candidates, key=lambda c: c.width * c.height)
        return Rect(int(w.left), int(w.top), int(w.width), int(w.height))
    except Exception as exc:  # a window closing while we list them, an X error
        log.info("cannot read REAPER's window: %s", exc)
        return None


def dock_beside(reaper: Rect | None, screen: Rect, size: tuple[int, int]) -> tuple[int, int]:
    """Top-left corner for a panel of ``size``: right of REAPER if it fits, else left of it, else inside
    REAPER's right edge; without REAPER, the right edge of the screen. Always on the screen."""
    width, height = size
    if reaper is None:
        x = screen.right - width - MARGIN
        y = screen.y + MARGIN
    elif reaper.right + MARGIN + width <= screen.right:
        x, y = reaper.right + MARGIN, reaper.y
    elif reaper.x - MARGIN - width >= screen.x:
        x, y = reaper.x - MARGIN - width, reaper.y
    else:
        x, y = reaper.right - width - MARGIN, reaper.y + 40
    x = max(screen.x, min(x, screen.right - width))
    y = max(screen.y, min(y, screen.y + screen.height - height))
    return x, y
