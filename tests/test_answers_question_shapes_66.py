"""Question shapes found after set 42's one run: "dropped the kick like 8 or 9 dB" is the size of a move made, not
two sizes offered; "did that do it or is it still too fat" is answered on its first half ("Yes"); "is the hole
filled now or does it want more" and "is my voice on top now" after a reported move ask about the state now (a
question mark or not); "does it still scream home studio?" asks about an amateur sound (a no on a clean mix);
"they feel as loud as the lead" says a supporting part sits too loud, never "loud enough?"; "treading on me" is a
clash; "do i need to layer a sub synth under the bass?" is a new source guessed (its fader first when the bass is
off); "guitars fault or my mics?" picks between a part and the recording; "i tracked it hot, peaking near -6, why
is it buried?" is about its level, not clipping, with the recording level's lesson; "why is the whole mix tipping
to the right? i panned both gtrs the same" weighs the mix's lean, the panning said being context; and a how with a
yes/no that the same lesson answers ("how do i glue the band? is bus comp the way?") is answered once."""

from __future__ import annotations

import pytest
from fakes.rendering import conversation, needs_fluidsynth

from model.guessed_source import source_guess
from model.intent import classify
from model.intent_reference import as_loud
from model.lean_verdict import FAULT_SIDE
from model.part_or_source import PART_OR_SOURCE
from model.reported_move import reports_move
from model.size_choice import offered_sizes
from model.still_verdict import HELPED_OR_STILL
from model.tracked_hot import TRACKED_HOT


def _ask(style: str, scenario: str, question: str):  # type: ignore[no-untyped-def]
    """The answer of a fresh Companion to ``question`` on a rendered session (a conversation of one turn)."""
    return conversation(style, [(scenario, question)])[0]


def _after(style: str, before: tuple[str, str], scenario: str, question: str):  # type: ignore[no-untyped-def]
    """The answer to ``question`` on ``scenario`` after ``before`` (scenario, question) was asked first."""
    return conversation(style, [before, (scenario, question)])[1]


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
        ("layer a sample under the snare?", "a new sample"),
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
        ("should i pan the guitars wider?", "narrow", "panning"),
    ],
)
def test_a_lean_said_with_new_verbs_and_a_panning_done_as_context(question, complaint, technique):
    intent = classify(question)
    assert (intent.complaint, intent.technique) == (complaint, technique)


@needs_fluidsynth
def test_a_move_made_with_an_unsure_size_then_breathe_or_still_is_better():
    advice = _after(
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
    advice = _after(
        "soul_kit",
        ("Bass +10", "bass is swallowing the whole bottom end, way too loud yeah?"),
        scenario,
        "pulled the bass down about 10 like u said. did that do it or is it still too fat",
    )
    assert advice.text.startswith(opening), advice.text


@needs_fluidsynth
def test_the_hole_filled_now_after_the_pad_went_up_is_yes():
    advice = _after(
        "pop",
        ("Pad -10", "drop feels hollow, like theres a hole right in the middle of it. is the pad too low?"),
        "clean",
        "brought the pad up a bunch. is the hole filled now or does it want more",
    )
    assert advice.text.startswith("Yes: the 'Pad' sitting too low is gone."), advice.text


@needs_fluidsynth
def test_my_voice_on_top_now_with_the_guitar_still_over_is_not_yet():
    advice = _ask("folk", "Acoustic Gtr +10", "took the acoustic down a fair chunk. is my voice on top now?")
    assert advice.text.startswith("Not yet: 'Acoustic Gtr' is still too loud."), advice.text
    assert advice.suggestions[0].track == "Acoustic Gtr" and advice.suggestions[0].params["delta_db"] < 0


@needs_fluidsynth
def test_scream_home_studio_on_a_clean_mix_is_no():
    advice = _ask(
        "soul_kit", "clean", "be real w me, does this still scream home studio? uploading it friday"
    )
    assert advice.text.startswith("No, nothing needs fixing."), advice.text


@needs_fluidsynth
def test_backing_vocals_as_loud_as_the_lead_is_a_yes_with_their_fader_down():
    advice = _ask(
        "soul_kit", "Backing Vox +10", "so is it the bgvs treading on me? they feel as loud as the lead"
    )
    assert advice.text.startswith("Yes: 'Backing Vox' sits 2 dB over your lead vocal."), advice.text
    assert advice.suggestions[0].track == "Backing Vox" and advice.suggestions[0].params["delta_db"] < 0


@needs_fluidsynth
@pytest.mark.parametrize(("scenario", "way"), [("Bass -10", 1), ("Bass +10", -1)])
def test_a_sub_layer_under_a_bass_at_the_wrong_level_waits_for_its_fader(scenario, way):
    advice = _ask("soul", scenario, "groove has no floor. do i need to layer a sub synth under the bass?")
    assert advice.text.startswith("No, not a sub layer first: 'Bass' sits about"), advice.text
    assert "a sub layer under a part at the wrong level" in advice.text
    assert advice.suggestions[0].track == "Bass" and advice.suggestions[0].params["delta_db"] * way > 0


@needs_fluidsynth
def test_a_sub_layer_under_a_bass_in_place_is_a_fair_call():
    advice = _ask("soul", "clean", "should i add a sub synth under the bass?")
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
    advice = _ask(
        "folk", scenario, "something round 1k makes my vocal sound boxed in. guitars fault or my mics?"
    )
    assert advice.text.startswith(opening), advice.text
    if track is None:
        assert not advice.suggestions and "solo 'Lead Vocal'" in advice.text
    else:
        assert advice.suggestions[0].track == track and advice.suggestions[0].params["delta_db"] * way > 0


@needs_fluidsynth
def test_the_part_measured_covering_is_blamed_whatever_the_order_said():
    advice = _ask("soul_kit", "Organ +10", "is it the organ muddying my vocal or my cheap mic?")
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
    advice = _ask(
        "rock",
        "Gtr L -10",
        "why is the whole mix tipping to the right?? i panned both gtrs the same amount each way",
    )
    assert "'Gtr L' is panned left and it sits about 11 dB quieter" in advice.text, advice.text
    assert "That pulls your ear to the right." in advice.text
    assert advice.suggestions[0].track == "Gtr L" and advice.suggestions[0].params["delta_db"] > 0


@needs_fluidsynth
def test_the_mix_leans_right_turn_it_up_stays_on_the_part():
    advice = _ask("rock", "Gtr L -10", "left guitar feels like its missing, the mix leans right. turn it up?")
    assert advice.text.startswith("Yes: 'Gtr L' sits about 11 dB quieter"), advice.text


@needs_fluidsynth
def test_a_how_and_a_yes_no_on_the_same_lesson_answer_once():
    advice = _ask(
        "rock",
        "clean",
        "how do i glue the whole band together? is bus comp on the master the way, and what settings do i start from",
    )
    assert advice.text.count("A compressor turns a sound down") == 1, advice.text
    assert "2:1 to 4:1" in advice.text and len(advice.text.split()) <= 120
