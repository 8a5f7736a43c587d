""" "Which frequency?" is answered with the frequency of the EQ move (or "Not an EQ move first" when the fix is a
fader), and "what settings should I use?" with the settings, never a yes or no first."""

from __future__ import annotations

import pytest
from fakes.band_sessions import context, guitar_masks_vocal, level_finding, rock_snapshot

from companion.context import Suggestion, Turn
from model.answer import compose
from model.answer_frequency import say_move
from model.intent import classify
from model.intent_frequency import asks_frequency
from model.intent_wants import Wants
from model.rules import RulesAdvisor


def ask_in_turn(questions: list[str], findings, snapshot) -> list[tuple[str, tuple[Suggestion, ...]]]:
    history: tuple[Turn, ...] = ()
    out = []
    for q in questions:
        advice = RulesAdvisor().advise(context(q, snapshot, None, tuple(findings), history))
        topic = classify(q, history).topic
        history += (Turn("user", q, None, topic), Turn("assistant", advice.text, None, topic))
        out.append((advice.text, advice.suggestions))
    return out


@pytest.mark.parametrize(
    "question",
    ["which frequency?", "what frequency?", "which freq should i dip?", "at what frequency?", "where should i cut?",
     "what frequency should i cut on the horns", "which exact frequency"],
)  # fmt: skip
def test_frequency_questions_are_read_as_where_to_move(question: str) -> None:
    assert asks_frequency(question)
    assert classify(question).wants == Wants.HOW_TO


@pytest.mark.parametrize(
    "question",
    ["is the low end too wide?", "how much?", "should i cut 250 on the kick?", "which guitar is louder?"],
)
def test_other_questions_are_not_frequency_questions(question: str) -> None:
    assert not asks_frequency(question)


def test_which_frequency_after_a_masking_answer_leads_with_the_dip_on_the_masker() -> None:
    (_, _), (text, cards) = ask_in_turn(
        ["the vocal gets lost behind the guitar", "which frequency?"], [guitar_masks_vocal()], rock_snapshot()
    )
    opening = text.split(": ")[0]
    assert text.startswith("Dip ") and "'Gtr L'" in opening and "Hz" in opening
    assert cards[0].action == "eq_band" and cards[0].track == "Gtr L" and cards[0].params["gain_db"] < 0
    assert len(text.split()) <= 120


def test_which_frequency_when_the_fix_is_a_fader_says_it_is_not_an_eq_move() -> None:
    snare_loud = level_finding("Snare", "snares", 9.0)
    (_, _), (text, cards) = ask_in_turn(
        ["the snare is too much", "which frequency should i cut on it?"], [snare_loud], rock_snapshot()
    )
    assert text.startswith("Not an EQ move first: bring the fader on 'Snare'")
    assert cards[0].action == "nudge_volume_db" and cards[0].params["delta_db"] < 0


def test_say_move_words_the_card_it_leads_with() -> None:
    dip = Suggestion("eq_band", "Gtr L", {"freq_hz": 1000, "gain_db": -6.0, "q": 0.67}, "")
    shelf = Suggestion("eq_band", None, {"type": "high_shelf", "freq_hz": 8000, "gain_db": 2.0}, "")
    hpf = Suggestion("high_pass", "Pad", {"freq_hz": 40, "slope_db_oct": 12}, "")
    assert say_move(dip) == "Dip 6 dB around 1 kHz on 'Gtr L'"
    assert say_move(shelf) == "Add 2 dB around 8 kHz (a high shelf) on the master"
    assert say_move(hpf) == "High-pass 'Pad' at 40 Hz"


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("what compressor settings should I use on vocals?", "On lead vocals, engineers ran a median"),
        ("what eq should i use on the bass?", "Engineers high-passed basses around"),
    ],
)
def test_which_settings_to_use_is_answered_with_settings_not_yes(question: str, opening: str) -> None:
    text = compose(context(question, None, None)).text
    assert text.startswith(opening)
    assert "Nothing was listened to" in text
