"""The session log: every exchange kept in MixAssist's format, so the user's own sessions become a dataset.

One folder per session under ``<data dir>/sessions/<name>/``: ``session.jsonl`` (one row per exchange: the
eight MixAssist columns, then the companion's own) and ``audio/`` (the clip as FLAC, the REAPER snapshot
beside it). Why it is built this way:

- The answer never waits for the disk: ``record`` builds the row and returns at once; one writer thread
  encodes the FLAC, moves it into place, and only then appends the row (a row never names missing audio).
- Appends survive ``kill -9``: a row is one ``write`` of one line under a lock; a line without its newline
  (a write cut short) is never read as a row, and the next append cuts it off before writing.
- Feedback rewrites the file to a temporary name and renames it over the old one (atomic), under the same
  lock, so a crash leaves either the old file or the new one.
- One recording process per session (a lock held while it records); ``sessions feedback`` from another
  process only takes the short row lock.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import re
import threading
import time
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from companion.context import Advice, MixContext, Topic, Turn
from companion.errors import BadInput, MixAssistError
from companion.jsonl import (
    FileLock,
    append_line,
    encode_line,
    folder_bytes,
    json_safe,
    read_lines,
    rewrite_lines,
    write_json_atomic,
)

log = logging.getLogger(__name__)

MIXASSIST_COLUMNS = (
    "conversation_id",
    "topic",
    "turn_id",
    "has_content",
    "input_history",
    "audio_file",
    "user",
    "assistant",
)
OWN_COLUMNS = (
    "created_at",
    "backend",
    "analysis",
    "findings",
    "snapshot_file",
    "feedback",
    "corrected_assistant",
)
PLACEHOLDER_USER = "Please analyze this audio segment."
PLACEHOLDER_ASSISTANT = "I need more information before I can respond. Please elaborate."
FEEDBACK_VALUES = ("up", "down", None)
ROWS_FILE = "session.jsonl"
AUDIO_DIR = "audio"
ROW_LOCK_FILE = ".rows.lock"
WRITER_LOCK_FILE = ".writer.lock"
DEFAULT_MAX_MB = 2048.0
"""Size cap of one session folder (rows and audio); past it, asks are answered but not recorded."""
SAVED_AUDIO_S = 30.0
"""Seconds of each clip kept: what an audio model hears (Qwen2-Audio: the last 30 s)."""
FLAC_SUBTYPE = "PCM_24"
WRITE_DELAY_S = 0.02
"""The writer starts this long after ``record`` returns: the asking thread (printing or drawing the answer)
gets the interpreter first instead of waiting out a GIL switch interval behind the FLAC encoder."""
MAX_HISTORY_TURNS = 16
"""Earlier turns kept in a row's ``input_history`` (the last 8 exchanges): a day-long conversation must not
make every row longer than the last; the prompt builder keeps even less, and ``history()`` reads the rows."""
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
_FILLER = re.compile(
    r"^(ok(ay)?|k|cool|nice|great|thanks?( you)?|thx|ty|yeah?|yep|yup|yes|no|nope|sure|right|got it|alright|"
    r"mm+[- ]?hmm+|uh[- ]?huh|hmm+|um+|uh+|oh|ah|wow|awesome|perfect|sounds good|makes sense|i see|lol)$",
    re.IGNORECASE,
)


class SessionError(MixAssistError):
    """The session log could not record (busy, full, or the disk failed)."""


class SessionFull(SessionError):
    """The session folder reached its size cap."""


class SessionBusy(SessionError):
    """Another process is recording this session."""


@dataclass(frozen=True, slots=True)
class TurnRef:
    """Where one recorded exchange lives: what ``feedback`` and the overlay need to point at it."""

    session: str
    conversation_id: str
    turn_id: int
    audio_file: str | None = None  # relative to the session folder, e.g. "audio/x_conv1_t0003.flac"


# ---------------------------------------------------------------- names and places


def data_dir(override: Path | None = None) -> Path:
    """``override``, ``$MIXASSIST_DATA_DIR``, or the platform's user data folder for mixassist."""
    if override is not None:
        return Path(override)
    env = os.environ.get("MIXASSIST_DATA_DIR")
    if env:
        return Path(env)
    from platformdirs import user_data_dir

    return Path(user_data_dir("mixassist"))


def sessions_dir(override: Path | None = None) -> Path:
    return data_dir(override) / "sessions"


def default_session_name(source: str, today: dt.date | None = None) -> str:
    """One session per day and source: ``2025-11-29-cli``."""
    return f"{(today or dt.date.today()).isoformat()}-{source}"


def check_session_name(name: str) -> str:
    """A session name is a folder name: letters, digits, ``.``, ``_``, ``-`` (at most 64)."""
    if not _NAME.match(name or ""):
        raise BadInput(
            f"session name {name!r}: use letters, digits, '.', '_' or '-' (at most 64, not starting with . or -)"
        )
    return name


def is_filler(text: str) -> bool:
    """An acknowledgment with nothing to learn from ("ok", "thanks", "mm-hmm")."""
    words = re.sub(r"[^\w\s'-]", " ", (text or "").lower()).split()
    return not words or bool(_FILLER.match(" ".join(words)))


def has_content(user: str, assistant: str) -> bool:
    """MixAssist's ``has_content``: the reply says something and answers something (not filler, not a
    placeholder)."""
    if assistant.strip() in ("", PLACEHOLDER_ASSISTANT) or user.strip() == PLACEHOLDER_USER:
        return False
    return not is_filler(assistant) and not is_filler(user)


# ---------------------------------------------------------------- row files


def _valid_row(obj: Any) -> bool:
    return isinstance(obj, dict) and all(k in obj for k in MIXASSIST_COLUMNS)


def read_rows(path: Path) -> tuple[list[dict[str, Any]], int]:
    """(rows, broken lines) of a ``session.jsonl``: complete lines holding the MixAssist columns only."""
    return read_lines(path, _valid_row)


def encode_row(row: dict[str, Any]) -> bytes:
    return encode_line(row)


def append_row(folder: Path, row: dict[str, Any], *, fsync: bool = True) -> int:
    """Append one row to ``folder/session.jsonl``, whole or not at all; the bytes written."""
    return append_line(folder / ROWS_FILE, folder / ROW_LOCK_FILE, row, fsync=fsync)


def rewrite_rows(folder: Path, update: Any, *, fsync: bool = True) -> Any:
    """``update(rows)`` applied to the rows of ``folder/session.jsonl``, rewritten atomically."""
    return rewrite_lines(folder / ROWS_FILE, folder / ROW_LOCK_FILE, _valid_row, update, fsync=fsync)


def _write_flac(path: Path, samples: np.ndarray, sample_rate: int, fsync: bool) -> None:
    """FLAC to a temporary name, flushed, then renamed: the final name exists only once the audio is whole."""
    import soundfile as sf

    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "wb") as fh:
        sf.write(fh, samples, int(sample_rate), format="FLAC", subtype=FLAC_SUBTYPE)
        fh.flush()
        if fsync:
            os.fsync(fh.fileno())
    os.replace(tmp, path)


def _now_iso() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


_TOPICS = {t.value: t for t in Topic}


def row_turns(row: dict[str, Any]) -> tuple[Turn, Turn]:
    """The two turns one row adds to its conversation (the question with its clip, then the reply)."""
    topic = _TOPICS.get(str(row.get("topic")))
    return (
        Turn("user", str(row["user"]), row.get("audio_file"), topic),
        Turn("assistant", str(row["assistant"]), None, topic),
    )


def history_of(rows: list[dict[str, Any]], conversation_id: str) -> tuple[Turn, ...]:
    """The turns of one conversation, in order, with their topics (what an advisor continues from)."""
    mine = sorted((r for r in rows if r["conversation_id"] == conversation_id), key=lambda r: r["turn_id"])
    return tuple(t for r in mine for t in row_turns(r))


# ---------------------------------------------------------------- the log


class SessionLog:
    """One session's log. ``open`` it, hand it to ``Companion(session_log=...)``; every ask is recorded.

    Thread-safe; ``record`` returns at once (the writing happens on one background thread), ``flush``
    waits for it, ``close`` flushes and frees the session for other processes.
    """

    def __init__(
        self,
        name: str,
        folder: Path,
        *,
        source: str = "cli",
        max_mb: float = DEFAULT_MAX_MB,
        fsync: bool = True,
        write_delay_s: float = WRITE_DELAY_S,
    ) -> None:
        self.name = name
        self.write_delay_s = write_delay_s
        self.folder = folder
        self.source = source
        self.max_bytes = int(max_mb * 1024 * 1024)
        self.fsync = fsync
        self._lock = threading.RLock()
        self._writer_lock = FileLock(folder / WRITER_LOCK_FILE)
        self._recording = False
        self._executor: ThreadPoolExecutor | None = None
        self._pending: list[Future[None]] = []
        self._errors: list[str] = []
        self._rows, broken = read_rows(folder / ROWS_FILE)
        if broken:
            log.warning("session %s: %d broken line(s) skipped", name, broken)
        self._bytes = folder_bytes(folder)
        last = self._rows[-1]["conversation_id"] if self._rows else None
        self.conversation_id: str = last or f"{name}_conv1"
        self._sync_conversation()

    # ------------------------------------------------------------ opening

    @classmethod
    def open(
        cls,
        name: str | None = None,
        *,
        source: str = "cli",
        data_dir: Path | None = None,
        max_mb: float | None = None,
        fsync: bool = True,
        write_delay_s: float = WRITE_DELAY_S,
    ) -> SessionLog:
        """The session ``name`` (default: one per day and ``source``), created if new; its last
        conversation continues."""
        name = check_session_name(default_session_name(source) if name is None else name)
        folder = sessions_dir(data_dir) / name
        try:
            (folder / AUDIO_DIR).mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise BadInput(f"cannot create the session folder {folder}: {exc.strerror}") from None
        return cls(
            name,
            folder,
            source=source,
            max_mb=DEFAULT_MAX_MB if max_mb is None else max_mb,
            fsync=fsync,
            write_delay_s=write_delay_s,
        )

    @classmethod
    def existing(cls, name: str, *, data_dir: Path | None = None) -> SessionLog:
        """An existing session (BadInput when there is none by that name)."""
        check_session_name(name)
        folder = sessions_dir(data_dir) / name
        if not (folder / ROWS_FILE).is_file():
            raise BadInput(f"no session named {name!r} in {folder.parent} (see: mixassist sessions list)")
        return cls(name, folder)

    # ------------------------------------------------------------ reading

    def rows(self) -> list[dict[str, Any]]:
        """Every row recorded so far (including ones still being written), in order."""
        with self._lock:
            return [dict(r) for r in self._rows]

    def history(self) -> tuple[Turn, ...]:
        """The current conversation's turns, to continue it."""
        with self._lock:
            return tuple(self._turns)

    def new_conversation(self) -> str:
        """Start a new conversation in this session (the overlay's "new conversation"); its id."""
        with self._lock:
            ids = {r["conversation_id"] for r in self._rows} | {self.conversation_id}
            k = len(ids) + 1
            while f"{self.name}_conv{k}" in ids:
                k += 1
            self.conversation_id = f"{self.name}_conv{k}"
            self._sync_conversation()
            return self.conversation_id

    def _sync_conversation(self) -> None:
        """The current conversation's turns and next turn id, from the rows (kept up to date by record:
        recomputing them per ask would grow with the session)."""
        self._turns: list[Turn] = list(history_of(self._rows, self.conversation_id))
        ids = [int(r["turn_id"]) for r in self._rows if r["conversation_id"] == self.conversation_id]
        self._next_turn = max(ids) + 1 if ids else 0

    # ------------------------------------------------------------ recording

    def _start_recording(self) -> None:
        """Take the session for this process (once); re-read the rows another process may have added."""
        if self._recording:
            return
        if not self._writer_lock.acquire(blocking=False):
            raise SessionBusy(f"session {self.name!r} is being recorded by another mixassist process")
        for stale in (self.folder / AUDIO_DIR).glob(".*.tmp"):  # left by a writer that was killed
            with contextlib.suppress(OSError):
                stale.unlink()
        self._rows, _ = read_rows(self.folder / ROWS_FILE)
        self._sync_conversation()
        self._bytes = folder_bytes(self.folder)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"session-{self.name}")
        self._recording = True

    def record(self, context: MixContext, advice: Advice) -> TurnRef:
        """Keep one exchange: returns its TurnRef at once; audio, snapshot and row are written behind.

        Raises SessionFull past the size cap and SessionBusy when another process records this session.
        """
        with self._lock:
            self._start_recording()
            if self._bytes >= self.max_bytes:
                raise SessionFull(
                    f"session {self.name!r} is full ({self._bytes / 2**20:.0f} MB of {self.max_bytes / 2**20:.0f} MB): "
                    "this answer was not recorded; start another with --session NAME, or raise "
                    "[sessions] max_mb in the config"
                )
            turn_id = self._next_turn
            self._next_turn += 1
            stem = f"{AUDIO_DIR}/{self.conversation_id}_t{turn_id:04d}"
            clip = context.clip
            audio_file = f"{stem}.flac" if clip is not None else None
            snapshot_file = f"{stem}.snapshot.json" if context.snapshot is not None else None
            user, assistant = context.question, advice.text
            row: dict[str, Any] = {
                "conversation_id": self.conversation_id,
                "topic": str(context.topic),
                "turn_id": turn_id,
                "has_content": has_content(user, assistant),
                "input_history": [t.to_history_dict() for t in self._turns[-MAX_HISTORY_TURNS:]],
                "audio_file": audio_file,
                "user": user,
                "assistant": assistant,
                "created_at": _now_iso(),
                "backend": advice.backend,
                "analysis": None,  # filled in by the writer: the context is immutable, the work is not urgent
                "findings": [],
                "snapshot_file": snapshot_file,
                "feedback": None,
                "corrected_assistant": None,
            }
            self._rows.append(row)
            self._turns.extend(row_turns(row))
            assert self._executor is not None
            job = self._executor.submit(self._write, row, context)
            self._pending = [f for f in self._pending if not f.done()] + [job]
            return TurnRef(self.name, self.conversation_id, turn_id, audio_file)

    def _write(self, row: dict[str, Any], context: MixContext) -> None:
        """On the writer thread: the measurements into the row, the audio (its last 30 s), then the
        snapshot, then the row that names them."""
        if self.write_delay_s > 0:
            time.sleep(self.write_delay_s)
        try:
            analysis = None if context.analysis is None else json_safe(context.analysis.to_dict())
            findings = json_safe([f.to_dict() for f in context.findings])
            with self._lock:
                row.update(analysis=analysis, findings=findings)
            added = 0
            clip = context.clip
            if clip is not None and row["audio_file"]:
                path = self.folder / row["audio_file"]
                keep = round(SAVED_AUDIO_S * clip.sample_rate)
                _write_flac(path, clip.samples[-keep:], clip.sample_rate, self.fsync)
                added += path.stat().st_size
            if context.snapshot is not None and row["snapshot_file"]:
                path = self.folder / row["snapshot_file"]
                write_json_atomic(path, json_safe(context.snapshot.to_dict()), fsync=self.fsync)
                added += path.stat().st_size
            added += append_row(self.folder, row, fsync=self.fsync)
            with self._lock:
                self._bytes += added
        except Exception as exc:
            with self._lock:
                if row in self._rows:
                    self._rows.remove(row)
                    self._sync_conversation()
                self._errors.append(f"turn {row['turn_id']}: {type(exc).__name__}: {exc}")
            log.error("session %s: turn %s was not recorded: %s", self.name, row["turn_id"], exc)
            raise

    def flush(self, timeout_s: float | None = None) -> None:
        """Wait until every recorded exchange is on disk; SessionError names any that failed."""
        with self._lock:
            pending = list(self._pending)
        deadline = None if timeout_s is None else time.monotonic() + timeout_s
        for job in pending:
            remaining = None if deadline is None else max(0.0, deadline - time.monotonic())
            with contextlib.suppress(Exception):  # failures are collected in _errors by _write
                job.result(timeout=remaining)
        with self._lock:
            errors, self._errors = self._errors, []
        if errors:
            raise SessionError(f"session {self.name!r}: not recorded: {'; '.join(errors)}")

    def close(self) -> None:
        """Flush, stop the writer thread and free the session for other processes."""
        try:
            self.flush()
        finally:
            with self._lock:
                if self._executor is not None:
                    self._executor.shutdown(wait=True)
                    self._executor = None
                if self._recording:
                    self._writer_lock.release()
                    self._recording = False

    def __enter__(self) -> SessionLog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------ feedback

    def feedback(
        self,
        turn_id: int,
        value: str | None,
        correction: str | None = None,
        *,
        conversation_id: str | None = None,
    ) -> dict[str, Any]:
        """Thumbs ``up``/``down`` (or None to clear) on one turn of the current conversation (or of
        ``conversation_id``), optionally with the user's better answer (``""`` clears it). The updated row."""
        if value not in FEEDBACK_VALUES:
            raise BadInput(f"feedback must be 'up', 'down' or none, not {value!r}")
        cid = conversation_id or self.conversation_id
        self.flush()  # the row may still be on its way to disk

        def update(rows: list[dict[str, Any]]) -> dict[str, Any]:
            for row in rows:
                if row["conversation_id"] == cid and int(row["turn_id"]) == int(turn_id):
                    row["feedback"] = value
                    if correction is not None:
                        row["corrected_assistant"] = correction.strip() or None
                    return dict(row)
            raise BadInput(f"session {self.name!r} has no turn {turn_id} in conversation {cid!r}")

        updated = rewrite_rows(self.folder, update, fsync=self.fsync)
        with self._lock:
            for row in self._rows:
                if row["conversation_id"] == cid and int(row["turn_id"]) == int(turn_id):
                    row.update(
                        feedback=updated["feedback"], corrected_assistant=updated["corrected_assistant"]
                    )
        return updated


# ---------------------------------------------------------------- listing


@dataclass(frozen=True, slots=True)
class SessionSummary:
    """One line of ``sessions list``."""

    name: str
    path: Path
    rows: int
    conversations: int
    with_content: int
    with_audio: int
    up: int
    down: int
    corrected: int
    first_at: str | None
    last_at: str | None
    size_bytes: int
    broken_lines: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "path": str(self.path),
            "rows": self.rows,
            "conversations": self.conversations,
            "with_content": self.with_content,
            "with_audio": self.with_audio,
            "feedback": {"up": self.up, "down": self.down},
            "corrected": self.corrected,
            "first_at": self.first_at,
            "last_at": self.last_at,
            "size_bytes": self.size_bytes,
            "broken_lines": self.broken_lines,
        }


def summarize(folder: Path) -> SessionSummary:
    rows, broken = read_rows(folder / ROWS_FILE)
    stamps = sorted(str(r.get("created_at")) for r in rows if r.get("created_at"))
    return SessionSummary(
        name=folder.name,
        path=folder,
        rows=len(rows),
        conversations=len({r["conversation_id"] for r in rows}),
        with_content=sum(bool(r.get("has_content")) for r in rows),
        with_audio=sum(bool(r.get("audio_file")) for r in rows),
        up=sum(r.get("feedback") == "up" for r in rows),
        down=sum(r.get("feedback") == "down" for r in rows),
        corrected=sum(bool(r.get("corrected_assistant")) for r in rows),
        first_at=stamps[0] if stamps else None,
        last_at=stamps[-1] if stamps else None,
        size_bytes=folder_bytes(folder),
        broken_lines=broken,
    )


def list_sessions(data_dir: Path | None = None) -> list[SessionSummary]:
    """Every session folder with a log, oldest first."""
    root = sessions_dir(data_dir)
    if not root.is_dir():
        return []
    found = [summarize(p) for p in sorted(root.iterdir()) if (p / ROWS_FILE).is_file()]
    return sorted(found, key=lambda s: (s.first_at or "", s.name))


def iter_session_rows(
    names: list[str] | None, data_dir: Path | None = None
) -> Iterator[tuple[Path, dict[str, Any]]]:
    """(session folder, row) for the named sessions (all when ``names`` is empty or None)."""
    root = sessions_dir(data_dir)
    if names:
        folders = []
        for name in names:
            check_session_name(name)
            folder = root / name
            if not (folder / ROWS_FILE).is_file():
                raise BadInput(f"no session named {name!r} in {root} (see: mixassist sessions list)")
            folders.append(folder)
    else:
        folders = [s.path for s in list_sessions(data_dir)]
    for folder in folders:
        rows, _ = read_rows(folder / ROWS_FILE)
        for row in rows:
            yield folder, row
