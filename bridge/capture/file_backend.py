"""A file played into the capture buffer, in real time (a stand-in for REAPER playing, for the demo and tests)
or all at once. The "device" is the file's path."""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

from bridge.capture.base import BlockSink, DeviceInfo, DeviceNotFound

log = logging.getLogger(__name__)

NAME = "file"
BLOCK_S = 0.05


class FileBackend:
    """Plays ``--device PATH`` into the buffer; ``realtime=False`` pushes the whole file at once."""

    name = NAME
    idle_is_silent = True  # after the file ends nothing arrives: like a stopped transport, silence follows

    def __init__(self, realtime: bool = True) -> None:
        self.realtime = realtime

    def unavailable_reason(self) -> str | None:
        return None

    def list_devices(self) -> list[DeviceInfo]:
        return []

    def default_device(self) -> DeviceInfo:
        raise DeviceNotFound("capture backend 'file' needs the audio file to play: --device PATH")

    def device_named(self, path: str) -> DeviceInfo:
        import soundfile as sf

        p = Path(path)
        if not p.is_file():
            raise DeviceNotFound(f"capture backend 'file': {p} is not a file")
        try:
            info = sf.info(str(p))
        except Exception as exc:  # libsndfile's error types vary by version
            raise DeviceNotFound(
                f"capture backend 'file': {p} is not a readable audio file ({exc})"
            ) from None
        return DeviceInfo(
            backend=NAME,
            name=str(p),
            index=None,
            channels=int(info.channels),
            default_rate_hz=int(info.samplerate),
            is_loopback=False,
            hint="played " + ("in real time" if self.realtime else "at once"),
            key=str(p),
        )

    def open_stream(
        self, device: DeviceInfo, sample_rate_hz: int, channels: int, sink: BlockSink
    ) -> FileStream:
        return FileStream(device, sink, realtime=self.realtime)


class FileStream:
    """Reads the file in 50 ms blocks on a thread, paced by the wall clock when ``realtime``."""

    def __init__(self, device: DeviceInfo, sink: BlockSink, realtime: bool = True) -> None:
        self._path = str(device.key)
        self._sink = sink
        self.realtime = realtime
        self.sample_rate_hz = int(device.default_rate_hz)
        self.channels = int(device.channels)
        self.finished = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="capture-file", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        import soundfile as sf

        block = max(1, int(self.sample_rate_hz * BLOCK_S))
        sent = 0
        start_s = time.monotonic()
        try:
            with sf.SoundFile(self._path) as f:
                while not self._stop.is_set():
                    data = f.read(block, dtype="float32", always_2d=True)
                    if data.shape[0] == 0:
                        break
                    if self.realtime:
                        due_s = start_s + sent / self.sample_rate_hz
                        delay_s = due_s - time.monotonic()
                        if delay_s > 0 and self._stop.wait(delay_s):
                            break
                    self._sink.on_block(data, self.sample_rate_hz)
                    sent += data.shape[0]
        except Exception as exc:  # a file that turns unreadable half-way: report it, the capture shows it
            self._sink.on_error(f"reading {self._path} failed: {exc}")
        finally:
            self.finished.set()

    def close(self) -> None:
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=2.0)
