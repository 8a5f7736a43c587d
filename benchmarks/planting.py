"""Problem planting for the planted-problem benchmark: one realistic mix problem per finding kind.

Each planter takes a clean ``SyntheticMix`` and a seeded RNG and returns the damaged master, using only
generic DSP an engineer (or an accident) would apply: EQ (RBJ-cookbook biquads, minimum phase like ReaEQ),
gain, hard clipping, limiting, channel operations, on the mix or on its stems. Nothing here reads the
listening analysis, so the benchmark measures the diagnosis, not the planting. Strength and character vary
per call (seeded) within the ranges of the issue: e.g. muddy = +5..+9 dB around 200-500 Hz.

Tonal and stereo problems that live in the *mix* (muddy, boomy, thin, harsh, dull, low end not mono, a
polarity-flipped track) are planted on the pre-master sum and then mastered again with the base mix's own
loudness target, as a user's master chain would; loudness, clipping and channel faults of the *master* are
applied to the finished master.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from companion.synth.bus import limiter_gain, loudness_lufs, master_bus, true_peak_db
from companion.synth.dsp import db_gain
from companion.synth.mix import SyntheticMix

KINDS: tuple[str, ...] = (
    "clipping",
    "too_loud",
    "too_quiet",
    "over_compressed",
    "muddy",
    "boomy",
    "thin",
    "harsh",
    "dull",
    "narrow",
    "phase_issue",
    "low_end_not_mono",
    "lr_imbalance",
    "dc_offset",
    "silence",
)
"""The finding kinds the master audio alone can show (issue 2, item 4), each with a planter below."""
LOW_END_HZ = 150.0
LOW_STEMS = ("Kick", "Bass", "808")
CENTRE_STEMS = ("Kick", "Snare", "Clap", "Bass", "808", "Lead Vox")


@dataclass(frozen=True)
class Planted:
    kind: str
    mix: np.ndarray  # float32 (n, 2)
    params: dict[str, float | str] = field(default_factory=dict)


# ---------------------------------------------------------------- DSP helpers


def _sos_peaking(f0_hz: float, gain_db: float, q: float, sr: int) -> np.ndarray:
    """RBJ Audio EQ Cookbook peaking EQ as one second-order section."""
    a = 10 ** (gain_db / 40)
    w0 = 2 * np.pi * f0_hz / sr
    alpha = np.sin(w0) / (2 * q)
    b = [1 + alpha * a, -2 * np.cos(w0), 1 - alpha * a]
    den = [1 + alpha / a, -2 * np.cos(w0), 1 - alpha / a]
    return np.array([[*(np.array(b) / den[0]), 1.0, den[1] / den[0], den[2] / den[0]]])


def _sos_shelf(f0_hz: float, gain_db: float, sr: int, high: bool, slope: float = 1.0) -> np.ndarray:
    """RBJ Audio EQ Cookbook low/high shelf (shelf slope S) as one second-order section."""
    a = 10 ** (gain_db / 40)
    w0 = 2 * np.pi * f0_hz / sr
    cw, sw = np.cos(w0), np.sin(w0)
    alpha = sw / 2 * np.sqrt((a + 1 / a) * (1 / slope - 1) + 2)
    k = 2 * np.sqrt(a) * alpha
    if high:
        b = [
            a * ((a + 1) + (a - 1) * cw + k),
            -2 * a * ((a - 1) + (a + 1) * cw),
            a * ((a + 1) + (a - 1) * cw - k),
        ]
        den = [(a + 1) - (a - 1) * cw + k, 2 * ((a - 1) - (a + 1) * cw), (a + 1) - (a - 1) * cw - k]
    else:
        b = [
            a * ((a + 1) - (a - 1) * cw + k),
            2 * a * ((a - 1) - (a + 1) * cw),
            a * ((a + 1) - (a - 1) * cw - k),
        ]
        den = [(a + 1) + (a - 1) * cw + k, -2 * ((a - 1) + (a + 1) * cw), (a + 1) + (a - 1) * cw - k]
    return np.array([[*(np.array(b) / den[0]), 1.0, den[1] / den[0], den[2] / den[0]]])


def _filter(x: np.ndarray, sos: np.ndarray) -> np.ndarray:
    from scipy.signal import sosfilt

    return sosfilt(sos, x, axis=0)


def _butter(x: np.ndarray, kind: str, cutoff_hz: float, order: int, sr: int) -> np.ndarray:
    from scipy.signal import butter

    return _filter(x, butter(order, cutoff_hz, btype=kind, fs=sr, output="sos"))


def _premix(base: SyntheticMix) -> np.ndarray:
    out = np.zeros(base.mix.shape)
    for stem in base.stems.values():
        out += stem
    return out


def _remaster(premix: np.ndarray, base: SyntheticMix) -> np.ndarray:
    mix, _ = master_bus(premix, base.sample_rate, base.target_lufs)
    return mix


def _log_uniform(rng: np.random.Generator, lo: float, hi: float) -> float:
    return float(np.exp(rng.uniform(np.log(lo), np.log(hi))))


def _split_low(x: np.ndarray, sr: int) -> tuple[np.ndarray, np.ndarray]:
    """Linear-phase crossover at LOW_END_HZ: (low, rest) with low + rest == x exactly."""
    freqs = np.fft.rfftfreq(x.shape[0], 1.0 / sr)
    mag = 1.0 / np.sqrt(1.0 + (freqs / LOW_END_HZ) ** 8)
    low = np.fft.irfft(np.fft.rfft(x, axis=0) * mag[:, None], x.shape[0], axis=0)
    return low, x - low


def _done(kind: str, mix: np.ndarray, **params: float | str) -> Planted:
    clean = {k: (round(v, 4) if isinstance(v, float) else v) for k, v in params.items()}
    return Planted(kind, np.asarray(mix, dtype=np.float32), clean)


# ---------------------------------------------------------------- level and dynamics


def plant_clipping(base: SyntheticMix, rng: np.random.Generator) -> Planted:
    """The unlimited mix pushed until it hits the ceiling: flat tops (full scale, or a clipper just below)."""
    pre = _premix(base)
    over_db = rng.uniform(2.0, 9.0)  # how far the peaks would have gone over the ceiling
    ceiling = 1.0 if rng.random() < 0.7 else db_gain(rng.uniform(-1.0, -0.1))
    x = pre * (ceiling * db_gain(over_db) / np.max(np.abs(pre)))
    return _done("clipping", np.clip(x, -ceiling, ceiling), over_db=over_db, ceiling=ceiling)


def plant_too_loud(base: SyntheticMix, rng: np.random.Generator) -> Planted:
    """Driven into a limiter until it's -9..-7 LUFS: the loudness war."""
    target = rng.uniform(-9.0, -7.0)
    tp_max = rng.uniform(-1.0, -0.1)
    mix, _ = master_bus(_premix(base), base.sample_rate, target, tp_max)
    return _done("too_loud", mix, target_lufs=target, true_peak_max_db=tp_max)


def plant_too_quiet(base: SyntheticMix, rng: np.random.Generator) -> Planted:
    """A mix bounced far too low (-30..-22 LUFS): master fader down, no limiter."""
    target = rng.uniform(-30.0, -22.0)
    x = base.mix.astype(np.float64)
    return _done("too_quiet", x * db_gain(target - loudness_lufs(x, base.sample_rate)), target_lufs=target)


def plant_over_compressed(base: SyntheticMix, rng: np.random.Generator) -> Planted:
    """Crushed by heavy limiting (PLR under ~7 dB), then turned down to a normal loudness."""
    sr = base.sample_rate
    pre = _premix(base)
    release_s = _log_uniform(rng, 0.02, 0.3)
    want_plr = rng.uniform(4.0, 6.8)
    level = rng.uniform(-16.0, -12.0)
    drive_db = 4.0
    lufs0 = loudness_lufs(pre, sr)
    while True:
        x = pre * db_gain(-14.0 - lufs0 + drive_db)
        x = x * limiter_gain(x, sr, -1.0, release_s)[:, None]
        lufs = loudness_lufs(x, sr)
        plr = true_peak_db(x) - lufs
        if plr <= want_plr or drive_db >= 24.0:
            break
        drive_db += 1.5
    x *= db_gain(level - lufs)
    return _done("over_compressed", x, drive_db=drive_db, release_s=release_s, plr_db=plr, level_lufs=level)


# ---------------------------------------------------------------- tonal balance (planted in the mix)


def _eq_and_remaster(kind: str, base: SyntheticMix, sos: np.ndarray, **params: float | str) -> Planted:
    return _done(kind, _remaster(_filter(_premix(base), sos), base), **params)


def plant_muddy(base: SyntheticMix, rng: np.random.Generator) -> Planted:
    f0, gain, q = _log_uniform(rng, 200.0, 500.0), rng.uniform(5.0, 9.0), rng.uniform(0.6, 1.2)
    return _eq_and_remaster(
        "muddy", base, _sos_peaking(f0, gain, q, base.sample_rate), freq_hz=f0, gain_db=gain, q=q
    )


def plant_boomy(base: SyntheticMix, rng: np.random.Generator) -> Planted:
    sr = base.sample_rate
    gain = rng.uniform(6.0, 10.0)
    if rng.random() < 0.7:
        f0, q = _log_uniform(rng, 60.0, 150.0), rng.uniform(0.7, 1.4)
        return _eq_and_remaster("boomy", base, _sos_peaking(f0, gain, q, sr), freq_hz=f0, gain_db=gain, q=q)
    f0 = rng.uniform(120.0, 180.0)
    return _eq_and_remaster("boomy", base, _sos_shelf(f0, gain, sr, high=False), shelf_hz=f0, gain_db=gain)


def plant_thin(base: SyntheticMix, rng: np.random.Generator) -> Planted:
    sr = base.sample_rate
    f0 = rng.uniform(150.0, 250.0)
    if rng.random() < 0.6:
        gain = -rng.uniform(10.0, 15.0)
        return _eq_and_remaster("thin", base, _sos_shelf(f0, gain, sr, high=False), shelf_hz=f0, gain_db=gain)
    order = int(rng.integers(2, 5))
    mix = _remaster(_butter(_premix(base), "highpass", f0, order, sr), base)
    return _done("thin", mix, highpass_hz=f0, order=float(order))


def plant_harsh(base: SyntheticMix, rng: np.random.Generator) -> Planted:
    f0, gain, q = _log_uniform(rng, 2000.0, 5000.0), rng.uniform(5.0, 9.0), rng.uniform(0.7, 1.5)
    return _eq_and_remaster(
        "harsh", base, _sos_peaking(f0, gain, q, base.sample_rate), freq_hz=f0, gain_db=gain, q=q
    )


def plant_dull(base: SyntheticMix, rng: np.random.Generator) -> Planted:
    sr = base.sample_rate
    f0 = rng.uniform(3000.0, 5000.0)
    if rng.random() < 0.6:
        gain = -rng.uniform(10.0, 15.0)
        return _eq_and_remaster("dull", base, _sos_shelf(f0, gain, sr, high=True), shelf_hz=f0, gain_db=gain)
    order = int(rng.integers(2, 5))
    mix = _remaster(_butter(_premix(base), "lowpass", f0, order, sr), base)
    return _done("dull", mix, lowpass_hz=f0, order=float(order))


# ---------------------------------------------------------------- stereo


def plant_narrow(base: SyntheticMix, rng: np.random.Generator) -> Planted:
    """Everything summed to (nearly) mono: side scaled to 0-30 %."""
    x = base.mix.astype(np.float64)
    side_gain = rng.uniform(0.0, 0.3)
    mid, side = 0.5 * (x[:, 0] + x[:, 1]), 0.5 * (x[:, 0] - x[:, 1]) * side_gain
    return _done("narrow", np.stack([mid + side, mid - side], axis=1), side_gain=side_gain)


def plant_phase_issue(base: SyntheticMix, rng: np.random.Generator) -> Planted:
    """One channel's polarity flipped: on the whole master, or on the centre tracks (a miswired plug-in)."""
    channel = int(rng.integers(0, 2))
    if rng.random() < 0.5:
        x = base.mix.astype(np.float64).copy()
        x[:, channel] *= -1.0
        return _done("phase_issue", x, variant="master_channel_inverted", channel=float(channel))
    pre = np.zeros(base.mix.shape)
    flipped = [name for name in base.stems if name in CENTRE_STEMS]
    for name, stem in base.stems.items():
        s = stem.astype(np.float64).copy()
        if name in flipped:
            s[:, channel] *= -1.0
        pre += s
    return _done(
        "phase_issue", _remaster(pre, base), variant="centre_tracks_inverted", channel=float(channel)
    )


def plant_low_end_not_mono(base: SyntheticMix, rng: np.random.Generator) -> Planted:
    """Kick/bass below 150 Hz made wide (a Haas delay on one side) or out of phase; the rest untouched."""
    sr = base.sample_rate
    pre = np.zeros(base.mix.shape)
    variant = "inverted" if rng.random() < 0.5 else "delayed"
    amount = rng.uniform(0.6, 1.0)
    delay_s = rng.uniform(0.004, 0.012)
    for name, stem in base.stems.items():
        s = stem.astype(np.float64)
        if name in LOW_STEMS:
            low, rest = _split_low(s, sr)
            if variant == "inverted":
                low[:, 1] = low[:, 1] * (1.0 - 2.0 * amount)  # amount 1: fully out of phase
            else:
                shift = int(delay_s * sr)
                low[:, 1] = np.concatenate([np.zeros(shift), low[:-shift, 1]])
            s = low + rest
        pre += s
    return _done("low_end_not_mono", _remaster(pre, base), variant=variant, amount=amount, delay_s=delay_s)


def plant_lr_imbalance(base: SyntheticMix, rng: np.random.Generator) -> Planted:
    x = base.mix.astype(np.float64).copy()
    channel = int(rng.integers(0, 2))
    drop = rng.uniform(3.0, 6.0)
    x[:, channel] *= db_gain(-drop)
    return _done("lr_imbalance", x, channel=float(channel), drop_db=drop)


# ---------------------------------------------------------------- faults


def plant_dc_offset(base: SyntheticMix, rng: np.random.Generator) -> Planted:
    x = base.mix.astype(np.float64).copy()
    offset = rng.uniform(0.01, 0.05) * (1.0 if rng.random() < 0.5 else -1.0)
    if rng.random() < 0.6:
        x += offset
        where = "both"
    else:
        x[:, int(rng.integers(0, 2))] += offset
        where = "one"
    return _done("dc_offset", x, offset=offset, channels=where)


def plant_silence(base: SyntheticMix, rng: np.random.Generator) -> Planted:
    """Nothing playing: digital zero, or the noise floor of an idle interface (~-80 dBFS)."""
    n = base.mix.shape[0]
    if rng.random() < 0.5:
        return _done("silence", np.zeros((n, 2)), variant="digital_zero")
    level = rng.uniform(-85.0, -75.0)
    noise = rng.standard_normal((n, 2)) * db_gain(level)
    return _done("silence", noise, variant="noise", rms_dbfs=level)


PLANTERS: dict[str, Callable[[SyntheticMix, np.random.Generator], Planted]] = {
    "clipping": plant_clipping,
    "too_loud": plant_too_loud,
    "too_quiet": plant_too_quiet,
    "over_compressed": plant_over_compressed,
    "muddy": plant_muddy,
    "boomy": plant_boomy,
    "thin": plant_thin,
    "harsh": plant_harsh,
    "dull": plant_dull,
    "narrow": plant_narrow,
    "phase_issue": plant_phase_issue,
    "low_end_not_mono": plant_low_end_not_mono,
    "lr_imbalance": plant_lr_imbalance,
    "dc_offset": plant_dc_offset,
    "silence": plant_silence,
}
assert set(PLANTERS) == set(KINDS)


def plant(kind: str, base: SyntheticMix, rng: np.random.Generator) -> Planted:
    if kind not in PLANTERS:
        raise ValueError(f"no planter for {kind!r}; known: {', '.join(KINDS)}")
    return PLANTERS[kind](base, rng)
