"""Loading the user's reference track: its analysis, cached by the file's SHA-256 so a second ask is nearly free.

The reference is measured on its middle 30 s (the body of the song, not an intro or a fade-out; all of it when
shorter) with the same ``analyze`` as the mix. The cache lives in ``<user data dir>/reference_cache/``
(``MIXASSIST_DATA_DIR`` overrides the folder): ``<sha256>.json`` holds what the comparison needs, and
``index.json`` remembers each path's size, modification time and hash, so an unchanged file is not even
re-read to hash it (git's index does the same). Any change of size or time re-hashes; a different hash
re-analyses.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
import tempfile
from pathlib import Path
from typing import Any

from companion.config import data_dir
from companion.context import Analysis
from companion.errors import AudioError
from companion.listening.audio import clip_from_array
from companion.listening.reference_compare import ReferenceTrack

log = logging.getLogger(__name__)

CACHE_SCHEMA = "mixassist.reference_analysis/1"
ANALYSIS_VERSION = 1
"""Bump when the measurement changes, so old cache entries are measured again."""
EXCERPT_S = 30.0
MIN_REFERENCE_S = 5.0
"""Shorter than this, a song's long-term spectrum is one chord: not a reference to judge a mix against."""
SILENT_LUFS = -60.0


def cache_dir() -> Path:
    return data_dir() / "reference_cache"


def _atomic_write(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, allow_nan=False)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _read_json(path: Path) -> dict[str, Any] | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def file_hash(path: Path, folder: Path) -> str:
    """SHA-256 of the file, from the index when its size and modification time have not changed."""
    st = path.stat()
    key = str(path.resolve())
    index_file = folder / "index.json"
    index = _read_json(index_file) or {}
    entry = index.get(key)
    if entry and entry.get("size") == st.st_size and entry.get("mtime_ns") == st.st_mtime_ns:
        return str(entry["sha256"])
    digest = _sha256(path)
    index[key] = {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "sha256": digest}
    try:
        _atomic_write(index_file, index)
    except OSError as exc:  # a read-only data folder costs a re-hash next time, nothing else
        log.warning("cannot write the reference index %s: %s", index_file, exc)
    return digest


def _measure(path: Path, digest: str) -> ReferenceTrack:
    """Analyse the middle of the reference (BadInput with one line for anything unusable)."""
    import soundfile as sf

    from companion.listening.analysis import analyze

    try:
        with sf.SoundFile(str(path)) as handle:
            total, rate = handle.frames, int(handle.samplerate)
            wanted = min(total, int(round(EXCERPT_S * rate)))
            start = (total - wanted) // 2
            handle.seek(start)
            data = handle.read(wanted, dtype="float32", always_2d=True)
    except (RuntimeError, sf.LibsndfileError, ValueError) as exc:  # type: ignore[attr-defined]
        text = str(exc).strip().splitlines()[0][:120] if str(exc).strip() else type(exc).__name__
        raise AudioError(f"reference {path}: not a readable audio file ({text})") from None
    seconds = data.shape[0] / rate if rate else 0.0
    if seconds < MIN_REFERENCE_S:
        raise AudioError(
            f"reference {path}: too short ({seconds:.1f} s); give at least {MIN_REFERENCE_S:.0f} s of the song"
        )
    clip = clip_from_array(data[:, :2], rate, source=f"reference {path}")
    a = analyze(clip.samples, clip.sample_rate)
    if not math.isfinite(a.integrated_lufs) or a.integrated_lufs < SILENT_LUFS:
        raise AudioError(f"reference {path}: it is silent; choose a song that plays")
    note = (
        f"the middle {seconds:.0f} s of a {total / rate:.0f} s file" if start > 0 else f"all {seconds:.0f} s"
    )
    return reference_from_analysis(a, path.name, digest, note)


def reference_from_analysis(a: Analysis, name: str, digest: str = "", note: str = "") -> ReferenceTrack:
    """What the comparison keeps of a reference's analysis (also used by the benchmarks on in-memory audio)."""
    seconds = a.duration_s
    return ReferenceTrack(
        name=name,
        sha256=digest,
        third_octave_db=tuple(a.extra["third_octave_db"]),
        top_hz=float(a.extra["bands_measured_to_hz"]),
        integrated_lufs=a.integrated_lufs,
        rms_dbfs=float(a.extra["rms_dbfs"]),
        plr_db=a.plr_db,
        width=a.stereo.width,
        correlation=a.stereo.correlation,
        duration_s=round(seconds, 2),
        sample_rate=a.sample_rate,
        channels=a.channels,
        note=note,
    )


def _to_cache(ref: ReferenceTrack) -> dict[str, Any]:
    return {
        "schema": CACHE_SCHEMA,
        "analysis_version": ANALYSIS_VERSION,
        **{name: getattr(ref, name) for name in ReferenceTrack.__slots__},  # type: ignore[attr-defined]
    }


def _from_cache(data: dict[str, Any] | None, digest: str) -> ReferenceTrack | None:
    if not data or data.get("schema") != CACHE_SCHEMA or data.get("analysis_version") != ANALYSIS_VERSION:
        return None
    if data.get("sha256") != digest:
        return None
    try:
        fields = {name: data[name] for name in ReferenceTrack.__slots__}  # type: ignore[attr-defined]
        fields["third_octave_db"] = tuple(fields["third_octave_db"])
        return ReferenceTrack(**fields)
    except (KeyError, TypeError):
        return None


def load_reference(path: str | os.PathLike[str], folder: Path | None = None) -> ReferenceTrack:
    """The reference's analysis: from the cache when this file (by hash) was measured before, else measured
    now and cached. Raises ``AudioError`` (a BadInput: one line, exit 2) for a missing, unreadable, silent
    or too short file."""
    p = Path(path)
    if not p.exists():
        raise AudioError(f"reference {p}: no such file")
    if p.is_dir():
        raise AudioError(f"reference {p}: is a folder, not an audio file")
    if p.stat().st_size == 0:
        raise AudioError(f"reference {p}: the file is empty")
    folder = folder or cache_dir()
    digest = file_hash(p, folder)
    entry = folder / f"{digest}.json"
    cached = _from_cache(_read_json(entry), digest)
    if cached is not None:
        return cached if cached.name == p.name else _renamed(cached, p.name)
    ref = _measure(p, digest)
    try:
        _atomic_write(entry, _to_cache(ref))
    except (OSError, ValueError) as exc:
        log.warning("cannot cache the reference analysis in %s: %s", entry, exc)
    return ref


def _renamed(ref: ReferenceTrack, name: str) -> ReferenceTrack:
    from dataclasses import replace

    return replace(ref, name=name)
