"""A cut of the top proposed on the master is answered from what was measured (session 11, "cards"): a part too
loud up top is "No, not the master" with its fader; a whole mix measured harsh is a yes with the master's EQ move
at the measured centre; a mix brighter than real mixes run gets a gentle master shelf; nothing bright is a no that
says what a cut would cost. Never general EQ knowledge."""

from __future__ import annotations

import dataclasses

from fakes.analyses import clean, tilted
from fakes.band_sessions import advise_rock, level_finding, metered_rock

from companion.context import Finding, FindingKind
from companion.listening.reference_curves import band_range_vs_mid
from model.band_remark import inside_real_range, real_range_words
from model.master_top_cut import proposes_top_cut

ASKS = (
    "should I cut the highs on the master bus?",
    "roll off the top on the master",
    "shelf down the highs on my mix bus",
)
TOPPY = {"sub": -40.0, "bass": -35.0, "low_mid": -30.0, "mid": -24.0, "high_mid": -18.0, "presence": -14.0,
         "air": -12.0}  # fmt: skip
LOWISH = {"sub": -20.0, "bass": -12.0, "low_mid": -16.0, "mid": -20.0, "high_mid": -28.0, "presence": -32.0,
          "air": -36.0}  # fmt: skip


def test_a_top_cut_on_the_master_is_told_from_other_questions():
    for q in (*ASKS, "should i put a high cut on the master?", "too much top, cut some on the 2 bus?"):
        assert proposes_top_cut(q), q
    for q in (
        "should I cut the highs on the vocal?",  # a part, not the master
        "should I boost the highs on the master?",  # a boost
        "is the master too loud?",
        "cut the lows on the mix bus?",
    ):
        assert not proposes_top_cut(q), q


def test_a_part_too_loud_up_top_is_not_the_master_and_its_fader_leads():
    hats = level_finding("Hats", "hi-hats", 10.0)
    bass = level_finding("Bass", "basses", 10.0)
    snap = metered_rock({"Hats": TOPPY, "Bass": LOWISH})
    for q in ASKS:
        advice = advise_rock(q, (bass, hats), snapshot=snap)
        assert advice.text.startswith("No, not the m"), (q, advice.text)
        assert "'Hats' sits about 10 dB louder" in advice.text.split(". ")[0], (q, advice.text)
        card = advice.suggestions[0]
        assert card.track == "Hats" and card.params["delta_db"] == -9.0, (q, card)
        assert "EQ makes room" not in advice.text
    # a part off at its fader that does not live up top is still what is off, not the master
    alone = advise_rock(ASKS[0], (bass,), snapshot=snap)
    assert alone.text.startswith("No, not the master bus: 'Bass' sits about 10 dB louder"), alone.text
    assert alone.suggestions[0].track == "Bass" and alone.suggestions[0].params["delta_db"] == -9.0


def test_a_whole_mix_measured_harsh_gets_the_master_eq_move_at_its_centre():
    harsh = Finding(FindingKind.HARSH, 0.6, "The mix is harsh: the upper mids (around 3.2 kHz) build up 6.0 dB.",
                    {"shape_center_hz": 3200.0, "range_hz": [2000, 5000]}, None)  # fmt: skip
    for q in ASKS:
        advice = advise_rock(q, (harsh,))
        assert advice.text.startswith("Yes, in the upper mids: the mix is harsh."), (q, advice.text)
        assert "On the master, dip 2 dB around 3.2 kHz (Q ~1)." in advice.text, advice.text
        card = advice.suggestions[0]
        assert card.track is None and card.params == {"freq_hz": 3200, "gain_db": -2.0, "q": 1.0}
    lean = dataclasses.replace(harsh, severity=0.4, summary="The mix leans a little harsh.")
    assert advise_rock(ASKS[0], (lean,)).text.startswith("A little, in the upper mids: the mix leans")


def test_a_mix_brighter_than_real_mixes_run_gets_a_gentle_master_shelf():
    bright = clean(**tilted({"air": 12.0}))
    assert inside_real_range(bright, "air") is False  # the premise: past the range real mixes use
    advice = advise_rock(ASKS[0], (), analysis=bright)
    dev = bright.balance_vs_target_db["air"]
    _, hi = band_range_vs_mid("all", "air")  # type: ignore[misc]
    past = bright.bands_db["air"] - bright.bands_db["mid"] - hi  # above its 90th percentile by this much
    assert (
        past > 0 and real_range_words(bright, "air") == f"outside the range real mixes use by {past:.1f} dB"
    )
    assert advice.text.startswith(
        f"A little: the whole mix's air band (6 kHz-20 kHz) is {dev:.1f} dB above the median real mix, outside "
        f"the range real mixes use by {past:.1f} dB."
    ), advice.text
    card = advice.suggestions[0]
    assert card.track is None and card.params["type"] == "high_shelf" and card.params["freq_hz"] == 6000
    assert -3.0 <= card.params["gain_db"] <= -1.0


def test_nothing_measured_bright_is_a_no_with_the_cost_of_a_cut_and_no_card():
    advice = advise_rock(ASKS[0], (), analysis=clean())
    assert advice.text.startswith("No, I wouldn't: nothing I measured says the mix is too bright"), (
        advice.text
    )
    assert "duller" in advice.text and not advice.suggestions
    assert "EQ makes room" not in advice.text and len(advice.text.split()) < 60
    dull = Finding(FindingKind.DULL, 0.6, "The mix is dull. The top end (5-16 kHz) falls 9.0 dB; act only if you "
                   "hear it.", {"range_hz": [5000, 16000]}, None)  # fmt: skip
    darker = advise_rock("roll off the top on the master", (dull,))
    assert darker.text.startswith("No, I wouldn't: the mix is dull. The top end (5-16 kHz) falls 9.0 dB."), (
        darker.text
    )
    assert "act only" not in darker.text and "duller" in darker.text and not darker.suggestions
