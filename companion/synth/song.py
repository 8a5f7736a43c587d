"""The musical frame of a synthetic song: tempo, key, chords per bar, groove; drum patterns and hit times.

Every part of companion.synth.voices and companion.synth.drums follows one ``Song``, so the parts lock together
like a band playing to a click.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from companion.synth.dsp import place

STEPS_PER_BAR = 16


@dataclass(frozen=True, slots=True)
class Song:
    """The musical frame every part follows: tempo, key, chords per bar, groove style."""

    tempo_bpm: float
    root_midi: int  # the key's root in the bass register (e.g. 40 = E2)
    progression: tuple[int, ...]  # chord roots, semitones above root_midi, one per ``bars_per_chord``
    minor_chords: tuple[bool, ...]
    bars_per_chord: int
    style: str  # drum and comping style: rock | four | hiphop | ballad | acoustic
    swing: float  # 0 straight .. 0.3 heavy: delay of off-beat 16ths as a fraction of a 16th
    seconds: float
    sample_rate: int

    @property
    def n(self) -> int:
        return int(round(self.seconds * self.sample_rate))

    @property
    def beat_s(self) -> float:
        return 60.0 / self.tempo_bpm

    @property
    def bar_s(self) -> float:
        return 4.0 * self.beat_s

    @property
    def bars(self) -> int:
        return int(np.ceil(self.seconds / self.bar_s)) + 1

    def chord(self, bar: int) -> tuple[int, bool]:
        """Root offset (semitones) and minor flag of the chord in ``bar``."""
        i = (bar // self.bars_per_chord) % len(self.progression)
        return self.progression[i], self.minor_chords[i]

    def step_time_s(self, bar: int, step: float) -> float:
        """Time of 16th ``step`` in ``bar``, with swing on the odd 16ths."""
        swing = self.swing if int(step) % 2 == 1 else 0.0
        return bar * self.bar_s + (step + swing) * self.beat_s / 4.0


def chord_notes(song: Song, bar: int, low_midi: int, count: int) -> list[int]:
    """``count`` chord tones (root, third, fifth, repeated up the octaves) starting at or above ``low_midi``."""
    root_off, minor = song.chord(bar)
    pitch_classes = [0, 3 if minor else 4, 7]
    root = song.root_midi + root_off
    while root < low_midi:
        root += 12
    while root - 12 >= low_midi:
        root -= 12
    notes: list[int] = []
    octave = 0
    while len(notes) < count:
        for pc in pitch_classes:
            if len(notes) < count:
                notes.append(root + pc + 12 * octave)
        octave += 1
    return notes


# ---------------------------------------------------------------- drum patterns


PATTERNS: dict[str, dict[str, tuple[int, ...]]] = {
    "rock": {"kick": (0, 8, 10), "snare": (4, 12), "hats": tuple(range(0, 16, 2))},
    "four": {"kick": (0, 4, 8, 12), "snare": (4, 12), "hats": (2, 6, 10, 14)},
    "hiphop": {"kick": (0, 7, 10), "snare": (4, 12), "hats": tuple(range(16))},
    "ballad": {"kick": (0, 10), "snare": (4, 12), "hats": tuple(range(0, 16, 2))},
    "acoustic": {"kick": (0, 8), "snare": (4, 12), "hats": tuple(range(16))},
}


def hits(song: Song, part: str, rng: np.random.Generator) -> list[tuple[float, float]]:
    """(time_s, velocity 0..1) of a drum ``part`` over the song, with seeded ghost notes and accents."""
    steps = PATTERNS[song.style][part]
    out: list[tuple[float, float]] = []
    for bar in range(song.bars):
        for step in steps:
            accent = 1.0 if step % 4 == 0 else 0.8
            out.append((song.step_time_s(bar, step), accent * rng.uniform(0.85, 1.0)))
        if part == "kick" and rng.random() < 0.3:  # an extra push into the next bar
            out.append((song.step_time_s(bar, 14), rng.uniform(0.6, 0.8)))
    return [(t + rng.normal(0.0, 0.002), v) for t, v in out if t < song.seconds]


def render_hits(
    song: Song, events: list[tuple[float, float]], make: Callable[[float], np.ndarray]
) -> np.ndarray:
    out = np.zeros(song.n)
    for t, vel in events:
        place(out, make(vel), int(t * song.sample_rate), vel)
    return out
