"""A yes/no asked before a second question, or put without a question mark, keeps its verdict first.

Blind set 28: "the upright's booming a bit much yeah? n should i eq it or just ride the fader" opened "Turn it
down first:" (the move's verdict, the tag's yes lost; "ride the fader" read as automation), and "left gtr is
blasting next to the right one, has that fader crept up too far" opened "One thing:" (no level claim read in
"blasting" or "crept up too far", and "has ..." after a comma not read as a yes/no clause)."""

from __future__ import annotations

import pytest
from fakes.band_sessions import advise_rock, level_finding

from model.intent import classify, complaint_in
from model.intent_forms import has_yes_no_clause, strip_tag

Q2821_LIKE = "the snare's booming a bit much yeah? n should i eq it or just ride the fader"
Q2836 = "left gtr is blasting next to the right one, has that fader crept up too far"


@pytest.mark.parametrize(
    ("question", "technique"),
    [
        ("should i eq it or just ride the fader", "eq"),
        ("should i compress it or ride the fader", "compression"),
        ("should i just ride the fader", None),
        ("how do i ride the vocal through the chorus", "automation"),  # a ride through the song
        ("should i automate it or just ride the fader", "automation"),
    ],
)
def test_the_fader_offered_as_the_plain_move_is_not_automation(question, technique):
    assert classify(question).technique == technique, question


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        (Q2836, "loud"),
        ("has the left gtr fader crept up too far?", "loud"),
        ("left guitar fader is up too high", "loud"),
        ("did i push the left guitar too far", "loud"),
        ("brass is kinda blaring", "loud"),
        ("turn it up too much?", "loud"),  # not "turn it up": a raise gone past where it belongs
        ("did i pull the vocal down too far", "quiet"),
        ("is the vocal too far back", "quiet"),
        ("are the hats panned too far", None),  # a pan, not a level
    ],
)
def test_a_level_said_to_have_gone_too_far_is_a_level_claim(text, complaint):
    assert complaint_in(text) == complaint, text


@pytest.mark.parametrize(
    ("text", "stripped", "tagged"),
    [
        ("left gtr fader is up too high is it", "left gtr fader is up too high?", True),
        ("keys sound a bit loud to me, are they?", "keys sound a bit loud to me?", True),
        ("the fader has crept up too far has it", "the fader has crept up too far?", True),
        ("one fix before i send this, what is it", "one fix before i send this, what is it", False),
        ("where is it", "where is it", False),
    ],
)
def test_a_positive_tag_after_a_statement_asks_the_statement(text, stripped, tagged):
    assert strip_tag(text) == (stripped, tagged)


def test_an_auxiliary_has_after_a_statement_opens_a_yes_no_clause():
    assert has_yes_no_clause(Q2836)
    assert has_yes_no_clause("guitar's too hot, have i pushed it too far")
    assert not has_yes_no_clause("left gtr is blasting next to the right one")
    assert classify(Q2836).wants == "judge"


def test_a_move_choice_after_a_level_claim_put_as_a_yes_no_is_a_pick():
    from model.tool_or_fader import claimed_move_choice

    assert claimed_move_choice(
        "the upright's booming a bit much? and should i eq it or just ride the fader", ()
    )
    assert claimed_move_choice("the upright is too loud isn't it, should i compress it or ride the fader", ())
    # a claim stated, not asked: only the move is asked, its route answers "Turn it down first:"
    assert claimed_move_choice("the upright is too loud, should i eq it or just turn it down", ()) is None
    assert claimed_move_choice("should i eq the pad or just turn it down", ()) is None


def test_a_tag_claim_then_a_move_choice_opens_with_its_yes_then_the_fader():
    snare = level_finding("Snare", "snares", 10.0)
    advice = advise_rock(Q2821_LIKE, (snare,))
    assert advice.text.startswith(
        "Yes, too loud, and it's the fader, not the EQ: 'Snare' sits about 10 dB"
    ), advice.text
    assert advice.suggestions[0].track == "Snare" and advice.suggestions[0].params["delta_db"] == -9.0
    assert "automation" not in advice.text  # "ride the fader" is the fader move, not a ride
    quiet = advise_rock(Q2821_LIKE, (level_finding("Snare", "snares", -10.0),))
    assert quiet.text.startswith("No, the opposite: too quiet, and it's the fader, not the EQ:"), quiet.text
    assert quiet.suggestions[0].params["delta_db"] == 9.0
    clean = advise_rock(Q2821_LIKE)
    assert clean.text.startswith(
        "No, and neither needs changing: nothing I measured says 'Snare' is too loud"
    ), clean.text
    assert not clean.suggestions
    # the claim stated, not asked: the move's own opening stays
    said = advise_rock("the snare is too loud, should i eq it or just turn it down", (snare,))
    assert said.text.startswith("Turn it down first: 'Snare' sits about 10 dB"), said.text


def test_a_tag_claim_without_its_question_mark_then_a_move_gets_both_verdicts_in_order():
    snare = level_finding("Snare", "snares", 10.0)
    advice = advise_rock("the snare's too loud isn't it, should i eq it", (snare,))
    assert advice.text.startswith("Yes: 'Snare' sits about 10 dB louder"), advice.text
    assert "As for the EQ: not first." in advice.text
    boomy = advise_rock("the snare's boomy right? should i eq it or just ride the fader", (snare,))
    assert boomy.text.startswith("Yes: 'Snare' sits about 10 dB louder"), boomy.text
    assert "As for the EQ or the fader: turn it down first." in boomy.text


@pytest.mark.parametrize(
    ("deviation_db", "opening"),
    [
        (10.0, "Yes: 'Gtr L' sits about 10 dB louder"),
        (-10.0, "No, the opposite: 'Gtr L' sits about 10 dB quieter"),
    ],
)
def test_has_that_fader_crept_up_too_far_is_answered_yes_or_no(deviation_db, opening):
    advice = advise_rock(Q2836, (level_finding("Gtr L", "electric guitars", deviation_db),))
    assert advice.text.startswith(opening), advice.text
    assert advice.suggestions[0].track == "Gtr L"
    assert (advice.suggestions[0].params["delta_db"] < 0) == (deviation_db > 0)
    tagged = advise_rock(
        "left gtr fader is up too high is it", (level_finding("Gtr L", "electric guitars", deviation_db),)
    )
    assert tagged.text.startswith(opening), tagged.text


def test_has_that_fader_crept_up_too_far_on_a_clean_part_is_a_no():
    advice = advise_rock(Q2836)
    assert advice.text.startswith("No: nothing I measured says 'Gtr L' is too loud."), advice.text
    assert not advice.suggestions


def test_have_opens_a_yes_no_clause_only_with_its_subject():
    assert has_yes_no_clause("guitar's too hot, have we pushed it too far")
    assert not has_yes_no_clause("mix feels off, have a listen and tell me what to fix")
    assert complaint_in("did i push the guitars too far left") is None  # a pan, not a level
