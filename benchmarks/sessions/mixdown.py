"""From raw stems to a mixed, mastered session and the REAPER snapshot that matches it.

Signal flow per track, as in REAPER: raw stem -> item gain (every take gain-staged to ``STAGED_LUFS``, as a
recording engineer would) -> ReaEQ (high-pass and bells, ``scipy.signal`` biquads) -> fader -> pan (REAPER's
stereo balance, ``companion.listening.track_meter.pan_gains``) = the track's output; the master sums the outputs
and a limiter brings the mix to about -14 LUFS with a true peak under -1 dBTP (``companion.synth.bus``).

Balance: each track's fader is set so that its loudness sits ``level_db`` under (or over) the lead vocal's. The
starting balance of each style (``BALANCES``) is an engineer's convention written down before the
MixologyDB levels were consulted: lead vocal on top, kick, snare and bass 3-7 dB under it, rhythm
instruments 6-10 dB, beds (strings, pads) 10-12 dB, hats and shakers 14-17 dB. It is NOT fitted to the
level priors the track rules use, and each seed moves every track by up to +-1.5 dB so no two sessions are alike.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from companion.listening.track_meter import MeterSteps, meter_steps, pan_gains, post_fader, summarize

STAGED_LUFS = -18.0
"""Item gain: every raw stem is brought to this loudness before its fader (gain staging at -18)."""
LEAD_LUFS = -20.0
"""Post-fader loudness of the lead vocal; everything else is placed relative to it."""
JITTER_DB = 1.5


@dataclass(frozen=True, slots=True)
class Bell:
    freq_hz: float
    gain_db: float
    q: float = 1.0


@dataclass(frozen=True, slots=True)
class TrackSetup:
    """How a track is mixed: loudness vs the lead vocal (dB), pan, ReaEQ (high-pass Hz or None, bells)."""

    name: str
    level_db: float
    pan: float = 0.0
    hpf_hz: float | None = None
    bells: tuple[Bell, ...] = ()


BALANCES: dict[str, tuple[TrackSetup, ...]] = {
    "soul": (
        TrackSetup("Drums", -3.0, 0.0, 35.0),
        TrackSetup("Bass", -5.0, 0.0, 35.0, (Bell(800.0, 1.5, 1.0),)),
        TrackSetup("Rhodes", -8.0, -0.3, 90.0, (Bell(350.0, -2.0, 1.2),)),
        TrackSetup("Strings", -11.0, 0.3, 140.0),
        TrackSetup("Horns", -7.0, 0.25, 150.0),
        TrackSetup("Lead Vocal", 0.0, 0.0, 100.0, (Bell(250.0, -2.0, 1.0), Bell(3200.0, 2.0, 1.0))),
    ),
    "rock": (
        TrackSetup("Kick", -6.0, 0.0, 30.0, (Bell(350.0, -4.0, 1.4),)),
        TrackSetup("Snare", -6.0, 0.0, 80.0),
        TrackSetup("Hats", -15.0, 0.3, 300.0),
        TrackSetup("Bass", -5.0, 0.0, 35.0),
        TrackSetup("Gtr L", -6.0, -0.8, 110.0, (Bell(400.0, -2.0, 1.2),)),
        TrackSetup("Gtr R", -6.0, 0.8, 110.0, (Bell(400.0, -2.0, 1.2),)),
        TrackSetup("Keys", -10.0, 0.2, 90.0),
        TrackSetup("Lead Vocal", 0.0, 0.0, 100.0, (Bell(250.0, -2.0, 1.0), Bell(3200.0, 2.0, 1.0))),
    ),
    "pop": (
        TrackSetup("Kick", -4.0, 0.0, 30.0),
        TrackSetup("Clap", -7.0, 0.0, 150.0),
        TrackSetup("Hats", -14.0, 0.25, 300.0),
        TrackSetup("Synth Bass", -5.0, 0.0, 30.0),
        TrackSetup("Pad", -11.0, 0.0, 150.0),
        TrackSetup("Pluck Synth", -9.0, -0.3, 200.0),
        TrackSetup("Lead Vocal", 0.0, 0.0, 100.0, (Bell(3200.0, 2.0, 1.0),)),
    ),
    "folk": (
        TrackSetup("Acoustic Gtr", -4.0, -0.2, 90.0, (Bell(250.0, -2.0, 1.2),)),
        TrackSetup("Upright Bass", -7.0, 0.0, 40.0),
        TrackSetup("Piano", -10.0, 0.3, 80.0),
        TrackSetup("Fiddle", -8.0, 0.4, 200.0),
        TrackSetup("Shaker", -17.0, -0.4, 400.0),
        TrackSetup("Lead Vocal", 0.0, 0.0, 100.0, (Bell(250.0, -2.0, 1.0),)),
        TrackSetup("Harmony Vox", -7.0, -0.3, 120.0),
    ),
    # held-out variation (benchmarks/sessions/parts.py VARIATIONS), written by the same convention
    "soul_kit": (
        TrackSetup("Kick", -6.0, 0.0, 30.0),
        TrackSetup("Snare", -6.0, 0.0, 80.0),
        TrackSetup("Hats", -15.0, 0.3, 300.0),
        TrackSetup("Bass", -5.0, 0.0, 35.0, (Bell(800.0, 1.5, 1.0),)),
        TrackSetup("Organ", -9.0, -0.3, 90.0, (Bell(350.0, -2.0, 1.2),)),
        TrackSetup("Horns", -7.0, 0.25, 150.0),
        TrackSetup("Lead Vocal", 0.0, 0.0, 100.0, (Bell(250.0, -2.0, 1.0), Bell(3200.0, 2.0, 1.0))),
        TrackSetup("Backing Vox", -8.0, -0.3, 120.0),
    ),
}
LEAD = "Lead Vocal"


def _sos_highpass(freq_hz: float, sample_rate: int) -> np.ndarray:
    from scipy.signal import butter

    return butter(2, freq_hz, btype="highpass", fs=sample_rate, output="sos")


def _sos_bell(bell: Bell, sample_rate: int) -> np.ndarray:
    """RBJ Audio EQ Cookbook peaking filter (the bell ReaEQ draws) as one second-order section."""
    a_gain = 10.0 ** (bell.gain_db / 40.0)
    w0 = 2.0 * math.pi * bell.freq_hz / sample_rate
    alpha = math.sin(w0) / (2.0 * bell.q)
    b = [1 + alpha * a_gain, -2 * math.cos(w0), 1 - alpha * a_gain]
    a = [1 + alpha / a_gain, -2 * math.cos(w0), 1 - alpha / a_gain]
    return np.array([[*(x / a[0] for x in b), 1.0, a[1] / a[0], a[2] / a[0]]])


def equalize(stem: np.ndarray, setup: TrackSetup, sample_rate: int) -> np.ndarray:
    """The track's ReaEQ: its high-pass, then its bells, on both channels (float64)."""
    from scipy.signal import sosfilt

    sections = [_sos_highpass(setup.hpf_hz, sample_rate)] if setup.hpf_hz else []
    sections += [_sos_bell(b, sample_rate) for b in setup.bells if b.gain_db != 0.0]
    x = stem.astype(np.float64)
    return sosfilt(np.vstack(sections), x, axis=0) if sections else x


@dataclass(frozen=True, slots=True)
class MixedTrack:
    """A track after mixing: its setup, fader (dB), the pre-fader signal (after item gain and EQ), the
    post-fader output that reaches the master, and the track meter's records of the pre-fader signal."""

    setup: TrackSetup
    fader_db: float
    pre_fader: np.ndarray
    output: np.ndarray
    steps: MeterSteps


def _scaled(steps: MeterSteps, gain_db: float) -> MeterSteps:
    return post_fader(steps, gain_db, 0.0)


def place(stems: dict[str, np.ndarray], setups: tuple[TrackSetup, ...], sample_rate: int,
          fader_moves_db: dict[str, float], extra_bells: dict[str, tuple[Bell, ...]]) -> list[MixedTrack]:  # fmt: skip
    """Item gain + EQ, then the fader that puts each track at its ``level_db`` vs the lead. Planted mistakes go
    on top of the balanced mix: ``fader_moves_db`` moves a fader, ``extra_bells`` adds EQ boosts after the item
    gain was set (so a boost makes the track louder, as it does when an amateur reaches for the EQ)."""
    from scipy.signal import sosfilt

    tracks = []
    for setup in setups:
        eqd = equalize(stems[setup.name], setup, sample_rate)  # the track's own ReaEQ
        steps = meter_steps(eqd, sample_rate)
        raw = summarize(steps).lufs
        staging_db = STAGED_LUFS - raw if math.isfinite(raw) else 0.0
        staged = eqd * 10.0 ** (staging_db / 20.0)
        # the balance is set by ear after panning: a hard-panned track loses level through the pan law
        pan_loss_db = (
            summarize(post_fader(steps, staging_db, setup.pan)).lufs - STAGED_LUFS if setup.pan else 0.0
        )
        steps = _scaled(steps, staging_db)
        bells = extra_bells.get(setup.name, ())
        for bell in bells:
            staged = sosfilt(_sos_bell(bell, sample_rate), staged, axis=0)
        if bells:
            steps = meter_steps(staged, sample_rate)
        fader_db = round(
            LEAD_LUFS + setup.level_db - STAGED_LUFS - pan_loss_db + fader_moves_db.get(setup.name, 0.0), 2
        )
        left, right = pan_gains(setup.pan)
        gains = 10.0 ** (fader_db / 20.0) * np.array([left, right])
        tracks.append(
            MixedTrack(setup, fader_db, staged.astype(np.float32), (staged * gains).astype(np.float32), steps)
        )
    return tracks


def jittered(setups: tuple[TrackSetup, ...], rng: np.random.Generator) -> tuple[TrackSetup, ...]:
    """The style's balance with every level moved by up to +-``JITTER_DB`` (the lead stays the reference)."""
    out = []
    for s in setups:
        shift = 0.0 if s.name == LEAD else float(rng.uniform(-JITTER_DB, JITTER_DB))
        out.append(TrackSetup(s.name, round(s.level_db + shift, 2), s.pan, s.hpf_hz, s.bells))
    return tuple(out)


REAEQ_MAX_GAIN_DB = 12.0  # one ReaEQ band boosts at most this much (companion.knowledge.reaeq)


def reaeq_bells(bell: Bell) -> tuple[Bell, ...]:
    """A boost as ReaEQ bands can make it: more than +12 dB takes a second band at the same frequency and Q."""
    out, left = [], bell.gain_db
    while left > REAEQ_MAX_GAIN_DB:
        out.append(Bell(bell.freq_hz, REAEQ_MAX_GAIN_DB, bell.q))
        left -= REAEQ_MAX_GAIN_DB
    return (*out, Bell(bell.freq_hz, left, bell.q))


def band_power_db(x: np.ndarray, sample_rate: int, lo_hz: float, hi_hz: float) -> float:
    """Mean-square power of ``x`` (both channels averaged) in [lo, hi) Hz from one plain FFT of the whole signal."""
    spectrum = np.abs(np.fft.rfft(x.astype(np.float64), axis=0)) ** 2
    freqs = np.fft.rfftfreq(x.shape[0], 1.0 / sample_rate)
    part = spectrum[(freqs >= lo_hz) & (freqs < hi_hz)].sum(axis=0)
    return 10.0 * math.log10(max(float(np.mean(2.0 * part / x.shape[0] ** 2)), 1e-30))


def covering_boost(tracks: list[MixedTrack], masker: str, covered: str, freq_hz: float, q: float,
                   over_db: float, max_boost_db: float, sample_rate: int) -> float:  # fmt: skip
    """The smallest bell gain (0.5 dB steps, at most ``max_boost_db``) that puts ``masker``'s output
    ``over_db`` over ``covered``'s in the contract band holding ``freq_hz`` (plain FFT, not the track meter)."""
    from scipy.signal import sosfilt

    from companion.knowledge.bands import BANDS, band_of

    lo, hi = BANDS[band_of(freq_hz)]
    m = next(t for t in tracks if t.setup.name == masker)
    c = next(t for t in tracks if t.setup.name == covered)
    target = band_power_db(c.output, sample_rate, lo, hi) + over_db
    lo_db, hi_db = 0.0, max_boost_db

    def level(gain_db: float) -> float:
        sos = np.vstack([_sos_bell(b, sample_rate) for b in reaeq_bells(Bell(freq_hz, gain_db, q))])
        return band_power_db(sosfilt(sos, m.output.astype(np.float64), axis=0), sample_rate, lo, hi)

    if level(hi_db) < target:
        return hi_db
    while hi_db - lo_db > 0.25:
        mid = 0.5 * (lo_db + hi_db)
        lo_db, hi_db = (mid, hi_db) if level(mid) < target else (lo_db, mid)
    return math.ceil(hi_db * 2.0) / 2.0
