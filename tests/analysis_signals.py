"""Seeded test signals and reference meters for the analysis tests (loudness, true peak, bands, stereo).

Signals are built with numpy only; the reference meters are the independent implementations the issue names:
pyloudnorm (an oracle in-process) and ffmpeg's ``ebur128`` filter (Debian ffmpeg, run on a WAV we write).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import numpy as np


def db_to_amplitude(db: float) -> float:
    return float(10.0 ** (db / 20.0))


def faded(signal: np.ndarray, sample_rate: int, fade_s: float = 0.01) -> np.ndarray:
    """Raised-cosine fade in/out, so a tone has no abrupt edges (their ringing is a real, but different, peak)."""
    n = signal.shape[0]
    ramp = min(int(fade_s * sample_rate), n // 2)
    envelope = np.ones(n)
    shape = 0.5 - 0.5 * np.cos(np.pi * np.arange(ramp) / ramp)
    envelope[:ramp] = shape
    envelope[n - ramp :] = shape[::-1]
    return signal * (envelope if signal.ndim == 1 else envelope[:, None])


def sine(
    freq_hz: float, seconds: float, peak_dbfs: float, sample_rate: int, channels: int = 2, phase: float = 0.0
) -> np.ndarray:
    """A sine at ``peak_dbfs`` in every channel, float32 ``(n, channels)``."""
    t = np.arange(int(round(seconds * sample_rate))) / sample_rate
    tone = db_to_amplitude(peak_dbfs) * np.sin(2 * np.pi * freq_hz * t + phase)
    return np.repeat(tone[:, None], channels, axis=1).astype(np.float32)


def tone_sequence(parts: list[tuple[float, float]], sample_rate: int, freq_hz: float = 1000.0) -> np.ndarray:
    """EBU Tech 3341/3342-style: consecutive (seconds, dBFS) pieces of a stereo 1 kHz sine."""
    return np.concatenate([sine(freq_hz, s, db, sample_rate) for s, db in parts])


def pink_noise(seconds: float, sample_rate: int, seed: int, channels: int = 2) -> np.ndarray:
    """Independent pink noise per channel (1/f power from 20 Hz up, shaped in the frequency domain), peak 0.5."""
    rng = np.random.default_rng(seed)
    n = int(round(seconds * sample_rate))
    spectrum = np.fft.rfft(rng.standard_normal((n, channels)), axis=0)
    freqs = np.fft.rfftfreq(n, 1.0 / sample_rate)
    spectrum[1:] /= np.sqrt(freqs[1:, None])
    spectrum[freqs < 20.0] = 0.0  # nothing below the audio band (1/f would pile up power near DC)
    noise = np.fft.irfft(spectrum, n, axis=0)
    return (0.5 * noise / np.abs(noise).max()).astype(np.float32)


def music_like(seconds: float, sample_rate: int, seed: int, channels: int = 2) -> np.ndarray:
    """A crude but music-shaped stereo signal: a bass line, kick-like thumps, a chord, a hissy top, all with
    envelopes and sections of different loudness (so the gates and LRA have something to do). Peak ~0.7."""
    rng = np.random.default_rng(seed)
    n = int(round(seconds * sample_rate))
    t = np.arange(n) / sample_rate
    beat = (t * 2.0) % 1.0  # 120 bpm
    kick = np.sin(2 * np.pi * (50 + 80 * np.exp(-beat * 30)) * t) * np.exp(-beat * 12)
    bass_f = rng.choice([55.0, 65.4, 73.4, 82.4], size=int(seconds) + 1)[t.astype(int)]
    bass = 0.5 * np.sign(np.sin(2 * np.pi * bass_f * t)) * 0.6 + 0.4 * np.sin(2 * np.pi * bass_f * t)
    chord = sum(np.sin(2 * np.pi * f * t + rng.uniform(0, 6)) for f in (261.6, 329.6, 392.0, 523.3)) / 4
    section = 1.0 + 0.8 * (np.sin(2 * np.pi * t / max(seconds / 2.0, 1.0)) > 0)  # louder and quieter halves
    hiss = pink_noise(seconds, sample_rate, seed + 1, channels)
    mono = 0.5 * kick + 0.35 * bass + 0.25 * chord * section
    mix = mono[:, None] + 0.4 * hiss * section[:, None]
    if channels == 2:
        mix[:, 1] *= 0.9  # a slight imbalance, like a real mix
    return (0.7 * mix / np.abs(mix).max()).astype(np.float32)


def limited(signal: np.ndarray, drive_db: float = 12.0, ceiling: float = 0.89) -> np.ndarray:
    """A crude brick-wall master: drive into tanh, then scale to ``ceiling`` (dense peaks near the top)."""
    driven = np.tanh(signal * db_to_amplitude(drive_db))
    return (ceiling * driven / np.abs(driven).max()).astype(np.float32)


FFMPEG = shutil.which("ffmpeg")


def ffmpeg_ebur128(path: Path) -> dict[str, float]:
    """Integrated loudness (I), loudness range (LRA) and true peak (Peak) from ffmpeg's ebur128 summary."""
    result = subprocess.run(
        [FFMPEG or "ffmpeg", "-nostats", "-hide_banner", "-i", str(path), "-filter_complex", "ebur128=peak=true",
         "-f", "null", "-"],
        capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    summary = result.stderr[result.stderr.rindex("Summary:") :]
    values = {}
    for key in ("I", "LRA", "Peak"):
        match = re.search(rf"^\s*{key}:\s+(-?[\d.]+|-inf)", summary, flags=re.MULTILINE)
        assert match, f"no {key} in ffmpeg summary:\n{summary}"
        values[key] = float(match.group(1))
    return values
