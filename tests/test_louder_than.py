"""Shapes found by asking the advisor as a new user would (explore5): two parts ranked by level ("is the snare
louder than the kick?") are answered by the two meters, not as "is the snare too loud?"; "nothing wrong with the
bass, right?" with the bass measured off never opens with a bare "Yes" that agrees with "nothing wrong"; and a
move reported then "that it?" / "sitting now?" / "does it sit?" asks for the state now when no clip came before."""

from __future__ import annotations

import pytest
from fakes.analyses import clean
from fakes.band_sessions import advise_rock, context, level_finding, rock_snapshot, soul_snapshot, with_fader

from model.answer import understand_context
from model.intent import Wants, classify
from model.louder_than import louder_than
from model.reported_move import reports_move
from model.rules import RulesAdvisor
from model.state_now import state_now


def test_a_part_ranked_against_another_gets_both_meters_and_the_fault_after() -> None:
    snap = with_fader(rock_snapshot(), "Kick", -10.0, -30.0)
    quiet_kick = level_finding("Kick", "kick drums", -10.0, fader_db=-10.0)
    advice = advise_rock("is the snare louder than the kick", (quiet_kick,), snapshot=snap)
    assert advice.text.startswith(
        "Yes: 'Snare' reads -19.0 dBFS peak against -30.0 dBFS peak for 'Kick'. 'Kick' sits about 10 dB quieter"
    ), advice.text
    assert advice.suggestions[0].track == "Kick" and advice.suggestions[0].params["delta_db"] > 0
    # the other way round, the same meters give a no, and the fault on the kick still leads the move
    other = advise_rock("is the kick louder than the snare?", (quiet_kick,), snapshot=snap)
    assert other.text.startswith("No: 'Kick' reads -30.0 dBFS peak against -19.0 dBFS peak for 'Snare'.")
    assert other.suggestions[0].track == "Kick" and other.suggestions[0].params["delta_db"] > 0


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        (
            "is the bass louder than the kick?",
            "Yes: 'Bass' reads -16.0 dBFS peak against -18.0 dBFS peak for 'Kick'.",
        ),
        ("is the bass quieter than the kick?", "No: 'Bass' reads -16.0 dBFS peak against -18.0 dBFS peak"),
        (
            "is the keys above the kick",
            "No: 'Keys' reads -22.0 dBFS peak against -18.0 dBFS peak for 'Kick'.",
        ),
        ("is the kick hotter than the snare??", "Yes: 'Kick' reads -18.0 dBFS peak against -19.0 dBFS peak"),
        ("is the guitar louder than the bass", "No: 'Gtr L' reads -17.0 dBFS peak against -16.0 dBFS peak"),
    ],
)
def test_with_nothing_off_the_meters_give_the_verdict_and_both_are_left(question: str, opening: str) -> None:
    advice = advise_rock(question)
    assert advice.text.startswith(opening), advice.text
    assert "Neither one's level is measured out of line" in advice.text and not advice.suggestions


def test_two_meters_within_a_decibel_read_as_level() -> None:
    snap = with_fader(rock_snapshot(), "Snare", 0.0, -18.5)
    advice = advise_rock("is the snare louder than the kick?", snapshot=snap)
    assert advice.text.startswith("About level: 'Snare' reads -18.5 dBFS peak against -18.0"), advice.text


@pytest.mark.parametrize(
    "question",
    [
        "which is louder, the kick or the snare?",  # a choice: the either/or path names one
        "should the vocal be louder than the guitars?",  # a wish, not a state
        "is the snare louder than before?",  # not a part
        "is the snare louder than it should be?",
        "is the bass too loud?",  # one part
        "cut the bass below 100 Hz?",  # a frequency
    ],
)
def test_not_two_parts_ranked(question: str) -> None:
    ctx = context(question, rock_snapshot(), clean())
    assert louder_than(ctx, understand_context(ctx)) is None, question


@pytest.mark.parametrize(
    "question",
    ["nothing wrong with the bass, right?", "no problem with the bass, yeah?", "nothing off with the bass?"],
)
def test_nothing_wrong_claimed_with_a_fault_measured_is_no_bare_yes(question: str) -> None:
    loud = level_finding("Bass", "basses", 10.0)
    advice = advise_rock(question, (loud,))
    assert advice.text.startswith("There is, actually: 'Bass' sits about 10 dB louder"), advice.text
    assert advice.suggestions[0].track == "Bass" and advice.suggestions[0].params["delta_db"] < 0


def test_nothing_wrong_claimed_on_a_part_that_sits_right_is_no_fault() -> None:
    advice = advise_rock("nothing wrong with the bass, right?")
    assert not advice.text.startswith(("Yes", "There is")) and not advice.suggestions, advice.text


@pytest.mark.parametrize(
    "question",
    [
        "backed the horns off, that it?",
        "pulled the horns down a hair, is that it?",
        "squashed the horns a bit more, sitting now?",
        "turned the horns down, does it sit?",
        "chopped the lows off the horns, better?",
    ],
)
def test_a_reported_move_then_that_it_or_sitting_now_is_the_state_now(question: str) -> None:
    assert reports_move(question), question
    now = state_now(classify(question), None, question)
    assert now.wants == Wants.JUDGE and now.asks_ok, now
    loud = level_finding("Horns", "horns", 8.0)
    advice = RulesAdvisor().advise(context(question, soul_snapshot(), clean(), (loud,)))
    assert advice.text.startswith(("No", "Not yet")) and "earlier clip" not in advice.text, advice.text
    assert advice.suggestions[0].track == "Horns" and advice.suggestions[0].params["delta_db"] < 0
    fine = RulesAdvisor().advise(context(question, soul_snapshot(), clean()))
    assert fine.text.startswith("Yes"), fine.text


@pytest.mark.parametrize("question", ["is that it?", "where does the vocal sit?", "what is that?"])
def test_no_move_reported_no_state_check(question: str) -> None:
    assert not reports_move(question), question


def test_level_meters_with_a_fault_the_way_asked_are_a_yes_in_effect() -> None:
    snap = with_fader(rock_snapshot(), "Keys", 8.0, -13.5)  # keys up level with the vocal (-13.0)
    loud_keys = level_finding("Keys", "keyboard parts", 9.0, fader_db=8.0)
    advice = advise_rock("is the keys louder than the vocal?", (loud_keys,), snapshot=snap)
    assert advice.text.startswith(
        "Yes, in effect: 'Keys' reads -13.5 dBFS peak against -13.0 dBFS peak for 'Lead Vox': about level"
    ), advice.text
    assert advice.suggestions[0].track == "Keys" and advice.suggestions[0].params["delta_db"] < 0


def test_a_ranking_stated_before_another_question_is_left_to_that_question() -> None:
    ctx = context("keys sound louder than the vocal, is that too much", rock_snapshot(), clean())
    assert louder_than(ctx, understand_context(ctx)) is None


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("i dont think the bass is too loud?", "It is, actually:"),  # the asker's opinion, the claim's verb
        ("i don't think the guitars are too loud?", "They are, actually:"),
        ("bass aint too loud is it", "It is, actually:"),
        ("no way the bass is too loud, right?", "It is, actually:"),
    ],
)
def test_a_negated_claim_with_the_fault_measured_says_it_is(question: str, opening: str) -> None:
    loud = level_finding("Gtr L" if "guitars" in question else "Bass", "parts", 10.0)
    advice = advise_rock(question, (loud,))
    assert advice.text.startswith(opening), advice.text


def test_fine_though_with_a_tag_asks_for_the_good_state() -> None:
    intent = classify("bass's fine tho, right?")
    assert intent.asks_ok, intent
    advice = advise_rock("bass's fine tho, right?", (level_finding("Bass", "basses", 10.0),))
    assert advice.text.startswith("No"), advice.text
    assert advice.suggestions[0].track == "Bass" and advice.suggestions[0].params["delta_db"] < 0


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        (
            "isnt the snare kinda quiet compared to the kick",
            "Yes: 'Snare' reads -19.0 dBFS peak against -18.0",
        ),
        ("is the keys loud next to the bass?", "No: 'Keys' reads -22.0 dBFS peak against -16.0 dBFS peak"),
    ],
)
def test_a_part_said_quiet_or_loud_next_to_another_is_a_ranking(question: str, opening: str) -> None:
    advice = advise_rock(question)
    assert advice.text.startswith(opening), advice.text


def test_really_misspelt_still_reads_as_a_complaint() -> None:
    assert classify("cant realy hear the keys").complaint == classify("cant really hear the keys").complaint
    assert classify("cant rly hear the keys").complaint is not None


@pytest.mark.parametrize(
    ("question", "finding", "opening"),
    [
        (
            "rock vocals are supposed to be loud, right?",
            level_finding("Lead Vox", "lead vocals", 10.0),
            "Not this loud:",
        ),
        (
            "bass is meant to be up front in rock, yeah?",
            level_finding("Bass", "basses", 10.0),
            "Not this loud:",
        ),
        ("the keys usually sit low, right?", level_finding("Keys", "keys", -10.0), "Not this quiet:"),
        ("rock vocals are supposed to be loud, right?", None, "Right, and yours sits fine:"),
    ],
)
def test_a_level_defended_as_the_norm(question: str, finding, opening: str) -> None:  # type: ignore[no-untyped-def]
    advice = advise_rock(question, (finding,) if finding else ())
    assert advice.text.startswith(opening), advice.text


def test_a_norm_asked_is_no_norm_defended() -> None:
    # asked, not defended: no "Right, and"; the way the part sits against its place (model.level_norm), not "Yes:"
    advice = advise_rock("should the bass be loud in rock?", (level_finding("Bass", "basses", 10.0),))
    assert not advice.text.startswith(("Right, and", "Yes")), advice.text
    assert advice.text.startswith("Not this loud: 'Bass' sits about 10 dB louder"), advice.text
