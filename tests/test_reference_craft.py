"""How to use a reference track ("how do i use a reference track properly when mixing"): the craft, on the mix's
measured loudness, and how this tool does it; with a reference given, its loudness and the biggest difference
measured. Blind set 27 (q2747) answered with a 3 kHz EQ card and no word on reference tracks."""

from __future__ import annotations

import dataclasses
import re

import pytest
from fakes.analyses import clean
from fakes.band_sessions import context, level_finding, rock_snapshot

from companion.context import Finding, FindingKind
from companion.knowledge.techniques import technique
from model.answer import needs_listening
from model.reference_craft import asks_reference_craft
from model.rules import RulesAdvisor

CRAFT = [
    "how do i use a reference track properly when mixing",
    "what's a ref track for",
    "should I compare my mix to a pro song",
    "how do I A/B against a commercial track",
    "how to reference",
    "any tips for using reference tracks?",
    "why do people use reference tracks",
    "how should i go about referencing my mix against a pro track",
]


@pytest.mark.parametrize("question", CRAFT)
def test_the_craft_asked_in_many_words(question: str) -> None:
    assert asks_reference_craft(question), question
    assert not needs_listening(question)  # known without hearing the mix: the CLI answers with no --audio


@pytest.mark.parametrize(
    "question",
    [
        "is my mix brighter than the reference?",  # a comparison: the top end against the reference
        "my mix is weak next to my reference",
        "is it louder than the reference?",
        "how do I make my mix sound like my reference?",
        "how do I use a compressor on the vocal?",  # no reference at all
        "what's the reverb for on the snare",
    ],
)
def test_a_comparison_or_another_craft_is_not_this_one(question: str) -> None:
    assert not asks_reference_craft(question), question


def _ask(question: str, analysis=None, findings=(), front_end: str = "cli"):
    ctx = context(question, rock_snapshot(), analysis if analysis is not None else clean(), tuple(findings))
    return RulesAdvisor().advise(dataclasses.replace(ctx, front_end=front_end))


@pytest.mark.parametrize("question", CRAFT)
def test_the_steps_on_the_mixs_measured_loudness(question: str) -> None:
    harsh = Finding(FindingKind.HARSH, 0.6, "The mix leans harsh.", {"deviation_db": 6.0})
    advice = _ask(question, findings=[harsh])
    text = advice.text
    for said in (
        "released song in your genre",
        "Loudness-match it to your mix first, as louder always sounds better",
        "Yours reads -14.2 LUFS integrated, the level to match.",  # clean(): -14.2 LUFS measured
        "A/B in short bursts at the same spot",
        "bass weight, vocal level, brightness, width",
        "mixassist ask --reference that-song.wav",
        "(common practice)",
    ):
        assert said in text, (question, text)
    assert not advice.suggestions and "3 kHz" not in text  # the craft asked, not the harsh finding's EQ card
    assert len(text.split()) <= 120, len(text.split())


def test_the_opening_fits_the_form() -> None:
    assert _ask("should I compare my mix to a pro song").text.startswith(
        "Yes: engineers reference throughout a mix"
    )
    assert _ask("what's a ref track for").text.startswith("It's comparing your mix with a released song")
    assert _ask("how to reference").text.startswith("The usual way (common practice): pick a released song")


def test_the_overlay_is_told_its_own_way() -> None:
    text = _ask("how to reference", front_end="overlay").text
    assert "Reference track in Settings" in text and "--reference" not in text


def test_nothing_heard_is_said_and_the_meter_takes_the_measurement() -> None:
    ctx = context("how to reference", None, None, ())
    text = RulesAdvisor().advise(ctx).text
    assert "Nothing was listened to for this answer" in text and "loudness meter" in text
    assert not re.search(r"-\d+\.\d LUFS", text)


def _with_reference(ref_lufs: float) -> object:
    a = clean()
    extra = {"reference_track": "ref.wav", "reference_lufs": ref_lufs, "reference_plr_db": 9.0}
    return dataclasses.replace(a, extra={**a.extra, **extra})


def test_a_reference_given_is_used_its_loudness_and_the_biggest_difference() -> None:
    thin = Finding(
        FindingKind.THIN,
        0.5,
        "The low end (below 160 Hz): 4.2 dB less than your reference (ref.wav) at matched loudness; the mix sounds "
        "thin next to it.",
        {"compared_with": "your reference (ref.wav)", "deviation_db": -4.2},
    )
    text = _ask("how do i use a reference track properly when mixing", _with_reference(-9.0), [thin]).text
    assert text.startswith(
        "Your reference (ref.wav) reads -9.0 LUFS integrated and your mix -14.2 LUFS, so turn the reference down "
        "5.2 dB to match when you flip between them"
    ), text
    assert "At matched loudness, the biggest difference: the low end (below 160 Hz): 4.2 dB less" in text
    assert "A/B in short bursts" in text and "--reference that-song.wav" not in text  # given already


def test_a_reference_as_loud_with_nothing_apart_says_so() -> None:
    part = level_finding("Snare", "snares", 9.0)  # a balance finding, not one against the reference
    text = _ask("how to reference", _with_reference(-14.6), [part]).text
    assert "so they already play at about the same loudness" in text
    assert "At matched loudness nothing I measure sets them apart" in text


def test_the_craft_lives_in_the_knowledge_data() -> None:
    t = technique("referencing")
    assert len(t.conventions) == 4 and all(c.endswith("(common practice)") for c in t.conventions)
    assert t.facts == () and t.numbers == {}  # MixologyDB measures none of it
