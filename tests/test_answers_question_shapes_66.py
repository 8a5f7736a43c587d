"""Question shapes found after set 42's one run: "dropped the kick like 8 or 9 dB" is the size of a move made, not
two sizes offered; "did that do it or is it still too fat" is answered on its first half ("Yes"); "is the hole
filled now or does it want more" and "is my voice on top now" after a reported move ask about the state now (a
question mark or not); "does it still scream home studio?" asks about an amateur sound (a no on a clean mix);
"they feel as loud as the lead" says a supporting part sits too loud, never "loud enough?"; "treading on me" is a
clash; "do i need to layer a sub synth under the bass?" is a new source guessed (its fader first when the bass is
off); "guitars fault or my mics?" picks between a part and the recording; "i tracked it hot, peaking near -6, why
is it buried?" is about its level, not clipping, with the recording level's lesson; "why is the whole mix tipping
to the right? i panned both gtrs the same" weighs the mix's lean, the panning said being context; and a how with a
yes/no that the same lesson answers ("how do i glue the band? is bus comp the way?") is answered once. Found
around them: the state after a move said with its size, a participle, an idiom or a gerund ("kick's down a good
bit now", "tucked under now", "back in their box now?", "did pulling the organ down fix the mud"); "pro or still
kinda amateur" names the side measured; one part or the gear ("the hats or my interface", "the snare or my
monitors") is settled by the part measured; "are they just noise" is clutter, not hiss; "centred or skewed" names
the state; "+3 or way more" is answered with the size measured; a missing instrument guessed for a fizzy top end
names the part there that is over; "harmonies are there right?" asks whether they play (there, but too quiet);
"better now or still buried?" with no clip before is judged on this one; and "pulled back on purpose, fine or too
much?" names the side measured; a part measured too low and covered "hides under" the other because it sits low;
"too quiet or fine for rock", "too much or is that the style" name the side measured; "is that just the laptop"
blames the speaker alone; "the organ or the arrangement", "the arrangement or the mix", "the mix or my car" name
the side measured; "X all over Y, or the other way round" names the direction; "is it too far" after "on purpose"
is a yes or no; and "intended or should it cut more" asks whether the level reads as a choice."""

from __future__ import annotations

import pytest
from fakes.rendering import ask_after, ask_once, conversation, needs_fluidsynth

from model.better_or_still import still_or_better
from model.fault_or_norm import FAULT_OR_NORM
from model.good_or_fault import good_first
from model.guessed_source import source_guess
from model.intent import classify
from model.intent_reference import as_loud
from model.is_it_on import THERE_SAID
from model.lean_verdict import FAULT_SIDE
from model.noise_fix import NOISES
from model.part_or_source import PART_OR_SOURCE
from model.reported_move import reports_move
from model.size_choice import offered_sizes
from model.source_or_mix import SOURCE_BLAMED
from model.still_verdict import HELPED_OR_STILL
from model.tracked_hot import TRACKED_HOT


@pytest.mark.parametrize(
    ("question", "sizes"),
    [
        ("dropped the kick like 8 or 9 dB. does the mix breathe now or is it still thumpy", None),
        ("i pulled the snare back 6 or 7 db, does it sit now?", None),
        ("should i pull the keys down 4 or 6 dB?", (4.0, 6.0)),
        ("kick is too loud, drop it 3 or 6?", (3.0, 6.0)),
    ],
)
def test_the_size_of_a_move_made_is_not_a_choice_offered(question, sizes):
    assert offered_sizes(question) == sizes


@pytest.mark.parametrize(
    ("question", "helped"),
    [
        ("did that do it or is it still too fat", True),
        ("did that do the trick or is it still too loud", True),
        ("did that sort it or are they still fizzing", True),
        ("did that help or is it still buried", True),
        ("is it still too fat?", False),
    ],
)
def test_a_helped_half_before_a_still_half(question, helped):
    assert bool(HELPED_OR_STILL.search(question)) is helped


@pytest.mark.parametrize(
    ("question", "reported"),
    [
        ("brought the pad up a bunch. is the hole filled now or does it want more", True),
        ("took the acoustic down a fair chunk. is my voice on top now?", True),
        ("turned the vocal up a fair bit. is it on top now", True),
        ("is my voice on top now?", False),
        ("the acoustic is loud. is my voice on top?", False),
    ],
)
def test_the_state_now_after_a_move_in_the_askers_words(question, reported):
    assert reports_move(question) is reported
    if reported:
        assert classify(question).wants == "better_now"


@pytest.mark.parametrize(
    ("question", "fault_side"),
    [
        ("does this still scream home studio?", True),
        ("does the mix reek of home recording or can it pass", True),
        ("be honest, does it sound low budget?", True),
        ("honestly does this still scream bedroom producer?", True),
        ("does it scream?", False),
        ("does the mix sound good?", False),
    ],
)
def test_an_amateur_sound_asked_with_new_verbs(question, fault_side):
    assert bool(FAULT_SIDE.search(question)) is fault_side


@pytest.mark.parametrize(
    ("question", "complaint", "enough"),
    [
        ("so is it the bgvs treading on me? they feel basically as loud as the lead", "loud", False),
        ("are the backing vocals as loud as the lead?", "loud", False),
        ("is the kick as loud as in pro mixes?", "quiet", True),
        ("is the snare as loud as the kick?", "quiet", True),
    ],
)
def test_as_loud_as_the_lead_is_a_supporting_part_over_it(question, complaint, enough):
    intent = classify(question)
    assert (intent.complaint, intent.enough) == (complaint, enough)
    assert as_loud(question) is enough


def test_treading_on_is_a_clash():
    assert classify("is the keys treading on the vocal?").complaint == "clash"


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("do i need to layer a sub synth under the bass?", "a sub layer"),
        ("should i stack an 808 under the bass?", "a sub layer"),
        ("thinking of layering a sine sub under the bass, good idea?", "a sub layer"),
        ("should i add a sub synth under the bass?", "a sub layer"),
        # a sample layered under the part joins it, as a sub layer does
        ("layer a sample under the snare?", "a second layer"),
        ("should i add some sub to the bass?", None),
        ("should i layer the sub eq?", None),
    ],
)
def test_a_sub_layer_is_a_new_source_guessed(question, said):
    assert source_guess(question) == said


@pytest.mark.parametrize(
    ("question", "src"),
    [
        ("something round 1k makes my vocal sound boxed in. guitars fault or my mics?", "mics"),
        ("is it the organ muddying my vocal or my cheap mic?", "mic"),
        ("my voice sounds smothered, right guitar's fault or my mic?", "mic"),
        ("is it the guitars or the mix?", None),
        ("is the mic too close?", None),
    ],
)
def test_a_part_or_the_recording_offered(question, src):
    m = PART_OR_SOURCE.search(question)
    assert (m["src"] if m else None) == src


@pytest.mark.parametrize(
    ("question", "hot"),
    [
        ("how come?? i tracked it hot, peaking near -6 on the way in. why would it end up buried", True),
        ("why is my vocal so buried? i recorded it nice and hot", True),
        ("the gain was cranked when i tracked the right guitar, why does it still vanish", True),
        ("why is my vocal buried?", False),
    ],
)
def test_the_recording_level_offered_as_a_reason(question, hot):
    assert bool(TRACKED_HOT.search(question)) is hot


@pytest.mark.parametrize(
    ("question", "complaint"),
    [
        ("how come?? i tracked it hot, peaking near -6 on the way in. why would it end up buried", "quiet"),
        ("is the mix peaking?", "clipping"),
        ("the vocal is peaking, distortion?", "clipping"),
    ],
)
def test_peaking_at_a_safe_level_is_no_clipping_complaint(question, complaint):
    assert classify(question).complaint == complaint


@pytest.mark.parametrize(
    ("question", "complaint", "technique"),
    [
        (
            "why is the whole mix tipping to the right?? i panned both gtrs the same amount each way",
            "lopsided",
            None,
        ),
        ("why does everything tilt left?", "lopsided", None),
        ("does the whole mix skew right to you?", "lopsided", None),
        ("the tone is skewed bright", None, None),
        ("should i pan the guitars wider?", "narrow", "panning"),
    ],
)
def test_a_lean_said_with_new_verbs_and_a_panning_done_as_context(question, complaint, technique):
    intent = classify(question)
    assert (intent.complaint, intent.technique) == (complaint, technique)


@needs_fluidsynth
def test_a_move_made_with_an_unsure_size_then_breathe_or_still_is_better():
    advice = ask_after(
        "pop",
        ("Kick +10", "kick is smacking me in the face on every beat, way too loud right?"),
        "clean",
        "dropped the kick like 8 or 9 dB. does the mix breathe now or is it still thumpy",
    )
    assert advice.text.startswith("Better: the 'Kick' sitting too loud went from"), advice.text


@needs_fluidsynth
@pytest.mark.parametrize(
    ("scenario", "opening"), [("clean", "Yes: the 'Bass'"), ("Bass +10", "Not yet: the 'Bass'")]
)
def test_did_that_do_it_or_still_too_fat_is_answered_on_the_first_half(scenario, opening):
    advice = ask_after(
        "soul_kit",
        ("Bass +10", "bass is swallowing the whole bottom end, way too loud yeah?"),
        scenario,
        "pulled the bass down about 10 like u said. did that do it or is it still too fat",
    )
    assert advice.text.startswith(opening), advice.text


@needs_fluidsynth
def test_the_hole_filled_now_after_the_pad_went_up_is_yes():
    advice = ask_after(
        "pop",
        ("Pad -10", "drop feels hollow, like theres a hole right in the middle of it. is the pad too low?"),
        "clean",
        "brought the pad up a bunch. is the hole filled now or does it want more",
    )
    assert advice.text.startswith("Yes: the 'Pad' sitting too low is gone."), advice.text


@needs_fluidsynth
def test_my_voice_on_top_now_with_the_guitar_still_over_is_not_yet():
    advice = ask_once(
        "folk", "Acoustic Gtr +10", "took the acoustic down a fair chunk. is my voice on top now?"
    )
    assert advice.text.startswith("Not yet: 'Acoustic Gtr' is still too loud."), advice.text
    assert advice.suggestions[0].track == "Acoustic Gtr" and advice.suggestions[0].params["delta_db"] < 0


@needs_fluidsynth
def test_scream_home_studio_on_a_clean_mix_is_no():
    advice = ask_once(
        "soul_kit", "clean", "be real w me, does this still scream home studio? uploading it friday"
    )
    assert advice.text.startswith("No, nothing needs fixing."), advice.text


@needs_fluidsynth
def test_backing_vocals_as_loud_as_the_lead_is_a_yes_with_their_fader_down():
    advice = ask_once(
        "soul_kit", "Backing Vox +10", "so is it the bgvs treading on me? they feel as loud as the lead"
    )
    assert advice.text.startswith("Yes: 'Backing Vox' sits 2 dB over your lead vocal."), advice.text
    assert advice.suggestions[0].track == "Backing Vox" and advice.suggestions[0].params["delta_db"] < 0


@needs_fluidsynth
@pytest.mark.parametrize(("scenario", "way"), [("Bass -10", 1), ("Bass +10", -1)])
def test_a_sub_layer_under_a_bass_at_the_wrong_level_waits_for_its_fader(scenario, way):
    advice = ask_once("soul", scenario, "groove has no floor. do i need to layer a sub synth under the bass?")
    assert advice.text.startswith("No, not a sub layer first: 'Bass' sits about"), advice.text
    assert "a sub layer under a part at the wrong level" in advice.text
    assert advice.suggestions[0].track == "Bass" and advice.suggestions[0].params["delta_db"] * way > 0


@needs_fluidsynth
def test_a_sub_layer_under_a_bass_in_place_is_a_fair_call():
    advice = ask_once("soul", "clean", "should i add a sub synth under the bass?")
    assert advice.text.startswith("Maybe: the meters can't judge a sub layer's sound"), advice.text
    assert not advice.suggestions


@needs_fluidsynth
@pytest.mark.parametrize(
    ("scenario", "opening", "track", "way"),
    [
        ("masking", "The guitars, not your mics: 'Acoustic Gtr' sits about", "Acoustic Gtr", -1),
        (
            "Lead Vocal -10",
            "Not the guitars, first your vocal's own level: 'Lead Vocal' sits",
            "Lead Vocal",
            1,
        ),
        (
            "clean",
            "Not the guitars, as far as I can measure: nothing I measured says 'Acoustic Gtr' covers",
            None,
            0,
        ),
    ],
)
def test_guitars_fault_or_my_mics_is_settled_by_what_is_measured(scenario, opening, track, way):
    advice = ask_once(
        "folk", scenario, "something round 1k makes my vocal sound boxed in. guitars fault or my mics?"
    )
    assert advice.text.startswith(opening), advice.text
    if track is None:
        assert not advice.suggestions and "solo 'Lead Vocal'" in advice.text
    else:
        assert advice.suggestions[0].track == track and advice.suggestions[0].params["delta_db"] * way > 0


@needs_fluidsynth
def test_the_part_measured_covering_is_blamed_whatever_the_order_said():
    advice = ask_once("soul_kit", "Organ +10", "is it the organ muddying my vocal or my cheap mic?")
    assert advice.text.startswith("The organ, not your mic: 'Organ' sits 2 dB over your lead vocal"), (
        advice.text
    )


@needs_fluidsynth
def test_tracked_hot_and_buried_is_its_level_with_the_lesson():
    advice = conversation(
        "folk",
        [
            ("Lead Vocal -10", "is my singing sat ok in here or nah"),
            (
                "Lead Vocal -10",
                "how come?? i tracked it hot, peaking near -6 on the way in. why would it end up buried",
            ),
        ],
    )[1]
    assert "How hot you tracked it sets its level on the way in, not its place in the mix" in advice.text
    assert "distort" not in advice.text
    assert advice.suggestions[0].track == "Lead Vocal" and advice.suggestions[0].params["delta_db"] > 0


@needs_fluidsynth
def test_the_whole_mix_tipping_right_with_the_left_guitar_low_names_it():
    advice = ask_once(
        "rock",
        "Gtr L -10",
        "why is the whole mix tipping to the right?? i panned both gtrs the same amount each way",
    )
    assert "'Gtr L' is panned left and it sits about 11 dB quieter" in advice.text, advice.text
    assert "That pulls your ear to the right." in advice.text
    assert advice.suggestions[0].track == "Gtr L" and advice.suggestions[0].params["delta_db"] > 0


@needs_fluidsynth
def test_the_mix_leans_right_turn_it_up_stays_on_the_part():
    advice = ask_once(
        "rock", "Gtr L -10", "left guitar feels like its missing, the mix leans right. turn it up?"
    )
    assert advice.text.startswith("Yes: 'Gtr L' sits about 11 dB quieter"), advice.text


@needs_fluidsynth
def test_a_how_and_a_yes_no_on_the_same_lesson_answer_once():
    advice = ask_once(
        "rock",
        "clean",
        "how do i glue the whole band together? is bus comp on the master the way, and what settings do i start from",
    )
    assert advice.text.count("A compressor turns a sound down") == 1, advice.text
    assert "2:1 to 4:1" in advice.text and len(advice.text.split()) <= 120


@pytest.mark.parametrize(
    "question",
    [
        "kick's down a good bit now. is the low end cleaner or is it still a mess",
        "horns back in their box now? or still too much",
        "did pulling the organ down fix the mud or nah",
        "backing vox are tucked under now right?",
    ],
)
def test_the_state_after_a_move_said_with_a_size_a_participle_an_idiom_or_a_gerund(question):
    assert classify(question).wants == "better_now"


@pytest.mark.parametrize(
    ("question", "good"),
    [
        ("does my mix sound pro or still kinda amateur", "pro"),
        ("polished or cheap sounding?", "polished"),
        ("is it good or bad?", "good"),
        ("does it sound pro?", None),
        ("is it good or should i push the vocal?", None),
    ],
)
def test_a_good_state_and_a_fault_offered_as_two_sides(question, good):
    assert good_first(question) == good


@needs_fluidsynth
@pytest.mark.parametrize(
    ("scenario", "opening"),
    [
        ("clean", "Pro, as far as I can measure: nothing needs fixing."),
        ("Bass +10", "Not quite, one thing: 'Bass'"),
    ],
)
def test_pro_or_amateur_names_the_side_measured(scenario, opening):
    advice = ask_once("rock", scenario, "does my mix sound pro or still kinda amateur")
    assert advice.text.startswith(opening), advice.text


@needs_fluidsynth
@pytest.mark.parametrize(
    ("before", "scenario", "question", "opening"),
    [
        (("soul", "Horns +10", "horns are blaring, too loud?"), "clean", "horns back in their box now? or still too much",
         "Better: the 'Horns' sitting too loud is gone."),
        (("soul", "Horns +10", "horns are blaring, too loud?"), "Horns +10",
         "horns back in their box now? or still too much", "Still there: the 'Horns' sitting too loud"),
        (("soul_kit", "Organ +10", "the organ is mudding everything up?"), "clean",
         "did pulling the organ down fix the mud or nah", "Yes: the 'Organ' sitting too loud is gone."),
        (("soul_kit", "Backing Vox +10", "bgvs too loud?"), "Backing Vox +10", "backing vox are tucked under now right?",
         "Not yet: the 'Backing Vox' sitting too loud is still there"),
        (("pop", "Kick +10", "kick too loud?"), "clean",
         "kick's down a good bit now. is the low end cleaner or is it still a mess", "Better: the 'Kick' sitting"),
    ],
)  # fmt: skip
def test_the_state_after_a_move_is_the_comparison_with_the_clip_before(before, scenario, question, opening):
    style, *first = before
    advice = ask_after(style, tuple(first), scenario, question)
    assert advice.text.startswith(opening), advice.text


@needs_fluidsynth
@pytest.mark.parametrize(
    ("style", "scenario", "question", "opening", "track"),
    [
        ("soul_kit", "Hats +10", "is it the hats or my interface making it hiss?", "The hats, not your interface: 'Hats'",
         "Hats"),
        ("pop", "Clap +10", "is it the snare or my monitors that sound so harsh?", "The snare, not your monitors: 'Clap'",
         "Clap"),
        ("pop", "clean", "is it the snare or my monitors that sound so harsh?",
         "Not the snare in the mix, as far as I can measure: nothing I measured says 'Clap' is harsh.", None),
    ],
)  # fmt: skip
def test_one_part_or_the_gear_is_settled_by_the_part_measured(style, scenario, question, opening, track):
    advice = ask_once(style, scenario, question)
    assert advice.text.startswith(opening), advice.text
    if track is None:
        assert "on the same monitors" in advice.text and not advice.suggestions
    else:
        assert advice.suggestions[0].track == track and advice.suggestions[0].params["delta_db"] < 0


@pytest.mark.parametrize(
    ("question", "hiss"),
    [("do the strings make the chorus lift or are they just noise?", False), ("theres a hiss on the rhodes", True),
     ("the guitar track is noisy", True), ("that noise on the vocal, how do i kill it", True)],
)  # fmt: skip
def test_just_noise_is_clutter_not_hiss(question, hiss):
    assert any(n.name == "hiss" and n.words.search(question) for n in NOISES) is hiss


@needs_fluidsynth
@pytest.mark.parametrize(
    ("scenario", "opening"),
    [("clean", "Centred: the two channels are within"), ("Gtr L +10", "Off centre, it leans left:"),
     ("Gtr L -10", "Off centre to the ear: the meters read")],
)  # fmt: skip
def test_centred_or_skewed_names_the_state(scenario, opening):
    advice = ask_once("rock", scenario, "is my stereo image centred or skewed?")
    assert advice.text.startswith(opening), advice.text


@needs_fluidsynth
@pytest.mark.parametrize(
    ("style", "scenario", "question", "opening"),
    [("soul_kit", "Snare -10", "snare needs like +3 or is it way more than that", "More: about 6 dB, not 3."),
     ("pop", "Clap +10", "clap down 2 dB or way more?", "More: about 6 dB, not 2."),
     ("rock", "Keys +10", "pull the keys down 5 or more?", "About 5: 4.5 dB does it.")],
)  # fmt: skip
def test_a_size_against_more_is_answered_with_the_size_measured(style, scenario, question, opening):
    assert ask_once(style, scenario, question).text.startswith(opening)


@needs_fluidsynth
def test_a_missing_instrument_guessed_for_a_fizzy_top_names_the_part_there():
    advice = ask_once("folk", "Shaker +10", "whats making the top end so fizzy, the cymbals?")
    assert advice.text.startswith("There are no cymbals in this session"), advice.text
    assert "What does stand out is 'Shaker'" in advice.text
    assert advice.suggestions[0].track == "Shaker" and advice.suggestions[0].params["delta_db"] < 0


@needs_fluidsynth
def test_a_missing_instrument_guessed_on_a_clean_mix_says_nothing_is_off():
    advice = ask_once("folk", "clean", "whats making the top end so fizzy, the cymbals?")
    assert "Nothing I measured in the mix is out of line" in advice.text, advice.text
    assert "Which track did you mean" not in advice.text


@pytest.mark.parametrize(
    ("question", "tag", "part"),
    [
        ("harmonies are there right? i can barely make em out", True, "harmonies"),
        ("the organ is in there yeah? cant really hear it", True, "organ"),
        ("the organ is there", False, None),
    ],
)
def test_there_said_with_a_tag_asks_whether_the_part_plays(question, tag, part):
    intent = classify(question)
    m = THERE_SAID.match(intent.question)
    assert intent.tag is tag
    assert (m["part"] if m and intent.tag else None) == part


@needs_fluidsynth
@pytest.mark.parametrize(
    ("style", "scenario", "question", "opening"),
    [
        ("folk", "Harmony Vox -10", "harmonies are there right? i can barely make em out",
         "No, barely: they're there but too quiet: 'Harmony Vox'"),
        ("folk", "clean", "harmonies are there right? i can barely make em out", "Yes, they're there:"),
        ("soul_kit", "Organ -10", "the organ is in there yeah? cant really hear it",
         "No, barely: it's there but too quiet: 'Organ'"),
    ],
)  # fmt: skip
def test_a_part_said_to_be_there_with_a_tag_is_there_but_too_quiet(style, scenario, question, opening):
    assert ask_once(style, scenario, question).text.startswith(opening)


@pytest.mark.parametrize(
    ("question", "either"),
    [
        ("is the vocal better now or still buried?", True),
        ("bass n kick are glued together now, or is the bass still hogging it", True),
        ("is the vocal still buried?", False),
    ],
)
def test_better_now_or_still_is_an_either_or(question, either):
    assert still_or_better(question) is either


@needs_fluidsynth
@pytest.mark.parametrize(
    ("style", "scenario", "question", "opening"),
    [
        ("pop", "Lead Vocal -10", "is the vocal better now or still buried?", "Still there: 'Lead Vocal' sits about"),
        ("pop", "clean", "is the vocal better now or still buried?",
         "Not anymore, as far as this clip shows: nothing I measured says 'Lead Vocal' is too low."),
        ("rock", "Bass +10", "bass n kick are glued together now, or is the bass still hogging it",
         "Still there: 'Bass' sits about 10 dB louder"),
    ],
)  # fmt: skip
def test_better_now_or_still_with_no_clip_before_is_judged_on_this_clip(style, scenario, question, opening):
    assert ask_once(style, scenario, question).text.startswith(opening)


@needs_fluidsynth
@pytest.mark.parametrize(
    ("style", "scenario", "question", "opening"),
    [
        ("rock", "Gtr R -10", "right guitar's been pulled back on purpose, fine or too much?",
         "Too much by the usual measure, but it's your call:"),
        ("soul", "Horns +10", "horns are loud on purpose, its the vibe, ok or too loud?",
         "Too loud by the usual measure, but it's your call:"),
        ("rock", "Gtr R -10", "right guitar's pulled back on purpose, ok or too loud?",
         "Not by the usual measure, but it's your call:"),
    ],
)  # fmt: skip
def test_a_choice_pushed_on_purpose_names_the_side_measured(style, scenario, question, opening):
    assert ask_once(style, scenario, question).text.startswith(opening)


@needs_fluidsynth
def test_a_part_too_low_and_covered_is_said_to_hide_because_it_sits_low():
    advice = ask_once("soul", "Bass -10", "why does the groove feel weak even tho the drummer is tight")
    assert "Sitting that low, 'Bass' also hides under 'Rhodes':" in advice.text, advice.text
    assert "That's also what hides 'Bass'" not in advice.text
    assert advice.suggestions[0].track == "Bass" and advice.suggestions[0].params["delta_db"] > 0


@pytest.mark.parametrize(
    ("question", "sides"),
    [
        ("hats are basically gone, too quiet or fine for rock", ("quiet", "fine")),
        ("are the strings too much for a soul ballad or is that the style", ("much", "the style")),
        ("is the kick too loud or normal for edm?", ("loud", "normal")),
        ("fine or too much?", None),
        ("is it too loud or too quiet?", None),
    ],
)
def test_a_fault_then_the_norm_offered_as_two_sides(question, sides):
    m = FAULT_OR_NORM.search(question)
    assert ((m["bad"], m["good"]) if m else None) == sides


@needs_fluidsynth
@pytest.mark.parametrize(
    ("style", "scenario", "question", "opening"),
    [
        ("rock", "Hats -10", "hats are basically gone, too quiet or fine for rock", "Yes, too quiet: bring the fader on 'Hats'"),
        ("rock", "clean", "hats are basically gone, too quiet or fine for rock", "No, it's fine: nothing I measured says 'Hats'"),
        ("soul", "Strings +10", "are the strings too much for a soul ballad or is that the style", "Yes, too much: 'Strings'"),
        ("soul", "Strings -10", "are the strings too much for a soul ballad or is that the style",
         "No, the opposite: too quiet: 'Strings'"),
        ("soul", "clean", "are the strings too much for a soul ballad or is that the style", "No, it's the style: 'Strings'"),
    ],
)  # fmt: skip
def test_a_fault_or_the_norm_names_the_side_measured(style, scenario, question, opening):
    assert ask_once(style, scenario, question).text.startswith(opening)


@pytest.mark.parametrize(
    ("question", "src"),
    [
        ("cant feel the upright at all on my laptop, is that just the laptop", "laptop"),
        ("vocal vanishes in the car, is it just my car?", "car"),
        ("is it just my cheap mic?", "mic"),
    ],
)
def test_the_speaker_blamed_alone(question, src):
    assert SOURCE_BLAMED.search(question)["src"] == src


@needs_fluidsynth
@pytest.mark.parametrize(
    ("scenario", "opening"),
    [
        ("Upright Bass -10", "Not the laptop, first the mix: 'Upright Bass' sits about 9 dB quieter"),
        ("clean", "Could be: nothing I measured in the mix says 'Upright Bass' is out of line"),
    ],
)
def test_is_that_just_the_laptop_is_the_mix_first_or_could_be(scenario, opening):
    advice = ask_once("folk", scenario, "cant feel the upright at all on my laptop, is that just the laptop")
    assert advice.text.startswith(opening), advice.text
    assert "on the same laptop" in advice.text or "on the laptop again" in advice.text


@needs_fluidsynth
@pytest.mark.parametrize(
    ("style", "scenario", "question", "opening"),
    [
        ("soul_kit", "Organ +10", "organ feels like a wall in the chorus, is it the organ or the arrangement",
         "The organ's level, not the arrangement: 'Organ' sits 2 dB over"),
        ("soul_kit", "clean", "organ feels like a wall in the chorus, is it the organ or the arrangement",
         "Not the organ in the mix, as far as I can measure:"),
        ("soul_kit", "Organ +10", "is it the arrangement or the mix?", "The mix, first: 'Organ' sits 2 dB over"),
        ("soul_kit", "clean", "is it the arrangement or the mix?", "Not the mix, as far as I can measure:"),
        ("rock", "clean", "is that the mix or my car?", "Not the mix, as far as I can measure:"),
    ],
)  # fmt: skip
def test_the_arrangement_or_the_car_against_the_mix_names_the_side_measured(
    style, scenario, question, opening
):
    advice = ask_once(style, scenario, question)
    assert advice.text.startswith(opening), advice.text


@needs_fluidsynth
@pytest.mark.parametrize(
    ("scenario", "opening", "track"),
    [
        ("Keys +10", "The keys on the guitars, as you said: 'Keys' sits level", "Keys"),
        ("Gtr L +10", "The other way round: the guitars on the keys:", "Gtr L"),
    ],
)
def test_a_claim_or_its_reverse_names_the_direction_measured(scenario, opening, track):
    advice = ask_once(
        "rock", scenario, "keys are stepping all over the guitars, or is it the other way round"
    )
    assert advice.text.startswith(opening), advice.text
    assert advice.suggestions[0].track == track and advice.suggestions[0].params["delta_db"] < 0


@needs_fluidsynth
@pytest.mark.parametrize(
    ("style", "scenario", "question", "opening"),
    [
        ("folk", "Lead Vocal -10", "vox feel kinda tucked, on purpose but is it too far",
         "By the usual measure, yes, but it's your call:"),
        ("pop", "Pluck Synth -10", "pluck is barely a whisper, intended or should it cut more",
         "It reads as a slip more than a choice:"),
    ],
)  # fmt: skip
def test_a_level_meant_asked_too_far_or_intended(style, scenario, question, opening):
    assert ask_once(style, scenario, question).text.startswith(opening)


@needs_fluidsynth
@pytest.mark.parametrize(
    ("scenario", "opening"),
    [
        ("Horns +10", "Yes, too loud, and it's the fader, not the EQ:"),
        ("clean", "No, and neither needs changing:"),
    ],
)
def test_cut_em_or_eq_em_offers_the_fader_against_the_eq(scenario, opening):
    advice = ask_once("soul", scenario, "horns are honking way too much in the mids, cut em or eq em")
    assert advice.text.startswith(opening), advice.text


@pytest.mark.parametrize(
    ("question", "any_track"),
    [
        ("does it sound like something youd hear on the radio", False),
        ("is something too loud?", True),
        ("anything sticking out?", True),
    ],
)
def test_like_something_is_a_likeness_not_every_track(question, any_track):
    assert classify(question).any_track is any_track


@needs_fluidsynth
def test_sounds_like_something_on_the_radio_on_a_clean_mix_is_yes():
    advice = ask_once("rock", "clean", "does it sound like something youd hear on the radio")
    assert advice.text.startswith("Yes, you're good: nothing needs fixing."), advice.text


def _follow(style: str, scenario: str, first: str, question: str):  # type: ignore[no-untyped-def]
    """The answer to ``question`` asked after ``first`` on the same session."""
    return conversation(style, [(scenario, first), (scenario, question)])[1]


@pytest.mark.parametrize(
    ("question", "wants"),
    [
        ("and if i leave it?", "judge"),
        ("what if i just leave them", "judge"),
        ("how did you figure that", "why"),
        ("how did you work that out?", "why"),
        ("how would you get the fiddle to float above everything", "how_to"),
    ],
)
def test_leaving_it_and_how_you_figured_it(question, wants):
    assert classify(question).wants == wants


@needs_fluidsynth
@pytest.mark.parametrize(
    ("scenario", "opening"),
    [("Organ -10", "No, I'd move it: 'Organ' sits about"), ("clean", "Yes, leave it:")],
)
def test_and_if_i_leave_it_after_a_verdict(scenario, opening):
    advice = _follow("soul_kit", scenario, "is the organ buried?", "and if i leave it?")
    assert advice.text.startswith(opening), advice.text


@needs_fluidsynth
def test_another_tool_instead_is_about_the_part_just_talked_about():
    advice = _follow("rock", "Bass -10", "bass is kinda lost, too quiet?", "would compression help instead")
    assert advice.text.startswith("Not first: 'Bass' sits about 10 dB quieter"), advice.text


@needs_fluidsynth
def test_how_did_you_figure_that_gives_the_reason_and_the_evidence():
    advice = _follow("soul", "Bass +10", "is the bass too loud?", "how did you figure that")
    assert advice.text.startswith("Because ") and "How I know: 'Bass' sits about 10 dB louder" in advice.text


@needs_fluidsynth
@pytest.mark.parametrize(
    ("style", "scenario", "question", "opening"),
    [
        ("rock", "Snare -10", "snare is kinda wimpy, transient shaper or just louder",
         "It's the level, too quiet, not the transient shaper:"),
        ("soul_kit", "Hats -10", "hats feel muffled, brighten them or bring them up", "It's the fader, not the tone:"),
        ("rock", "clean", "snare is kinda wimpy, transient shaper or just louder", "Neither, as far as I can measure:"),
    ],
)  # fmt: skip
def test_a_shaper_or_a_brighter_tone_against_the_fader(style, scenario, question, opening):
    assert ask_once(style, scenario, question).text.startswith(opening)


@pytest.mark.parametrize(
    "question",
    [
        "is there anything in here that would get flagged by a mastering engineer",
        "any red flags before i send it off?",
    ],
)
def test_a_flag_is_a_fault_asked_about(question):
    assert FAULT_SIDE.search(question) and classify(question).asks_problem


@needs_fluidsynth
@pytest.mark.parametrize(
    ("style", "scenario", "question", "opening"),
    [
        ("soul", "clean", "is there anything in here that would get flagged by a mastering engineer", "No"),
        ("soul", "Bass +10", "is there anything in here that would get flagged by a mastering engineer",
         "Yes, one thing: 'Bass'"),
        ("rock", "clean", "any red flags before i send it off?", "No, nothing needs fixing."),
        ("pop", "clean", "does my mix have enough punch for the club", "Yes: it isn't squashed:"),
    ],
)  # fmt: skip
def test_flags_and_enough_punch_take_the_right_polarity(style, scenario, question, opening):
    assert ask_once(style, scenario, question).text.startswith(opening)


@pytest.mark.parametrize(
    ("question", "reported"),
    [
        ("vocal up a couple db, does it cut now", True),
        ("horns: pulled back a chunk. happier?", True),
        ("vocal up a couple db please", False),
    ],
)
def test_a_move_said_without_a_verb_or_after_a_colon(question, reported):
    assert reports_move(question) is reported


@needs_fluidsynth
@pytest.mark.parametrize(
    ("scenario", "opening"),
    [
        ("clean", "Better: the 'Snare' sitting too loud is gone."),
        ("Snare -10", "Too far the other way:"),
    ],
)
def test_sitting_better_or_overcooked_after_a_move(scenario, opening):
    advice = ask_after(
        "rock",
        ("Snare +10", "snare is too loud yeah"),
        scenario,
        "ok i turned the snare down like 5db, is it sitting better or did i overcook it",
    )
    assert advice.text.startswith(opening), advice.text


@needs_fluidsynth
@pytest.mark.parametrize(
    ("scenario", "opening"),
    [
        ("clean", "Yes: the 'Horns' sitting too loud is gone."),
        ("Horns +10", "Not yet: the 'Horns' sitting too loud"),
    ],
)
def test_happier_after_a_move_is_the_comparison(scenario, opening):
    advice = ask_after(
        "soul_kit", ("Horns +10", "horns too loud?"), scenario, "horns: pulled back a chunk. happier?"
    )
    assert advice.text.startswith(opening), advice.text
