"""'Is it louder than my reference?' with a reference given: the two integrated loudnesses and the verdict in the
question's terms (before, the reference was ignored and the mix was held to a streaming target instead)."""

from __future__ import annotations

import dataclasses

import pytest
from fakes.analyses import clean
from fakes.band_sessions import context

from model.rules import RulesAdvisor


def ask(question: str, ref_lufs: float | None, ref_plr: float = 9.0) -> str:
    a = clean()  # -14.2 LUFS integrated, PLR 13.0 dB
    if ref_lufs is not None:
        extra = {"reference_track": "ref.wav", "reference_lufs": ref_lufs, "reference_plr_db": ref_plr}
        a = dataclasses.replace(a, extra={**a.extra, **extra})
    return RulesAdvisor().advise(context(question, None, a, ())).text


@pytest.mark.parametrize(
    ("question", "ref_lufs", "opening"),
    [
        ("is it louder than the reference?", -9.0, "No: yours reads -14.2 LUFS integrated and your reference "
         "(ref.wav) -9.0 LUFS, so yours is 5.2 LU quieter."),
        ("is mine quieter than the ref?", -9.0, "Yes: yours reads -14.2 LUFS"),
        ("is my mix as loud as the reference", -14.6, "Yes: yours reads -14.2 LUFS integrated and your reference "
         "(ref.wav) -14.6 LUFS, so yours is level with it."),
        ("is it louder than the reference?", -18.0, "Yes: yours reads -14.2 LUFS"),
        ("how loud is it compared to my reference", -9.0, "Side by side: yours reads -14.2 LUFS"),
    ],
)  # fmt: skip
def test_the_mix_against_the_references_loudness(question: str, ref_lufs: float, opening: str):
    text = ask(question, ref_lufs)
    assert text.startswith(opening), text
    assert "spotify" not in text.lower()


def test_quieter_says_how_far_to_push_and_louder_compares_the_squeeze():
    quieter = ask("is it louder than the reference?", -9.0)
    assert "until it reads about -9 LUFS" in quieter and "(now 13.0 dB)" in quieter, quieter
    louder = ask("is it louder than the reference?", -18.0, ref_plr=16.0)
    assert (
        "Your peak-to-loudness ratio is 13.0 dB against its 16.0 dB: more squeezed than the reference"
        in louder
    )


def test_without_a_reference_given_the_target_answers():
    assert "spotify" in ask("is it louder than the reference?", None).lower()


def test_the_references_window_is_said_with_its_name():
    """The mix is its last 30 s and the reference its middle 30 s: the answer names the reference's window, so a
    user reading a whole-song meter in the DAW knows why the numbers differ."""
    a = clean()
    extra = {"reference_track": "ref.wav", "reference_lufs": -9.0, "reference_plr_db": 9.0,
             "reference_window": "the middle 30 s of a 214 s file"}  # fmt: skip
    a = dataclasses.replace(a, extra={**a.extra, **extra})
    text = RulesAdvisor().advise(context("is it louder than the reference?", None, a, ())).text
    assert text.startswith(
        "No: yours reads -14.2 LUFS integrated and your reference (ref.wav, the middle 30 s of a 214 s file) -9.0 LUFS"
    ), text
