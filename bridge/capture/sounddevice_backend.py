"""Capture through sounddevice (PortAudio): any input by name or index, and on Linux the PulseAudio/PipeWire
monitor of an output through ALSA's ``pulse`` device with ``PULSE_SOURCE`` set (PortAudio does not list
monitor sources itself, so they are read from ``pactl``).
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import threading
from typing import Any

import numpy as np

from bridge.capture.base import (
    BackendUnavailable,
    BlockSink,
    DeviceInfo,
    DeviceNotFound,
    describe_available,
    looks_like_loopback,
    this_os,
)
from companion.errors import CaptureError

log = logging.getLogger(__name__)

NAME = "sounddevice"
BLOCK_S = 0.05
"""A fixed 50 ms block: with PortAudio's variable block size the ALSA ``pulse`` path polls and costs 8-21 % of
a core here; fixed 2400-frame blocks at ``latency='high'`` measured 0.4 %."""
_PULSE_ENV_LOCK = threading.Lock()


def _sounddevice() -> Any:
    try:
        import sounddevice as sd
    except ImportError:
        raise BackendUnavailable(
            "capture backend 'sounddevice' is not installed (pip install 'mixassist-companion[capture]')"
        ) from None
    except OSError as exc:  # PortAudio shared library missing
        raise BackendUnavailable(f"capture backend 'sounddevice' cannot load PortAudio ({exc})") from None
    return sd


def pulse_sources() -> list[tuple[str, int, int]]:
    """PulseAudio/PipeWire sources as (name, channels, rate_hz), from ``pactl`` (empty when there is none)."""
    pactl = shutil.which("pactl")
    if pactl is None:
        return []
    try:
        out = subprocess.run(
            [pactl, "list", "short", "sources"], capture_output=True, text=True, timeout=3.0, check=True
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    sources = []
    for line in out.splitlines():
        cols = line.split("\t")
        if len(cols) < 4:
            continue
        channels, rate_hz = 2, 48000
        for word in cols[3].split():
            if word.endswith("ch") and word[:-2].isdigit():
                channels = int(word[:-2])
            elif word.endswith("Hz") and word[:-2].isdigit():
                rate_hz = int(word[:-2])
        sources.append((cols[1], channels, rate_hz))
    return sources


def default_pulse_monitor() -> str | None:
    """The monitor of the default output (what the computer plays), if PulseAudio/PipeWire answers."""
    pactl = shutil.which("pactl")
    if pactl is None:
        return None
    try:
        sink = subprocess.run(
            [pactl, "get-default-sink"], capture_output=True, text=True, timeout=3.0, check=True
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    return f"{sink}.monitor" if sink else None


class SoundDeviceBackend:
    """PortAudio inputs plus (Linux) PulseAudio sources via the ``pulse`` ALSA device."""

    name = NAME
    idle_is_silent = False

    def unavailable_reason(self) -> str | None:
        try:
            _sounddevice()
        except BackendUnavailable as exc:
            return str(exc)
        return None

    def list_devices(self) -> list[DeviceInfo]:
        sd = _sounddevice()
        devices: list[DeviceInfo] = []
        hostapis = sd.query_hostapis()
        pulse_index = None
        for dev in sd.query_devices():
            if int(dev["max_input_channels"]) < 1:
                continue
            api = hostapis[dev["hostapi"]]["name"]
            if dev["name"] == "pulse":
                pulse_index = int(dev["index"])
            devices.append(
                DeviceInfo(
                    backend=NAME,
                    name=str(dev["name"]),
                    index=int(dev["index"]),
                    channels=int(dev["max_input_channels"]),
                    default_rate_hz=int(dev["default_samplerate"]),
                    is_loopback=looks_like_loopback(str(dev["name"])),
                    hint=f"{api} input",
                    key=("portaudio", int(dev["index"])),
                )
            )
        if pulse_index is not None and this_os() == "linux":
            for source, channels, rate_hz in pulse_sources():
                devices.append(
                    DeviceInfo(
                        backend=NAME,
                        name=source,
                        index=None,
                        channels=channels,
                        default_rate_hz=rate_hz,
                        is_loopback=source.endswith(".monitor"),
                        hint="PulseAudio source through ALSA 'pulse' (PULSE_SOURCE)",
                        key=("pulse", pulse_index, source),
                    )
                )
        return devices

    def is_present(self, device: DeviceInfo) -> bool:
        """PulseAudio sources are re-listed (PortAudio's own list is fixed at start-up: assumed present)."""
        if device.key[0] != "pulse":
            return True
        return any(name == device.key[2] for name, _, _ in pulse_sources())

    def default_device(self) -> DeviceInfo:
        """The default output's monitor where PulseAudio/PipeWire runs, else the first loopback-looking input,
        else PortAudio's default input."""
        sd = _sounddevice()
        devices = self.list_devices()
        monitor = default_pulse_monitor() if this_os() == "linux" else None
        for info in devices:
            if monitor and info.name == monitor and info.key[0] == "pulse":
                return info
        for info in devices:
            if info.is_loopback:
                return info
        default_in = sd.default.device[0]
        for info in devices:
            if info.index == default_in:
                return info
        if devices:
            return devices[0]
        raise DeviceNotFound(f"sounddevice finds no input device; {describe_available(devices)}")

    def open_stream(
        self, device: DeviceInfo, sample_rate_hz: int, channels: int, sink: BlockSink
    ) -> SoundDeviceStream:
        return SoundDeviceStream(device, sample_rate_hz, channels, sink)


class SoundDeviceStream:
    """A PortAudio input stream whose callback hands each block to the sink."""

    def __init__(self, device: DeviceInfo, sample_rate_hz: int, channels: int, sink: BlockSink) -> None:
        sd = _sounddevice()
        self._sink = sink
        portaudio_index = device.key[1]
        self.channels = max(1, min(int(channels), int(device.channels)))
        rate = int(sample_rate_hz)
        try:
            sd.check_input_settings(
                device=portaudio_index, channels=self.channels, samplerate=rate, dtype="float32"
            )
        except Exception:  # the device does not do this rate: take its own and resample on read
            rate = int(device.default_rate_hz)
        self.sample_rate_hz = rate
        blocksize = max(64, int(rate * BLOCK_S))
        try:
            if device.key[0] == "pulse":
                # PULSE_SOURCE is read by the ALSA pulse plugin when the PCM opens; restore it afterwards
                with _PULSE_ENV_LOCK:
                    before = os.environ.get("PULSE_SOURCE")
                    os.environ["PULSE_SOURCE"] = device.key[2]
                    try:
                        self._stream = self._open(sd, portaudio_index, blocksize)
                    finally:
                        if before is None:
                            os.environ.pop("PULSE_SOURCE", None)
                        else:
                            os.environ["PULSE_SOURCE"] = before
            else:
                self._stream = self._open(sd, portaudio_index, blocksize)
        except (sd.PortAudioError, ValueError) as exc:
            raise CaptureError(f"sounddevice cannot open {device.name!r}: {exc}") from None

    def _open(self, sd: Any, index: int, blocksize: int) -> Any:
        return sd.InputStream(
            device=index,
            samplerate=self.sample_rate_hz,
            channels=self.channels,
            dtype="float32",
            blocksize=blocksize,
            latency="high",
            callback=self._callback,
            finished_callback=self._finished,
        )

    def _callback(self, indata: np.ndarray, frames: int, time_info: Any, status: Any) -> None:
        if status:
            self._sink.on_xrun(bool(status.input_overflow))
        self._sink.on_block(indata, self.sample_rate_hz)  # the sink copies; indata is reused by PortAudio

    def _finished(self) -> None:
        if not getattr(self, "_closing", False):
            self._sink.on_error("the sounddevice stream stopped")

    def start(self) -> None:
        self._stream.start()

    def close(self) -> None:
        self._closing = True
        try:
            self._stream.abort()
            self._stream.close()
        except Exception as exc:  # closing a stream whose device vanished may fail; nothing more to do
            log.debug("closing sounddevice stream: %s", exc)
