"""Render each part to its own stem with fluidsynth and the FluidR3 GM SoundFont, cached on disk by content hash.

Why fluidsynth: the sessions must be made of real recorded instrument samples (FluidR3_GM, Debian
``fluid-soundfont-gm``), not of our own synthesizer, so that what we judge them with was never fitted on what
made them. Each part is written as a one-track MIDI file (``mido``) and rendered alone, dry (reverb and chorus
off, 32-bit float, so nothing clips), into a float32 stereo stem. fluidsynth's output is sample-for-sample
identical between runs for the same MIDI file, so a stem is cached under the SHA-256 of everything that makes
it (the MIDI bytes, the rate, the SoundFont's name and size, the fluidsynth version, ``RENDER_VERSION``): a
second render of the same session reads the cache instead.

Cache folder: ``$MIXASSIST_SESSIONS_CACHE``, else ``<user cache dir>/mixassist/sessions``.
"""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from pathlib import Path

import numpy as np

from benchmarks.sessions.parts import Part

SOUNDFONT = Path(os.environ.get("MIXASSIST_SOUNDFONT", "/usr/share/sounds/sf2/FluidR3_GM.sf2"))
RENDER_VERSION = "1"
"""Bump when the rendering changes (flags, gain, trimming): old cache entries are then never read."""
TICKS_PER_BEAT = 480
FLUID_GAIN = 0.6
DRUM_CHANNEL = 9  # GM percussion (channel 10)
TAIL_S = 0.0  # stems are cut at the session's length: a real capture window cuts the tails too


def fluidsynth_path() -> str | None:
    return shutil.which("fluidsynth")


def missing() -> str | None:
    """Why sessions cannot be rendered here (None when they can)."""
    if fluidsynth_path() is None:
        return "fluidsynth is not installed (Debian: apt-get install fluidsynth)"
    if not SOUNDFONT.is_file():
        return f"the SoundFont {SOUNDFONT} is missing (Debian: apt-get install fluid-soundfont-gm)"
    return None


def cache_dir() -> Path:
    env = os.environ.get("MIXASSIST_SESSIONS_CACHE")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_cache_dir("mixassist")) / "sessions"


def midi_bytes(part: Part, tempo_bpm: float) -> bytes:
    """The part as a standard MIDI file (format 0, one track): tempo, program, notes."""
    import mido

    mid = mido.MidiFile(type=0, ticks_per_beat=TICKS_PER_BEAT)
    track = mido.MidiTrack()
    mid.tracks.append(track)
    channel = DRUM_CHANNEL if part.drums else 0
    track.append(mido.MetaMessage("set_tempo", tempo=mido.bpm2tempo(tempo_bpm), time=0))
    if not part.drums:
        track.append(mido.Message("program_change", program=part.program, channel=channel, time=0))
    events: list[tuple[int, int, int, int]] = []  # (tick, order: offs first, pitch, velocity)
    for n in part.notes:
        on = round(n.start_beats * TICKS_PER_BEAT)
        off = max(on + 1, round((n.start_beats + n.length_beats) * TICKS_PER_BEAT))
        events.append((on, 1, n.pitch, n.velocity))
        events.append((off, 0, n.pitch, 0))
    now = 0
    for tick, _, pitch, velocity in sorted(events):
        kind = "note_on" if velocity else "note_off"
        track.append(mido.Message(kind, note=pitch, velocity=velocity, channel=channel, time=tick - now))
        now = tick
    buffer = io.BytesIO()
    mid.save(file=buffer)
    return buffer.getvalue()


@cache
def _fluidsynth_version() -> str:
    out = subprocess.run([fluidsynth_path() or "fluidsynth", "--version"], capture_output=True, text=True)
    return out.stdout.splitlines()[0] if out.stdout else "unknown"


def stem_key(midi: bytes, sample_rate: int, n_samples: int) -> str:
    h = hashlib.sha256()
    for item in (RENDER_VERSION, _fluidsynth_version(), SOUNDFONT.name, str(SOUNDFONT.stat().st_size),
                 str(sample_rate), str(n_samples), str(FLUID_GAIN)):  # fmt: skip
        h.update(item.encode() + b"\0")
    h.update(midi)
    return h.hexdigest()


def _fluidsynth(midi: bytes, sample_rate: int, n_samples: int) -> np.ndarray:
    import soundfile as sf

    with tempfile.TemporaryDirectory(prefix="mixassist-render-") as tmp:
        mid_path, wav_path = Path(tmp) / "part.mid", Path(tmp) / "part.wav"
        mid_path.write_bytes(midi)
        cmd = [fluidsynth_path() or "fluidsynth", "-ni", "-q", "-R", "0", "-C", "0", "-g", str(FLUID_GAIN),
               "-r", str(sample_rate), "-o", "audio.file.format=float", "-o", "synth.cpu-cores=1",
               "-F", str(wav_path), str(SOUNDFONT), str(mid_path)]  # fmt: skip
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
        if proc.returncode != 0 or not wav_path.exists():
            raise RuntimeError(f"fluidsynth failed ({proc.returncode}): {proc.stderr.strip()[-300:]}")
        audio, rate = sf.read(str(wav_path), dtype="float32", always_2d=True)
    if rate != sample_rate:
        raise RuntimeError(f"fluidsynth wrote {rate} Hz, asked for {sample_rate}")
    stem = np.zeros((n_samples, 2), dtype=np.float32)
    take = min(n_samples, audio.shape[0])
    stem[:take] = audio[:take, :2] if audio.shape[1] >= 2 else np.repeat(audio[:take], 2, axis=1)
    return stem


def render_stem(part: Part, tempo_bpm: float, sample_rate: int, n_samples: int) -> tuple[np.ndarray, bool]:
    """(stem float32 ``(n_samples, 2)``, whether it came from the cache)."""
    midi = midi_bytes(part, tempo_bpm)
    folder = cache_dir()
    path = folder / f"{stem_key(midi, sample_rate, n_samples)}.npy"
    if path.is_file():
        try:
            stem = np.load(path)
            if stem.shape == (n_samples, 2) and stem.dtype == np.float32:
                return stem, True
        except (OSError, ValueError):
            pass  # a damaged entry: render it again
    stem = _fluidsynth(midi, sample_rate, n_samples)
    folder.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.stem}.{os.getpid()}.tmp.npy")
    np.save(tmp, stem)
    tmp.replace(path)
    return stem, False


def render_stems(parts: tuple[Part, ...], tempo_bpm: float, sample_rate: int, n_samples: int,
                 workers: int = 2) -> tuple[dict[str, np.ndarray], int]:  # fmt: skip
    """Every part's stem, rendered in parallel (fluidsynth is one process each); returns (stems, cache hits)."""
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        results = list(pool.map(lambda p: render_stem(p, tempo_bpm, sample_rate, n_samples), parts))
    stems = {p.name: stem for p, (stem, _) in zip(parts, results, strict=True)}
    return stems, sum(hit for _, hit in results)
