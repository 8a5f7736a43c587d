"""A capture that is always ready: a backend stream feeding a ring buffer, kept alive by a watchdog.

The watchdog (one thread, every 50 ms) samples the transport (is REAPER playing?), fills with silence the time
in which a device that goes quiet when idle (WASAPI loopback, ReaStream) sent nothing, notices a stream that
failed or stalled, and reopens it with backoff; ``stats.state`` says what is going on. The audio callback only
copies into the ring. The ring stores what the device really delivers; conversion to the requested rate and
channel count happens on read, once per clip, never in the callback.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

import numpy as np

from bridge.capture.base import (
    SILENCE_DBFS,
    SILENCE_MESSAGE,
    BlockSink,
    CaptureBackend,
    CaptureStats,
    CaptureStream,
    DeviceInfo,
    DeviceNotFound,
    normalise,
)
from bridge.capture.ring_buffer import FLAG_PLAYING, FLAG_STOPPED, FLAG_UNKNOWN, RingBuffer
from companion.context import AudioClip

log = logging.getLogger(__name__)

TICK_S = 0.05
GAP_S = 0.25
"""No block for this long from a device that is quiet when idle: fill the time with silence."""
STALL_S = 3.0
"""No block for this long from a device that always streams: it failed, reopen it."""
FIRST_BLOCK_TIMEOUT_S = 8.0
BACKOFF_START_S = 0.5
BACKOFF_MAX_S = 8.0
TRIM_BLOCK_S = 0.01
PRESENCE_CHECK_S = 2.0
"""How often to ask the backend whether the device still exists: PulseAudio moves a stream whose source
vanished to another source instead of failing it, so a stall alone would never show it."""

Transport = Callable[[], "bool | None"]


class LiveCapture(BlockSink):
    """Capture from one device into a ``buffer_seconds`` ring; read the newest audio as ``AudioClip``."""

    def __init__(
        self,
        backend: CaptureBackend,
        device: DeviceInfo,
        *,
        sample_rate: int = 48000,
        channels: int = 2,
        buffer_seconds: float = 60.0,
        transport: Transport | None = None,
        reresolve: Callable[[], DeviceInfo] | None = None,
    ) -> None:
        if buffer_seconds <= 0:
            raise ValueError(f"buffer_seconds must be positive, got {buffer_seconds}")
        self.backend = backend
        self.device = device
        self.sample_rate = int(sample_rate)
        self.channels = int(channels)
        self.buffer_seconds = float(buffer_seconds)
        self._transport = transport
        self._reresolve = reresolve
        self._ring_rate_hz = self.sample_rate
        self._ring = RingBuffer(self._frames(self.sample_rate), self.channels)
        self._stream: CaptureStream | None = None
        self._stream_lock = threading.Lock()
        self._flag = FLAG_UNKNOWN
        self._state = "stopped"
        self._error: str | None = None
        self._last_error: str | None = None
        self._xruns = 0
        self._overflows_before = 0  # overflows/gaps counted by rings we replaced
        self._gaps_before = 0
        self._gap_frames_before = 0
        self._reopen_count = 0
        self._opened_s = 0.0
        self._last_block_s: float | None = None
        self._last_fill_s: float | None = None
        self._next_open_s = 0.0
        self._backoff_s = BACKOFF_START_S
        self._presence_checked_s = 0.0
        self._first_block = threading.Event()
        self._stop = threading.Event()
        self._watchdog: threading.Thread | None = None

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> LiveCapture:
        """Open the device (errors here are raised: the user picked it) and start the watchdog."""
        if self._watchdog is not None:
            return self
        self._stop.clear()
        self._poll_transport()
        self._open()
        self._watchdog = threading.Thread(target=self._watch, name="capture-watchdog", daemon=True)
        self._watchdog.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._watchdog is not None:
            self._watchdog.join(timeout=2.0)
            self._watchdog = None
        self._close_stream()
        self._state = "stopped"

    def __enter__(self) -> LiveCapture:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _frames(self, rate_hz: int) -> int:
        return max(1, int(round(self.buffer_seconds * rate_hz)))

    def _label(self) -> str:
        return f"{self.device.name} ({self.backend.name})"

    def _open(self) -> None:
        stream = self.backend.open_stream(self.device, self.sample_rate, self.channels, self)
        with self._stream_lock:
            self._error = None
            self._last_block_s = None
            self._opened_s = time.monotonic()
            if stream.sample_rate_hz and stream.channels:
                self._ensure_ring(stream.sample_rate_hz, stream.channels)
            self._stream = stream
            self._state = f"waiting for audio from {self._label()}"
        try:
            stream.start()
        except Exception:
            with self._stream_lock:
                self._stream = None
            stream.close()
            raise

    def _close_stream(self) -> None:
        with self._stream_lock:
            stream, self._stream = self._stream, None
        if stream is not None:
            stream.close()

    # ------------------------------------------------------------------ the sink (audio threads)

    def on_block(self, block: np.ndarray, sample_rate_hz: int) -> None:
        ring = self._ring
        if sample_rate_hz != self._ring_rate_hz or block.shape[1] != ring.channels:
            ring = self._ensure_ring(sample_rate_hz, block.shape[1])
        ring.write(block, self._flag)
        self._last_block_s = time.monotonic()
        if not self._first_block.is_set():
            self._first_block.set()

    def on_xrun(self, overflow: bool) -> None:
        self._xruns += 1
        if overflow:
            self._ring.note_overflow()

    def on_error(self, message: str) -> None:
        self._error = message

    def _ensure_ring(self, rate_hz: int, channels: int) -> RingBuffer:
        """A new, empty ring when the device's format changes (another rate after a reopen, a new sender)."""
        ring = self._ring
        if rate_hz == self._ring_rate_hz and channels == ring.channels:
            return ring
        log.info("capture format is now %d Hz x %d channels", rate_hz, channels)
        self._overflows_before += ring.overflows
        self._gaps_before += ring.gaps
        self._gap_frames_before += ring.gap_frames
        new = RingBuffer(self._frames(rate_hz), channels)
        self._ring_rate_hz = int(rate_hz)
        self._ring = new
        return new

    # ------------------------------------------------------------------ the watchdog

    def _watch(self) -> None:
        while not self._stop.wait(TICK_S):
            try:
                self._tick(time.monotonic())
            except Exception:  # the watchdog must outlive anything a backend throws at it
                log.exception("capture watchdog")

    def _tick(self, now_s: float) -> None:
        self._poll_transport()
        if self._stream is None:
            self._fill_gap(now_s)
            if now_s >= self._next_open_s:
                self._try_reopen(now_s)
            return
        reason = self._failure(now_s)
        if reason:
            self._last_error = reason
            log.warning("capture from %s failed: %s", self._label(), reason)
            self._close_stream()
            self._schedule_reopen(now_s, reason)
            return
        if self.backend.idle_is_silent:
            self._fill_gap(now_s)
            if self._last_block_s is None:
                self._state = f"capturing from {self._label()}: nothing sent yet (silence filled)"
        if self._last_block_s is not None:
            self._state = f"capturing from {self._label()}"
            if now_s - self._opened_s > 5.0:
                self._backoff_s = BACKOFF_START_S

    def _failure(self, now_s: float) -> str | None:
        if self._error:
            return self._error
        is_present = getattr(self.backend, "is_present", None)
        if is_present is not None and now_s - self._presence_checked_s >= PRESENCE_CHECK_S:
            self._presence_checked_s = now_s
            if not is_present(self.device):
                return "the device disappeared"
        if self.backend.idle_is_silent:
            return None
        if self._last_block_s is None:
            if now_s - self._opened_s > FIRST_BLOCK_TIMEOUT_S:
                return f"no audio {FIRST_BLOCK_TIMEOUT_S:.0f} s after opening"
            return None
        if now_s - self._last_block_s > STALL_S:
            return f"no audio for {STALL_S:.0f} s"
        return None

    def _schedule_reopen(self, now_s: float, reason: str) -> None:
        self._next_open_s = now_s + self._backoff_s
        self._state = f"reopening {self._label()} in {self._backoff_s:.1f} s: {reason}"
        self._backoff_s = min(self._backoff_s * 2.0, BACKOFF_MAX_S)

    def _try_reopen(self, now_s: float) -> None:
        try:
            if self._reresolve is not None:
                self.device = self._reresolve()
            self._open()
        except DeviceNotFound:  # still gone: try again later, a little slower
            self._schedule_reopen(now_s, "waiting for the device to come back")
            return
        except Exception as exc:  # it is there but will not open (busy, server restarting)
            self._last_error = str(exc)
            self._schedule_reopen(now_s, str(exc))
            return
        self._reopen_count += 1
        log.info("reopened %s", self._label())

    def _fill_gap(self, now_s: float) -> None:
        """Write silence for wall-clock time in which nothing arrived, so the timeline stays true."""
        anchor = max(self._last_block_s or self._opened_s, self._last_fill_s or 0.0)
        if now_s - anchor < GAP_S:
            return
        frames = int(round((now_s - anchor) * self._ring_rate_hz))
        self._ring.fill_silence(frames, self._flag)
        self._last_fill_s = anchor + frames / self._ring_rate_hz

    def _poll_transport(self) -> None:
        if self._transport is None:
            return
        try:
            playing = self._transport()
        except Exception as exc:  # the OSC mirror went away: the state is simply unknown
            log.debug("transport callable failed: %s", exc)
            playing = None
        self._flag = FLAG_UNKNOWN if playing is None else (FLAG_PLAYING if playing else FLAG_STOPPED)

    # ------------------------------------------------------------------ reading

    @property
    def ring(self) -> RingBuffer:
        return self._ring

    @property
    def device_rate_hz(self) -> int:
        return self._ring_rate_hz

    def wait_for_audio(self, timeout_s: float) -> bool:
        """Block until the first block arrived (start-up takes 0.5-1.9 s through PulseAudio)."""
        return self._first_block.wait(timeout_s)

    def _clip(self, native: np.ndarray, rate_hz: int, note: str | None = None) -> AudioClip:
        samples = normalise(native, rate_hz, self.sample_rate, self.channels)
        return AudioClip(
            samples=samples, sample_rate=self.sample_rate, source=f"capture:{self._label()}", note=note
        )

    def last(self, seconds: float) -> AudioClip:
        """The newest ``seconds`` of audio (less when less was captured), at the requested rate and channels."""
        ring, rate_hz = self._ring, self._ring_rate_hz
        wanted = int(round(seconds * rate_hz))
        native = ring.last(wanted)
        note = None
        if native.shape[0] < wanted:
            note = f"only {native.shape[0] / rate_hz:.1f} s captured so far"
        return self._clip(native, rate_hz, note)

    def heard(self, seconds: float) -> AudioClip:
        """The newest ``seconds`` of audio that was heard.

        With a transport callable: only frames captured while it said "playing" (spans joined); a zero-length
        clip with a note when REAPER did not play. Without one (or when it never knew): the newest non-silent
        stretch, leading and trailing silence trimmed; all silence comes back as silence with a note.
        """
        ring, rate_hz = self._ring, self._ring_rate_hz
        wanted = int(round(seconds * rate_hz))
        if wanted <= 0:
            return self._clip(np.zeros((0, ring.channels), np.float32), rate_hz)
        flags, end = ring.flags_last(ring.capacity_frames)
        if self._transport is not None and np.any(flags != FLAG_UNKNOWN):
            playing = np.flatnonzero(flags == FLAG_PLAYING)
            if playing.size == 0:
                empty = np.zeros((0, self.channels), dtype=np.float32)
                note = f"REAPER did not play during the last {flags.size / rate_hz:.0f} s"
                return AudioClip(empty, self.sample_rate, source=f"capture:{self._label()}", note=note)
            take = playing[-wanted:]
            base = end - flags.size
            span = ring.read_range(base + int(take[0]), end)
            native = span[take - take[0]] if span.shape[0] == end - base - take[0] else span
            note = (
                None if native.shape[0] >= wanted else f"REAPER played only {native.shape[0] / rate_hz:.1f} s"
            )
            return self._clip(native, rate_hz, note)
        return self._heard_by_silence(ring.last(ring.capacity_frames), rate_hz, wanted)

    def _heard_by_silence(self, data: np.ndarray, rate_hz: int, wanted: int) -> AudioClip:
        block = max(1, int(rate_hz * TRIM_BLOCK_S))
        blocks = data.shape[0] // block
        if blocks == 0:
            return self._clip(data[-wanted:] if wanted else data[:0], rate_hz, "nothing captured yet")
        offset = data.shape[0] - blocks * block
        peaks = np.abs(data[offset:]).reshape(blocks, block * data.shape[1]).max(axis=1)
        loud = np.flatnonzero(peaks >= 10.0 ** (SILENCE_DBFS / 20.0))
        if loud.size == 0:
            return self._clip(data[-wanted:], rate_hz, f"only silence was captured: {SILENCE_MESSAGE}")
        end = offset + (int(loud[-1]) + 1) * block
        start = max(0, end - wanted)
        first_loud = loud[loud * block + offset >= start]
        if first_loud.size:
            start = max(start, offset + int(first_loud[0]) * block)
        native = data[start:end]
        note = None if native.shape[0] >= wanted else f"only {native.shape[0] / rate_hz:.1f} s was heard"
        return self._clip(native, rate_hz, note)

    def read_range(self, start: int, end: int) -> AudioClip:
        """Absolute native frames ``start:end`` (see ``ring.total_frames``), converted like ``last``."""
        return self._clip(self._ring.read_range(start, end), self._ring_rate_hz)

    @property
    def stats(self) -> CaptureStats:
        ring = self._ring
        return CaptureStats(
            state=self._state,
            backend=self.backend.name,
            device=self.device.name,
            device_rate_hz=self._ring_rate_hz,
            device_channels=ring.channels,
            frames_captured=ring.total_frames,
            seconds_buffered=round(ring.available_frames / self._ring_rate_hz, 3),
            overflows=self._overflows_before + ring.overflows,
            gaps=self._gaps_before + ring.gaps,
            gap_frames=self._gap_frames_before + ring.gap_frames,
            xruns=self._xruns,
            reopen_count=self._reopen_count,
            last_error=self._last_error,
            details=dict(counters()) if (counters := getattr(self._stream, "counters", None)) else {},
        )
