"""The bandwidth detector tells a codec's brick wall from a low-pass a user put on the mix.

The twelfth-octave profiles below are measured levels (dB, 4 kHz up, relative to the first band) of real
released tracks of the corpus (companion/knowledge/data/reference_curves.json names the files): a Vorbis file
with its encoder's wall at 14.3 kHz, one with its wall at 16 kHz, and a track low-passed at 4 kHz (12 dB/octave)
whose own top already falls steeply above 10 kHz -- which the detector once took for a codec cut at 10.7 kHz,
so its 10 kHz band went unmeasured and the low-passed mix could not read dull.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from companion.listening.bandwidth import CUT_MIN_HZ, SCAN_FROM_HZ, STEP_OCT, _cliff_hz, slope_step_db

BIN_HZ = 2.7
TOP_HZ = 20000.0
CODEC_AT_14K = [0, -3, -2, -3, -5, -5, -5, -7, -6, -7, -9, -10, -10, -11, -12, -13, -14, -15, -17, -19, -20,
                -20, -24, -55, -65, -65, -65]  # fmt: skip
CODEC_AT_16K = [0, -4, -3, -5, -4, -5, -7, -7, -6, -8, -8, -9, -9, -10, -10, -9, -9, -11, -11, -8, -12, -12,
                -15, -18, -7, -53, -64]  # fmt: skip
LOW_PASSED_4K = [0, 3, -1, -5, -6, -7, -12, -10, -12, -12, -19, -9, -20, -27, -19, -23, -31, -38, -45, -49, -55,
                 -65, -71, -75, -83, -94, -99]  # fmt: skip


def _edges() -> np.ndarray:
    count = int(math.floor(math.log2(TOP_HZ / SCAN_FROM_HZ) / STEP_OCT))
    return SCAN_FROM_HZ * 2.0 ** (np.arange(count + 1) * STEP_OCT)


def power_from_twelfths(levels_db: list[float]) -> tuple[np.ndarray, int]:
    """Per-bin power, flat within each twelfth octave at ``levels_db`` (from ``SCAN_FROM_HZ``), and its offset."""
    edges = _edges()
    offset = int(SCAN_FROM_HZ / BIN_HZ)
    freqs = (offset + np.arange(int(TOP_HZ / BIN_HZ) - offset + 1)) * BIN_HZ
    band = np.clip(np.searchsorted(edges, freqs, side="right") - 1, 0, len(levels_db) - 1)
    return 10.0 ** (np.asarray(levels_db, dtype=np.float64)[band] / 10.0), offset


def response_db(freqs: np.ndarray, lowpass_hz: float | None, order: int, wall_hz: float | None) -> np.ndarray:
    """Music's own top (-8 dB/octave) through a Butterworth low-pass and/or a codec's wall (90 dB down)."""
    out = -8.0 * np.log2(freqs / SCAN_FROM_HZ)
    if lowpass_hz is not None:
        out = out - 10.0 * np.log10(1.0 + (freqs / lowpass_hz) ** (2 * order))
    if wall_hz is not None:
        out = np.where(freqs >= wall_hz, out - 90.0, out)
    return out


def cliff_of(levels_db: list[float]) -> float:
    power, offset = power_from_twelfths(levels_db)
    return _cliff_hz(power, offset, BIN_HZ, TOP_HZ)


def synthetic_cliff(lowpass_hz: float | None, order: int, wall_hz: float | None) -> float:
    offset = int(SCAN_FROM_HZ / BIN_HZ)
    freqs = (offset + np.arange(int(TOP_HZ / BIN_HZ) - offset + 1)) * BIN_HZ
    return _cliff_hz(10.0 ** (response_db(freqs, lowpass_hz, order, wall_hz) / 10.0), offset, BIN_HZ, TOP_HZ)


@pytest.mark.parametrize(("levels", "cut_hz"), [(CODEC_AT_14K, 14254.4), (CODEC_AT_16K, 16000.0)])
def test_real_codec_walls_are_found_where_they_stand(levels: list[float], cut_hz: float) -> None:
    assert cliff_of(levels) == pytest.approx(cut_hz, rel=0.001)


def test_a_real_low_passed_track_is_no_codec_cut() -> None:
    """The 12 dB/octave skirt meets the track's own steep top: every step falls 5-10 dB, none stands out."""
    assert cliff_of(LOW_PASSED_4K) == TOP_HZ


def test_a_brick_wall_at_16_khz_is_a_codec_cut_and_a_4th_order_low_pass_is_not() -> None:
    assert synthetic_cliff(None, 0, 16000.0) == pytest.approx(16000.0, rel=1 / 12)
    assert synthetic_cliff(None, 0, 11000.0) == pytest.approx(11000.0, rel=1 / 12)
    for order in (2, 4, 8):  # 12, 24 and even 48 dB/octave at 4 kHz: a filter's skirt, never a wall
        assert synthetic_cliff(4000.0, order, None) == TOP_HZ
    assert synthetic_cliff(12000.0, 4, None) == TOP_HZ  # a gentle 24 dB/octave roll-off high up
    assert synthetic_cliff(4000.0, 2, 16000.0) == pytest.approx(16000.0, rel=1 / 12)  # both: the wall stands


def test_a_cliff_is_judged_against_the_slope_below_it() -> None:
    """A fall of 14 dB across a sixth of an octave is a wall on a flat top; a steady fall of 6 dB per twelfth
    octave from 6 kHz down to a floor (12 dB per sixth, that the rule without the slope took for a wall at
    10 kHz) is none."""
    flat = [0.0] * 20 + [-14.0 - 40.0] * 7
    assert cliff_of(flat) == pytest.approx(SCAN_FROM_HZ * 2.0 ** (19 / 12), rel=0.001)
    falling = [0.0] * 7 + [-6.0 * i for i in range(1, 16)] + [-90.0] * 5
    assert cliff_of(falling) == TOP_HZ
    assert slope_step_db(np.array([7.0, 5.0, -3.0, 9.0, 6.0])) == 6.0
    assert slope_step_db(np.array([-2.0, -1.0, 0.5])) == 0.0  # a rising top does not ease a cliff
    assert CUT_MIN_HZ == 10000.0  # below this, whatever cut the top, the mix is judged as it sounds


def test_the_top_fall_reads_a_low_pass_and_not_an_upper_mid_boost() -> None:
    """Music falling 8 dB/octave: the fall reads 8; a 12 dB/octave low-pass at 4 kHz adds about 10-14 to it;
    a +6 dB bell at 3.5 kHz (a harsh boost, whose tail steepens a plain line by about 3) moves it by under 1."""
    from companion.listening.bandwidth import _fall_in, _twelfths

    offset = int(SCAN_FROM_HZ / BIN_HZ)
    freqs = (offset + np.arange(int(TOP_HZ / BIN_HZ) - offset + 1)) * BIN_HZ

    def fall(extra_db: np.ndarray) -> float:
        power = 10.0 ** ((response_db(freqs, None, 0, None) + extra_db) / 10.0)
        twelfths = _twelfths(power, offset, BIN_HZ, TOP_HZ)
        assert twelfths is not None
        return _fall_in(*twelfths, TOP_HZ)

    a = 10.0 ** (6.0 / 40.0)
    s = freqs / 3500.0
    bell = 10.0 * np.log10(((1 - s**2) ** 2 + (s * a) ** 2) / ((1 - s**2) ** 2 + (s / a) ** 2))
    low_pass = -10.0 * np.log10(1.0 + (freqs / 4000.0) ** 4)
    plain = fall(np.zeros_like(freqs))
    assert plain == pytest.approx(8.0, abs=0.3)
    assert 10.0 <= fall(low_pass) - plain <= 20.0
    assert abs(fall(bell) - plain) < 1.0
