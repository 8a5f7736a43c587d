"""The clip as audio models want it: 16 kHz mono float32, the last 30 s at most; and as a WAV for HTTP.

Qwen2-Audio's Whisper front end (and vLLM's) expects exactly this; resampling here once keeps every
backend identical.
"""

from __future__ import annotations

import io
import math
import wave

import numpy as np

from companion.context import AudioClip

MODEL_SAMPLE_RATE = 16000
MAX_MODEL_AUDIO_S = 30.0


def to_model_audio(
    clip: AudioClip, sample_rate: int = MODEL_SAMPLE_RATE, max_seconds: float = MAX_MODEL_AUDIO_S
) -> np.ndarray:
    """The last ``max_seconds`` of ``clip`` as mono float32 at ``sample_rate``, shape ``(frames,)``.

    Mono is the channel mean; resampling is polyphase (scipy.signal.resample_poly, anti-aliased).
    """
    keep = round(max_seconds * clip.sample_rate)
    tail = clip.samples[-keep:]
    mono = tail[:, 0] if tail.shape[1] == 1 else tail.mean(axis=1)  # float32 mean: 5x faster than float64
    if clip.sample_rate != sample_rate:
        from scipy.signal import resample_poly  # lazy: scipy.signal costs ~100 ms to import

        g = math.gcd(int(sample_rate), int(clip.sample_rate))
        mono = resample_poly(mono, sample_rate // g, clip.sample_rate // g)
    return np.clip(mono, -1.0, 1.0).astype(np.float32)


def wav_bytes(samples: np.ndarray, sample_rate: int = MODEL_SAMPLE_RATE) -> bytes:
    """16-bit PCM mono WAV bytes (what OpenAI-style ``input_audio`` with format "wav" carries)."""
    pcm = np.round(np.clip(samples, -1.0, 1.0) * 32767.0).astype("<i2")
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(int(sample_rate))
        w.writeframes(pcm.tobytes())
    return buf.getvalue()
