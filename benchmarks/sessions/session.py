"""``render_session(style, seed, scenario)``: a realistic multitrack session, its master and its REAPER snapshot.

The snapshot is what the bridge would report for this session: track names, GUIDs, faders, pans, each track's
ReaEQ with the bands that were really applied (or a third-party EQ where a scenario says so), the master's
limiter, and per-track ``level``: peaks as REAPER's meters show them plus ``lufs`` and ``bands_db`` measured
post-fader by ``companion.listening.track_meter`` (the Python mirror of the bridge's track meter).
"""

from __future__ import annotations

import dataclasses
import math
import time
import uuid
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from benchmarks.sessions import render
from benchmarks.sessions.mixdown import (
    BALANCES,
    Bell,
    MixedTrack,
    TrackSetup,
    covering_boost,
    jittered,
    place,
    reaeq_bells,
)
from benchmarks.sessions.parts import Arrangement, arrangement
from benchmarks.sessions.scenarios import CLEAN, Scenario, scenario
from companion.context import Fx, FxParam, Master, Project, Snapshot, Track, TrackLevel
from companion.knowledge.reaeq import gain_norm
from companion.listening.track_meter import post_fader, summarize
from companion.synth.bus import master_bus
from companion.synth.fx import freq_norm, limiter_fx
from companion.synth.mix import meter_level

DEFAULT_SECONDS = 16.0
DEFAULT_RATE = 48000
TARGET_LUFS = -14.0
TRUE_PEAK_MAX_DB = -1.0
CAPTURED_AT = 1_767_225_600.0
REAPER_VERSION = "7.27/linux-x86_64"
MIN_SECONDS, MAX_SECONDS = 4.0, 30.0


@dataclass(frozen=True)
class RenderedSession:
    """A rendered session. ``mix`` is the master (float32 ``(n, 2)``, ~-14 LUFS, true peak <= -1 dBTP);
    ``outputs`` each track's post-fader output; ``render_s`` the wall time of this call (cache hits make it
    small) and ``cache_hits`` how many stems came from the cache."""

    style: str
    seed: int
    scenario: Scenario
    sample_rate: int
    mix: np.ndarray
    outputs: dict[str, np.ndarray]
    snapshot: Snapshot
    tempo_bpm: float
    render_s: float
    cache_hits: int
    bus_gain_db: float
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def seconds(self) -> float:
        return self.mix.shape[0] / self.sample_rate


def bars_for(style: str, seed: int, seconds: float) -> int:
    """Enough bars of the style's tempo to fill ``seconds`` (the tempo is drawn from the seed)."""
    probe = arrangement(style, seed, 1)
    return max(2, math.ceil(seconds / (probe.beats_per_bar * 60.0 / probe.tempo_bpm)))


@lru_cache(maxsize=8)
def raw_stems(
    style: str, seed: int, seconds: float, sample_rate: int
) -> tuple[Arrangement, dict[str, np.ndarray], int]:
    """(arrangement, raw fluidsynth stems, cache hits), memoised in-process as well as on disk."""
    if (why := render.missing()) is not None:
        raise RuntimeError(f"cannot render sessions: {why}")
    arr = arrangement(style, seed, bars_for(style, seed, seconds))
    n = int(round(seconds * sample_rate))
    stems, hits = render.render_stems(arr.parts, arr.tempo_bpm, sample_rate, n)
    return arr, stems, hits


def render_session(
    style: str,
    seed: int,
    scenario_name: str = "clean",
    seconds: float = DEFAULT_SECONDS,
    sample_rate: int = DEFAULT_RATE,
) -> RenderedSession:
    """Render (or read from the cache) ``style`` with ``seed``, plant ``scenario_name``, master it, and build its
    snapshot. Deterministic: the same arguments give the same samples and the same snapshot."""
    if not MIN_SECONDS <= seconds <= MAX_SECONDS:
        raise ValueError(f"sessions are {MIN_SECONDS:.0f}-{MAX_SECONDS:.0f} s long, not {seconds}")
    started = time.perf_counter()
    plant = CLEAN if scenario_name == "clean" else scenario(style, scenario_name)
    arr, stems, hits = raw_stems(style, seed, float(seconds), int(sample_rate))
    setups = jittered(BALANCES[style], np.random.default_rng([seed, 7]))
    bells = dict(plant.extra_bells)
    extra: dict[str, object] = {"levels_vs_lead_db": {s.name: s.level_db for s in setups}}
    if (cover := plant.cover) is not None:  # size the masking boost on this seed's tracks
        balanced = place(stems, setups, sample_rate, plant.fader_moves_db, bells)
        gain = covering_boost(balanced, cover.masker, cover.covered, cover.freq_hz, cover.q, cover.over_db,
                              cover.max_boost_db, sample_rate)  # fmt: skip
        bells[cover.masker] = (*bells.get(cover.masker, ()), *reaeq_bells(Bell(cover.freq_hz, gain, cover.q)))
        extra["masking_boost_db"] = gain
        plant = dataclasses.replace(plant, extra_bells=bells)
    tracks = place(stems, setups, sample_rate, plant.fader_moves_db, bells)
    premix = np.sum([t.output.astype(np.float64) for t in tracks], axis=0)
    mix, gain_db = master_bus(premix, sample_rate, TARGET_LUFS, TRUE_PEAK_MAX_DB)
    snapshot = build_snapshot(style, seed, arr, tracks, plant, mix, gain_db, sample_rate)
    return RenderedSession(
        style=style,
        seed=seed,
        scenario=plant,
        sample_rate=sample_rate,
        mix=mix.astype(np.float32),
        outputs={t.setup.name: t.output for t in tracks},
        snapshot=snapshot,
        tempo_bpm=arr.tempo_bpm,
        render_s=time.perf_counter() - started,
        cache_hits=hits,
        bus_gain_db=gain_db,
        extra=extra,
    )


# ---------------------------------------------------------------- the snapshot


def guid(style: str, seed: int, name: str) -> str:
    """A REAPER-style GUID fixed per (style, seed, track name)."""
    return "{" + str(uuid.uuid5(uuid.NAMESPACE_URL, f"mixassist:{style}:{seed}:{name}")).upper() + "}"


def reaeq(setup: TrackSetup, extra: tuple, index: int = 0) -> Fx:
    """The track's ReaEQ as REAPER lists it: a high-pass band, then one band per bell."""
    params: list[FxParam] = []

    def band(label: str, freq_hz: float, gain: float, q: float) -> None:
        base = len(params)
        params.extend((
            FxParam(base, f"Freq-{label}", freq_norm(freq_hz), f"{freq_hz:.1f}"),
            FxParam(base + 1, f"Gain-{label}", round(gain_norm(gain), 4), f"{gain:+.1f}"),
            FxParam(base + 2, f"Q-{label}", round(math.log10(q / 0.1) / 2.0, 4), f"{q:.2f}"),
        ))  # fmt: skip

    n = 1
    if setup.hpf_hz:
        band("High Pass 1", setup.hpf_hz, 0.0, 0.71)
        n += 1
    for bell in (*setup.bells, *extra):
        band(f"Band {n}", bell.freq_hz, bell.gain_db, bell.q)
        n += 1
    return Fx(index, "VST: ReaEQ (Cockos)", True, tuple(params))


def _third_party_eq(extra: tuple, index: int) -> Fx:
    """An EQ plug-in whose parameters the bridge cannot set by band (its names follow no ReaEQ convention)."""
    params = tuple(
        FxParam(
            k, f"Param {k + 1}", round(0.5 + b.gain_db / 60.0, 4), f"{b.gain_db:+.1f} dB @ {b.freq_hz:.0f} Hz"
        )
        for k, b in enumerate(extra)
    )
    return Fx(index, "VST3: Tone EQ (ThirdParty)", True, params)


def build_snapshot(style: str, seed: int, arr: Arrangement, tracks: list[MixedTrack], plant: Scenario,
                   mix: np.ndarray, bus_gain_db: float, sample_rate: int) -> Snapshot:  # fmt: skip
    out: list[Track] = []
    for i, t in enumerate(tracks, start=1):
        extra = plant.extra_bells.get(t.setup.name, ())
        foreign = t.setup.name in plant.foreign_eq
        fx = [reaeq(t.setup, () if foreign else extra)]
        if foreign and extra:
            fx.append(_third_party_eq(extra, 1))
        peaks = meter_level(t.output, sample_rate)
        loud = summarize(post_fader(t.steps, t.fader_db, t.setup.pan))
        out.append(
            Track(
                guid=guid(style, seed, t.setup.name),
                index=i,
                name=t.setup.name,
                volume_db=t.fader_db,
                pan=t.setup.pan,
                level=TrackLevel(
                    peaks.avg_peak_db,
                    peaks.max_peak_db,
                    loud.window_s,
                    lufs=round(loud.lufs, 2) if math.isfinite(loud.lufs) else None,
                    bands_db={
                        k: (round(v, 2) if v is not None and math.isfinite(v) else None)
                        for k, v in loud.bands_db.items()
                    },
                ),
                fx=tuple(fx),
            )
        )
    peak = float(np.max(np.abs(mix)))
    return Snapshot(
        captured_at=CAPTURED_AT,
        reaper_version=REAPER_VERSION,
        project=Project(
            f"{style.title()} session {seed}",
            sample_rate,
            round(arr.tempo_bpm, 2),
            "playing",
            round(mix.shape[0] / sample_rate, 3),
        ),
        master=Master(
            0.0, 0.0, round(20.0 * math.log10(peak), 2) if peak > 0 else None, (limiter_fx(bus_gain_db),)
        ),
        tracks=tuple(out),
    )
