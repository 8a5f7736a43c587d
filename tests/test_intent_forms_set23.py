"""Question shapes from held-out set 23's misses, as rules: an EQ move said with a possessive ("scoop its low mids")
or with the frequency first ("a 300hz dip"), a level that moves over the song ("swell up in the bridge"), a part named
by its pan ("that left-panned gtr") which is not a panning question, and "what's making it woolly?" as a cause."""

from __future__ import annotations

import pytest
from fakes.band_sessions import advise_rock, level_finding

from model.intent import Wants, classify


@pytest.mark.parametrize(
    ("question", "technique"),
    [
        ("keyboard is clogging the mix, should i scoop its low mids", "eq"),
        ("thinking a 300hz dip on the kick drum fixes it?", "eq"),
        ("how do i make the organ swell up in the bridge n back down after", "automation"),
        ("can the pad come up in the chorus", "automation"),
        ("does that left-panned gtr smother the singer round 1k?", None),
        ("is the guitar panned too far left?", "panning"),
    ],
)
def test_technique_words(question: str, technique: str | None):
    assert classify(question).technique == technique, question


def test_whats_making_it_is_a_cause_asked():
    assert classify("whats making this whole thing sound woolly").wants == Wants.WHY
    assert classify("what makes a good mix").wants != Wants.WHY


def test_an_eq_move_asked_on_a_part_too_loud_waits_for_the_fader():
    keys = level_finding("Keys", "keyboards", 10.0)
    text = advise_rock("keyboard is clogging the mix, should i scoop its low mids", (keys,)).text
    assert text.startswith("Not first: 'Keys' sits about 10 dB louder"), text


def test_one_part_drowning_another_is_their_clash():
    """ "does the gtr smother the singer?" named two parts and got only the guitar's level; as a clash the answer
    says what hides the vocal, and when the vocal itself sits far too low, that comes first."""
    from fakes.band_sessions import guitar_masks_vocal

    assert classify("is the guitar drowning out the vocal").complaint == "clash"
    assert classify("is the guitar too loud").complaint == "loud"
    covers = guitar_masks_vocal()
    loud = advise_rock(
        "is the guitar drowning out the vocal", (covers, level_finding("Gtr L", "electric guitars", 10.0))
    )
    assert loud.text.startswith("Yes, but it's level before it's EQ: 'Gtr L' sits about 10 dB louder"), (
        loud.text
    )
    assert "'Gtr L' covers 'Lead Vox'" in loud.text, loud.text
    low = advise_rock(
        "is the guitar drowning out the vocal", (covers, level_finding("Lead Vox", "lead vocals", -10.0))
    )
    assert low.text.startswith(
        "It's the vocal's own level more than the guitar: 'Lead Vox' sits about 10 dB"
    ), low.text


def test_a_tool_guessed_behind_the_burying_keeps_its_own_reading():
    intent = classify("is the sidechain not working? the sub keeps smothering the kick")
    assert intent.technique == "sidechain" and intent.complaint != "clash"
