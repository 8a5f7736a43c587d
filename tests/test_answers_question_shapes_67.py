"""Question shapes found after set 43's one run: "is that the strings or the horns doing it?" with a clash word
("washy", "smeared", "cluttering") offers two parts as the alternatives and wants one named, not "Yes"; room
treatment ("bass traps", "acoustic panels", "should i treat my room first?") is gear that changes what you hear,
not the file, and "my room's boomy, that's why... worth buying traps?" gets its "No" first; "one single thing you'd
change before then" is the one first thing, "before then what" a time, not "what next?". Found around them: "how
many dB between the vocal and the backing vox?" and "what's the gap between the kick and the bass?" ask the gap as a
number; "ok clap is tamed. how's the vocal sitting now?" asks about the vocal, the move on the clap said after it;
"what about the vocal?" after "clap is way too loud" gets the vocal's verdict before any move; "would you touch
anything before this goes out?" asks for a change (a no on a clean mix); "does the harmony sit right or is it
stepping on the lead?" offers the good side first, so a fault is no "Yes"; "bass or kick drum making it boomy?" with
no kick names the bass and says the kick is not there; "right guitar or left guitar, which is hogging the mix?"
wants the one named; "did i mute it?" of a buried part is "No, it's playing, just too quiet"; "kick n clap, are they
balanced against each other?" is the pair's two meters and real mixes' gap; and "intentional vibe or mistake?" asks
whether the level reads as a choice, no taste claimed; "why is everything pumping?" on a mix that is not squashed
still names the part that is off; "where's my mix at loudness wise?" asks the number, and "true peak ok?" is a yes
with its verb left out, never "it isn't the level"; "is the bass louder than the kick? by how much" is the ranking
with its size in dB; "vocal sits on top?" and "is the vocal on top?" rank the part against everything else; and
"snare's back in its lane?" after a fix asks whether it helped; "muddy on my car stereo" is a muddy mix heard in the
car, not a small speaker; and "horn stabs are weak, how loud should they be vs the vocal?" asks the gap under the
lead as a number; "anything that sticks out in the low mids?" is that region's verdict; "first impressions?" asks what I hear; "panned hard or like 70%?"
offers two amounts, one named (or both) against real mixes' spread; "would a louder vocal take fix it?" guesses a new
take as the remedy; and "they can sit way back?", "on top, as it should be" grant a place as the norm, answered
against where the part sits ("Not this quiet:"); "right side is louder than left, why?" tells the lean, then
"Because" its cause."""

from __future__ import annotations

import pytest
from fakes.rendering import ask_after, ask_once, conversation, needs_fluidsynth

from model.gear_question import asks_gear
from model.good_or_fault import FAULT_SIDE
from model.intent import Wants, classify
from model.intent_forms import EITHER_OR
from model.intent_source import guesses_new_source
from model.is_it_on import MUTE_ASKED
from model.level_gap import BETWEEN
from model.level_norm import ALLOWED
from model.pan_amount import PAN_CHOICE
from model.versus_levels import BALANCED


@pytest.mark.parametrize(
    ("question", "either"),
    [
        ("is that the strings or the horns doing it?", True),
        ("what's cluttering the chorus, the keys or the guitars?", True),
        ("is the piano or the guitar masking the vocal?", True),
        ("is the guitar masking the vocal?", False),
        ("are the keys and guitars fighting?", False),
        ("should i eq it or pan it?", False),
    ],
)
def test_two_parts_offered_as_alternatives(question: str, either: bool) -> None:
    assert (EITHER_OR.search(question) is not None) is either


@pytest.mark.parametrize(
    ("question", "gear"),
    [
        ("should i buy bass traps before i touch the mix again?", True),
        ("do i need acoustic panels? the low end sounds massive", True),
        ("should i treat my room first? everything sounds boomy", True),
        ("is my room the problem?", True),
        ("worth buying traps before i mix more?", True),
        ("the acoustic sounds thin, should i boost it?", False),
        ("should i pan the acoustic left?", False),
    ],
)
def test_room_treatment_is_gear(question: str, gear: bool) -> None:
    assert asks_gear(question) is gear


@pytest.mark.parametrize(
    ("question", "wants"),
    [
        ("if you could change one single thing before then what would it be", Wants.WHAT_FIRST),
        ("what's the one little thing you'd fix?", Wants.WHAT_FIRST),
        ("and then what?", Wants.WHAT_FIRST),
        ("what's the gap between the kick and the bass?", Wants.HOW_MUCH),
        ("how big should the difference between the lead and the harmony be?", Wants.HOW_MUCH),
    ],
)
def test_first_thing_and_gap_wants(question: str, wants: str) -> None:
    assert classify(question).wants == wants


def test_before_then_is_a_time_not_a_follow_up() -> None:
    assert not classify("if you could change one single thing before then what would it be").more
    assert classify("ok. then what?").more


@pytest.mark.parametrize(
    ("question", "pair"),
    [
        ("how many db between the vocal and the backing vox?", ("vocal", "backing vox")),
        ("whats the gap between kick and bass supposed to be", ("kick", "bass")),
        ("difference from the clap to the kick in db?", ("clap", "kick")),
    ],
)
def test_between_names_the_two_parts(question: str, pair: tuple[str, str]) -> None:
    m = BETWEEN.search(question)
    assert m is not None and (m.group("a"), m.group("b")) == pair


@needs_fluidsynth
@pytest.mark.parametrize(
    ("style", "scenario", "question", "opening", "track"),
    [
        (
            "soul",
            "Strings +10",
            "the chorus just smears into one big wash. is that the strings or the horns doing it?",
            "It's 'Strings', not 'Horns': ",
            "Strings",
        ),
        (
            "rock",
            "Keys +10",
            "what's cluttering the chorus, the keys or the guitars?",
            "It's 'Keys', not the guitars: ",
            "Keys",
        ),
        (
            "folk",
            "Fiddle +10",
            "something's crowding the vocal, is it the fiddle or the piano?",
            "It's 'Fiddle', not 'Piano': ",
            "Fiddle",
        ),
    ],
)
def test_clash_word_with_two_parts_offered_names_the_one_measured(style, scenario, question, opening, track):
    advice = ask_once(style, scenario, question)
    assert advice.text.startswith(opening), advice.text
    card = advice.suggestions[0]
    assert card.track == track and card.params["delta_db"] < 0


@needs_fluidsynth
def test_neither_offered_part_measured_off_is_neither():
    advice = ask_once("rock", "clean", "is it the keys or the guitars cluttering things up?")
    assert advice.text.startswith("Neither: nothing I measured shows"), advice.text


@needs_fluidsynth
def test_room_blamed_and_traps_asked_gets_no_then_the_mix():
    advice = ask_once(
        "soul",
        "Bass +10",
        "my room is mad boomy so i reckon thats why the low end sounds huge. should i buy bass traps before i "
        "touch the mix again?",
    )
    assert advice.text.startswith("No, it's the mix, not your room: 'Bass' sits about 10 dB louder"), (
        advice.text
    )
    assert advice.suggestions[0].track == "Bass" and advice.suggestions[0].params["delta_db"] < 0


@needs_fluidsynth
def test_acoustic_panels_are_treatment_not_an_acoustic_guitar():
    advice = ask_once("soul", "Bass +10", "do i need acoustic panels? the low end sounds massive")
    assert advice.text.startswith("Not to fix your mix: treating the room changes what you hear"), advice.text
    assert "no acoustic" not in advice.text
    assert advice.suggestions[0].track == "Bass"


@needs_fluidsynth
def test_one_single_thing_before_then_on_a_clean_mix_is_nothing_needed():
    advice = ask_once("folk", "clean", "sending this to my mastering guy tmrw morning. if you could change one single "
                  "thing before then what would it be")  # fmt: skip
    # nothing is off: the dull lean is only the one thing picked, never "Next:" or a move first
    assert advice.text.startswith(("Nothing needs changing. At most", "Honestly, nothing in the numbers")), (
        advice.text
    )


@needs_fluidsynth
def test_gap_between_two_parts_gives_real_mixes_figure_and_both_meters():
    advice = ask_once("soul_kit", "clean", "how many db between the vocal and the backing vox?")
    assert advice.text.startswith("In well-rated real mixes the middle half of"), advice.text
    assert "'Backing Vox' reads -28.4 LUFS and 'Lead Vocal' -20.0 LUFS: an 8.4 dB gap." in advice.text


@needs_fluidsynth
def test_measured_difference_between_two_parts_leads_with_the_gap():
    advice = ask_once("pop", "clean", "what's the difference between the clap and the kick in db?")
    assert advice.text.startswith("A gap of -2.2 dB: 'Clap' reads -26.6 LUFS and 'Kick' -24.4 LUFS"), (
        advice.text
    )


@needs_fluidsynth
def test_other_part_asked_after_a_move_is_answered_then_the_move():
    advice = ask_after(
        "rock",
        ("Bass +10", "bass too loud?"),
        "Lead Vocal -10",
        "pulled the bass down. is the vocal loud enough now?",
    )
    assert advice.text.startswith("No: 'Lead Vocal' sits about 8 dB quieter"), advice.text
    assert advice.text.endswith("As for the move you made: the 'Bass' sitting too loud is gone."), advice.text
    assert advice.suggestions[0].track == "Lead Vocal" and advice.suggestions[0].params["delta_db"] > 0


@needs_fluidsynth
def test_other_part_asked_after_a_told_move_is_that_part():
    advice = ask_after(
        "pop", ("Clap +10", "clap is way too loud"), "clean", "clap's tamed, what about the vocal now?"
    )
    assert advice.text.startswith("It's fine: nothing I measured says 'Lead Vocal' is out of line."), (
        advice.text
    )
    assert "the 'Clap' sitting too loud is gone" in advice.text
    assert not advice.suggestions


@needs_fluidsynth
def test_what_about_after_a_stated_complaint_gives_the_verdict_first():
    advice = conversation("pop", [("clean", "clap is way too loud"), ("clean", "what about the vocal?")])[1]
    assert advice.text.startswith("Nothing I measured says 'Lead Vocal' is too loud."), advice.text
    assert "If you still hear it: bring the fader on 'Lead Vocal'" in advice.text


@pytest.mark.parametrize(
    ("question", "fault"),
    [
        ("would you touch anything before this goes out?", True),
        ("last chance before i bounce, anything you'd tweak?", False),
        ("would u change anything?", True),
        ("does this sound finished?", False),
    ],
)
def test_a_change_asked_for_is_the_fault_side(question: str, fault: bool) -> None:
    assert (FAULT_SIDE.search(question) is not None) is fault


@pytest.mark.parametrize(
    ("question", "wants"),
    [
        ("right guitar or left guitar, which is hogging the mix?", Wants.JUDGE),
        ("vocal or guitars, which needs to move?", Wants.JUDGE),
    ],
)
def test_which_after_the_parts_is_a_verdict(question: str, wants: str) -> None:
    assert classify(question).wants == wants


@needs_fluidsynth
def test_would_you_touch_anything_on_a_clean_mix_is_a_no():
    advice = ask_once("soul", "clean", "would you touch anything before this goes out?")
    assert advice.text.startswith(("No", "Honestly, nothing")), advice.text
    assert not advice.text.startswith("Yes"), advice.text


@needs_fluidsynth
@pytest.mark.parametrize(
    ("style", "scenario", "question", "opening", "track", "sign"),
    [
        ("folk", "Harmony Vox +10", "does the harmony sit right or is it stepping on the lead?",
         "No, it's too loud, and it's level before it's EQ: 'Harmony Vox'", "Harmony Vox", -1),
        ("soul", "Horns +10", "horns fine or are they covering the vocal?",
         "No, it's too loud, and it's level before it's EQ: 'Horns'", "Horns", -1),
        ("folk", "Lead Vocal -10", "does the harmony sit right or is it stepping on the lead?",
         "It's the lead's own level more than the harmony: 'Lead Vocal'", "Lead Vocal", 1),
    ],
)  # fmt: skip
def test_good_side_offered_before_a_clash_is_no_yes(style, scenario, question, opening, track, sign):
    advice = ask_once(style, scenario, question)
    assert advice.text.startswith(opening), advice.text
    card = advice.suggestions[0]
    assert card.track == track and card.params["delta_db"] * sign > 0


@needs_fluidsynth
@pytest.mark.parametrize(
    ("style", "scenario", "question", "opening"),
    [
        ("folk", "Upright Bass +10", "bass or kick drum making it boomy?",
         "It's 'Upright Bass' (there is no kick drum in this session): 'Upright Bass' sits about 11 dB louder"),
        ("folk", "clean", "is it the kick or the bass making it boomy?",
         "Neither, as far as I measure (there is no kick in this session): nothing I measured says 'Upright Bass'"),
        ("pop", "Pad +10", "pad or the guitar, which one is muddying it?",
         "It's 'Pad' (there is no guitar in this session): "),
    ],
)  # fmt: skip
def test_two_parts_offered_one_not_in_the_session(style, scenario, question, opening):
    advice = ask_once(style, scenario, question)
    assert advice.text.startswith(opening), advice.text


@needs_fluidsynth
def test_which_after_two_named_parts_names_the_one_off():
    advice = ask_once("rock", "Gtr R +10", "right guitar or left guitar, which is hogging the mix?")
    # the pair's two sides are the two choices, so the other side is named too
    assert advice.text.startswith("It's 'Gtr R', not 'Gtr L': 'Gtr R' sits about 7 dB louder"), advice.text
    assert advice.suggestions[0].track == "Gtr R" and advice.suggestions[0].params["delta_db"] < 0


@pytest.mark.parametrize(
    ("question", "muted"),
    [
        ("harmony vox disappeared, did i mute it?", True),
        ("organ vanished. did i accidentally mute the organ?", True),
        ("did i turn the bass down too much?", False),
        ("should i mute the shaker?", False),
        ("did i kill the snare with compression?", False),
        ("did i turn off the compressor on the vocal?", False),
    ],
)
def test_a_mute_asked(question: str, muted: bool) -> None:
    assert (MUTE_ASKED.search(question) is not None) is muted


@needs_fluidsynth
def test_did_i_mute_it_of_a_buried_part_is_playing_just_quiet():
    advice = ask_once("folk", "Harmony Vox -10", "harmony vox disappeared, did i mute it?")
    assert advice.text.startswith("No, it's playing, just too quiet: 'Harmony Vox'"), advice.text
    assert len(advice.text.split()) <= 120
    assert advice.suggestions[0].track == "Harmony Vox" and advice.suggestions[0].params["delta_db"] > 0


@pytest.mark.parametrize(
    ("question", "pair"),
    [
        ("kick n clap, are they balanced against each other?", True),
        ("whats the balance like between the kick and bass?", True),
        ("bass and kick ok together?", True),
        ("is the mix balanced overall?", False),
        ("is the kick ok?", False),
    ],
)
def test_a_pair_balance_asked(question: str, pair: bool) -> None:
    assert (BALANCED.search(question) is not None) is pair


@needs_fluidsynth
def test_a_pair_asked_balanced_gets_both_meters_and_real_mixes_gap():
    advice = ask_once("pop", "clean", "kick n clap, are they balanced against each other?")
    assert advice.text.startswith(
        "Yes, both are fine: 'Kick' reads -24.4 LUFS and 'Clap' -26.6 LUFS, a 2.2 dB gap"
    ), advice.text
    assert "well-rated real mixes with both (MixologyDB)" in advice.text


@needs_fluidsynth
def test_intentional_vibe_or_mistake_is_no_taste_granted():
    advice = ask_once("pop", "clean", "the pluck is kinda poking out, intentional vibe or mistake?")
    # "poking out" says it too loud: its meter answers that (a little under typical, inside the range)
    assert advice.text.startswith("It can pass as a choice: 'Pluck Synth' sits about 3 dB quieter"), (
        advice.text
    )
    assert "so I'd leave it" in advice.text


@needs_fluidsynth
def test_not_squashed_still_names_the_mix_own_fault():
    advice = ask_once("pop", "Synth Bass +10", "why is everything pumping weird?")
    assert advice.text.startswith("It isn't squashed: a "), advice.text
    assert "What does stand out: 'Synth Bass' sits about" in advice.text
    assert advice.suggestions[0].track == "Synth Bass" and advice.suggestions[0].params["delta_db"] < 0


@needs_fluidsynth
@pytest.mark.parametrize(
    ("style", "question", "opening"),
    [
        ("pop", "where's my mix at loudness wise, like lufs?", "You're at -14.1 LUFS integrated"),
        ("folk", "true peak ok?", "Yes: -14.0 LUFS integrated with the true peak at"),
    ],
)
def test_loudness_asked_as_where_or_ok_without_a_verb(style, question, opening):
    advice = ask_once(style, "clean", question)
    assert advice.text.startswith(opening), advice.text
    assert "isn't the level" not in advice.text


@needs_fluidsynth
@pytest.mark.parametrize(
    ("style", "scenario", "question", "opening"),
    [
        ("rock", "Bass +10", "is the bass louder than the kick? by how much",
         "Yes, by 11.0 dB: 'Bass' reads -15.5 LUFS against -26."),
        ("soul", "clean", "is the bass louder than the drums, and by how much?",
         "No, 'Drums' is, by 1.2 dB: 'Bass' reads -24.6 LUFS against -23.4 LUFS for 'Drums'."),
    ],
)  # fmt: skip
def test_a_ranking_asked_with_its_size(style, scenario, question, opening):
    advice = ask_once(style, scenario, question)
    assert advice.text.startswith(opening), advice.text


@needs_fluidsynth
@pytest.mark.parametrize(
    ("style", "question", "opening"),
    [
        ("soul_kit", "vocal sits on top?", "Yes, on top: 'Lead Vocal' is the loudest track at -20.0 LUFS"),
        ("soul_kit", "is the vocal on top?", "Yes, on top: 'Lead Vocal' is the loudest track"),
        ("pop", "is the clap on top?", "No, not on top: 'Clap' reads -26.6 LUFS, under 'Lead Vocal'"),
    ],
)
def test_on_top_said_bare_is_the_ranking_against_everything(style, question, opening):
    advice = ask_once(style, "clean", question)
    assert advice.text.startswith(opening), advice.text


@needs_fluidsynth
def test_back_in_its_lane_after_the_fix_is_better():
    advice = ask_after("rock", ("Snare +10", "snare is too loud"), "clean", "snare's back in its lane?")
    assert advice.text.startswith("Yes: the 'Snare' sitting too loud is gone."), advice.text


@pytest.mark.parametrize(
    ("question", "complaint"),
    [
        ("why does it sound muddy on my car stereo?", "muddy"),
        ("why so boomy on my car?", "boomy"),
        ("sounds small on my car", "small"),
        ("it sounds bad on my phone", "small"),
    ],
)
def test_a_tone_heard_on_a_device_is_the_tone(question: str, complaint: str) -> None:
    assert classify(question).complaint == complaint


def test_how_loud_after_a_statement_asks_a_size() -> None:
    assert classify("horn stabs are weak, how loud should they be vs the vocal?").wants == Wants.HOW_MUCH


@needs_fluidsynth
def test_gap_held_against_the_lead_with_vs_gives_real_mixes_figure():
    advice = ask_once("soul", "Horns -10", "horn stabs are weak, how loud should they be vs the vocal?")
    assert advice.text.startswith("In well-rated real mixes the middle half of 117 accompaniment parts"), (
        advice.text
    )
    assert advice.suggestions[0].track == "Horns" and advice.suggestions[0].params["delta_db"] > 0


@needs_fluidsynth
def test_sticks_out_in_a_region_is_that_region_verdict():
    advice = ask_once("rock", "clean", "is there anything that sticks out in the low mids?")
    assert advice.text.startswith("No: nothing in the low-mids stands out"), advice.text


@pytest.mark.parametrize("question", ["first impressions?", "gut reaction?", "initial thoughts?"])
def test_two_word_impressions_ask_what_i_hear(question: str) -> None:
    intent = classify(question)
    assert intent.wants == Wants.LISTEN and intent.kind == "what_do_you_hear"


@needs_fluidsynth
def test_first_impressions_on_a_clean_mix_is_good_shape():
    advice = ask_once("soul_kit", "clean", "first impressions?")
    assert advice.text.startswith("It's in good shape overall: nothing needs fixing."), advice.text


@pytest.mark.parametrize(
    ("question", "amounts"),
    [
        ("should the guitars be panned hard or like 70%?", ("hard", "70%")),
        ("hats 100% or more like 40%?", ("100%", "40%")),
        ("should i pan the guitars hard?", None),
    ],
)
def test_two_pan_amounts_offered(question: str, amounts: tuple[str, str] | None) -> None:
    m = PAN_CHOICE.search(question)
    assert (None if m is None else (m.group(1), m.group(5))) == amounts


@needs_fluidsynth
def test_pan_amounts_offered_get_one_named_or_both():
    advice = ask_once("rock", "clean", "should i pan the hats 100% or more like 40%?")
    assert advice.text.startswith("40%, nearer the usual: engineers panned hi-hats a median"), advice.text


@pytest.mark.parametrize(
    ("question", "guessed"),
    [
        ("would a louder vocal take fix it?", True),
        ("maybe a better take of the horns?", True),
        ("take the vocal down a bit?", False),
        ("should i take the reverb off?", False),
    ],
)
def test_another_take_is_a_new_source_guessed(question: str, guessed: bool) -> None:
    assert guesses_new_source(question) is guessed


@needs_fluidsynth
def test_a_louder_take_guessed_over_a_fader_fault_is_not_first():
    advice = ask_once("rock", "Lead Vocal -10", "would a louder vocal take fix it?")
    assert advice.text.startswith("No, not a new take first: 'Lead Vocal' sits about 8 dB quieter"), (
        advice.text
    )


@pytest.mark.parametrize(
    ("question", "allowed"),
    [
        ("strings are just a pad, they can sit way back?", True),
        ("vocal's on top, as it should be in pop, right?", True),
        ("the keys can be quiet right?", True),
        ("can i turn the strings down?", False),
        ("the vocal is on top", False),
    ],
)
def test_a_place_granted_as_the_norm(question: str, allowed: bool) -> None:
    assert (ALLOWED.search(question) is not None) is allowed


@needs_fluidsynth
@pytest.mark.parametrize(
    ("style", "scenario", "question", "opening"),
    [
        (
            "pop",
            "Lead Vocal +10",
            "vocal's on top, as it should be in pop, right?",
            "Not this loud: 'Lead Vocal'",
        ),
        (
            "soul",
            "Strings -10",
            "strings are just a pad, they can sit way back?",
            "Not this quiet: 'Strings'",
        ),
        (
            "soul",
            "clean",
            "strings are just a pad, they can sit way back?",
            "Yes, where it sits now: 'Strings'",
        ),
    ],
)
def test_a_place_granted_is_answered_against_where_it_sits(style, scenario, question, opening):
    advice = ask_once(style, scenario, question)
    assert advice.text.startswith(opening), advice.text


@needs_fluidsynth
def test_why_a_side_is_louder_tells_the_lean_then_its_cause():
    advice = ask_once("rock", "Gtr R +10", "right side is louder than left, why?")
    assert advice.text.startswith("It leans right: the right channel is"), advice.text
    assert "Because 'Gtr R' is panned right" in advice.text
