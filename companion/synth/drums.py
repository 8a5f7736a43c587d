"""Drum voices of the synthetic multitrack: kick, snare (or clap), hats and shaker from seeded noise and sines.

Each sounds and measures like the real drum in the areas engineers name (mixing-knowledge.md): kick body
50-100 Hz with a 2.5-4 kHz beater click, snare tone 180-220 Hz plus wires from 1 kHz rolling off above 4.5 kHz,
hats above ~7 kHz.
Every voice returns float64 at -20 dBFS active RMS; the faders set the balance (companion/synth/mix.py).
"""

from __future__ import annotations

import numpy as np

from companion.synth.dsp import decay_env, fft_filter, normalize_active, place, sine, soft_clip
from companion.synth.song import Song, hits, render_hits

WIRES_LP_HZ = 4500.0
"""Corner of the snare wires' roll-off: white noise flat to 8 kHz (the voice before) gave the clean mixes a
top end flat from 2 to 10 kHz, 8-12 dB over the median real mix at 6-10 kHz (benchmarks/synth_realism.py);
real mixes fall steadily there."""


def kick(song: Song, rng: np.random.Generator) -> np.ndarray:
    """Pitched sine sweep (~180 Hz down to 50-66 Hz) for the body plus a short 2.5-4 kHz beater click."""
    sr = song.sample_rate
    n = int(0.45 * sr)
    t = np.arange(n) / sr
    f_end = rng.uniform(50.0, 66.0)
    f_start = rng.uniform(150.0, 220.0)
    freq = f_end + (f_start - f_end) * np.exp(-t / rng.uniform(0.035, 0.06))
    body = sine(freq, n, sr) * decay_env(n, sr, rng.uniform(0.11, 0.2), 0.001)
    click_n = int(0.012 * sr)
    click = fft_filter(rng.standard_normal(click_n), sr, hp_hz=2000.0, lp_hz=5000.0) * decay_env(
        click_n, sr, 0.004
    )
    body[:click_n] += 0.7 * click / (np.abs(click).max() + 1e-12)
    template = soft_clip(body, 1.5)
    return normalize_active(render_hits(song, hits(song, "kick", rng), lambda v: template), sr)


def snare(song: Song, rng: np.random.Generator) -> np.ndarray:
    """A 180-220 Hz drum-head tone plus wire noise (1 kHz up, rolling off above ``WIRES_LP_HZ``); a clap for
    electronic styles."""
    sr = song.sample_rate
    n = int(0.35 * sr)
    f0 = rng.uniform(180.0, 220.0)
    tone = (sine(f0, n, sr) + 0.4 * sine(1.58 * f0, n, sr)) * decay_env(n, sr, rng.uniform(0.05, 0.09))
    noise = fft_filter(rng.standard_normal(n), sr, hp_hz=1000.0, lp_hz=WIRES_LP_HZ)
    noise *= decay_env(n, sr, rng.uniform(0.09, 0.16)) / (np.abs(noise).max() + 1e-12)
    if song.style == "four":  # a clap: three quick noise bursts then a tail
        bursts = np.zeros(n)
        for k in range(3):
            place(bursts, noise[: int(0.012 * sr)], int(k * 0.011 * sr))
        template = bursts + 0.6 * noise + 0.2 * tone
    else:
        template = 0.5 * tone + 2.0 * noise
    return normalize_active(render_hits(song, hits(song, "snare", rng), lambda v: template), sr)


def hats(song: Song, rng: np.random.Generator) -> np.ndarray:
    """High-passed (7 kHz) noise bursts: short closed hats, the odd open hat."""
    sr = song.sample_rate
    n = int(0.3 * sr)
    noise = fft_filter(rng.standard_normal(n), sr, hp4_hz=7000.0, lp_hz=16000.0)
    noise /= np.abs(noise).max() + 1e-12
    closed = noise * decay_env(n, sr, rng.uniform(0.025, 0.045), 0.0005)
    opened = noise * decay_env(n, sr, 0.16, 0.0005)
    events = hits(song, "hats", rng)
    out = np.zeros(song.n)
    for t, vel in events:
        shape = opened if rng.random() < 0.06 else closed
        place(out, shape, int(t * sr), vel * (1.0 if rng.random() < 0.5 else 0.7))
    return normalize_active(out, sr)


def shaker(song: Song, rng: np.random.Generator) -> np.ndarray:
    """Band-passed noise (3 kHz up, rolling off above 6 kHz) on every 16th with a soft attack: a shaker."""
    sr = song.sample_rate
    n = int(0.12 * sr)
    noise = fft_filter(rng.standard_normal(n), sr, hp4_hz=3000.0, lp_hz=6000.0)
    noise /= np.abs(noise).max() + 1e-12
    shape = noise * decay_env(n, sr, 0.035, 0.012)
    out = np.zeros(song.n)
    for bar in range(song.bars):
        for step in range(16):
            vel = (1.0 if step % 2 == 0 else 0.6) * rng.uniform(0.8, 1.0)
            place(out, shape, int(song.step_time_s(bar, step) * sr), vel)
    return normalize_active(out, sr)
