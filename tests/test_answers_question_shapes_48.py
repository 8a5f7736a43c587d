"""Whole-mix sound words and moves on the master: two tone words asked at once each get a verdict ("muddy and harsh
at once?"); "does it sound lofi?" is judged on the mix's band limits, not answered with the recipe; a band move on
the master reported with no clip before ("scooped the mids on the master, better?") is judged on that band now;
"hollow" reads as scooped mids; "phasey" is judged on the channels' correlation; "washy" and "too much reverb on
the mix" on the session's reverbs; "glassy" is harsh, "crunchy" on the master is clipping, "flat" the dynamics."""

from __future__ import annotations

import pytest
from fakes.analyses import clean, tilted
from fakes.band_sessions import advise_rock, level_finding

from companion.context import Finding, FindingKind, StereoImage
from model.band_move_check import MOVE
from model.intent import classify
from model.mid_band import SCOOPED
from model.mix_sound_words import mix_only_complaint
from model.phase_word import PHASEY
from model.two_tones import tones_said


def harsh(severity: float = 0.45) -> Finding:
    """A whole-mix harsh lean as the diagnosis words it: a build-up around 3.2 kHz."""
    return Finding(
        FindingKind.HARSH,
        severity,
        "The mix leans a little harsh. The upper mids (around 3.2 kHz): a build-up of 10.5 dB, like a broad EQ "
        "boost there.",
        {"range_hz": [2000.0, 5000.0], "deviation_db": 10.5, "shape_center_hz": 3175.0},
    )


def dull(severity: float = 0.4) -> Finding:
    return Finding(
        FindingKind.DULL,
        severity,
        "The mix leans a little dull. The top end (4.5-10 kHz): falling 13.6 dB per octave.",
        {"range_hz": [4500.0, 10000.0]},
    )


def boomy(severity: float = 0.45) -> Finding:
    return Finding(
        FindingKind.BOOMY,
        severity,
        "The mix leans a little boomy. The low end (below 100 Hz): 7.8 dB heavier, like a low-shelf boost.",
        {"range_hz": [50.0, 100.0], "deviation_db": 7.8},
    )


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("is it muddy and harsh at the same time?", ["muddy", "harsh"]),
        ("muddy n harsh at once", ["muddy", "harsh"]),
        ("the mix sounds thin and dull", ["thin", "dull"]),
        ("is the mix harsh?", ["harsh"]),
    ],
)
def test_tone_words_are_found_in_the_order_said(question: str, said: list[str]) -> None:
    assert tones_said(question) == said


def test_muddy_and_harsh_each_get_a_verdict_with_the_harsh_move() -> None:
    advice = advise_rock("is it muddy and harsh at the same time?", findings=(harsh(),))
    assert advice.text.startswith("Muddy? No: nothing in the low-mids (160-500 Hz)"), advice.text
    assert "Harsh? " in advice.text and "3.2 kHz" in advice.text and "10.5 dB" in advice.text
    assert any(s.params.get("freq_hz") == 3000 for s in advice.suggestions)


def test_lofi_yes_no_on_a_full_range_mix_is_no_with_the_air_band() -> None:
    advice = advise_rock("does it sound lofi?", analysis=clean(**tilted({"air": 3.0})))
    assert advice.text.startswith("No: it's full-range"), advice.text
    assert "air band (6 kHz-20 kHz) is 2.9 dB above the median" in advice.text
    assert "Not something a meter" not in advice.text


def test_lofi_yes_no_on_a_rolled_off_top_is_a_little() -> None:
    advice = advise_rock("does it sound lofi?", findings=(dull(),))
    assert advice.text.startswith("A little, it leans that way: the mix leans a little dull"), advice.text
    assert "13.6 dB per octave" in advice.text


def test_make_it_more_lofi_keeps_the_recipe() -> None:
    advice = advise_rock("how do i make it more lofi")
    assert "parallel bus" in advice.text and "full-range" not in advice.text


@pytest.mark.parametrize(
    ("question", "band"),
    [
        ("I scooped the mids on the master, better?", "mids"),
        ("cut 2 db of low end on the master bus, did it help?", "low end"),
        ("added a bunch of top end on the master bus, too much?", "top end"),
    ],
)
def test_a_band_move_is_read_with_its_band(question: str, band: str) -> None:
    m = MOVE.search(question)
    assert m is not None and m.group("band") == band


def test_scooped_mids_on_the_master_judged_on_the_mid_band_now() -> None:
    advice = advise_rock("I scooped the mids on the master, better?", analysis=clean(**tilted({"mid": -5.0})))
    assert advice.text.startswith(
        "No, too far: the whole mix's mid band (500 Hz-2 kHz) is 4.3 dB below the median real mix"
    ), advice.text
    assert "EQ makes room" not in advice.text
    assert "didn't hear the mix before the cut" in advice.text


def test_cut_lows_with_the_boom_still_there_is_not_yet() -> None:
    advice = advise_rock("cut the lows on the master, better now?", findings=(boomy(),))
    assert advice.text.startswith("Not yet: the mix leans a little boomy"), advice.text
    assert "7.8 dB heavier" in advice.text


def test_too_much_top_on_a_top_in_range_is_no() -> None:
    advice = advise_rock("added a bunch of top end on the master bus, too much?")
    assert advice.text.startswith("No, by the numbers it lands in range: the whole mix's air band"), (
        advice.text
    )


def test_hollow_reads_as_scooped_mids_and_a_statement_gets_the_lift() -> None:
    assert SCOOPED.search("the mix sounds hollow")
    advice = advise_rock("the mix sounds hollow", analysis=clean(**tilted({"mid": -4.0})))
    assert "mid band (500 Hz-2 kHz) is 3.4 dB below the median real mix" in advice.text, advice.text
    assert "lift 2 dB around 800 Hz" in advice.text
    assert any(s.params.get("freq_hz") == 800 and s.params.get("gain_db") == 2.0 for s in advice.suggestions)


def test_phasey_is_judged_on_the_correlation() -> None:
    assert PHASEY.search("master sounds kinda swirly") and not PHASEY.search("add a phaser")
    stereo = StereoImage(correlation=0.61, width=0.2, low_end_correlation=0.99, lr_balance_db=0.1)
    advice = advise_rock("does the mix sound phasey?", analysis=clean(stereo=stereo))
    assert advice.text.startswith("No: the two sides correlate at +0.61 overall and +0.99 below 150 Hz"), (
        advice.text
    )
    assert "nothing in the numbers needs fixing" not in advice.text


@pytest.mark.parametrize("question", ["is the mix washy?", "too much reverb on the mix?"])
def test_wash_on_the_mix_is_the_sessions_reverb(question: str) -> None:
    advice = advise_rock(question)
    assert advice.text.startswith("No: there's no reverb in this session at all"), advice.text


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ("is the master glassy?", "harsh"),
        ("is the master crunchy?", "clipping"),
        ("the mix sounds gritty", "clipping"),
        ("is the mix flat?", "squashed"),
        ("does my mix sound flat", "squashed"),
        ("i set the eq flat", None),
        ("i want the mix more gritty", None),
        ("add some crunch to the master?", None),
        ("top end all ticky n scratchy", "harsh"),
    ],
)
def test_whole_mix_words_name_their_complaint(text: str, complaint: str | None) -> None:
    assert mix_only_complaint(text) == complaint


def test_crunchy_said_of_a_part_is_no_clipping_complaint() -> None:
    assert classify("make the guitars crunchier").complaint != "clipping"


def test_glassy_master_is_judged_as_harsh() -> None:
    advice = advise_rock("is the master glassy?", findings=(harsh(),))
    assert advice.text.startswith("A little: the mix leans a little harsh"), advice.text


def test_flat_yes_no_is_the_dynamics_and_a_statement_the_movement_craft() -> None:
    judged = advise_rock("is the mix flat?", analysis=clean(plr_db=12.6))
    assert judged.text.startswith("No, it isn't squashed: a 12.6 dB peak-to-loudness ratio"), judged.text
    said = advise_rock("the mix sounds kinda flat", analysis=clean(plr_db=12.6))
    assert "movement and contrast" in said.text and "13 dB peak-to-loudness" in said.text, said.text


def test_cluttered_yes_no_with_only_a_lean_is_no_then_the_lean() -> None:
    advice = advise_rock("is the mix cluttered?", findings=(boomy(),))
    assert advice.text.startswith("No: no two parts fight and no single track stands out in level"), (
        advice.text
    )
    assert "7.8 dB heavier" in advice.text


def test_a_how_to_on_two_words_gets_each_verdict_and_the_measured_ones_move() -> None:
    advice = advise_rock("mix sounds dull and boxy, what do i do", findings=(dull(),))
    assert advice.text.startswith("Dull? A little: the mix leans a little dull. Boxy? No:"), advice.text
    assert "13.6 dB per octave" in advice.text


def test_a_word_wished_away_without_the_other_is_not_two_asks() -> None:
    advice = advise_rock("how do i add air without it getting harsh", findings=(harsh(),))
    assert not advice.text.startswith(("Dull?", "Harsh?")), advice.text


def test_more_mids_asked_with_the_mids_over_names_the_part_at_the_wrong_level() -> None:
    quiet_gtr = level_finding("Gtr L", "electric guitars", -11.0, fader_db=-14.0)
    question = "how do i get more mids in the mix"
    advice = advise_rock(question, findings=(quiet_gtr,), analysis=clean(**tilted({"mid": 3.0})))
    assert advice.text.startswith("By the numbers it's the other way: the whole mix's mid band"), advice.text
    assert "What does stand out: 'Gtr L' sits about 11 dB quieter" in advice.text
    assert advice.suggestions and advice.suggestions[0].track == "Gtr L"


@pytest.mark.parametrize(
    "question", ["why does my mix sound so lofi", "my mix sounds lofi and i dont want it to"]
)
def test_lofi_heard_as_a_fault_gets_the_band_limit_and_its_fix_not_the_recipe(question: str) -> None:
    advice = advise_rock(question, findings=(dull(),))
    assert advice.text.startswith("It's the band limits: the mix leans a little dull"), advice.text
    assert "To open it back up:" in advice.text and "parallel bus" not in advice.text


def test_lofi_heard_with_no_band_limit_points_at_the_sources() -> None:
    advice = advise_rock("why does my mix sound so lofi")
    assert advice.text.startswith("Nothing I measured band-limits it"), advice.text
    assert "low-bitrate sample" in advice.text


def test_hollow_with_a_part_off_is_the_lack_claims_question() -> None:
    quiet_gtr = level_finding("Gtr L", "electric guitars", -11.0, fader_db=-14.0)
    advice = advise_rock(
        "does the mix sound hollow?", findings=(quiet_gtr,), analysis=clean(**tilted({"mid": 3.0}))
    )
    assert "mid band" not in advice.text and "'Gtr L' sits about 11 dB quieter" in advice.text, advice.text


def test_a_planned_band_move_is_not_judged_by_its_result() -> None:
    advice = advise_rock("gonna cut some low end on the master, good idea?")
    assert "lands in range" not in advice.text and "didn't hear the mix before" not in advice.text, (
        advice.text
    )


def test_two_sounds_with_a_cause_guessed_stay_the_blame_question() -> None:
    advice = advise_rock("something sounds honky n harsh, is my interface to blame?", findings=(harsh(),))
    assert not advice.text.startswith(("Boxy?", "Harsh?")), advice.text


@pytest.mark.parametrize(
    "question",
    [
        "the whole thing feels kinda screechy n thin up top, or am i imagining it",
        "is it muddy and boomy down low?",
    ],
)
def test_two_words_of_one_region_or_a_reality_check_stay_one_ask(question: str) -> None:
    advice = advise_rock(question, findings=(harsh(),))
    assert "? No:" not in advice.text and "? A little:" not in advice.text, advice.text
