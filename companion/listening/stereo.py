"""Stereo image of a clip: correlation, width, low-end correlation, left/right balance.

All of it comes from three dot products (L.L, R.R, L.R) and the channel means, plus the cross-spectrum of the
shared frames below 150 Hz -- no filtering pass of its own.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from companion.context import StereoImage
from companion.listening.frames import Frames

LOW_END_HZ = 150.0
LOW_END_FROM_HZ = 20.0  # below this there is only DC and rumble, not "low end"
LOW_END_FLOOR = 1e-6
"""Low end 60 dB under the whole clip is too little to be out of phase in any audible way: read as mono (1.0)."""
SILENT_SIDE = 1e-12
"""A side whose low end is 120 dB under the other's is digital silence: stereo frames are transformed as one
complex signal (``companion.listening.packed``), whose float32 rounding leaves ~1e-15 of one channel's power in
the other, and a Pearson read off that noise is a random number; read as 1.0, as a silent channel is for
``correlation``, and as the frames of a rate with an odd FFT size (transformed per channel) always read it."""
BALANCE_LIMIT_DB = 60.0
"""One silent side reads as +-60 dB rather than infinity, so the JSON keeps a number the advice can use."""

MONO = StereoImage(correlation=1.0, width=0.0, low_end_correlation=1.0, lr_balance_db=0.0)


@dataclass(frozen=True, slots=True)
class Moments:
    """Per-channel sums and sums of squares, and L.R, of float32 ``(channels, samples)``: what the stereo image,
    the RMS and the DC offset read. Computed once per clip (``moments``): each is a pass over the samples."""

    n: int
    sums: tuple[float, ...]
    squares: tuple[float, ...]
    cross: float  # L.R; 0.0 for one channel


def moments(channels: np.ndarray) -> Moments:
    """``Moments`` of float32 ``(channels, samples)`` (at most the first two rows are crossed)."""
    # float32 BLAS dots: ~1e-6 relative here, far finer than any threshold the diagnosis uses. np.sum is
    # pairwise: float32 sums within ~1e-7 relative.
    cross = float(np.dot(channels[0], channels[1])) if channels.shape[0] >= 2 else 0.0
    return Moments(
        int(channels.shape[1]),
        tuple(float(row.sum()) for row in channels),
        tuple(float(np.dot(row, row)) for row in channels),
        cross,
    )


def stereo_image(
    channels: np.ndarray,
    frames: Frames | None = None,
    total_power: float = 0.0,
    measured: Moments | None = None,
) -> StereoImage:
    """StereoImage of float32 ``(channels, samples)``; mono (one channel) gives ``MONO``.

    correlation: Pearson of L and R (1.0 when a channel is constant/digital silence, or both are identical);
    width: side power / (mid + side) power, mid = (L + R) / 2, side = (L - R) / 2;
    low_end_correlation: the same Pearson below 150 Hz, from the Hann cross-spectrum of ``frames`` (1.0 when
    that low end is under ``LOW_END_FLOOR`` x ``total_power``, the power of both channels, 20 Hz-20 kHz);
    lr_balance_db: 10 log10(power L / power R), within +-60 dB.
    ``measured``: the clip's ``moments`` when the caller has them already.
    """
    if channels.shape[0] < 2:
        return MONO
    measured = measured or moments(channels)
    n = measured.n
    ll, rr, lr = measured.squares[0], measured.squares[1], measured.cross
    mean_l, mean_r = measured.sums[0] / n, measured.sums[1] / n
    var_l, var_r = ll / n - mean_l**2, rr / n - mean_r**2
    cov = lr / n - mean_l * mean_r
    correlation = _pearson(cov, var_l, var_r)
    mid_plus_side = (ll + rr) / 2.0  # (mid power + side power) * n
    side = (ll + rr - 2.0 * lr) / 4.0
    width = min(1.0, max(0.0, side / mid_plus_side)) if mid_plus_side > 0.0 else 0.0
    low_end = 1.0 if frames is None else low_end_correlation(frames, total_power)
    return StereoImage(
        correlation=correlation,
        width=width,
        low_end_correlation=low_end,
        lr_balance_db=_balance_db(ll, rr),
    )


def low_end_correlation(frames: Frames, total_power: float) -> float:
    """Pearson correlation of L and R restricted to 20-150 Hz (Hann cross-spectrum summed over frames)."""
    first = max(1, int(math.ceil(LOW_END_FROM_HZ / frames.bin_hz)))
    stop = int(math.ceil(LOW_END_HZ / frames.bin_hz))
    spectra = frames.hann_spectra(stop + 1)[:, :, first - 1 : stop - 1].astype(
        np.complex128
    )  # bins first..stop-1
    left, right = spectra[0], spectra[1]
    pl = float(np.sum(left.real**2 + left.imag**2))
    pr = float(np.sum(right.real**2 + right.imag**2))
    cross = float(np.sum((left * np.conj(right)).real))
    if pl + pr <= LOW_END_FLOOR * total_power or pl + pr == 0.0:
        return 1.0
    if min(pl, pr) <= SILENT_SIDE * max(pl, pr):
        return 1.0  # one side silent: as for ``correlation`` (see SILENT_SIDE)
    return _pearson(cross, pl, pr)


def _pearson(cov: float, var_a: float, var_b: float) -> float:
    if var_a <= 0.0 or var_b <= 0.0:
        return 1.0
    return max(-1.0, min(1.0, cov / math.sqrt(var_a * var_b)))


def _balance_db(power_left: float, power_right: float) -> float:
    if power_left <= 0.0 and power_right <= 0.0:
        return 0.0
    if power_right <= 0.0:
        return BALANCE_LIMIT_DB
    if power_left <= 0.0:
        return -BALANCE_LIMIT_DB
    return max(-BALANCE_LIMIT_DB, min(BALANCE_LIMIT_DB, 10.0 * math.log10(power_left / power_right)))
