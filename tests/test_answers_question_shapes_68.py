"""Question shapes found after set 44's one run: "whats the best way to check if my mix translates? all i got is
airpods n a crappy laptop" asks how to check translation, answered with a song you know on the speakers named, a
mono and low-volume check and this mix's numbers; "the waveform looks like a solid brick, am i smashing the master
too hard?" asks whether it is squashed; "the bass fader went way up. happy with it now?" reports a move and asks
whether it helped; "how many dB off?" after "what's clogging the middle?" wants the size of what stands out first;
"sidechain the upright to the kick?" in a session with no kick says there is none; "why does the whole track pump
whenever the sub comes in? there's no sidechain on anything" is a symptom of a bass too loud, not a sidechain asked
for, and the answer says how that level makes the pump; "kinda leslie-ish" on the organ asks for a rotary speaker,
an effect, not a missing instrument."""

from __future__ import annotations

import pytest
from fakes.rendering import ask_once, conversation, needs_fluidsynth

from model.creative_fx import effect_of, in_effect_name
from model.gear_question import asks_gear
from model.intent import Wants, classify
from model.intent_reference import names_full_range
from model.reported_move import reports_level_move, reports_move
from model.translation_check import asks_translation_check


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("whats the best way to check if my mix translates? all i got is airpods n a crappy laptop", True),
        ("how can i tell if my mix will translate to other systems?", True),
        ("any tips to make sure my mix sounds good on every system?", True),
        ("how do i make sure it holds up on all speakers", True),
        ("will it translate?", False),
        ("does my mix translate?", False),
        ("how do i make the vocal louder?", False),
    ],
)
def test_translation_check_is_a_how(question: str, asked: bool) -> None:
    intent = classify(question)
    assert asks_translation_check(intent.question, intent.wants) is asked


@pytest.mark.parametrize(
    ("question", "complaint"),
    [
        (
            "the waveform in reaper looks like a solid brick lol. am i smashing the master too hard?",
            "squashed",
        ),
        ("am i smashing the mix bus too hard?", "squashed"),
        ("is my master brickwalled?", "squashed"),
        ("my master looks like a sausage, too much limiting?", "squashed"),
        ("drums are smashing everything, is it too loud?", None),
    ],
)
def test_smashed_master_is_squashed(question: str, complaint: str | None) -> None:
    assert classify(question).complaint in ((complaint,) if complaint else (None, "loud"))


@pytest.mark.parametrize(
    ("question", "move", "fader"),
    [
        ("alright the bass fader went way up. happy with it now?", True, True),
        ("the bass fader went up a lot, is it sitting now?", True, True),
        ("the vocal's gone down a bit, better now?", True, False),
        ("the bass went wrong, is it ok now?", False, False),
    ],
)
def test_a_fader_said_to_have_gone_up_is_a_move_reported(question: str, move: bool, fader: bool) -> None:
    assert reports_move(question) is move
    assert reports_level_move(question) is fader


@pytest.mark.parametrize(
    ("question", "technique"),
    [
        (
            "why does the whole track pump n wobble whenever the sub comes in? there's no sidechain on anything",
            None,
        ),
        ("the whole mix ducks every time the bass plays, why?", None),
        ("why is everything ducking on each kick hit?", None),
        ("should i sidechain the bass to the kick?", "sidechain"),
        ("how do i make the pad pump with the kick?", "sidechain"),
    ],
)
def test_a_mix_heard_ducking_is_no_sidechain_asked(question: str, technique: str | None) -> None:
    assert classify(question).technique == technique


@pytest.mark.parametrize(
    ("question", "rotary"),
    [
        ("how do i get the organ sounding more vintage, kinda leslie-ish, without it going to mush?", True),
        ("how do i make the keys sound like a spinning leslie?", True),
        ("should i use a rotary sim on the organ?", True),
        ("is the leslie too loud?", False),
    ],
)
def test_leslie_as_an_effect(question: str, rotary: bool) -> None:
    effect = effect_of(question)
    assert (effect is not None and effect.name == "rotary speaker") is rotary
    assert in_effect_name("leslie", question) is (rotary and "leslie" in question)


@needs_fluidsynth
def test_translation_check_names_the_speakers_and_the_mono_number():
    advice = ask_once(
        "rock", "clean", "whats the best way to check if my mix translates? all i got is airpods n a laptop"
    )
    assert advice.text.startswith("Check it against a song you know")
    assert "on your AirPods and on your laptop" in advice.text
    assert "LUFS integrated" in advice.text and "correlate" in advice.text
    assert not advice.suggestions


@needs_fluidsynth
def test_translation_check_puts_a_measured_fault_first():
    advice = ask_once("pop", "Synth Bass +10", "how can i tell if my mix will translate to other systems?")
    assert advice.text.startswith("First, what already stands out: 'Synth Bass'")
    assert advice.suggestions[0].track == "Synth Bass" and advice.suggestions[0].params["delta_db"] < 0


@needs_fluidsynth
def test_smashing_the_master_on_a_clean_mix_is_a_no_with_its_plr():
    advice = ask_once(
        "folk", "clean", "the waveform looks like a solid brick lol. am i smashing the master too hard?"
    )
    assert advice.text.startswith("No")
    assert "peak-to-loudness" in advice.text


@needs_fluidsynth
def test_fader_gone_way_up_after_a_quiet_bass_is_too_far():
    _, after = conversation(
        "rock",
        [
            ("Bass -10", "cant find the bass anywhere, its too quiet?"),
            ("Bass +10", "the bass fader went way up. happy now?"),
        ],
    )
    assert after.text.startswith("No, too far")
    assert after.suggestions[0].track == "Bass" and after.suggestions[0].params["delta_db"] < 0


@needs_fluidsynth
def test_how_many_db_after_what_clogs_the_middle_leads_with_the_size():
    _, then = conversation(
        "rock",
        [("Keys +10", "something is clogging up the middle of this track, what is it?"),
         ("Keys +10", "ok n how many dB off? just gimme the number")],
    )  # fmt: skip
    size = then.suggestions[0].params["delta_db"]
    assert then.text.startswith(f"About {abs(size):g} dB:")
    assert then.suggestions[0].track == "Keys" and size < 0


@needs_fluidsynth
def test_sidechain_to_a_kick_not_in_the_session_says_so():
    advice = ask_once(
        "folk", "clean", "should i sidechain the upright to the kick so they quit fighting down low?"
    )
    assert advice.text.startswith("No")
    assert "There is no kick in this session." in advice.text


@needs_fluidsynth
def test_pumping_on_a_loud_sub_names_it_and_how_it_pumps():
    advice = ask_once(
        "pop",
        "Synth Bass +10",
        "why does the whole track pump n wobble whenever the sub comes in? there's no sidechain on anything",
    )
    assert "'Synth Bass'" in advice.text.split(". ")[0]
    assert "that's the pump" in advice.text
    assert advice.suggestions[0].track == "Synth Bass" and advice.suggestions[0].params["delta_db"] < 0


@needs_fluidsynth
def test_leslie_on_the_organ_is_the_rotary_craft_not_a_missing_part():
    advice = ask_once(
        "soul_kit", "clean", "how do i get the organ sounding more vintage, kinda leslie-ish, without mush?"
    )
    assert "rotary-speaker plug-in" in advice.text
    assert "100-150 Hz" in advice.text
    assert "no leslie" not in advice.text


@needs_fluidsynth
def test_a_leslie_sound_on_the_rhodes_is_no_missing_instrument():
    advice = ask_once("soul", "clean", "how do i get a leslie sound on the rhodes?")
    assert "rotary" in advice.text
    assert not advice.text.startswith("There is no")


# Found around them: "is that ok for a rock song where guitars lead?" asks whether the state is fine, the guitars
# only the genre's habit; "small on my car stereo" is no small speaker; "is the left guitar louder than the right?"
# ranks the two sides; "what should i do next?" with nothing before is the first thing to do.


@pytest.mark.parametrize(
    ("question", "instruments", "ok"),
    [
        ("keys are kinda lost, is that ok for a rock song where guitars lead?", ("keys",), True),
        ("keys are kinda lost, is that ok for a rock song?", ("keys",), True),
        ("are the keys louder than the guitars?", ("keys", "guitar"), False),
    ],
)
def test_a_genre_reason_names_no_part_asked(question: str, instruments: tuple[str, ...], ok: bool) -> None:
    intent = classify(question)
    assert intent.instruments == instruments
    assert intent.asks_ok is ok


@pytest.mark.parametrize(
    ("question", "full"),
    [
        ("sounds small on my car stereo, why?", True),
        ("why does it sound so small in my car?", True),
        ("small in the car and on my phone", False),
        ("sounds small on my laptop", False),
    ],
)
def test_a_car_is_full_range_playback(question: str, full: bool) -> None:
    assert names_full_range(question) is full


@pytest.mark.parametrize(
    ("question", "more"),
    [("what should i do next?", False), ("whats next?", False), ("ok did the bass thing, whats next", True)],
)
def test_whats_next_with_nothing_before_is_the_first_thing(question: str, more: bool) -> None:
    intent = classify(question)
    assert intent.wants == Wants.WHAT_FIRST
    assert intent.more is more


@needs_fluidsynth
def test_lost_keys_asked_ok_for_the_genre_get_a_no_and_the_raise():
    advice = ask_once(
        "rock", "Keys -10", "keys are kinda lost, is that ok for a rock song where guitars lead?"
    )
    assert advice.text.startswith("No:")
    assert advice.suggestions[0].track == "Keys" and advice.suggestions[0].params["delta_db"] > 0
    assert "'Gtr L': nothing" not in advice.text


@needs_fluidsynth
def test_small_in_the_car_on_a_clean_mix_is_not_the_phone():
    advice = ask_once("soul", "clean", "sounds small on my car stereo, why?")
    assert advice.text.startswith("It isn't the car's low end")
    assert "phone speaker plays" not in advice.text


@needs_fluidsynth
def test_left_guitar_louder_than_the_right_by_how_much():
    advice = ask_once("rock", "Gtr L +10", "is the left guitar louder than the right? by how much?")
    head = advice.text.split(": ")[0]
    assert head.startswith("Yes, by ") and head.endswith(" dB")
    assert "'Gtr R'" in advice.text
    assert advice.suggestions[0].track == "Gtr L" and advice.suggestions[0].params["delta_db"] < 0


@needs_fluidsynth
def test_which_is_louder_the_left_or_the_right_ranks_the_sides():
    advice = ask_once("rock", "Gtr L +10", "which is louder, the left guitar or the right one?")
    assert advice.text.startswith("'Gtr L' is the louder of your 2 guitar tracks")


@needs_fluidsynth
def test_what_should_i_do_next_first_thing_on_a_clean_mix_is_nothing_needed():
    advice = ask_once("rock", "clean", "what should i do next?")
    assert advice.text.startswith("Nothing needs changing.")


# More around them: "pulled the vocal down 4db already, still too loud?" reports a move and asks whether the fault
# is still there (no earlier clip: the state now, "No, not anymore" when it is gone); "should i mix at low volume or
# loud?" asks the listening level; "what headphones should i get?" which gear, no brand; "clap is super loud but
# thats how trap goes right?" claims the genre's way, asked to be confirmed; "more like a motown record" is vintage.


@pytest.mark.parametrize(
    ("question", "gear"),
    [
        ("should i mix at low volume or loud?", True),
        ("what volume should i mix at?", True),
        ("what headphones should i get for mixing?", True),
        ("best monitors for mixing?", True),
        ("is the mix too loud or too quiet?", False),
        ("what should i do to the vocal?", False),
    ],
)
def test_listening_level_and_which_gear_are_gear_questions(question: str, gear: bool) -> None:
    assert asks_gear(question) is gear


@pytest.mark.parametrize(
    ("question", "ok"),
    [
        ("clap is super loud but thats how trap goes right?", True),
        ("the kick is huge, that's just how edm is right?", True),
        ("the clap's loud, that's just the trap sound right?", True),
        ("that's how i want it, is the clap too loud?", False),
    ],
)
def test_a_genre_way_claimed_asks_ok(question: str, ok: bool) -> None:
    assert classify(question).asks_ok is ok


def test_still_after_a_move_is_a_check_on_the_fault() -> None:
    assert reports_move("pulled the vocal down 4db already, still too loud?")
    assert reports_move("turned the bass up, still buried?")
    assert not reports_move("the vocal is still too loud?")


@needs_fluidsynth
def test_still_too_loud_after_a_cut_that_cleared_it_is_no_not_anymore():
    advice = ask_once("pop", "clean", "pulled the vocal down 4db already, still too loud?")
    assert advice.text.startswith("No, not anymore:")


@needs_fluidsynth
def test_still_too_loud_after_a_cut_that_fell_short_is_not_yet():
    advice = ask_once("pop", "Lead Vocal +10", "pulled the vocal down 4db already, still too loud?")
    assert advice.text.startswith("Not yet: 'Lead Vocal' is still too loud.")
    assert advice.suggestions[0].track == "Lead Vocal" and advice.suggestions[0].params["delta_db"] < 0


@needs_fluidsynth
def test_mix_loud_or_quiet_gives_the_listening_level():
    advice = ask_once("folk", "clean", "should i mix at low volume or loud?")
    assert advice.text.startswith("Mostly at a moderate level, about 75-85 dB SPL")


@needs_fluidsynth
def test_genre_way_claimed_on_a_part_far_too_loud_is_a_no():
    advice = ask_once("pop", "Clap +10", "clap is super loud but thats how trap goes right?")
    assert advice.text.startswith("No:")
    assert advice.suggestions[0].track == "Clap" and advice.suggestions[0].params["delta_db"] < 0


@needs_fluidsynth
def test_motown_record_is_the_vintage_craft():
    advice = ask_once("soul", "clean", "how do i make my mix sound more like a motown record?")
    assert advice.text.startswith("Vintage is mostly a narrower band and some saturation.")


# And: "organ pad" is the organ playing a pad, no pad missing; "is it the mic or my mix?" offers the recording and
# the mix as the two causes; "i turned the left guitar down, happy?" with its fader gone up says it went the other
# way before the rest.


@needs_fluidsynth
def test_a_part_named_with_its_role_is_no_missing_part():
    advice = ask_once(
        "soul_kit", "Organ -10", "organ pad is barely there in the chorus, how much should i bring it up?"
    )
    assert advice.text.startswith("About 6 dB:")
    assert "no pad" not in advice.text


@needs_fluidsynth
def test_mic_or_mix_names_the_side_measured():
    loud = ask_once("folk", "Upright Bass +10", "the upright is boomy as hell, is it the mic or my mix?")
    assert loud.text.startswith("The mix, not the mic:")
    fine = ask_once("folk", "clean", "the upright is boomy as hell, is it the mic or my mix?")
    assert fine.text.startswith("Not the mix, as far as I can measure")
    assert "fix it at the source" in fine.text and "audition replacements" not in fine.text


@needs_fluidsynth
def test_a_move_said_down_that_went_up_says_so_first():
    advice = conversation(
        "rock", [("clean", "guitars ok?"), ("Gtr L +10", "i turned the left guitar down, happy?")]
    )[1]
    assert advice.text.startswith("No, it went up, not down: now 'Gtr L' is too loud")
    assert advice.suggestions[0].track == "Gtr L" and advice.suggestions[0].params["delta_db"] < 0


# Last: "the harmony vox" is one part (its "vox" no lead vocal beside it); "overcook the limiter", "slammed into the
# limiter", "crushing the mix with the limiter" claim a squashed master; "sound ok in a club" and "check my mix on
# different systems" ask how to check translation.


@pytest.mark.parametrize(
    ("question", "instruments"),
    [
        ("the harmony vox disappeared, why?", ("backing vocals",)),
        ("harmony vocals too loud?", ("backing vocals",)),
        ("is the harmony louder than the vocal?", ("backing vocals", "vocal")),
    ],
)
def test_harmony_vox_is_one_part(question: str, instruments: tuple[str, ...]) -> None:
    assert classify(question).instruments == instruments


@pytest.mark.parametrize(
    "question",
    [
        "the waveform is totally flat on top, did i overcook the limiter?",
        "my master bus is slammed into the limiter right?",
        "i think im crushing the mix with the limiter, how much gain reduction is too much?",
    ],
)
def test_a_limiter_said_to_crush_the_master_is_a_squash_claim(question: str) -> None:
    assert classify(question).complaint == "squashed"


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("how do i know if my mix will sound ok in a club?", True),
        ("how can i check my mix on different systems without buying stuff?", True),
        ("best way to test if the mix works on phones?", True),
        ("why does it sound small in my car?", False),
    ],
)
def test_more_ways_to_ask_a_translation_check(question: str, asked: bool) -> None:
    intent = classify(question)
    assert asks_translation_check(intent.question, intent.wants) is asked


@needs_fluidsynth
def test_slammed_limiter_on_a_clean_mix_is_a_no_with_the_check():
    advice = ask_once("soul_kit", "clean", "my master bus is slammed into the limiter right?")
    assert advice.text.startswith("No, it isn't squashed:")
    assert "1-3 dB of gain reduction" in advice.text


@needs_fluidsynth
def test_sidechain_to_a_missing_trigger_says_so_first():
    keyed = ask_once("folk", "clean", "should i sidechain the bass to the kick?")
    assert keyed.text.startswith("There's no kick in this session to key it from; your tracks are")
    ducked = ask_once("soul", "clean", "should i sidechain the pad to the kick?")
    assert "to key it from" not in ducked.text and "no pad" in ducked.text
