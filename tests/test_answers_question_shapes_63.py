"""Question shapes from blind set 40's misses and the probes written after them.

"so i can quit fiddling n bounce it then, yeah?" asks whether the mix is ready (a statement asked back); "does it
sit or did i overdo it" and "is it riding on top now or did i wreck it" after a move offer the state and the
overshoot as the two answers, and "pulled the bass down, did i overdo it?" with no clip before is "Yes, too far"; a
new part proposed ("layering a sub synth under the upright, good plan?") is judged as a plan, the balance first,
never "there is no sub synth"; "are they fighting? or is that just how acoustic songs are" is a yes/no; a tonal
complaint that only leans, asked where to start, starts with a part far off its level; "too low or just boring?"
names the level side; "the loudest apart from me" ranks without the lead vocal; "is the harmony working?" is not
"is it on?"; a bass lost on a phone at its level gets the phone's low end; "normal for a folk record?" asks whether it
is ok; "the arrangement or the mix?" names the side measured; a technique left out ("is it weird that i have no
reverb?") is judged on how often real mixes use it and on the meters; every fader declined gets the EQ dip that is
left; "better balance now?" compares the clips; "anything lopsided?" weighs a part panned to one side; and "listen to
the drums, what do you think" asks an open opinion, not a yes."""

from __future__ import annotations

import re

import pytest
from fakes.rendering import ask_once, conversation, needs_fluidsynth

from model.intent_forms import READY_Q, has_yes_no_clause
from model.intent_lead import either_state
from model.reported_move import reports_move


@pytest.mark.parametrize(
    ("question", "ready"),
    [
        ("so i can quit fiddling and bounce it then?", True),
        ("i can export now?", True),
        ("guess i can quit fussing with it and render it, yeah?", True),
        ("we can finally call it and send it off then?", True),
        ("can we quit here?", True),
        ("i can hear the bass now?", False),
        ("i can quit fiddling with the snare eq?", False),
    ],
)
def test_a_statement_asked_back_about_bouncing_is_a_ready_question(question, ready):
    assert (READY_Q.search(question) is not None) is ready


@pytest.mark.parametrize(
    ("question", "either"),
    [
        ("ok acoustic's up 20 now, does it sit or did i overdo it", True),
        ("is it riding on top now or did i wreck it", True),
        ("is the guitar cutting through or too loud", True),
        ("does the bass sit or is it too much", True),
        ("the bass sits under the kick or above it?", False),
    ],
)
def test_a_part_placed_is_a_good_state_offered(question, either):
    assert (either_state(question) is not None) is either


@pytest.mark.parametrize(
    ("question", "moved"),
    [
        ("shoved the vocal up 20 dB lmao, is it riding on top now or did i wreck it", True),
        ("cranked the fiddle like 20, does it sit now or did i ruin it", True),
        ("pulled the bass down, did i mess it up?", True),
        ("is it riding on top now or did i wreck it", False),
        ("did i wreck the mix with all that reverb", False),
    ],
)
def test_a_move_then_state_or_spoiled_is_a_move_reported(question, moved):
    assert reports_move(question) is moved


@pytest.mark.parametrize(
    ("question", "clause"),
    [
        ("i think they are fighting? or is that just how acoustic songs are", True),
        ("the vocal feels buried, or is that normal?", True),
        ("how do i fix the mud", False),
    ],
)
def test_or_is_that_just_how_it_is_asks_a_yes_or_no(question, clause):
    assert has_yes_no_clause(question) is clause


@needs_fluidsynth
def test_ready_asked_as_a_statement_on_a_clean_mix_is_a_yes():
    text = ask_once("soul", "clean", "so i can quit fiddling n bounce it then, yeah?").text
    assert text.startswith("Yes"), text


@needs_fluidsynth
def test_ready_asked_as_a_statement_with_a_part_off_is_not_yet():
    advice = ask_once("rock", "Bass -10", "guess i can quit fussing with it and render it, yeah?")
    assert advice.text.startswith("Not quite"), advice.text
    assert advice.suggestions[0].track == "Bass" and advice.suggestions[0].params["delta_db"] > 0


@needs_fluidsynth
def test_wrecked_it_after_a_move_past_its_place_compares_the_clips():
    before, now = conversation(
        "pop",
        [
            ("Lead Vocal -10", "my vocal sounds tucked way back behind the synths, too low?"),
            ("Lead Vocal +10", "shoved the vox up 20 dB lmao, is it riding on top now or did i wreck it"),
        ],
    )
    assert before.suggestions[0].params["delta_db"] > 0
    # "on top now or did i wreck it": the good side offered first, so the overshoot is named as the side that holds
    assert now.text.startswith("Too far the other way:"), now.text
    assert "You moved its fader from -12.0 to +8.0 dB" in now.text
    assert now.suggestions[0].track == "Lead Vocal" and now.suggestions[0].params["delta_db"] < 0


@needs_fluidsynth
def test_does_it_sit_or_did_i_overdo_it_is_no_too_far_not_yes():
    _, now = conversation(
        "folk",
        [
            ("Acoustic Gtr -10", "the guitar is so far back i can barely hear the strumming, bring it up?"),
            ("Acoustic Gtr +10", "ok acoustic's up 20 now, does it sit or did i overdo it"),
        ],
    )
    assert now.text.startswith("No, too far:"), now.text


@needs_fluidsynth
def test_a_new_part_proposed_over_a_buried_part_is_the_fader_first():
    advice = ask_once(
        "folk",
        "Upright Bass -10",
        "bottom of the mix feels empty, thinking of layering a sub synth under the upright to fill it out. good plan?",
    )
    text = advice.text
    assert text.startswith("Not a sub synth first: 'Upright Bass' sits about 9 dB quieter"), text
    assert "There is no sub synth" not in text and "so I took it as" not in text
    assert "low-pass it around 100 Hz" in text and "6-10 dB under 'Upright Bass'" in text
    card = advice.suggestions[0]
    assert card.track == "Upright Bass" and card.params["delta_db"] == pytest.approx(6.0)


@needs_fluidsynth
def test_a_new_part_proposed_on_a_clean_mix_is_the_askers_call_with_how_to_fit_it():
    advice = ask_once("pop", "clean", "should i layer some strings under the drop?")
    assert advice.text.startswith(
        "Your call: there are no strings in this session yet (your tracks are 'Kick'"
    ), advice.text
    assert "nothing I measured is out of line" in advice.text
    assert "high-pass them around 150-200 Hz" in advice.text
    assert not advice.suggestions


@needs_fluidsynth
def test_a_new_part_proposed_with_the_lead_buried_names_the_lead():
    advice = ask_once(
        "soul", "Lead Vocal -10", "thinking of adding a choir pad in the chorus to make it bigger, worth it?"
    )
    assert advice.text.startswith("Not a choir pad first: 'Lead Vocal' sits about 9 dB quieter"), advice.text
    assert advice.suggestions[0].track == "Lead Vocal"


@needs_fluidsynth
def test_fighting_or_just_how_songs_are_is_a_yes_with_the_fader():
    advice = ask_once(
        "folk",
        "masking",
        "i think the acoustic n my voice are fighting over the same spot? or is that just how acoustic songs are",
    )
    assert advice.text.startswith("Yes, but it's level before it's EQ: 'Acoustic Gtr'"), advice.text
    assert advice.suggestions[0].track == "Acoustic Gtr" and advice.suggestions[0].params["delta_db"] < 0


@needs_fluidsynth
def test_where_to_start_on_a_harsh_lean_with_a_part_far_over_starts_with_that_part():
    advice = ask_once(
        "rock",
        "Snare +10",
        "mix is fatiguing after like one chorus, my ears actually hurt. where do i start cleaning this up",
    )
    assert advice.text.startswith("Start with 'Snare': 'Snare' sits about 13 dB louder"), advice.text
    assert "If it's still harsh after that: try a 2-3 dB dip around 3 kHz" in advice.text
    assert [c.action for c in advice.suggestions[:2]] == ["nudge_volume_db", "eq_band"]


@needs_fluidsynth
def test_where_to_start_on_a_harsh_lean_with_the_hats_over_starts_with_the_hats():
    advice = ask_once("rock", "Hats +10", "mix is fatiguing, where do i start?")
    assert advice.text.startswith("Start with 'Hats'"), advice.text
    assert "It's strong in the upper mids, where the mix also leans harsh" in advice.text


@needs_fluidsynth
def test_where_to_start_on_a_harsh_lean_with_nothing_off_keeps_the_eq_dip():
    advice = ask_once("rock", "clean", "mix is fatiguing, where do i start?")
    assert advice.text.startswith("Here's why: the mix leans a little harsh"), advice.text
    assert advice.suggestions[0].action == "eq_band"


@pytest.mark.parametrize(
    ("scenario", "question", "track"),
    [
        ("Bass -10", "pulled the bass down, did i overdo it?", "Bass"),
        ("Bass -10", "pulled the bass down, did i mess it up?", "Bass"),
    ],
)
@needs_fluidsynth
def test_an_overshoot_asked_with_no_clip_before_is_yes_too_far(scenario, question, track):
    advice = ask_once("rock", scenario, question)
    assert advice.text.startswith(f"Yes, too far: now '{track}' is too low."), advice.text
    assert advice.suggestions[0].track == track and advice.suggestions[0].params["delta_db"] > 0


@needs_fluidsynth
def test_good_or_overdone_with_no_clip_before_keeps_the_either_or_opening():
    advice = ask_once("soul", "Rhodes +10", "cranked the rhodes, is it good or did i overdo it?")
    assert advice.text.startswith("No, you overdid it:"), advice.text


@needs_fluidsynth
def test_did_i_wreck_it_after_a_fix_that_landed_is_no():
    _, now = conversation(
        "rock", [("Bass +10", "bass too loud?"), ("clean", "took the bass down a bunch, did i wreck it?")]
    )
    assert now.text.startswith("No, it landed right: the 'Bass' sitting too loud is gone."), now.text


@needs_fluidsynth
@pytest.mark.parametrize(
    ("style", "scenario", "question", "track"),
    [
        ("rock", "Bass -10", "is the bass too low or just boring?", "Bass"),
        ("soul", "Rhodes -10", "rhodes sounds too quiet or just kinda lifeless?", "Rhodes"),
    ],
)
def test_too_low_or_just_a_word_names_the_level_side(style, scenario, question, track):
    advice = ask_once(style, scenario, question)
    assert advice.text.startswith(f"It's too quiet: '{track}' sits about 10 dB quieter"), advice.text
    assert advice.suggestions[0].track == track


@needs_fluidsynth
def test_too_quiet_or_is_that_another_cause_keeps_its_yes():
    advice = ask_once("soul", "Rhodes -10", "rhodes seems too quiet, or is that the panning?")
    assert advice.text.startswith("Yes: 'Rhodes'"), advice.text


@needs_fluidsynth
def test_the_loudest_apart_from_me_ranks_without_the_lead_vocal():
    text = ask_once("pop", "clean", "who's the loudest apart from me?").text
    assert text.startswith("Apart from 'Lead Vocal', 'Kick' is the loudest part, its meter at -24.4 LUFS"), (
        text
    )


@needs_fluidsynth
def test_the_loudest_besides_the_vocal_names_the_part_over_with_its_move():
    advice = ask_once("rock", "Snare +10", "what's the loudest thing besides the vocal?")
    assert advice.text.startswith("Apart from 'Lead Vocal', 'Snare' is the loudest part"), advice.text
    assert advice.suggestions[0].track == "Snare" and advice.suggestions[0].params["delta_db"] < 0


@needs_fluidsynth
def test_a_part_asked_the_loudest_apart_from_the_vocal_is_not_two_parts_asked():
    text = ask_once("rock", "clean", "is the bass the loudest thing apart from the vocal?").text
    assert text.startswith(
        "Nearly: 'Gtr L' is apart from 'Lead Vocal', at -24.9 LUFS; 'Bass' reads -25.5 LUFS"
    ), text
    assert "'Lead Vocal' is fine" not in text


@needs_fluidsynth
def test_is_the_harmony_working_asks_whether_it_works_not_whether_it_plays():
    assert not ask_once("folk", "clean", "is the harmony working?").text.startswith("Yes, it's on")
    assert ask_once("folk", "Harmony Vox -10", "is the harmony even working?").text.startswith(
        "It's on, just too quiet:"
    )


@needs_fluidsynth
def test_a_bass_lost_on_a_phone_at_its_level_gets_the_phones_low_end_and_the_harmonics():
    advice = ask_once("pop", "clean", "808 disappears on my phone speaker, why")
    assert "phone speaker plays little under ~200 Hz" in advice.text, advice.text
    assert "harmonics" in advice.text
    card = advice.suggestions[0]
    assert (card.action, card.track, card.params["freq_hz"]) == ("eq_band", "Synth Bass", 900)


@needs_fluidsynth
def test_a_bass_lost_on_a_laptop_while_too_quiet_keeps_its_fader_first():
    advice = ask_once("rock", "Bass -10", "why does the bass vanish on my laptop?")
    assert advice.suggestions[0].action == "nudge_volume_db" and advice.suggestions[0].track == "Bass"


@needs_fluidsynth
@pytest.mark.parametrize(
    ("scenario", "opening"),
    [("Piano +10", "No: 'Piano' sits about 9 dB louder"), ("clean", "Yes: 'Piano' sits 10 dB under")],
)
@pytest.mark.parametrize(
    "question",
    [
        "the piano is like right in my face, normal for a folk record?",
        "is it normal for the piano to be this loud?",
    ],
)
def test_normal_for_the_genre_asks_whether_it_is_ok(scenario, opening, question):
    text = ask_once("folk", scenario, question).text
    assert text.startswith(opening), text


@needs_fluidsynth
def test_arrangement_or_mix_names_the_mix_when_the_part_is_off():
    advice = ask_once("soul", "Horns -10", "horn stabs get lost, is it the arrangement or the mix")
    assert advice.text.startswith("The mix, first: 'Horns' sits 16 dB under your lead vocal"), advice.text
    assert "that's the arrangement" in advice.text


@needs_fluidsynth
def test_arrangement_or_mix_names_the_arrangement_when_the_part_sits_right():
    text = ask_once("soul", "clean", "horn stabs get lost, is it the arrangement or the mix").text
    assert text.startswith("Not the mix, as far as I can measure: nothing I measured says 'Horns'"), text
    assert "more likely the arrangement" in text


@needs_fluidsynth
def test_doubling_a_part_the_session_lacks_is_no_new_part_proposed():
    text = ask_once("pop", "clean", "should i double track the guitars to make them wider").text
    assert not text.startswith("Your call"), text
    assert "guitar" in text


@needs_fluidsynth
def test_no_reverb_anywhere_is_judged_against_how_often_real_mixes_use_it():
    advice = ask_once("folk", "clean", "is it weird that i have no reverb on anything")
    assert advice.text.startswith(
        "Not a mistake, but unusual: in 90 real mixes (MixologyDB), 86% of 194 lead vocals"
    ), advice.text
    assert not advice.suggestions


@needs_fluidsynth
def test_a_master_without_a_limiter_at_the_streaming_level_needs_none():
    text = ask_once("rock", "clean", "is it bad that my master has no limiter").text
    assert re.match(r"No: -14\.\d LUFS integrated, true peak -\d\.\d dBTP", text), text
    assert "nothing needs one" in text


@needs_fluidsynth
def test_no_compression_with_a_part_off_names_the_fader_too():
    advice = ask_once("soul", "Bass +10", "is it bad that i dont compress anything")
    assert "77% of 118 basses" in advice.text and "were compressed" in advice.text, advice.text
    assert advice.suggestions[0].track == "Bass" and advice.suggestions[0].params["delta_db"] < 0


def test_a_technique_left_out_is_read_only_as_a_judgement():
    from model.absent_choice import ABSENT_Q

    assert ABSENT_Q.search("is it weird that i have no reverb on anything")
    assert ABSENT_Q.search("is it bad i don't compress the vocal")
    assert not ABSENT_Q.search("how much reverb should the vocal have")
    assert not ABSENT_Q.search("is it bad that the reverb is so loud")


@needs_fluidsynth
def test_every_fader_declined_gets_the_eq_dip_and_what_it_cannot_do():
    advice = ask_once(
        "rock",
        "masking",
        "guitars and vocal are a blur, how do i separate them without turning anything down",
    )
    assert advice.text.startswith("Then carve it: 'Gtr L' covers 'Lead Vocal' at 500 Hz-2 kHz"), advice.text
    assert re.search(r"It only goes so far: 'Gtr L' sits about \d+ dB louder", advice.text)
    card = advice.suggestions[0]
    assert (card.action, card.track) == ("eq_band", "Gtr L") and card.params["gain_db"] < 0
    assert len(advice.text.split()) <= 120


def test_fader_moves_declined_are_read_as_such():
    from model.no_faders import NO_FADERS

    assert NO_FADERS.search("how do i separate them without turning anything down")
    assert NO_FADERS.search("get the vocal out with no fader moves?")
    assert not NO_FADERS.search("without touching the piano?")  # one part's fader: model.untouched_part


@needs_fluidsynth
def test_better_balance_now_after_a_move_compares_the_clips():
    _, now = conversation(
        "soul", [("Rhodes -10", "rhodes buried?"), ("clean", "rhodes up, strings down. better balance now?")]
    )
    assert now.text.startswith("Yes: the 'Rhodes' sitting too low is gone."), now.text


@needs_fluidsynth
def test_anything_lopsided_weighs_a_quiet_part_panned_to_one_side():
    advice = ask_once("rock", "Gtr R -10", "anything lopsided?")
    # the meters may read it centred ("Yes, to the ear: ...") or just over the line ("Yes, it leans left: ...")
    assert re.match(r"Yes, (to the ear|it leans left):", advice.text), advice.text
    assert "'Gtr R' is panned right" in advice.text
    assert advice.suggestions[0].track == "Gtr R" and advice.suggestions[0].params["delta_db"] > 0


@needs_fluidsynth
def test_a_request_then_what_do_you_think_is_an_open_opinion_not_a_yes():
    advice = ask_once("soul_kit", "Snare -10", "listen to the drums, what do you think")
    assert not advice.text.startswith("Yes"), advice.text
    assert advice.suggestions[0].track == "Snare"


def test_a_request_before_an_opinion_tag_is_no_claim():
    from model.intent_forms import strip_tag

    assert strip_tag("listen to the drums, what do you think") == (
        "listen to the drums, what do you think",
        False,
    )
    assert strip_tag("the bass is too loud, what do you think")[1]


@pytest.mark.parametrize(
    ("lufs", "peak", "opening"),
    [
        (-14.0, -1.5, "No: -14.0 LUFS integrated, true peak -1.5 dBTP, already about at the Spotify target"),
        (
            -21.0,
            -4.0,
            "Not bad, just quiet for a release: -21.0 LUFS integrated, true peak -4.0 dBTP, about 7 dB",
        ),
        (-9.0, -1.2, "No: -9.0 LUFS integrated, true peak -1.2 dBTP, already louder than the Spotify target"),
        (
            -12.0,
            0.4,
            "Here it matters: -12.0 LUFS integrated, true peak 0.4 dBTP, so the peaks go over the -1 dBTP",
        ),
    ],
)
def test_a_master_without_a_limiter_is_judged_on_the_sessions_loudness_target(lufs, peak, opening):
    from types import SimpleNamespace

    from model.absent_choice import _limiter

    ctx = SimpleNamespace(
        analysis=SimpleNamespace(integrated_lufs=lufs, true_peak_dbtp=peak), target="spotify"
    )
    assert _limiter(ctx)[0].startswith(opening), _limiter(ctx)  # type: ignore[arg-type]
