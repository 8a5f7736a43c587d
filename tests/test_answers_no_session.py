"""A part asked about with only the stereo mix: no track can be measured, so the answer cites what the whole mix
shows, and says where: the whole-mix finding of the kind complained of first ("is the guitar harsh?": the
harsh build-up, wherever the guitar's areas are), else the one in the area that speaks to the complaint ("is
the kick too loud?": its punch, not its beater), named with that area's range."""

from __future__ import annotations

import re

import pytest
from fakes.analyses import clean
from fakes.band_sessions import context

from companion.context import Finding, FindingKind
from model.intent import classify
from model.rules import RulesAdvisor

HARSH = Finding(
    FindingKind.HARSH,
    0.6,
    "The mix leans harsh. The upper mids (around 3.2 kHz): a build-up of 6.7 dB.",
    {"shape_center_hz": 3175, "range_hz": [2000.0, 5000.0], "deviation_db": 6.7},
    None,
)
BOOMY = Finding(
    FindingKind.BOOMY,
    0.5,
    "The mix leans boomy. The low end (below 100 Hz): 8.4 dB heavier, like a low-shelf boost.",
    {"shape_center_hz": 100, "range_hz": [20.0, 160.0], "deviation_db": 8.4},
    None,
)


def ask(question: str) -> str:
    return RulesAdvisor().advise(context(question, None, clean(), (HARSH, BOOMY))).text


def test_too_loud_cites_the_parts_weight_not_its_beater():
    text = ask("is the kick too loud?")
    assert "can't measure the kick alone or see its fader" in text, text
    # before: "What the whole mix shows in its range: the mix leans harsh" (the kick's beater range, unsaid)
    cited = "What the whole mix shows in its range (its punch, 60 Hz-100 Hz): the mix leans boomy"
    assert cited in text, text


def test_the_complaints_own_kind_comes_first():
    text = ask("is the guitar harsh")
    # before: the boomy low end, the only finding inside the guitar's named areas
    assert "What the whole mix shows: the mix leans harsh" in text, text


def test_a_bass_is_one_part_and_drums_are_many():
    assert "see its fader" in ask("the bass sounds boomy")
    drums = ask("are the drums too loud")
    assert "see their fader" in drums and "in their range (their " in drums, drums


def test_no_track_is_said_to_be_in_range_when_none_was_measured():
    text = RulesAdvisor().advise(context("is anything too loud?", None, clean(), (HARSH,))).text
    # before: "No: no track sits too loud; every level is inside the range its role gets ... (MixologyDB)"
    assert text.startswith("I can't tell which part from the stereo mix alone"), text
    assert "every level is inside" not in text and "What does stand out: the mix leans harsh" in text


@pytest.mark.parametrize(
    "question",
    [
        "is the left louder than the right",
        "is one side a bit louder",
        "is it balanced left to right",
        "compare the left and right",
        "is the left side way louder than the right?",
    ],
)
def test_the_two_sides_asked_about_are_the_lr_balance(question: str):
    intent = classify(question)
    assert intent.complaint == "lopsided" and intent.technique is None, intent


def test_the_sides_compared_get_the_measured_balance_in_the_questions_terms():
    def ask_sides(question: str) -> str:
        return RulesAdvisor().advise(context(question, None, clean(), ())).text

    assert ask_sides("compare the left and right").startswith("The two channels are within 0.2 dB")
    assert ask_sides("is one side louder").startswith("No: the two channels are within 0.2 dB")
    assert ask_sides("is it balanced left to right").startswith("Yes: the two channels are within 0.2 dB")
    assert classify("is the left guitar louder than the right one").complaint != "lopsided"  # a pair of parts


def test_how_much_after_a_tonal_verdict_gives_the_size_first():
    """ "the low end feels huge, too much?" then "how much should i take off": the follow-up asks the size of the
    move just named, so it opens with it (it used to open "Here's why:" and repeat the verdict)."""
    from companion.context import Turn

    first = RulesAdvisor().advise(context("the low end feels huge, too much?", None, clean(), (HARSH, BOOMY)))
    assert first.text.startswith("Yes: the mix leans boomy"), first.text
    history = (Turn("user", "the low end feels huge, too much?"), Turn("assistant", first.text))
    ctx = context("how much should i take off", None, clean(), (HARSH, BOOMY), history)
    text = RulesAdvisor().advise(ctx).text
    assert re.match(r"About \d+(\.\d+)? dB: dip", text), text
    assert "low end (below 100 Hz): 8.4 dB heavier" in text, text


@pytest.mark.parametrize("question", ["to much bass??", "is there too much bass", "does it need less bass?"])
def test_an_amount_of_bass_asked_of_a_stereo_file_is_its_low_end(question: str):
    """ "too much bass?" of the whole mix is its low end, which the file measures (it used to be read as the bass
    part: "I can't measure the bass alone"); "is the bass too loud?" still asks about the part."""
    text = ask(question)
    assert text.startswith("Yes: the mix leans boomy"), text
    assert "can't measure the bass alone" not in text, text
    quiet = RulesAdvisor().advise(context("too much bass?", None, clean(), (HARSH,))).text
    assert quiet.startswith("No: nothing in the low end"), quiet
    assert "can't measure the bass alone" in ask("is the bass too loud?")
