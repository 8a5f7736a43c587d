"""How to fix a mix heard as too bright (or too dark) follows where the analysis measures it: a top past the range
real mixes use gets a high shelf, an upper-mid build-up a bell there, a part too loud up top its fader; with nothing
measured too bright the answer says so with the top band's number and offers only a gentle move."""

from __future__ import annotations

import pytest
from fakes.analyses import clean, tilted
from fakes.band_sessions import advise_rock, level_finding, metered_rock

from companion.context import Finding, FindingKind
from model.band_remark import inside_real_range

HARSH = Finding(FindingKind.HARSH, 0.45, "The mix leans a little harsh. The upper mids (around 3.2 kHz): a build-up "
                "of 6.0 dB; act only if you hear it.", {"shape_center_hz": 3200.0, "range_hz": [2000, 5000]},
                None)  # fmt: skip
TOPPY = {"sub": -40.0, "bass": -35.0, "low_mid": -30.0, "mid": -24.0, "high_mid": -18.0, "presence": -14.0,
         "air": -12.0}  # fmt: skip
LOWISH = {"sub": -20.0, "bass": -12.0, "low_mid": -16.0, "mid": -20.0, "high_mid": -28.0, "presence": -32.0,
          "air": -36.0}  # fmt: skip
ASKS = ("mix is way too bright, how do I fix it", "too much top end, how do I tame it?", "it's piercing")


@pytest.mark.parametrize("asked", ASKS)
def test_a_top_past_the_real_range_gets_a_high_shelf_not_an_upper_mid_dip(asked):
    a = clean(**tilted({"air": 12.0}))
    assert inside_real_range(a, "air") is False  # the premise
    advice = advise_rock(asked, (), analysis=a)
    assert advice.text.startswith("The excess is up top: the whole mix's air band"), advice.text
    card = advice.suggestions[0]
    assert card.track is None and card.params["type"] == "high_shelf" and card.params["gain_db"] < 0, card


@pytest.mark.parametrize("asked", ASKS)
def test_an_upper_mid_build_up_gets_a_bell_there(asked):
    a = clean(**tilted({"air": 3.0}))
    advice = advise_rock(asked, (HARSH,), analysis=a)
    assert advice.text.startswith("It's in the upper mids (2-5 kHz), not the top"), advice.text
    assert "air band (6 kHz-20 kHz) is" in advice.text
    card = advice.suggestions[0]
    assert "type" not in card.params and 2000 <= card.params["freq_hz"] <= 5000 and card.params["gain_db"] < 0


@pytest.mark.parametrize("asked", ASKS)
def test_nothing_measured_too_bright_is_said_with_the_number_and_a_gentle_move(asked):
    a = clean(**tilted({"air": 3.0}))
    dev = a.balance_vs_target_db["air"]
    advice = advise_rock(asked, (), analysis=a)
    assert advice.text.startswith(f"Nothing measures too bright: the whole mix's air band (6 kHz-20 kHz) is "
                                  f"{dev:.1f} dB above the median real mix"), advice.text  # fmt: skip
    (card,) = advice.suggestions
    assert card.params == {"type": "high_shelf", "freq_hz": 6000, "gain_db": -1.0}


def test_a_part_too_loud_up_top_is_its_fader_first():
    hats = level_finding("Hats", "hi-hats", 10.0)
    advice = advise_rock(ASKS[0], (hats,), snapshot=metered_rock({"Hats": TOPPY, "Bass": LOWISH}))
    assert advice.text.startswith("Start at a fader: 'Hats' sits about 10 dB louder"), advice.text
    assert advice.suggestions[0].track == "Hats" and advice.suggestions[0].params["delta_db"] < 0


def test_too_dark_with_the_top_under_the_real_range_gets_a_shelf_up():
    a = clean(**tilted({"air": -30.0}))
    assert inside_real_range(a, "air") is False  # the premise
    advice = advise_rock("it sounds too dark, how do I fix that?", (), analysis=a)
    assert advice.text.startswith("The lack is up top: the whole mix's air band"), advice.text
    card = advice.suggestions[0]
    assert card.params["type"] == "high_shelf" and card.params["gain_db"] > 0


def test_too_dark_with_plenty_up_top_says_so_and_lifts_nothing():
    a = clean(**tilted({"air": 4.0}))
    advice = advise_rock("it sounds too dark, how do I fix that?", (), analysis=a)
    assert advice.text.startswith("Nothing measures too dark up top:"), advice.text
    assert "I'd not lift the top" in advice.text and not advice.suggestions


def test_too_dark_with_a_top_part_too_quiet_is_its_fader_first():
    hats = level_finding("Hats", "hi-hats", -10.0)
    snap = metered_rock({"Hats": TOPPY, "Bass": LOWISH})
    advice = advise_rock("mix feels dull, like it's missing top end. what do i do", (hats,), snapshot=snap)
    assert advice.text.startswith("Start at a fader: 'Hats' sits about 10 dB quieter"), advice.text
    assert advice.suggestions[0].track == "Hats" and advice.suggestions[0].params["delta_db"] > 0


def test_a_yes_no_asked_without_its_question_mark_is_not_a_fix():
    a = clean(**tilted({"air": 3.0}))
    advice = advise_rock("is the high end way too much", (), analysis=a)
    assert not advice.text.startswith("Nothing measures too bright"), advice.text


def test_nothing_too_bright_with_less_top_than_the_median_offers_no_cut():
    a = clean(**tilted({"air": -6.0}))
    assert a.balance_vs_target_db["air"] < -1.5 and inside_real_range(a, "air")  # the premise
    advice = advise_rock(ASKS[0], (), analysis=a)
    assert advice.text.startswith("Nothing measures too bright:"), advice.text
    assert "I'd not cut the top" in advice.text and not advice.suggestions
