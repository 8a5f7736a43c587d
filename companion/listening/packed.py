"""Stereo frames kept as ONE complex transform per frame, and read without unpacking them all.

Why: a stereo clip's two real channels fit in one complex signal, z = L + iR, whose transform costs about what
one channel's would. The classic two-real-signals identities then give each channel's spectrum from two bins of
it, but unpacking every bin of every frame (a few passes over 2 x 67 x 9217 complex values for 20 s at 48 kHz)
cost ~5 ms, about as much as the transform itself, although the analysis needs most bins only as power sums
(which the packed transform gives directly, Hann-windowed or not), and the separate channels only for a few
bins. K-weighting (a real filter) filters z as a whole, so loudness needs no unpacking at all (``filtered``).

Conventions: ``packed[j] = ifft(z_j)`` for frame ``j`` (numpy's default norm), so with ``a = packed[k]``,
``b = packed[(nfft - k) % nfft]`` and ``s = nfft / 2`` the channels' rfft bins are

    X_L[k] = s (conj(a) + b),    X_R[k] = i s (conj(a) - b),    |X_L|^2 + |X_R|^2 = 2 s^2 (|a|^2 + |b|^2).

(With Z = fft(z): ifft(z)[k] = Z[-k] / nfft, and X_L = (Z[k] + conj Z[-k]) / 2, X_R = (Z[k] - conj Z[-k]) / 2i.)
Why the inverse transform with its default norm: numpy 2.x (pocketfft) runs a single-precision transform in
double precision -- 3-4x slower, with two casting copies -- whenever its normalisation factor is exactly 1
(``fft``/``rfft`` with the default norm, ``ifft``/``irfft`` with ``norm="forward"``), while the default
``ifft``/``irfft`` (factor 1/n) stays in single precision. The scale ``s`` is applied by the readers, where it
costs nothing (a factor on a power sum or on the filter's response).
"""

from __future__ import annotations

import numpy as np


def pack_stereo(samples: np.ndarray, nfft: int, hop: int, history: int, n_frames: int) -> np.ndarray:
    """``(n_frames, nfft)`` complex64 packed transforms of the overlap-save frames of float32 ``(frames, 2+)``.

    Frame ``j`` reads samples ``j * hop - history`` .. ``+ nfft`` (zeros outside the clip).
    """
    n = samples.shape[0]
    # A (frames, 2) float32 clip IS its complex signal L + iR: (re, im) pairs laid out as (L, R) pairs. Frames
    # inside the clip are transformed straight from it (no zero-padded copy of the clip: ~1 ms of passes).
    z = np.ascontiguousarray(samples[:, :2], dtype=np.float32).view(np.complex64)[:, 0]
    packed = np.empty((n_frames, nfft), dtype=np.complex64)
    first = -(-history // hop)  # the first frame that starts inside the clip
    last = min(n_frames - 1, (n - nfft + history) // hop)  # the last one that ends inside it
    if last >= first:
        windows = np.lib.stride_tricks.sliding_window_view(z, nfft)[first * hop - history :: hop]
        np.fft.ifft(windows[: last - first + 1], axis=-1, out=packed[first : last + 1])
    edges = [j for j in range(n_frames) if j < first or j > last]
    if edges:  # frames that run past either end: zero-padded copies
        padded = np.zeros((len(edges), nfft), dtype=np.complex64)
        for row, j in enumerate(edges):
            start = j * hop - history
            lo, hi = max(0, start), min(n, start + nfft)
            if hi > lo:
                padded[row, lo - start : hi - start] = z[lo:hi]
        packed[edges] = np.fft.ifft(padded, axis=-1)
    return packed


def unpack(packed: np.ndarray, first_bin: int, stop_bin: int) -> np.ndarray:
    """Both channels' rfft bins ``first_bin .. stop_bin - 1`` of every row of ``packed``: ``(2, rows, bins)``."""
    nfft = packed.shape[-1]
    a = np.conjugate(packed[:, first_bin:stop_bin])
    b = packed[:, (-np.arange(first_bin, stop_bin)) % nfft]  # bin nfft - k (bin 0 for k = 0)
    spectra = np.empty((2, *a.shape), dtype=np.complex64)
    np.add(a, b, out=spectra[0])
    np.subtract(a, b, out=spectra[1])
    spectra[0] *= np.float32(nfft / 2)
    spectra[1] *= np.complex64(0.5j * nfft)
    return spectra


def power_sum(packed: np.ndarray, stop_bin: int) -> np.ndarray:
    """Power of bins ``0 .. stop_bin - 1`` summed over frames and both channels, float64 ``(stop_bin,)``."""
    nfft = packed.shape[-1]
    stop = min(stop_bin, nfft // 2 + 1)
    power = np.zeros(stop_bin, dtype=np.float64)
    power[:stop] = _column_power(packed[:, :stop])  # |a|^2 of bins 0 .. stop - 1
    power[1:stop] += _column_power(packed[:, nfft - stop + 1 :])[::-1]  # |b|^2 of bins stop - 1 .. 1
    power[0] *= 2.0  # bin 0 pairs with itself
    power[:stop] *= 2.0 * (nfft / 2) ** 2
    return power


def hann_power(packed: np.ndarray, first_bin: int, stop_bin: int) -> np.ndarray:
    """Power of the Hann-windowed frames in bins ``first_bin .. stop_bin - 1`` (1 <= first_bin, stop_bin <=
    nfft / 2), summed over the rows of ``packed`` and both channels, float64.

    The Hann window is the kernel (-1/4, 1/2, -1/4) across bins, real and symmetric, so it commutes with the
    packing: window the packed transform at bins k and nfft - k and fold as for ``power_sum``.
    """
    nfft = packed.shape[-1]
    low = _hann(packed[:, first_bin - 1 : stop_bin + 1])  # bins first .. stop - 1
    if first_bin >= 2:
        mirror = packed[:, nfft - stop_bin : nfft - first_bin + 2]
    else:  # the window of bin nfft - 1 reads bin nfft == 0
        mirror = np.ascontiguousarray(packed[:, np.arange(nfft - stop_bin, nfft - first_bin + 2) % nfft])
    high = _hann(mirror)  # bins nfft - stop + 1 .. nfft - first, i.e. k = stop - 1 .. first
    return (_column_power(low) + _column_power(high)[::-1]) * (2.0 * (nfft / 2) ** 2)


def _hann(x: np.ndarray) -> np.ndarray:
    """The Hann window applied across bins: ``(rows, bins)`` -> ``(rows, bins - 2)``."""
    return np.complex64(0.5) * x[:, 1:-1] - np.complex64(0.25) * (x[:, :-2] + x[:, 2:])


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
    # nfft conj(H[k]) over every bin; H[nfft - k] = conj(H[k]) for a real filter. DC and Nyquist are taken
    # real, as irfft takes them.
    multiplier = np.empty(nfft, dtype=np.complex128)
    multiplier[: half + 1] = nfft * np.conjugate(response[: half + 1])
    multiplier[half + 1 :] = nfft * response[half - 1 : 0 : -1]
    multiplier[0] = multiplier[0].real
    multiplier[half] = multiplier[half].real
    product = packed * multiplier.astype(np.complex64)
    return np.fft.ifft(product, axis=-1, out=product)  # in place: pocketfft works row by row via a buffer
