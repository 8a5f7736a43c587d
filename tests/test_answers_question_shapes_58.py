"""Question shapes an engineer reads past their spelling: a move reported and checked without a question mark
("pulled the shaker down a bunch, is it gone now lol") is "did that help?"; "epiano" is the electric piano, not a
slip of "piano"; "how far off is my low end?" is answered on the low end (its fault's size, or "not far off" with
its bands), never on a tonal lean in another range; "should i brighten the guitars" names both guitars; a part's
EQ blamed ("is my kick eq'd wrong?") with its level at fault is "Not the EQ:", not "Not first:"; a drum inside the
kit's track asked yes or no gets the verdict first and a guess denied by name; and a "why?" pushed back with the
user's headphones says what headphones hide."""

from __future__ import annotations

import re

import pytest
from fakes.band_sessions import advise_rock, level_finding, soul_snapshot
from fakes.rendering import conversation, needs_fluidsynth

from model.asked_direction import tool_faulted_opening
from model.gear_pushback import gear_note
from model.intent import Wants, classify
from model.intent_spelling import normalise
from model.reported_move import reports_move

# a move reported, then checked without a question mark


@pytest.mark.parametrize(
    "question",
    [
        "pulled the shaker down a bunch, is it gone now lol",
        "pulled the shaker down a bunch, is it gone now",
        "turned the horns down some, are we good now",
        "i tucked the keys in a bit, is it better now.",
    ],
)
def test_a_move_reported_then_checked_without_a_question_mark_asks_did_that_help(question: str) -> None:
    assert reports_move(normalise(question)), question
    assert classify(question).wants == Wants.BETTER, question


@pytest.mark.parametrize(
    "question",
    [
        "pulled the shaker down a bunch, it sounds thin now",  # a complaint after the move, not a check
        "i turned the horns down",  # news, nothing asked
    ],
)
def test_a_move_reported_with_no_check_is_no_did_that_help(question: str) -> None:
    assert not reports_move(normalise(question)), question


@needs_fluidsynth
def test_did_that_help_without_a_question_mark_compares_the_two_clips() -> None:
    _, after = conversation(
        "folk",
        [
            ("Shaker +10", "theres a hiss thing all over, is it the shaker?"),
            ("clean", "pulled the shaker down a bunch, is it gone now lol"),
        ],
    )
    assert after.text.startswith("Yes"), after.text
    assert "You moved its fader from" in after.text and "'Shaker'" in after.text, after.text


# "epiano" is the electric piano


def test_epiano_is_no_slip_of_piano() -> None:
    assert normalise("is the epiano ok") == "is the epiano ok"
    assert normalise("is the pianno ok") == "is the piano ok"  # a real slip is still read back
    assert classify("is the epiano ok").instruments == ("rhodes",)


def test_epiano_on_a_rhodes_is_no_stand_in_and_on_a_piano_is_said_as_electric_piano() -> None:
    soul = advise_rock("is the epiano ok", snapshot=soul_snapshot()).text
    assert "'Rhodes'" in soul and "There's no" not in soul, soul
    from fakes.band_sessions import _track, rock_snapshot

    snap = rock_snapshot()
    with_piano = type(snap)(
        project=snap.project, tracks=(*snap.tracks[:6], _track(7, "Piano", -22.0), snap.tracks[7])
    )
    folk = advise_rock("is the epiano ok", snapshot=with_piano).text
    assert "There's no electric piano in this session, so I took it as 'Piano'" in folk, folk


# "how far off is my low end?"


@needs_fluidsynth
def test_how_far_off_the_low_end_is_judged_on_the_low_end() -> None:
    (clean,) = conversation("rock", [("clean", "how far off is my low end")])
    assert clean.text.startswith("Not far off: nothing in the low end stands out"), clean.text
    assert "bass band (60 Hz-250 Hz)" in clean.text and "3 kHz" not in clean.text, clean.text
    assert not clean.suggestions
    (low,) = conversation("rock", [("Bass -10", "how far off is my low end")])
    assert low.text.startswith("About 6 dB: bring the fader on 'Bass'"), low.text
    assert low.suggestions[0].track == "Bass" and low.suggestions[0].params["delta_db"] > 0


@needs_fluidsynth
def test_how_much_to_cut_or_boost_a_region_is_sized_on_that_region() -> None:
    (loud,) = conversation("rock", [("Bass +10", "how much should i cut the low end?")])
    assert loud.text.startswith("About 6 dB: bring the fader on 'Bass'"), loud.text
    assert "EQ won't fix a part sitting at the wrong level" in loud.text and "EQ makes room" not in loud.text
    assert loud.suggestions[0].track == "Bass" and loud.suggestions[0].params["delta_db"] < 0
    (quiet,) = conversation("rock", [("Bass -10", "how much should i cut the low end?")])
    assert quiet.text.startswith("Don't cut there: 'Bass' sits about"), quiet.text
    assert quiet.suggestions[0].track == "Bass" and quiet.suggestions[0].params["delta_db"] > 0
    (clean,) = conversation("rock", [("clean", "how much should i cut 300hz?")])
    assert clean.text.startswith("None needed: nothing in the low-mids stands out"), clean.text
    assert "low-mid band (250 Hz-500 Hz)" in clean.text and not clean.suggestions, clean.text


def test_a_frequency_is_read_as_the_narrowest_region_holding_it() -> None:
    from model.answer_region import region_of_hz

    assert region_of_hz("how much should i cut 300hz?").name == "the low-mids"
    assert region_of_hz("boost 3k?").name == "the high-mids"
    assert region_of_hz("cut 80 Hz").name == "the low end"
    assert region_of_hz("cut 1khz").name == "the mids"
    assert region_of_hz("how much should i cut?") is None


# "should i brighten the guitars": both of them


@needs_fluidsynth
def test_brightening_the_guitars_held_off_names_both_guitars() -> None:
    (ans,) = conversation("rock", [("clean", "should i brighten the guitars")])
    assert ans.text.startswith("No, not much on 'Gtr L' and 'Gtr R':"), ans.text
    assert "  " not in ans.text and "Its own meter" not in ans.text, ans.text
    (one,) = conversation("rock", [("clean", "should i brighten the vocal?")])
    assert one.text.startswith("No, not much on 'Lead Vocal':") and "Its own meter reads" in one.text, (
        one.text
    )


# a part's EQ or compression blamed


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("is my kick eq'd wrong?", "Not the EQ:"),
        ("did i mess up the eq on the kick?", "Not the EQ:"),
        ("is the compression on the kick too much?", "Not the compression:"),
        ("should i eq the kick?", "Not first:"),  # a move asked, nothing blamed
        ("is my kick eq'd wrong?", "No:"),  # only "Not first:" is re-worded
    ],
)
def test_a_plugin_blamed_is_denied_by_name(question: str, opening: str) -> None:
    start = "No:" if opening == "No:" else "Not first:"
    assert tool_faulted_opening(question, start) == opening


def test_a_kick_eq_blamed_with_its_level_at_fault_opens_not_the_eq() -> None:
    loud_kick = level_finding("Kick", "kick drums", 12.0, fader_db=1.6)
    advice = advise_rock("is my kick eq'd wrong?", (loud_kick,))
    assert advice.text.startswith("Not the EQ: 'Kick' sits about 12 dB louder"), advice.text
    assert advice.suggestions[0].track == "Kick" and advice.suggestions[0].params["delta_db"] < 0


@needs_fluidsynth
def test_a_kick_eq_blamed_with_the_bass_covering_it_opens_not_the_eq() -> None:
    (ans,) = conversation("rock", [("Bass +10", "is my kick eq'd wrong?")])
    assert ans.text.startswith("Not the EQ: what is off is 'Bass'"), ans.text
    assert ans.suggestions[0].track == "Bass" and ans.suggestions[0].params["delta_db"] < 0


# a drum inside the kit's track, asked yes or no


def test_a_drum_inside_the_kit_asked_yes_or_no_gets_the_verdict_first() -> None:
    text = advise_rock("low end woofy, is it the kick drum?", snapshot=soul_snapshot()).text
    assert text.startswith("No: nothing I measured says 'Drums' is boomy."), text
    assert "Your kick drum has no track of its own: it's inside 'Drums'" in text, text
    sentences = text.split(". ")
    assert len(sentences) == len(set(sentences)), text  # no sentence said twice


def test_a_drum_guessed_inside_the_kit_while_another_part_is_off_is_denied_by_name() -> None:
    loud_bass = level_finding("Bass", "basses", 10.0)
    advice = advise_rock("low end woofy, is it the kick drum?", (loud_bass,), snapshot=soul_snapshot())
    assert advice.text.startswith("Not the kick drum:") and "'Bass'" in advice.text.split(". ")[0], (
        advice.text
    )
    assert advice.suggestions[0].track == "Bass" and advice.suggestions[0].params["delta_db"] < 0
    # a how-to is no yes or no: the note on the kit still leads it
    how = advise_rock("how do i make the kick punchier?", snapshot=soul_snapshot()).text
    assert how.startswith("Your kick has no track of its own"), how


# a "why?" pushed back with one's own playback


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("why? it sounds fine on my headphones", "Headphones can hide it"),
        ("it sounds good with my airpods, why change it", "Headphones can hide it"),
        ("but in my car its fine, why", "A car can hide it"),
        ("how do you know? on my monitors it's ok", "Your speakers can hide it"),
        ("why is that, sounds ok on my phone", "A phone or laptop can hide it"),
        ("why?", ""),
        ("why do you say that", ""),
    ],
)
def test_the_playback_a_pushback_names_is_said_back(question: str, said: str) -> None:
    note = gear_note(question)
    assert note.startswith(said) if said else note == "", note


@needs_fluidsynth
def test_a_why_pushed_back_with_headphones_keeps_the_reason_and_says_what_they_hide() -> None:
    _, why = conversation(
        "rock", [("Bass +10", "is the bass too loud?"), ("Bass +10", "why? it sounds fine on my headphones")]
    )
    assert why.text.startswith("Because"), why.text
    assert "Headphones can hide it" in why.text and "So the move stands" in why.text, why.text
    assert why.suggestions[0].track == "Bass" and why.suggestions[0].params["delta_db"] < 0


# "clap good now?", "is it sorted?": the state after a change, asked


@pytest.mark.parametrize(
    "question",
    [
        "clap sorted now?",
        "clap good now?",
        "all good now?",
        "is the vocal fixed now",
        "is it sorted?",
        "is that fixed?",
    ],
)
def test_the_state_after_a_change_is_asked_as_did_that_help(question: str) -> None:
    assert classify(question).wants == Wants.BETTER, question


@pytest.mark.parametrize(
    "question",
    [
        "is it ok now to add reverb?",
        "how do i get it good now?",
        "the keys r way too loud rn",  # "right now" is a time, not a state
        "is the bass louder than the kick right now?",
    ],
)
def test_a_state_word_before_more_words_is_no_did_that_help(question: str) -> None:
    assert classify(question).wants != Wants.BETTER, question


@needs_fluidsynth
@pytest.mark.parametrize("question", ["clap good now?", "is it sorted?", "all good now?"])
def test_the_state_after_a_fix_compares_the_clips(question: str) -> None:
    _, after = conversation(
        "pop", [("Clap +10", "clap is slapping me in the face, too loud?"), ("clean", question)]
    )
    assert after.text.startswith("Yes: the 'Clap' sitting too loud is gone."), after.text
    _, same = conversation(
        "pop", [("Clap +10", "clap is slapping me in the face, too loud?"), ("Clap +10", question)]
    )
    assert same.text.startswith("Not yet: the 'Clap' sitting too loud is still there"), same.text


@needs_fluidsynth
def test_the_state_now_with_no_clip_before_is_judged_as_it_stands() -> None:
    (loud,) = conversation("pop", [("Clap +10", "clap good now?")])
    assert loud.text.startswith("No: 'Clap' sits about"), loud.text
    assert loud.suggestions[0].track == "Clap" and loud.suggestions[0].params["delta_db"] < 0
    # better than what: it can't say, so it says so, then the part as it stands (shapes_83)
    (better,) = conversation("pop", [("Clap +10", "clap better now?")])
    assert better.text.startswith(
        "I have no clip from before to compare, so as it is now: 'Clap' sits about"
    ), better.text
    assert better.suggestions[0].track == "Clap" and better.suggestions[0].params["delta_db"] < 0


# the sung words lost under a part too loud, a part guessed with its level claimed, an honest critique asked for


@needs_fluidsynth
def test_words_lost_under_a_guitar_name_the_guitar_on_top_first() -> None:
    (ans,) = conversation("folk", [("masking", "words are getting lost somewhere")])
    assert ans.text.startswith("It's 'Acoustic Gtr' on top, not a part too low:"), ans.text
    assert "That's also what hides 'Lead Vocal'" in ans.text, ans.text
    assert ans.suggestions[0].track == "Acoustic Gtr" and ans.suggestions[0].params["delta_db"] < 0
    (asked,) = conversation("folk", [("masking", "is anything too quiet?")])  # a yes or no keeps its no
    assert asked.text.startswith("No, nothing sits too low; the opposite:"), asked.text


def test_a_part_guessed_with_its_level_claimed_is_answered_on_that_claim() -> None:
    from fakes.band_sessions import guitar_masks_vocal

    found = (level_finding("Gtr L", "electric guitars", 8.0), guitar_masks_vocal())
    quiet = advise_rock("the vocal gets lost, is the left guitar too quiet?", found).text
    assert quiet.startswith("No, the opposite: what is off is 'Gtr L'"), quiet
    loud = advise_rock("cant hear the singer, is the left guitar too loud?", found).text
    assert loud.startswith("Yes: what is off is 'Gtr L'"), loud  # 8 dB over is no "a little"
    keys = advise_rock("the vocal gets lost, is it the keys?", (level_finding("Keys", "keyboards", 10.0),))
    assert keys.text.startswith("Yes, it's 'Keys': "), keys.text  # no level claimed: the part confirmed


@pytest.mark.parametrize("question", ["ok be brutal", "be honest", "no sugarcoating pls", "dont hold back"])
def test_an_honest_critique_asked_for_is_what_i_hear(question: str) -> None:
    assert classify(question).wants == Wants.LISTEN, question
    text = advise_rock(question, (level_finding("Bass", "basses", 10.0),)).text
    assert not text.startswith("Happy to. Better how"), text
    assert "'Bass' sits about 10 dB louder" in text.split(". ")[0], text


# EQ settings for a part real-mix data has none for


def test_eq_for_a_part_without_real_mix_settings_gives_its_own_ranges() -> None:
    from model.answer_knowledge import settings

    fiddle = settings("eq", "strings", None)  # type: ignore[arg-type]
    assert fiddle.startswith("My real-mix data has no EQ settings for string parts"), fiddle
    assert "mud 250-400 Hz" in fiddle and "kick drums" not in fiddle and "rumble" not in fiddle, fiddle
    kick = settings("eq", "kick", None)  # type: ignore[arg-type]
    assert kick.startswith("Engineers high-passed kick drums around 35 Hz"), kick


# "rough mix or done?", "is there anything i should leave alone"


def test_done_offered_as_one_side_of_a_choice_asks_whether_it_is_done() -> None:
    from model.lean_verdict import DONE_Q

    for q in ("rough mix or done?", "done or nah", "is it a demo or ready?"):
        assert DONE_Q.search(q), q
    assert not DONE_Q.search("should i cut or boost?")


@needs_fluidsynth
def test_a_clean_mix_asked_rough_or_done_is_done() -> None:
    (clean,) = conversation("folk", [("clean", "rough mix or done?")])
    assert clean.text.startswith("Yes") and "needs fixing" in clean.text, clean.text
    (loud,) = conversation("folk", [("Fiddle +10", "rough mix or done?")])
    assert loud.text.startswith("Not quite, one thing: 'Fiddle'"), loud.text


@pytest.mark.parametrize(
    "question",
    [
        "is there anything i should leave alone",
        "anything i shouldnt touch?",
        "any tracks i can leave as they are",
    ],
)
def test_anything_to_leave_alone_asked_yes_or_no_lists_the_parts_to_keep(question: str) -> None:
    from model.leave_alone import asks_leave_alone

    assert asks_leave_alone(question), question
    text = advise_rock(question, (level_finding("Bass", "basses", 10.0),)).text
    assert text.startswith("Leave ") and "'Bass'" not in text.split(":")[0], text


# a part in place the user wants louder or quieter anyway


@pytest.mark.parametrize(
    ("question", "track", "sign"),
    [
        ("i like the keys a bit quieter", "Keys", -1),
        ("i want the bass louder", "Bass", 1),
        ("we kinda want the hats up more", "Hats", 1),
    ],
)
def test_a_wish_on_a_part_in_place_is_granted_with_a_small_step(question: str, track: str, sign: int) -> None:
    advice = advise_rock(question)
    assert advice.text.startswith("Your call: nothing I measured says"), advice.text
    card = advice.suggestions[0]
    assert card.track == track and card.params["delta_db"] == sign * 2.0, card


def test_a_wish_with_its_state_asked_answers_the_state_first_and_a_fault_keeps_its_answer() -> None:
    asked = advise_rock("i want the vocal louder, is it too quiet?").text
    assert asked.startswith("No, but it's your call:"), asked
    fault = advise_rock("i want the bass louder", (level_finding("Bass", "basses", 10.0),))
    assert not fault.text.startswith("Your call"), fault.text
    assert fault.suggestions[0].track == "Bass" and fault.suggestions[0].params["delta_db"] < 0


@needs_fluidsynth
def test_what_if_i_want_it_louder_after_a_no_is_my_call() -> None:
    _, wish = conversation(
        "soul", [("clean", "is the rhodes too quiet?"), ("clean", "what if i want it louder tho")]
    )
    assert wish.text.startswith("Your call: nothing I measured says 'Rhodes' is out of line"), wish.text
    assert "'Lead Vocal' still sits on top" in wish.text, wish.text
    assert wish.suggestions[0].track == "Rhodes" and wish.suggestions[0].params["delta_db"] == 2.0


# the stereo field in amateur words


@pytest.mark.parametrize(
    ("question", "complaint", "technique"),
    [
        ("is everything bunched in the middle", "narrow", None),
        ("is it all piled up in the center", "narrow", None),
        ("should the hats be more to the side", None, "panning"),
        ("hats more to the right?", None, "panning"),  # "right?" is a side here, not a tag
        ("the kick is lost right?", "quiet", None),  # and a tag here
    ],
)
def test_the_stereo_field_in_amateur_words(
    question: str, complaint: str | None, technique: str | None
) -> None:
    intent = classify(question)
    assert (intent.complaint, intent.technique) == (complaint, technique), intent


@needs_fluidsynth
def test_bunched_in_the_middle_on_a_wide_mix_is_a_no() -> None:
    (ans,) = conversation("rock", [("clean", "is everything bunched in the middle")])
    assert ans.text.startswith("No, it's wide enough:"), ans.text
    (hats,) = conversation("rock", [("clean", "should the hats be more to the side")])
    assert "'Hats' is panned 30% right" in hats.text and "harsh" not in hats.text, hats.text


@pytest.mark.parametrize(
    ("question", "way"),
    [
        ("horns: tame or leave?", "down"),
        ("tame the horns or leave them?", "down"),
        ("bring it up or leave?", "up"),
        ("should i leave it or turn it up", None),  # the leave side first: a plain move question
    ],
)
def test_tame_or_leave_offers_a_move_against_no_move(question: str, way: str | None) -> None:
    from model.move_or_leave import offered_way

    assert offered_way(question) == way


def test_tame_or_leave_names_the_side() -> None:
    loud = advise_rock("keys: tame or leave?", (level_finding("Keys", "keyboards", 10.0),)).text
    assert loud.startswith("Turn it down: 'Keys' sits about 10 dB louder"), loud
    fine = advise_rock("keys: tame or leave?").text
    assert fine.startswith("Leave it:"), fine


@pytest.mark.parametrize(
    "question", ["in dB?", "and in decibels?", "whats that in decibels", "ok so thats how much in db"]
)
def test_the_size_asked_in_db_is_how_much(question: str) -> None:
    assert classify(question).wants == Wants.HOW_MUCH, question


@needs_fluidsynth
def test_in_db_after_a_fault_gives_the_size_again() -> None:
    _, size = conversation("rock", [("Snare -10", "snare feels weak"), ("Snare -10", "in dB?")])
    assert size.text.startswith("About 6 dB: bring the fader on 'Snare'"), size.text


@pytest.mark.parametrize(
    ("question", "instruments"),
    [
        ("the ooh aahs are missing", ("backing vocals",)),
        ("oohs and ahhs too quiet", ("backing vocals",)),
        ("the ooh-ahhs", ("backing vocals",)),
        ("ooh that kick is loud", ("kick",)),  # an exclamation, no voice
    ],
)
def test_oohs_and_aahs_are_the_backing_vocals(question: str, instruments: tuple[str, ...]) -> None:
    assert classify(question).instruments == instruments


# a part set aside in a "what else?"


@pytest.mark.parametrize(
    "question",
    [
        "fixed the bass, what else",
        "what else besides the bass",
        "ok the bass is sorted, whats next",
        "ok did the bass thing, whats next",
    ],
)
def test_a_part_set_aside_in_what_else_asks_about_the_rest(question: str) -> None:
    from model.set_aside import set_aside

    intent = set_aside(classify(question))
    assert intent.more and intent.instruments == (), intent
    harsh = advise_rock(question, (level_finding("Keys", "keyboards", 10.0),)).text
    # "the bass is sorted" said as a claim is confirmed first (``model.claimed_fixed``): "'Bass' sits right now."
    assert re.match(r"('Bass' sits right now\. )?Next: 'Keys' sits about 10 dB louder", harsh), harsh


def test_what_else_about_a_part_keeps_the_part() -> None:
    from model.set_aside import set_aside

    assert set_aside(classify("what else can i do on the bass?")).instruments == ("bass",)


@pytest.mark.parametrize(
    ("question", "instruments"),
    [
        ("is the second voice too much", ("backing vocals",)),
        ("my duet partner is drowning me out", ("backing vocals",)),
        ("the other singer is too loud", ("backing vocals",)),
        ("is my voice too quiet", ("vocal",)),
        ("is the low end ok", ()),
    ],
)
def test_a_second_voice_is_a_backing_voice(question: str, instruments: tuple[str, ...]) -> None:
    assert classify(question).instruments == instruments


@pytest.mark.parametrize(
    ("question", "instruments"),
    [
        ("is the low synth overpowering", ("bass",)),
        ("the reese is way too much", ("bass",)),
        ("bass synth too loud?", ("bass",)),
        ("is the synth too loud", ("synth",)),
    ],
)
def test_a_low_synth_is_the_bass(question: str, instruments: tuple[str, ...]) -> None:
    assert classify(question).instruments == instruments


# a good state of the whole mix asked yes or no


@pytest.mark.parametrize(
    "question",
    [
        "does it sound expensive",
        "does the mix breathe",
        "will it translate to earbuds",
        "does the groove hit",
    ],
)
def test_a_good_state_asked_with_a_fault_measured_is_not_quite(question: str) -> None:
    text = advise_rock(question, (level_finding("Kick", "kick drums", -9.0),)).text
    assert text.startswith("Not quite, one thing: 'Kick' sits about 9 dB quieter"), text


def test_a_bad_state_asked_keeps_its_yes() -> None:
    text = advise_rock("does it feel kinda empty", (level_finding("Keys", "keys", -10.0),)).text
    assert not text.startswith("Not quite"), text


def test_a_bad_state_beside_a_good_word_is_no_good_state() -> None:
    from model.lean_verdict import BAD_STATE, GOOD_STATE

    for q in ("does the groove feel empty?", "does the drop hit kinda weak"):
        assert BAD_STATE.search(q), q
    assert GOOD_STATE.search("does the groove hit") and not BAD_STATE.search("does the groove hit")
    text = advise_rock("does the groove feel empty?", (level_finding("Kick", "kick drums", -9.0),)).text
    assert not text.startswith("Not quite"), text
