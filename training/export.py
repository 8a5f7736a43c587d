"""``sessions export``: the user's sessions in the HF MixAssist layout (parquet) or as JSONL.

``DIR/data/<split>-00000-of-00001.parquet`` with the eight MixAssist columns first (``input_history`` a list of
structs), then the companion's own; ``DIR/audio/`` holds the clips and snapshots the rows name, with paths
relative to ``DIR``, so the folder loads like the published dataset (``mixassist train --data DIR``).
A correction replaces ``assistant`` (the original goes to ``original_assistant``) unless ``keep_original``.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from companion.errors import BadInput, MixAssistError
from companion.session import MIXASSIST_COLUMNS, OWN_COLUMNS, iter_session_rows

FORMATS = ("parquet", "jsonl")
JSON_TEXT_COLUMNS = ("analysis", "findings")
"""Nested objects whose keys vary (findings' evidence): JSON text in parquet, objects in JSONL."""
EXTRA_COLUMNS = ("original_assistant", "session")


@dataclass(frozen=True, slots=True)
class ExportSummary:
    path: Path
    rows: int
    sessions: int
    audio_files: int
    corrected: int
    missing_audio: int


def _arrow_schema() -> Any:
    import pyarrow as pa

    string = pa.string()
    history = pa.list_(pa.struct([("role", string), ("content", string), ("audio_file", string)]))
    fields = [
        ("conversation_id", string),
        ("topic", string),
        ("turn_id", pa.int64()),
        ("has_content", pa.bool_()),
        ("input_history", history),
        ("audio_file", string),
        ("user", string),
        ("assistant", string),
        ("created_at", string),
        ("backend", string),
        ("analysis", string),
        ("findings", string),
        ("snapshot_file", string),
        ("feedback", string),
        ("corrected_assistant", string),
        ("original_assistant", string),
        ("session", string),
    ]
    return pa.schema(fields)


def _copy(src_folder: Path, name: str | None, out: Path, copied: dict[Path, str]) -> tuple[str | None, bool]:
    """Copy one session file into ``out/audio/``; (its new relative path, whether it was missing)."""
    if not name:
        return None, False
    src = src_folder / name
    if src in copied:
        return copied[src], False
    if not src.is_file():
        return None, True
    rel = f"audio/{src.name}"
    dst = out / rel
    if not dst.exists() or dst.stat().st_size != src.stat().st_size:
        tmp = dst.with_name(f".{dst.name}.tmp")
        shutil.copyfile(src, tmp)
        os.replace(tmp, dst)
    copied[src] = rel
    return rel, False


def export_sessions(
    out: Path,
    *,
    names: list[str] | None = None,
    fmt: str = "parquet",
    split: str = "train",
    keep_original: bool = False,
    data_dir: Path | None = None,
) -> ExportSummary:
    """Write the sessions ``names`` (all when empty) to ``out``; see the module docstring."""
    if fmt not in FORMATS:
        raise BadInput(f"--format {fmt!r}: choose parquet or jsonl")
    if fmt == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise MixAssistError(
                "parquet export needs pyarrow: pip install 'mixassist-companion[train]' (or use --format jsonl)"
            ) from None
    rows_in = list(iter_session_rows(names or None, data_dir))
    if not rows_in:
        raise BadInput("no recorded sessions to export (see: mixassist sessions list)")
    try:
        (out / "audio").mkdir(parents=True, exist_ok=True)
        (out / "data").mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BadInput(f"--out {out}: cannot create it ({exc.strerror})") from None
    copied: dict[Path, str] = {}
    rows: list[dict[str, Any]] = []
    missing = corrected = 0
    for folder, row in rows_in:
        audio, lost = _copy(folder, row.get("audio_file"), out, copied)
        missing += lost
        snapshot, _ = _copy(folder, row.get("snapshot_file"), out, copied)
        history = []
        for h in row.get("input_history") or []:
            h_audio, _ = _copy(folder, h.get("audio_file"), out, copied)
            history.append({"role": h.get("role"), "content": h.get("content"), "audio_file": h_audio})
        new = {k: row.get(k) for k in (*MIXASSIST_COLUMNS, *OWN_COLUMNS)}
        new.update(input_history=history, audio_file=audio, snapshot_file=snapshot)
        new["original_assistant"] = None
        new["session"] = folder.name
        if row.get("corrected_assistant") and not keep_original:
            new["original_assistant"] = row["assistant"]
            new["assistant"] = row["corrected_assistant"]
            corrected += 1
        rows.append(new)
    target = out / "data" / f"{split}-00000-of-00001.{fmt}"
    tmp = target.with_name(f".{target.name}.tmp")
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        flat = [
            {
                k: (json.dumps(v, allow_nan=False) if k in JSON_TEXT_COLUMNS and v is not None else v)
                for k, v in r.items()
            }
            for r in rows
        ]
        pq.write_table(pa.Table.from_pylist(flat, schema=_arrow_schema()), tmp)
    else:
        with open(tmp, "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False, allow_nan=False) + "\n")
    os.replace(tmp, target)
    return ExportSummary(
        path=target,
        rows=len(rows),
        sessions=len({folder for folder, _ in rows_in}),
        audio_files=sum(1 for rel in copied.values() if rel.endswith(".flac")),
        corrected=corrected,
        missing_audio=missing,
    )
