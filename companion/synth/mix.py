"""Deterministic synthetic multitracks: ``render_mix(arrangement, seed) -> SyntheticMix``.

Why: the demo, the tests and the planted-problem benchmark need realistic mixes with known ground truth and
a REAPER-like session snapshot, without shipping audio. A clean mix is mastered to about -14 LUFS with a true
peak <= -1 dBTP, a mono low end and a mono-compatible width (correlation 0.3-0.9).

Signal flow, per track: voice (-20 dBFS active RMS) -> fader ``volume_db`` -> pan (or a stereo voice) =
``stems[name]``; each track's room send feeds the "Room" return (its own stem); the master sums the stems and
applies a gain plus a look-ahead limiter (companion/synth/bus.py).
"""

from __future__ import annotations

import uuid
import zlib
from dataclasses import dataclass, field

import numpy as np

from companion.context import Fx, Master, Project, Send, Snapshot, Track, TrackLevel, finite_or_none
from companion.errors import BadInput
from companion.listening.track_meter import measure_track
from companion.synth.bus import convolve_room, master_bus, pan_mono, room_ir, spread_mono
from companion.synth.dsp import db_gain
from companion.synth.fx import comp, eq, limiter_fx, reverb_fx
from companion.synth.song import Song
from companion.synth.voices import VOICES

METER_BLOCK_S = 0.05
"""REAPER's track peak meters are read about every 30-50 ms; the snapshot's ``level`` uses 50 ms blocks."""
METER_FLOOR_DB = -60.0
"""Blocks quieter than this count as 'not playing' for the average (a vocal's pauses do not drag it down)."""
DEFAULT_TARGET_LUFS = -14.0
ROOM_RETURN_DB = -3.0
"""Fader of the "Room" reverb return: a little ambience, not a wash."""
CAPTURED_AT = 1_767_225_600.0  # 2026-01-01: fixed so snapshots are byte-identical per seed
REAPER_VERSION = "7.27/linux-x86_64"
MIN_SECONDS, MAX_SECONDS = 2.0, 600.0
MIN_RATE, MAX_RATE = 22050, 192000


class BadSynthRequest(BadInput, ValueError):
    """A synthetic mix that cannot be rendered (too short or long, odd sample rate)."""


class UnknownArrangement(BadSynthRequest):
    """No arrangement of that name."""


@dataclass(frozen=True, slots=True)
class TrackSpec:
    """One track of an arrangement: what plays, how loud (fader dB), where (pan), and its FX chain."""

    name: str
    voice: str  # key of companion.synth.voices.VOICES
    volume_db: float
    pan: float = 0.0
    room_send_db: float | None = None  # None: no send to the Room return
    stereo: bool = False  # two independent takes hard left/right (pads), instead of a panned mono source
    width: float = 0.0  # 0..1: spread a mono source across the stereo field above 400 Hz (stereo keys, hats)
    role: str = "other"  # drums | bass | guitars | keys | vocals
    fx: tuple[Fx, ...] = ()
    muddy_db: float = (
        0.0  # electric guitars: no high-pass, a low-mid boost around 320 Hz (an amateur's guitar)
    )


@dataclass(frozen=True, slots=True)
class Arrangement:
    genre: str  # the genre name handed to diagnose
    style: str  # groove style of companion.synth.voices.PATTERNS
    tempo_bpm: tuple[float, float]
    progressions: tuple[tuple[tuple[int, ...], tuple[bool, ...]], ...]
    bars_per_chord: int
    swing: tuple[float, float]
    tracks: tuple[TrackSpec, ...]


@dataclass(frozen=True, slots=True)
class SyntheticMix:
    """A rendered session. ``mix`` and every stem are float32 ``(n, 2)``; ``sum(stems) * bus = mix``."""

    mix: np.ndarray
    stems: dict[str, np.ndarray]
    tracks: list[TrackSpec]
    snapshot: Snapshot
    sample_rate: int
    arrangement: str
    genre: str
    seed: int
    target_lufs: float
    bus_gain_db: float
    tempo_bpm: float = 120.0
    extra: dict = field(default_factory=dict)


# ---------------------------------------------------------------- arrangements

POP = ((0, 7, 9, 5), (False, False, True, False))  # I V vi IV
ROCK = ((0, 10, 5, 0), (False, False, False, False))  # I bVII IV I
MINOR = ((0, 8, 3, 10), (True, False, False, False))  # i VI III VII
BALLAD = ((0, 9, 5, 7), (False, True, False, False))  # I vi IV V


def _drums(
    kick_db: float, snare_db: float, hats_db: float, snare_name: str = "Snare"
) -> tuple[TrackSpec, ...]:
    return (
        TrackSpec(
            "Kick", "kick", kick_db, 0.0, None, role="drums", fx=(eq("kick"), comp(-18.0, 4.0, 10.0, 80.0))
        ),
        TrackSpec(
            snare_name,
            "snare",
            snare_db,
            0.0,
            -16.0,
            role="drums",
            fx=(eq("snare"), comp(-20.0, 3.0, 5.0, 100.0)),
        ),
        TrackSpec("Hats", "hats", hats_db, 0.25, -22.0, width=0.6, role="drums", fx=(eq("hats"),)),
    )


VOX_FX = (eq("vocal"), comp(-22.0, 3.0, 5.0, 60.0))

ARRANGEMENTS: dict[str, Arrangement] = {
    "rock_band": Arrangement(
        "rock",
        "rock",
        (100.0, 150.0),
        (ROCK, POP),
        1,
        (0.0, 0.0),
        _drums(-3.0, -5.0, -15.0)
        + (
            TrackSpec("Bass", "bass", -4.0, 0.0, role="bass", fx=(eq("bass"), comp(-20.0, 4.0, 5.0, 120.0))),
            TrackSpec("Gtr L", "electric_guitar", -9.0, -0.8, -18.0, role="guitars", fx=(eq("guitar"),)),
            TrackSpec("Gtr R", "electric_guitar", -9.0, 0.8, -18.0, role="guitars", fx=(eq("guitar"),)),
            TrackSpec("Keys", "keys", -15.0, 0.3, -14.0, width=0.7, role="keys", fx=(eq("keys"),)),
            TrackSpec("Lead Vox", "lead_vocal", -1.5, 0.0, -14.0, role="vocals", fx=VOX_FX),
        ),
    ),
    "electronic": Arrangement(
        "electronic",
        "four",
        (118.0, 128.0),
        (MINOR, POP),
        1,
        (0.0, 0.05),
        _drums(-3.0, -12.0, -15.0, "Clap")
        + (
            TrackSpec("Shaker", "shaker", -21.0, -0.45, -16.0, role="drums", fx=(eq("hats"),)),
            TrackSpec("Bass", "bass", -5.0, 0.0, role="bass", fx=(eq("bass"),)),
            TrackSpec("Synth Pad", "pad", -9.0, 0.0, -12.0, stereo=True, role="keys", fx=(eq("pad"),)),
            TrackSpec("Keys", "keys", -14.0, -0.2, -14.0, width=0.8, role="keys", fx=(eq("keys"),)),
            TrackSpec("Lead Vox", "lead_vocal", -2.5, 0.0, -14.0, role="vocals", fx=VOX_FX),
        ),
    ),
    "hip_hop": Arrangement(
        "hip-hop",
        "hiphop",
        (78.0, 96.0),
        (MINOR,),
        1,
        (0.08, 0.22),
        _drums(-4.0, -6.5, -18.0)
        + (
            TrackSpec("808", "808", -5.5, 0.0, role="bass", fx=(eq("808"),)),
            TrackSpec("Rhodes", "keys", -11.0, 0.15, -14.0, width=1.0, role="keys", fx=(eq("keys"),)),
            TrackSpec("Pad", "pad", -10.0, 0.0, -18.0, stereo=True, role="keys", fx=(eq("pad"),)),
            TrackSpec("Lead Vox", "lead_vocal", -2.0, 0.0, -16.0, role="vocals", fx=VOX_FX),
        ),
    ),
    "acoustic": Arrangement(
        "acoustic",
        "acoustic",
        (88.0, 120.0),
        (POP, BALLAD),
        1,
        (0.0, 0.1),
        (
            TrackSpec("Kick", "kick", -8.0, 0.0, role="drums", fx=(eq("kick"),)),
            TrackSpec("Shaker", "shaker", -18.0, 0.5, -14.0, role="drums", fx=(eq("hats"),)),
            TrackSpec("Bass", "bass", -6.0, 0.0, role="bass", fx=(eq("bass"),)),
            TrackSpec("Ac Gtr L", "acoustic_guitar", -7.0, -0.5, -14.0, role="guitars", fx=(eq("acoustic"),)),
            TrackSpec("Ac Gtr R", "acoustic_guitar", -7.0, 0.5, -14.0, role="guitars", fx=(eq("acoustic"),)),
            TrackSpec("Piano", "piano", -12.0, 0.0, -12.0, width=0.8, role="keys", fx=(eq("keys"),)),
            TrackSpec("Lead Vox", "lead_vocal", -3.0, 0.0, -14.0, role="vocals", fx=VOX_FX),
        ),
    ),
    "pop_ballad": Arrangement(
        "pop",
        "ballad",
        (64.0, 80.0),
        (BALLAD, POP),
        1,
        (0.0, 0.0),
        _drums(-6.0, -8.0, -17.0)
        + (
            TrackSpec("Bass", "bass", -5.0, 0.0, role="bass", fx=(eq("bass"),)),
            TrackSpec("Piano", "piano", -10.0, 0.0, -16.0, width=1.0, role="keys", fx=(eq("keys"),)),
            TrackSpec("Pad", "pad", -14.0, 0.0, -16.0, stereo=True, role="keys", fx=(eq("pad"),)),
            TrackSpec("Gtr", "electric_guitar", -14.0, 0.5, -18.0, role="guitars", fx=(eq("guitar"),)),
            TrackSpec("Lead Vox", "lead_vocal", -2.0, 0.0, -14.0, role="vocals", fx=VOX_FX),
        ),
    ),
}


# ---------------------------------------------------------------- rendering


def _rng(seed: int, *keys: str | int) -> np.random.Generator:
    """An independent stream per (seed, key): adding a track never changes the others' notes."""
    words = [int(seed) & 0xFFFFFFFF] + [zlib.crc32(str(k).encode()) for k in keys]
    return np.random.default_rng(words)


def make_song(arrangement: Arrangement, seed: int, seconds: float, sample_rate: int) -> Song:
    rng = _rng(seed, "song")
    progression, minors = arrangement.progressions[int(rng.integers(len(arrangement.progressions)))]
    return Song(
        tempo_bpm=float(round(rng.uniform(*arrangement.tempo_bpm))),
        root_midi=int(rng.integers(38, 46)),
        progression=progression,
        minor_chords=minors,
        bars_per_chord=arrangement.bars_per_chord,
        style=arrangement.style,
        swing=float(rng.uniform(*arrangement.swing)),
        seconds=seconds,
        sample_rate=sample_rate,
    )


def render_track(spec: TrackSpec, song: Song, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """One track's post-fader stereo stem ``(n, 2)`` and its mono pre-pan signal (for the room send)."""
    rng = _rng(seed, spec.name)
    options = {"muddy_db": spec.muddy_db} if spec.muddy_db else {}
    mono = VOICES[spec.voice](song, rng, **options)
    mono -= (
        mono.mean()
    )  # a DC blocker, as every interface and DAW track has: kick and 808 sweeps are lopsided
    gain = db_gain(spec.volume_db)
    if spec.stereo:
        other = VOICES[spec.voice](song, _rng(seed, spec.name, "take 2"))
        stem = np.stack([mono, other], axis=1).astype(np.float32) * np.float32(gain)
        return stem, 0.5 * (mono + other) * gain
    if spec.width > 0.0:
        return spread_mono(
            mono * gain, song.sample_rate, spec.pan, spec.width, rng.uniform(0, 2 * np.pi)
        ), mono * gain
    return pan_mono(mono * gain, spec.pan), mono * gain


def render_stems(
    tracks: tuple[TrackSpec, ...] | list[TrackSpec], song: Song, seed: int, room_rt60_s: float
) -> dict[str, np.ndarray]:
    """Every track's stem plus the "Room" return (float64)."""
    stems: dict[str, np.ndarray] = {}
    send = np.zeros(song.n)
    for spec in tracks:
        stem, mono = render_track(spec, song, seed)
        stems[spec.name] = stem
        if spec.room_send_db is not None:
            send += mono * db_gain(spec.room_send_db)
    ir = room_ir(_rng(seed, "room"), song.sample_rate, room_rt60_s)
    stems["Room"] = (convolve_room(send, ir) * db_gain(ROOM_RETURN_DB)).astype(np.float32)
    return stems


def render_mix(
    arrangement: str,
    seed: int,
    seconds: float = 20.0,
    sample_rate: int = 48000,
    *,
    target_lufs: float | None = None,
    tracks: list[TrackSpec] | None = None,
) -> SyntheticMix:
    """Render ``arrangement`` (a key of ``ARRANGEMENTS``) deterministically from ``seed``.

    ``target_lufs`` defaults to -14 LUFS +- 0.75 (seeded: real masters are not all exactly -14).
    ``tracks`` overrides the arrangement's track list (the demo plants its problems this way).
    """
    if arrangement not in ARRANGEMENTS:
        raise UnknownArrangement(
            f"unknown arrangement {arrangement!r}; choose one of {', '.join(ARRANGEMENTS)}"
        )
    if not (MIN_SECONDS <= seconds <= MAX_SECONDS) or not (MIN_RATE <= sample_rate <= MAX_RATE):
        raise BadSynthRequest(
            f"can render {MIN_SECONDS:.0f}-{MAX_SECONDS:.0f} s at {MIN_RATE}-{MAX_RATE} Hz, "
            f"not {seconds} s at {sample_rate} Hz"
        )
    arr = ARRANGEMENTS[arrangement]
    specs = list(arr.tracks if tracks is None else tracks)
    song = make_song(arr, seed, seconds, sample_rate)
    rng = _rng(seed, "bus")
    room_rt60_s = float(rng.uniform(0.5, 1.1))
    target = (
        DEFAULT_TARGET_LUFS + float(rng.uniform(-0.75, 0.75)) if target_lufs is None else float(target_lufs)
    )
    stems = render_stems(specs, song, seed, room_rt60_s)
    premix = np.zeros((song.n, 2))
    for stem in stems.values():
        premix += stem
    mix, gain_db = master_bus(premix, sample_rate, target)
    snapshot = build_snapshot(specs, stems, mix, song, seed, arrangement, gain_db)
    return SyntheticMix(
        mix=mix.astype(np.float32),
        stems=stems,
        tracks=specs,
        snapshot=snapshot,
        sample_rate=sample_rate,
        arrangement=arrangement,
        genre=arr.genre,
        seed=seed,
        target_lufs=target,
        bus_gain_db=gain_db,
        tempo_bpm=song.tempo_bpm,
        extra={"room_rt60_s": room_rt60_s, "root_midi": song.root_midi},
    )


# ---------------------------------------------------------------- the session snapshot


def meter_level(stem: np.ndarray, sample_rate: int, block_s: float = METER_BLOCK_S) -> TrackLevel:
    """What REAPER's track peak meter shows while playing: the peak of both channels per ~50 ms block,
    as the average (over blocks above the meter floor) and the maximum, in dB."""
    block = max(1, int(block_s * sample_rate))
    count = stem.shape[0] // block
    if count == 0:
        return TrackLevel(None, None, 0.0)
    peaks = np.max(np.abs(stem[: count * block]).reshape(count, block * stem.shape[1]), axis=1)
    with np.errstate(divide="ignore"):
        peaks_db = 20.0 * np.log10(peaks)
    playing = peaks_db[peaks_db > METER_FLOOR_DB]
    window_s = round(count * block / sample_rate, 3)
    if playing.size == 0:
        return TrackLevel(None, None, window_s)
    return TrackLevel(round(float(playing.mean()), 2), round(float(peaks_db.max()), 2), window_s)


def track_level(stem: np.ndarray, sample_rate: int) -> TrackLevel:
    """What the bridge reports for a track whose output is ``stem``: peak meters, plus the track meter's
    loudness and band levels (``companion.listening.track_meter``, the math of the REAPER JSFX meter)."""
    peaks = meter_level(stem, sample_rate)
    loud = measure_track(stem, sample_rate)
    return TrackLevel(
        peaks.avg_peak_db,
        peaks.max_peak_db,
        peaks.window_s,
        lufs=finite_or_none(loud.lufs),
        bands_db={k: finite_or_none(v) for k, v in loud.bands_db.items()},
    )


def _guid(seed: int, name: str) -> str:
    """A REAPER-style GUID ("{XXXXXXXX-...}"), fixed per (seed, track name)."""
    return "{" + str(uuid.UUID(bytes=_rng(seed, name, "guid").bytes(16))).upper() + "}"


def build_snapshot(
    specs: list[TrackSpec],
    stems: dict[str, np.ndarray],
    mix: np.ndarray,
    song: Song,
    seed: int,
    arrangement: str,
    bus_gain_db: float,
) -> Snapshot:
    """The session as the REAPER bridge would report it (schema ``mixassist.snapshot/1``)."""
    sr = song.sample_rate
    room_guid = _guid(seed, "Room")
    tracks: list[Track] = []
    for i, spec in enumerate(specs, start=1):
        sends: tuple[Send, ...] = ()
        if spec.room_send_db is not None:
            sends = (Send(room_guid, "Room", round(spec.room_send_db, 2)),)
        tracks.append(
            Track(
                guid=_guid(seed, spec.name),
                index=i,
                name=spec.name,
                volume_db=round(spec.volume_db, 2),
                pan=round(spec.pan, 2),
                level=track_level(stems[spec.name], sr),
                fx=tuple(spec.fx),
                sends=sends,
            )
        )
    tracks.append(
        Track(
            guid=room_guid,
            index=len(specs) + 1,
            name="Room",
            volume_db=ROOM_RETURN_DB,
            level=track_level(stems["Room"], sr),
            fx=(reverb_fx(),),
        )
    )
    peak = float(np.max(np.abs(mix)))
    return Snapshot(
        captured_at=CAPTURED_AT,
        reaper_version=REAPER_VERSION,
        project=Project(
            name=f"{arrangement.replace('_', ' ').title()} {seed}",
            sample_rate=sr,
            tempo_bpm=song.tempo_bpm,
            play_state="playing",
            position_s=round(song.seconds, 3),
        ),
        master=Master(
            volume_db=0.0,
            pan=0.0,
            peak_db=round(float(20.0 * np.log10(peak)), 2) if peak > 0 else None,
            fx=(limiter_fx(bus_gain_db),),
        ),
        tracks=tuple(tracks),
    )
