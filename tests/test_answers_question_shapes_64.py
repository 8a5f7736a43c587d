"""Question shapes found after set 40's fixes: "is 3 dB enough or do i need more" still offers one size; "bump it
2 dB?" and "pull it 3?" are sizes proposed; ", what gives" asks why; "are they even there" asks whether the part is
heard (barely, when too quiet); "how many dB should i push it" next to another part asks the move's size, not the
pair's gap; "does this sound like bon iver?" is a likeness nothing measures, never a yes; "rhodes too loud or is the
vocal too quiet" is a choice of two claims (neither, with nothing off); and "send it to mastering or not yet" asks
whether the mix is ready."""

from __future__ import annotations

import pytest
from fakes.rendering import ask_once, conversation, needs_fluidsynth

from model.intent import Wants, classify
from model.size_enough import offered_size, proposed_size


@pytest.mark.parametrize(
    ("question", "size"),
    [
        ("is 3 dB enough or do i need more", 3.0),
        ("is 8 dB enough or more?", 8.0),
        ("is 3 or 6 dB enough?", None),
        ("is 3 dB enough or is it the eq?", None),
    ],
)
def test_enough_or_more_still_offers_one_size(question, size):
    offered = offered_size(question)
    assert (offered[0] if offered else None) == size


@pytest.mark.parametrize(
    "question", ["the pluck is basically inaudible, what gives", "bass is gone, so what gives?"]
)
def test_what_gives_after_a_statement_asks_why(question):
    assert classify(question).wants == Wants.WHY


@needs_fluidsynth
def test_enough_or_more_after_a_verdict_is_not_quite_with_the_size():
    _, advice = conversation(
        "pop", [("Pad +10", "pad too loud?"), ("Pad +10", "is 3 dB enough or do i need more")]
    )
    assert advice.text.startswith("Not quite: about 6 dB."), advice.text


@needs_fluidsynth
@pytest.mark.parametrize(
    ("scenario", "question", "opening"),
    [
        ("Bass -10", "bass feels shy, bump it 2 dB?", "Yes, and a bit more: about 6 dB, not 2."),
        ("Snare +10", "snare cuts my head off, pull it 3?", "Yes, and a bit more: about 6 dB, not 3."),
    ],
)
def test_a_size_proposed_too_small_is_yes_and_a_bit_more(scenario, question, opening):
    advice = ask_once("soul_kit", scenario, question)
    assert advice.text.startswith(opening), advice.text


@needs_fluidsynth
def test_are_they_even_there_says_there_just_too_quiet():
    advice = ask_once("rock", "Hats -10", "cant hear the hats at all, are they even there")
    assert advice.text.startswith("No, barely: they're there but too quiet: 'Hats'"), advice.text
    assert ask_once("rock", "clean", "cant hear the hats at all, are they even there").text.startswith(
        "Yes, they're there:"
    )


@needs_fluidsynth
def test_how_many_db_to_push_a_part_next_to_another_gives_the_size_first():
    advice = ask_once(
        "pop", "Kick -10", "kick is super weak compared to the clap, how many dB should i push it"
    )
    assert advice.text.startswith("About "), advice.text
    assert advice.suggestions[0].track == "Kick" and advice.suggestions[0].params["delta_db"] > 0


@needs_fluidsynth
def test_an_artist_likeness_is_no_yes():
    text = ask_once("folk", "clean", "does this sound like bon iver").text
    assert text.startswith("I can't hear an artist's sound as such"), text
    assert "--reference" in text


def test_an_artist_is_read_only_after_sound_like_with_no_thing_named():
    from model.style_likeness import ARTIST

    assert ARTIST.search("does this sound like bon iver")
    assert ARTIST.search("does my mix sound like the beatles?")
    assert not ARTIST.search("does it sound like the radio?")
    assert not ARTIST.search("does it sound like garbage")
    assert not ARTIST.search("does it sound like a demo?")


@pytest.mark.parametrize(
    ("question", "size"),
    [
        ("bass feels shy, bump it 2 dB?", 2.0),
        ("snare cuts my head off, pull it 3?", 3.0),
        ("piano's too loud, bring it down 2?", 2.0),
        ("pull it 3 bars?", None),
    ],
)
def test_a_size_after_a_fader_verb_is_a_size_proposed(question, size):
    proposed = proposed_size(question)
    assert (proposed[0] if proposed else None) == size


@needs_fluidsynth
def test_two_claims_without_a_leading_is_are_still_a_choice():
    advice = ask_once("soul", "Rhodes +10", "rhodes too loud or is the vocal too quiet")
    assert advice.text.startswith("It's 'Rhodes', not 'Lead Vocal':"), advice.text


@needs_fluidsynth
def test_two_claims_with_nothing_off_is_neither_in_the_askers_words():
    text = ask_once("soul", "clean", "rhodes too loud or is the vocal too quiet").text
    assert text.startswith(
        "Neither: nothing I measured says 'Rhodes' is too loud or 'Lead Vocal' too quiet."
    ), text
    assert "too low" not in text


@needs_fluidsynth
def test_send_it_to_mastering_or_not_is_a_ready_question():
    assert ask_once("rock", "clean", "send it to mastering or not yet").text.startswith("Yes")
    advice = ask_once("rock", "Bass -10", "send it to mastering or not yet")
    assert advice.text.startswith("Not quite"), advice.text
    assert advice.suggestions[0].track == "Bass"
