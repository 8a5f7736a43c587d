"""Width questions on a mix that is too wide the wrong way (model.answer_mono): the problem first, in the
words the question asked, never "yes, it's wide enough"."""

from __future__ import annotations

import pytest
from fakes.analyses import clean
from fakes.band_sessions import advise_rock

from companion.context import Finding, FindingKind, StereoImage

LOW_END = Finding(
    FindingKind.LOW_END_NOT_MONO,
    0.8,
    "Below 150 Hz the channels only correlate -0.50, a wider low end than 9 in 10 of 121 real mixes we measured "
    "(every family, as no genre was given): it is spread or out of phase, so it loses weight in mono and wanders "
    "on big systems.",
    {"low_end_correlation": -0.5, "compared_with": "121 real mixes we measured", "family": "all"},
)
PHASE = Finding(
    FindingKind.PHASE_ISSUE,
    0.6,
    "Left/right correlation is -0.21: parts of the mix are out of phase between the channels, so they'll cancel "
    "when played in mono (phones, club systems).",
    {"correlation": -0.21, "width": 0.61},
)
WIDE = clean(stereo=StereoImage(-0.21, 0.61, -0.5, 0.0))


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("is the stereo ok?", "No: below 150 Hz the channels only correlate -0.50"),
        ("will it sound ok in mono?", "No: below 150 Hz"),
        ("is my mix mono compatible?", "No: below 150 Hz"),
        ("is it too wide?", "Yes: below 150 Hz"),
        ("does it collapse in mono", "Yes: below 150 Hz"),
        ("is it wide enough?", "Yes, wide enough, too wide in fact: below 150 Hz"),
    ],
)
def test_the_problem_first_in_the_questions_words(question: str, opening: str):
    advice = advise_rock(question, (LOW_END, PHASE), analysis=WIDE)
    assert advice.text.startswith(opening), advice.text
    assert "wide enough:" not in advice.text.lower().replace("too wide in fact:", "")
    assert "mono" in advice.text.split(". ", 1)[1]  # the move: what to do about it


def test_the_phase_problem_when_it_is_the_only_one():
    advice = advise_rock("is the stereo ok?", (PHASE,), analysis=WIDE)
    assert advice.text.startswith("No: left/right correlation is -0.21."), advice.text


def test_a_mix_wide_the_right_way_is_still_wide_enough():
    advice = advise_rock("is the stereo ok?")
    assert advice.text.startswith("Yes, it's wide enough: correlation 0.70"), advice.text


LOW_REMARK = Finding(
    FindingKind.LOW_END_NOT_MONO,
    0.21,
    "Below 150 Hz the channels only correlate 0.29, a wider low end than 8 in 10 of 121 real mixes we measured "
    "(every family, as no genre was given): it is spread or out of phase, so it loses weight in mono.",
    {"low_end_correlation": 0.29},
)


def test_too_wide_asked_with_no_width_problem_is_no_in_its_own_terms():
    """ "is the low end too wide?" got "Yes, it's wide enough: correlation ..." (the overall width, and a yes)."""
    spread = clean(stereo=StereoImage(0.22, 0.40, 0.29, 0.0))
    low = advise_rock("is the low end too wide", (LOW_REMARK,), analysis=spread).text
    assert low.startswith("A little: below 150 Hz the channels only correlate 0.29"), low
    whole = advise_rock("is it too wide?", (LOW_REMARK,), analysis=spread).text
    assert whole.startswith(
        "No, not too wide: correlation 0.22, width 0.40 (0 is mono), and nothing cancels"
    ), whole
    assert "The nearest thing to it: below 150 Hz" in whole, whole
    tight = advise_rock("is the low end too wide?").text  # clean(): the low end correlates as real records do
    assert tight.startswith("No: below 150 Hz the channels correlate"), tight
