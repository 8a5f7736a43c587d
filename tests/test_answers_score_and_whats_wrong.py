""" "Rate my mix out of 10": no score (a mark is taste, not a measurement), then what was measured. "What's wrong
with my mix?": the main fault first ("The main thing:"), or "Nothing much:" when nothing or only a lean is
measured."""

from __future__ import annotations

import pytest
from fakes.analyses import clean
from fakes.band_sessions import advise_rock, level_finding

from companion.context import Finding, FindingKind
from model.intent import classify
from model.score_asked import NO_SCORE, SCORE_Q
from model.whats_wrong import asks_whats_wrong

GTR = level_finding("Gtr L", "electric guitars", 9.0, fader_db=6.0)
HARSH_LEAN = Finding(
    FindingKind.HARSH,
    0.3,
    "The mix leans a little harsh. The upper mids (around 3.2 kHz): a build-up of 6.6 dB, like a broad EQ boost "
    "there, against the usual shape of 122 real mixes we measured, more than 8 in 10 of them; act only if you hear it.",
    {"range_hz": [2000.0, 5000.0], "lean": True},
)


@pytest.mark.parametrize(
    "question",
    ["rate my mix out of 10", "score it 1-10", "what would you give it out of ten", "how would u rate this mix",
     "is this a 7/10?", "rate it pls"],
)  # fmt: skip
def test_a_score_asked(question: str) -> None:
    assert SCORE_Q.search(question)


@pytest.mark.parametrize("question", ["what sample rate is it at", "is the mix good?", "what do you hear?"])
def test_no_score_asked(question: str) -> None:
    assert not SCORE_Q.search(question)


def test_a_score_asked_gets_none_and_the_fault_measured() -> None:
    ans = advise_rock("rate my mix out of 10", findings=(GTR,))
    assert ans.text.startswith(f"{NO_SCORE} What I measured: 'Gtr L' sits about 9 dB louder")
    assert [(s.action, s.track) for s in ans.suggestions] == [("nudge_volume_db", "Gtr L")]


def test_a_score_asked_of_a_clean_mix_says_nothing_needs_fixing_with_its_numbers() -> None:
    ans = advise_rock("score it 1-10", analysis=clean(integrated_lufs=-13.6))
    assert ans.text.startswith(f"{NO_SCORE} What I measured: nothing in the numbers needs fixing: -13.6 LUFS")
    assert len(ans.text.split(". ")) == 2 and not ans.suggestions


@pytest.mark.parametrize(
    ("question", "yes"),
    [("what's wrong with my mix", True), ("whats wrong w/ this mix?", True), ("what's the problem?", True),
     ("ok is that what's wrong then", False), ("what's wrong with the guitar?", False),
     ("what's wrong with the low end", False), ("what's wrong with the reverb", False)],
)  # fmt: skip
def test_an_open_whats_wrong_on_the_whole_mix(question: str, yes: bool) -> None:
    assert asks_whats_wrong(classify(question)) is yes


def test_whats_wrong_opens_with_the_main_fault() -> None:
    for question in ("what's wrong with my mix", "tell me what's wrong with my mix"):
        ans = advise_rock(question, findings=(GTR,))
        assert ans.text.startswith("The main thing: 'Gtr L' sits about 9 dB louder"), question


def test_whats_wrong_on_a_clean_mix_is_nothing_much() -> None:
    ans = advise_rock("whats wrong w/ this mix?")
    assert ans.text.startswith("Nothing much: nothing in the numbers needs fixing. It measures -14.2 LUFS")


def test_whats_wrong_with_only_a_lean_is_nothing_much_at_most_the_lean() -> None:
    ans = advise_rock("what's wrong with my mix", findings=(HARSH_LEAN,))
    assert ans.text.startswith("Nothing much: no fault in the numbers. At most, the mix leans a little harsh")
    assert all(s.rationale.startswith("only if you hear it") for s in ans.suggestions)
