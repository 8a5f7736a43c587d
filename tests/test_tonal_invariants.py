"""The premise of ``benchmarks/tonal_invariants.py``: the temporal traits it tests are untouched by a gain and
barely moved by an EQ, while the region level the plant is judged on moves."""

import numpy as np
import pytest

from benchmarks.planted_real import PLANTS
from benchmarks.tonal_invariants import MIDS, main, measure


def _pulsing_noise(sr: int = 44100, seconds: float = 6.0) -> np.ndarray:
    """Pink-ish stereo noise whose low and high halves pulse at different rates: traits worth measuring."""
    rng = np.random.default_rng(9)
    n = int(sr * seconds)
    t = np.arange(n) / sr
    low = np.cumsum(rng.standard_normal(n)) * 0.002
    low -= np.convolve(low, np.ones(512) / 512, mode="same")  # no drift below ~90 Hz
    high = rng.standard_normal(n) * 0.05
    x = low * (1.2 + np.sin(2 * np.pi * 2.0 * t)) + high * (1.1 + np.sin(2 * np.pi * 3.0 * t) ** 3)
    return np.stack([x, 0.9 * x], axis=1).astype(np.float32)


def test_a_gain_changes_nothing_it_measures():
    x = _pulsing_noise()
    a, b = measure(x, 44100), measure(x * 0.25, 44100)
    assert np.allclose(a.rel_db, b.rel_db, atol=1e-4)
    assert np.allclose(a.traits, b.traits, atol=1e-4)
    assert abs(float(a.rel_db[MIDS].max())) < 10.0  # levels are against the mids


def test_a_bell_moves_the_level_not_the_traits():
    x = _pulsing_noise()
    before = measure(x, 44100)
    after = measure(PLANTS["bell +6 dB 300 Hz"][1](x, 44100), 44100)
    rise = after.region_db("low_mid") - before.region_db("low_mid")
    assert 3.0 < rise < 6.5
    assert (
        abs(after.region_db("top") - before.region_db("top")) < 1.5
    )  # only through the mids it is read against
    spread, corr = 0, 3
    assert np.max(np.abs(after.traits[spread] - before.traits[spread])) < 0.1  # dB of envelope spread
    assert np.max(np.abs(after.traits[corr] - before.traits[corr])) < 0.05


def test_a_missing_corpus_exits_2(tmp_path, capsys):
    with pytest.raises(SystemExit) as stop:
        main([str(tmp_path / "nowhere")])
    assert stop.value.code == 2
    assert "corpus not found" in capsys.readouterr().err
