"""The readings an ordinary build-up moves have problem and clear points of their own (``RECALL_POINTS``): an EQ
boost of the issue's size on a real mix's usual shape is named, and on a mix already leaning there it makes a
clear problem. Synthetic third-octave curves built on the packaged no-genre model, so every number is exact."""

from __future__ import annotations

import copy
import math

import numpy as np
import pytest

from companion.context import FindingKind
from companion.listening.reference_curves import _table, severity_mapping, shape_model, stat_percentiles
from companion.listening.reference_fit import OWN_MAPPING_STATS, RECALL_FAMILY, RECALL_POINTS, mapping_row
from companion.listening.tonal import CENTERS_HZ, tonal_profile
from companion.listening.tonal_judge import judge_profile, knots
from companion.listening.tonal_shapes import SHAPE_BAND_COUNT, SHAPES, bell_response, shelf_response

BUILD_UPS = {
    "low_shelf_db": (FindingKind.BOOMY, lambda: 8.0 * shelf_response(100.0, high=False)),  # shelf +8 dB
    "upper_mid_bell_db": (
        FindingKind.HARSH,
        lambda: 6.0 * bell_response(3500.0),
    ),  # bell +6 dB at 3.5 kHz, Q 1
}


def _curve(stat: str, gain_db: float, plant: np.ndarray | None = None) -> np.ndarray:
    """The no-genre model's median curve carrying ``gain_db`` of ``stat``'s own shape (and ``plant``), with the
    bands above the fitted ones unmeasured."""
    model = shape_model("all")
    curve = model.mean_db + gain_db * SHAPES[stat].sign * SHAPES[stat].template
    if plant is not None:
        curve = curve + plant
    return np.concatenate([curve, np.full(CENTERS_HZ.size - SHAPE_BAND_COUNT, math.nan)])


def _severity(curve: np.ndarray, kind: FindingKind, table: dict | None = None) -> float:
    found = {v.kind: v.severity for v in judge_profile(tonal_profile(curve), "all", table)}
    return found.get(kind, 0.0)


def _old_points() -> dict:
    """The packaged data with the shapes back on the shared cross-validated pair (before RECALL_POINTS)."""
    table = copy.deepcopy(_table())
    table["severity_mapping"].pop("per_family_stat")
    return table


def test_the_packaged_mapping_and_the_calibration_carry_the_recall_points() -> None:
    """Against the no-genre range the recall points; against a named family (and for the other readings) the
    cross-validated pair; the calibration writes both."""
    for stat, (problem_at, clear_past_p90) in RECALL_POINTS.items():
        mapping = severity_mapping(None, stat, RECALL_FAMILY)
        assert (mapping.problem_at, mapping.clear_past_p90) == (problem_at, clear_past_p90)
        for family in ("percussive", "sparse", "popular", None):
            assert (
                severity_mapping(None, stat, family).problem_at,
                severity_mapping(None, stat, family).clear_past_p90,
            ) == (80, 1.0)
    row = mapping_row((80, 1.0), (70, 2.0))
    assert set(row["per_stat"]) == set(OWN_MAPPING_STATS)
    assert row["per_family_stat"] == {
        "all": {
            "low_shelf_db": {"problem_at": 70, "clear_past_p90": 0.4},
            "upper_mid_bell_db": {"problem_at": 70, "clear_past_p90": 0.8},
        }
    }
    for stat in ("low_mid_bell_db", "low_cut_db", "high_cut_db"):  # the cross-validated pair for the rest
        assert (
            severity_mapping(None, stat, "all").problem_at,
            severity_mapping(None, stat, "all").clear_past_p90,
        ) == (
            80,
            1.0,
        )


@pytest.mark.parametrize("stat", ["low_shelf_db"])
def test_a_build_up_on_a_mix_leaning_there_is_a_clear_problem(stat: str) -> None:
    """A mix exactly at the problem point (0.3) given a +8 dB low shelf reads >= 0.5: the clear point sits no
    further past the problem point than such a boost moves the reading (7.8 dB: 0.50); with the shared pair (p80,
    clear 1.0 of p50-p90 past p90) it rose less than 0.2 (to 0.46): still a lean."""
    kind, plant = BUILD_UPS[stat]
    at = knots(stat_percentiles("all", stat), severity_mapping(None, stat, "all"))  # type: ignore[arg-type]
    leaning = _curve(stat, at.problem_db)
    assert _severity(leaning, kind) == pytest.approx(0.3, abs=0.01)
    planted = _curve(stat, at.problem_db, plant())
    assert _severity(planted, kind) >= 0.5 - 1e-9
    old = _old_points()
    old_at = knots(stat_percentiles("all", stat, old), severity_mapping(old, stat, "all"))  # type: ignore[arg-type]
    assert _severity(_curve(stat, old_at.problem_db, plant()), kind, old) < 0.48  # rose under 0.2


@pytest.mark.parametrize("stat", list(BUILD_UPS))
def test_a_build_up_on_the_usual_shape_is_named_and_the_usual_shape_is_not(stat: str) -> None:
    """The median real mix reads no verdict of the kind; the same mix with the issue's boost reads a lean or
    more (the shelf: 0.32, 0.19 with the old p80 point; the bell: 0.34, 0.31 before)."""
    kind, plant = BUILD_UPS[stat]
    assert _severity(_curve(stat, 0.0), kind) < 0.3
    assert _severity(_curve(stat, 0.0, plant()), kind) >= 0.3


def test_an_upper_mid_bump_is_a_lean_from_p70_and_a_bright_clean_rock_mix_stays_one() -> None:
    """The 3.2 kHz bell's problem point is the no-genre range's p70 (4.34 dB), so a +5 dB bump on the usual
    shape is named (0.31; under 0.3 with the shared p80 point, 5.25 dB); its clear point stays where a clean
    rock session rendered from real samples (+9.2 to +10.5 dB there, ``benchmarks/sessions.py``) reads a lean,
    not a fault: 11.7 dB (p90 + 0.8 of p50-p90)."""
    at = knots(
        stat_percentiles("all", "upper_mid_bell_db"), severity_mapping(None, "upper_mid_bell_db", "all")
    )  # type: ignore[arg-type]
    assert at.problem_db == pytest.approx(4.34, abs=0.01) and at.clear_db == pytest.approx(11.71, abs=0.01)
    bump = _curve("upper_mid_bell_db", 5.0)
    assert 0.3 <= _severity(bump, FindingKind.HARSH) < 0.35
    assert _severity(bump, FindingKind.HARSH, _old_points()) < 0.3
    for rock_db in (9.2, 10.5):
        assert 0.4 < _severity(_curve("upper_mid_bell_db", rock_db), FindingKind.HARSH) < 0.5


def test_the_more_of_a_build_up_the_more_severe() -> None:
    """Severity never falls as a low shelf at 100 Hz grows (the points only move where it rises): 0 up to +4 dB,
    0.32 at +8, 0.54 at +16."""
    severities = [_severity(_curve("low_shelf_db", 0.0, g * shelf_response(100.0, high=False)), FindingKind.BOOMY)
                  for g in (0.0, 2.0, 4.0, 6.0, 8.0, 10.0, 12.0, 16.0)]  # fmt: skip
    assert severities == sorted(severities) and severities[2] == 0.0 and severities[-1] >= 0.5
