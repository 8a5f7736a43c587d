"""The music of the rendered sessions: per style, seeded arrangements of realistic parts as notes.

Each style writes the parts a small band would play over a few bars of a chord progression: a groove on the
drums, a bass line on the roots with passing notes, comping keys or guitars, sustained strings or pads, stabs,
and a sung-range lead melody in phrases with breaths between them. Everything is drawn from one
``numpy.random.Generator`` seeded by (style, seed), so an arrangement is identical on every machine.

General MIDI programs (0-based) name the instrument each part is rendered with from FluidR3_GM; drums use the GM
percussion channel. The "Lead Vocal" is a sung-range melody (A3-F5, phrases with breaths) on GM 52 "Choir Aahs"
(soul, rock, folk) or 54 "Synth Voice" (pop). FluidR3 has no sung words, so the lead is a vowel without
consonants. Why "Aahs" and not "Voice Oohs": the open vowel puts its energy where a sung lead's is, strongest at
500 Hz-2 kHz with the 2-4 kHz band about 16 dB under it (measured on these renders), while "oo" has almost
nothing above 2 kHz (about 30 dB under); the presence band (4-6 kHz) is still weaker than a real voice's.
The folk "Harmony Vox" uses GM 53 "Voice Oohs", a softer backing vowel.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

KICK, SNARE, CLAP, CLOSED_HAT, OPEN_HAT, CRASH, TAMBOURINE, SHAKER = 36, 38, 39, 42, 46, 49, 54, 82

QUALITIES: dict[str, tuple[int, ...]] = {
    "maj": (0, 4, 7),
    "min": (0, 3, 7),
    "maj7": (0, 4, 7, 11),
    "min7": (0, 3, 7, 10),
    "dom7": (0, 4, 7, 10),
    "sus4": (0, 5, 7),
}


@dataclass(frozen=True, slots=True)
class Note:
    start_beats: float
    length_beats: float
    pitch: int
    velocity: int


@dataclass(frozen=True, slots=True)
class Part:
    """One track's notes. ``program`` is the GM program (ignored for drums, which play the GM kit)."""

    name: str
    program: int
    notes: tuple[Note, ...]
    drums: bool = False


@dataclass(frozen=True, slots=True)
class Arrangement:
    style: str
    tempo_bpm: float
    bars: int
    parts: tuple[Part, ...]
    beats_per_bar: int = 4

    @property
    def seconds(self) -> float:
        return self.bars * self.beats_per_bar * 60.0 / self.tempo_bpm

    def part(self, name: str) -> Part:
        return next(p for p in self.parts if p.name == name)


Chord = tuple[int, str]  # (root pitch class offset from the key, quality)

PROGRESSIONS: dict[str, tuple[tuple[Chord, ...], ...]] = {
    "soul": (((0, "maj7"), (9, "min7"), (2, "min7"), (7, "dom7")), ((0, "min7"), (5, "min7"), (10, "dom7"), (3, "maj7"))),
    "rock": (((0, "maj"), (10, "maj"), (5, "maj"), (0, "maj")), ((0, "maj"), (7, "maj"), (9, "min"), (5, "maj"))),
    "pop": (((9, "min"), (5, "maj"), (0, "maj"), (7, "maj")), ((0, "maj"), (7, "maj"), (9, "min"), (5, "maj"))),
    "folk": (((0, "maj"), (5, "maj"), (0, "maj"), (7, "maj")), ((0, "maj"), (9, "min"), (5, "maj"), (7, "sus4"))),
}  # fmt: skip
KEYS_PC: dict[str, tuple[int, ...]] = {
    "soul": (0, 3, 5, 10),
    "rock": (4, 7, 9, 2),
    "pop": (0, 2, 5, 7),
    "folk": (7, 2, 0, 9),
}
TEMPO_BPM: dict[str, tuple[float, float]] = {
    "soul": (88, 100),
    "rock": (112, 132),
    "pop": (118, 126),
    "folk": (84, 100),
}


def _v(rng: np.random.Generator, base: int, spread: int = 8) -> int:
    return int(np.clip(base + rng.integers(-spread, spread + 1), 1, 127))


def _voicing(root: int, quality: str, low: int, high: int) -> list[int]:
    """Chord tones of (root pitch class, quality) between ``low`` and ``high``, close position from ``low``."""
    pcs = {(root + i) % 12 for i in QUALITIES[quality]}
    return [p for p in range(low, high + 1) if p % 12 in pcs]


def _bass_pitch(pc: int, low: int = 33) -> int:
    return low + (pc - low) % 12


def _chords(style: str, rng: np.random.Generator, bars: int) -> list[Chord]:
    prog = PROGRESSIONS[style][int(rng.integers(len(PROGRESSIONS[style])))]
    key = KEYS_PC[style][int(rng.integers(len(KEYS_PC[style])))]
    return [((key + r) % 12, q) for r, q in (prog[i % len(prog)] for i in range(bars))]


# ---------------------------------------------------------------- parts shared by the styles


def drum_groove(
    rng: np.random.Generator, bars: int, feel: str, only: tuple[int, ...] | None = None
) -> tuple[Note, ...]:
    """A groove: ``feel`` soul (syncopated kick, ghosted snare, swung hats), rock (8ths), four (four on the floor)."""
    notes: list[Note] = []
    for bar in range(bars):
        t0 = bar * 4.0
        kicks = {"soul": [0, 1.5, 2.5], "rock": [0, 2, 2.5], "four": [0, 1, 2, 3]}[feel]
        if feel != "four" and rng.random() < 0.4:
            kicks = [*kicks, 3.75]
        notes += [Note(t0 + b, 0.25, KICK, _v(rng, 108)) for b in kicks]
        back = CLAP if feel == "four" else SNARE
        notes += [Note(t0 + b, 0.25, back, _v(rng, 112)) for b in (1, 3)]
        if feel == "soul":
            notes += [Note(t0 + b, 0.2, SNARE, _v(rng, 38, 6)) for b in (0.75, 2.75) if rng.random() < 0.6]
        swing = 0.08 if feel == "soul" else 0.0
        for k in range(8):
            offbeat = k % 2 == 1
            if feel == "four":
                hat = OPEN_HAT if offbeat else CLOSED_HAT
                notes.append(Note(t0 + k * 0.5, 0.25, hat, _v(rng, 84 if offbeat else 60)))
            else:
                notes.append(
                    Note(
                        t0 + k * 0.5 + (swing if offbeat else 0),
                        0.25,
                        CLOSED_HAT,
                        _v(rng, 62 if offbeat else 82),
                    )
                )
        if bar == 0 and feel != "four":
            notes.append(Note(t0, 1.0, CRASH, _v(rng, 96)))
    if only is not None:
        notes = [n for n in notes if n.pitch in only]
    return tuple(notes)


def bass_line(rng: np.random.Generator, chords: list[Chord], feel: str, low: int = 33) -> tuple[Note, ...]:
    """Roots on the downbeats, fifths and octaves between, a chromatic approach into the next bar now and then."""
    notes: list[Note] = []
    for bar, (pc, quality) in enumerate(chords):
        t0 = bar * 4.0
        root = _bass_pitch(pc, low)
        fifth = root + 7
        if feel == "eighths":
            for k in range(8):
                notes.append(
                    Note(t0 + k * 0.5, 0.45, root if k < 6 or rng.random() < 0.5 else fifth, _v(rng, 96))
                )
        elif feel == "synth":
            for b in (0, 0.75, 1.5, 2.0, 2.75, 3.5):
                notes.append(Note(t0 + b, 0.4, root if b != 2.75 else root + 12, _v(rng, 100)))
        elif feel == "walk":
            line = [root, root + QUALITIES[quality][1], fifth, root + QUALITIES[quality][1]]
            notes += [Note(t0 + k, 0.9, p, _v(rng, 88)) for k, p in enumerate(line)]
        else:  # soul
            pattern = [(0, 1.2, root), (1.5, 0.45, root), (2.0, 0.9, fifth), (3.0, 0.45, root + 12)]
            notes += [Note(t0 + b, d, p, _v(rng, 98)) for b, d, p in pattern]
            nxt = _bass_pitch(chords[(bar + 1) % len(chords)][0], low)
            if rng.random() < 0.5:
                notes.append(Note(t0 + 3.5, 0.45, nxt - 1 if nxt > low else nxt + 1, _v(rng, 90)))
    return tuple(notes)


def comp(rng: np.random.Generator, chords: list[Chord], low: int, high: int, rhythm: list[tuple[float, float]],
         vel: int) -> tuple[Note, ...]:  # fmt: skip
    """Chords on a rhythm of (beat, length) per bar, voiced between ``low`` and ``high``."""
    notes: list[Note] = []
    for bar, (pc, quality) in enumerate(chords):
        voicing = _voicing(pc, quality, low, high)[:4]
        for beat, length in rhythm:
            v = _v(rng, vel)
            notes += [Note(bar * 4.0 + beat + 0.004 * i, length, p, v) for i, p in enumerate(voicing)]
    return tuple(notes)


def pads(rng: np.random.Generator, chords: list[Chord], low: int, high: int, vel: int) -> tuple[Note, ...]:
    """Sustained whole-bar chords (strings, pads, organ)."""
    return comp(rng, chords, low, high, [(0.0, 3.95)], vel)


def stabs(rng: np.random.Generator, chords: list[Chord], low: int, high: int, vel: int) -> tuple[Note, ...]:
    """Short horn hits: a figure on the 'and' of 2 and 4 every other bar, a longer fall at the end of 4 bars."""
    notes: list[Note] = []
    for bar, (pc, quality) in enumerate(chords):
        voicing = _voicing(pc, quality, low, high)[-3:]
        hits = [(1.5, 0.3), (3.5, 0.3)] if bar % 2 == 1 else [(3.5, 0.3)]
        if bar % 4 == 3:
            hits = [(2.5, 0.3), (3.0, 0.9)]
        for beat, length in hits:
            v = _v(rng, vel)
            notes += [Note(bar * 4.0 + beat, length, p, v) for p in voicing]
    return tuple(notes)


def melody(
    rng: np.random.Generator, chords: list[Chord], low: int = 57, high: int = 76, busy: float = 0.5
) -> tuple[Note, ...]:
    """A sung lead: two-bar phrases that start after a breath, chord tones on strong beats, steps between,
    a long note at the end of each phrase. ``busy`` 0..1 sets how many eighth notes it sings."""
    notes: list[Note] = []
    pitch = int(rng.integers(low + 4, high - 4))
    for phrase in range(0, len(chords), 2):
        t = phrase * 4.0 + float(rng.choice([0.5, 1.0, 1.5]))
        end = phrase * 4.0 + 7.0
        while t < end:
            pc, quality = chords[min(int(t // 4), len(chords) - 1)]
            tones = _voicing(pc, quality, low, high)
            strong = abs(t - round(t)) < 1e-6
            if strong and tones:
                pitch = min(tones, key=lambda p: abs(p - pitch) + (0 if rng.random() < 0.7 else 3))
            else:
                pitch = int(np.clip(pitch + rng.choice([-2, -1, 1, 2]), low, high))
            length = float(rng.choice([0.5, 1.0, 1.5] if rng.random() > busy else [0.5]))
            length = min(length, end - t)
            notes.append(Note(t, length * 0.95, pitch, _v(rng, 92, 10)))
            t += length
        last = _voicing(*chords[min(phrase + 1, len(chords) - 1)], low, high)
        if last:
            notes.append(Note(end, 0.9, min(last, key=lambda p: abs(p - pitch)), _v(rng, 86)))
    return tuple(notes)


# ---------------------------------------------------------------- the styles


def soul(rng: np.random.Generator, bars: int) -> Arrangement:
    ch = _chords("soul", rng, bars)
    return Arrangement("soul", float(rng.uniform(*TEMPO_BPM["soul"])), bars, (
        Part("Drums", 0, drum_groove(rng, bars, "soul"), drums=True),
        Part("Bass", 33, bass_line(rng, ch, "soul")),
        Part("Rhodes", 4, comp(rng, ch, 55, 72, [(0.5, 0.4), (1.75, 0.7), (3.0, 0.4)], 70)),
        Part("Strings", 49, pads(rng, ch, 60, 84, 62)),
        Part("Horns", 61, stabs(rng, ch, 62, 82, 100)),
        Part("Lead Vocal", 52, melody(rng, ch, busy=0.5)),
    ))  # fmt: skip


def rock(rng: np.random.Generator, bars: int) -> Arrangement:
    ch = _chords("rock", rng, bars)
    power = [(pc, "maj") for pc, _ in ch]  # power chords: the quality only picks the root
    eighths = [(k * 0.5, 0.45) for k in range(8)]
    groove = drum_groove(rng, bars, "rock")
    return Arrangement("rock", float(rng.uniform(*TEMPO_BPM["rock"])), bars, (
        Part("Kick", 0, tuple(n for n in groove if n.pitch == KICK), drums=True),
        Part("Snare", 0, tuple(n for n in groove if n.pitch == SNARE), drums=True),
        Part("Hats", 0, tuple(n for n in groove if n.pitch in (CLOSED_HAT, OPEN_HAT, CRASH)), drums=True),
        Part("Bass", 34, bass_line(rng, ch, "eighths", low=28)),
        Part("Gtr L", 30, _power_chords(rng, power, 40, eighths, 0.0)),
        Part("Gtr R", 29, _power_chords(rng, power, 45, eighths, 0.012)),
        Part("Keys", 0, comp(rng, ch, 60, 76, [(0.0, 1.9), (2.0, 1.9)], 66)),
        Part("Lead Vocal", 52, melody(rng, ch, low=59, high=78, busy=0.6)),
    ))  # fmt: skip


def _power_chords(rng: np.random.Generator, chords: list[Chord], low: int, rhythm: list[tuple[float, float]],
                  late_beats: float) -> tuple[Note, ...]:  # fmt: skip
    """Root-fifth-octave on a rhythm; ``late_beats`` plays a second take slightly behind the first."""
    notes: list[Note] = []
    for bar, (pc, _) in enumerate(chords):
        root = low + (pc - low) % 12
        for beat, length in rhythm:
            v = _v(rng, 96, 10)
            jitter = late_beats + float(rng.uniform(0, 0.01))
            notes += [Note(bar * 4.0 + beat + jitter, length, p, v) for p in (root, root + 7, root + 12)]
    return tuple(notes)


def pop(rng: np.random.Generator, bars: int) -> Arrangement:
    ch = _chords("pop", rng, bars)
    groove = drum_groove(rng, bars, "four")
    arp = tuple(
        Note(bar * 4.0 + k * 0.25, 0.22, tones[k % len(tones)], _v(rng, 84))
        for bar, (pc, q) in enumerate(ch)
        for tones in [_voicing(pc, q, 64, 84)]
        for k in range(16)
    )
    return Arrangement("pop", float(rng.uniform(*TEMPO_BPM["pop"])), bars, (
        Part("Kick", 0, tuple(n for n in groove if n.pitch == KICK), drums=True),
        Part("Clap", 0, tuple(n for n in groove if n.pitch == CLAP), drums=True),
        Part("Hats", 0, tuple(n for n in groove if n.pitch in (CLOSED_HAT, OPEN_HAT)), drums=True),
        Part("Synth Bass", 38, bass_line(rng, ch, "synth", low=29)),
        Part("Pad", 89, pads(rng, ch, 55, 76, 70)),
        Part("Pluck Synth", 84, arp),
        Part("Lead Vocal", 54, melody(rng, ch, low=60, high=79, busy=0.7)),
    ))  # fmt: skip


def folk(rng: np.random.Generator, bars: int) -> Arrangement:
    ch = _chords("folk", rng, bars)
    strum = [(0.0, 0.9), (1.0, 0.45), (1.5, 0.9), (2.5, 0.45), (3.0, 0.9)]
    shaker = tuple(Note(b * 0.5, 0.2, SHAKER, _v(rng, 70 if b % 2 else 56)) for b in range(bars * 8))
    harmony = tuple(Note(n.start_beats, n.length_beats, n.pitch + 4, max(1, n.velocity - 12))
                    for n in melody(np.random.default_rng(int(rng.integers(1 << 30))), ch, busy=0.3))  # fmt: skip
    return Arrangement("folk", float(rng.uniform(*TEMPO_BPM["folk"])), bars, (
        Part("Acoustic Gtr", 25, _strum(rng, ch, strum)),
        Part("Upright Bass", 32, bass_line(rng, ch, "walk", low=28)),
        Part("Piano", 0, comp(rng, ch, 48, 67, [(0.0, 1.9), (2.0, 1.9)], 58)),
        Part("Fiddle", 40, melody(rng, ch, low=67, high=88, busy=0.4)),
        Part("Shaker", 0, shaker, drums=True),
        Part("Lead Vocal", 52, melody(rng, ch, busy=0.5)),
        Part("Harmony Vox", 53, harmony),
    ))  # fmt: skip


def _strum(
    rng: np.random.Generator, chords: list[Chord], rhythm: list[tuple[float, float]]
) -> tuple[Note, ...]:
    """An acoustic strum: the chord's strings hit one after another (down- and upstrokes), 10-15 ms apart."""
    notes: list[Note] = []
    for bar, (pc, quality) in enumerate(chords):
        voicing = _voicing(pc, quality, 43, 67)[:6]
        for k, (beat, length) in enumerate(rhythm):
            order = voicing if k % 2 == 0 else voicing[::-1]
            v = _v(rng, 80 if k % 2 == 0 else 64)
            notes += [Note(bar * 4.0 + beat + 0.025 * i, length, p, v) for i, p in enumerate(order)]
    return tuple(notes)


def soul_kit(rng: np.random.Generator, bars: int) -> Arrangement:
    """A held-out variation (never looked at while the rules were tuned): the soul band with its kit as three
    mics, an organ for the Rhodes and the strings, and a backing vocal under the lead."""
    ch = _chords("soul", rng, bars)
    groove = drum_groove(rng, bars, "soul")
    lead = melody(rng, ch, busy=0.5)
    backing = tuple(Note(n.start_beats, n.length_beats, n.pitch - 3, max(1, n.velocity - 10))
                    for n in melody(np.random.default_rng(int(rng.integers(1 << 30))), ch, busy=0.25))  # fmt: skip
    return Arrangement("soul_kit", float(rng.uniform(*TEMPO_BPM["soul"])), bars, (
        Part("Kick", 0, tuple(n for n in groove if n.pitch == KICK), drums=True),
        Part("Snare", 0, tuple(n for n in groove if n.pitch == SNARE), drums=True),
        Part("Hats", 0, tuple(n for n in groove if n.pitch in (CLOSED_HAT, CRASH)), drums=True),
        Part("Bass", 33, bass_line(rng, ch, "soul")),
        Part("Organ", 16, pads(rng, ch, 55, 74, 64)),
        Part("Horns", 61, stabs(rng, ch, 62, 82, 100)),
        Part("Lead Vocal", 52, lead),
        Part("Backing Vox", 53, backing),
    ))  # fmt: skip


STYLES: dict[str, Callable[[np.random.Generator, int], Arrangement]] = {
    "soul": soul,
    "rock": rock,
    "pop": pop,
    "folk": folk,
}
VARIATIONS: dict[str, Callable[[np.random.Generator, int], Arrangement]] = {"soul_kit": soul_kit}
"""Arrangements kept out of ``STYLES`` (and out of the tests): held-out material for benchmarks/track_balance.py."""


def arrangement(style: str, seed: int, bars: int) -> Arrangement:
    """The seeded arrangement of ``style`` over ``bars`` bars (same notes for the same arguments)."""
    build = STYLES.get(style) or VARIATIONS.get(style)
    if build is None:
        raise ValueError(f"unknown style {style!r}; choose one of {', '.join(STYLES)}")
    salt = sum(ord(c) * 31**i for i, c in enumerate(style)) % (1 << 31)
    return build(np.random.default_rng([seed, salt]), bars)
