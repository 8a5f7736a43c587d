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
