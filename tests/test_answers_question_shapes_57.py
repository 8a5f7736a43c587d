"""Question shapes about who is speaking and what they claim: a quoted person is no part, the singer asking about
themself ("me", "am i") is the lead vocal, the sung hook drowning is the vocal, "in front of the band" and
"karaoke" say too loud, a denied claim then a claim asks the second, and an instrument missing beside its would-be
stand-in is missing."""

from __future__ import annotations

import dataclasses

import pytest
from fakes.band_sessions import advise_rock, level_finding, soul_snapshot

from companion.context import Snapshot
from model.intent import classify
from model.negated_claim import ruled_out
from model.opinion_holder import is_person, quoted_person

VOX_LOUD = (level_finding("Lead Vox", "lead vocals", 11.0, fader_db=8.0),)
VOX_QUIET = (level_finding("Lead Vox", "lead vocals", -9.0, fader_db=-12.0),)


def _first_card(advice) -> tuple[str, float]:
    s = advice.suggestions[0]
    return s.track, s.params.get("delta_db", 0.0)


# a quoted person


@pytest.mark.parametrize(
    ("question", "who"),
    [
        ("my cousin says the levels r all over the place", "cousin"),
        ("the producer thinks it sounds fine, does it?", "producer"),
        ("my bandmate reckons the kick is too loud", "bandmate"),
        ("my teacher told me the mix is muddy", "teacher"),
    ],
)
def test_a_quoted_person_is_whose_opinion_it_is(question: str, who: str) -> None:
    assert quoted_person(question) == who
    assert is_person(who)


def test_a_part_is_no_person() -> None:
    assert not is_person("kick")
    assert quoted_person("the kick says nothing to me") is None


@pytest.mark.parametrize(
    "question",
    [
        "my cousin says the levels r all over the place on this one, is anything actually outta whack?",
        "my bandmate reckons the levels are all over the place, anything actually outta whack?",
        "my teacher says the balance is off, is anything out of whack?",
    ],
)
def test_a_quoted_person_on_a_clean_session_gets_a_no(question: str) -> None:
    text = advise_rock(question).text
    assert "can't match" not in text
    assert text.startswith("No"), text


def test_a_quoted_person_with_a_fault_names_the_fault() -> None:
    advice = advise_rock("the producer says it sounds fine, does it?", VOX_LOUD)
    assert "can't match" not in advice.text
    assert advice.text.startswith(("Not quite", "No")), advice.text
    track, delta = _first_card(advice)
    assert track == "Lead Vox" and delta < 0


# in front of the band, karaoke


@pytest.mark.parametrize(
    "question",
    [
        "do i sound like im singing in front of the band instead of with them? kinda karaoke vibes",
        "does my voice sound kinda karaoke?",
        "is the vocal sitting in front of the band, not with them?",
    ],
)
def test_in_front_of_the_band_is_too_loud(question: str) -> None:
    intent = classify(question)
    assert intent.complaint == "loud"
    assert "vocal" in intent.instruments
    advice = advise_rock(question, VOX_LOUD)
    assert advice.text.startswith("Yes"), advice.text
    track, delta = _first_card(advice)
    assert track == "Lead Vox" and delta < 0


# the sung hook


@pytest.mark.parametrize(
    "question",
    [
        "my hook keeps drowning under the beat n the synths, first thing i grab?",
        "the hook gets buried under the guitars, what do i do?",
        "my topline keeps getting lost under the keys",
    ],
)
def test_the_hook_drowning_is_the_lead_vocal(question: str) -> None:
    assert classify(question).instruments[0] == "vocal"
    advice = advise_rock(question, VOX_QUIET)
    assert "'Lead Vox'" in advice.text
    track, delta = _first_card(advice)
    assert track == "Lead Vox" and delta > 0


def test_the_hook_as_a_section_is_no_vocal() -> None:
    assert "vocal" not in classify("is the hook too long?").instruments


# the singer as "me"


@pytest.mark.parametrize(
    "question",
    [
        "so its me thats too quiet, not the keys being too loud, yeah?",
        "am i too quiet?",
        "am i getting buried by the guitars?",
        "im too quiet in this right?",
    ],
)
def test_the_singer_asking_about_themself_is_the_lead_vocal(question: str) -> None:
    intent = classify(question)
    assert intent.instruments[0] == "vocal"
    advice = advise_rock(question, VOX_QUIET)
    assert advice.text.startswith("Yes"), advice.text
    track, delta = _first_card(advice)
    assert track == "Lead Vox" and delta > 0


@pytest.mark.parametrize(
    "question", ["am i being too picky about the mix?", "am i overdoing the reverb?", "i cant hear it"]
)
def test_the_asker_as_a_listener_is_no_vocal(question: str) -> None:
    assert "vocal" not in classify(question).instruments


def test_a_claim_then_a_part_ruled_out_is_no_negated_tag() -> None:
    advice = advise_rock("its me thats too loud not the keys right?", VOX_LOUD)
    assert advice.text.startswith("Yes"), advice.text


# a denied claim, then a claim


@pytest.mark.parametrize(
    ("question", "complaint"),
    [
        ("the vocal isn't too quiet, it's too loud right?", "loud"),
        ("the vocal isnt too quiet its too loud yeah?", "loud"),
        ("the vocals aren't too soft, they're way too hot, right?", "loud"),
        ("the vocal isn't too loud, it's too quiet right?", "quiet"),
    ],
)
def test_the_claim_after_a_denied_one_is_asked(question: str, complaint: str) -> None:
    assert classify(question).complaint == complaint
    findings = VOX_LOUD if complaint == "loud" else VOX_QUIET
    advice = advise_rock(question, findings)
    assert advice.text.startswith("Yes"), advice.text
    track, delta = _first_card(advice)
    assert track == "Lead Vox" and (delta < 0) == (complaint == "loud")


def test_a_plain_negated_tag_is_still_negated() -> None:
    question = "the vocal isn't too loud, is it?"
    assert not ruled_out(question, question.index("isn't"))
    assert advise_rock(question, VOX_LOUD).text.startswith("It is, actually")


# an instrument missing beside its would-be stand-in


def _fiddle_session() -> Snapshot:
    snap = soul_snapshot()
    return dataclasses.replace(
        snap,
        tracks=tuple(
            dataclasses.replace(t, name="Fiddle") if t.name == "Strings" else t for t in snap.tracks
        ),
    )


@pytest.mark.parametrize(
    "question", ["does the cello sit ok under the fiddle", "is the cello too loud next to the fiddle?"]
)
def test_a_missing_cello_beside_the_fiddle_is_missing(question: str) -> None:
    text = advise_rock(question, snapshot=_fiddle_session()).text
    assert "no cello" in text
    assert "took it as" not in text


def test_a_cello_alone_still_stands_in_on_the_fiddle() -> None:
    text = advise_rock("is the cello too loud?", snapshot=_fiddle_session()).text
    assert "'Fiddle'" in text
