"""What every capture backend shares: device descriptions, the stream/sink interface, errors, small helpers.

A backend lists devices and opens a ``CaptureStream`` that pushes float32 ``(frames, channels)`` blocks into a
``BlockSink`` (the ``LiveCapture``); everything else (ring, gap filling, reopening, resampling) lives in one
place above the backends, so each backend file only speaks its library.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np

from companion.errors import BadInput, CaptureError

SILENCE_DBFS = -60.0
"""Peak level under which a captured block counts as silence (nothing playing, or the wrong device)."""
SILENCE_MESSAGE = "nothing is playing, or the wrong device is selected"

LOOPBACK_MARKERS: tuple[str, ...] = (
    ".monitor",
    "monitor of",
    "blackhole",
    "loopback",
    "stereo mix",
    "cable output",
    "what u hear",
    "soundflower",
    "reastream",
)
"""Name fragments of inputs that carry what the computer plays (PulseAudio monitors, BlackHole, Loopback,
Stereo Mix, VB-CABLE, "[Loopback]" twins of WASAPI outputs, ReaStream)."""


class BackendUnavailable(CaptureError, BadInput):
    """The capture backend is not installed, or cannot work on this OS / without its sound server."""


class DeviceNotFound(CaptureError, BadInput):
    """No capture device matches the name or index the user gave."""


@dataclass(frozen=True, slots=True)
class DeviceInfo:
    """One input a backend can capture from.

    ``index`` is the backend's own number (PortAudio index...) or None where it has none (a PulseAudio source
    reached through the ``pulse`` device, a ReaStream identifier); ``key`` is what the backend needs to open it.
    """

    backend: str
    name: str
    index: int | None
    channels: int
    default_rate_hz: int
    is_loopback: bool
    hint: str = ""
    key: Any = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "backend": self.backend,
            "name": self.name,
            "index": self.index,
            "channels": self.channels,
            "default_rate_hz": self.default_rate_hz,
            "is_loopback": self.is_loopback,
            "hint": self.hint,
        }


@dataclass(frozen=True, slots=True)
class CaptureStats:
    """How a live capture is doing, for `mixassist run` and the overlay."""

    state: str
    backend: str
    device: str
    device_rate_hz: int
    device_channels: int
    frames_captured: int
    seconds_buffered: float
    overflows: int
    gaps: int
    gap_frames: int
    xruns: int
    reopen_count: int
    last_error: str | None = None
    details: dict[str, Any] = field(
        default_factory=dict
    )  # backend counters, e.g. ReaStream malformed packets

    def to_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__slots__}  # type: ignore[attr-defined]


class BlockSink(Protocol):
    """Where a stream delivers audio (called from the backend's audio thread: must be quick)."""

    def on_block(self, block: np.ndarray, sample_rate_hz: int) -> None: ...

    def on_xrun(self, overflow: bool) -> None: ...

    def on_error(self, message: str) -> None: ...


class CaptureStream(Protocol):
    """An opened device. ``sample_rate_hz``/``channels`` are what it really delivers (0 = not known yet)."""

    sample_rate_hz: int
    channels: int

    def start(self) -> None: ...

    def close(self) -> None: ...


class CaptureBackend(Protocol):
    """One capture library behind the common interface.

    ``idle_is_silent``: the device sends nothing (rather than zeros) while nothing plays (WASAPI loopback,
    ReaStream): the live capture fills that time with silence by wall clock and never reopens for it.
    """

    name: str
    idle_is_silent: bool

    def unavailable_reason(self) -> str | None: ...

    def list_devices(self) -> list[DeviceInfo]: ...

    def default_device(self) -> DeviceInfo: ...

    def open_stream(
        self, device: DeviceInfo, sample_rate_hz: int, channels: int, sink: BlockSink
    ) -> CaptureStream: ...


def looks_like_loopback(name: str) -> bool:
    """Whether a device name suggests it carries what the computer plays."""
    lowered = name.lower()
    return any(marker in lowered for marker in LOOPBACK_MARKERS)


def resolve_device(backend: CaptureBackend, device: str | int | None) -> DeviceInfo:
    """The device the user meant: None = the backend's default; an int (or digits) = its index; a name =
    exact match, then a unique case-insensitive part. Raises ``DeviceNotFound`` listing what exists."""
    if device is None or (isinstance(device, str) and not device.strip()):
        return backend.default_device()
    devices = backend.list_devices()
    if isinstance(device, int) or (isinstance(device, str) and device.strip().isdigit()):
        wanted = int(device)
        for info in devices:
            if info.index == wanted:
                return info
        raise DeviceNotFound(f"no {backend.name} device with index {wanted}; {describe_available(devices)}")
    text = str(device).strip()
    for info in devices:
        if info.name == text:
            return info
    lowered = text.lower()
    matches = [info for info in devices if lowered in info.name.lower()]
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        names = ", ".join(repr(m.name) for m in matches[:6])
        raise DeviceNotFound(f"{text!r} matches several {backend.name} devices ({names}); give the full name")
    raise DeviceNotFound(f"no {backend.name} device named {text!r}; {describe_available(devices)}")


def describe_available(devices: list[DeviceInfo], limit: int = 8) -> str:
    """'available: 'a' (loopback), 3 'b'' in one line, for error messages."""
    if not devices:
        return "no input devices are available"
    parts = []
    for info in devices[:limit]:
        label = f"{info.index} {info.name!r}" if info.index is not None else repr(info.name)
        parts.append(label + (" (loopback)" if info.is_loopback else ""))
    more = f" and {len(devices) - limit} more" if len(devices) > limit else ""
    return "available: " + ", ".join(parts) + more


def peak_dbfs(samples: np.ndarray) -> float:
    """Sample peak in dBFS (-inf for digital silence or no samples)."""
    if samples.size == 0:
        return float("-inf")
    peak = float(np.max(np.abs(samples)))
    return 20.0 * np.log10(peak) if peak > 0 else float("-inf")


def is_silent(samples: np.ndarray, threshold_dbfs: float = SILENCE_DBFS) -> bool:
    """True when nothing above ``threshold_dbfs`` was captured."""
    return peak_dbfs(samples) < threshold_dbfs


def normalise(samples: np.ndarray, rate_in_hz: int, rate_out_hz: int, channels_out: int) -> np.ndarray:
    """Convert ``(frames, channels)`` audio to ``channels_out`` channels at ``rate_out_hz``.

    Mono is copied to both sides, stereo folded to mono by the mean, extra channels dropped; a rate the
    device would not give us is converted with a polyphase filter (scipy, imported only when needed).
    """
    out = samples
    have = out.shape[1]
    if have != channels_out:
        if have == 1:
            out = np.repeat(out, channels_out, axis=1)
        elif channels_out == 1:
            out = out.mean(axis=1, keepdims=True, dtype=np.float32)
        elif have > channels_out:
            out = out[:, :channels_out]
        else:
            out = np.concatenate([out, np.repeat(out[:, -1:], channels_out - have, axis=1)], axis=1)
    if rate_in_hz != rate_out_hz and out.shape[0] > 0:
        from math import gcd

        from scipy.signal import resample_poly  # ~1 s import: only when a device runs at another rate

        g = gcd(int(rate_in_hz), int(rate_out_hz))
        out = resample_poly(out, rate_out_hz // g, rate_in_hz // g, axis=0).astype(np.float32, copy=False)
    return np.ascontiguousarray(out, dtype=np.float32)


def this_os() -> str:
    """'linux', 'windows' or 'macos' (for hints and backend availability)."""
    if sys.platform.startswith("win"):
        return "windows"
    if sys.platform == "darwin":
        return "macos"
    return "linux"


SETUP_HINTS: dict[str, str] = {
    "linux": (
        "on Linux, capture the monitor of the output REAPER plays to: `mixassist listen --device <sink>.monitor` "
        "(PulseAudio or PipeWire; `pactl list short sources` lists them), or put ReaStream on REAPER's master "
        "and use --backend reastream"
    ),
    "macos": (
        "on macOS, install BlackHole, make a Multi-Output Device (speakers + BlackHole) in Audio MIDI Setup, "
        "send REAPER to it and pick BlackHole here; or put ReaStream on REAPER's master and use --backend reastream"
    ),
    "windows": (
        "on Windows, use --backend soundcard or --backend pyaudiowpatch (WASAPI loopback of your speakers), "
        "enable 'Stereo Mix', or install VB-CABLE; or put ReaStream on REAPER's master and use --backend reastream"
    ),
}
