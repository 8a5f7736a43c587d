"""Stereo frames kept as ONE complex transform per frame, and read without unpacking them all.

Why: a stereo clip's two real channels fit in one complex signal, z = L + iR, whose transform costs about what
one channel's would. The classic two-real-signals identities then give each channel's spectrum from two bins of
it, but unpacking every bin of every frame (a few passes over 2 x 67 x 9217 complex values for 20 s at 48 kHz)
cost ~5 ms, about as much as the transform itself, although the analysis needs every bin only as a power sum
(which the packed transform gives directly), and the separate channels only for a few bins or a few frames.
K-weighting (a real filter) filters z as a whole, so loudness needs no unpacking at all (``filtered``).

Conventions: ``packed[j] = ifft(s * z_j)`` for frame ``j`` (``s = nfft / 2``), so with ``a = packed[k]`` and
``b = packed[(nfft - k) % nfft]`` the channels' rfft bins are

    X_L[k] = conj(a) + b,    X_R[k] = i (conj(a) - b),    |X_L|^2 + |X_R|^2 = 2 (|a|^2 + |b|^2).

(With Z = fft(z): ifft(z)[k] = Z[-k] / nfft, and X_L = (Z[k] + conj Z[-k]) / 2, X_R = (Z[k] - conj Z[-k]) / 2i.)
Why the inverse transform, and why the scale ``s`` on the input rather than ``norm=``: numpy 2.x (pocketfft)
runs a single-precision transform in double precision -- 3-4x slower, with two casting copies -- whenever its
normalisation factor is exactly 1 (``fft``/``rfft`` with the default norm, ``ifft``/``irfft`` with
``norm="forward"``), while the default ``ifft``/``irfft`` (factor 1/n) stays in single precision.
"""

from __future__ import annotations

import numpy as np


def pack_stereo(samples: np.ndarray, nfft: int, hop: int, history: int, n_frames: int) -> np.ndarray:
    """``(n_frames, nfft)`` complex64 packed transforms of float32 ``(frames, 2)`` overlap-save frames."""
    n = samples.shape[0]
    total = history + n_frames * hop
    z = np.empty(total, dtype=np.complex64)
    z[:history] = 0.0  # zeros before the start and after the end; the middle is written once, below
    z[history + n :] = 0.0
    # complex64 is (re, im) float32 pairs, laid out as a (frames, 2) clip's (L, R) pairs: one contiguous pass.
    pairs = z.view(np.float32).reshape(total, 2)
    np.multiply(samples[:, :2], np.float32(nfft / 2), out=pairs[history : history + n])
    windows = np.lib.stride_tricks.sliding_window_view(z, nfft)[::hop]
    return np.fft.ifft(windows, axis=-1)


def unpack(packed: np.ndarray, first_bin: int, stop_bin: int) -> np.ndarray:
    """Both channels' rfft bins ``first_bin .. stop_bin - 1`` of every row of ``packed``: ``(2, rows, bins)``."""
    nfft = packed.shape[-1]
    a = np.conjugate(packed[:, first_bin:stop_bin])
    b = packed[:, (-np.arange(first_bin, stop_bin)) % nfft]  # bin nfft - k (bin 0 for k = 0)
    spectra = np.empty((2, *a.shape), dtype=np.complex64)
    np.add(a, b, out=spectra[0])
    np.subtract(a, b, out=spectra[1])
    spectra[1] *= np.complex64(1j)
    return spectra


def power_sum(packed: np.ndarray, stop_bin: int) -> np.ndarray:
    """Power of bins ``0 .. stop_bin - 1`` summed over frames and both channels, float64 ``(stop_bin,)``."""
    nfft = packed.shape[-1]
    stop = min(stop_bin, nfft // 2 + 1)
    low = _column_power(packed[:, :stop])  # |a|^2 of bins 0 .. stop - 1
    high = _column_power(packed[:, nfft - stop + 1 :])  # |b|^2 of bins stop - 1 .. 1, reversed
    power = np.zeros(stop_bin, dtype=np.float64)
    power[:stop] = low
    power[1:stop] += high[::-1]
    power[0] += low[0]  # bin 0 pairs with itself
    power[:stop] *= 2.0
    return power


def _column_power(block: np.ndarray) -> np.ndarray:
    """Sum over rows of |x|^2 per column of a complex64 ``(rows, columns)`` block, float64.

    Summing along the first axis of a C-contiguous 2-D array is one vectorised add per row: ~10x faster than
    einsum or a sum over inner axes (the same layout ``Frames.power_sum`` uses).
    """
    squares = np.square(block.view(np.float32))  # re, im side by side; a contiguous copy
    per_component = squares.sum(axis=0)
    return per_component.reshape(-1, 2).sum(axis=1, dtype=np.float64)


def filtered(packed: np.ndarray, response: np.ndarray) -> np.ndarray:
    """Both channels filtered by the real filter whose rfft-bin ``response`` is given, as ONE complex transform.

    Returns complex64 ``(n_frames, nfft)`` ``out`` with ``out[j, m] = y_L[-m] + i y_R[-m]`` (indices mod nfft) for
    the filtered frame j: its valid samples ``history + t`` (t = 0 .. hop - 1) are ``out[j, hop - t]``, in
    reverse order. Why reversed: ``packed`` holds the transforms of the frames read backwards in frequency, and
    filtering them through the fast ``ifft`` (see the module note) instead of an extra conjugating pass
    returns the filtered frames read backwards in time.
    """
    nfft = packed.shape[-1]
    half = nfft // 2
    # 2 conj(H[k]) over every bin; H[nfft - k] = conj(H[k]) for a real filter. DC and Nyquist are taken real,
    # as irfft takes them.
    multiplier = np.empty(nfft, dtype=np.complex128)
    multiplier[: half + 1] = 2.0 * np.conjugate(response[: half + 1])
    multiplier[half + 1 :] = 2.0 * response[half - 1 : 0 : -1]
    multiplier[0] = multiplier[0].real
    multiplier[half] = multiplier[half].real
    product = packed * multiplier.astype(np.complex64)
    return np.fft.ifft(product, axis=-1, out=product)  # in place: pocketfft works row by row via a buffer
