"""Question shapes from held-out set 21, fixed as rules an engineer would state: "the chorus kicks in" is a verb;
"the vocal stack" is every voice; "my strumming" is the guitar; "took X down, that work?" asks whether it helped;
an effect guessed as the cause of a level fault is denied ("not the chorus: rather the level"); "step one" asks
what to do first; one part "eating" another is a clash; brash and shouty are harsh; "more size" with no speaker
named is a part missing first; saturation asked for small speakers is the technique's own purpose."""

from __future__ import annotations

import pytest
from fakes.analyses import clean
from fakes.band_sessions import advise_rock, level_finding

from companion.context import Finding, FindingKind
from model.guessed_cause import not_the_effect
from model.intent import Wants, classify


@pytest.mark.parametrize(
    ("question", "instruments"),
    [
        ("something feels off when the chorus kicks in", ()),
        ("the kicks in the chorus are loud", ("kick",)),
        ("kicks too loud?", ("kick",)),
        ("my strumming is drowning out everything", ("guitar",)),
        ("is the strummy guitar ok", ("guitar",)),
    ],
)
def test_part_words(question: str, instruments: tuple[str, ...]):
    assert classify(question).instruments == instruments


def test_the_vocal_stack_is_every_voice():
    assert classify("listen to the vocal stack, whats ur take").mentions == ("vocals",)
    assert classify("how is my stack of vocals").mentions == ("vocals",)
    assert classify("is the vocal too loud").mentions == ("vocal",)


@pytest.mark.parametrize(
    ("question", "wants", "complaint"),
    [
        ("took the rhodes down, that work?", Wants.BETTER, None),
        ("pulled the bass down, that helped?", Wants.BETTER, None),
        ("k whats step one on this, if theres anything", Wants.WHAT_FIRST, None),
        ("is the strummy guitar eating the singer", Wants.JUDGE, "clash"),
        ("the bass is eating the whole mix", Wants.HOW_TO, "loud"),
        ("the whole thing sounds brash n shouty", None, "harsh"),
        ("how do i get more size in this mix", Wants.HOW_TO, "small"),
        ("how do i make the chorus feel bigger and fuller", Wants.HOW_TO, None),
    ],
)
def test_question_forms(question: str, wants: Wants | None, complaint: str | None):
    intent = classify(question)
    assert intent.complaint == complaint
    if wants is not None:
        assert intent.wants == wants
    assert classify("what is eating my headroom").complaint != "clash"  # headroom is not a part


def test_an_effect_guessed_over_a_level_fault_is_denied():
    loud = level_finding("Keys", "keys", 8.0)
    assert (
        not_the_effect("is the chorus effect on them too much?", loud)
        == "No, not the chorus: rather the level."
    )
    assert not_the_effect("too much verb on it?", loud) == "No, not the reverb: rather the level."
    assert not_the_effect("is the chorus too much?", None) is None
    advice = advise_rock("keys are smearing over everything, is the chorus on them too much?", (loud,))
    assert advice.text.startswith("No, not the chorus: rather the level. 'Keys' sits about 8 dB louder"), (
        advice.text
    )
    assert advice.suggestions[0].track == "Keys" and advice.suggestions[0].params["delta_db"] < 0


def test_step_one_with_only_a_lean_changes_nothing():
    lean = Finding(
        FindingKind.DULL,
        0.35,
        "The mix leans a little dull. The top end (above 6 kHz): 8.0 dB lighter, like a high-shelf cut.",
        {"measure": "high_cut_db"},
    )
    text = advise_rock("k whats step one on this, if theres anything", (lean,)).text
    assert text.startswith("Nothing needs changing. At most, the mix leans a little dull"), text


def test_more_size_with_no_speaker_named_is_a_part_sitting_too_low_first():
    quiet = level_finding("Keys", "keys", -10.0)
    advice = advise_rock(
        "how do i get more size in this mix without just slamming the master harder", (quiet,)
    )
    assert advice.text.startswith("Most likely a part sitting too low: 'Keys' sits about 10 dB quieter"), (
        advice.text
    )
    assert advice.suggestions[0].track == "Keys" and advice.suggestions[0].params["delta_db"] > 0
    phone = advise_rock("my mix sounds small on my phone", (quiet,), analysis=clean())
    assert not phone.text.startswith("Most likely a part sitting too low"), phone.text


def test_saturation_for_small_speakers_is_answered_as_the_technique():
    text = advise_rock("how would i use saturation on the bass so it shows up on phone speakers").text
    assert "saturat" in text.lower() and "'Bass'" in text, text
    assert not text.startswith("No: nothing I measured"), text


@pytest.mark.parametrize(
    ("question", "asks_ok", "complaint"),
    [
        ("do the levels feel even to you across the board", True, "balance"),
        ("are the levels even", True, "balance"),
        ("are the levels even audible", False, "balance"),  # "even" as an adverb asks no verdict
        ("im kinda lost on this one, whats step one", False, None),  # the asker is lost, not a part
        ("the vocal is kinda lost", False, "quiet"),
    ],
)
def test_set_22_shapes(question: str, asks_ok: bool, complaint: str | None):
    """Held-out set 22's two misses, as rules: even levels asked about take a yes when nothing is off; "I'm lost"
    says the asker is confused, not that a part is buried."""
    intent = classify(question)
    assert intent.asks_ok is asks_ok and intent.complaint == complaint


def test_uneven_levels_asked_about_get_a_no_and_the_part():
    keys = level_finding("Keys", "keys", 8.0)
    text = advise_rock("do the levels feel even to you across the board", [keys]).text
    assert text.startswith("No"), text
    assert "'Keys'" in text
