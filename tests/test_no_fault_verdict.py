"""A yes/no asked about a fault ("anything way too loud in this mix?", "anything too quiet?", "anything sticking
out?") on a session where nothing is off is answered "No", never "Yes" followed by "nothing needs fixing"; "anything
too loud?" takes a yes or no even with its auxiliary left out and no question mark; a good state asked ("are we
good?") keeps its "Yes". The guard runs many such questions over rendered clean sessions of every style."""

from __future__ import annotations

import os
import re

import pytest
from fakes.band_sessions import advise_rock, level_finding

from model.intent import asks_yes_no, classify
from model.intent_yes_no import any_first, takes_yes_no
from model.lean_verdict import asks_fault

NO_FAULT = re.compile(
    r"\b(nothing (in the numbers )?needs (fixing|changing)|nothing (is|sits) (off|too \w+)|no track sits too|"
    r"nothing I measured says)\b",
    re.IGNORECASE,
)
"""The words that say nothing is wrong: a "Yes" to a fault asked, said before them, contradicts them."""
FAULT_QUESTIONS = (
    "anything way too loud in this mix?",
    "anything too quiet?",
    "anything too loud in there",
    "any track too quiet",
    "is anything too loud?",
    "is anything buried?",
    "something sticking out?",
    "anything sticking out?",
    "anything off?",
    "anything bugging you in this one?",
    "anything wrong with the mix?",
    "is there anything too harsh in there?",
    "anything muddy in this?",
    "is it too loud?",
    "too loud?",
    "is the mix muddy?",
    "does it need more work?",
)
"""Whether something is wrong, in many words: with nothing off, each answer is a no."""
GOOD_QUESTIONS = ("are we good?", "all good or?", "is the mix balanced?", "is it loud enough?")
"""Whether the mix is good: with nothing off, each answer is a yes (or its own measured verdict), never a no."""


@pytest.mark.parametrize(
    "question",
    [
        "anything way too loud in this mix?",
        "anything too loud in there",
        "any track too quiet",
        "something off?",
    ],
)
def test_anything_first_is_a_yes_or_no_with_its_auxiliary_left_out(question):
    assert any_first(question) and takes_yes_no(question, False), question
    assert asks_yes_no(classify(question, ())), question


@pytest.mark.parametrize("question", ["anything I can do about the mud?", "any tips for the vocal?"])
def test_anything_asking_for_a_move_or_a_tip_is_not_a_yes_or_no(question):
    assert not any_first(question), question


def test_a_fault_named_is_asked_as_a_fault_and_a_good_state_is_not():
    for q in ("anything way too loud in this mix?", "is it harsh?", "anything too quiet?"):
        assert asks_fault(classify(q, ())), q
    for q in ("are we good?", "is it loud enough?", "can i call this finished or nah"):
        assert not asks_fault(classify(q, ())), q


def test_anything_too_loud_on_a_clean_session_is_no_with_the_measured_levels():
    for q in ("anything way too loud in this mix?", "anything too loud in there"):
        advice = advise_rock(q)
        assert advice.text.startswith("No: no track sits too loud; every level is inside the range"), (
            q,
            advice.text,
        )
        assert not advice.suggestions
    loud = level_finding("Keys", "keys", 10.0)
    found = advise_rock("anything too loud in there", (loud,))
    assert found.text.startswith("Yes: 'Keys' sits about 10 dB louder"), found.text
    assert found.suggestions[0].track == "Keys" and found.suggestions[0].params["delta_db"] < 0


def _contradiction(question: str, text: str) -> str | None:
    """Why ``text`` contradicts itself as an answer to ``question``, or None."""
    fault_asked = question in FAULT_QUESTIONS
    opening = re.match(r"^(Yes|Yeah|No|Nope)\b", text)
    if opening is None or NO_FAULT.search(text) is None:
        return None
    said_yes = opening.group(1) in ("Yes", "Yeah")
    if fault_asked and said_yes:
        return "a yes to a fault asked, then nothing wrong"
    if not fault_asked and not said_yes and not text.startswith("No, nothing needs fixing"):
        return "a no to a good state asked, then nothing wrong"
    return None


try:
    from benchmarks.sessions import render as render_mod
    from benchmarks.sessions import render_session

    MISSING = render_mod.missing()
except ImportError as e:  # pragma: no cover - the benchmarks package ships with the repo
    MISSING = str(e)


@pytest.mark.skipif(MISSING is not None and os.environ.get("CI", "").lower() != "true", reason=f"{MISSING}")
def test_no_answer_on_a_clean_session_opens_yes_and_then_says_nothing_needs_fixing():
    from benchmarks.question_bank import SECONDS
    from companion.app import Companion
    from companion.context import AudioClip

    # soul at the bank's length carries only a remark (no problem): the path that said "Yes. Honestly, nothing ..."
    sessions = [render_session("soul", seed=1, scenario_name="clean", seconds=SECONDS)]
    sessions += [
        render_session(s, seed=11, scenario_name="clean", seconds=8.0) for s in ("rock", "pop", "folk")
    ]
    wrong = []
    for s in sessions:
        clip = AudioClip(s.mix, s.sample_rate, source=f"{s.style}:clean")
        for q in (*FAULT_QUESTIONS, *GOOD_QUESTIONS):
            text = Companion().ask(q, clip=clip, snapshot=s.snapshot).advice.text
            if (why := _contradiction(q, text)) is not None:
                wrong.append((s.style, q, why, text[:120]))
    assert not wrong, wrong
