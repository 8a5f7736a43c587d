"""Question shapes found after set 55's one run: "shoved my vocal up 20 db, hows it sitting in the beat now" reports a
move and asks the part's state openly (the beat is where it sits, not a part asked); "how's the whole picture hanging
together now, anything else poking out?" asks the whole's state after the move ("Better:", then what is left);
"does the mix still lean right or is it centered now?" is answered "Centred:" with what the move did to the lean;
"is there one thing way out of whack or is he just being picky?" is a yes or no ("Yes, one thing:"), while "one
thing you'd still fix" asks the move; "is the acoustic sitting on my voice or is my singing just mushy?" is a clash
against the asker's own take ("It's 'Acoustic Gtr' covering 'Lead Vocal', not your singing:"); "pull both gtr faders
down?" with one of them off is "Just 'Gtr L', not both:"; "do i need to double track it or should i just turn it
up" picks the fader way offered; "frosted glass over the drums n my voice" and "this jangly wash on top of my gtrs"
name the parts covered, and the part measured over them is the answer; "want the horns further back n her voice
right up front, whats the reverb recipe? send levels?" is the depth craft with the voice kept in front, and "less
in your face" is a part wished back; "make a gtr lick jump out for 8 bars n then sit back down" is volume
automation over the passage, with its size (no permission to move its fader either: "stand out for the solo then
tuck back in"); "piano is just holding chords" names no chords part. From reading the set's passing answers: "knock
harder w/o getting louder.. transient shaper? settings pls" gets the shaper's settings, not a compressor's; "is she
mixed louder than she should be" in the chorus is a level claim, not a norm by section; "r they too low under my
vocal?" guesses no vocal; "my voice n the fiddle are fighting something" names the part measured over them; "dumped
the bass down like 20db" is a move reported; "what do i drop it by then, in actual db" asks a size; "..., whats ur
ears telling u" puts the claim before it to be checked; "layer a clap on it or should i just push it up" picks the
fader way offered."""

from __future__ import annotations

import pytest
from fakes.rendering import ask_after, ask_once, needs_fluidsynth

from model.answer_compare import result_asked
from model.answer_master import CENTRED_OR
from model.asked_direction import FADER_OFFERED, asked_way, other_move_or_fader
from model.intent import classify
from model.reported_move import reports_move
from model.section_bump import SECTION_BUMP
from model.unnamed_culprit import UNNAMED


@pytest.mark.parametrize(
    ("question", "reported"),
    [
        ("shoved my vocal up 20 db so itd definitely be heard lol, how's it sitting in the beat now", True),
        (
            "dropped the horns 10 db. how's the whole picture hanging together now, anything else poking out?",
            True,
        ),
        ("how's the vocal sitting now?", False),
    ],
)
def test_an_open_how_after_a_move_is_a_move_reported(question: str, reported: bool) -> None:
    assert reports_move(question) is reported


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("how's the whole picture hanging together now, anything else poking out?", "whole_how"),
        ("how does the whole mix hang together now?", "whole_how"),
        ("is it all balanced now or is anything still sticking out?", "whole"),
        ("how's it sitting now", ""),
    ],
)
def test_the_whole_state_asked_openly(question: str, asked: str) -> None:
    assert result_asked(question) == asked


@pytest.mark.parametrize(
    ("question", "offered"),
    [
        ("does the mix still lean right or is it centered now", True),
        ("is my stereo picture centered or lopsided?", True),
        ("is my mix centred?", False),
    ],
)
def test_the_centred_state_offered(question: str, offered: bool) -> None:
    assert (CENTRED_OR.search(question) is not None) is offered


@pytest.mark.parametrize(
    ("question", "wants"),
    [
        ("is there one thing way out of whack or is he just being picky", "judge"),
        ("levels wise is there one thing youd still fix before i bounce this?", "what_first"),
        ("what's the one thing you'd change first?", "what_first"),
        ("whats the reverb recipe for the horns?", "how_to"),
    ],
)
def test_one_thing_asked_yes_or_no(question: str, wants: str) -> None:
    assert classify(question).wants == wants


@pytest.mark.parametrize(
    ("question", "instruments"),
    [
        ("piano is mostly just holding chords under everything, is it sitting ok", ("piano",)),
        ("huh, why the piano tho, its only plonking simple chords", ("piano",)),
        ("the chords feel thin", ("chords",)),
    ],
)
def test_chords_a_part_plays_are_no_part(question: str, instruments: tuple[str, ...]) -> None:
    assert classify(question).instruments == instruments


@pytest.mark.parametrize(
    ("question", "complaint"),
    [
        ("is the acoustic sitting on my voice or is my singing just mushy", "clash"),
        ("lyrics go all smudgy whenever i dig into the strumming", "clash"),
    ],
)
def test_a_part_sitting_on_the_voice_is_a_clash(question: str, complaint: str) -> None:
    assert classify(question).complaint == complaint


def test_moves_offered_on_both_tracks_and_after_a_technique() -> None:
    assert asked_way("should i just pull both gtr faders down a couple db?") == "down"
    assert FADER_OFFERED.search("do i need to double track it or should i just turn it up")
    assert not FADER_OFFERED.search("do i need to double track it or is it fine")
    assert other_move_or_fader("do i need to layer a clap on it or should i just push it up")
    assert not other_move_or_fader("turn the vocal up or the band down?")
    assert not other_move_or_fader("the bass, push it up or leave it alone?")


@pytest.mark.parametrize(
    ("question", "unnamed"),
    [
        ("like theres frosted glass over the drums n my voice", True),
        ("why is there this jangly wash sitting on top of my gtrs", True),
        ("the pad sits on top of the drums", False),
    ],
)
def test_a_film_over_the_parts_is_an_unnamed_part(question: str, unnamed: bool) -> None:
    assert (UNNAMED.search(question) is not None) is unnamed


@pytest.mark.parametrize(
    ("question", "bump"),
    [
        ("how do i make a gtr lick jump out for like 8 bars n then sit back down after?", True),
        ("how can i bump the horns up for the bridge", True),
        ("the fiddle jumps out in the mix, too loud?", False),
    ],
)
def test_a_part_lifted_for_a_passage(question: str, bump: bool) -> None:
    assert (SECTION_BUMP.search(question) is not None) is bump


@needs_fluidsynth
def test_an_open_how_after_overshooting_the_vocal() -> None:
    advice = ask_after(
        "pop",
        ("Lead Vocal -10", "my vox is lost under the beat, too quiet?"),
        "Lead Vocal +10",
        "cranked my vox way up like 20db, hows it sitting in the beat now",
    )
    assert advice.text.startswith("No, too far: now 'Lead Vocal' is too loud (11.6 dB)")
    assert (advice.suggestions[0].track, advice.suggestions[0].params) == ("Lead Vocal", {"delta_db": -6.0})


@needs_fluidsynth
def test_the_whole_picture_after_a_fix() -> None:
    advice = ask_after(
        "soul_kit",
        ("Horns +10", "the horns are way over everything, right?"),
        "clean",
        "pulled the horns down a bunch, how does the whole mix hang together now, anything else?",
    )
    assert advice.text.startswith("Better: the 'Horns' sitting too loud is gone.")
    assert "Nothing else needs fixing; at most, the mix leans a little harsh." in advice.text
    assert all(s.track != "Horns" for s in advice.suggestions)


@needs_fluidsynth
def test_the_lean_gone_after_the_move() -> None:
    advice = ask_after(
        "rock",
        ("Gtr L +10", "the mix pulls hard to the left, is it the left gtr?"),
        "clean",
        "pulled the left gtr down, is it still leaning left or centered now?",
    )
    assert advice.text.startswith("Centred: the two channels are within 0.9 dB of each other")
    assert "Moving 'Gtr L' took the lean out: on the last clip it leaned left by 4.7 dB." in advice.text
    assert not advice.suggestions


@needs_fluidsynth
def test_one_thing_out_of_whack() -> None:
    advice = ask_once(
        "rock", "Lead Vocal +10", "is there one thing way out of whack or is my bassist just being picky?"
    )
    assert advice.text.startswith("Yes, one thing: 'Lead Vocal' sits about 12 dB louder")
    assert (advice.suggestions[0].track, advice.suggestions[0].params) == ("Lead Vocal", {"delta_db": -6.0})


@needs_fluidsynth
def test_the_clash_against_the_singers_own_take() -> None:
    advice = ask_once("folk", "masking", "is the acoustic sitting on my voice or is my singing just mushy?")
    assert advice.text.startswith(
        "It's 'Acoustic Gtr' covering 'Lead Vocal', not your singing: 'Acoustic Gtr' sits"
    )
    assert advice.suggestions[0].track == "Acoustic Gtr"


@needs_fluidsynth
def test_both_faders_proposed_with_one_off() -> None:
    advice = ask_once("rock", "masking", "should i just pull both gtr faders down a couple db?")
    assert advice.text.startswith("Just 'Gtr L', not both: 'Gtr L' sits about 8 dB louder")
    assert [s.track for s in advice.suggestions] == ["Gtr L"]


@needs_fluidsynth
def test_double_track_or_turn_it_up() -> None:
    advice = ask_once(
        "rock",
        "Lead Vocal -10",
        "vocal sounds weedy, do i need to double track it or should i just turn it up",
    )
    assert advice.text.startswith("Bring it up first: 'Lead Vocal' sits about 8 dB quieter")
    assert (advice.suggestions[0].track, advice.suggestions[0].params) == ("Lead Vocal", {"delta_db": 5.5})


@needs_fluidsynth
def test_a_film_over_the_parts_names_the_part_over_them() -> None:
    fog = ask_once(
        "pop", "Pad +10", "like theres frosted glass over the drums n my voice.. where should i start"
    )
    assert fog.text.startswith(
        "Start with 'Pad', most likely what you hear: 'Pad' sits level with your lead vocal"
    )
    wash = ask_once("rock", "Keys +10", "why is there this jangly wash sitting on top of my gtrs?")
    assert wash.text.startswith("Most likely because of 'Keys': 'Keys' sits level with your lead vocal")
    assert (wash.suggestions[0].track, wash.suggestions[0].params) == ("Keys", {"delta_db": -4.5})


@needs_fluidsynth
def test_depth_with_the_voice_kept_in_front() -> None:
    advice = ask_once(
        "soul",
        "clean",
        "want the horns n strings to feel further back in the room n her voice right up front, "
        "whats the reverb recipe? send levels?",
    )
    assert advice.text.startswith("For depth, put the band in one shared room:")
    assert (
        "Send more from 'Horns' and 'Strings' than from what stays in front ('Lead Vocal', 'Bass'"
        in advice.text
    )
    assert "sends at -15 to -10 dB on the parts at the back" in advice.text
    back = ask_once("soul", "horns too loud", "how do i make the brass section less in your face")
    assert "Send more from 'Horns' than from what stays in front" in back.text


@needs_fluidsynth
def test_a_lick_lifted_for_eight_bars() -> None:
    advice = ask_once(
        "rock",
        "clean",
        "how do i make a gtr lick jump out for like 8 bars n then sit back down after? how many db of bump",
    )
    assert advice.text.startswith(
        "About 2-3 dB, drawn in as automation: on 'Gtr L' and 'Gtr R' show the Volume"
    )
    assert (
        "Their faders can stay: nothing I measured says 'Gtr L' and 'Gtr R' are out of line." in advice.text
    )
    assert not advice.suggestions


@needs_fluidsynth
def test_a_piano_holding_chords_is_judged_alone() -> None:
    advice = ask_once(
        "folk",
        "clean",
        "piano is mostly just holding chords under everything, is it sitting ok or pushed too far back",
    )
    assert advice.text.startswith("It's fine: 'Piano' sits 10 dB under your lead vocal")
    assert "'Acoustic Gtr'" not in advice.text


@pytest.mark.parametrize(
    ("question", "wants"),
    [
        ("ugh ok lol. what do i drop it by then, in actual db", "how_much"),
        (
            "want my kick to knock harder without it getting louder.. transient shaper? eq? settings pls",
            "how_to",
        ),
        ("my strumming feels more in your face than my singing lol, whats your ears telling you", "judge"),
    ],
)
def test_sizes_settings_and_ears_asked(question: str, wants: str) -> None:
    assert classify(question).wants == wants


def test_a_move_dumped_is_a_move_reported() -> None:
    assert reports_move(
        "ok dumped the bass down like 20db, does the bottom feel tighter now or was that way too much"
    )


@needs_fluidsynth
def test_knock_harder_with_the_transient_shaper_asked() -> None:
    advice = ask_once(
        "pop",
        "clean",
        "want my kick to knock harder but w/o it getting louder overall.. transient shaper? eq? settings pls",
    )
    assert advice.text.startswith("Put a transient shaper on 'Kick': add 3-6 dB of attack")
    assert "A compressor" not in advice.text
    assert (advice.suggestions[0].track, advice.suggestions[0].params) == (
        "Kick",
        {"freq_hz": 3200, "gain_db": 2.0, "q": 1.4},
    )


@needs_fluidsynth
def test_louder_than_she_should_be_is_no_section_norm() -> None:
    advice = ask_once(
        "folk",
        "Harmony Vox +10",
        "the harmony kinda drowns me out in the chorus lol, is she mixed louder than she should be",
    )
    assert advice.text.startswith("Yes: 'Harmony Vox' sits 2 dB over your lead vocal.")
    assert "usually by a dB or two" not in advice.text


@needs_fluidsynth
def test_the_vocal_they_sit_under_is_no_guess() -> None:
    advice = ask_once(
        "soul_kit",
        "clean",
        "the kit sounds a bit light to me, are the kick and snare sitting too low under the vocal?",
    )
    assert advice.text.startswith("No: 'Kick' sits about 3 dB louder")
    assert "'Snare'" in advice.text and "'Lead Vocal'" not in advice.text.split(".")[0]


@needs_fluidsynth
def test_parts_fighting_something_unnamed() -> None:
    advice = ask_once(
        "folk",
        "Piano +10",
        "verses feel cluttered, my voice n the fiddle are fighting something for space. where do i begin",
    )
    assert advice.text.startswith(
        "Start with 'Piano', most likely what you hear: 'Piano' sits about 9 dB louder"
    )
    assert (advice.suggestions[0].track, advice.suggestions[0].params) == ("Piano", {"delta_db": -6.0})


@needs_fluidsynth
def test_a_bass_dumped_too_far() -> None:
    advice = ask_after(
        "soul",
        ("Bass +10", "bass is booming over the whole band, way too loud yeah?"),
        "Bass -10",
        "ok dumped the bass down like 20db just to be safe, does the bottom feel tighter now or was that way too much",
    )
    assert advice.text.startswith(
        "No, too far: now 'Bass' is too low (9.8 dB); before, it was too loud (10.2 dB)."
    )
    assert (advice.suggestions[0].track, advice.suggestions[0].params) == ("Bass", {"delta_db": 6.0})


@needs_fluidsynth
def test_a_claim_put_to_the_listeners_ears() -> None:
    advice = ask_once(
        "folk",
        "Acoustic Gtr +10",
        "my strumming feels more in ur face than my actual singing lol, whats ur ears telling u",
    )
    assert advice.text.startswith("Yes: 'Acoustic Gtr' sits about 11 dB louder")
    assert (advice.suggestions[0].track, advice.suggestions[0].params) == ("Acoustic Gtr", {"delta_db": -6.0})


@needs_fluidsynth
def test_a_layer_or_the_fader_picks_the_fader() -> None:
    advice = ask_once(
        "rock", "Snare -10", "snare feels weak, do i need to layer a clap on it or should i just push it up"
    )
    assert advice.text.startswith("Bring it up first: 'Snare' sits about 10 dB quieter")
    assert (advice.suggestions[0].track, advice.suggestions[0].params) == ("Snare", {"delta_db": 6.0})


@needs_fluidsynth
def test_a_solo_lifted_then_tucked_back_is_no_fader_move() -> None:
    advice = ask_once(
        "folk", "clean", "how can i get the fiddle to stand out for the solo and then tuck back in"
    )
    assert advice.text.startswith("Automate it: on 'Fiddle' show the Volume envelope")
    assert "about 4-6 dB" in advice.text
    assert not advice.suggestions
