"""Blind set 31's two misses: "screechy" is the harsh complaint (it was read as nothing, and "thin up top" beside
it turned the answer into a missing low end), and "would a mastering guy bounce it back?" asks whether an ear
would find a fault, so a fault measured is a yes and a clean mix a no (the answer opened "Yes:" on a clean mix,
and "a mastering guy" was read as the master blamed: "No, not the mastering:" above a snare 13 dB over)."""

from __future__ import annotations

import pytest
from fakes.band_sessions import advise_rock, level_finding

from model.blamed_location import blamed_place
from model.intent import classify
from model.intent_verdict import asks_bad_state

SNARE_LOUD = level_finding("Snare", "snares", 10.0)


@pytest.mark.parametrize(
    "question",
    ["the whole thing feels kinda screechy", "is it screechy up top?", "the vocal is screeching",
     "guitars are grating on me", "the top end is ice-picky", "it sounds abrasive"],
)  # fmt: skip
def test_screechy_and_its_kin_are_the_harsh_complaint(question: str) -> None:
    assert classify(question).complaint == "harsh", question


def test_screechy_and_thin_up_top_is_answered_as_harsh_and_thin_up_top() -> None:
    hats = level_finding("Hats", "hi-hats", 10.0)
    for tail in ("", " n thin up top"):
        screechy = advise_rock(f"the whole thing feels kinda screechy{tail}, or am i imagining it", (hats,))
        harsh = advise_rock(f"the whole thing feels kinda harsh{tail}, or am i imagining it", (hats,))
        assert screechy.text == harsh.text and "'Hats' sits about 10 dB louder" in screechy.text, (
            screechy.text
        )
        assert screechy.suggestions[0].track == "Hats" and screechy.suggestions[0].params["delta_db"] < 0


@pytest.mark.parametrize(
    "question",
    [
        "if i sent this off to a mastering guy tmrw would he bounce it back for the balance?",
        "would the label reject this mix?",
        "would a mastering engineer send it back?",
        "will my producer send this back to me?",
        "would anyone complain about the balance?",
    ],
)
def test_asking_whether_an_ear_would_send_it_back_is_a_yes_no_on_a_fault(question: str) -> None:
    assert asks_bad_state(question), question
    clean = advise_rock(question)
    assert clean.text.startswith("No"), (question, clean.text)
    assert not any(s.action == "nudge_volume_db" for s in clean.suggestions), clean.text
    faulty = advise_rock(question, (SNARE_LOUD,))
    assert (
        faulty.text.startswith("Yes") and "'Snare' sits about 10 dB louder" in faulty.text.split(". ")[0]
    ), (
        question,
        faulty.text,
    )
    assert faulty.suggestions[0].track == "Snare" and faulty.suggestions[0].params["delta_db"] < 0


def test_a_mastering_person_is_not_the_master_blamed() -> None:
    for q in ("would a mastering guy like it?", "what would the mastering engineer say?",
              "is it ready for the mastering house?"):  # fmt: skip
        assert blamed_place(q) is None, q
    # the master itself still is a place blamed
    assert blamed_place("too much 3k on the master?") == "the master"
    assert blamed_place("is my mastering chain too bright?") == "the mastering chain"
    # and what a would-be-sender hears is not "the mastering" denied
    ans = advise_rock("would the mastering guy bounce it back?", (SNARE_LOUD,))
    assert not ans.text.startswith("No"), ans.text


@pytest.mark.parametrize(
    "question", ["would he like it?", "would it send a message?", "send it back to me later"]
)
def test_other_would_questions_are_not_a_bad_state(question: str) -> None:
    assert not asks_bad_state(question), question
