"""A corpus of real recordings for the calibration: which files, which group each belongs to, which split, and
the excerpt that is measured.

Sources are files, folders (searched recursively for audio) or JSON manifests (a list of objects with
``path`` and optionally ``pkg``/``package`` and ``licence``). Near-duplicate variants of one song ("celtic" and
"celtic_fast", "airship_2" and "airship_remix", "cave" and "cave_old") share a group, and a whole group goes to
one side of the split, so a song never tunes the references and then judges its own remix. The split is a
pure function of the group's name (SHA-256), so it is the same on every machine and every run.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from companion.errors import BadInput

AUDIO_SUFFIXES = (".ogg", ".oga", ".opus", ".flac", ".wav", ".mp3", ".aif", ".aiff")
HOLDOUT_EVERY = 3
"""One group in three (by hash) is held out: never tuned on, only reported."""
_VARIANT_SUFFIX = re.compile(
    r"(?:[ _\-.]+(?:fast|f|remix|remake|old|new|map|loop|v\d+)|[ _\-.]?(?<!\d)[2-9])+$"
)
"""Variant marks at the end of a name: a separated word ("_fast", "-old", "_remix", "_f") or one digit 2-9
("forest2", "airship_2"); "track01" keeps its number (an album's track numbers are different songs)."""
_VARIANT_PREFIX = re.compile(r"^(?:new|old)[ _\-]+")


@dataclass(frozen=True, slots=True)
class CorpusFile:
    """One recording: where it is, how it is named in the data file, its package and licence (if known)."""

    path: Path
    name: str
    package: str
    licence: str | None = None


@dataclass(frozen=True, slots=True)
class Excerpt:
    """The measured part of a recording: float32 ``(frames, channels)`` from ``start_s`` of ``duration_s``."""

    samples: np.ndarray
    sample_rate: int
    start_s: float
    duration_s: float


def group_of(package: str, path: Path | str) -> str:
    """The song a file is a version of: package plus the base name without variant marks ("_fast", "2"...)."""
    base = Path(path).stem.lower()
    base = _VARIANT_PREFIX.sub("", base)
    stripped = _VARIANT_SUFFIX.sub("", base)
    return f"{package}/{stripped or base}"


def split_of(group: str) -> str:
    """ "holdout" for about one group in three, "tune" for the rest; decided by the SHA-256 of the group name."""
    digest = hashlib.sha256(group.encode("utf-8")).digest()
    return "holdout" if int.from_bytes(digest[:8], "big") % HOLDOUT_EVERY == 0 else "tune"


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _from_manifest(path: Path) -> list[CorpusFile]:
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise BadInput(f"{path}: not a readable JSON manifest ({exc})") from None
    if not isinstance(entries, list):
        raise BadInput(f"{path}: a manifest is a JSON list of {{'path': ...}} objects")
    files = []
    for entry in entries:
        if not isinstance(entry, dict) or "path" not in entry:
            raise BadInput(f"{path}: every manifest entry needs a 'path'")
        audio = Path(entry["path"])
        if not audio.is_absolute():
            audio = path.parent / audio
        package = str(entry.get("pkg") or entry.get("package") or audio.parent.name)
        files.append(CorpusFile(audio, _display_name(package, audio), package, entry.get("licence")))
    return files


def _display_name(package: str, path: Path) -> str:
    """'package/…/file.ogg' with at most the two folders above the file: stable across machines."""
    parts = path.parts[-3:]
    if parts[0] == package:
        parts = parts[1:]
    return f"{package}/{'/'.join(parts)}"


def collect(sources: list[str], licences: dict[str, str] | None = None) -> list[CorpusFile]:
    """Every audio file the sources name, each once, sorted by display name (BadInput for a missing source)."""
    found: dict[Path, CorpusFile] = {}
    for source in sources:
        p = Path(source)
        if not p.exists():
            raise BadInput(f"{p}: no such file or folder")
        if p.is_dir():
            for audio in sorted(p.rglob("*")):
                if audio.suffix.lower() in AUDIO_SUFFIXES and audio.is_file():
                    rel = audio.relative_to(p).parts
                    package = rel[0] if len(rel) > 1 else p.name
                    found.setdefault(
                        audio.resolve(), CorpusFile(audio, _display_name(package, audio), package)
                    )
        elif p.suffix.lower() == ".json":
            for item in _from_manifest(p):
                found.setdefault(item.path.resolve(), item)
        else:
            found.setdefault(p.resolve(), CorpusFile(p, _display_name(p.parent.name, p), p.parent.name))
    licences = licences or {}
    files = [
        CorpusFile(f.path, f.name, f.package, f.licence or licences.get(f.package)) for f in found.values()
    ]
    return sorted(files, key=lambda f: f.name)


def read_excerpt(path: Path, seconds: float) -> Excerpt | None:
    """The middle ``seconds`` of a file (None when the file is shorter): the body of a song, not its intro or
    fade-out."""
    import soundfile as sf

    with sf.SoundFile(str(path)) as handle:
        total = handle.frames
        rate = int(handle.samplerate)
        wanted = int(round(seconds * rate))
        if total < wanted:
            return None
        start = (total - wanted) // 2
        handle.seek(start)
        data = handle.read(wanted, dtype="float32", always_2d=True)
    return Excerpt(np.ascontiguousarray(data[:, :2]), rate, start / rate, total / rate)
