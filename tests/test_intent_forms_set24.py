"""Question shapes from held-out set 24's misses, as rules: a good state asked in slang ("on point", "dialed in",
"where it should be"), the state after a move ("is it there now?", "sitting better?"), the size asked as a number
("what number do i pull it by"), the asker overwhelmed (not a part), replacing the source as a guessed move, "the
lead" said first in a sentence, and "any reason not to send it?" as a question whether something stands in the way."""

from __future__ import annotations

import pytest
from fakes.band_sessions import advise_rock, level_finding

from model.intent import Wants, classify


@pytest.mark.parametrize(
    "question",
    [
        "vocal level on point?",
        "snare level dialed in or nah",
        "zooming out, is the overall balance where it should be?",
        "are the guitars where they should be?",
    ],
)
def test_a_good_state_in_slang_is_asked_ok(question: str):
    intent = classify(question)
    assert intent.wants == Wants.JUDGE and intent.asks_ok, question


@pytest.mark.parametrize(
    "question",
    [
        "gave my vocal a big push on the fader, is it there now?",
        "ok i dragged the pluck way down, sitting better?",
        "took the keys way down, gelling better?",
    ],
)
def test_the_state_after_a_move_is_better_now(question: str):
    assert classify(question).wants == Wants.BETTER, question


def test_a_later_move_in_the_future_is_not_better_now():
    assert classify("would it sit better with a cut at 300?").wants != Wants.BETTER
    assert classify("is it better to cut or boost?").wants != Wants.BETTER


@pytest.mark.parametrize("question", ["what number should i pull em by", "ok, what number do i drop it by"])
def test_a_number_asked_is_how_much(question: str):
    assert classify(question).wants == Wants.HOW_MUCH, question


def test_the_asker_overwhelmed_is_no_complaint_but_a_part_overwhelming_one_is():
    asker = classify("honestly overwhelmed w this mix, which knob do i grab first")
    assert asker.wants == Wants.WHAT_FIRST and asker.complaint is None
    assert classify("the bass overwhelms the vocal").complaint == "loud"


def test_the_lead_said_first_is_the_vocal_but_a_lead_guitar_is_not():
    assert classify("lead sounds weak in the chorus").instruments == ("vocal",)
    assert "vocal" not in classify("the lead guitar sounds weak").instruments
    assert classify("should i swap out my drum samples").should


def test_any_reason_not_to_send_it_asks_for_a_problem():
    intent = classify("gonna bounce this n send it to the band tonight, any reason not to?")
    assert intent.wants == Wants.JUDGE and intent.asks_problem and intent.about_master


def test_replacing_the_samples_waits_for_the_fader():
    hats = level_finding("Hats", "hi-hats", 9.0)
    text = advise_rock(
        "cymbals sound all tinny and piercing, should i swap out my drum samples", (hats,)
    ).text
    # the opening names what waits (model.guessed_source): a new sample, after the fader
    assert text.startswith("No, not a new sample first: 'Hats' sits about 9 dB louder"), text


@pytest.mark.parametrize(
    "question",
    [
        "how do I make the rhodes sit better?",
        "make the vocal sit better",
        "how do i get the bass sitting better?",
    ],
)
def test_making_a_part_sit_better_asks_how(question: str):
    assert classify(question).wants == Wants.HOW_TO, question
