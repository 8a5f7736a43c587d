"""Question shapes from blind set 39's misses and the probes written after them.

A master move guessed over a complaint ("a wall of mush, should i automate the master up?") names the part at the
wrong level first; "does the top end quit scratching?" after a move is "did that help?", as is "fiddle's way up,
does it sing now?"; "is something missing up there?" asks for a problem, not a good state; a kick and bass said to
lock before another question answers that question; a band's name ("foo fighters") is no clash and a guitar double is two equal takes spread wide; "too
washy or too loud?" names the level when it is off; "what jumps out?" and "what's the vibe?" on a mix with only a
lean say it is only a lean; "ok or too much?" with no move made is "Too much"; a ride of the master is automation;
"which one's the problem?" with neither of the two off names the part that is; "does it sound like a bedroom
mix?" with only a lean is a no; a part asked to float above the rest gets a move on it; "is the shaker even doing
anything?" asks whether it is heard; "mic problem or mix problem?" gets the side measured; "is it even on?" says
the part plays; a size already moved is no size proposed; "cut now or still buried?" after a move names the side
that is true; "ok or too quiet, and how much?" names the side, then the size; "small compared to the radio" is
released songs, not a radio played on; "what would that fix?" after a move asks why it is given; and a part's own
fader declined gets the same balance from every other fader; and a destination with no loudness figure here
("for soundcloud") says which target judged it; and a hedged claim after a fine statement ("hats r fine i think,
maybe a hair loud?") is the claim asked; and two people's claims on a part ("bassist says he's too quiet, i think
he's fine, who's right") get the one the meters side with."""

from __future__ import annotations

import pytest
from fakes.rendering import ask_once, conversation, needs_fluidsynth

from model.asked_clause import asked_side
from model.guessed_technique import TROUBLE
from model.intent import Wants, classify
from model.level_or_amount import LEVEL_OR
from model.reported_move import reports_move


@pytest.mark.parametrize(
    ("question", "trouble"),
    [
        ("its just a wall of mush", True),
        ("the chorus doesnt lift at all", True),
        ("the mix is murky", True),
        ("the chorus lifts nicely", False),
        ("should i automate the master?", False),
    ],
)
def test_mush_and_a_chorus_that_does_not_lift_are_complaints(question, trouble):
    assert (TROUBLE.search(question) is not None) is trouble


@pytest.mark.parametrize(
    ("question", "done"),
    [
        ("shaker's tucked back now, does the top end quit scratching at me?", True),
        ("pulled the hats down, does the top still sizzle?", True),
        ("organ's pulled way back now, did the boom go away?", True),
        ("ok fiddle's way up, does it sing now?", True),
        ("the pluck is a lot louder, does the hook pop now?", True),
        ("does the hook pop now?", False),
        ("does the top end quit scratching at me?", False),
        ("should i pull the hats down, does the top still sizzle?", False),
    ],
)
def test_a_fault_asked_gone_after_a_move_is_a_reported_move(question, done):
    assert reports_move(question) is done


def test_up_there_is_a_place_not_a_good_state():
    assert asked_side("the top feels empty, is something missing up there?", lambda t: None) == "problem"
    assert asked_side("pushed the vocal, is it there yet?", lambda t: None) == "good"
    assert classify("the top feels kinda empty, is something missing up there?").asks_ok is False


@pytest.mark.parametrize(
    ("question", "clash"),
    [
        ("how do i get the guitars huge like a foo fighters record", False),
        ("the guitar and the vocal are fighting", True),
        ("bass fights the kick", True),
    ],
)
def test_a_bands_name_is_no_clash(question, clash):
    assert (classify(question).complaint == "clash") is clash


@pytest.mark.parametrize(
    ("question", "offered"),
    [
        ("is it just too washy or is it too loud?", True),
        ("too loud or too wet?", True),
        ("is it the reverb or the level?", True),
        ("is it too washy?", False),
        ("too much reverb or too little?", False),
    ],
)
def test_the_level_offered_as_the_other_side(question, offered):
    assert (LEVEL_OR.search(question) is not None) is offered


@needs_fluidsynth
def test_a_master_move_over_mush_names_the_loud_part_first():
    advice = ask_once(
        "rock", "Keys +10", "the chorus is just a wall of mush, should i automate the master up 2 dB?"
    )
    assert advice.text.startswith("Not the automation first: the fault I measured is 'Keys'")
    assert advice.suggestions[0].track == "Keys"
    assert advice.suggestions[0].params["delta_db"] < 0


@needs_fluidsynth
def test_the_master_raised_over_mush_is_not_the_level_and_the_part_is_named():
    advice = ask_once("soul_kit", "Organ +10", "the chorus is just mush, should i push the master up 2 dB?")
    assert advice.text.startswith("It isn't the level:")
    assert "What you hear is one part: 'Organ'" in advice.text
    assert "needs to come down" not in advice.text  # the part's card is no answer to the master's 2 dB
    assert advice.suggestions[0].track == "Organ"


@needs_fluidsynth
def test_the_master_turned_down_at_a_fine_level_is_a_no():
    advice = ask_once("rock", "clean", "should i turn the master down 3 dB?")
    assert advice.text.startswith("No: -14.0 LUFS")


@needs_fluidsynth
def test_top_end_asked_to_quit_after_the_part_came_down_is_better():
    _first, second = conversation(
        "folk",
        [
            ("Shaker +10", "theres a sandy hiss over everything, is the shaker too loud?"),
            ("clean", "shaker's tucked back now, does the top end quit scratching at me?"),
        ],
    )
    assert second.text.startswith("Yes: the 'Shaker' sitting too loud is gone.")


@needs_fluidsynth
def test_something_missing_up_there_with_a_part_buried_is_a_yes():
    advice = ask_once(
        "folk", "Fiddle -10", "the top of the arrangement feels kinda empty, is something missing up there?"
    )
    assert advice.text.startswith("Yes, one thing: 'Fiddle'")
    assert advice.suggestions[0].params["delta_db"] > 0


@needs_fluidsynth
def test_a_lock_said_before_another_question_answers_that_question():
    hiding = ask_once(
        "soul_kit", "Bass -10", "kick n bass should be locked but i only feel the kick, is the bass hiding?"
    )
    assert hiding.text.startswith("Yes, it's 'Bass'")
    lock = ask_once("soul_kit", "Bass -10", "do my kick and bass lock?")
    assert lock.text.startswith("Not yet")


@needs_fluidsynth
def test_a_guitar_double_is_two_equal_takes_hard_left_and_right():
    advice = ask_once(
        "rock", "clean", "how do i get the rhythm gtrs massive like a foo fighters record, double track it?"
    )
    assert "hard left and right at the same level" in advice.text
    assert "under the lead" not in advice.text and "fighting" not in advice.text
    vocal = ask_once("rock", "clean", "should i double the lead vocal?")
    assert "6-10 dB under the lead" in vocal.text


@needs_fluidsynth
def test_too_washy_or_too_loud_names_the_level_when_it_is_off():
    loud = ask_once("pop", "Pad +10", "pad is smothering everything, is it just too washy or is it too loud?")
    assert loud.text.startswith("It's too loud: 'Pad'")
    assert loud.suggestions[0].params["delta_db"] < 0
    fine = ask_once("pop", "clean", "pad is smothering everything, is it just too washy or is it too loud?")
    assert "reverb" in fine.text and not fine.text.startswith("It's too loud")


@needs_fluidsynth
def test_what_jumps_out_on_a_mix_with_only_a_lean_says_it_is_a_lean():
    advice = ask_once("rock", "clean", "give it a once over, what jumps out at you")
    assert advice.text.startswith("What stands out is only a lean, nothing that needs fixing:")
    assert classify("what jumps out at you").wants == Wants.LISTEN
    faulted = ask_once("rock", "Keys +10", "what jumps out at you?")
    assert "only a lean" not in faulted.text and "'Keys'" in faulted.text


@pytest.mark.parametrize(
    ("question", "technique"),
    [
        ("should i ride the master fader?", "automation"),
        ("should i ride the mix bus in the chorus?", "automation"),
        ("should i just ride the fader?", None),
    ],
)
def test_a_ride_of_the_master_is_automation(question, technique):
    assert classify(question).technique == technique


@needs_fluidsynth
def test_sludge_with_a_multiband_guessed_names_the_loud_part():
    advice = ask_once(
        "folk", "Upright Bass +10", "the bottom feels like sludge, should i multiband the master?"
    )
    assert advice.text.startswith(
        "Not the multiband compressor first: the fault I measured is 'Upright Bass'"
    )


@needs_fluidsynth
def test_neither_of_two_named_parts_off_names_the_part_that_is():
    covered = ask_once(
        "folk", "masking", "the fiddle and the vocal kinda blur together, which one's the problem?"
    )
    assert covered.text.startswith(
        "Neither: nothing I measured says 'Fiddle' or 'Lead Vocal' is out of line."
    )
    assert "What is off is 'Acoustic Gtr'" in covered.text and "hides 'Lead Vocal'" in covered.text
    assert covered.suggestions[0].track == "Acoustic Gtr"
    clean = ask_once("soul", "clean", "is it the bass or the rhodes making the mix cloudy?")
    assert clean.text.startswith("Neither stands out:") and not clean.suggestions


@needs_fluidsynth
def test_too_much_offered_with_no_move_made_is_too_much_not_overdone():
    loud = ask_once("pop", "Hats +10", "hats ok or too much?")
    assert loud.text.startswith("Too much: 'Hats'")
    quiet = ask_once("soul_kit", "Snare -10", "snare level fine or is it too much?")
    assert quiet.text.startswith("No, it's too quiet: 'Snare'")
    cranked = ask_once("soul", "Rhodes +10", "cranked the rhodes, is it good or did i overdo it?")
    assert cranked.text.startswith("No, you overdid it: 'Rhodes'")


@pytest.mark.parametrize(
    ("question", "fault"),
    [
        ("does this sound like it was mixed in a bedroom lol", True),
        ("does it sound cheap?", True),
        ("does it come across amateurish?", True),
        ("does it sound ok on cheap earbuds?", False),
        ("is it done?", False),
    ],
)
def test_an_amateur_sound_asked_about_is_the_fault_side(question, fault):
    from model.lean_verdict import FAULT_SIDE

    assert (FAULT_SIDE.search(question) is not None) is fault


@needs_fluidsynth
def test_a_bedroom_mix_asked_about_with_only_a_lean_is_a_no():
    advice = ask_once("rock", "clean", "does this sound like it was mixed in a bedroom lol")
    assert advice.text.startswith("No, nothing needs fixing. At most,")


@pytest.mark.parametrize(
    ("question", "quality"),
    [
        ("how would you get the fiddle to float above everything", "clear"),
        ("how do i get the horns to soar over the band", "clear"),
        ("how do i make the vocal cut through", "clear"),
        ("how do i get the pad to float", None),
    ],
)
def test_a_part_floating_above_the_rest_is_clarity(question, quality):
    from model.answer_quality import quality_of

    found = quality_of(question)
    assert (found.name if found else None) == quality


@needs_fluidsynth
def test_a_part_asked_to_float_above_gets_a_move_on_it_not_a_verdict():
    advice = ask_once("folk", "clean", "how would you get the fiddle to float above everything")
    assert advice.text.startswith("On 'Fiddle', dip 3 dB around 320 Hz")
    assert "clearing the mud under it" in advice.text
    assert advice.suggestions[0].track == "Fiddle"


@pytest.mark.parametrize(
    "question",
    [
        "is the shaker even doing anything?",
        "does the organ even add anything in the verse?",
        "is the organ audible at all?",
        "ok and what about the strings, are they pulling their weight?",
    ],
)
def test_a_part_asked_whether_it_does_anything_is_asked_whether_it_is_heard(question):
    from model.intent import HEAR_IT

    assert HEAR_IT.search(question) is not None
    assert classify(question).instruments


@needs_fluidsynth
def test_a_buried_part_asked_whether_it_does_anything_is_a_no():
    buried = ask_once("folk", "Shaker -10", "is the shaker even doing anything?")
    assert buried.text.startswith("No: 'Shaker' sits about 11 dB quieter")
    assert buried.suggestions[0].params["delta_db"] > 0
    placed = ask_once("soul_kit", "clean", "is the organ audible at all?")
    assert placed.text.startswith("Yes: nothing I measured says 'Organ' is too low.")


@pytest.mark.parametrize(
    ("question", "offered"),
    [
        ("is that a mic problem or a mix problem?", True),
        ("mixing issue or the recording?", True),
        ("is it my eq or the take?", False),
        ("is it the mix or the master?", False),
    ],
)
def test_the_recording_or_the_mix_offered(question, offered):
    from model.source_or_mix import SOURCE_OR_MIX

    assert (SOURCE_OR_MIX.search(question) is not None) is offered


@needs_fluidsynth
def test_the_recording_or_the_mix_gets_the_side_measured():
    low = ask_once(
        "folk",
        "Acoustic Gtr -10",
        "acoustic sounds thin and far away, is that a mic problem or a mix problem?",
    )
    assert low.text.startswith("The mix, first: 'Acoustic Gtr' sits about 9 dB quieter")
    assert low.suggestions[0].params["delta_db"] > 0
    fine = ask_once(
        "folk", "clean", "acoustic sounds thin and far away, is that a mic problem or a mix problem?"
    )
    assert fine.text.startswith(
        "Not the mix, as far as I can measure: nothing I measured says 'Acoustic Gtr'"
    )
    assert "it's the recording" in fine.text and not fine.suggestions


@needs_fluidsynth
def test_is_it_even_on_says_the_part_plays():
    buried = ask_once("folk", "Harmony Vox -10", "cant hear my harmony part at all, is it even on?")
    assert buried.text.startswith("It's on, just too quiet: 'Harmony Vox'")
    muted = ask_once("soul_kit", "Backing Vox -10", "are the backing vocals muted or something?")
    assert muted.text.startswith("No, they're playing, just too quiet: 'Backing Vox'")
    placed = ask_once("folk", "clean", "i barely notice the harmony, is it even on?")
    assert placed.text.startswith("Yes, it's on: nothing I measured says 'Harmony Vox'")


@pytest.mark.parametrize(
    ("question", "proposed"),
    [
        ("i already pulled the organ down 3 dB earlier and it still feels big, more?", None),
        ("pulled it down 2 dB last time, more?", None),
        ("should i pull the organ down 3 dB?", (3.0, "down")),
    ],
)
def test_a_size_already_moved_is_not_proposed(question, proposed):
    from model.size_enough import proposed_size

    assert proposed_size(question) == proposed


@needs_fluidsynth
def test_the_vibe_of_a_mix_with_only_a_lean_is_its_shape():
    advice = ask_once("pop", "clean", "whats the vibe of the mix")
    assert advice.text.startswith("It's in good shape overall: nothing needs fixing. At most,")


@pytest.mark.parametrize(
    ("question", "either"),
    [
        ("brought the vocal up like you said, does it cut now or still buried", True),
        ("is it poking through now or still lost?", True),
        ("still muddy or better?", True),
        ("is it still buried?", False),
    ],
)
def test_the_good_side_said_with_now_is_an_either_or_of_the_two_states(question, either):
    from model.better_or_still import BETTER_OR_STILL

    assert (BETTER_OR_STILL.search(question) is not None) is either


@needs_fluidsynth
def test_cut_now_or_still_buried_after_the_fix_is_better():
    _first, second = conversation(
        "pop",
        [
            ("Lead Vocal -10", "vocal buried?"),
            ("clean", "brought the vocal up like you said, does it cut now or still buried"),
        ],
    )
    assert second.text.startswith("Better: the 'Lead Vocal' sitting too low is gone.")


@needs_fluidsynth
def test_ok_or_too_quiet_and_how_much_names_the_side_then_the_size():
    advice = ask_once(
        "rock", "Gtr R -10", "is the right guitar ok or too quiet, and how much should it come up?"
    )
    assert advice.text.startswith("Too quiet, about 6 dB: bring the fader on 'Gtr R'")
    plain = ask_once("folk", "Shaker +10", "is the shaker too loud and how much should i pull it")
    assert plain.text.startswith("Yes, about 6 dB:")


@pytest.mark.parametrize(
    ("question", "device"),
    [
        ("why does my mix sound small compared to the radio", False),
        ("why does it sound so small next to stuff on the radio?", False),
        ("why does it sound small on my phone", True),
        ("it sounds small on the radio in my car", True),
    ],
)
def test_the_radio_as_released_songs_is_no_device(question, device):
    from model.intent_reference import names_device

    assert names_device(question) is device


@needs_fluidsynth
def test_small_next_to_the_radio_is_no_phone():
    leaning = ask_once("pop", "clean", "why does my mix sound small compared to the radio")
    assert leaning.text.startswith("It isn't a lack of low end: by the numbers it leans the other way.")
    assert "phone" not in leaning.text
    clean = ask_once("soul", "clean", "why does it sound so small next to stuff on the radio?")
    assert clean.text.startswith(("No: nothing in the low end", "It isn't the low end"))  # the premise's no
    assert "phone" not in clean.text


@pytest.mark.parametrize(
    ("question", "wants"),
    [
        ("ok but what would that fix exactly", Wants.WHY),
        ("what will that actually do for the song?", Wants.WHY),
        ("what does that change", Wants.WHY),
        ("what do you hear?", Wants.LISTEN),
    ],
)
def test_what_a_move_would_fix_asks_why_it_is_given(question, wants):
    assert classify(question).wants == wants


@needs_fluidsynth
def test_what_would_that_fix_after_the_first_fix_says_why():
    _first, second = conversation(
        "rock",
        [("Snare +10", "whats the first thing to fix?"), ("Snare +10", "ok but what would that fix exactly")],
    )
    assert second.text.startswith("Because a snare that far up")


@pytest.mark.parametrize(
    ("question", "declined"),
    [
        ("and if i don't want to touch the piano?", True),
        ("can i fix the balance without touching the vocal?", True),
        ("what if i'd rather not move the bass", True),
        ("should i touch the piano?", False),
    ],
)
def test_a_parts_own_move_declined(question, declined):
    from model.untouched_part import UNTOUCHED

    assert (UNTOUCHED.search(question) is not None) is declined


@needs_fluidsynth
def test_a_declined_fader_gets_the_same_balance_with_every_other_fader():
    advice = ask_once(
        "rock", "Lead Vocal -10", "can i fix the balance without touching the vocal? i like where it is"
    )
    assert advice.text.startswith("You can, with every other fader instead: leave 'Lead Vocal' where it is")
    tracks = {s.track for s in advice.suggestions}
    assert "Lead Vocal" not in tracks and {"Kick", "Snare", "Bass"} <= tracks
    assert {s.params["delta_db"] for s in advice.suggestions} == {advice.suggestions[0].params["delta_db"]}
    assert advice.suggestions[0].params["delta_db"] < 0


def test_only_tracks_outside_folders_are_moved():
    from companion.context import Track
    from model.session_view import RoleTrack
    from model.untouched_part import _top_level

    def rt(i: int, name: str, depth: int) -> RoleTrack:
        return RoleTrack(Track(guid=str(i), index=i, name=name, folder_depth=depth), "other")

    tracks = [rt(1, "Drums", 1), rt(2, "Kick", 0), rt(3, "Snare", -1), rt(4, "Bass", 0), rt(5, "Vox", 0)]
    assert [t.name for t in _top_level(tracks)] == ["Drums", "Bass", "Vox"]


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("how hot should i master this for soundcloud?", "SoundCloud"),
        ("loud enough to put up on bandcamp?", "Bandcamp"),
        ("loud enough for spotify and soundcloud?", None),
        ("loud enough for spotify?", None),
    ],
)
def test_a_destination_with_no_figure_is_named(question, name):
    from model.asked_platform import unknown_platform

    assert unknown_platform(question) == name


@needs_fluidsynth
def test_a_destination_with_no_figure_says_which_target_judged_it():
    advice = ask_once("pop", "clean", "how hot should i master this for soundcloud?")
    assert advice.text.startswith("For Spotify, aim for about -14 LUFS")
    assert "I have no loudness figure for SoundCloud, so that's against Spotify." in advice.text


@pytest.mark.parametrize(
    ("question", "ok"),
    [
        ("hats r fine i think, maybe a hair loud?", False),
        ("bass is ok i reckon, maybe kinda quiet?", False),
        ("hats are fine, maybe?", True),
        ("are the hats fine?", True),
    ],
)
def test_a_hedged_claim_after_a_fine_statement_is_the_claim_asked(question, ok):
    assert classify(question).asks_ok is ok


@needs_fluidsynth
def test_a_hair_loud_after_fine_is_answered_as_the_claim():
    loud = ask_once("rock", "Hats +10", "hats r fine i think, maybe a hair loud?")
    assert loud.text.startswith("Yes: 'Hats' sits about 8 dB louder")
    clean = ask_once("rock", "clean", "hats r fine i think, maybe a hair loud?")
    assert clean.text.startswith("No: nothing I measured says 'Hats' is too loud.")


@needs_fluidsynth
def test_two_claims_on_a_part_name_who_the_meters_side_with():
    theirs = ask_once("soul", "Bass -10", "bassist says he's too quiet, i think he's fine, who's right")
    assert theirs.text.startswith("Your bassist is: 'Bass' sits about 10 dB quieter")
    assert theirs.suggestions[0].params["delta_db"] > 0
    yours = ask_once("rock", "clean", "my drummer says the snare is too loud, i say it's fine, who's right?")
    assert yours.text.startswith("You are: nothing I measured says 'Snare' is too loud")
    other = ask_once(
        "soul", "Bass +10", "bassist reckons he's buried, i say he's sitting right, which of us is right"
    )
    assert other.text.startswith("Neither of you, it's the other way round: 'Bass' sits about 10 dB louder")
