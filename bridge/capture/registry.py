"""The capture facade: pick a backend by name, list devices, open a live capture, or record once.

Backends: ``sounddevice`` (default; any input, and PulseAudio/PipeWire monitors on Linux), ``soundcard``
(native loopback on Linux and Windows), ``pyaudiowpatch`` (WASAPI loopback, Windows), ``reastream`` (REAPER's
ReaStream plug-in over UDP, any OS), ``file`` (a file played into the buffer). Each is imported only when used.
"""

from __future__ import annotations

import importlib
import logging
import time
from collections.abc import Callable

from bridge.capture.base import (
    SETUP_HINTS,
    BackendUnavailable,
    CaptureBackend,
    DeviceInfo,
    DeviceNotFound,
    resolve_device,
    this_os,
)
from bridge.capture.live import LiveCapture
from companion.context import AudioClip
from companion.errors import BadInput, CaptureError

log = logging.getLogger(__name__)

DEFAULT_BACKEND = "sounddevice"
BACKENDS: dict[str, str] = {
    "sounddevice": "bridge.capture.sounddevice_backend:SoundDeviceBackend",
    "soundcard": "bridge.capture.soundcard_backend:SoundCardBackend",
    "pyaudiowpatch": "bridge.capture.wasapi_backend:WasapiBackend",
    "reastream": "bridge.capture.reastream:ReaStreamBackend",
    "file": "bridge.capture.file_backend:FileBackend",
}
DEVICE_BACKENDS = ("sounddevice", "soundcard", "pyaudiowpatch")
"""Backends that list real sound devices (reastream and file have no devices to discover)."""
FIRST_AUDIO_TIMEOUT_S = 8.0
SETTLE_S = 0.1
"""Dropped after the first block of a one-shot recording: start-up transients of the device."""

__all__ = [
    "BACKENDS",
    "DeviceInfo",
    "DeviceNotFound",
    "LiveCapture",
    "available_backends",
    "find_device",
    "get_backend",
    "list_devices",
    "open_capture",
    "record",
    "setup_hint",
]


def get_backend(name: str | None = None) -> CaptureBackend:
    """The backend called ``name`` (default sounddevice), checked to work here; ``BackendUnavailable`` (a
    ``BadInput``: exit 2 in the CLI) with one line naming the backends that do work otherwise."""
    name = name or DEFAULT_BACKEND
    if name not in BACKENDS:
        raise BackendUnavailable(f"unknown capture backend {name!r}; {_available_line()}")
    backend = _instantiate(name)
    reason = backend.unavailable_reason()
    if reason:
        raise BackendUnavailable(f"{reason}; {_available_line(exclude=name)}")
    return backend


def _instantiate(name: str) -> CaptureBackend:
    module_name, class_name = BACKENDS[name].split(":")
    cls = getattr(importlib.import_module(module_name), class_name)
    if name == "reastream":
        from companion.config import load_config

        conf = load_config().get("reastream", {})
        return cls(
            host=str(conf.get("host", "127.0.0.1")),
            port=int(conf.get("port", 58710)),
            identifier=str(conf.get("identifier", "default")),
        )
    return cls()


def available_backends() -> dict[str, str | None]:
    """Every backend name -> None when it works here, else the reason it does not."""
    return {name: _instantiate(name).unavailable_reason() for name in BACKENDS}


def _available_line(exclude: str | None = None) -> str:
    names = [n for n, reason in available_backends().items() if reason is None and n != exclude]
    return "available here: " + ", ".join(names)


def setup_hint(os_name: str | None = None) -> str:
    """How to route what REAPER plays into a capture device on this OS."""
    return SETUP_HINTS[os_name or this_os()]


def list_devices(backends: tuple[str, ...] = (*DEVICE_BACKENDS, "reastream")) -> list[DeviceInfo]:
    """Input devices of every working backend in ``backends``; a backend that fails is skipped (logged)."""
    devices: list[DeviceInfo] = []
    for name in backends:
        backend = _instantiate(name)
        if backend.unavailable_reason():
            continue
        try:
            devices.extend(backend.list_devices())
        except CaptureError as exc:
            log.info("listing %s devices failed: %s", name, exc)
    return devices


def find_device(backend: CaptureBackend, device: str | int | None) -> DeviceInfo:
    """Resolve ``device`` for ``backend`` (backends without a device list take any name, e.g. a path)."""
    named = getattr(backend, "device_named", None)
    if named is not None and device is not None and str(device).strip():
        return named(str(device))
    return resolve_device(backend, device)


def open_capture(
    backend: str | CaptureBackend | None = None,
    device: str | int | None = None,
    *,
    sample_rate: int = 48000,
    channels: int = 2,
    buffer_seconds: float = 60.0,
    transport: Callable[[], bool | None] | None = None,
) -> LiveCapture:
    """A ``LiveCapture`` (not started: use ``start()`` or ``with``). ``transport`` is the OSC mirror's
    ``is_playing`` (True/False/None for unknown): ``heard()`` then keeps only what played."""
    chosen = backend if backend is not None and not isinstance(backend, str) else get_backend(backend)
    info = find_device(chosen, device)
    wanted = info.name

    def reresolve() -> DeviceInfo:
        return find_device(chosen, wanted)

    return LiveCapture(
        chosen,
        info,
        sample_rate=sample_rate,
        channels=channels,
        buffer_seconds=buffer_seconds,
        transport=transport,
        reresolve=reresolve,
    )


def record(
    seconds: float,
    backend: str | CaptureBackend | None = None,
    device: str | int | None = None,
    *,
    sample_rate: int = 48000,
    channels: int = 2,
    first_audio_timeout_s: float = FIRST_AUDIO_TIMEOUT_S,
) -> AudioClip:
    """Capture ``seconds`` of audio once. Waits for the device's first block (PulseAudio takes 0.5-1.9 s to
    start), drops ``SETTLE_S`` after it, then returns exactly ``seconds`` of what followed. A capture of pure
    silence is returned as it is (the diagnosis reports silence); a device that sends nothing at all raises
    ``CaptureError`` (except WASAPI-style loopback, where nothing sent means nothing playing)."""
    if not seconds > 0:
        raise BadInput(f"record needs a positive number of seconds, got {seconds}")
    capture = open_capture(
        backend, device, sample_rate=sample_rate, channels=channels, buffer_seconds=seconds + 10.0
    )
    with capture:
        silent_ok = capture.backend.idle_is_silent and capture.backend.name not in ("reastream", "file")
        if not capture.wait_for_audio(first_audio_timeout_s) and not silent_ok:
            raise CaptureError(_no_audio_message(capture, first_audio_timeout_s))
        ring = capture.ring
        start = ring.total_frames + int(SETTLE_S * capture.device_rate_hz)
        end = start + int(round(seconds * capture.device_rate_hz))
        deadline_s = time.monotonic() + seconds * 2.0 + first_audio_timeout_s
        while ring.total_frames < end:
            if capture.ring is not ring:  # the device changed format mid-way: start over on the new ring
                ring = capture.ring
                start = ring.total_frames
                end = start + int(round(seconds * capture.device_rate_hz))
            if time.monotonic() > deadline_s:
                raise CaptureError(
                    f"capture from {capture.device.name!r} ({capture.backend.name}) stalled: "
                    f"{capture.stats.state}"
                )
            time.sleep(0.02)
        clip = capture.read_range(start, end)
        stats = capture.stats
    note = None
    if stats.overflows or stats.xruns or stats.reopen_count:
        note = f"capture had {stats.overflows} overflows, {stats.xruns} xruns, {stats.reopen_count} reopens"
    return AudioClip(samples=clip.samples, sample_rate=clip.sample_rate, source=clip.source, note=note)


def _no_audio_message(capture: LiveCapture, timeout_s: float) -> str:
    if capture.backend.name == "reastream":
        return (
            f"no ReaStream audio with identifier {capture.device.name!r} arrived within {timeout_s:.0f} s: "
            "put ReaStream on REAPER's master, set it to send to this computer, and press play"
        )
    if capture.backend.name == "file":
        return f"the file {capture.device.name} delivered no audio"
    return (
        f"no audio arrived from {capture.device.name!r} ({capture.backend.name}) within {timeout_s:.0f} s "
        f"({capture.stats.state})"
    )
