"""Each planter of the planted-problem benchmark does what it says, measured with plain numpy (no diagnosis)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.planting import KINDS, PLANTERS, plant
from companion.synth.dsp import fft_filter
from companion.synth.mix import SyntheticMix, render_mix

SR = 48000


@cache
def base(arrangement: str = "rock_band") -> SyntheticMix:
    return render_mix(arrangement, 3, seconds=6.0)


def lufs(x: np.ndarray) -> float:
    import pyloudnorm

    return float(pyloudnorm.Meter(SR).integrated_loudness(x.astype(np.float64)))


def true_peak(x: np.ndarray) -> float:
    from scipy.signal import resample_poly

    return float(20 * np.log10(np.max(np.abs(resample_poly(x.astype(np.float64), 4, 1, axis=0)))))


def band_db(x: np.ndarray, lo_hz: float, hi_hz: float) -> float:
    mono = x.astype(np.float64).mean(axis=1)
    power = np.abs(np.fft.rfft(mono)) ** 2
    freqs = np.fft.rfftfreq(mono.shape[0], 1.0 / SR)
    return float(10 * np.log10(power[(freqs >= lo_hz) & (freqs < hi_hz)].sum()))


def tilt_change_db(
    x: np.ndarray, clean: np.ndarray, band: tuple[float, float], ref: tuple[float, float]
) -> float:
    """How much ``band`` moved against ``ref`` between the clean and the planted mix (dB)."""
    return (band_db(x, *band) - band_db(x, *ref)) - (band_db(clean, *band) - band_db(clean, *ref))


def corr(x: np.ndarray) -> float:
    return float(np.corrcoef(x[:, 0], x[:, 1])[0, 1])


def low_corr(x: np.ndarray) -> float:
    return corr(fft_filter(x.astype(np.float64), SR, lp4_hz=120.0))


def high_corr(x: np.ndarray) -> float:
    return corr(fft_filter(x.astype(np.float64), SR, hp4_hz=1000.0))


def check_clipping(x: np.ndarray, clean: np.ndarray) -> None:
    ceiling = np.max(np.abs(x))
    at_ceiling = np.abs(x) >= ceiling - 1e-6
    runs = np.count_nonzero(at_ceiling[1:] & at_ceiling[:-1])
    assert ceiling <= 1.0 + 1e-6 and runs >= 20  # flat tops, not single peaks


def check_too_loud(x: np.ndarray, clean: np.ndarray) -> None:
    assert -9.3 <= lufs(x) <= -6.7
    assert true_peak(x) <= 0.0


def check_too_quiet(x: np.ndarray, clean: np.ndarray) -> None:
    assert -30.3 <= lufs(x) <= -21.7


def check_over_compressed(x: np.ndarray, clean: np.ndarray) -> None:
    assert true_peak(x) - lufs(x) < 7.0
    assert true_peak(clean) - lufs(clean) > 10.0
    assert -16.5 <= lufs(x) <= -11.5  # crushed, not merely loud


def check_muddy(x: np.ndarray, clean: np.ndarray) -> None:
    assert tilt_change_db(x, clean, (200, 500), (1000, 4000)) >= 3.0


def check_boomy(x: np.ndarray, clean: np.ndarray) -> None:
    assert tilt_change_db(x, clean, (60, 150), (1000, 4000)) >= 4.0


def check_thin(x: np.ndarray, clean: np.ndarray) -> None:
    assert tilt_change_db(x, clean, (30, 150), (1000, 4000)) <= -7.0


def check_harsh(x: np.ndarray, clean: np.ndarray) -> None:
    assert tilt_change_db(x, clean, (2000, 5000), (250, 1000)) >= 3.0


def check_dull(x: np.ndarray, clean: np.ndarray) -> None:
    assert tilt_change_db(x, clean, (5000, 12000), (250, 1000)) <= -7.0


def check_narrow(x: np.ndarray, clean: np.ndarray) -> None:
    assert corr(x) > 0.97 and corr(clean) < 0.93


def check_phase_issue(x: np.ndarray, clean: np.ndarray) -> None:
    assert corr(x) < 0.0 < corr(clean)


def check_low_end_not_mono(x: np.ndarray, clean: np.ndarray) -> None:
    assert low_corr(x) < 0.5 and low_corr(clean) > 0.9
    assert abs(high_corr(x) - high_corr(clean)) < 0.1  # the rest stays as it was


def check_lr_imbalance(x: np.ndarray, clean: np.ndarray) -> None:
    rms = np.sqrt(np.mean(x.astype(np.float64) ** 2, axis=0))
    assert 2.7 <= abs(20 * np.log10(rms[0] / rms[1])) <= 6.3


def check_dc_offset(x: np.ndarray, clean: np.ndarray) -> None:
    means = np.abs(x.astype(np.float64).mean(axis=0))
    assert 0.009 <= means.max() <= 0.051
    assert np.allclose(x - x.mean(axis=0), clean - clean.mean(axis=0), atol=1e-5)  # nothing else changed


def check_silence(x: np.ndarray, clean: np.ndarray) -> None:
    rms_db = 10 * np.log10(np.mean(x.astype(np.float64) ** 2) + 1e-30)
    assert np.max(np.abs(x)) == 0.0 or -86.0 <= rms_db <= -74.0


CHECKS: dict[str, Callable[[np.ndarray, np.ndarray], None]] = {
    "clipping": check_clipping,
    "too_loud": check_too_loud,
    "too_quiet": check_too_quiet,
    "over_compressed": check_over_compressed,
    "muddy": check_muddy,
    "boomy": check_boomy,
    "thin": check_thin,
    "harsh": check_harsh,
    "dull": check_dull,
    "narrow": check_narrow,
    "phase_issue": check_phase_issue,
    "low_end_not_mono": check_low_end_not_mono,
    "lr_imbalance": check_lr_imbalance,
    "dc_offset": check_dc_offset,
    "silence": check_silence,
}


def test_every_kind_has_a_planter_and_a_check() -> None:
    assert set(KINDS) == set(PLANTERS) == set(CHECKS)


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("kind", KINDS)
def test_planter_plants_its_problem(kind: str, seed: int) -> None:
    clean = base()
    planted = plant(kind, clean, np.random.default_rng(seed))
    assert planted.kind == kind
    assert planted.mix.shape == clean.mix.shape and planted.mix.dtype == np.float32
    assert np.isfinite(planted.mix).all()
    CHECKS[kind](planted.mix, clean.mix)


def test_planting_is_seeded_and_varies() -> None:
    clean = base()
    a = plant("muddy", clean, np.random.default_rng(7))
    b = plant("muddy", clean, np.random.default_rng(7))
    c = plant("muddy", clean, np.random.default_rng(8))
    assert np.array_equal(a.mix, b.mix) and a.params == b.params
    assert a.params != c.params


def test_low_end_planter_works_on_an_808() -> None:
    clean = base("hip_hop")
    planted = plant("low_end_not_mono", clean, np.random.default_rng(4))
    check_low_end_not_mono(planted.mix, clean.mix)


def test_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="no planter for 'track_too_loud'"):
        plant("track_too_loud", base(), np.random.default_rng(1))
