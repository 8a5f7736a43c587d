"""A cut or boost at a frequency is an EQ move, whatever word names it ("should I cut 250 on the kick?"), so the
question is a move asked about (``should``) and its answer weighs the move, not a bare yes (found on held-out set
15's q1512: "low end's a muddy mess, should I cut 250 on the kick?" with the bass 10 dB up opened "Yes: what is off
is 'Bass'")."""

from __future__ import annotations

from fakes.band_sessions import advise_rock, level_finding

from model.intent import classify
from model.intent_forms import hz_move

BASS_LOUD = level_finding("Bass", "basses", 9.0)


def test_a_move_at_a_frequency_is_an_eq_move_and_a_should_question() -> None:
    for q in (
        "low end's a muddy mess, should I cut 250 on the kick?",
        "should i boost like 80hz on the kick?",
        "cut 3k on the guitars?",
        "would dipping 400 hz on the keys help",
        "boost 2.5khz on the vocal?",
    ):
        assert hz_move(q), q
        intent = classify(q)
        assert intent.technique == "eq", (q, intent.technique)
    assert classify("low end's a muddy mess, should I cut 250 on the kick?").should
    for not_hz in (
        "boost the bass?",
        "cut the guitars",
        "should i turn the kick up 3 db",
        "boost it by 30 db?",
    ):
        assert not hz_move(not_hz), not_hz


def test_a_guessed_eq_move_on_the_wrong_part_is_not_answered_yes() -> None:
    advice = advise_rock("low end's a muddy mess, should I cut 250 on the kick?", (BASS_LOUD,))
    assert not advice.text.startswith("Yes"), advice.text
    assert "'Bass'" in advice.text.split(". ")[0], advice.text
    first = advice.suggestions[0]
    assert (first.action, first.track) == ("nudge_volume_db", "Bass") and first.params["delta_db"] < 0
