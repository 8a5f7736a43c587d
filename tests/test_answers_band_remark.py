"""Band remarks and tonal verdicts in the answers about a part: a mix leaning dull is never also said to have its
air band above typical, and a lift the verdict calls for is not blocked by that band's level against the median
song; a band above the median but inside the range real mixes use says so. And a tone how-to on a part whose level
sits inside the range real mixes use ("I'd leave it") gets the tone's move, not a fader nudge."""

from __future__ import annotations

from fakes.analyses import clean
from fakes.band_sessions import advise_rock
from test_band_remark import DULL_LEAN

from companion.context import Finding, FindingKind
from model.band_remark import contradicting_verdict

# the folk demo session's measured bands and balance: its air band 7.8 dB above the median real mix, inside the range
FOLK = clean(
    bands_db={"sub": -14.8, "bass": -6.4, "low_mid": -6.9, "mid": -3.1, "high_mid": -15.1, "presence": -22.9,
              "air": -20.6},
    balance_vs_target_db={"sub": -1.6, "bass": -3.5, "low_mid": 0.0, "mid": 3.6, "high_mid": 1.5, "presence": 2.2,
                          "air": 7.8},
)  # fmt: skip
AIR_ABOVE = "air band (6 kHz-20 kHz) is 7.8 dB above"


def test_a_dull_lean_is_never_answered_with_the_air_band_above_typical_and_its_lift_goes_on_the_part():
    ans = advise_rock("the hats sound dull", (DULL_LEAN,), analysis=FOLK)
    assert "The mix leans a little dull." in ans.text and AIR_ABOVE not in ans.text, ans.text
    first = ans.suggestions[0]
    assert first.action == "eq_band" and first.track == "Hats", ans.suggestions
    assert first.params["gain_db"] == 2.5 and first.params["freq_hz"] == 11300  # its sizzle range, 8-16 kHz


def test_without_a_verdict_the_band_above_the_median_says_it_is_inside_the_range_and_no_lift_piles_on():
    ans = advise_rock("the hats sound dull", analysis=FOLK)
    assert f"{AIR_ABOVE} the median real mix, inside the range real mixes use" in ans.text, ans.text
    assert "typical" not in ans.text and not ans.suggestions, ans.text


def test_a_tone_how_to_with_the_level_inside_the_range_gets_the_tone_move_not_the_fader():
    remark = Finding(
        FindingKind.TRACK_TOO_LOUD,
        0.06,
        "'Lead Vox' sits about 3 dB louder against the rest of your tracks than lead vocals do in 46 well-rated "
        "real mixes (MixologyDB).",
        {"deviation_db": 3.0, "typical_spread_db": [-4.0, 5.0], "suggested_delta_db": -1.0, "fader_db": 0.0},
        track="Lead Vox",
    )
    ans = advise_rock("the lead vox sounds a bit harsh", (remark,))
    assert not any(s.action == "nudge_volume_db" for s in ans.suggestions), ans.text
    first = ans.suggestions[0]
    assert first.action == "eq_band" and first.track == "Lead Vox" and first.params["gain_db"] == -2.5, (
        ans.text
    )
    # a complaint said as a statement: what was measured first, the by-ear dip offered as a try
    assert ans.text.startswith("Nothing I measured says 'Lead Vox' is harsh."), ans.text
    assert "If you still hear it: on 'Lead Vox', dip 2.5 dB around 3 kHz" in ans.text, ans.text


def test_a_verdict_contradicts_a_band_remark_only_where_its_centre_lies():
    muddy = Finding(FindingKind.MUDDY, 0.04, "mud", {"shape_center_hz": 315, "range_hz": [180.0, 500.0]})
    boomy = Finding(FindingKind.BOOMY, 0.4, "boom", {"shape_center_hz": 100, "range_hz": [20.0, 160.0]})
    # "the bass band (60-250 Hz) is 2.3 dB below the median": a bell at 315 Hz only grazes that band
    assert contradicting_verdict((muddy,), "bass", -2.3) is None
    assert contradicting_verdict((muddy, boomy), "bass", -2.3) is boomy
    assert contradicting_verdict((muddy,), "low_mid", -2.3) is muddy
