"""Question shapes found after set 47's one run: "is it balanced enough to send? dont wanna look like an amateur"
asks whether it is balanced (the worry after the question asks nothing); "loud enough? whats it sitting at in
lufs" wants the yes or no with the number in it; "are the gtrs sitting right on top of my vocal?" asks after a
fault ("right" is where they sit, not "sitting right?"); "are the keys a bit too quiet under the horns?" with both
in range is a no, not "About level"; "is the balance there yet?" asks after the good state; "is the organ drowned
out by the horns?" and "is the vocal covered by the piano?" say the covering part second, in the passive; "should
the bass be as loud as the kick?" with the kick inside a drum bus still gets the usual gap, set by ear; "how do i
check that?" leads with the check (by ear, with no move to check, after a part judged fine); "what difference would
that make?" asks the move's reason; "nothing is too loud, right?" is answered "Right" or "Not quite", never a bare
yes or no that reads either way; "are the horns panned ok?" is a yes on their own pan; "do the guitars sit right
over the vox or are they too much?" names its side; a part pushed out of its range after a clip where it sat inside
it was no fault before ("before, it sat inside the range real mixes use", not "it was too loud"); "is the bass drowning everything out?" says it too loud;
"the backing vocals" in the plural name the one track 'Backing Vox'; "whats missing?" in two words is a question, not a
vague request; "verdict?" and "ready?" judge the whole mix in a word; "keys way too busy, mute some notes?" gets the
level measured and what the meters cannot judge."""

from __future__ import annotations

import pytest
from fakes.rendering import ask_after, ask_once, needs_fluidsynth, rendered

from model.busy_part import NOTES_ASKED
from model.focus import name_words
from model.intent import IntentKind, Wants, classify
from model.intent_lead import either_state
from model.intent_place_ask import asks_level_place
from model.intent_verdict import asks_bad_state
from model.louder_than import RANKED, TOO_ASKED
from model.none_claimed import NONE_CLAIMED
from model.room_for import covered_by
from model.session_view import SessionView


@pytest.mark.parametrize(
    ("question", "bad"),
    [
        (
            "be honest, is this balanced enough to send to the label guy tonight? dont wanna look like an amateur",
            False,
        ),
        ("is the mix ready to send? i dont want it to sound amateur", False),
        ("honest opinion, is it amateur?", True),
        ("be honest, is my balance all over the place?", True),
        ("is it 2.5 dB too messy now?", True),
    ],
)
def test_a_bad_state_is_asked_only_within_its_own_question(question: str, bad: bool) -> None:
    assert asks_bad_state(question) is bad


@needs_fluidsynth
def test_the_worry_after_a_balance_question_leaves_it_a_yes_on_a_clean_mix() -> None:
    advice = ask_once(
        "soul_kit",
        "clean",
        "be honest, is this balanced enough to send to the label guy tonight? dont wanna look like an amateur",
    )
    assert advice.text.startswith("Yes: no track's level stands out"), advice.text


def test_coming_off_like_a_noob_names_no_fault_and_the_balance_there_is_a_good_state() -> None:
    noob = classify(
        "real talk, are the levels good enough to play for the band? dont wanna come off like a noob"
    )
    assert noob.asks_problem is False and noob.enough is True
    there = classify(
        "be real, is the balance there yet? dont want it sounding amateurish next to the other tracks"
    )
    assert there.asks_ok is True
    assert classify("is something off with the bass?").asks_problem is True


@needs_fluidsynth
def test_the_balance_there_yet_is_a_yes_on_a_clean_mix() -> None:
    advice = ask_once(
        "soul",
        "clean",
        "be real, is the balance there yet? dont want it sounding amateurish next to the other tracks",
    )
    assert advice.text.startswith("Yes: no track's level stands out"), advice.text


@needs_fluidsynth
@pytest.mark.parametrize(
    ("style", "question", "lufs"),
    [
        ("rock", "putting this up on bandcamp n youtube. is the master loud enough as it stands? whats it sitting at in lufs", "-14.0"),
        ("folk", "is it loud enough for spotify? what lufs is it at", "-14.0"),
        ("soul", "how loud is it? is that ok for youtube?", "-14.1"),
    ],
)  # fmt: skip
def test_a_yes_or_no_on_the_loudness_beside_its_number_opens_yes_with_the_number(
    style: str, question: str, lufs: str
) -> None:
    advice = ask_once(style, "clean", question)
    assert advice.text.startswith(f"Yes: {lufs} LUFS integrated with the true peak at"), advice.text


@needs_fluidsynth
def test_the_number_alone_asked_is_said_with_no_verdict() -> None:
    advice = ask_once("rock", "clean", "what's my loudness?")
    assert advice.text.startswith("You're at -14.0 LUFS integrated"), advice.text


@pytest.mark.parametrize(
    ("question", "ok"),
    [
        ("are the gtrs sitting right on top of my vocal?", False),
        ("are the keys sitting right in front of the vocal?", False),
        ("is the vocal sitting right?", True),
        ("is the bass sitting right in the mix?", True),
    ],
)
def test_sitting_right_on_top_is_a_place_not_an_ok_asked(question: str, ok: bool) -> None:
    assert classify(question).asks_ok is ok


def test_a_part_sitting_right_on_top_is_no_level_place_asked() -> None:
    assert asks_level_place("is the vocal sitting right?")
    assert not asks_level_place("are the gtrs sitting right on top of my vocal?")


@needs_fluidsynth
def test_guitars_on_top_of_the_vocal_with_one_masking_it_is_a_yes() -> None:
    advice = ask_once(
        "rock",
        "masking",
        "in the chorus are the gtrs sitting right on top of my vocal? the words go all mushy",
    )
    # "sitting right on top of my vocal" is the clash asked, so its yes says the fader comes before the EQ
    assert advice.text.startswith("Yes, but it's level before it's EQ: 'Gtr L' sits about"), advice.text
    assert "'Gtr L' covers 'Lead Vocal' at 500 Hz-2 kHz" in advice.text
    assert advice.suggestions[0].track == "Gtr L" and advice.suggestions[0].params["delta_db"] < 0


@needs_fluidsynth
def test_keys_in_front_of_the_vocal_are_too_loud_when_they_are() -> None:
    loud = ask_once("rock", "Keys +10", "are the keys sitting right in front of the vocal?")
    assert loud.text.startswith("Yes: 'Keys' sits level with your lead vocal"), loud.text
    clean = ask_once("rock", "clean", "are the keys sitting right in front of the vocal?")
    assert clean.text.startswith("No: nothing I measured says 'Keys' is too loud"), clean.text


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("are the keys a bit too quiet under the horns in the chorus?", True),
        ("is the rhodes buried under the strings?", True),
        ("is the bass louder than the kick?", False),
        ("are the horns above the vocal?", False),
    ],
)
def test_a_fault_in_a_ranking_is_told_apart(question: str, asked: bool) -> None:
    assert (TOO_ASKED.search(question) is not None) is asked


@needs_fluidsynth
def test_a_part_too_quiet_under_another_with_both_in_range_is_a_no() -> None:
    advice = ask_once("soul_kit", "clean", "are the keys a bit too quiet under the horns in the chorus?")
    assert advice.text.startswith(
        "No, about level: 'Organ' reads -27.9 LUFS against -27.7 LUFS for 'Horns'. Neither one's level"
    ), advice.text
    assert advice.suggestions == ()


@needs_fluidsynth
def test_a_part_too_quiet_under_another_when_it_is_stays_a_yes_with_its_move() -> None:
    advice = ask_once("soul_kit", "Organ -10", "is the organ way too quiet under the horns?")
    assert advice.text.startswith("Yes: 'Organ' reads -37.9 LUFS against -27.7 LUFS for 'Horns'"), advice.text
    assert advice.suggestions[0].track == "Organ" and advice.suggestions[0].params["delta_db"] > 0


@pytest.mark.parametrize(
    ("question", "way"),
    [
        ("is the organ drowned out by the horns?", "drowned out by"),
        ("are the strings buried by the horns?", "buried by"),
        ("is the vocal under the guitars?", "under"),
    ],
)
def test_a_part_drowned_out_by_another_is_a_ranking(question: str, way: str) -> None:
    m = RANKED.search(question)
    assert m is not None and m.group("way") == way


@needs_fluidsynth
def test_a_part_drowned_out_by_another_in_range_is_a_no_on_the_two_meters() -> None:
    advice = ask_once("soul_kit", "clean", "is the organ drowned out by the horns?")
    assert advice.text.startswith("No, about level: 'Organ' reads -27.9 LUFS against -27.7 LUFS for 'Horns'")


@pytest.mark.parametrize(
    ("question", "covered"),
    [
        ("is the vocal covered by the piano?", "vocal"),
        ("is the piano getting masked by the vocal?", "piano"),
        ("is the piano masking the vocal?", None),
    ],
)
def test_the_covered_part_of_a_passive_is_the_one_said_first(question: str, covered: str | None) -> None:
    assert covered_by(question, ("vocal", "piano")) == covered


@needs_fluidsynth
def test_a_part_covered_by_another_is_checked_the_right_way_round() -> None:
    advice = ask_once("folk", "masking", "is the vocal covered by the piano?")
    assert "nothing I measured shows 'Piano' covering 'Lead Vocal'" in advice.text, advice.text


@needs_fluidsynth
def test_the_usual_gap_holds_for_a_part_inside_a_bus_and_is_set_by_ear() -> None:
    advice = ask_once("soul", "clean", "should the bass be as loud as the kick in soul?")
    assert advice.text.startswith("Yes, or louder: the bass sits a median +5.6 dB against the kick drum"), (
        advice.text
    )
    assert (
        "Your kick plays inside 'Drums', with no track of its own to meter, so set that gap by ear"
        in advice.text
    )
    assert "Nothing I measured says 'Bass' is out of line." in advice.text
    assert advice.suggestions == ()


@needs_fluidsynth
def test_a_part_inside_a_bus_against_a_part_too_loud_gives_that_part_s_move() -> None:
    advice = ask_once("soul", "Bass +10", "should my bass be as loud as the kick?")
    assert "Your kick plays inside 'Drums'" in advice.text and "What is off: 'Bass' sits about" in advice.text
    assert advice.suggestions[0].track == "Bass" and advice.suggestions[0].params["delta_db"] < 0


@needs_fluidsynth
def test_how_to_check_a_part_judged_fine_is_the_check_by_ear_with_no_move() -> None:
    advice = ask_after("folk", ("clean", "is the fiddle too loud?"), "clean", "what should i listen for?")
    assert advice.text.startswith(
        "Check at low volume: you should still follow every word and hit. 'Fiddle' should come through there"
    ), advice.text
    assert "nothing I measured says 'Fiddle' is too loud (its own meter reads" in advice.text
    assert advice.suggestions == ()


@needs_fluidsynth
def test_how_to_check_a_move_given_leads_with_the_check() -> None:
    advice = ask_after(
        "rock", ("Lead Vocal -10", "is the vocal too quiet?"), "Lead Vocal -10", "how do i check that?"
    )
    assert advice.text.startswith(
        "Check at low volume: you should still follow every word and hit. That checks this move: bring the fader on "
        "'Lead Vocal'"
    ), advice.text
    assert advice.suggestions[0].track == "Lead Vocal" and advice.suggestions[0].params["delta_db"] > 0


@pytest.mark.parametrize(
    "question", ["what difference would that make?", "whats that gonna do?", "what good would that do?"]
)
def test_the_effect_of_the_move_asked_is_a_reason_asked(question: str) -> None:
    assert classify(question).wants == Wants.WHY


@needs_fluidsynth
def test_the_difference_a_move_makes_is_its_reason() -> None:
    advice = ask_after(
        "soul", ("Horns +10", "are the horns too loud?"), "Horns +10", "what difference would that make?"
    )
    assert advice.text.startswith("Because a part that far up sits in the space the vocal needs"), advice.text


@pytest.mark.parametrize(
    ("question", "claimed"),
    [
        ("nothing sticks out, does it?", True),
        ("nothing's clashing, yeah?", True),
        ("pretty sure none of the tracks are too quiet?", True),
        ("no part is too quiet, right?", True),
        ("nothing wrong with the bass, right?", False),
        ("is anything too loud?", False),
        ("the vocal sits on nothing, is it too loud?", False),
    ],
)
def test_a_claim_with_a_negated_subject_is_told_apart(question: str, claimed: bool) -> None:
    assert (NONE_CLAIMED.match(question) is not None) is claimed


def test_nothing_sticking_out_asks_about_every_track_not_the_master_loudness() -> None:
    intent = classify("nothing sticks out, does it?")
    assert intent.any_track is True and intent.about_master is False and intent.complaint == "loud"


@needs_fluidsynth
def test_nothing_too_loud_claimed_is_right_on_a_clean_mix_and_not_quite_with_a_part_over() -> None:
    clean = ask_once("rock", "clean", "nothing is too loud right?")
    assert clean.text.startswith("Right: no track sits too loud; every level is inside the range"), clean.text
    loud = ask_once("rock", "Snare +10", "nothing sticks out, does it?")
    assert loud.text.startswith("Not quite: 'Snare' sits about"), loud.text
    assert loud.suggestions[0].track == "Snare" and loud.suggestions[0].params["delta_db"] < 0


@needs_fluidsynth
def test_nothing_clashing_claimed_on_a_masking_session_is_not_quite() -> None:
    advice = ask_once("folk", "masking", "nothing's clashing, yeah?")
    assert advice.text.startswith("Not quite: 'Acoustic Gtr' sits about"), advice.text
    assert "'Acoustic Gtr' covers 'Lead Vocal'" in advice.text


@pytest.mark.parametrize(
    ("question", "bad"),
    [
        ("do the guitars sit right over the vox or are they too much?", "are they too much"),
        ("is the snare ok or too loud?", "too loud"),
        ("are the gtrs sitting right on top of my vocal?", None),
    ],
)
def test_a_part_placed_well_against_another_is_the_good_side_of_an_either_or(
    question: str, bad: str | None
) -> None:
    m = either_state(question)
    assert (m.group("bad").strip() if m else None) == bad


@needs_fluidsynth
def test_guitars_sitting_right_over_the_vocal_or_too_much_names_the_side() -> None:
    loud = ask_once("rock", "Gtr L +10", "do the guitars sit right over the vox or are they too much?")
    assert loud.text.startswith("Too much: 'Gtr L' sits about"), loud.text
    clean = ask_once("rock", "clean", "do the guitars sit right over the vox or are they too much?")
    assert clean.text.startswith("They're fine:"), clean.text  # the vox is where they sit, not a part asked


@needs_fluidsynth
def test_a_part_with_no_centred_share_asked_panned_ok_gets_a_yes_on_its_own_pan() -> None:
    advice = ask_once("soul_kit", "clean", "are the horns panned ok?")
    assert advice.text.startswith(
        "Yes: your 'Horns' is panned 25% right. Real mixes keep no fixed place for horn parts"
    ), advice.text
    assert "share of mono tracks" not in advice.text and advice.suggestions == ()


@needs_fluidsynth
def test_a_part_pushed_out_of_its_range_was_no_fault_before() -> None:
    down = ask_after("rock", ("clean", "kick ok?"), "Kick -10", "dropped the kick a few db, hows that")
    assert down.text.startswith("No, too far: now 'Kick' is too low ("), down.text
    assert (
        "; before, it sat inside the range real mixes use." in down.text and "was too loud" not in down.text
    )
    up = ask_after("rock", ("clean", "kick ok?"), "Kick +10", "pushed the kick up, better?")
    assert up.text.startswith("No, too far: now 'Kick' is too loud ("), up.text
    assert up.suggestions[0].track == "Kick" and up.suggestions[0].params["delta_db"] < 0


@needs_fluidsynth
def test_a_fault_pushed_past_its_range_the_other_way_still_says_what_it_was() -> None:
    advice = ask_after(
        "soul", ("Horns +10", "horns too loud?"), "Horns -10", "brought the horns down, is it better now?"
    )
    assert advice.text.startswith("No, too far: now 'Horns' is too low; before, it was too loud."), (
        advice.text
    )


@pytest.mark.parametrize(
    ("question", "complaint"),
    [
        ("is the bass drowning everything out?", "loud"),
        ("piano's drowning everything else out isnt it", "loud"),
        ("is the vocal drowned out?", "quiet"),
    ],
)
def test_a_part_drowning_everything_out_is_said_too_loud(question: str, complaint: str) -> None:
    assert classify(question).complaint == complaint


@needs_fluidsynth
def test_a_part_too_quiet_asked_if_it_drowns_everything_out_is_the_opposite() -> None:
    advice = ask_once("rock", "Bass -10", "is the bass drowning everything out?")
    assert advice.text.startswith("No, the opposite: 'Bass' sits about"), advice.text
    assert advice.suggestions[0].track == "Bass" and advice.suggestions[0].params["delta_db"] > 0


@needs_fluidsynth
def test_the_backing_vocals_said_in_the_plural_are_one_track() -> None:
    session = rendered("soul_kit", "clean")
    intent = classify("are the backing vocals hidden?", (), names=name_words(SessionView(session.snapshot)))
    assert intent.mentions == ("backing vocals",) and intent.instruments == ("backing",)


@needs_fluidsynth
def test_backing_vocals_too_loud_asked_if_hidden_are_the_opposite() -> None:
    advice = ask_once("soul_kit", "Backing Vox +10", "are the backing vocals hidden?")
    assert advice.text.startswith("No, the opposite: 'Backing Vox' sits"), advice.text
    assert advice.suggestions[0].track == "Backing Vox" and advice.suggestions[0].params["delta_db"] < 0


@pytest.mark.parametrize("question", ["whats missing?", "what's missing", "whats lacking"])
def test_whats_missing_in_two_words_is_no_vague_request(question: str) -> None:
    assert classify(question).kind != IntentKind.AMBIGUOUS


@needs_fluidsynth
def test_whats_missing_names_the_part_too_low_or_that_nothing_is_missing() -> None:
    low = ask_once("pop", "Pad -10", "whats missing?")
    assert "'Pad' sits" in low.text and not low.text.startswith("Happy to"), low.text
    assert low.suggestions[0].track == "Pad" and low.suggestions[0].params["delta_db"] > 0
    clean = ask_once("pop", "clean", "whats missing?")
    assert clean.text.startswith(
        "Nothing is missing from the balance: no part sits under its usual level."
    ), clean.text


@pytest.mark.parametrize("question", ["verdict?", "your verdict?", "ready?", "feedback?", "good to go?"])
def test_the_whole_mix_judged_in_a_word_is_no_vague_request(question: str) -> None:
    assert classify(question).kind != IntentKind.AMBIGUOUS


@needs_fluidsynth
def test_ready_in_a_word_is_the_bounce_verdict() -> None:
    clean = ask_once("rock", "clean", "ready?")
    assert clean.text.startswith("Yes, you can bounce it: nothing needs fixing."), clean.text
    loud = ask_once("rock", "Snare +10", "ready?")
    assert loud.text.startswith("Not quite, one thing: 'Snare' sits about"), loud.text


@needs_fluidsynth
def test_your_verdict_is_no_unknown_part() -> None:
    advice = ask_once("soul", "Lead Vocal -10", "your verdict?")
    assert "can't match" not in advice.text and "'Lead Vocal' sits about" in advice.text, advice.text


@needs_fluidsynth
def test_a_number_asked_first_then_a_yes_or_no_on_a_platform_opens_yes() -> None:
    advice = ask_once("pop", "clean", "how many lufs is it and is that ok for apple music?")
    assert advice.text.startswith("Yes: -14.1 LUFS integrated with the true peak at"), advice.text
    assert "Apple Music (-16 LUFS" in advice.text


@needs_fluidsynth
def test_a_part_said_too_busy_gets_its_level_and_what_the_meters_cannot_judge() -> None:
    fine = ask_once("rock", "clean", "keys way too busy, mute some notes?")
    assert fine.text.startswith("Not by the level: nothing I measured says 'Keys' is out of line."), fine.text
    assert fine.text.endswith(
        "How busy a part plays is an arrangement call the meters can't judge: if it still crowds the vocal by ear, "
        "thin it where the vocal sings."
    )
    loud = ask_once("rock", "Keys +10", "keys way too busy, mute some notes?")
    assert loud.text.startswith("Level first: 'Keys' sits"), loud.text
    assert loud.suggestions[0].track == "Keys" and loud.suggestions[0].params["delta_db"] < 0


@pytest.mark.parametrize(
    ("question", "notes"),
    [("keys way too busy, mute some notes?", True), ("is the piano playing too many notes?", True),
     ("shaker is too busy right?", False)],
)  # fmt: skip
def test_the_notes_themselves_asked_are_told_apart_from_a_busy_sound(question: str, notes: bool) -> None:
    assert (NOTES_ASKED.search(question) is not None) is notes
