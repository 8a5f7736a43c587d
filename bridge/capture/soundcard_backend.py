"""Capture through soundcard: native loopback of an output on Linux (libpulse, ~2 % of a core) and Windows
(WASAPI). soundcard's API is blocking, so a reader thread pulls blocks and hands them to the sink.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from bridge.capture.base import (
    BackendUnavailable,
    BlockSink,
    DeviceInfo,
    DeviceNotFound,
    looks_like_loopback,
    this_os,
)
from companion.errors import CaptureError

log = logging.getLogger(__name__)

NAME = "soundcard"
BLOCK_S = 0.05
OPEN_TIMEOUT_S = 5.0


def _soundcard() -> Any:
    if this_os() == "macos":
        raise BackendUnavailable(
            "capture backend 'soundcard' has no loopback on macOS; use --backend sounddevice with BlackHole, "
            "or --backend reastream"
        )
    try:
        import soundcard as sc
    except ImportError:
        raise BackendUnavailable(
            "capture backend 'soundcard' is not installed (pip install 'mixassist-companion[capture]')"
        ) from None
    except Exception as exc:  # it connects to the sound server on import: no PulseAudio/PipeWire running
        raise BackendUnavailable(
            f"capture backend 'soundcard' cannot reach the sound server ({type(exc).__name__}: {exc}); "
            "is PulseAudio or PipeWire running?"
        ) from None
    return sc


class SoundCardBackend:
    """Microphones and loopback twins of speakers, as soundcard lists them."""

    name = NAME

    def __init__(self) -> None:
        # WASAPI loopback sends nothing while nothing plays; a PulseAudio monitor sends zeros
        self.idle_is_silent = this_os() == "windows"

    def unavailable_reason(self) -> str | None:
        try:
            _soundcard()
        except BackendUnavailable as exc:
            return str(exc)
        return None

    def list_devices(self) -> list[DeviceInfo]:
        sc = _soundcard()
        devices = []
        for position, mic in enumerate(sc.all_microphones(include_loopback=True)):
            loopback = bool(getattr(mic, "isloopback", False)) or looks_like_loopback(mic.name)
            devices.append(
                DeviceInfo(
                    backend=NAME,
                    name=str(mic.id) if this_os() == "linux" else str(mic.name),
                    index=position,
                    channels=int(mic.channels),
                    default_rate_hz=48000,
                    is_loopback=loopback,
                    hint=str(mic.name)
                    if this_os() == "linux"
                    else "WASAPI" + (" loopback" if loopback else " input"),
                    key=str(mic.id),
                )
            )
        return devices

    def is_present(self, device: DeviceInfo) -> bool:
        """Whether the device is still there (asked in-process through soundcard's own connection)."""
        try:
            return any(info.key == device.key for info in self.list_devices())
        except Exception as exc:  # the server itself is gone
            log.debug("soundcard device list failed: %s", exc)
            return False

    def default_device(self) -> DeviceInfo:
        """The loopback of the default output (what the computer plays), else the default microphone."""
        sc = _soundcard()
        devices = self.list_devices()
        try:
            speaker = sc.default_speaker()
            speaker_id, speaker_name = str(speaker.id), str(speaker.name)
        except Exception as exc:  # no output at all
            log.debug("soundcard has no default speaker: %s", exc)
            speaker_id = speaker_name = ""
        for info in devices:
            if (
                info.is_loopback
                and speaker_id
                and (info.key == f"{speaker_id}.monitor" or info.key == speaker_id)
            ):
                return info
        for info in devices:
            if info.is_loopback and speaker_name and speaker_name in info.hint + info.name:
                return info
        loopbacks = [info for info in devices if info.is_loopback]
        if loopbacks:
            return loopbacks[0]
        if devices:
            return devices[0]
        raise DeviceNotFound("soundcard finds no input or loopback device")

    def open_stream(
        self, device: DeviceInfo, sample_rate_hz: int, channels: int, sink: BlockSink
    ) -> SoundCardStream:
        return SoundCardStream(device, sample_rate_hz, channels, sink)


class SoundCardStream:
    """A soundcard recorder read by a daemon thread."""

    def __init__(self, device: DeviceInfo, sample_rate_hz: int, channels: int, sink: BlockSink) -> None:
        self._device = device
        self._sink = sink
        self.sample_rate_hz = int(sample_rate_hz)  # PulseAudio and WASAPI convert the rate for us
        self.channels = max(1, min(int(channels), int(device.channels)))
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._open_error: str | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="capture-soundcard", daemon=True)
        self._thread.start()
        if not self._ready.wait(OPEN_TIMEOUT_S):
            self._stop.set()
            raise CaptureError(f"soundcard did not open {self._device.name!r} within {OPEN_TIMEOUT_S:.0f} s")
        if self._open_error:
            raise CaptureError(f"soundcard cannot open {self._device.name!r}: {self._open_error}")

    def _run(self) -> None:
        sc = _soundcard()
        opened = False
        try:
            mic = sc.get_microphone(self._device.key, include_loopback=True)
            blocksize = max(64, int(self.sample_rate_hz * BLOCK_S))
            with mic.recorder(
                samplerate=self.sample_rate_hz, channels=self.channels, blocksize=blocksize
            ) as rec:
                self.channels = int(rec.channels) if isinstance(rec.channels, int) else self.channels
                opened = True
                self._ready.set()
                while not self._stop.is_set():
                    block = rec.record(numframes=None)
                    if block.size and not self._stop.is_set():
                        self._sink.on_block(block.reshape(-1, self.channels), self.sample_rate_hz)
        except Exception as exc:  # device gone, server gone: report, the live capture reopens
            message = f"{type(exc).__name__}: {exc}"
            if not opened:
                self._open_error = message
                self._ready.set()
            elif not self._stop.is_set():
                self._sink.on_error(f"soundcard stream failed ({message})")

    def close(self) -> None:
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=2.0)
            if self._thread.is_alive():
                log.warning("soundcard reader thread did not stop within 2 s (device stalled)")
