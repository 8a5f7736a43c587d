"""Whole-mix sound words: a tone how-to that nothing measured confirms still gets its move ("less boxy", "less
boomy" with the lows already lean: why no broad cut, and the narrow move); a whole-mix vibe ("more polished",
"vintage", "lofi", "boring", "plasticky") gets its craft on the mix; the mids asked about ("mid-heavy?", "too
scooped?") are judged on the mid band; "washy" of a cymbal is not reverb; a how-to whose complaint is measured as
a remark leads with it; "clanky" is harsh; a bare "less X" is a wish."""

from __future__ import annotations

import dataclasses

import pytest
from fakes.analyses import clean
from fakes.band_sessions import advise_rock, level_finding

from companion.context import Finding, FindingKind
from model.cymbal_wash import cymbal_wash
from model.intent import Wants, classify
from model.intent_wish import wish
from model.mid_band import _side
from model.vibe_craft import vibe_of

FLAT = {"sub": 0.0, "bass": 0.0, "low_mid": 0.0, "mid": 0.0, "high_mid": 0.0, "presence": 0.0, "air": 0.0}


def _balanced(**devs: float):
    """The clean analysis with some bands moved against the median real mix (dB)."""
    return clean(balance_vs_target_db={**FLAT, **devs})


def test_a_boxy_how_to_measured_fine_gets_the_swept_cut_on_the_guitars_and_keys() -> None:
    ans = advise_rock("how do i make the mix less boxy")
    assert not ans.text.startswith("No:"), ans.text
    assert "sweep a narrow boost through 400 Hz-1 kHz" in ans.text
    cards = [(s.track, s.params["freq_hz"], s.params["gain_db"]) for s in ans.suggestions]
    assert cards[:3] == [("Gtr L", 600, -2.5), ("Gtr R", 600, -2.5), ("Keys", 600, -2.5)]


def test_a_boxy_how_to_on_a_mix_already_short_of_mids_gets_no_cut() -> None:
    ans = advise_rock("how do i make the mix less boxy", analysis=_balanced(mid=-2.0))
    assert not any(s.params.get("gain_db", 0) < 0 for s in ans.suggestions), ans.text


def test_less_boomy_with_the_lows_already_lean_says_why_no_cut_and_the_narrow_move() -> None:
    ans = advise_rock("less boomy", analysis=_balanced(bass=-2.6))
    assert "bass band (60-250 Hz) is already 2.6 dB below the median real mix, so no broad cut" in ans.text
    assert "sweep a narrow boost (Q ~4) through 60-250 Hz" in ans.text
    assert not ans.suggestions


def test_less_muddy_as_a_bare_fragment_is_a_how_to_with_its_gentle_move() -> None:
    assert classify("less muddy").wants == Wants.HOW_TO
    ans = advise_rock("less muddy")
    assert "go gently" in ans.text and ans.suggestions[0].action == "high_pass"


@pytest.mark.parametrize(
    ("text", "wished"),
    [("less boomy", True), ("a bit less boxy pls", True), ("more punch!", True), ("less boomy?", False),
     ("is it less boomy now?", False)],
)  # fmt: skip
def test_a_bare_less_or_more_fragment_is_a_wish_but_not_a_question(text: str, wished: bool) -> None:
    assert wish(text) is wished


@pytest.mark.parametrize(
    ("question", "vibe"),
    [("how do I make it more polished", "polished"), ("how do i make it sound more radio ready", "polished"),
     ("make it more lofi", "lofi"), ("lo-fi vintage vibe pls", "lofi"), ("how do i get a vintage sound", "vintage"),
     ("mix sounds boring, how do i fix it", "boring"), ("mix sounds lifeless, why?", "boring"),
     ("how do i make it less plasticky", "plasticky"), ("mix sounds sterile", "plasticky"), ("is it muddy?", None)],
)  # fmt: skip
def test_vibe_words_are_read(question: str, vibe: str | None) -> None:
    found = vibe_of(question)
    assert (found.name if found else None) == vibe


def test_polish_gets_the_glue_and_finish_craft_with_the_mix_loudness() -> None:
    ans = advise_rock("how do I make it more polished")
    assert "bus compressor on the master, 2:1" in ans.text
    assert "You're at -14.2 LUFS integrated with the true peak at -1.2 dBTP now" in ans.text
    assert len(ans.text.split()) <= 120


def test_a_vibe_how_to_leads_with_a_part_measured_off() -> None:
    ans = advise_rock("how do i get a vintage sound", (level_finding("Lead Vox", "lead vocals", -8.0),))
    assert "First fix what stands out: 'Lead Vox'" in ans.text
    assert "saturator" in ans.text
    assert ans.suggestions[0].track == "Lead Vox" and ans.suggestions[0].params["delta_db"] > 0


def test_boring_names_the_dynamics_measured() -> None:
    squashed = advise_rock("mix sounds boring, how do i fix it", analysis=clean(plr_db=6.0))
    assert "a 6 dB peak-to-loudness ratio is squashed" in squashed.text
    open_ = advise_rock("mix sounds boring, how do i fix it")
    assert "Your 13 dB peak-to-loudness ratio says it isn't squashed" in open_.text


def test_a_vibe_asked_as_a_yes_no_is_never_a_bare_yes() -> None:
    ans = advise_rock("is my mix boring?")
    assert ans.text.startswith("Not something a meter can call yes or no"), ans.text


@pytest.mark.parametrize(
    ("question", "side"),
    [("is it mid-heavy?", 1), ("too much mids in the mix?", 1), ("sounds midrangey", 1), ("is the mix too scooped?", -1),
     ("not enough mids?", -1), ("how do i get more mids", -1), ("i scooped the mids, better?", None),
     ("is the bass too loud?", None)],
)  # fmt: skip
def test_the_mids_asked_about_and_which_way(question: str, side: int | None) -> None:
    assert _side(question) == side


@pytest.mark.parametrize(
    ("question", "mid_db", "opening"),
    [("is it mid-heavy?", 0.4, "No: the whole mix's mid band (500 Hz-2 kHz) is right about the median real mix."),
     ("is it mid-heavy?", 2.0, "A little: the whole mix's mid band (500 Hz-2 kHz) is 2.0 dB above the median real mix"),
     ("is it mid-heavy?", 4.5, "Yes: the whole mix's mid band (500 Hz-2 kHz) is 4.5 dB above the median real mix"),
     ("is the mix too scooped?", -3.5, "Yes: the whole mix's mid band (500 Hz-2 kHz) is 3.5 dB below the median real mix"),
     ("is the mix too scooped?", 2.0, "No: the whole mix's mid band (500 Hz-2 kHz) is 2.0 dB above the median real mix")],
)  # fmt: skip
def test_the_mids_are_judged_on_the_mid_band(question: str, mid_db: float, opening: str) -> None:
    ans = advise_rock(question, analysis=_balanced(mid=mid_db))
    assert ans.text.startswith(opening), ans.text


def test_mid_heavy_with_the_mids_over_gets_a_broad_dip_on_the_parts_that_fill_them() -> None:
    ans = advise_rock("is it mid-heavy?", analysis=_balanced(mid=4.5))
    assert [(s.track, s.params["freq_hz"], s.params["gain_db"]) for s in ans.suggestions][:1] == [
        ("Gtr L", 800, -2.0)
    ]


def test_mid_heavy_with_the_mids_fine_names_the_part_off_instead() -> None:
    ans = advise_rock("is it mid-heavy?", (level_finding("Lead Vox", "lead vocals", -8.0),))
    assert ans.text.startswith("No:") and "What does stand out: 'Lead Vox'" in ans.text, ans.text


def test_more_mids_wished_with_the_mids_already_over_is_the_other_way() -> None:
    ans = advise_rock("how do i get more mids", analysis=_balanced(mid=2.5))
    assert ans.text.startswith("By the numbers it's the other way"), ans.text
    assert not ans.suggestions


@pytest.mark.parametrize(
    ("question", "wash"),
    [("ride cymbal is way too washy", True), ("the cymbals sound washy", True), ("crash is washy, too much reverb?", False),
     ("the vocal sounds washy", False)],
)  # fmt: skip
def test_washy_of_a_cymbal_is_its_own_wash_not_reverb(question: str, wash: bool) -> None:
    assert cymbal_wash(question) is wash


def test_a_washy_ride_is_not_answered_about_reverb() -> None:
    ans = advise_rock("ride cymbal is way too washy")
    assert "reverb" not in ans.text.lower(), ans.text
    assert advise_rock("the vocal sounds too washy").text.lower().count("reverb") >= 1


def test_a_how_to_with_its_complaint_only_a_remark_leads_with_that_remark() -> None:
    thin = Finding(FindingKind.THIN, 0.28, "The low end (below 160 Hz): 6.4 dB lighter, like a low cut. Small.",
                   {"band": "bass"})  # fmt: skip
    dull = Finding(FindingKind.DULL, 0.3, "The mix leans a little dull. The top end: falling 13.6 dB per octave.",
                   {"lean": True})  # fmt: skip
    ans = advise_rock("mix sounds wimpy, how do i fix it", (thin, dull), analysis=_balanced(bass=-3.5))
    assert ans.text.startswith("A little, by the numbers: the low end (below 160 Hz)"), ans.text
    assert ans.suggestions[0].track == "Bass" and ans.suggestions[0].params["delta_db"] == 2.0


@pytest.mark.parametrize("question", ["the mix sounds clanky", "piano is so clangy"])
def test_clanky_is_a_harsh_word(question: str) -> None:
    assert classify(question).complaint == "harsh"


@pytest.mark.parametrize("question", ["is the mix too bassy?", "mix feels kinda bassy"])
def test_bassy_is_a_boomy_word(question: str) -> None:
    assert classify(question).complaint == "boomy"


def test_amateur_and_cheap_ask_for_polish() -> None:
    for question in ("how do i make it sound less amateur", "mix sounds cheap, how do i fix it"):
        found = vibe_of(question)
        assert found is not None and found.name == "polished"


def test_boxy_move_is_the_swept_cut_with_real_numbers() -> None:
    from fakes.band_sessions import context, rock_snapshot

    from model.boxy_by_ear import boxy_move
    from model.session_view import SessionView

    ctx = context("less boxy", rock_snapshot(), _balanced(mid=0.5))
    move = boxy_move(ctx, SessionView(rock_snapshot()))
    assert move is not None and "dip 2.5 dB there (start around 600 Hz, Q ~2)" in move.try_text
    assert boxy_move(dataclasses.replace(ctx, analysis=None), SessionView(rock_snapshot())) is None
