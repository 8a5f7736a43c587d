"""The virtual REAPER: one ``VirtualProject`` seen through both of REAPER's channels at once.

For the demo and the tests. The OSC side (``osc``) always runs; the file-bridge side
(``files``, the Lua bridge's behaviour) runs when a bridge folder is given. Both read and
change the SAME project, as REAPER's control surface and the Lua script do, so a fader moved through a
file command shows up in the OSC feedback and vice versa. The OSC side drives the project clock (one
clock, or levels would advance twice as fast).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from bridge.virtual.osc import VirtualReaperOsc
from bridge.virtual.project import VirtualProject, build_project

log = logging.getLogger(__name__)


class VirtualReaper:
    """``with VirtualReaper(project, osc_device_port=mirror.port, bridge_dir=tmp) as reaper:``

    ``osc_options`` go to ``VirtualReaperOsc`` (packet size, wait, drop rate...), ``files_options`` to the
    file side.
    """

    def __init__(
        self,
        project: VirtualProject | None = None,
        *,
        osc_device_port: int,
        osc_listen_port: int = 0,
        bridge_dir: Path | str | None = None,
        osc_options: dict[str, Any] | None = None,
        files_options: dict[str, Any] | None = None,
    ) -> None:
        self.project = project or build_project()
        self.osc = VirtualReaperOsc(
            self.project,
            device_port=osc_device_port,
            listen_port=osc_listen_port,
            drive_clock=True,
            **(osc_options or {}),
        )
        self.files: Any = None
        if bridge_dir is not None:
            # imported here: the file side is its own module (and its own engineer's); the OSC side works alone
            from bridge.virtual.files import VirtualReaperFiles

            self.files = VirtualReaperFiles(self.project, Path(bridge_dir), **(files_options or {}))

    @property
    def osc_port(self) -> int:
        """Where the virtual REAPER listens for OSC (give it to the mirror as ``reaper_port``)."""
        return self.osc.port

    def start(self) -> VirtualReaper:
        self.osc.start()
        if self.files is not None:
            try:
                self.files.start()
            except Exception:
                self.osc.quit()
                raise
        return self

    def quit(self) -> None:
        """REAPER closes: both channels go silent."""
        if self.files is not None:
            self.files.stop()
        self.osc.quit()

    stop = quit

    def __enter__(self) -> VirtualReaper:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.quit()
