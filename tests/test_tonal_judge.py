"""The tonal judge: range-based severity, opposite verdicts, shape detection, and codec cuts never called dull."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest

from companion.context import FindingKind
from companion.listening.analysis import analyze
from companion.listening.diagnosis import diagnose
from companion.listening.published import elowsson_psd_db, elowsson_third_octaves_db
from companion.listening.reference_curves import StatRange
from companion.listening.tonal import STAT_NAMES, TonalProfile, bell_template, tonal_profile
from companion.listening.tonal_judge import judge_profile, range_severity

SPREAD = StatRange(low=-10.0, high=10.0, typical_low=-8.0, typical_high=8.0, median=0.0, tracks=60)
TONAL = {FindingKind.MUDDY, FindingKind.BOOMY, FindingKind.THIN, FindingKind.HARSH, FindingKind.DULL}


# ---------------------------------------------------------------- range-based severity


@pytest.mark.parametrize("value", [-8.0, -3.0, 0.0, 5.0, 8.0])
def test_inside_the_typical_band_is_zero(value: float) -> None:
    assert range_severity(value, SPREAD, 1) == 0.0
    assert range_severity(value, SPREAD, -1) == 0.0


def test_remark_between_typical_and_edge_then_problem_beyond() -> None:
    assert range_severity(9.0, SPREAD, 1) == pytest.approx(0.15)
    assert range_severity(10.0, SPREAD, 1) == pytest.approx(0.3)
    # growth: one half-range (10 dB, more than the 6 dB minimum) beyond the edge reaches 1.0
    assert range_severity(15.0, SPREAD, 1) == pytest.approx(0.65)
    assert range_severity(20.0, SPREAD, 1) == pytest.approx(1.0)
    assert range_severity(40.0, SPREAD, 1) == 1.0
    assert range_severity(-15.0, SPREAD, -1) == pytest.approx(0.65)
    assert range_severity(math.nan, SPREAD, 1) == 0.0


def test_severity_never_falls_as_the_value_moves_out() -> None:
    values = np.linspace(-30.0, 30.0, 601)
    rising = [range_severity(v, SPREAD, 1) for v in values]
    falling = [range_severity(v, SPREAD, -1) for v in values]
    assert all(b >= a for a, b in itertools.pairwise(rising))
    assert all(b <= a for a, b in itertools.pairwise(falling))


def _table(**ranges: tuple[float, float, float]) -> dict:
    """A data-file-shaped table with one family, every stat centred on 0 unless given (low, median, high)."""
    stats = {}
    for name in STAT_NAMES:
        low, median, high = ranges.get(name, (-10.0, 0.0, 10.0))
        stats[name] = {"p10": low + 0.2 * (median - low), "p50": median, "p90": high - 0.2 * (high - median),
                       "n": 50, "range": [low, high]}  # fmt: skip
    return {"families": {"x": {"words": "50 test mixes", "stats": stats}}}


def _profile(**stats: float) -> TonalProfile:
    full = {name: 0.0 for name in STAT_NAMES}
    full.update(stats)
    return TonalProfile(stats=full, where_hz={}, vs_mid_db=())


def test_opposite_verdicts_never_both_fire() -> None:
    """Over 2,000 random profiles (every number anywhere from far inside to far outside its range): never
    boomy and thin at once, never harsh and dull at once."""
    rng = np.random.default_rng(9)
    table = _table()
    for _ in range(2000):
        profile = _profile(**{name: float(rng.uniform(-30.0, 30.0)) for name in STAT_NAMES})
        kinds = {v.kind for v in judge_profile(profile, "x", table)}
        assert not {FindingKind.BOOMY, FindingKind.THIN} <= kinds
        assert not {FindingKind.HARSH, FindingKind.DULL} <= kinds


def test_of_two_opposite_verdicts_the_clearer_stands() -> None:
    """Bright upper mids (harsh) and a deeper roll-off on top (dull): dull, the more severe, is said."""
    top = _profile(upper_mid_vs_mid_db=12.0, cliff_high_db=25.0, top_vs_mid_db=-1.0)
    [verdict] = judge_profile(top, "x", _table())
    assert verdict.kind is FindingKind.DULL and verdict.check.stat == "cliff_high_db"
    brighter = _profile(upper_mid_vs_mid_db=25.0, cliff_high_db=12.0, top_vs_mid_db=-1.0)
    [verdict] = judge_profile(brighter, "x", _table())
    assert verdict.kind is FindingKind.HARSH


def test_a_shape_verdict_needs_its_level_on_the_same_side() -> None:
    """A build-up only counts as mud where the low-mids are on the heavy side of real mixes."""
    lean = _profile(bump_low_mid_db=30.0, low_mid_vs_mid_db=-2.0)
    assert not judge_profile(lean, "x", _table())
    heavy = _profile(bump_low_mid_db=30.0, low_mid_vs_mid_db=2.0)
    [verdict] = judge_profile(heavy, "x", _table())
    assert verdict.kind is FindingKind.MUDDY and verdict.check.stat == "bump_low_mid_db"
    assert verdict.severity == pytest.approx(1.0)


# ---------------------------------------------------------------- shape on a realistic spectrum


def test_a_planted_bump_is_found_where_it_was_put() -> None:
    """The published mean spectrum of popular music (a slope that steepens with frequency) plus a +8 dB bell
    at 315 Hz: the bump stat rises by about the bell's gain, at its centre; the upper mids' does not."""
    base = np.array(elowsson_third_octaves_db())
    plain = tonal_profile(base)
    bumped = tonal_profile(base + 8.0 * bell_template(315.0))
    rise = bumped.get("bump_low_mid_db") - plain.get("bump_low_mid_db")
    assert 6.0 <= rise <= 10.0
    assert bumped.where_hz["bump_low_mid_db"] == pytest.approx(315.0, rel=0.05)
    assert abs(bumped.get("bump_upper_mid_db") - plain.get("bump_upper_mid_db")) < 1.0


def shaped_noise(rate: int, seconds: float, gain_db: callable, seed: int = 3) -> np.ndarray:  # type: ignore[valid-type]
    """Stereo noise whose spectrum follows the published popular-music LTAS, times ``gain_db(f)``."""
    rng = np.random.default_rng(seed)
    n = int(rate * seconds)
    spec = np.fft.rfft(rng.standard_normal((n, 2)), axis=0)
    f = np.maximum(np.fft.rfftfreq(n, 1.0 / rate), 20.0)
    shape_db = elowsson_psd_db(np.clip(f, 94.0, 15700.0)) + gain_db(f)
    spec *= (10.0 ** (shape_db / 20.0))[:, None]
    x = np.fft.irfft(spec, n, axis=0)
    return (0.2 * x / np.max(np.abs(x))).astype(np.float32)


def test_a_big_low_mid_build_up_is_called_muddy_with_its_evidence() -> None:
    rate = 44100

    def bell(f: np.ndarray) -> np.ndarray:
        s = f / 315.0
        a = 10 ** (14.0 / 40.0)
        return 10 * np.log10(((1 - s**2) ** 2 + (s * a) ** 2) / ((1 - s**2) ** 2 + (s / a) ** 2))

    x = shaped_noise(rate, 8.0, bell)
    found = diagnose(analyze(x, rate, "pop"), genre="pop")
    muddy = next(f for f in found if f.kind is FindingKind.MUDDY)
    assert muddy.is_problem
    assert "popular music" in muddy.summary and "more than the range" in muddy.summary
    assert muddy.evidence["compared_with"].startswith("popular music")
    assert muddy.evidence["tracks"] >= 50


def test_a_codec_cut_is_never_called_dull() -> None:
    """The same music with its top end cut at 16 kHz or 11 kHz by a lossy codec: the bandwidth is found,
    the air band measured up to it, and the dull verdict does not move."""
    rate = 44100
    full = shaped_noise(rate, 8.0, lambda f: np.zeros_like(f))
    base = analyze(full, rate)
    base_dull = {f.kind: f.severity for f in diagnose(base)}.get(FindingKind.DULL, 0.0)
    assert base.extra["bands_measured_to_hz"] == 20000.0 and not base.extra["bandwidth_limited"]
    for cut_hz in (16000.0, 11000.0):
        cut = shaped_noise(rate, 8.0, lambda f, c=cut_hz: np.where(f > c, -80.0, 0.0))
        a = analyze(cut, rate)
        assert a.extra["bandwidth_limited"]
        assert a.extra["bands_measured_to_hz"] == pytest.approx(cut_hz, rel=0.06)
        assert math.isfinite(a.bands_db["air"])
        dull = {f.kind: f.severity for f in diagnose(a)}.get(FindingKind.DULL, 0.0)
        assert dull == pytest.approx(base_dull, abs=0.05)
        assert dull < 0.3


def test_a_mix_low_passed_at_4_khz_is_dull() -> None:
    """The detector is not blind: a steep low-pass a user put on the mix (24 dB/octave at 4 kHz) is no codec
    cut, and the mix is called dull against real popular music."""
    rate = 44100
    x = shaped_noise(rate, 8.0, lambda f: -10 * np.log10(1 + (f / 4000.0) ** 8))
    a = analyze(x, rate, "pop")
    assert not a.extra["bandwidth_limited"]
    dull = next(f for f in diagnose(a, genre="pop") if f.kind is FindingKind.DULL)
    assert dull.is_problem


def test_tonal_findings_name_what_they_were_compared_with() -> None:
    rate = 44100
    x = shaped_noise(rate, 8.0, lambda f: np.where(f < 160.0, -25.0, 0.0))  # no low end at all
    for genre in (None, "orchestral"):
        found = [f for f in diagnose(analyze(x, rate, genre), genre=genre) if f.kind in TONAL]
        assert found
        for f in found:
            assert "real" in f.evidence["compared_with"] and f.evidence["tracks"] >= 40
            assert f.evidence["compared_with"] in f.summary
        if genre is None:
            assert all("every family" in f.summary and "Say the genre" in f.summary for f in found)
