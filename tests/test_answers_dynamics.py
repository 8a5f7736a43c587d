"""Dynamics asked of a mix file (no session): "too compressed?", "are the dynamics ok?" are judged on what the
audio measures (the peak-to-loudness ratio, then the loudness range), not answered with "I can't tell how much
compression you have": the squash of a master is heard in the mix itself. Clipping is not compression: it
comes after the verdict, not as its "yes"."""

from __future__ import annotations

import pytest
from fakes.analyses import clean
from fakes.band_sessions import context

from companion.context import Finding, FindingKind
from model.intent import classify
from model.rules import RulesAdvisor

SQUASHED = Finding(
    FindingKind.OVER_COMPRESSED,
    0.6,
    "Peak-to-loudness ratio is only 6.6 dB (crest 8.2 dB): the transients are squashed.",
    {"plr_db": 6.6},
    None,
)
CLIPPED = Finding(
    FindingKind.CLIPPING,
    0.34,
    "18 clipped samples (flat tops at full scale, 0.6 per second): that's audible distortion on the peaks.",
    {"clipped_samples": 18},
    None,
)


def ask(question: str, *findings: Finding, **analysis: object) -> str:
    return RulesAdvisor().advise(context(question, None, clean(**analysis), tuple(findings))).text


@pytest.mark.parametrize(
    "question",
    [
        "are the dynamics ok",
        "how are the dynamics?",
        "is there enough dynamic range",
        "is my mix overcompressed",
    ],
)
def test_dynamics_words_are_the_squash_question(question: str):
    assert classify(question).complaint == "squashed"


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("does it sound too compressed?", "No, it isn't squashed: a 13.0 dB peak-to-loudness ratio"),
        ("is my mix overcompressed", "No, it isn't squashed: a 13.0 dB peak-to-loudness ratio"),
        ("are the dynamics ok", "Yes, the dynamics are fine: a 13.0 dB peak-to-loudness ratio"),
        ("is there enough dynamic range", "Yes, the dynamics are fine: a 13.0 dB"),
        ("how are the dynamics?", "It isn't squashed: a 13.0 dB"),
    ],
)
def test_an_open_mix_is_judged_on_its_plr_and_loudness_range(question: str, opening: str):
    text = ask(question)
    assert text.startswith(opening), text
    assert "the loudness moves 4.5 LU (loudness range)" in text  # clean()'s LRA
    assert "without your session" not in text and "A compressor turns a sound down" not in text


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("does it sound too compressed?", "Yes: peak-to-loudness ratio is only 6.6 dB"),
        ("are the dynamics ok", "No: peak-to-loudness ratio is only 6.6 dB"),
        ("how are the dynamics?", "Squashed: peak-to-loudness ratio is only 6.6 dB"),
    ],
)
def test_a_squashed_mix_gets_its_verdict_in_the_questions_terms(question: str, opening: str):
    text = ask(question, SQUASHED, plr_db=6.6)
    assert text.startswith(opening), text


def test_clipping_is_not_the_yes_to_too_compressed():
    text = ask("does it sound too compressed?", CLIPPED)
    # before: "Yes: 18 clipped samples" - clipping answered a question about compression
    assert text.startswith("No, it isn't squashed: a 13.0 dB"), text
    assert "What does stand out: 18 clipped samples" in text


def test_a_track_named_still_needs_the_session():
    text = ask("is the vocal too compressed?")
    assert text.startswith("I can't tell how much compression you have without your session"), text


@pytest.mark.parametrize(
    "question",
    ["does it need more compression", "should i compress the mix more?", "does my mix need compression"],
)
def test_more_compression_asked_of_an_open_master_is_no_with_where_it_helps(question: str):
    """The opposite of "too compressed?": "No, it isn't squashed" used to answer it. Now the verdict is in its terms
    (not for its dynamics: the PLR, as measured), then where compression does help."""
    text = ask(question)  # clean(): PLR 13.0 dB, no clipped sample
    assert text.startswith(
        "No, not for its dynamics: a 13.0 dB peak-to-loudness ratio leaves room for transients, and nothing is "
        "squashed or clipping."
    ), text
    assert "Compress a part that jumps out" in text, text
    # a few clipped samples below a problem: the answer no longer says nothing clips
    assert "nothing is squashed." in ask(question, clipped_samples=3), ask(question, clipped_samples=3)
