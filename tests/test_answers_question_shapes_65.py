"""Question shapes found after set 41's one run: "does the organ even make it through?" asks whether the part is
heard (no, when it is too quiet; the guitars named after it are where it gets lost, not parts asked about); "about
to send it to the singer" names a person, not the vocal part; "bedroom demo tier" is an amateur sound asked about
(a no on a clean mix); "clogged" mids are mud; "the mix is muddy, should I EQ the master?" is answered by whether
the mud is measured, not with the technique's lesson; "the snare lacks crack, would a transient shaper sort it" is
a yes/no, and a yes at a fine level (the shaper's job); a laptop or a tablet is named as itself, not as a phone;
"another 3?" after a move already made is the size still proposed, judged on the part moved; "is that just the
room?" blames the recording alone; "the mix or my car?" offers the speaker as the other cause; "turn em down or
eq?" offers the fader first; "just pull the whole track" is the part's fader, not the whole mix; "it's the hook,
shouldn't it be loud?" wishes it louder (the hook is the part, not a section); "invisible" is too quiet; and
"intentional or nah?" asks whether the level reads as a choice, which is no taste claimed; and "which do i trust?"
between two speakers is settled by the meters and a third system; "the vibe for folk or too much" offers the
genre's norm (or "trendy") as the good side; "organ vs horns, who's winning" ranks the pair; "eq or level" bare
after a statement is a pick; "rate the low end" gives no score and that region's verdict; and "bass is fine right?
... but i like it" is answered on the state it asks ("Not by the usual measure"); "turn em down or eq em?" with
nothing off is "Neither"; "panning or volume?" picks the side measured; and "layer another clap on it?" is a new
source guessed (its fader first when it is buried)."""

from __future__ import annotations

import re

import pytest
from fakes.rendering import ask_once, needs_fluidsynth

from model.intent import classify
from model.intent_forms import TWO_RANKED
from model.intent_lead import either_state
from model.intent_recipient import without_recipient
from model.intent_reference import names_device, small_device
from model.intent_source import guesses_new_source
from model.lean_verdict import FAULT_SIDE
from model.quiet_of_other import own_heard, quiet_of_other
from model.section_level import PART_IS_HOOK
from model.size_enough import proposed_size
from model.sounds_intentional import INTENT_Q
from model.source_or_mix import SOURCE_BLAMED
from model.taste_pushback import TASTE
from model.which_speaker import WHICH_SPEAKER


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("about to send it to the singer and im nervous", "about to send it to them and im nervous"),
        ("played it for the drummer yesterday", "played it to them yesterday"),
        ("sending the mix over to my vocalist tmrw", "sending the mix over to them tmrw"),
        ("make room for the singer", "make room for the singer"),
        ("is the singer too loud", "is the singer too loud"),
    ],
)
def test_a_player_the_mix_is_sent_to_is_dropped(text, expected):
    assert without_recipient(text) == expected


def test_the_singer_it_is_sent_to_is_not_a_part_asked_about():
    assert classify("does it sound cheap? about to send it to the singer").instruments == ()
    assert classify("is the singer too loud?").instruments == ("vocal",)


@pytest.mark.parametrize(
    ("question", "own"),
    [
        ("does the organ part even make it through? i only notice it when the guitars drop out", True),
        ("can you hear the organ? the guitars are loud", True),
        ("can you hear the vocal over the guitar?", False),
        ("the guitars drown the vocal, can you hear it?", False),
    ],
)
def test_a_part_asked_whether_it_is_heard_owns_the_quiet(question, own):
    intent = classify(question)
    assert own_heard(intent) is own
    assert quiet_of_other(intent) is (not own)


@pytest.mark.parametrize(
    "question",
    [
        "does this sound like a bedroom demo?",
        "like bedroom demo tier?",
        "is this demo quality?",
        "sounds like a rough demo",
    ],
)
def test_demo_tier_asks_about_an_amateur_sound(question):
    assert FAULT_SIDE.search(question) is not None


@pytest.mark.parametrize(
    "question", ["the mids are clogged", "everything is clogged up in the mids", "mix is gunky"]
)
def test_clogged_is_mud(question):
    assert classify(question).complaint == "muddy"


@needs_fluidsynth
@pytest.mark.parametrize(
    ("style", "scenario", "track"), [("rock", "Keys -10", "Keys"), ("soul", "Rhodes -10", "Rhodes")]
)
def test_make_it_through_on_a_buried_part_is_no_with_its_fader_up(style, scenario, track):
    part = "keys part" if track == "Keys" else "rhodes"
    advice = ask_once(
        style, scenario, f"does the {part} even make it through? i only hear it when the guitars drop out"
    )
    assert advice.text.startswith(f"No: {track!r} sits about"), advice.text
    first = advice.suggestions[0]
    assert (first.track, first.action) == (track, "nudge_volume_db") and first.params["delta_db"] > 0


@needs_fluidsynth
def test_make_it_through_on_a_clean_mix_clears_the_part_of_too_low_and_leaves_the_guitars_out():
    advice = ask_once(
        "rock", "clean", "does the keys part make it through? it only shows up when the guitars drop out"
    )
    assert advice.text.startswith("Yes: nothing I measured says 'Keys' is too low."), advice.text
    assert "'Gtr L'" not in advice.text and not advice.suggestions


@needs_fluidsynth
def test_cheap_sounding_before_sending_to_the_singer_is_a_whole_mix_no():
    advice = ask_once(
        "soul_kit",
        "clean",
        "real talk does this sound cheap? like demo tier? sending it to the singer tonight",
    )
    assert advice.text.startswith("No, nothing needs fixing."), advice.text
    assert "'Lead Vocal' is out of line" not in advice.text


@needs_fluidsynth
def test_amateur_sounding_with_the_vocal_buried_names_the_vocal():
    advice = ask_once("pop", "Lead Vocal -10", "does it sound amateur? about to send it over to the singer")
    assert advice.text.startswith("Yes, one thing: 'Lead Vocal' sits about"), advice.text
    assert advice.suggestions[0].track == "Lead Vocal" and advice.suggestions[0].params["delta_db"] > 0


@needs_fluidsynth
def test_a_master_tool_for_clogged_mids_with_a_part_over_is_its_fader_first():
    advice = ask_once(
        "rock",
        "Keys +10",
        "everything is clogged up in the mids, thinking i throw a multiband on the master. thoughts?",
    )
    assert advice.text.startswith("Not first: 'Keys' sits level with your lead vocal"), advice.text
    first = advice.suggestions[0]
    assert first.track == "Keys" and first.params["delta_db"] < 0


@needs_fluidsynth
@pytest.mark.parametrize(
    ("style", "question", "tool", "region"),
    [
        ("soul", "my mix is muddy, should i eq the master?", "an EQ", "the low-mids (160-500 Hz)"),
        ("rock", "the whole thing feels clogged, gonna throw a compressor on the master. good idea?", "a compressor",
         "the low-mids (160-500 Hz)"),
        ("folk", "the mix is boomy, should i use a multiband on it?", "a multiband compressor", "the low end (50-160 Hz)"),
    ],
)  # fmt: skip
def test_a_master_tool_for_a_tone_nothing_measures_is_declined_with_the_region(style, question, tool, region):
    advice = ask_once(style, "clean", question)
    assert advice.text.startswith(
        f"I wouldn't reach for {tool} for that: nothing in {region} stands out against a typical balance"
    ), advice.text
    assert "makes room" not in advice.text  # not the technique's lesson


@needs_fluidsynth
def test_a_master_eq_for_a_measured_harsh_lean_is_yes_with_the_dip():
    advice = ask_once("rock", "clean", "mix sounds harsh to me, should i eq the master?")
    assert advice.text.startswith("Yes, gently, and best on the parts that carry it: the mix leans"), (
        advice.text
    )
    assert re.search(r"dip around 3 kHz", advice.text), advice.text
    assert {s.action for s in advice.suggestions} == {"eq_band"}
    assert all(s.params["freq_hz"] == 3000 and s.params["gain_db"] < 0 for s in advice.suggestions)


@needs_fluidsynth
def test_a_multiband_for_a_measured_harsh_lean_points_to_an_eq_first():
    advice = ask_once("rock", "clean", "mix is harsh, multiband on the master?")
    assert advice.text.startswith(
        "Not a multiband compressor first: a tone build-up is an EQ's job, a dip where it builds. The mix leans"
    ), advice.text


@pytest.mark.parametrize(
    ("question", "wants"),
    [
        ("the snare lacks crack, would a transient shaper sort it", "judge"),
        ("kick's got no punch to it, would parallel comp help", "judge"),
        ("the snare lacks crack, how do i fix it", "how_to"),
        ("snare lacks crack, ideas?", "how_to"),
    ],
)
def test_a_tool_asked_after_a_statement_takes_a_yes_or_no(question, wants):
    assert classify(question).wants == wants


@pytest.mark.parametrize(
    ("text", "device"),
    [
        ("why does my mix sound so tiny on my laptop", "laptop"),
        ("small on my macbook speakers", "laptop"),
        ("everything sounds small on my ipad, why", "tablet"),
        ("sounds thin on my iphone", "phone"),
        ("it sounds small", "phone"),
    ],
)
def test_the_small_speaker_named_is_the_one_the_answer_names(text, device):
    assert small_device(text) == device


@needs_fluidsynth
@pytest.mark.parametrize(("style", "question", "device"), [
    ("rock", "why does my mix sound so tiny on my laptop", "laptop"),
    ("pop", "everything sounds small on my ipad, why", "tablet"),
])  # fmt: skip
def test_small_on_a_laptop_or_tablet_is_said_of_that_speaker(style, question, device):
    advice = ask_once(style, "clean", question)
    assert f"a {device} speaker plays little under ~200 Hz" in advice.text, advice.text
    assert "phone" not in advice.text


@needs_fluidsynth
def test_a_transient_shaper_for_a_snare_at_a_fine_level_is_its_job():
    advice = ask_once("rock", "clean", "the snare lacks crack, would a transient shaper sort it")
    assert advice.text.startswith(
        "It can: nothing I measured says 'Snare' is too low, so the level isn't what's missing; the shape of each "
        "hit is, and that's a transient shaper's job. Put a transient shaper on 'Snare': add 3-6 dB of attack"
    ), advice.text


@needs_fluidsynth
def test_a_transient_shaper_for_a_buried_snare_waits_for_its_fader():
    advice = ask_once("rock", "Snare -10", "snare has zero snap, could a transient designer fix that")
    assert advice.text.startswith("Not first: 'Snare' sits about 10 dB quieter"), advice.text
    assert advice.suggestions[0].track == "Snare" and advice.suggestions[0].params["delta_db"] > 0


@pytest.mark.parametrize(
    ("question", "size"),
    [
        ("i already pushed the vocal 3 db and its still buried, another 3?", (3.0, "up")),
        ("already pulled the organ down 4, maybe 4 more?", (4.0, "down")),
        ("how much more? 3 more dB?", (3.0, None)),
        ("is it more than 3 dB louder?", None),
    ],
)
def test_a_further_size_after_a_move_already_made_is_the_size_proposed(question, size):
    assert proposed_size(question) == size


def test_a_further_size_asks_a_yes_or_no_not_whether_the_last_move_helped():
    assert classify("i pushed the vocal up 2 db already, maybe 2 more?").wants == "judge"


@pytest.mark.parametrize(
    ("question", "src"),
    [
        ("the upright booms, is that just the room it was recorded in?", "room"),
        ("the upright is boomy, bad mic placement?", "mic placement"),
        ("vocal sounds harsh, is it just my cheap mic?", "mic"),
        ("is the room reverb too long?", None),
    ],
)
def test_the_recording_blamed_alone(question, src):
    m = SOURCE_BLAMED.search(question)
    assert (m["src"] if m else None) == src


@needs_fluidsynth
@pytest.mark.parametrize(
    ("scenario", "question", "opening"),
    [
        ("Lead Vocal -10", "i already pushed the vocal 3 db and its still buried, another 3?",
         "Yes, and a bit more: about 5.5 dB, not 3."),
        ("Lead Vocal +10", "i pushed the vocal up 2 db already, maybe 2 more?", "No: it needs to come down, not up:"),
        ("Gtr L +10", "dropped the guitars 2 db already and the vocal still hides, 2 more?",
         "Yes, and a bit more: about 5 dB, not 2."),
        ("Lead Vocal -10", "dropped the guitars 2 db already and the vocal still hides, 2 more?",
         "Not really: nothing I measured says 'Gtr L' is too loud."),
    ],
)  # fmt: skip
def test_a_further_size_is_judged_on_the_part_moved(scenario, question, opening):
    advice = ask_once("rock", scenario, question)
    assert advice.text.startswith(opening), advice.text


@needs_fluidsynth
def test_the_recording_blamed_with_the_part_off_is_the_mix_first():
    advice = ask_once("folk", "Upright Bass +10", "upright's super boomy, is it just the room we tracked in?")
    assert advice.text.startswith("Not the room, first the mix: 'Upright Bass' sits about 11 dB louder"), (
        advice.text
    )
    assert advice.suggestions[0].track == "Upright Bass" and advice.suggestions[0].params["delta_db"] < 0


@needs_fluidsynth
def test_the_recording_blamed_with_the_part_in_place_could_be_it():
    advice = ask_once("folk", "clean", "upright's super boomy, is it just the room we tracked in?")
    assert advice.text.startswith(
        "Could be: nothing I measured in the mix says 'Upright Bass' is out of line"
    )
    assert "solo the raw track" in advice.text and not advice.suggestions


@needs_fluidsynth
def test_the_mix_or_my_car_names_the_mix_when_a_part_is_off_and_the_car_when_not():
    off = ask_once("pop", "Synth Bass +10", "808 is rattling my car, is that the mix or my car")
    assert off.text.startswith("The mix, first: 'Synth Bass' sits about 9 dB louder"), off.text
    assert "play it in the car again" in off.text
    clean = ask_once("pop", "clean", "808 is rattling my car, is that the mix or my car")
    assert clean.text.startswith("Not the mix, as far as I can measure:"), clean.text
    assert "So more likely the car: play a released song you know in the same car" in clean.text


@needs_fluidsynth
def test_the_fader_offered_first_is_picked_when_it_is_the_move():
    advice = ask_once("soul_kit", "Hats +10", "hats r kinda sizzly, turn em down or eq the top off?")
    assert advice.text.startswith("It's the fader, not the EQ: 'Hats' sits about 8 dB louder"), advice.text
    advice = ask_once("soul_kit", "Hats +10", "hats r kinda sizzly, should i turn the hats down or eq them?")
    assert advice.text.startswith("Turn it down first: 'Hats' sits about 8 dB louder"), advice.text
    clean = ask_once("soul_kit", "clean", "hats r kinda sizzly, turn em down or eq the top off?")
    assert clean.text.startswith(
        "Neither, as far as I can measure: nothing I measured says 'Hats' is too loud."
    )


@needs_fluidsynth
def test_pulling_the_whole_track_is_the_parts_fader_not_the_whole_mix():
    advice = ask_once(
        "soul",
        "Horns +10",
        "horns are blaring, should i automate them down in the chorus or just pull the whole track",
    )
    assert advice.text.startswith("Turn it down first: 'Horns' is 4 dB louder"), advice.text
    assert advice.suggestions[0].track == "Horns" and advice.suggestions[0].params["delta_db"] < 0


@pytest.mark.parametrize(
    ("question", "complaint", "raise_"),
    [
        ("the pluck is kind of the hook tho, shouldnt it be loud?", "quiet", True),
        ("the rhodes riff is the hook, shouldn't it sit up front?", "quiet", True),
        ("is the pluck too loud?", "loud", False),
    ],
)
def test_a_part_wished_loud_asks_whether_it_should_come_up(question, complaint, raise_):
    intent = classify(question)
    assert (intent.complaint, intent.asks_raise) == (complaint, raise_)


def test_the_part_named_as_the_hook_is_not_a_section():
    assert PART_IS_HOOK.sub(" ", "the pluck is the hook, shouldn't it be up front?") == (
        "the pluck  , shouldn't it be up front?"
    )
    assert PART_IS_HOOK.search("louder in the hook?") is None


@needs_fluidsynth
@pytest.mark.parametrize(
    ("scenario", "opening", "sign"),
    [("Pluck Synth +10", "No, the opposite: 'Pluck Synth' sits level with your lead vocal", -1),
     ("Pluck Synth -10", "Yes: 'Pluck Synth' sits about 13 dB quieter", 1)],
)  # fmt: skip
def test_the_hook_wished_loud_is_judged_on_its_level(scenario, opening, sign):
    advice = ask_once("pop", scenario, "the pluck is the hook, shouldn't it be up front?")
    assert advice.text.startswith(opening), advice.text
    assert (
        advice.suggestions[0].track == "Pluck Synth" and advice.suggestions[0].params["delta_db"] * sign > 0
    )


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("the shaker is basically invisible, intentional or nah?", True),
        ("does the organ being this loud sound deliberate?", True),
        ("is that on purpose?", True),
        ("the shaker is quiet on purpose, is that ok?", False),
    ],
)
def test_whether_a_level_was_meant_is_asked_not_claimed(question, asked):
    assert (INTENT_Q.search(question) is not None) is asked
    assert (TASTE.search(question) is None) is asked


@pytest.mark.parametrize(
    "question", ["the shaker is basically invisible", "pad is inaudible", "bass is non-existent"]
)
def test_invisible_is_too_quiet(question):
    assert classify(question).complaint == "quiet"


@needs_fluidsynth
@pytest.mark.parametrize(
    ("scenario", "opening"),
    [("Shaker -10", "It reads as a slip more than a choice: 'Shaker' sits about 11 dB quieter"),
     ("clean", "It can pass as a choice: nothing I measured says 'Shaker' is too low.")],
)  # fmt: skip
def test_intentional_or_not_is_read_from_the_level(scenario, opening):
    advice = ask_once("folk", scenario, "the shaker is basically invisible, intentional or nah?")
    assert advice.text.startswith(opening), advice.text


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("the sub is missing on my monitors but i can feel it on headphones, which do i trust", True),
        ("the vox feels loud in my earbuds but fine on the speakers, which is right?", True),
        ("my ears say the vocal is fine but the meter disagrees, which do i trust", False),
    ],
)
def test_which_of_two_speakers_to_believe(question, asked):
    q = classify(question).question
    assert bool(WHICH_SPEAKER.search(q) and names_device(q)) is asked


@needs_fluidsynth
def test_two_speakers_disagreeing_are_settled_by_the_meters_and_a_third_system():
    advice = ask_once(
        "rock",
        "Lead Vocal +10",
        "vocal sounds loud on my headphones but fine on my monitors, which is right?",
    )
    assert advice.text.startswith(
        "Trust the meters over either speaker: 'Lead Vocal' sits about 12 dB louder"
    )
    assert "Then play it on a third system you know well" in advice.text
    assert advice.suggestions[0].track == "Lead Vocal" and advice.suggestions[0].params["delta_db"] < 0


@needs_fluidsynth
@pytest.mark.parametrize(
    ("scenario", "opening"),
    [("Acoustic Gtr +10", "Too much: 'Acoustic Gtr' sits about 11 dB louder"),
     ("clean", "It's fine: nothing I measured says 'Acoustic Gtr' is too loud.")],
)  # fmt: skip
def test_the_genres_norm_or_too_much_picks_a_side(scenario, opening):
    advice = ask_once("folk", scenario, "acoustic is strummy and loud, is that the vibe for folk or too much")
    assert advice.text.startswith(opening), advice.text


@pytest.mark.parametrize(
    "question",
    [
        "organ vs horns, who's winning",
        "organ or horns, which is winning?",
        "kick versus snare, which one's louder",
    ],
)
def test_a_pair_then_who_wins_is_a_ranking(question):
    assert TWO_RANKED.search(question) is not None


@needs_fluidsynth
def test_who_is_winning_names_the_louder_part_by_its_meter():
    advice = ask_once("soul_kit", "Organ -10", "organ vs horns, who's winning")
    assert advice.text.startswith("'Horns' is the louder one: its meter reads"), advice.text
    assert advice.suggestions[0].track == "Organ" and advice.suggestions[0].params["delta_db"] > 0


@needs_fluidsynth
def test_a_bare_tool_or_level_after_a_statement_picks_the_level():
    advice = ask_once("pop", "Pad -10", "pad feels thin and far away, eq or level")
    assert advice.text.startswith("It's the level, too quiet, not the EQ:"), advice.text


@pytest.mark.parametrize(
    ("question", "good"),
    [
        ("is that the vibe for folk or too much", True),
        ("is the bass normal for soul or too loud", True),
        ("is that a soul thing or is it too low", True),
        ("vocal's tucked way back, is that trendy or just wrong", True),
        ("snare's a bit much, is that a tone thing or a volume thing", False),
        ("is it a mids thing or a level thing on the keys", False),
    ],
)
def test_the_genres_norm_is_a_good_side_but_a_tool_thing_is_not(question, good):
    assert (either_state(question) is not None) is good


@needs_fluidsynth
def test_a_score_of_a_region_is_declined_and_that_region_judged():
    advice = ask_once("rock", "clean", "rate the low end")
    assert advice.text.startswith("I don't give scores:"), advice.text
    assert "It's fine: nothing in the low end stands out" in advice.text and "upper mids" not in advice.text


@needs_fluidsynth
@pytest.mark.parametrize(
    ("question", "opening"),
    [("bass is fine right? everyone says my bass is too loud but i like it", "Not by the usual measure, but it's your call:"),
     ("i like the bass loud, is it too much?", "By the usual measure, yes, but it's your call:")],
)  # fmt: skip
def test_a_taste_pushback_answers_the_state_it_asks(question, opening):
    advice = ask_once("pop", "Synth Bass +10", question)
    assert advice.text.startswith(opening), advice.text


@needs_fluidsynth
def test_panning_or_volume_picks_the_side_measured():
    advice = ask_once("rock", "Gtr R +10", "is it the panning or the level on the right guitar")
    assert advice.text.startswith("It's the level, too loud, not the panning: 'Gtr R' sits about 7 dB louder")


@pytest.mark.parametrize(
    ("question", "guessed"),
    [
        ("the clap's barely there, layer another clap on it?", True),
        ("clap is kinda lost, should i stack a second clap on it?", True),
        ("layer the clap with the snare eq?", False),
    ],
)
def test_another_drum_layered_on_the_one_there_is_a_new_source_guessed(question, guessed):
    assert guesses_new_source(question) is guessed
