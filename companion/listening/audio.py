"""Loading audio for analysis: files (WAV, FLAC, any libsndfile format) into float32 ``(frames, channels)``.

Long files are read from the end with a seek, so a 10-minute bounce costs only the window we analyse.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from companion.context import AudioClip
from companion.errors import AudioError

MIN_SECONDS = 1.0
"""Shorter clips cannot give a meaningful loudness (BS.1770 needs 400 ms blocks, LRA 3 s windows)."""
DEFAULT_MAX_SECONDS = 30.0
"""By default only the last 30 s of a file are analysed: what "what do you hear?" is about."""
MIN_SAMPLE_RATE = 8000
MAX_SAMPLE_RATE = 384000


def load_clip(path: str | os.PathLike[str], max_seconds: float | None = DEFAULT_MAX_SECONDS) -> AudioClip:
    """Read the last ``max_seconds`` of an audio file (all of it when None).

    Raises ``AudioError`` with a one-line, user-facing message for anything we cannot use.
    """
    import soundfile as sf  # ~30 ms; kept out of module import so `--help` stays instant

    p = Path(path)
    if not p.exists():
        raise AudioError(f"{p}: no such file")
    if p.is_dir():
        raise AudioError(f"{p}: is a folder, not an audio file")
    if p.stat().st_size == 0:
        raise AudioError(f"{p}: the file is empty")
    try:
        with sf.SoundFile(str(p)) as f:
            total = f.frames
            rate = int(f.samplerate)
            channels = int(f.channels)
            if rate < MIN_SAMPLE_RATE or rate > MAX_SAMPLE_RATE:
                raise AudioError(
                    f"{p}: sample rate {rate} Hz is outside {MIN_SAMPLE_RATE}-{MAX_SAMPLE_RATE} Hz"
                )
            wanted = total if max_seconds is None else min(total, int(round(max_seconds * rate)))
            start = total - wanted
            if start > 0:
                f.seek(start)
            data = f.read(wanted, dtype="float32", always_2d=True)
    except AudioError:
        raise
    except (RuntimeError, sf.LibsndfileError, ValueError) as exc:  # type: ignore[attr-defined]
        raise AudioError(f"{p}: not a readable audio file ({_short(exc)})") from None
    note = None
    if start > 0:
        note = (
            f"analysed the last {wanted / rate:.0f} s of a {total / rate / 60:.1f}-minute file"
            if total / rate >= 120
            else f"analysed the last {wanted / rate:.0f} s of a {total / rate:.0f} s file"
        )
    if channels > 2:
        data = data[:, :2]
        extra = f"used the first 2 of {channels} channels"
        note = f"{note}; {extra}" if note else extra
    return clip_from_array(data, rate, source=str(p), note=note)


def clip_from_array(
    samples: np.ndarray, sample_rate: int, source: str = "", note: str | None = None
) -> AudioClip:
    """Validate and normalise an array into an ``AudioClip`` (float32, 2-D, finite, long enough)."""
    arr = np.asarray(samples)
    if arr.ndim == 1:
        arr = arr[:, None]
    if arr.ndim != 2 or arr.shape[1] < 1:
        raise AudioError(f"audio must be (frames, channels), got shape {arr.shape}")
    if arr.shape[1] > arr.shape[0]:
        raise AudioError(f"audio looks transposed: shape {arr.shape} (expected frames x channels)")
    if not np.issubdtype(arr.dtype, np.floating):
        raise AudioError(f"audio samples must be floating point, got {arr.dtype}")
    arr = np.ascontiguousarray(arr, dtype=np.float32)
    # max and min propagate NaN and show an inf: two reductions, no boolean temporary of the clip's size
    if not (np.isfinite(arr.max()) and np.isfinite(arr.min())):
        bad = int(arr.size - np.count_nonzero(np.isfinite(arr)))
        raise AudioError(f"{source or 'audio'}: {bad} samples are NaN or infinite; the file is corrupt")
    if sample_rate < MIN_SAMPLE_RATE or sample_rate > MAX_SAMPLE_RATE:
        raise AudioError(f"sample rate {sample_rate} Hz is outside {MIN_SAMPLE_RATE}-{MAX_SAMPLE_RATE} Hz")
    seconds = arr.shape[0] / sample_rate
    if seconds < MIN_SECONDS:
        raise AudioError(
            f"{source or 'audio'}: too short ({seconds:.2f} s); give at least {MIN_SECONDS:.0f} s of music"
        )
    return AudioClip(samples=arr, sample_rate=int(sample_rate), source=source, note=note)


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:160]
