"""ReaEQ's band gain scale and band reading from a snapshot's FX list (companion.knowledge.reaeq)."""

from __future__ import annotations

import math

import pytest

from companion.context import Fx, FxParam
from companion.knowledge.reaeq import eq_bands, gain_db, gain_norm, parse_hz


@pytest.mark.parametrize(
    ("db", "norm"),
    [(0.0, 0.5), (12.0, 1.0), (-6.0206, 0.25), (6.0206, 0.5 + 1.0 / (2 * (10**0.6 - 1))), (30.0, 1.0)],
)
def test_gain_scale_is_linear_in_amplitude_with_unity_at_half(db: float, norm: float) -> None:
    assert gain_norm(db) == pytest.approx(norm, abs=1e-4)


@pytest.mark.parametrize("db", [-18.0, -9.5, -3.0, 0.0, 2.5, 8.0, 12.0])
def test_gain_round_trips(db: float) -> None:
    assert gain_db(gain_norm(db)) == pytest.approx(db, abs=1e-9)
    assert gain_db(0.0) == -math.inf


@pytest.mark.parametrize(
    ("text", "hz"),
    [
        ("2500", 2500.0),
        ("2.5k", 2500.0),
        ("120.0 Hz", 120.0),
        ("1.2 kHz", 1200.0),
        ("off", None),
        ("5", None),
    ],
)
def test_parse_hz(text: str, hz: float | None) -> None:
    assert parse_hz(text) == hz


def test_eq_bands_skip_pass_filters_and_other_plugins() -> None:
    params = (
        FxParam(0, "Freq-High Pass 1", 0.2, "110.0"),
        FxParam(1, "Gain-High Pass 1", 0.5, "+0.0"),
        FxParam(2, "Freq-Band 2", 0.6, "1.0k"),
        FxParam(3, "Gain-Band 2", gain_norm(10.0), "+10.0"),
        FxParam(4, "Q-Band 2", 0.5, "1.00"),
    )
    (band,) = eq_bands(Fx(0, "VST: ReaEQ (Cockos)", True, params))
    assert band.label == "Band 2" and band.freq_hz == 1000.0 and band.gain_param == 3
    assert band.gain_db == pytest.approx(10.0)
    assert eq_bands(Fx(1, "VST3: Pro-Q 3 (FabFilter)", True, params)) == []
