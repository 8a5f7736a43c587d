"""True peak (the peak of the reconstructed analog signal) by 4x oversampling, evaluated only where it can win.

BS.1770-4 Annex 2 asks for at least 4x oversampling. Oversampling a 20 s stereo clip completely costs
50-130 ms (``scipy.signal.resample_poly``), more than our whole analysis budget. The shortcuts here are
exact, not approximations: the result equals running the same 4x interpolator over every sample (tested
against ``oversampled_peak_full``). They rest on one bound. For an FIR interpolator h (one phase),

    |y[n]| = |sum_k h[k] x[n + k]|  <=  L1(h) * max_k |x[n + k]|            (triangle inequality)

so a neighbourhood whose largest sample is below (best peak so far) / L1(h) cannot hold a higher peak.

We cut each channel into 32-sample blocks, bound each by L1 x (largest sample of the block and its
neighbours) with L1 ~ 2.3 (7 dB), and run the interpolator only on blocks whose bound beats the best peak
found so far, highest bound first. The project's synthetic -1 dBTP masters put ~18 % of their blocks within
reach; even the worst case (a full-scale tone near fs/4: every block) is only the cost of the plain oversampler,
because each block's interpolated values come from one small matrix product (``_toeplitz``).

The interpolator: a Kaiser-windowed sinc (24 taps per phase, beta 6). Phase 0 is the samples themselves, so the
true peak is never below the sample peak; for content up to 0.4 fs (19.2 kHz at 48 kHz) the interpolation error
is below 0.01 dB (1e-3 of full scale). (BS.1770-4 Annex 2's example filter has 12 taps per phase.)
"""

from __future__ import annotations

import numpy as np

OVERSAMPLING = 4
HALF_TAPS = 12  # taps per phase = 2 x HALF_TAPS: x[n - 11] .. x[n + 12] around the gap after x[n]
KAISER_BETA = 6.0
BLOCK = 32  # samples per screening block (a power of 2, >= HALF_TAPS: a window spans at most one neighbour)
FIRST_BATCH = 8  # blocks evaluated before the first re-screen (the highest bounds: usually holds the peak)
BATCH = 4096


def _design() -> np.ndarray:
    """Interpolator taps ``(2 * HALF_TAPS, OVERSAMPLING - 1)`` for the fractional positions 1/4, 2/4, 3/4."""
    offsets = np.arange(-HALF_TAPS + 1, HALF_TAPS + 1, dtype=np.float64)  # tap k weighs x[n + k]
    columns = []
    for phase in range(1, OVERSAMPLING):
        t = offsets - phase / OVERSAMPLING  # distance of each tap from the interpolated point
        window = np.i0(KAISER_BETA * np.sqrt(np.clip(1.0 - (t / HALF_TAPS) ** 2, 0.0, None))) / np.i0(
            KAISER_BETA
        )
        columns.append(np.sinc(t) * window)
    return np.stack(columns, axis=1)


TAPS = _design()
L1_GAIN = float(np.abs(TAPS).sum(axis=0).max())
"""The largest factor by which an interpolated value can exceed its neighbourhood's largest sample (~2.3)."""
_TAPS32 = TAPS.astype(np.float32)


def true_peak(channels: np.ndarray) -> np.ndarray:
    """Linear true peak of each row of float32 ``(channels, samples)`` (0.0 for digital silence)."""
    return peak_levels(channels)[1]


def peak_levels(channels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(sample peaks, true peaks), linear, of each row of float32 ``(channels, samples)``: one pass for both."""
    pairs = [_channel_peaks(np.ascontiguousarray(row, dtype=np.float32)) for row in channels]
    return np.array([p[0] for p in pairs]), np.array([p[1] for p in pairs])


def oversampled_peak_full(channel: np.ndarray) -> float:
    """The same interpolator applied everywhere (the slow reference the shortcuts must equal; for tests)."""
    x = np.ascontiguousarray(channel, dtype=np.float32)
    padded = np.concatenate([np.zeros(HALF_TAPS, np.float32), x, np.zeros(HALF_TAPS, np.float32)])
    windows = np.lib.stride_tricks.sliding_window_view(padded, 2 * HALF_TAPS)[1 : x.size + 1]
    inter = np.abs(windows @ _TAPS32).max() if x.size else 0.0
    return float(max(np.abs(x).max(initial=0.0), inter))


def _channel_peaks(x: np.ndarray) -> tuple[float, float]:
    n = x.size
    if n == 0:
        return 0.0, 0.0
    n_blocks = -(-n // BLOCK)
    magnitude = np.zeros(n_blocks * BLOCK, dtype=np.float32)
    np.abs(x, out=magnitude[:n])
    block_max = _block_max(magnitude)
    best = sample_peak = float(block_max.max())
    if best == 0.0:
        return 0.0, 0.0
    reach = _with_neighbours(block_max)  # largest sample a block's interpolation windows can see
    bound = reach * L1_GAIN
    if not (bound > best).any():
        return sample_peak, best
    # Zero padding before and after: interpolation windows read HALF_TAPS samples beyond a block each side.
    padded = np.zeros(HALF_TAPS + n_blocks * BLOCK + HALF_TAPS, dtype=np.float32)
    padded[HALF_TAPS : HALF_TAPS + n] = x
    return sample_peak, _screened_peak(padded, bound, best, ALL_PHASES)


def _screened_peak(padded: np.ndarray, bound: np.ndarray, best: float, matrix: np.ndarray) -> float:
    """Evaluate ``matrix`` on blocks whose ``bound`` beats ``best``, highest bound first, re-screening as the
    best grows (the first few blocks usually hold the peak, which rules out most of the rest)."""
    candidates = np.flatnonzero(bound > best)
    candidates = candidates[np.argsort(-bound[candidates], kind="stable")]
    start = 0
    size = FIRST_BATCH
    while start < candidates.size:
        batch = candidates[start : start + size]
        batch = batch[bound[batch] > best]
        if not batch.size:
            break  # sorted by bound: nothing after this can beat the best either
        best = max(best, _blocks_peak(padded, batch, matrix))
        start += size
        size = BATCH
    return best


def _block_max(magnitude: np.ndarray) -> np.ndarray:
    """Maxima of consecutive ``BLOCK``-sample blocks of a flat array (length a multiple of BLOCK).

    Pairwise levels over the whole array (max of even and odd entries, five times for 32): each level is one
    long vectorised ``maximum``, ~0.4 ms for 1M samples, where ``reshape(-1, 32).max(axis=1)`` pays a
    per-row overhead (~2.5 ms).
    """
    level = np.maximum(magnitude[0::2], magnitude[1::2])
    width = 2
    while width < BLOCK:
        level = np.maximum(level[0::2], level[1::2])
        width *= 2
    return level


def _with_neighbours(block_max: np.ndarray) -> np.ndarray:
    reach = block_max.copy()
    reach[1:] = np.maximum(reach[1:], block_max[:-1])
    reach[:-1] = np.maximum(reach[:-1], block_max[1:])
    return reach


def _toeplitz(taps: np.ndarray) -> np.ndarray:
    """``(SPAN, BLOCK * phases)``: one matrix product of a block's samples gives all its interpolated values.

    Why: a (blocks, 32, 24) window view would be copied 24-fold before the product; a block's 55 samples
    times this banded matrix is one well-shaped GEMM with no expansion (~2x the multiply-adds, ~5x faster).
    """
    phases = taps.shape[1]
    matrix = np.zeros((SPAN, BLOCK * phases), dtype=np.float32)
    for gap in range(BLOCK):
        matrix[gap : gap + 2 * HALF_TAPS, gap * phases : (gap + 1) * phases] = taps
    return matrix


SPAN = BLOCK + 2 * HALF_TAPS - 1  # samples the interpolation windows of one block read
ALL_PHASES = _toeplitz(_TAPS32)


def _blocks_peak(padded: np.ndarray, blocks: np.ndarray, matrix: np.ndarray) -> float:
    """Largest |interpolated value| in the gaps after every sample of ``blocks`` (``matrix``: ``_toeplitz``)."""
    # Block b's samples sit at padded[HALF_TAPS + b*BLOCK ...]; the window of the gap after sample i starts
    # at padded[i + 1] (tap offset -HALF_TAPS + 1), i.e. block start + 1 in padded coordinates.
    segments = np.lib.stride_tricks.sliding_window_view(padded, SPAN)[blocks * BLOCK + 1]  # (nb, SPAN) copy
    values = segments @ matrix
    return float(max(values.max(), -values.min()))
