"""Question shapes where the asker proposes a move that is not the fix: a cut on the master said with "off" ("roll
some top off the master bus"), a plug-in offered with "with" ("dirty it up w some distortion"), a reverb amount
guessed as the cause of a complaint with no part named ("feels hollow, is my reverb too dry?"), and a tone
complained of on a part another part covers, that part named only as when it comes ("my vocal gets boxy when the
guitars kick in")."""

from __future__ import annotations

import pytest
from fakes.band_sessions import advise_rock, guitar_masks_vocal, level_finding

from model.blamed_location import MOVE_AT_PLACE
from model.intent import classify
from model.intent_lead import either_state
from model.room_for import made_room_for

KEYS_LOUD = (level_finding("Keys", "keys", 10.0),)
BASS_LOW = (level_finding("Bass", "basses", -10.0),)


# a cut on the master said with "off"


@pytest.mark.parametrize(
    "question",
    [
        "should i just roll some top off the master bus?",
        "should i take a little of the highs off the mix bus?",
        "shave a bit of the top end off the 2 bus?",
        "roll off the highs on the master",
    ],
)
def test_a_cut_said_with_off_the_master_is_a_move_placed_on_the_master(question: str) -> None:
    assert MOVE_AT_PLACE.search(question)


def test_a_cut_off_a_part_is_no_move_on_the_master() -> None:
    assert not MOVE_AT_PLACE.search("should i roll some top off the keys?")
    assert not MOVE_AT_PLACE.search("take the master off the limiter")


def test_top_rolled_off_the_master_with_a_part_too_loud_is_denied_and_the_part_named() -> None:
    advice = advise_rock(
        "whole mix has this plinky haze hanging over it, should i just roll some top off the master bus?",
        KEYS_LOUD,
    )
    assert advice.text.startswith("No, not the master bus: 'Keys' sits about 10 dB louder"), advice.text
    assert advice.suggestions[0].track == "Keys" and advice.suggestions[0].params["delta_db"] < 0


# a plug-in offered with "with"


@pytest.mark.parametrize(
    "question",
    [
        "should i dirty it up w some distortion?",
        "should i rough up the bass with a bit of distortion so it pokes out?",
        "should i fatten the bass up using a compressor?",
        "should we warm it up w/ some saturation",
    ],
)
def test_a_plug_in_offered_with_with_is_a_move_asked_about(question: str) -> None:
    assert classify(question).should


def test_a_part_played_with_another_is_no_move() -> None:
    assert not classify("should the bass sit with the kick?").should


def test_distortion_offered_on_a_bass_too_low_is_not_first_and_its_fader() -> None:
    advice = advise_rock("the bass is like a rumor, should i grit it up w some distortion?", BASS_LOW)
    assert advice.text.startswith("Not first: 'Bass' sits about 10 dB quieter"), advice.text
    assert advice.suggestions[0].track == "Bass" and advice.suggestions[0].params["delta_db"] > 0


# a reverb amount guessed as the cause of a complaint


def test_reverb_too_dry_with_a_complaint_and_a_part_too_low_names_the_part_first() -> None:
    advice = advise_rock("track feels hollow in the middle, is my reverb too dry or something?", BASS_LOW)
    assert advice.text.startswith("Not the reverb first: the fault I measured is 'Bass'"), advice.text
    assert advice.suggestions[0].track == "Bass"


def test_reverb_too_dry_asked_plainly_is_still_the_reverbs_amount() -> None:
    advice = advise_rock("is my reverb too dry?", BASS_LOW)
    assert advice.text.startswith("Yes, by its plug-ins it's dry: there's no reverb in this session"), (
        advice.text
    )


def test_washed_out_is_the_reverbs_own_symptom_and_keeps_its_amount() -> None:
    advice = advise_rock("sounds kinda washed out, too much reverb?", BASS_LOW)
    assert advice.text.startswith("No: there's no reverb in this session at all"), advice.text


def test_hollow_with_no_fault_measured_keeps_the_reverbs_amount() -> None:
    advice = advise_rock("track feels hollow in the middle, is my reverb too dry or something?")
    assert advice.text.startswith("Yes, by its plug-ins it's dry:"), advice.text


# a tone complained of on a part covered in its mids


def test_vocal_boxy_when_the_guitar_comes_in_is_the_guitar_covering_it() -> None:
    advice = advise_rock(
        "my vocal gets boxy when the guitars kick in, should i high pass the vocal?", (guitar_masks_vocal(),)
    )
    assert advice.text.startswith(
        "No: nothing I measured says 'Lead Vox' is boxy. Rather, 'Gtr L' covers 'Lead Vox' at 800 Hz-2 kHz"
    ), advice.text
    assert advice.suggestions[0].track == "Gtr L" and advice.suggestions[0].params["gain_db"] < 0


def test_the_guitar_named_as_the_part_asked_about_is_no_trigger() -> None:
    advice = advise_rock(
        "should i eq the guitar, it gets boxy when the vocal comes in?", (guitar_masks_vocal(),)
    )
    assert "Rather, 'Gtr L' covers" not in advice.text, advice.text


def test_vocal_boxy_with_nothing_covering_it_is_a_plain_no() -> None:
    advice = advise_rock("is my vocal boxy?")
    assert advice.text.startswith("No: nothing I measured says 'Lead Vox' is boxy"), advice.text


# a move on one part asked so another comes through


@pytest.mark.parametrize(
    ("question", "helped", "complaint"),
    [
        ("how do i eq the guitar so the vocal comes through", "vocal", "clash"),
        ("how do i make room for the vocal in the keys?", "vocal", "clash"),
        ("cut the keys to make room for the vocal", "vocal", "clash"),
        ("how do i eq the bass so the kick punches through", "kick", "punch"),
    ],
)
def test_room_asked_for_one_part_in_another_names_the_part_helped(
    question: str, helped: str, complaint: str
) -> None:
    intent = classify(question)
    assert intent.complaint == complaint
    assert made_room_for(question, intent.mentions) == helped


def test_a_part_asked_to_cut_through_on_its_own_is_no_clash() -> None:
    assert classify("how do i eq the guitar so it cuts through").complaint is None
    assert made_room_for("how do i eq the guitar so it cuts through", ("guitar",)) is None


def test_guitars_eqd_so_the_vocal_cuts_through_get_a_dip_not_a_lift() -> None:
    advice = advise_rock("how should i eq the guitars so the vocal cuts through?")
    assert advice.text.startswith("Nothing I measured shows 'Gtr L' covering 'Lead Vox' on its own tracks.")
    assert "on 'Gtr L', dip 2 dB around 3 kHz (Q ~1.4) to leave the words their slot" in advice.text
    card = advice.suggestions[0]
    assert (card.action, card.track, card.params["gain_db"]) == ("eq_band", "Gtr L", -2.0)


def test_room_for_the_vocal_in_the_keys_dips_the_keys() -> None:
    advice = advise_rock("how do i make room for the vocal in the keys?")
    assert advice.text.startswith("Nothing I measured shows 'Keys' covering 'Lead Vox'"), advice.text
    assert advice.suggestions[0].track == "Keys"


def test_bass_eqd_so_the_kick_punches_through_dips_the_bass_where_the_kick_punches() -> None:
    advice = advise_rock("how do i eq the bass so the kick punches through")
    card = advice.suggestions[0]
    assert (card.track, card.params["freq_hz"], card.params["gain_db"]) == ("Bass", 80, -2.0)
    assert "to leave that range to the kick" in advice.text


def test_guitar_eqd_so_the_vocal_comes_through_while_it_covers_the_vocal_gets_the_clash() -> None:
    advice = advise_rock("how do i eq the guitar so the vocal comes through", (guitar_masks_vocal(),))
    assert "'Gtr L' covers 'Lead Vox' at 800 Hz-2 kHz" in advice.text, advice.text
    assert advice.suggestions[0].track == "Gtr L"


# the sound or the mix, with no part named


def test_sample_or_mix_with_nothing_off_clears_the_mix_and_says_how_to_judge_a_sample() -> None:
    advice = advise_rock("is it the sample or the mix?")
    assert advice.text.startswith(
        "Not the mix, as far as I can measure: no part's level is out of line and no part covers another."
    ), advice.text
    assert "audition replacements at the same loudness" in advice.text
    assert advice.suggestions == ()


def test_sample_or_mix_with_a_part_off_is_the_mix() -> None:
    advice = advise_rock("is it the sample or the mix?", KEYS_LOUD)
    assert advice.text.startswith("The mix, not the sample: 'Keys' sits about 10 dB louder"), advice.text


def test_sample_or_mix_with_a_part_covering_another_is_the_mix_and_the_dip() -> None:
    advice = advise_rock("is it the sample or the mix?", (guitar_masks_vocal(),))
    assert advice.text.startswith("The mix, not the sample: 'Gtr L' covers 'Lead Vox' at 800 Hz-2 kHz"), (
        advice.text
    )
    assert advice.suggestions[0].track == "Gtr L" and advice.suggestions[0].params["gain_db"] < 0


# the electric piano, and panning proposed in a clash


@pytest.mark.parametrize(
    "question", ["the electric piano is too loud", "is the e-piano ok?", "electric pianos ok?"]
)
def test_an_electric_piano_is_the_rhodes_not_a_piano(question: str) -> None:
    assert classify(question).instruments == ("rhodes",)


def test_a_piano_is_still_a_piano() -> None:
    assert classify("is the piano too loud?").instruments == ("piano",)


def test_panning_proposed_in_a_clash_is_level_before_panning_not_a_plug_in() -> None:
    advice = advise_rock(
        "the guitar is covering my vocal, should i pan the guitar harder left?",
        (guitar_masks_vocal(), level_finding("Gtr L", "electric guitars", 8.0)),
    )
    assert advice.text.startswith("No, it's level before panning: 'Gtr L' sits about 8 dB louder"), (
        advice.text
    )
    assert advice.suggestions[0].track == "Gtr L" and advice.suggestions[0].params["delta_db"] < 0


# set 37's openings: slang for a good state, one part hogging, a duck of a few dB, a notch as an amount


@pytest.mark.parametrize(
    "question",
    [
        "ok i yanked the snare waaay down, we gucci now or did i go overboard",
        "dragged the fiddle down, sorted now or did i go overboard?",
        "turned the kick down, golden now or did i overdo it",
    ],
)
def test_slang_for_a_good_state_makes_an_either_or(question: str) -> None:
    assert either_state(question) is not None


def test_one_part_hogging_the_mix_asks_about_every_part_not_the_loudness() -> None:
    intent = classify("is one part being a ball hog in this mix or does everybody get a fair touch")
    assert intent.any_track and intent.complaint != "loudness"
    advice = advise_rock("is one instrument hogging this mix or is it even?")
    assert advice.text.startswith("No: no track sits too loud"), advice.text
    loud = advise_rock("is one instrument hogging this mix or is it even?", KEYS_LOUD)
    assert loud.text.startswith("Yes") and "'Keys'" in loud.text, loud.text


def test_one_part_of_the_song_is_no_part_of_the_mix() -> None:
    assert not classify("one part of the song sounds loud in the mix").any_track


@pytest.mark.parametrize(
    ("question", "technique"),
    [
        ("pad feels like its sitting on everybody's lap, duck it a few dB?", None),
        ("duck the pad 3 db?", None),
        ("duck the pad a few db under the kick", "sidechain"),
        ("should i duck the bass to the kick", "sidechain"),
    ],
)
def test_a_duck_with_no_trigger_is_a_fader_move(question: str, technique: str | None) -> None:
    assert classify(question).technique == technique


@pytest.mark.parametrize(
    ("question", "technique"),
    [
        ("drop the bass a notch?", None),
        ("take the hats down a notch", None),
        ("put a notch at 300 on the kick", "eq"),
        ("should i notch the vocal at 3k", "eq"),
    ],
)
def test_a_notch_as_an_amount_is_no_eq(question: str, technique: str | None) -> None:
    assert classify(question).technique == technique


@pytest.mark.parametrize(
    ("findings", "opening", "track", "sign"),
    [
        (BASS_LOW, "No, the other way: 'Bass'", "Bass", 1),
        ((level_finding("Bass", "basses", 10.0),), "Yes, it's level before it's EQ: 'Bass'", "Bass", -1),
        ((level_finding("Kick", "kick drums", 12.0),), "No, it's the other part's fader: 'Kick'", "Kick", -1),
    ],
)
def test_a_fader_move_said_bare_after_a_clash_gets_its_own_yes_or_no(findings, opening, track, sign) -> None:
    advice = advise_rock(
        "bass n kick feel like theyre wrestling each other, drop the bass a notch?", findings
    )
    assert advice.text.startswith(opening), advice.text
    card = advice.suggestions[0]
    assert card.track == track and card.params["delta_db"] * sign > 0


# a bad state claimed, then tagged


@pytest.mark.parametrize(
    "question",
    [
        "my gf thinks the balance is way off, is it?",
        "balance is off isnt it",
        "levels r all over the place right?",
    ],
)
def test_a_tagged_claim_of_a_bad_balance_is_no_when_nothing_is_off(question: str) -> None:
    assert classify(question).asks_problem
    advice = advise_rock(question)
    assert advice.text.startswith("No, nothing is off: no track's level stands out"), advice.text


def test_a_tagged_claim_of_a_bad_balance_is_yes_with_a_part_off() -> None:
    advice = advise_rock("my gf thinks the balance is way off, is it?", KEYS_LOUD)
    assert advice.text.startswith("Yes") and "'Keys'" in advice.text, advice.text


def test_a_good_state_claimed_and_tagged_is_no_bad_state() -> None:
    assert not classify("the balance is fine, right?").asks_problem
