""" "snare has zero crack, reckon i need a brighter sample?" with the snare 10 dB low: a new sample is a remedy
guessed, which waits for the fader ("No, not a new sample first:"), not a "Yes:" agreeing to the swap; "zero
crack" is the lack of the hit it says (a punch complaint). With the level fine, the meters cannot judge a sample's
sound, so the answer says so and gives the one there a fair go before a swap."""

from __future__ import annotations

import pytest
from fakes.band_sessions import advise_rock, level_finding

from model.guessed_source import source_guess
from model.intent import classify
from model.intent_source import guesses_new_source


@pytest.mark.parametrize(
    "question",
    [
        "snare has zero crack, reckon i need a brighter sample?",
        "kick feels weak, better sample?",
        "time for a new kick?",
        "maybe try a different snare",
        "the kick has no attack, maybe swap it for a different kick?",
        "snare lacks bite, should i trigger the snare",
        "do i need to change the snare sample",
        "should i layer a sample under the snare",
        "toms sound dead, new toms?",
        "hats sound harsh, new hat sample?",
        "drum replacement?",
    ],
)
def test_a_new_source_is_read_as_a_guessed_remedy(question: str) -> None:
    assert guesses_new_source(question)


@pytest.mark.parametrize(
    "question",
    [
        "is the snare just too quiet or is the sample bad",  # a cause guessed, not a remedy
        "how do i change the snare eq",
        "is the new kick too loud?",
        "is the new snare sample too loud?",
        "the other drums are fine",
        "get the kick louder?",
        "the sample rate is 44.1k",
    ],
)
def test_a_described_sample_or_a_plugin_is_no_guessed_remedy(question: str) -> None:
    assert not guesses_new_source(question)


@pytest.mark.parametrize(
    "question",
    ["snare has zero crack", "the kick has no attack", "snare lacks bite", "no snap on the clap at all"],
)
def test_a_missing_hit_is_a_punch_complaint(question: str) -> None:
    assert classify(question).complaint == "punch"


def test_the_sample_guess_is_a_move_asked_about() -> None:
    intent = classify("snare has zero crack, reckon i need a brighter sample?")
    assert intent.should and intent.technique is None
    assert source_guess(intent.question) == "a new sample"
    assert source_guess("should we re-record the snare") == "a new take"


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("snare has zero crack, reckon i need a brighter sample?", "a new sample"),
        ("snare lacks bite, should i trigger it?", "a new sample"),
        ("should we re-record the snare, it has no snap", "a new take"),
    ],
)
def test_a_part_too_low_gets_not_the_new_source_first(question: str, said: str) -> None:
    ans = advise_rock(question, [level_finding("Snare", "snares", -10.0)])
    assert ans.text.startswith(f"No, not {said} first: 'Snare' sits about 10 dB quieter"), ans.text
    assert f"Balance comes first: {said} at the same wrong level sounds as buried as the old one" in ans.text
    assert [(s.track, s.params["delta_db"]) for s in ans.suggestions] == [("Snare", 9.0)]


def test_a_part_too_loud_gets_not_the_new_source_first_said_as_loud() -> None:
    ans = advise_rock("snare is clanky, swap the sample?", [level_finding("Snare", "snares", 12.0)])
    assert ans.text.startswith("No, not a new sample first: 'Snare' sits about 12 dB louder"), ans.text
    assert "sounds as loud as the old one" in ans.text


def test_a_fine_level_is_a_maybe_with_the_one_there_given_a_fair_go() -> None:
    text = advise_rock("snare has zero crack, reckon i need a brighter sample?").text
    assert text.startswith(
        "Maybe: the meters can't judge a sample's sound, and nothing I measured says 'Snare' is too low."
    ), text
    assert "Before a new sample, give this one a fair go: set the ReaComp on 'Snare'" in text
    assert "attack about 16 ms" in text and "a new sample is a fair call" in text
