"""A preallocated audio ring: the capture callback writes into it, any thread reads the newest seconds.

Why hand-written: the callback must not allocate or shift memory (``np.roll`` of a 30 s ring costs 3-44 ms
here), so writes copy at most two slices at a moving index and readers copy at most two slices back out.
A parallel int8 array keeps, per frame, what the transport said while it was captured (playing / stopped /
unknown), so "only what was heard while REAPER played" can be cut out later without a second pass.
"""

from __future__ import annotations

import threading

import numpy as np

FLAG_UNKNOWN = -1
FLAG_STOPPED = 0
FLAG_PLAYING = 1


class RingBuffer:
    """The newest ``capacity_frames`` frames of ``channels``-channel float32 audio.

    Positions are absolute frame counts since creation (``total_frames``), so a reader can keep its own read
    index and ask for "everything since position p" (``read_since``) without the ring knowing its readers.
    Counters: ``overflows`` (data lost before it reached the ring: a write larger than the ring, or an input
    overflow the backend reported through ``note_overflow``), ``gaps`` / ``gap_frames`` (silence written by
    ``fill_silence`` where the device delivered nothing).
    """

    def __init__(self, capacity_frames: int, channels: int) -> None:
        if capacity_frames < 1 or channels < 1:
            raise ValueError(f"ring needs at least 1 frame and 1 channel, got {capacity_frames}x{channels}")
        self.capacity_frames = int(capacity_frames)
        self.channels = int(channels)
        self._data = np.zeros((self.capacity_frames, self.channels), dtype=np.float32)
        self._flags = np.full(self.capacity_frames, FLAG_UNKNOWN, dtype=np.int8)
        self._write_index = 0
        self._total = 0
        self._lock = threading.Lock()
        self.overflows = 0
        self.gaps = 0
        self.gap_frames = 0

    # ------------------------------------------------------------------ writing (the audio thread)

    def write(self, block: np.ndarray, flag: int = FLAG_UNKNOWN) -> None:
        """Append ``block`` (frames, channels); O(len(block)), independent of the ring size."""
        frames = block.shape[0]
        if frames == 0:
            return
        skipped = 0
        if frames > self.capacity_frames:  # only the newest ring-full survives; the rest still took time
            skipped = frames - self.capacity_frames
            block = block[skipped:]
            frames = self.capacity_frames
        with self._lock:
            if skipped:
                self.overflows += 1
                self._advance(skipped)
            start = self._write_index
            first = min(frames, self.capacity_frames - start)
            self._data[start : start + first] = block[:first]
            self._flags[start : start + first] = flag
            rest = frames - first
            if rest:
                self._data[:rest] = block[first:]
                self._flags[:rest] = flag
            self._advance(frames)

    def _advance(self, frames: int) -> None:
        """Move the write index and the absolute position together (caller holds the lock)."""
        self._write_index = (self._write_index + frames) % self.capacity_frames
        self._total += frames

    def fill_silence(self, frames: int, flag: int = FLAG_UNKNOWN) -> None:
        """Write ``frames`` of silence for time in which the device delivered nothing, and count the gap."""
        if frames <= 0:
            return
        frames = int(frames)
        skipped = max(0, frames - self.capacity_frames)
        frames -= skipped
        with self._lock:
            self._advance(skipped)
            start = self._write_index
            first = min(frames, self.capacity_frames - start)
            self._data[start : start + first] = 0.0
            self._flags[start : start + first] = flag
            rest = frames - first
            if rest:
                self._data[:rest] = 0.0
                self._flags[:rest] = flag
            self._advance(frames)
            self.gaps += 1
            self.gap_frames += frames + skipped

    def note_overflow(self) -> None:
        """Count an input overflow the device reported (frames lost before they reached us)."""
        with self._lock:
            self.overflows += 1

    # ------------------------------------------------------------------ reading (any thread)

    @property
    def total_frames(self) -> int:
        """Frames written since creation: the absolute position of the next frame."""
        return self._total

    @property
    def available_frames(self) -> int:
        """Frames that can still be read (at most the capacity)."""
        return min(self._total, self.capacity_frames)

    def last(self, frames: int) -> np.ndarray:
        """A copy of the newest ``frames`` frames (fewer when fewer were written), oldest first."""
        with self._lock:
            end = self._total
            return self._copy_range(max(end - int(frames), end - self.capacity_frames, 0), end)[0]

    def last_with_flags(self, frames: int) -> tuple[np.ndarray, np.ndarray]:
        """Like ``last`` plus the transport flag of every frame."""
        with self._lock:
            end = self._total
            return self._copy_range(max(end - int(frames), end - self.capacity_frames, 0), end, flags=True)

    def flags_last(self, frames: int) -> tuple[np.ndarray, int]:
        """The transport flags of the newest ``frames`` frames and the absolute position they end at."""
        with self._lock:
            end = self._total
            start = max(end - int(frames), end - self.capacity_frames, 0)
            return self._copy_range(start, end, samples=False, flags=True)[1], end

    def read_range(self, start: int, end: int) -> np.ndarray:
        """A copy of absolute frames ``start:end``, clipped to what the ring still holds."""
        with self._lock:
            end = min(int(end), self._total)
            start = max(int(start), self._total - self.capacity_frames, 0)
            return self._copy_range(start, max(start, end))[0]

    def read_since(self, position: int) -> tuple[np.ndarray, int, int]:
        """Everything written since absolute ``position``: (samples, new position, frames lost).

        Frames lost > 0 means the reader fell more than a ring behind and the oldest unread frames were
        overwritten.
        """
        with self._lock:
            end = self._total
            oldest = max(end - self.capacity_frames, 0)
            lost = max(0, oldest - int(position))
            start = max(int(position), oldest)
            return self._copy_range(start, end)[0], end, lost

    def _copy_range(
        self, start: int, end: int, *, samples: bool = True, flags: bool = False
    ) -> tuple[np.ndarray, np.ndarray]:
        """Copy absolute ``start:end`` (caller holds the lock and checked bounds): at most two slices."""
        frames = end - start
        out = np.empty((frames if samples else 0, self.channels), dtype=np.float32)
        out_flags = np.empty(frames if flags else 0, dtype=np.int8)
        if frames <= 0:
            return out, out_flags
        i = start % self.capacity_frames
        first = min(frames, self.capacity_frames - i)
        rest = frames - first
        if samples:
            out[:first] = self._data[i : i + first]
            if rest:
                out[first:] = self._data[:rest]
        if flags:
            out_flags[:first] = self._flags[i : i + first]
            if rest:
                out_flags[first:] = self._flags[:rest]
        return out, out_flags
