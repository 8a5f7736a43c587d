"""Crash-safe JSON-lines files: whole-line appends under a lock, atomic rewrites, readers that skip torn lines.

What the session log stands on. Why each piece: a line is one ``write`` of ``json + "\\n"`` (JSON escapes every
newline inside), so a complete line is a complete record; a crash can leave only a last line without its
newline, which readers never count and the next append cuts off before writing. Locks are ``flock``/``msvcrt``
locks, freed by the OS when a process dies (``kill -9`` included). A rewrite goes to a temporary file that is
renamed over the old one: a crash leaves one or the other, whole.
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

Validator = Callable[[Any], bool]


class FileLock:
    """An exclusive lock on a file (fcntl on POSIX, msvcrt on Windows); freed by the OS when the process
    dies, so a ``kill -9`` never leaves anything locked."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self, blocking: bool = True) -> bool:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            if os.name == "nt":  # pragma: no cover - exercised on Windows only
                import msvcrt

                mode = msvcrt.LK_LOCK if blocking else msvcrt.LK_NBLCK
                msvcrt.locking(fd, mode, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB))
        except OSError:
            os.close(fd)
            if blocking:
                raise
            return False
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            if os.name == "nt":  # pragma: no cover
                import msvcrt

                msvcrt.locking(self._fd, msvcrt.LK_UNLCK, 1)
            else:
                import fcntl

                fcntl.flock(self._fd, fcntl.LOCK_UN)
        finally:
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> FileLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def json_safe(value: Any) -> Any:
    """``value`` with every NaN/inf float as None (JSON carries neither; a finding's evidence may)."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_safe(v) for v in value]
    return value


def encode_line(obj: Any) -> bytes:
    """One JSON line (no NaN, no raw newline inside: ``json.dumps`` escapes them)."""
    return (json.dumps(obj, ensure_ascii=False, allow_nan=False, separators=(",", ":")) + "\n").encode(
        "utf-8"
    )


def read_lines(path: Path, valid: Validator) -> tuple[list[Any], int]:
    """(records, broken lines) of a JSON-lines file: only complete lines that parse and pass ``valid``
    count; a last line without its newline is a write cut short and is never a record."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return [], 0
    records, broken = [], 0
    lines = data.split(b"\n")
    tail = lines.pop()  # after the last newline: empty, or a torn write
    broken += 1 if tail.strip() else 0
    for line in lines:
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except (ValueError, UnicodeDecodeError):
            broken += 1
            continue
        if valid(obj):
            records.append(obj)
        else:
            broken += 1
    return records, broken


def _cut_torn_tail(fd: int) -> None:
    """Drop bytes after the last newline (a write cut short by a crash), so the next line starts clean."""
    size = os.fstat(fd).st_size
    pos = size
    chunk = 4096
    while pos > 0:
        start = max(0, pos - chunk)
        data = os.pread(fd, pos - start, start) if hasattr(os, "pread") else _read_at(fd, start, pos - start)
        idx = data.rfind(b"\n")
        if idx >= 0:
            end = start + idx + 1
            if end != size:
                log.warning("dropping %d bytes of a line cut short by a crash", size - end)
                os.ftruncate(fd, end)
            return
        pos = start
    if size:
        log.warning("dropping %d bytes of a line cut short by a crash", size)
        os.ftruncate(fd, 0)


def _read_at(fd: int, offset: int, length: int) -> bytes:  # pragma: no cover - Windows has no pread
    os.lseek(fd, offset, os.SEEK_SET)
    return os.read(fd, length)


def append_line(path: Path, lock: Path, obj: Any, *, fsync: bool = True) -> int:
    """Append ``obj`` to ``path`` as one line, whole or not at all, under the lock file ``lock``; the
    bytes written."""
    data = encode_line(obj)
    with FileLock(lock):
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_APPEND | getattr(os, "O_BINARY", 0), 0o644)
        try:
            _cut_torn_tail(fd)
            view = memoryview(data)
            while view:  # a regular file takes it in one write; loop only for the rare short write
                view = view[os.write(fd, view) :]
            if fsync:
                os.fsync(fd)
        finally:
            os.close(fd)
    return len(data)


def rewrite_lines(
    path: Path, lock: Path, valid: Validator, update: Callable[[list[Any]], Any], *, fsync: bool = True
) -> Any:
    """Read the records, let ``update(records)`` change them in place (its return value is passed back),
    write them to a temporary file and rename it over ``path``: atomic, under the lock file ``lock``."""
    with FileLock(lock):
        records, broken = read_lines(path, valid)
        result = update(records)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        with open(tmp, "wb") as fh:
            for obj in records:
                fh.write(encode_line(obj))
            fh.flush()
            if fsync:
                os.fsync(fh.fileno())
        os.replace(tmp, path)
        if broken:
            log.warning("%s: %d broken line(s) dropped while rewriting", path, broken)
    return result


def write_json_atomic(path: Path, data: Any, *, fsync: bool = True) -> None:
    """A JSON file written to a temporary name, flushed, then renamed into place."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=1, allow_nan=False)
        fh.flush()
        if fsync:
            os.fsync(fh.fileno())
    os.replace(tmp, path)


def folder_bytes(folder: Path) -> int:
    """Bytes of every file under ``folder``."""
    total = 0
    for root, _dirs, files in os.walk(folder):
        for name in files:
            with contextlib.suppress(OSError):
                total += os.stat(os.path.join(root, name)).st_size
    return total
