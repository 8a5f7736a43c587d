"""Pitched voices of the synthetic multitrack, and the registry of all voices (drums in drums.py).

Each voice renders one mono part of a ``Song`` from a seeded RNG, built to sound and measure like the real
instrument in the frequency areas engineers name (../shared/notes/mixing-knowledge.md): bass 40-200 Hz,
guitars 100 Hz-5 kHz, keys and pads in the mids, a vocal-like lead with formants and vibrato on a 150-400 Hz
fundamental. Every voice returns float64 at -20 dBFS active RMS; the mix balance is the faders' job
(companion/synth/mix.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import numpy as np

from companion.synth.drums import hats, kick, shaker, snare
from companion.synth.dsp import (
    active_rms,
    bell_mag,
    db_gain,
    fft_filter,
    harmonic_table,
    highpass_mag,
    lowpass_mag,
    midi_hz,
    normalize_active,
    note_env,
    osc,
    osc_many,
    place,
    resonance_mag,
    saw_table,
    sine,
    soft_clip,
    upsample,
)
from companion.synth.song import Song, chord_notes, hits

VOWELS_HZ: tuple[tuple[float, float, float], ...] = (
    (270.0, 2290.0, 3010.0),  # "ee" (heed)
    (390.0, 1990.0, 2550.0),  # "ih" (hid)
    (530.0, 1840.0, 2480.0),  # "eh" (head)
    (660.0, 1720.0, 2410.0),  # "ae" (had)
    (730.0, 1090.0, 2440.0),  # "ah" (hod)
    (570.0, 840.0, 2410.0),  # "aw" (hawed)
    (440.0, 1020.0, 2240.0),  # "u" (hood)
    (300.0, 870.0, 2240.0),  # "oo" (who'd)
    (640.0, 1190.0, 2390.0),  # "uh" (hud)
    (490.0, 1350.0, 1690.0),  # "er" (heard)
)
"""Formant frequencies F1-F3 of the ten vowels of Peterson & Barney (1952), adult male averages. All ten, not
five: with five the F2s left a hole at 1.2-1.7 kHz that real singing fills (measured against the real
corpus by benchmarks/synth_realism.py)."""
EP_TABLE = harmonic_table(np.array([1.0, 0.35, 0.12, 0.05, 0.03]))
"""Electric piano: a strong fundamental and soft tine harmonics."""


# ---------------------------------------------------------------- bass

BASS_LOW_MIDI = 31
"""Lowest bass root (G1, 49 Hz): roots from G1 to C3 (49-131 Hz) with brighter harmonics than before (saw
tilt 0.9-1.3). With roots down to E1 and a darker tone the clean mixes piled their low end into one narrow
50-60 Hz peak, 6-10 dB above their own smoothed trend where real mixes sit at 0-5 dB, and lacked the
100-160 Hz body real mixes carry (benchmarks/synth_realism.py)."""


def _bass_rhythm(song: Song) -> list[tuple[float, float]]:
    """(start step, length in steps) of the bass notes in one bar, by style."""
    if song.style in ("rock",):
        return [(s, 1.7) for s in range(0, 16, 2)]
    if song.style == "four":
        return [(s, 1.6) for s in (2, 6, 10, 14)] + [(0, 1.5)]
    if song.style == "hiphop":
        return [(0, 6.0), (7, 2.5), (10, 5.5)]
    if song.style == "ballad":
        return [(0, 7.5), (8, 7.5)]
    return [(0, 3.5), (6, 1.8), (8, 3.5), (12, 3.5)]


def bass(song: Song, rng: np.random.Generator) -> np.ndarray:
    """Harmonic bass following the chord roots (fundamental ~49-131 Hz, harmonics to ~1.2 kHz)."""
    sr = song.sample_rate
    out = np.zeros(song.n)
    tilt = rng.uniform(0.9, 1.3)
    for bar in range(song.bars):
        root_off, _ = song.chord(bar)
        note = song.root_midi + root_off - 12
        while note < BASS_LOW_MIDI:
            note += 12
        while note > BASS_LOW_MIDI + 17:
            note -= 12
        for start_step, length_steps in _bass_rhythm(song):
            f0 = midi_hz(note + (7 if rng.random() < 0.12 else 0))
            length = int(length_steps * song.beat_s / 4.0 * sr)
            table = saw_table(f0, 1200.0, tilt)
            tone = osc(f0, length, sr, table) * note_env(length, sr, 0.004, 0.03, 0.6)
            place(out, tone, int(song.step_time_s(bar, start_step) * sr), rng.uniform(0.85, 1.0))
    return normalize_active(fft_filter(out, sr, lp_hz=1500.0), sr)


def bass_808(song: Song, rng: np.random.Generator) -> np.ndarray:
    """An 808: a long sine on the root with a short pitch drop, saturated so its harmonics carry it on small
    speakers (as producers do; a near-pure sine left a 100-160 Hz hole under the hip-hop mix), on the kick hits."""
    sr = song.sample_rate
    out = np.zeros(song.n)
    for t, vel in hits(song, "kick", rng):
        bar = int(t // song.bar_s)
        root_off, _ = song.chord(bar)
        note = song.root_midi + root_off - 12
        while note > 40:
            note -= 12
        while note < 28:
            note += 12
        f0 = midi_hz(note)
        length = int(min(0.9, song.bar_s / 2) * sr)
        tt = np.arange(length) / sr
        freq = f0 * (1.0 + 0.6 * np.exp(-tt / 0.03))
        tone = soft_clip(sine(freq, length, sr) * note_env(length, sr, 0.002, 0.05, 0.7), 4.0)
        place(out, tone, int(t * sr), vel)
    return normalize_active(out, sr)


# ---------------------------------------------------------------- guitars and keys


Layer = tuple[Callable[[float], np.ndarray], float, float]
"""(wavetable for a fundamental, gain, decay time constant s): a bright and a warm layer make a pluck."""


def _strum(
    song: Song,
    notes: list[int],
    length: int,
    layers: tuple[Layer, ...],
    spread_s: float,
    rng: np.random.Generator,
    cache: dict | None = None,
) -> np.ndarray:
    """The notes of a chord one after the other (``spread_s`` apart); each note sums its layers.

    With ``cache``, a chord already played at this length is reused (a player repeating a chord sounds
    nearly identical; rendering each repeat again would double the generator's time).
    """
    key = (tuple(notes), length)
    if cache is not None and key in cache:
        return cache[key]
    sr = song.sample_rate
    out = np.zeros(length)
    for i, note in enumerate(notes):
        f0 = midi_hz(note) * (1.0 + rng.normal(0.0, 0.0008))
        start = int(i * spread_s * sr)
        size = length - start
        if size <= 0:
            break
        tables = [table_for(f0) for table_for, _, _ in layers]
        tones = osc_many(f0, size, sr, tables, rng.random())
        for tone, (_, gain, decay_s) in zip(tones, layers, strict=True):
            out[start:] += gain * tone * note_env(size, sr, 0.003, 0.03, decay_s)
    if cache is not None:
        cache[key] = out
    return out


def electric_guitar(song: Song, rng: np.random.Generator, muddy_db: float = 0.0) -> np.ndarray:
    """Distorted, strummed chords, band-limited to 100 Hz-5 kHz like a miked cabinet.

    ``muddy_db`` > 0 leaves the low end unfiltered (no high-pass) and adds a broad 250-400 Hz build-up: the
    amateur's muddy guitar of the demo.
    """
    sr = song.sample_rate
    out = np.zeros(song.n)
    cache: dict = {}
    drive = rng.uniform(2.0, 5.0)
    sustained = song.style in ("ballad", "four") or rng.random() < 0.4
    for bar in range(song.bars):
        notes = chord_notes(song, bar, 40 + int(rng.integers(0, 5)), 4)
        rhythm = [(0, 16)] if sustained else [(s, 2) for s in range(0, 16, 2)]
        for step, length_steps in rhythm:
            length = int(length_steps * song.beat_s / 4.0 * sr)
            layer = (lambda f: saw_table(f, 6000.0, 1.0), 1.0, 1.5 if sustained else 0.12)
            chord = _strum(song, notes, length, (layer,), 0.008, rng, cache)
            t = song.step_time_s(bar, step) + rng.normal(0.0, 0.004)
            place(out, soft_clip(chord * 0.5, drive), int(t * sr), rng.uniform(0.85, 1.0))

    def cabinet(freqs: np.ndarray) -> np.ndarray:
        return lowpass_mag(freqs, 5000.0, 4) * bell_mag(freqs, 1600.0, 2.0, 0.6)

    def cleaned(freqs: np.ndarray) -> np.ndarray:  # what the EQ on a clean guitar track does
        return cabinet(freqs) * highpass_mag(freqs, 110.0, 4) * bell_mag(freqs, 400.0, -2.0, 0.5)

    clean = fft_filter(out, sr, cleaned)
    level = db_gain(-20.0) / max(active_rms(clean, sr), 1e-12)
    if muddy_db <= 0.0:
        return clean * level

    def muddy(freqs: np.ndarray) -> np.ndarray:
        # no high-pass: the cabinet's ~110 Hz thump and the proximity effect stay, plus the low-mid build-up;
        # scaled like the clean take, so the mud is energy added to the mix (not re-levelled away)
        return (
            cabinet(freqs)
            * highpass_mag(freqs, 35.0, 2)
            * bell_mag(freqs, 110.0, 3.0, 0.5)
            * bell_mag(freqs, 320.0, muddy_db, 0.7)
        )

    return fft_filter(out, sr, muddy) * level


ACOUSTIC_LAYERS: tuple[Layer, ...] = (
    (lambda f: saw_table(f, 9000.0, 0.9), 0.6, 0.12),
    (lambda f: saw_table(f, 2500.0, 1.6), 1.0, 0.6),
)
PIANO_LAYERS: tuple[Layer, ...] = (
    (lambda f: saw_table(f, 7000.0, 1.3), 0.5, 0.15),
    (lambda f: saw_table(f, 2000.0, 2.0), 1.0, 1.0),
)


def acoustic_guitar(song: Song, rng: np.random.Generator) -> np.ndarray:
    """Steel-string strums: six notes, bright attack that decays faster than the body, 100 Hz-10 kHz."""
    sr = song.sample_rate
    out = np.zeros(song.n)
    cache: dict = {}
    pattern = [(0, 1.0), (4, 0.7), (6, 0.55), (10, 0.6), (12, 0.8), (14, 0.5)]
    for bar in range(song.bars):
        notes = chord_notes(song, bar, 40, 6)
        for step, vel in pattern:
            length = int(song.beat_s * 1.2 * sr)
            down = step % 4 == 0
            order = notes if down else notes[::-1][:4]
            strum = _strum(song, order, length, ACOUSTIC_LAYERS, 0.012, rng, cache)
            place(out, strum, int(song.step_time_s(bar, step) * sr), vel * rng.uniform(0.85, 1.0))

    def body(freqs: np.ndarray) -> np.ndarray:
        return (
            highpass_mag(freqs, 100.0, 2) * lowpass_mag(freqs, 10000.0, 2) * bell_mag(freqs, 250.0, -2.0, 0.5)
        )

    return normalize_active(fft_filter(out, sr, body), sr)


def keys(song: Song, rng: np.random.Generator) -> np.ndarray:
    """Electric-piano chords (fundamental-heavy, soft tine harmonics), comped on beats or held per bar."""
    sr = song.sample_rate
    out = np.zeros(song.n)
    cache: dict = {}
    stabs = song.style in ("rock", "hiphop", "four")
    for bar in range(song.bars):
        notes = chord_notes(song, bar, 55 + int(rng.integers(0, 5)), 4)
        rhythm = [(4, 3), (12, 3)] if stabs else [(0, 16)]
        if stabs and rng.random() < 0.5:
            rhythm.append((10, 2))
        for step, length_steps in rhythm:
            length = int(length_steps * song.beat_s / 4.0 * sr)
            chord = _strum(song, notes, length, ((lambda f: EP_TABLE, 1.0, 1.2),), 0.002, rng, cache)
            place(out, chord, int(song.step_time_s(bar, step) * sr), rng.uniform(0.8, 1.0))
    return normalize_active(fft_filter(out, sr, hp_hz=90.0), sr)


def piano(song: Song, rng: np.random.Generator) -> np.ndarray:
    """Piano: a bass note plus chord, bright hammer attack decaying into a warm tone, quarter-note pulse."""
    sr = song.sample_rate
    out = np.zeros(song.n)
    cache: dict = {}
    for bar in range(song.bars):
        notes = chord_notes(song, bar, 36, 1) + chord_notes(song, bar, 57, 4)
        for beat in range(4):
            length = int(song.beat_s * 1.5 * sr)
            voicing = notes if beat == 0 else notes[1:]
            strike = _strum(song, voicing, length, PIANO_LAYERS, 0.001, rng, cache)
            vel = (1.0 if beat == 0 else 0.7) * rng.uniform(0.85, 1.0)
            place(out, strike, int(song.step_time_s(bar, 4 * beat) * sr), vel)
    return normalize_active(fft_filter(out, sr, hp_hz=60.0), sr)


def pad(song: Song, rng: np.random.Generator) -> np.ndarray:
    """A synth pad: detuned saws, slow attack, low-passed at ~2.5 kHz, kept out of the low end (150 Hz HP)."""
    sr = song.sample_rate
    out = np.zeros(song.n)
    for bar in range(0, song.bars, song.bars_per_chord):
        notes = chord_notes(song, bar, 52, 4)
        length = int(song.bar_s * song.bars_per_chord * sr)
        for note in notes:
            for cents in (-8.0, 7.0):
                f0 = midi_hz(note + cents / 100.0)
                tone = osc(f0, length, sr, saw_table(f0, 5000.0), rng.random())
                place(out, tone * note_env(length, sr, 0.35, 0.4), int(bar * song.bar_s * sr), 0.4)
    return normalize_active(fft_filter(out, sr, hp_hz=150.0, lp4_hz=2500.0), sr)


# ---------------------------------------------------------------- the lead voice


def _melody(song: Song, rng: np.random.Generator, low_midi: int) -> list[tuple[float, float, int]]:
    """(start_s, length_s, midi) of sung notes: two-bar phrases with pauses, on chord tones in one octave."""
    notes: list[tuple[float, float, int]] = []
    beat = song.beat_s
    t = song.bar_s * rng.uniform(0.5, 1.0)
    while t < song.seconds:
        phrase_end = t + song.bar_s * rng.choice([1.5, 2.0, 2.5])
        while t < phrase_end and t < song.seconds:
            length = beat * float(rng.choice([0.5, 0.5, 1.0, 1.0, 1.5, 2.0]))
            bar = int(t // song.bar_s)
            tones = chord_notes(song, bar, low_midi, 5)
            notes.append((t, length * 0.92, int(rng.choice(tones))))
            t += length
        t += beat * rng.choice([1.0, 2.0, 3.0])  # breath between phrases
    return notes


def lead_vocal(song: Song, rng: np.random.Generator) -> np.ndarray:
    """A vocal-like lead: glottal-like harmonic source (150-400 Hz) with scoop and vibrato, vowel formants,
    a little breath noise; sung in phrases with pauses."""
    sr = song.sample_rate
    out = np.zeros(song.n)
    low = int(rng.integers(51, 56))  # phrase tones from ~155 Hz up to ~400 Hz
    rate_hz = rng.uniform(5.0, 6.2)
    depth_st = rng.uniform(0.2, 0.4)
    for start_s, length_s, note in _melody(song, rng, low):
        n = int(length_s * sr)
        if n < 64:
            continue
        t = np.arange(n) / sr
        scoop = -0.4 * np.exp(-t / 0.04)
        vibrato = depth_st * np.clip((t - 0.15) / 0.2, 0.0, 1.0) * np.sin(2 * np.pi * rate_hz * t)
        freq = midi_hz(note) * 2.0 ** ((scoop + vibrato) / 12.0)
        source = osc(freq, n, sr, saw_table(midi_hz(note) * 1.05, 9000.0, 1.0))
        source += 0.02 * rng.standard_normal(n)  # breath
        f1, f2, f3 = VOWELS_HZ[int(rng.integers(len(VOWELS_HZ)))]

        def vowel(freqs: np.ndarray, f1: float = f1, f2: float = f2, f3: float = f3) -> np.ndarray:
            return (
                (
                    0.05
                    + resonance_mag(freqs, f1, 90.0)
                    + resonance_mag(freqs, f2, 130.0)
                    + 0.6 * resonance_mag(freqs, f3, 180.0)
                    + 0.25 * resonance_mag(freqs, 3300.0, 800.0)
                )
                # the source (a saw) already falls 6 dB/octave, like a glottal source plus lip radiation; a
                # second pole from 900 Hz (before) left the vocal 15 dB down by 1.3 kHz and the mix a hole there
                * lowpass_mag(freqs, 2600.0, 1)
                * highpass_mag(freqs, 100.0, 2)
            )

        voiced = fft_filter(source, sr, vowel) * note_env(n, sr, 0.04, min(0.1, length_s / 3), 2.5)
        place(out, voiced, int(start_s * sr), rng.uniform(0.8, 1.0))
    return normalize_active(out, sr)


def _reduced(voice: Callable[..., np.ndarray], factor: int) -> Callable[..., np.ndarray]:
    """Render ``voice`` at 1/``factor`` of the rate (its content lives well below that Nyquist) and
    upsample; falls back to the full rate when the rate does not divide or would drop under 11.025 kHz."""

    def run(song: Song, rng: np.random.Generator, **options: float) -> np.ndarray:
        rate = song.sample_rate
        if factor > 1 and rate % factor == 0 and rate // factor >= 11025:
            low = replace(song, sample_rate=rate // factor)
            return upsample(voice(low, rng, **options), song.n)
        return voice(song, rng, **options)

    run.__doc__ = voice.__doc__
    return run


VOICES: dict[str, Callable[..., np.ndarray]] = {
    "kick": kick,
    "snare": snare,
    "hats": hats,
    "shaker": shaker,
    "bass": _reduced(bass, 4),
    "808": _reduced(bass_808, 4),
    "electric_guitar": _reduced(electric_guitar, 2),
    "acoustic_guitar": _reduced(acoustic_guitar, 2),
    "keys": _reduced(keys, 4),
    "piano": _reduced(piano, 2),
    "pad": _reduced(pad, 4),
    "lead_vocal": _reduced(lead_vocal, 2),
}
"""Voice name -> renderer ``(song, rng, **options) -> (n,)`` float64 at -20 dBFS active RMS."""
