"""A complaint said, then a yes/no asked ("mix feels crowded in the middle, is it balanced overall?"): the verdict
answers the question asked, not the complaint. A good state asked (balanced, ok, sits right, normal, "good now?")
makes a fault found a no; a problem asked (masking, off, too loud) keeps it a yes. Blind set 26 (q2602) opened
"Yes:" on "is it balanced?" with a part measured 8 dB too loud."""

from __future__ import annotations

import pytest
from fakes.analyses import clean
from fakes.band_sessions import context, level_finding, soul_snapshot

from model.asked_clause import asked_clause, asked_side
from model.intent import classify, complaint_in
from model.rules import RulesAdvisor

HORNS_LOUD = level_finding("Horns", "horns", 10.0)


@pytest.mark.parametrize(
    "question",
    [
        "mix feels crowded in the middle, is it balanced overall? what would u change",
        "mids are way too cluttered, are the levels ok overall?",
        "vocal feels buried, does it sit right to you?",
        "kick is thin, is that normal?",
        "the vocal is kinda loud, we good?",
        "it all gets too dense in the chorus, is the overall balance good?",
    ],
)
def test_a_good_state_asked_after_a_statement(question: str) -> None:
    assert asked_side(question, complaint_in) == "good", question
    assert classify(question).asks_ok, question


@pytest.mark.parametrize(
    "question",
    [
        "mix feels crowded, is something masking?",
        "levels seem fine to me, is anything off?",
        "mix feels crowded, is the keys too loud?",
        "vocal sounds fine but is the bass masking it?",
    ],
)
def test_a_problem_asked_after_a_statement(question: str) -> None:
    assert asked_side(question, complaint_in) == "problem", question
    assert not classify(question).asks_ok, question  # "sounds fine" is the statement, not what is asked


@pytest.mark.parametrize(
    "question",
    [
        "is the mix balanced?",  # the question first: its own rules read it
        "is the snare ok, is it too loud?",  # two asks
        "should i pan my two guitars hard left and right?",  # "right" a side, not a state
        "mix is crowded, is it loud enough?",  # "enough" turns the yes/no round by its own rule
        "the vocal is buried, what would you change?",  # no yes/no at all
    ],
)
def test_no_clause_after_a_statement_decides(question: str) -> None:
    assert asked_side(question, complaint_in) is None, question


def test_the_clause_is_the_yes_no_not_the_open_question_after_it() -> None:
    q = "mix feels crowded in the middle, is it balanced overall? what would u change"
    assert asked_clause(q) == "is it balanced overall"


def _advise(question: str, findings=()) -> str:
    return RulesAdvisor().advise(context(question, soul_snapshot(), clean(), tuple(findings))).text


@pytest.mark.parametrize(
    "question",
    [
        "the mix sounds crowded, is the balance ok overall?",
        "everything feels way too busy, are the levels even?",
    ],
)
def test_balanced_asked_with_a_part_too_loud_is_a_no(question: str) -> None:
    text = _advise(question, (HORNS_LOUD,))
    assert text.startswith("No: 'Horns'"), text
    assert _advise(question).startswith("Yes:"), _advise(question)  # nothing off: yes, it is balanced


@pytest.mark.parametrize(
    "question", ["levels seem fine to me, is anything off?", "the mix sounds crowded, is something too loud?"]
)
def test_a_problem_asked_after_a_statement_is_a_yes(question: str) -> None:
    text = _advise(question, (HORNS_LOUD,))
    assert text.startswith("Yes: 'Horns'"), text
