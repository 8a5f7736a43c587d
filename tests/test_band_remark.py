"""The whole mix's band remarks (``model.band_remark``): a band above the median real mix but inside the range
real mixes occupy says so instead of reading like a fault, and no remark goes against a whole-mix tonal verdict of
the opposite sense that covers its band (a mix leaning dull is never also said to have its air band above
typical)."""

from __future__ import annotations

import math

import pytest
from fakes.analyses import clean

from companion.context import Finding, FindingKind, MixContext
from companion.listening.reference_curves import band_range_vs_mid
from model.band_remark import (
    band_level_words,
    contradicting_verdict,
    inside_real_range,
    range_words,
    real_range_words,
)
from model.evidence import area_remark

# the folk demo session's measured bands (dB against the whole) and its balance against the median real mix
FOLK_BANDS = {"sub": -14.8, "bass": -6.4, "low_mid": -6.9, "mid": -3.1, "high_mid": -15.1, "presence": -22.9,
              "air": -20.6}  # fmt: skip
FOLK_BALANCE = {
    "sub": -1.6,
    "bass": -3.5,
    "low_mid": 0.0,
    "mid": 3.6,
    "high_mid": 1.5,
    "presence": 2.2,
    "air": 7.8,
}
DULL_LEAN = Finding(
    FindingKind.DULL,
    0.3,
    "The mix leans a little dull. The top end (4.5-10 kHz): falling 13.6 dB per octave, like a low-pass filter's "
    "slope, against the usual shape of 122 real mixes we measured, more than 7 in 10 of them; act only if you hear it.",
    {"range_hz": [4500.0, 11300.0]},
)


def _folk(**bands: float):
    return clean(bands_db={**FOLK_BANDS, **bands}, balance_vs_target_db=dict(FOLK_BALANCE))


def test_the_range_real_mixes_use_is_the_families_10th_to_90th_percentile_against_the_mids():
    assert band_range_vs_mid("all", "air") == (-34.03, -7.67)
    assert band_range_vs_mid("popular", "bass") == (-4.81, 6.93)
    assert band_range_vs_mid("all", "mid") is None  # the yardstick itself has no spread
    # a clip measured only up to 16 kHz: the air band's share of power below the cut, as the median is cut
    lo, hi = band_range_vs_mid("all", "air", top_hz=16000.0)  # type: ignore[misc]
    cut = 10.0 * math.log10(math.log2(16000.0 / 6000.0) / math.log2(20000.0 / 6000.0))
    assert (
        lo == pytest.approx(-34.03 + cut)
        and hi == pytest.approx(-7.67 + cut)
        and cut == pytest.approx(-0.890, abs=1e-3)
    )


def test_a_band_above_the_median_can_still_be_inside_the_range_of_real_mixes():
    a = _folk()
    assert inside_real_range(a, "air") is True  # -17.5 dB against the mids, inside -34.03 .. -7.67
    # -3.3 dB against the mids, under the 10th percentile (-2.18)
    assert inside_real_range(a, "bass") is False
    assert inside_real_range(a, "mid") is None
    loud_air = _folk(air=-9.0)  # -5.9 dB against the mids: past the 90th (-7.67)
    assert inside_real_range(loud_air, "air") is False


def test_band_words_keep_the_measured_number_and_say_where_it_stands():
    inside = "inside the range real mixes use"
    assert (
        band_level_words(7.8, inside) == "7.8 dB above the median real mix, inside the range real mixes use"
    )
    assert (
        band_level_words(7.8, "outside the range real mixes use by 1.2 dB")
        == "7.8 dB above the median real mix, outside the range real mixes use by 1.2 dB"
    )
    assert (
        band_level_words(-2.6, None) == "2.6 dB below the median real mix"
    )  # the mid band: no range of its own
    assert band_level_words(0.4, inside) == "right about the median real mix"


def test_every_route_words_a_band_against_the_real_range_the_same_way():
    """The folk session's bass band sits -3.3 dB against the mids, under the 10th percentile of 'all' (-2.18 dB):
    it is said outside the range by the distance to that edge, never "above/below typical"."""
    a = _folk()
    assert band_range_vs_mid("all", "bass")[0] == pytest.approx(-2.18)  # type: ignore[index]
    assert real_range_words(a, "air") == "inside the range real mixes use"
    assert real_range_words(a, "bass") == "outside the range real mixes use by 1.1 dB"
    assert real_range_words(a, "mid") is None  # the yardstick itself
    al = area_remark(MixContext("the upright sounds boomy", None, None, a, ()), "bass", "boomy")
    assert al is not None and al.band == "bass" and al.deviation_db == -3.5
    assert al.says("bass") == (
        "where the bass's weight sits, the whole mix's bass band (60 Hz-250 Hz) is 3.5 dB below the median real "
        "mix, outside the range real mixes use by 1.1 dB"
    )


def test_a_remark_against_a_verdict_of_the_other_sense_over_its_band_is_found():
    assert contradicting_verdict((DULL_LEAN,), "air", 7.8) is DULL_LEAN
    assert contradicting_verdict((DULL_LEAN,), "presence", 2.2) is DULL_LEAN  # 4-6 kHz overlaps 4.5-11.3 kHz
    assert contradicting_verdict((DULL_LEAN,), "air", -3.0) is None  # below typical agrees with dull
    assert contradicting_verdict((DULL_LEAN,), "bass", 3.0) is None  # not the band the verdict covers
    assert contradicting_verdict((DULL_LEAN,), "air", 0.6) is None  # "right about typical": no sense
    harsh = Finding(FindingKind.HARSH, 0.47, "The mix leans a little harsh.", {"range_hz": [2000.0, 5000.0]})
    boomy = Finding(FindingKind.BOOMY, 0.32, "The mix leans a little boomy.", {"range_hz": [20.0, 160.0]})
    assert contradicting_verdict((harsh,), "high_mid", -1.3) is harsh
    assert contradicting_verdict((harsh,), "high_mid", 7.1) is None
    assert contradicting_verdict((boomy,), "bass", -2.0) is boomy
    muddy_no_range = Finding(FindingKind.MUDDY, 0.5, "Muddy.", {})  # where its kind lives: 160-500 Hz
    assert contradicting_verdict((muddy_no_range,), "low_mid", -2.0) is muddy_no_range
    on_a_track = Finding(FindingKind.DULL, 0.5, "Dull.", {"range_hz": [4500.0, 11300.0]}, track="Fiddle")
    assert contradicting_verdict((on_a_track,), "air", 7.8) is None  # the remark is the whole mix's


def test_the_area_remark_says_inside_the_range_and_is_dropped_under_a_dull_verdict():
    a = _folk()
    al = area_remark(MixContext("is the vocal bright enough?", None, None, a, ()), "lead_vocal", "dull")
    assert al is not None and al.band == "air" and al.deviation_db == 7.8
    assert al.says("lead_vocal").endswith(
        "the whole mix's air band (6 kHz-20 kHz) is 7.8 dB above the median real mix, inside the range real mixes use"
    )
    assert (
        area_remark(
            MixContext("is the vocal bright enough?", None, None, a, (DULL_LEAN,)), "lead_vocal", "dull"
        )
        is None
    )


def test_a_band_a_hair_outside_the_range_is_at_its_edge_never_outside_by_nothing() -> None:
    """The folk bass band put 0.02 dB under the 10th percentile (-2.18 dB against the mids) says as 0.0 dB: it is
    "at the edge of the range", and 0.12 dB under it still says outside, by 0.1 dB."""
    assert range_words(-2.2, -2.18, 6.0) == "at the edge of the range real mixes use"
    assert range_words(6.04, -2.18, 6.0) == "at the edge of the range real mixes use"
    assert range_words(-2.3, -2.18, 6.0) == "outside the range real mixes use by 0.1 dB"
    edge = _folk(bass=FOLK_BANDS["mid"] - 2.2)
    assert real_range_words(edge, "bass") == "at the edge of the range real mixes use"
    assert band_level_words(-3.5, real_range_words(edge, "bass")) == (
        "3.5 dB below the median real mix, at the edge of the range real mixes use"
    )
