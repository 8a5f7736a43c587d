"""Preview (A/B): the captured clip with the suggested EQ or gain applied (B) and bypassed (A).

Processing is scipy's biquads (RBJ Audio EQ Cookbook peaking filter; Butterworth high-pass at the
suggested slope), at ``strength`` of the suggested change. Where the session gives per-track audio (the
demo) only that track is processed and the mix rebuilt, as REAPER would play it; with only the master
clip (a live capture) the move is heard on the whole mix, and the note says so. Playback goes to the
default output device through sounddevice; without one, ``play`` raises ``NoOutput`` with one line.
"""

from __future__ import annotations

import logging
import math
import sys

import numpy as np

from companion.context import Suggestion
from companion.errors import MixAssistError
from gui.environment import Material

log = logging.getLogger(__name__)

PREVIEW_S = 8.0  # long enough to hear a change, short enough to flip A/B quickly
PREVIEWABLE = ("eq_band", "high_pass", "low_pass", "nudge_volume_db", "set_volume_db")


class NoPreview(MixAssistError):
    """This suggestion cannot be previewed (no clip, a move we do not process)."""


class NoOutput(MixAssistError):
    """No audio output device to play the preview on."""


def peaking_sos(freq_hz: float, gain_db: float, q: float, rate_hz: int) -> np.ndarray:
    """One RBJ peaking-EQ biquad as a second-order section (b0 b1 b2 a0 a1 a2, normalized)."""
    a = 10.0 ** (gain_db / 40.0)
    w0 = 2.0 * math.pi * freq_hz / rate_hz
    alpha = math.sin(w0) / (2.0 * max(q, 0.05))
    b = np.array([1 + alpha * a, -2 * math.cos(w0), 1 - alpha * a])
    den = np.array([1 + alpha / a, -2 * math.cos(w0), 1 - alpha / a])
    return np.concatenate([b / den[0], den / den[0]])[None, :]


def process(samples: np.ndarray, rate_hz: int, suggestion: Suggestion, strength: float) -> np.ndarray:
    """``samples`` (frames, channels) with the suggested move at ``strength`` (0.25-1) of its size."""
    from scipy.signal import butter, sosfilt

    p = suggestion.params
    strength = min(1.0, max(0.25, strength))
    if suggestion.action == "eq_band":
        freq_hz = float(p["freq_hz"])
        if not 20.0 <= freq_hz < rate_hz / 2:
            raise NoPreview(f"cannot preview an EQ at {freq_hz:g} Hz")
        sos = peaking_sos(freq_hz, float(p["gain_db"]) * strength, float(p.get("q", 1.0)), rate_hz)
        return sosfilt(sos, samples, axis=0).astype(np.float32)
    if suggestion.action == "high_pass":
        order = max(1, round(float(p.get("slope_db_oct", 12)) / 6.0))
        freq_hz = float(p["freq_hz"]) * strength  # a gentler high-pass sits lower
        sos = butter(order, freq_hz, btype="highpass", fs=rate_hz, output="sos")
        return sosfilt(sos, samples, axis=0).astype(np.float32)
    if suggestion.action == "low_pass":
        order = max(1, round(float(p.get("slope_db_oct", 12)) / 6.0))
        freq_hz = min(float(p["freq_hz"]) / strength, 0.45 * rate_hz)  # a gentler low-pass sits higher
        sos = butter(order, freq_hz, btype="lowpass", fs=rate_hz, output="sos")
        return sosfilt(sos, samples, axis=0).astype(np.float32)
    if suggestion.action in ("nudge_volume_db", "set_volume_db"):
        if suggestion.command is not None and suggestion.action == "nudge_volume_db":
            delta_db = float(suggestion.command.value)
        else:
            delta_db = float(p.get("delta_db", p.get("gain_db", 0.0)))
        return (samples * 10.0 ** (delta_db * strength / 20.0)).astype(np.float32)
    raise NoPreview(f"no preview for '{suggestion.action.replace('_', ' ')}' yet")


def _fit(a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The same headroom for both: scale A and B together so neither clips."""
    peak = float(max(np.abs(a).max(initial=0.0), np.abs(b).max(initial=0.0)))
    scale = 0.97 / peak if peak > 0.97 else 1.0
    return (a * scale).astype(np.float32), (b * scale).astype(np.float32)


def render_ab(
    suggestion: Suggestion, material: Material, strength: float
) -> tuple[np.ndarray, np.ndarray, int, str]:
    """(A = as it is, B = with the move, sample rate, a note on what is heard)."""
    if suggestion.action not in PREVIEWABLE:
        raise NoPreview(f"no preview for '{suggestion.action.replace('_', ' ')}' yet")
    clip = material.clip
    if clip is None:
        raise NoPreview("nothing was captured to preview on")
    rate = clip.sample_rate
    keep = int(PREVIEW_S * rate)
    stems = material.stems or {}
    if suggestion.track and suggestion.track in stems:
        stems_now = {name: s[-keep:].astype(np.float64) for name, s in stems.items()}
        a = sum(stems_now.values())
        b = a - stems_now[suggestion.track] + process(stems_now[suggestion.track], rate, suggestion, strength)
        note = f"only '{suggestion.track}' processed, as REAPER would"
    else:
        a = clip.samples[-keep:].astype(np.float64)
        b = process(a, rate, suggestion, strength)
        note = "heard on the whole mix: the capture carries the mix, not single tracks"
    a_out, b_out = _fit(np.asarray(a), np.asarray(b))
    return a_out, b_out, rate, note


def output_device_name() -> str:
    """The default output device's name; NoOutput (one line) when there is none or no sounddevice."""
    try:
        import sounddevice as sd

        info = sd.query_devices(kind="output")
    except Exception as exc:  # ImportError, PortAudioError, ValueError when no device exists
        raise NoOutput(f"no audio output device to preview on ({str(exc).splitlines()[0][:120]})") from None
    return str(info["name"])


def play(samples: np.ndarray, rate_hz: int) -> str:
    """Start playing (returns at once); the device's name. NoOutput when nothing can play."""
    name = output_device_name()
    import sounddevice as sd

    try:
        sd.stop()
        sd.play(samples, rate_hz)
    except Exception as exc:
        raise NoOutput(f"cannot play on {name}: {exc}") from None
    return name


def stop() -> None:
    """Stop a preview that plays; nothing to do (and no PortAudio to start) when none ever played."""
    sd = sys.modules.get("sounddevice")
    if sd is None:
        return
    try:
        sd.stop()
    except Exception as exc:  # PortAudio already gone at exit
        log.debug("stopping the preview: %s", exc)
