"""Placement and master bus of the synthetic multitrack: pan, room, loudness estimate, true peak, limiter.

Why numpy-only estimates here rather than companion.listening: the generator must stay fast and free of the
analysis it is used to test. These estimates only steer the bus to its target (-14 LUFS, <= -1 dBTP); the
tests check the result with the real analysis.
"""

from __future__ import annotations

import functools

import numpy as np

from companion.synth.dsp import db_gain, fft_filter, freqs_for

BLOCK_S = 0.4  # BS.1770-4 gating block
HOP_S = 0.1  # 75 % overlap
ABS_GATE_LUFS = -70.0
REL_GATE_LU = -10.0
LIMITER_BLOCK_S = 0.001  # gain computed per 1 ms block, interpolated to samples
LIMITER_RELEASE_S = 0.12


def pan_mono(x: np.ndarray, pan: float) -> np.ndarray:
    """Place a mono source with a sine/cosine pan law, 0 dB in both channels at centre (REAPER-like).

    ``pan`` -1 (left) .. 1 (right). Returns ``(n, 2)``.
    """
    theta = (float(np.clip(pan, -1.0, 1.0)) + 1.0) * np.pi / 4.0
    out = np.empty((x.shape[0], 2), dtype=np.float32)  # stems are float32: written once, no copy later
    np.multiply(x, np.sqrt(2.0) * np.cos(theta), out=out[:, 0])
    np.multiply(x, np.sqrt(2.0) * np.sin(theta), out=out[:, 1])
    return out


def spread_mono(x: np.ndarray, sample_rate: int, pan: float, width: float, phase: float = 0.0) -> np.ndarray:
    """Place a mono source as a wide stereo one: its pan angle wanders with frequency (a spectral-panning
    widener, like a stereo-miked piano with low strings left and high strings right).

    Below 200 Hz the source stays exactly at ``pan`` (a mono low end); above 400 Hz the angle swings by up to
    ``width`` (0..1, 1 = +-45 degrees) on a 1.5-octave cycle. Zero phase, so mono compatibility is kept.
    """
    centre = (float(np.clip(pan, -1.0, 1.0)) + 1.0) * np.pi / 4.0

    def angle(freqs: np.ndarray) -> np.ndarray:
        ramp = np.clip((freqs - 200.0) / 200.0, 0.0, 1.0)
        octaves = np.log2(np.maximum(freqs, 1.0) / 300.0)
        swing = ramp * width * (np.pi / 4.0) * np.sin(2 * np.pi * octaves / 1.5 + phase)
        return np.clip(centre + swing, 0.0, np.pi / 2)

    out = np.empty((x.shape[0], 2), dtype=np.float32)  # stems are float32: written once, no copy later
    out[:, 0] = fft_filter(x, sample_rate, lambda f: np.sqrt(2.0) * np.cos(angle(f)))
    out[:, 1] = fft_filter(x, sample_rate, lambda f: np.sqrt(2.0) * np.sin(angle(f)))
    return out


def room_ir(rng: np.random.Generator, sample_rate: int, rt60_s: float) -> np.ndarray:
    """A small room's impulse response per channel ``(len, 2)``: independent decaying noise (decorrelated),
    15 ms pre-delay, band-limited 300 Hz-7 kHz so the low end stays mono, unit energy per channel."""
    n = int((rt60_s + 0.05) * sample_rate)
    pre = int(0.015 * sample_rate)
    t = np.arange(n - pre) / sample_rate
    decay = np.exp(-6.91 * t / rt60_s)
    noise = rng.standard_normal((n - pre, 2)) * decay[:, None]
    shaped = fft_filter(noise, sample_rate, hp_hz=300.0, lp_hz=7000.0)
    ir = np.zeros((n, 2))
    ir[pre:] = shaped / np.sqrt(np.sum(shaped**2, axis=0, keepdims=True))
    return ir


def fast_len(n: int) -> int:
    """The smallest 2^a 3^b 5^c >= n: FFT sizes with small prime factors only (a 41 factor costs 5x)."""
    best = 1 << int(np.ceil(np.log2(n)))
    p5 = 1
    while p5 < best:
        p35 = p5
        while p35 < best:
            p235 = p35
            while p235 < n:
                p235 *= 2
            best = min(best, p235)
            p35 *= 3
        p5 *= 5
    return best


def convolve_room(send: np.ndarray, ir: np.ndarray) -> np.ndarray:
    """Mono send ``(n,)`` through the stereo IR ``(m, 2)``: one FFT convolution, cut to ``n`` samples."""
    n = send.shape[0]
    size = fast_len(n + ir.shape[0])
    spec = np.fft.rfft(send, size)[:, None] * np.fft.rfft(ir, size, axis=0)
    return np.fft.irfft(spec, size, axis=0)[:n]


# ---------------------------------------------------------------- loudness estimate (BS.1770-4)


def _biquad_mag2(b: tuple[float, float, float], a: tuple[float, float, float], w: np.ndarray) -> np.ndarray:
    z = np.exp(-1j * w)
    num = b[0] + b[1] * z + b[2] * z * z
    den = a[0] + a[1] * z + a[2] * z * z
    return np.abs(num / den) ** 2


def k_weight_power(n: int, sample_rate: int) -> np.ndarray:
    """|H(f)|^2 of the BS.1770 K-weighting (shelf + RLB high-pass), re-derived for any sample rate the way
    libebur128 does (bilinear transform of the 48 kHz prototype: f0, G, Q below)."""
    w = 2.0 * np.pi * freqs_for(n, sample_rate) / sample_rate
    f0, gain_db, q = 1681.974450955533, 3.999843853973347, 0.7071752369554196
    k = np.tan(np.pi * f0 / sample_rate)
    vh = 10.0 ** (gain_db / 20.0)
    vb = vh**0.4996667741545416
    a0 = 1.0 + k / q + k * k
    shelf_b = ((vh + vb * k / q + k * k) / a0, 2.0 * (k * k - vh) / a0, (vh - vb * k / q + k * k) / a0)
    shelf_a = (1.0, 2.0 * (k * k - 1.0) / a0, (1.0 - k / q + k * k) / a0)
    f0, q = 38.13547087602444, 0.5003270373238773
    k = np.tan(np.pi * f0 / sample_rate)
    a0 = 1.0 + k / q + k * k
    hp_a = (1.0, 2.0 * (k * k - 1.0) / a0, (1.0 - k / q + k * k) / a0)
    return _biquad_mag2(shelf_b, shelf_a, w) * _biquad_mag2((1.0, -2.0, 1.0), hp_a, w)


def k_weighted_steps(x: np.ndarray, sample_rate: int) -> np.ndarray:
    """K-weighted energy of each 100 ms step, summed over channels: ``(steps,)``.

    Why per step and in the frequency domain: BS.1770's gating blocks are four 100 ms steps, and by Parseval a
    step's filtered energy is its spectrum weighted by ``|K(f)|^2``. Short frames transform several times faster
    than one 1-million-point FFT, and no inverse transform is needed. Each step is filtered circularly, so a
    transient's filter tail lands in its own step instead of the next: a few hundredths of a LU.
    """
    step = int(HOP_S * sample_rate)
    count = x.shape[0] // step
    frames = np.ascontiguousarray(x[: count * step].T).reshape(x.shape[1], count, step)
    power = np.abs(np.fft.rfft(frames, axis=2)) ** 2
    return power.sum(axis=0) @ _step_weights(step, sample_rate)


@functools.lru_cache(maxsize=8)
def _step_weights(step: int, sample_rate: int) -> np.ndarray:
    """|K|^2 per rfft bin with the one-sided Parseval factors (2 for inner bins), divided by the length."""
    weights = 2.0 * k_weight_power(step, sample_rate)
    weights[0] /= 2.0
    if step % 2 == 0:
        weights[-1] /= 2.0
    weights /= step
    weights.setflags(write=False)
    return weights


def step_mean(values: np.ndarray, sample_rate: int) -> np.ndarray:
    """Mean of a per-sample envelope over each 100 ms step (to weight ``k_weighted_steps``)."""
    step = int(HOP_S * sample_rate)
    count = values.shape[0] // step
    return values[: count * step].reshape(count, step).mean(axis=1)


def gated_loudness(step_energy: np.ndarray, sample_rate: int) -> float:
    """Integrated loudness (LUFS) from per-step K-weighted energies, with both BS.1770-4 gates."""
    per_block = int(round(BLOCK_S / HOP_S))
    if step_energy.shape[0] < per_block:
        return float("-inf")
    csum = np.concatenate([[0.0], np.cumsum(step_energy)])
    z = (csum[per_block:] - csum[:-per_block]) / (per_block * int(HOP_S * sample_rate))
    with np.errstate(divide="ignore"):
        lk = -0.691 + 10.0 * np.log10(z)
    z = z[lk > ABS_GATE_LUFS]
    if z.size == 0:
        return float("-inf")
    rel = -0.691 + 10.0 * np.log10(z.mean()) + REL_GATE_LU
    z = z[-0.691 + 10.0 * np.log10(z) > rel]
    return float(-0.691 + 10.0 * np.log10(z.mean()))


def loudness_lufs(x: np.ndarray, sample_rate: int) -> float:
    return gated_loudness(k_weighted_steps(x, sample_rate), sample_rate)


# ---------------------------------------------------------------- true peak estimate


_TP_TAPS = 32
_TP_PHASES = (0.25, 0.5, 0.75)


def _tp_kernel() -> np.ndarray:
    """Windowed-sinc interpolators for 4x oversampling: ``(taps, 3)``, one column per fractional phase."""
    offsets = np.arange(-_TP_TAPS // 2 + 1, _TP_TAPS // 2 + 1)
    cols = []
    for frac in _TP_PHASES:
        d = offsets - frac
        cols.append(np.sinc(d) * np.kaiser(_TP_TAPS, 8.0))
    return np.stack(cols, axis=1)


def true_peak_db(x: np.ndarray, search_db: float = 3.5) -> float:
    """True peak (dBTP) by 4x sinc interpolation around every sample within ``search_db`` of the sample
    peak: an inter-sample peak exceeds its neighbouring samples by at most ~3 dB (a sine at fs/4 with a
    45 degree phase: +3.01 dB), so only loud samples can sit next to one; cheap on a 20 s mix."""
    peak = float(np.max(np.abs(x)))
    if peak <= 0.0:
        return float("-inf")
    kernel = _tp_kernel()
    best = peak
    half = _TP_TAPS // 2
    for ch in range(x.shape[1]):
        sig = np.pad(x[:, ch], (half, half))
        cand = np.nonzero(np.abs(x[:, ch]) >= peak * db_gain(-search_db))[0]
        if cand.size == 0:
            continue
        idx = cand[:, None] + np.arange(1, _TP_TAPS + 1)[None, :]
        values = sig[idx] @ kernel
        best = max(best, float(np.max(np.abs(values))))
    return 20.0 * np.log10(best)


# ---------------------------------------------------------------- limiter


def limiter_gain(
    x: np.ndarray, sample_rate: int, ceiling_db: float, release_s: float = LIMITER_RELEASE_S
) -> np.ndarray:
    """Per-sample gain (<= 1) that keeps ``x`` under ``ceiling_db`` sample peak: a look-ahead brickwall.

    Why blocks: a per-sample release recursion in Python is too slow for 1 M samples. The gain needed by each
    1 ms block is spread to its neighbours (look-ahead and hold), released with a one-pole curve per block
    and interpolated between block centres; every sample's gain stays <= what its own block needs.
    """
    n = x.shape[0]
    block = max(1, int(LIMITER_BLOCK_S * sample_rate))
    count = int(np.ceil(n / block))
    padded = np.zeros(count * block)
    padded[:n] = np.maximum(np.abs(x[:, 0]), np.abs(x[:, 1]))
    peaks = padded.reshape(count, block).max(axis=1)
    ceiling = db_gain(ceiling_db)
    need = np.minimum(1.0, ceiling / np.maximum(peaks, 1e-12))
    spread = need.copy()
    for shift in (1, 2):
        spread[shift:] = np.minimum(spread[shift:], need[:-shift])
        spread[:-shift] = np.minimum(spread[:-shift], need[shift:])
    coeff = np.exp(-LIMITER_BLOCK_S / release_s)
    gain = spread.copy()
    if np.any(spread < 1.0):
        prev = 1.0
        for i in np.arange(count):  # release: gain recovers towards 1 at most by the one-pole step
            g = min(spread[i], 1.0 - (1.0 - prev) * coeff)
            gain[i] = g
            prev = g
    centres = (np.arange(count) + 0.5) * block
    return np.interp(np.arange(n), centres, gain)


def master_bus(
    premix: np.ndarray, sample_rate: int, target_lufs: float, true_peak_max_db: float = -1.0
) -> tuple[np.ndarray, float]:
    """Gain to ``target_lufs`` then limit so the true peak stays <= ``true_peak_max_db``.

    Returns ``(mix, gain_db)``: the mastered mix and the static gain applied before the limiter.
    """
    energy = k_weighted_steps(premix, sample_rate)
    base = gated_loudness(energy, sample_rate)
    if not np.isfinite(base):
        return premix.copy(), 0.0
    ceiling_db = true_peak_max_db - 0.6
    gain_db = target_lufs - base
    aim = target_lufs
    for _ in range(4):
        for _ in range(8):  # the limiter takes some loudness: correct the drive from the estimate
            gain = db_gain(gain_db) * limiter_gain(premix * db_gain(gain_db), sample_rate, ceiling_db)
            got = gated_loudness(energy * step_mean(gain**2, sample_rate), sample_rate)
            if abs(got - aim) < 0.1:
                break
            gain_db += aim - got
        mix = premix * gain[:, None]
        over_db = true_peak_db(mix) - (true_peak_max_db - 0.1)
        if over_db > 0.0:  # inter-sample overs beyond the margin: lower the ceiling, drive again
            ceiling_db -= over_db + 0.05
            continue
        if gain.min() > db_gain(-3.0):
            break  # light limiting: the estimate (step energy x mean gain^2) is exact enough
        # heavy limiting moves the gain faster than K-weighting smooths: measure for real and re-aim
        real = loudness_lufs(mix, sample_rate)
        if abs(real - target_lufs) < 0.15:
            break
        aim += target_lufs - real
    tp = true_peak_db(mix)
    if tp > true_peak_max_db - 0.1:
        mix *= db_gain(true_peak_max_db - 0.1 - tp)
    return mix, gain_db
