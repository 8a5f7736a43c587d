"""Examples for training and evaluation: the MixAssist HF layout (a folder or the local HF cache), the user's own
sessions, or both, each row turned into the same MixContext an ask builds.

Why rows stay rows: MixAssist rows carry their own history, so every row is one example whose target is its
``assistant`` reply. Placeholders and ``has_content == false`` rows stay in the data (later rows' histories
name them) but are never trained or evaluated on. The prompt comes from ``model/prompt.py``, as at inference,
with the grounding computed from the row's own audio when it exists.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from companion.context import MixContext, Snapshot, Topic, Turn
from companion.errors import AudioError, BadInput, MixAssistError
from companion.session import (
    MIXASSIST_COLUMNS,
    PLACEHOLDER_ASSISTANT,
    PLACEHOLDER_USER,
    iter_session_rows,
)

log = logging.getLogger(__name__)

SPLITS = ("train", "validation", "test")
MIXASSIST_HF_ID = "mclemcrew/MixAssist"
MAX_AUDIO_S = 30.0
MISSING_SHOWN = 3
_HUB_ID = re.compile(r"^[A-Za-z0-9][\w.-]*/[\w.-]+$")
_TOPICS = {t.value for t in Topic}


@dataclass(frozen=True, slots=True)
class Example:
    """One row: the amateur's utterance with its history and audio, and the expert's reply (the target)."""

    conversation_id: str
    topic: str
    turn_id: int
    has_content: bool
    history: tuple[Turn, ...]
    user: str
    assistant: str
    audio_file: str | None  # as the row names it
    audio_path: Path | None  # resolved on disk, None when missing
    source: str  # "hf:<split>" or "session:<name>"
    snapshot_path: Path | None = None
    feedback: str | None = None
    corrected_assistant: str | None = None

    @property
    def trainable(self) -> bool:
        """Trained on: has content, neither side is one of the two placeholders, and not an answer the user
        rated down without giving a better one (that would teach the model the answer they rejected)."""
        return (
            self.has_content
            and self.user.strip() != PLACEHOLDER_USER
            and self.assistant.strip() not in ("", PLACEHOLDER_ASSISTANT)
            and not (self.feedback == "down" and not self.corrected_assistant)
        )

    @property
    def key(self) -> str:
        return f"{self.source}/{self.conversation_id}/{self.turn_id}"


@dataclass(frozen=True, slots=True)
class Dataset:
    """The examples of one split (from one or more sources) and what could not be resolved."""

    examples: tuple[Example, ...]
    split: str
    sources: tuple[str, ...]
    missing_audio: tuple[str, ...] = ()  # audio files rows name that were not found
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def trainable(self) -> tuple[Example, ...]:
        return tuple(e for e in self.examples if e.trainable)

    def counts(self) -> dict[str, int]:
        ex = self.examples
        return {
            "rows": len(ex),
            "trainable": sum(e.trainable for e in ex),
            "no_content": sum(not e.has_content for e in ex),
            "placeholder_user": sum(e.user.strip() == PLACEHOLDER_USER for e in ex),
            "placeholder_assistant": sum(e.assistant.strip() == PLACEHOLDER_ASSISTANT for e in ex),
            "rated_down_uncorrected": sum(e.feedback == "down" and not e.corrected_assistant for e in ex),
            "with_audio": sum(e.audio_path is not None for e in ex),
            "missing_audio": len(self.missing_audio),
        }

    def missing_audio_line(self) -> str | None:
        """One line for the user: how many audio files are missing and the first few."""
        if not self.missing_audio:
            return None
        shown = ", ".join(self.missing_audio[:MISSING_SHOWN])
        more = (
            f" (and {len(self.missing_audio) - MISSING_SHOWN} more)"
            if len(self.missing_audio) > MISSING_SHOWN
            else ""
        )
        return (
            f"{len(self.missing_audio)} of {len(self.examples)} rows name audio that was not found: {shown}{more}; "
            "they are used without listening notes (give --audio-root DIR where the clips are)"
        )


# ---------------------------------------------------------------- where the data is


def resolve_data_folder(data: str, *, download: bool = False) -> Path:
    """A folder in the HF layout: ``data`` itself, or the HF dataset id ``data`` from the local HF cache
    (downloaded only when ``download``)."""
    p = Path(data).expanduser()
    if p.is_dir():
        return p
    if p.exists():
        raise BadInput(f"--data {data}: is a file; give the dataset folder (the one holding data/)")
    if not _HUB_ID.match(data) or data.startswith((".", "/", "~")):
        raise BadInput(
            f"--data {data}: no such folder (and not a Hugging Face dataset id like {MIXASSIST_HF_ID})"
        )
    try:
        from huggingface_hub import snapshot_download
    except ImportError:
        raise BadInput(f"--data {data}: huggingface_hub is needed to read the HF cache") from None
    try:
        return Path(snapshot_download(data, repo_type="dataset", local_files_only=True))
    except Exception:  # LocalEntryNotFoundError and friends: not cached
        log.debug("%s not in the HF cache", data, exc_info=True)
    if not download:
        raise BadInput(
            f"--data {data}: not in the local Hugging Face cache; add --download to fetch it, or give a folder"
        )
    try:
        return Path(snapshot_download(data, repo_type="dataset", allow_patterns=["data/*", "*.md"]))
    except Exception as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise BadInput(f"--data {data}: cannot download it ({first[:200]})") from None


def split_file(folder: Path, split: str) -> Path:
    """``data/<split>-00000-of-00001.parquet`` (or the single ``data/<split>-*.parquet``)."""
    exact = folder / "data" / f"{split}-00000-of-00001.parquet"
    if exact.is_file():
        return exact
    found = sorted((folder / "data").glob(f"{split}-*.parquet"))
    if len(found) == 1:
        return found[0]
    have = sorted({f.name.split("-")[0] for f in (folder / "data").glob("*.parquet")})
    if not have:
        raise BadInput(
            f"{folder}: no data/<split>-00000-of-00001.parquet files (not the HF MixAssist layout)"
        )
    raise BadInput(f"{folder}: no split {split!r} (it has: {', '.join(have)})")


def read_parquet_rows(path: Path) -> list[dict[str, Any]]:
    """Rows of a MixAssist parquet file, checked for the eight columns and their kinds."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise MixAssistError(
            "reading the HF layout needs pyarrow: pip install 'mixassist-companion[train]'"
        ) from None

    try:
        table = pq.read_table(path)
    except (OSError, pa.ArrowInvalid) as exc:
        raise BadInput(f"{path}: not a readable parquet file ({str(exc).splitlines()[0][:160]})") from None
    missing = [c for c in MIXASSIST_COLUMNS if c not in table.column_names]
    if missing:
        raise BadInput(
            f"{path}: wrong columns: missing {', '.join(missing)} (MixAssist has {', '.join(MIXASSIST_COLUMNS)})"
        )
    rows = table.to_pylist()
    for i, row in enumerate(rows):
        _check_row(row, f"{path} row {i}")
    return rows


def _check_row(row: dict[str, Any], where: str) -> None:
    hist = row.get("input_history")
    if hist is not None and not (
        isinstance(hist, list) and all(isinstance(h, dict) and "role" in h and "content" in h for h in hist)
    ):
        raise BadInput(f"{where}: input_history is not a list of {{role, content, audio_file}}")
    if not isinstance(row.get("user"), str) or not isinstance(row.get("assistant"), str):
        raise BadInput(f"{where}: user and assistant must be text")
    if not isinstance(row.get("turn_id"), int) or isinstance(row.get("turn_id"), bool):
        raise BadInput(f"{where}: turn_id must be an integer")


def resolve_audio(name: str | None, roots: Iterable[Path]) -> Path | None:
    """The clip a row names: as given when absolute, else under each root in turn (then by file name)."""
    if not name:
        return None
    p = Path(name)
    if p.is_absolute():
        return p if p.is_file() else None
    for root in roots:
        for candidate in (root / p, root / p.name):
            if candidate.is_file():
                return candidate
    return None


# ---------------------------------------------------------------- rows -> examples


def _topic_index(rows: list[dict[str, Any]]) -> dict[tuple[str, str], str]:
    """(conversation, user utterance) -> topic, to give history turns the topic of the row they were."""
    index: dict[tuple[str, str], str] = {}
    for r in rows:
        if r.get("topic") in _TOPICS:
            index.setdefault((str(r["conversation_id"]), " ".join(str(r["user"]).split())), str(r["topic"]))
    return index


def history_turns(row: dict[str, Any], topics: dict[tuple[str, str], str]) -> tuple[Turn, ...]:
    """``input_history`` as Turns; a user turn gets the topic of the row it was, its reply the same."""
    turns: list[Turn] = []
    topic: Topic | None = None
    for h in row.get("input_history") or []:
        role = str(h.get("role") or "user")
        content = str(h.get("content") or "")
        if role == "user":
            found = topics.get((str(row["conversation_id"]), " ".join(content.split())))
            topic = Topic(found) if found else None
        turns.append(Turn(role, content, h.get("audio_file"), topic))
    return tuple(turns)


def rows_to_examples(
    rows: list[dict[str, Any]],
    *,
    source: str,
    roots: list[Path],
    session_folder: Path | None = None,
) -> tuple[list[Example], list[str]]:
    """Examples and the audio names that were not found."""
    topics = _topic_index(rows)
    examples, missing = [], []
    for row in rows:
        audio_path = resolve_audio(row.get("audio_file"), roots)
        if row.get("audio_file") and audio_path is None:
            missing.append(str(row["audio_file"]))
        snap = None
        if session_folder is not None and row.get("snapshot_file"):
            candidate = session_folder / str(row["snapshot_file"])
            snap = candidate if candidate.is_file() else None
        examples.append(
            Example(
                conversation_id=str(row["conversation_id"]),
                topic=str(row.get("topic") or ""),
                turn_id=int(row["turn_id"]),
                has_content=bool(row.get("has_content")),
                history=history_turns(row, topics),
                user=str(row["user"]),
                assistant=str(row["assistant"]),
                audio_file=row.get("audio_file"),
                audio_path=audio_path,
                source=source,
                snapshot_path=snap,
                feedback=row.get("feedback"),
                corrected_assistant=row.get("corrected_assistant"),
            )
        )
    return examples, missing


def with_correction(example: Example) -> Example:
    """The user's corrected answer as the target (what a correction is for)."""
    import dataclasses

    if not example.corrected_assistant:
        return example
    return dataclasses.replace(example, assistant=example.corrected_assistant)


def load_dataset(
    data: str | None = None,
    *,
    split: str = "train",
    sessions: list[str] | None = None,
    audio_root: str | None = None,
    download: bool = False,
    data_dir: Path | None = None,
    use_corrections: bool = True,
) -> Dataset:
    """The examples of ``split`` from ``data`` (HF layout folder or cached id) and/or the user's sessions
    (``sessions=[]`` means all of them; None means none). Sessions count as the ``train`` split only."""
    if data is None and sessions is None:
        raise BadInput("give --data DIR|HF_ID, --sessions, or both")
    root = Path(audio_root).expanduser() if audio_root else None
    if root is not None and not root.is_dir():
        raise BadInput(f"--audio-root {audio_root}: no such folder")
    examples: list[Example] = []
    missing: list[str] = []
    sources: list[str] = []
    notes: list[str] = []
    if data is not None:
        folder = resolve_data_folder(data, download=download)
        path = split_file(folder, split)
        rows = read_parquet_rows(path)
        found, lost = rows_to_examples(rows, source=f"hf:{split}", roots=[folder, *([root] if root else [])])
        examples += found
        missing += lost
        sources.append(str(path))
    if sessions is not None:
        if split != "train":
            notes.append(f"sessions are training data only; none used for the {split} split")
        else:
            by_folder: dict[Path, list[dict[str, Any]]] = {}
            for folder, row in iter_session_rows(sessions or None, data_dir):
                by_folder.setdefault(folder, []).append(row)
            if not by_folder:
                raise BadInput("no recorded sessions to train on (see: mixassist sessions list)")
            for folder, rows in by_folder.items():
                found, lost = rows_to_examples(
                    rows, source=f"session:{folder.name}", roots=[folder], session_folder=folder
                )
                if use_corrections:
                    found = [with_correction(e) for e in found]
                examples += found
                missing += lost
                sources.append(str(folder))
    return Dataset(tuple(examples), split, tuple(sources), tuple(missing), tuple(notes))


# ---------------------------------------------------------------- example -> MixContext


def load_snapshot_file(path: Path | None) -> Snapshot | None:
    if path is None:
        return None
    try:
        return Snapshot.from_dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError, KeyError) as exc:
        log.warning("%s: snapshot not usable (%s)", path, exc)
        return None


def example_context(example: Example, *, target: str = "spotify", genre: str | None = None) -> MixContext:
    """The MixContext an ask would build for this row: its audio analysed and diagnosed (when the clip
    exists and is usable), its snapshot, its history and topic."""
    from companion.listening.analysis import analyze
    from companion.listening.audio import load_clip
    from companion.listening.diagnosis import diagnose
    from model.intent import classify

    clip = analysis = None
    if example.audio_path is not None:
        try:
            clip = load_clip(example.audio_path, max_seconds=MAX_AUDIO_S)
            analysis = analyze(clip.samples, clip.sample_rate, genre=genre)
        except AudioError as exc:
            log.warning("%s: %s; used without listening notes", example.key, exc)
            clip = analysis = None
    snapshot = load_snapshot_file(example.snapshot_path)
    findings = diagnose(analysis, snapshot, target=target, genre=genre)
    topic = (
        Topic(example.topic) if example.topic in _TOPICS else classify(example.user, example.history).topic
    )
    return MixContext(
        question=example.user,
        clip=clip,
        snapshot=snapshot,
        analysis=analysis,
        findings=tuple(findings),
        history=example.history,
        topic=topic,
        target=target,
        genre=genre,
    )
