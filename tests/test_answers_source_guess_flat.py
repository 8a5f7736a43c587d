"""A remedy guessed without a question mark ("the clap has zero snap, maybe swap the sample", "maybe i should
re-record the guitar", "prob needs a new kick sample") still asks for a verdict on the guess: the same answer as
its "?" form, never a bare how-to that ignores it."""

from __future__ import annotations

import pytest
from fakes.band_sessions import advise_rock, level_finding

from model.intent import Wants, classify
from model.intent_source import asked_as_said, guesses_new_source


@pytest.mark.parametrize(
    "question",
    [
        "maybe i should re-record the guitar",
        "i should redo the vocal",
        "the guitar needs re-recording",
        "i think i need to re-amp the guitars",
        "the kick needs to be replaced",
        "maybe i should replace the snare",
        "prob needs a new kick sample",
    ],
)
def test_a_flat_guess_of_a_new_source_is_read(question: str) -> None:
    assert guesses_new_source(question)


@pytest.mark.parametrize(
    "question",
    [
        "maybe swap the compressor",
        "i should replace the reverb",
        "we re-recorded the guitar yesterday",
        "maybe i should record more",
    ],
)
def test_a_plugin_swap_or_a_take_done_is_no_guess(question: str) -> None:
    assert not guesses_new_source(question)


def test_a_flat_guess_asks_like_its_question_form() -> None:
    flat = classify("the snare has zero snap, maybe swap the sample")
    assert asked_as_said(flat.question)
    assert (flat.wants, flat.should) == (Wants.JUDGE, True)
    assert not asked_as_said("the snare has zero snap")


def test_a_flat_sample_guess_gets_the_sound_verdict() -> None:
    flat = advise_rock("the snare has zero snap, maybe swap the sample", [])
    asked = advise_rock("the snare has zero snap, maybe swap the sample?", [])
    assert flat.text.startswith("Maybe: the meters can't judge a sample's sound"), flat.text
    assert flat.text == asked.text


def test_a_flat_retake_guess_waits_for_the_fader() -> None:
    ans = advise_rock(
        "maybe i should re-record the guitar", [level_finding("Gtr L", "electric guitars", -10.0)]
    )
    assert ans.text.startswith("No, not a new take first: 'Gtr L' sits about 10 dB quieter"), ans.text
    assert "a new take at the same wrong level sounds as buried as the old one" in ans.text


def test_a_retake_of_a_pair_measured_fine_is_a_maybe() -> None:
    ans = advise_rock("maybe i should re-record the guitar", [])
    assert ans.text.startswith("Maybe: the meters can't judge a take's sound, and nothing I measured says"), (
        ans.text
    )
    assert "a new take is a fair call" in ans.text


def test_a_lean_in_the_parts_range_is_tried_before_the_new_sample() -> None:
    from fakes.analyses import clean, tilted
    from fakes.band_sessions import rock_snapshot

    from companion.listening.diagnosis import diagnose

    analysis = clean(**tilted({"sub": 10.0, "bass": 9.0}))
    findings = tuple(diagnose(analysis, rock_snapshot()))
    ans = advise_rock("prob needs a new kick sample", findings, None, analysis)
    assert ans.text.startswith("Maybe, but before a new sample: the mix leans a little boomy."), ans.text
    assert (
        "On 'Kick', dip 3 dB around 90 Hz (Q ~1.4). If it still sounds wrong after that, a new sample is a fair call."
        in ans.text
    )
    assert [(s.track, s.params["gain_db"]) for s in ans.suggestions] == [("Kick", -3.0)]
