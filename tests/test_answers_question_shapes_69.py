"""Question shapes found after set 45's one run: "is it loud enough as is or do i gotta slam a limiter on the 2
bus" asks whether to get louder (the loudness against its target), not whether the master is squashed, and so does
"do i need more compression for spotify?"; "pulled the snare back 10 dB, did that help? sitting in the pocket now?"
reports a fader move (its check may close the first of two questions) and asks where the part sits, not its
timing; "the piano is barely there, or is that just how rhodes sound" names one part two ways; "a tremolo on the
rhodes without the low end getting boomy" asks for the effect with the boom kept away, not about a boomy mix."""

from __future__ import annotations

import re

import pytest
from fakes.rendering import ask_after, ask_once, conversation, needs_fluidsynth

from model.answer_dynamics import too_dynamic_asked
from model.answer_loudness import NEED_LIMITER_Q
from model.claimed_fixed import NEXT, SORTED
from model.creative_fx import WORRY
from model.focus import _kind_said
from model.intent import Wants, classify
from model.lean_verdict import NOTHING_AT_ALL
from model.measured_fault import range_words
from model.reported_move import reports_level_move, reports_move
from model.section_lift import asks_section_lift


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("doing my own master for spotify. do i gotta slam a limiter on the 2 bus", True),
        ("do i need to squash it harder so it competes on streaming?", True),
        ("do i need more compression on the mix for spotify?", True),
        ("should i compress the mix harder to be loud enough?", True),
        ("does my mix need a limiter?", True),
        ("am i slamming the limiter too hard?", False),
        ("is the limiter crushing it?", False),
        ("is it loud enough for spotify?", False),
    ],
)
def test_a_limiter_or_squash_asked_for_is_a_loudness_question(question: str, asked: bool) -> None:
    assert bool(NEED_LIMITER_Q.search(classify(question).question)) is asked


@pytest.mark.parametrize(
    ("question", "complaint"),
    [
        ("do i need to squash it harder so it competes on streaming?", "loudness"),
        ("will it compete with commercial tracks on spotify?", "loudness"),
        ("the guitars compete with the vocal", "clash"),
        ("the keys and the guitar are competing", "clash"),
    ],
)
def test_competing_on_streaming_is_loudness_not_a_clash(question: str, complaint: str) -> None:
    assert classify(question).complaint == complaint


@pytest.mark.parametrize(
    ("question", "moved"),
    [
        ("pulled the snare back bout 10 dB, did that help? sitting in the pocket now?", True),
        ("dropped the kick like 10 dB, did that help? is it in the pocket now?", True),
        ("turned the vocal up around 10 dB. was that it? sitting right now?", True),
        ("cut the kick 3 dB at 60 Hz, did that help?", False),
        ("the snare drags. is it in the pocket?", False),
    ],
)
def test_a_fader_move_may_be_checked_in_the_first_of_two_questions(question: str, moved: bool) -> None:
    text = classify(question).question
    assert (reports_move(text) and reports_level_move(text)) is moved


@pytest.mark.parametrize(
    ("word", "question", "kind"),
    [
        ("rhodes", "the piano is like a ghost, too quiet or is that just how rhodes sound", True),
        ("piano", "is the rhodes too quiet or is that just how a piano sounds?", True),
        ("rhodes", "is it too low or do rhodes always sound like that?", True),
        ("fiddle", "does the cello sit ok under the fiddle", False),
        ("rhodes", "the rhodes is too quiet", False),
    ],
)
def test_an_instrument_said_as_a_kind(word: str, question: str, kind: bool) -> None:
    assert _kind_said(word, question) is kind


@pytest.mark.parametrize(
    ("question", "worry"),
    [
        ("how do i get that wobbly warm rhodes tremolo thing going without the low end getting boomy", True),
        ("how do i put a chorus on the guitars without it turning muddy?", True),
        ("a spinning leslie on the organ but not make it harsh", True),
        ("the mix is boomy, should i add a chorus?", False),
    ],
)
def test_a_side_effect_feared_beside_an_effect(question: str, worry: bool) -> None:
    assert bool(WORRY.search(question)) is worry


@needs_fluidsynth
def test_loud_enough_or_slam_a_limiter_says_the_loudness_and_yes() -> None:
    advice = ask_once(
        "pop",
        "clean",
        "doing my own master for spotify. is it loud enough as is or do i gotta slam a limiter on the 2 bus",
    )
    assert advice.text.startswith("Yes, loud enough as it is: -14.1 LUFS integrated")
    assert "Spotify (-14 LUFS" in advice.text
    assert not advice.suggestions


@needs_fluidsynth
def test_more_squash_for_streaming_is_not_a_compressor_lesson() -> None:
    advice = ask_once("folk", "clean", "do i need to squash it harder so it competes on streaming?")
    assert advice.text.startswith("Not to get louder: ")
    assert "LUFS integrated" in advice.text
    assert "A compressor turns" not in advice.text


@needs_fluidsynth
def test_slamming_the_limiter_is_still_the_squash_claim() -> None:
    advice = ask_once("rock", "clean", "am i slamming the limiter too hard on the master?")
    assert re.match(r"No, it isn't squashed: an? 1\d\.\d dB peak-to-loudness ratio", advice.text)
    assert "LUFS" not in advice.text


@needs_fluidsynth
def test_pocket_after_a_fader_move_and_a_first_check_is_where_the_part_sits() -> None:
    advice = ask_after(
        "soul_kit",
        ("Snare +10", "snare is like a gunshot on every backbeat, way too loud right?"),
        "clean",
        "pulled the snare back bout 10 dB, did that help? sitting in the pocket now?",
    )
    assert advice.text.startswith("Yes: the 'Snare' sitting too loud is gone.")
    assert "timing" not in advice.text


@needs_fluidsynth
def test_piano_or_just_how_rhodes_sound_is_the_rhodes_too_quiet() -> None:
    advice = ask_once(
        "soul",
        "Rhodes -10",
        "the piano is like a ghost in the verses, barely there. too quiet or is that just how rhodes sound",
    )
    # the either/or's side named, the way the question put it ("too quiet or is that just how rhodes sound")
    assert advice.text.startswith("Too quiet, not just how rhodes sound: 'Rhodes' sits about 10 dB quieter")
    assert "no piano" not in advice.text
    first = advice.suggestions[0]
    assert first.track == "Rhodes" and first.params["delta_db"] > 0


@needs_fluidsynth
def test_a_tremolo_without_boom_gives_the_effect_and_the_high_pass() -> None:
    advice = ask_once(
        "soul",
        "clean",
        "how do i get that wobbly warm rhodes tremolo thing going without the low end getting boomy",
    )
    assert advice.text.startswith("Nothing I measured calls for a tremolo")
    assert "depth 30-60%" in advice.text
    assert "high-pass the part at about 100-150 Hz" in advice.text
    assert not advice.suggestions


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("is my mix too dynamic for radio?", True),
        ("my master isn't compressed enough right?", True),
        ("is the mix under-compressed?", True),
        ("the vocal is too dynamic", False),
        ("is my mix too compressed?", False),
    ],
)
def test_too_dynamic_is_asked_of_the_whole_mix(question: str, asked: bool) -> None:
    assert too_dynamic_asked(classify(question)) is asked


@pytest.mark.parametrize(
    ("question", "problem"),
    [
        ("anything you'd change before i send it to mastering?", True),
        ("is there anything i should fix on the vocal?", True),
        ("is there anything to tweak?", True),
        ("what would you change?", False),
    ],
)
def test_a_change_wanted_is_a_problem_asked(question: str, problem: bool) -> None:
    assert classify(question).asks_problem is problem


@pytest.mark.parametrize(
    ("question", "complaint"),
    [
        ("how do i make the vocal sit on top of the guitars", None),
        ("how do i get the vocal on top of the pad", None),
        ("the keys are on top of the guitars and i dont know what to do", "loud"),
        ("snare sits way on top of everything?", "loud"),
    ],
)
def test_on_top_wanted_is_no_loud_complaint(question: str, complaint: str | None) -> None:
    assert classify(question).complaint == complaint


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("whats the best way to make the chorus hit harder than the verse", True),
        ("the chorus doesn't lift, what do i do", True),
        ("verse and chorus sound the same, help", True),
        ("why doesn't my chorus hit?", True),
        ("how do i make the drop hit harder", True),
        ("are the guitars too loud in the chorus", False),
        ("should i put a chorus plugin on the guitars?", False),
    ],
)
def test_a_section_asked_to_lift(question: str, asked: bool) -> None:
    assert asks_section_lift(classify(question).question) is asked


@needs_fluidsynth
def test_too_dynamic_is_no_with_the_ratio_and_a_fault_first_when_one_is_measured() -> None:
    clean = ask_once("soul", "clean", "is my mix too dynamic for radio?")
    assert re.match(r"No, not as measured: a 1\d\.\d dB peak-to-loudness ratio at -1\d\.\d LUFS", clean.text)
    assert not clean.suggestions
    hot = ask_once("pop", "Synth Bass +10", "is the mix too dynamic or is it fine?")
    assert "What does stand out: 'Synth Bass'" in hot.text
    assert hot.suggestions[0].track == "Synth Bass" and hot.suggestions[0].params["delta_db"] < 0


@needs_fluidsynth
def test_anything_to_change_on_a_clean_mix_is_a_no() -> None:
    advice = ask_once("soul", "clean", "anything you'd change before i send it to mastering?")
    assert re.match(r"No(\.|,) (Honestly, )?nothing (in the numbers )?needs fixing", advice.text)


@needs_fluidsynth
def test_usually_yes_is_its_own_verdict() -> None:
    advice = ask_once("pop", "clean", "should the clap be in mono")
    assert advice.text.startswith("Usually, yes: in MixologyDB's real mixes")


@needs_fluidsynth
def test_a_boomy_acoustic_is_high_passed_not_compressed() -> None:
    advice = ask_once("folk", "clean", "how do i stop the acoustic sounding boomy")
    first = advice.suggestions[0]
    assert (
        first.action == "high_pass" and first.track == "Acoustic Gtr" and 60 <= first.params["freq_hz"] <= 150
    )
    assert "compressor" not in advice.text
    vocal = ask_once("pop", "clean", "how do i make the vocal less boomy")
    hp = vocal.suggestions[0].params["freq_hz"]
    assert all(s.params.get("freq_hz", hp + 1) > hp for s in vocal.suggestions[1:])


@needs_fluidsynth
def test_sit_the_organ_behind_the_vocal_gives_the_usual_gap_and_a_carve() -> None:
    advice = ask_once("soul_kit", "clean", "how do i make the organ sit behind the vocal without losing it")
    assert re.match(
        r"The organ sits a median -\d\.\d dB against the lead vocal in \d+ well-rated", advice.text
    )
    assert "It already sits there, so leave the fader" in advice.text
    carve = advice.suggestions[0]
    assert carve.action == "eq_band" and carve.track == "Organ" and carve.params["gain_db"] < 0
    hot = ask_once("rock", "Keys +10", "how do i tuck the keys under the vocal?")
    assert hot.text.startswith("Start with the level: 'Keys'")
    assert hot.suggestions[0].params["delta_db"] < 0


@needs_fluidsynth
def test_vocal_on_top_is_never_turned_down() -> None:
    advice = ask_once("rock", "clean", "how do i make the vocal sit on top of the guitars")
    assert "'Lead Vocal'" in advice.text
    assert all(s.params.get("delta_db", 0) >= 0 for s in advice.suggestions)
    assert "down about" not in advice.text


@needs_fluidsynth
def test_an_atmospheric_pad_gets_the_shared_room() -> None:
    advice = ask_once("pop", "clean", "how do i make the pad more atmospheric")
    assert advice.text.startswith("For depth, put the band in one shared room")
    assert "Send more from 'Pad'" in advice.text


@needs_fluidsynth
def test_chorus_lift_is_the_craft_and_a_fault_first() -> None:
    clean = ask_once("pop", "clean", "whats the best way to make the chorus hit harder than the verse")
    assert clean.text.startswith("I measure the whole clip, not one section against another")
    assert "slower attack (10-30 ms)" in clean.text and "volume automation" in clean.text
    assert not clean.suggestions
    low = ask_once("rock", "Bass -10", "why doesn't my chorus hit?")
    assert low.text.startswith("First, what holds the whole song back: 'Bass'")
    assert low.suggestions[0].params["delta_db"] > 0


@pytest.mark.parametrize(
    ("question", "raise_asked"),
    [
        ("the kick sounds weak, should i boost it?", True),
        ("should i boost them?", True),
        ("the kick is thin, should i boost it at 60?", False),
        ("should i boost it around 3k?", False),
    ],
)
def test_boost_it_asks_for_a_raise_unless_a_frequency_follows(question: str, raise_asked: bool) -> None:
    assert classify(question).asks_raise is raise_asked


@pytest.mark.parametrize(
    ("question", "top"),
    [
        ("the acoustic is too bright, whats wrong with it?", True),
        ("the hats are sizzly", True),
        ("the vocal is harsh", False),
    ],
)
def test_bright_words_reach_the_top_octave(question: str, top: bool) -> None:
    assert (range_words(question, "harsh") == "the upper mids and top end") is top


@pytest.mark.parametrize(
    ("question", "checked_back"),
    [
        ("so nothing at all?", True),
        ("really? nothing?", True),
        ("nothing else?", True),
        ("so no problems?", True),
        ("nothing wrong with the bass, right?", False),
        ("what else?", False),
    ],
)
def test_the_clean_verdict_asked_back(question: str, checked_back: bool) -> None:
    assert bool(NOTHING_AT_ALL.search(question)) is checked_back


@needs_fluidsynth
def test_boost_the_weak_kick_is_no_when_the_bass_is_what_is_off() -> None:
    advice = ask_once("rock", "Bass +10", "the kick sounds weak, should i boost it?")
    assert advice.text.startswith("No, I'd leave its fader: what is off is 'Bass'")
    assert advice.suggestions[0].track == "Bass" and advice.suggestions[0].params["delta_db"] < 0


@needs_fluidsynth
def test_a_bright_acoustic_points_at_the_loud_shaker() -> None:
    advice = ask_once("folk", "Shaker +10", "the acoustic is too bright, whats wrong with it?")
    assert advice.text.startswith(
        "Not 'Acoustic Gtr' first: the fault I measured in the upper mids and top end is 'Shaker'"
    )
    assert advice.suggestions[0].track == "Shaker" and advice.suggestions[0].params["delta_db"] < 0


@needs_fluidsynth
def test_lopsided_blamed_on_the_wrong_guitar_names_the_one_that_leans_it() -> None:
    advice = ask_once("rock", "Gtr L +10", "the mix sounds lopsided, is my right guitar too quiet?")
    assert advice.text.startswith("Rather 'Gtr L': it leans left: the left channel is")
    assert advice.suggestions[0].track == "Gtr L" and advice.suggestions[0].params["delta_db"] < 0


@needs_fluidsynth
def test_so_nothing_at_all_is_right_on_a_clean_mix_and_not_quite_with_a_fault() -> None:
    clean = conversation("folk", [("clean", "anything wrong?"), ("clean", "so nothing at all?")])[1]
    assert re.match(r"Right(\.|,) (Honestly, )?nothing (in the numbers )?needs fixing", clean.text)
    hot = conversation("rock", [("Bass +10", "anything wrong?"), ("Bass +10", "so nothing at all?")])[1]
    assert hot.text.startswith("Not quite, one thing: 'Bass'")


@pytest.mark.parametrize(
    ("question", "wants"),
    [
        ("how loud is my kick vs the snare", Wants.HOW_MUCH),
        ("how loud is the kick compared to the snare?", Wants.HOW_MUCH),
        ("how loud is the kick?", Wants.JUDGE),
    ],
)
def test_how_loud_one_part_against_another_is_a_size(question: str, wants: str) -> None:
    assert classify(question).wants == wants


@needs_fluidsynth
def test_an_amateur_sounding_clean_mix_is_a_no() -> None:
    advice = ask_once("rock", "clean", "give it to me straight, is this mix amateur sounding?")
    assert advice.text.startswith("No, nothing needs fixing.")


@needs_fluidsynth
def test_how_loud_the_kick_is_against_the_snare_is_the_gap_measured() -> None:
    advice = ask_once("soul_kit", "clean", "how loud is my kick vs the snare")
    assert re.match(
        r"A gap of [-+]\d+\.\d dB: 'Kick' reads -\d+\.\d LUFS and 'Snare' -\d+\.\d LUFS", advice.text
    )
    assert "(MixologyDB)" in advice.text


@needs_fluidsynth
def test_a_strings_pad_is_the_pad_not_missing_strings() -> None:
    advice = ask_once("pop", "Pad -10", "the strings pad is buried right?")
    assert advice.text.startswith("Yes: 'Pad' sits")
    assert "no strings" not in advice.text
    assert advice.suggestions[0].track == "Pad" and advice.suggestions[0].params["delta_db"] > 0


@needs_fluidsynth
def test_tinny_with_the_hats_far_up_is_the_hats() -> None:
    why = ask_once("pop", "Hats +10", "why does it sound so tinny")
    assert why.text.startswith("Most likely this: 'Hats' sits about")
    assert why.suggestions[0].track == "Hats" and why.suggestions[0].params["delta_db"] < 0
    said = ask_once("rock", "Hats +10", "the mix sounds tinny")
    assert not said.text.startswith("No, the opposite")
    assert said.suggestions[0].track == "Hats"
    low = ask_once("rock", "Bass -10", "why is my mix so tinny?")
    assert low.suggestions[0].track == "Bass" and low.suggestions[0].params["delta_db"] > 0


@needs_fluidsynth
def test_an_either_or_of_two_claims_names_the_true_one_and_every_track_of_the_other() -> None:
    clap = ask_once("pop", "Clap -10", "is the clap too quiet or the kick too loud?")
    assert clap.text.startswith("It's 'Clap', not 'Kick': 'Clap' sits about")
    vocal = ask_once("rock", "Lead Vocal -10", "vocal too quiet or guitars too loud?")
    assert vocal.text.startswith("It's 'Lead Vocal', not 'Gtr L' and 'Gtr R': ")
    assert vocal.suggestions[0].track == "Lead Vocal" and vocal.suggestions[0].params["delta_db"] > 0


@needs_fluidsynth
def test_which_should_be_more_forward_is_the_convention() -> None:
    advice = ask_once("rock", "clean", "guitars or keys, which one should be more forward?")
    assert advice.text.startswith("The electric guitar, usually: the electric guitar sits a median +")


@needs_fluidsynth
def test_a_pump_keyed_from_the_snare_says_the_snare() -> None:
    advice = ask_once("pop", "clean", "how do i duck the pad from the snare?")
    assert "keyed from the snare for the audible pump" in advice.text
    assert "the next snare" in advice.text and "kick" not in advice.text.split("(common practice)")[0]


@pytest.mark.parametrize(
    ("question", "complaint", "even"),
    [
        ("is the stereo image balanced?", "lopsided", True),
        ("is my mix centred?", "lopsided", True),
        ("does it lean left?", "lopsided", False),
        ("are my transients getting lost?", "squashed", False),
        ("is the mix balanced?", "balance", True),
    ],
)
def test_the_stereo_image_and_lost_transients_are_read(question: str, complaint: str, even: bool) -> None:
    intent = classify(question)
    assert intent.complaint == complaint
    if complaint == "lopsided":
        assert intent.asks_ok is even


@needs_fluidsynth
def test_more_width_asked_of_a_wide_enough_mix_is_a_no() -> None:
    advice = ask_once("folk", "clean", "does it need more width?")
    assert advice.text.startswith("No, it's wide enough: correlation")


@needs_fluidsynth
def test_an_even_image_asked_is_yes_when_centred_and_no_when_it_leans() -> None:
    clean = ask_once("rock", "clean", "is my mix centred?")
    assert clean.text.startswith("Yes: the two channels are within")
    lean = ask_once("rock", "Gtr L +10", "is the stereo image balanced?")
    assert lean.text.startswith("No, it leans left: the left channel is")
    assert lean.suggestions[0].track == "Gtr L"


@needs_fluidsynth
def test_a_synth_sub_stacked_under_the_bass_stays_a_part_proposed() -> None:
    advice = ask_once(
        "folk",
        "Upright Bass -10",
        "low end feels hollow, gonna stack a synth sub under the double bass, smart move?",
    )
    assert advice.text.startswith("Not a synth sub first")


@pytest.mark.parametrize(
    ("question", "done"),
    [
        ("ok the organ's down. what's next?", True),
        ("ok organ's down like u said. next?", True),
        ("done with the bass, next?", True),
        ("i fixed the kick, whats next?", True),
        ("what else is up with the bass?", False),
        ("is the bass too loud? what else?", False),
    ],
)
def test_a_part_named_as_done_then_next(question: str, done: bool) -> None:
    assert bool(SORTED.search(question) and NEXT.search(question)) is done


@needs_fluidsynth
def test_organ_down_whats_next_walks_on() -> None:
    advice = conversation(
        "soul_kit", [("clean", "the keys are way too loud"), ("clean", "ok organ's down like u said. next?")]
    )[1]
    assert advice.text.startswith("'Organ' sits right now. Next: ")
    assert "nothing I measured says 'Organ'" not in advice.text


@needs_fluidsynth
def test_more_interesting_gets_the_movement_craft() -> None:
    advice = ask_once("soul", "clean", "is there anything i could add to make it more interesting")
    assert advice.text.startswith("That's rarely one EQ band: it's movement and contrast.")


def test_giving_radio_is_a_good_state_and_cutting_through_too_much_is_loud() -> None:
    assert not classify("is it giving radio or nah").asks_problem
    assert classify("snare is cutting through TOO much lol").complaint == "loud"
    assert classify("did i cut the snare too much?").complaint == "quiet"
