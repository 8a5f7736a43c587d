"""A small dataset in the exact HF MixAssist layout: ``data/{train,validation,test}-00000-of-00001.parquet``
with the eight columns and their arrow types (``input_history`` a list of structs), plus the clips the rows
name under ``audio/`` (relative paths, as the published dataset's ``audio_file`` strings are).

Rows follow the published conventions: ``conversation_id`` like ``group1_conv8``, ``turn_id`` from 0 per
conversation, each row's ``input_history`` holding the earlier turns, filler turns with ``has_content`` false,
and the two placeholder strings.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import soundfile as sf

PLACEHOLDER_USER = "Please analyze this audio segment."
PLACEHOLDER_ASSISTANT = "I need more information before I can respond. Please elaborate."
MEMORISE = "Cut 3 dB at 400 Hz on the snare."
"""The reply of the memorisable row: short, so a few LoRA steps can learn it."""

# (conversation, topic, user, assistant, has_content, seconds of audio or None)
TRAIN = [
    ("group1_conv1", "drums", "How is the snare sitting?", MEMORISE, True, 3.0),
    ("group1_conv1", "drums", "Okay.", "Mm-hmm.", False, 3.0),
    ("group1_conv1", "drums", "What about the kick?", "Boost 2 dB at 60 Hz on the kick.", True, 3.0),
    ("group1_conv2", "guitars", PLACEHOLDER_USER, "The guitars are a bit harsh around 3k.", True, 3.0),
    ("group1_conv2", "guitars", "Can you fix it?", PLACEHOLDER_ASSISTANT, False, None),
]
VALIDATION = [
    ("group2_conv1", "vocals", "Is the vocal loud enough?", "Push the vocal up 1.5 dB.", True, 3.0),
]
TEST = [
    ("group3_conv1", "drums", "How are the drums?", "The snare needs more crack around 5 kHz.", True, 3.0),
    ("group3_conv1", "drums", "And the hats?", "Pull the hats down 2 dB, they are splashy.", True, 3.0),
    ("group3_conv2", "bass", "Is the bass okay?", "The bass is muddy; cut 250 Hz by 3 dB.", True, 3.0),
    ("group3_conv2", "bass", "Thanks.", "Mm-hmm.", False, None),
    (
        "group3_conv3",
        "overall_mix",
        "How loud is the mix?",
        "It is loud; back the limiter off 2 dB.",
        True,
        3.0,
    ),
]


def arrow_schema() -> Any:
    import pyarrow as pa

    s = pa.string()
    return pa.schema(
        [
            ("conversation_id", s),
            ("topic", s),
            ("turn_id", pa.int64()),
            ("has_content", pa.bool_()),
            ("input_history", pa.list_(pa.struct([("audio_file", s), ("content", s), ("role", s)]))),
            ("audio_file", s),
            ("user", s),
            ("assistant", s),
        ]
    )


def clip(seconds: float, seed: int, rate: int = 44100) -> np.ndarray:
    """A bass tone and a noise hit pattern, stereo (what a mix segment roughly is)."""
    rng = np.random.default_rng(seed)
    t = np.arange(int(seconds * rate)) / rate
    tone = 0.2 * np.sin(2 * np.pi * (55 + 10 * seed) * t)
    hits = (np.sin(2 * np.pi * 2 * t) > 0.95) * rng.standard_normal(t.size) * 0.3
    return np.stack([tone + hits, tone + 0.8 * hits], axis=1).astype(np.float32)


def rows_for(split: str, spec: list[tuple], folder: Path) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    history: dict[str, list[dict[str, Any]]] = {}
    turn: dict[str, int] = {}
    for i, (conv, topic, user, assistant, content, seconds) in enumerate(spec):
        audio = None
        if seconds is not None:
            audio = f"audio/{split}_{conv}_{i}.wav"
            (folder / audio).parent.mkdir(parents=True, exist_ok=True)
            sf.write(folder / audio, clip(seconds, seed=i), 44100, subtype="PCM_16")
        t = turn.get(conv, 0)
        turn[conv] = t + 1
        past = history.setdefault(conv, [])
        rows.append(
            {
                "conversation_id": conv,
                "topic": topic,
                "turn_id": t,
                "has_content": content,
                "input_history": [dict(h) for h in past],
                "audio_file": audio,
                "user": user,
                "assistant": assistant,
            }
        )
        past.append({"role": "user", "content": user, "audio_file": audio})
        past.append({"role": "assistant", "content": assistant, "audio_file": None})
    return rows


def write_mixassist(folder: Path, splits: dict[str, list[tuple]] | None = None) -> Path:
    """Write the dataset to ``folder``; returns it."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    splits = splits or {"train": TRAIN, "validation": VALIDATION, "test": TEST}
    (folder / "data").mkdir(parents=True, exist_ok=True)
    for split, spec in splits.items():
        table = pa.Table.from_pylist(rows_for(split, spec, folder), schema=arrow_schema())
        pq.write_table(table, folder / "data" / f"{split}-00000-of-00001.parquet")
    return folder
