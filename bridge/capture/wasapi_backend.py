"""WASAPI loopback on Windows through PyAudioWPatch (a PortAudio fork that adds a "[Loopback]" input twin of
every output). Windows-only wheels: elsewhere this backend says so and lists the alternatives.

WASAPI loopback delivers no frames while nothing plays (not zeros), so ``idle_is_silent`` is set and the live
capture fills that time with silence.
"""

from __future__ import annotations

import logging
from typing import Any

import numpy as np

from bridge.capture.base import BackendUnavailable, BlockSink, DeviceInfo, DeviceNotFound, this_os
from companion.errors import CaptureError

log = logging.getLogger(__name__)

NAME = "pyaudiowpatch"
BLOCK_S = 0.02


def _pyaudio() -> Any:
    if this_os() != "windows":
        raise BackendUnavailable(
            f"capture backend 'pyaudiowpatch' is WASAPI loopback, Windows only (this is {this_os()}); "
            "use sounddevice, soundcard or reastream"
        )
    try:
        import pyaudiowpatch
    except ImportError:
        raise BackendUnavailable(
            "capture backend 'pyaudiowpatch' is not installed (pip install 'mixassist-companion[capture]')"
        ) from None
    return pyaudiowpatch


class WasapiBackend:
    """Loopback twins of WASAPI outputs, plus ordinary WASAPI inputs."""

    name = NAME
    idle_is_silent = True

    def unavailable_reason(self) -> str | None:
        try:
            _pyaudio()
        except BackendUnavailable as exc:
            return str(exc)
        return None

    def list_devices(self) -> list[DeviceInfo]:
        pa_mod = _pyaudio()
        pa = pa_mod.PyAudio()
        try:
            wasapi = pa.get_host_api_info_by_type(pa_mod.paWASAPI)
            devices = []
            for i in range(pa.get_device_count()):
                dev = pa.get_device_info_by_index(i)
                if dev["hostApi"] != wasapi["index"] or int(dev["maxInputChannels"]) < 1:
                    continue
                loopback = (
                    bool(dev.get("isLoopbackDevice", False)) or "[loopback]" in str(dev["name"]).lower()
                )
                devices.append(
                    DeviceInfo(
                        backend=NAME,
                        name=str(dev["name"]),
                        index=int(dev["index"]),
                        channels=int(dev["maxInputChannels"]),
                        default_rate_hz=int(dev["defaultSampleRate"]),
                        is_loopback=loopback,
                        hint="WASAPI loopback" if loopback else "WASAPI input",
                        key=int(dev["index"]),
                    )
                )
            return devices
        finally:
            pa.terminate()

    def default_device(self) -> DeviceInfo:
        """The loopback twin of the default output."""
        pa_mod = _pyaudio()
        pa = pa_mod.PyAudio()
        try:
            default = pa.get_default_wasapi_loopback()
        except Exception as exc:  # no output device, or WASAPI unavailable
            raise DeviceNotFound(f"pyaudiowpatch finds no default WASAPI loopback ({exc})") from None
        finally:
            pa.terminate()
        for info in self.list_devices():
            if info.index == int(default["index"]):
                return info
        raise DeviceNotFound("pyaudiowpatch: the default loopback device is not listed")

    def open_stream(
        self, device: DeviceInfo, sample_rate_hz: int, channels: int, sink: BlockSink
    ) -> WasapiStream:
        return WasapiStream(device, sample_rate_hz, channels, sink)


class WasapiStream:
    """A PyAudioWPatch callback stream. WASAPI shared mode runs at the device's own rate: we take that rate
    and let the live capture resample on read."""

    def __init__(self, device: DeviceInfo, sample_rate_hz: int, channels: int, sink: BlockSink) -> None:
        self._mod = _pyaudio()
        self._sink = sink
        self.sample_rate_hz = int(device.default_rate_hz or sample_rate_hz)
        self.channels = max(1, min(int(channels), int(device.channels)))
        self._pa = self._mod.PyAudio()
        try:
            self._stream = self._pa.open(
                format=self._mod.paFloat32,
                channels=self.channels,
                rate=self.sample_rate_hz,
                input=True,
                input_device_index=int(device.key),
                frames_per_buffer=max(64, int(self.sample_rate_hz * BLOCK_S)),
                stream_callback=self._callback,
                start=False,
            )
        except Exception as exc:  # PortAudio error object is the fork's own class
            self._pa.terminate()
            raise CaptureError(f"pyaudiowpatch cannot open {device.name!r}: {exc}") from None

    def _callback(self, in_data: bytes, frame_count: int, time_info: Any, status: int) -> tuple[None, int]:
        if status:
            self._sink.on_xrun(bool(status & self._mod.paInputOverflow))
        if in_data:
            block = np.frombuffer(in_data, dtype=np.float32).reshape(-1, self.channels)
            self._sink.on_block(block, self.sample_rate_hz)
        return None, self._mod.paContinue

    def start(self) -> None:
        self._stream.start_stream()

    def close(self) -> None:
        try:
            self._stream.stop_stream()
            self._stream.close()
        except Exception as exc:  # the device may already be gone
            log.debug("closing pyaudiowpatch stream: %s", exc)
        finally:
            self._pa.terminate()
