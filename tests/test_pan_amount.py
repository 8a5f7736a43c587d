"""How far a part is panned, asked about its own pan ("are the hats panned too far?"): judged against the middle
half of the pans engineers used for that role in MixologyDB, in the question's terms. Before, the answer was the
"should I pan it?" verdict ("Yes, a little: 35% of hi-hats sat dead centre") for a hat panned right at the median,
and "is the organ panned wide enough?" got a level answer."""

from __future__ import annotations

import dataclasses

import pytest
from fakes.band_sessions import advise_rock, rock_snapshot

from companion.knowledge.priors import starting_points


def _moved(name: str, pan: float):
    snap = rock_snapshot()
    tracks = tuple(dataclasses.replace(t, pan=pan) if t.name == name else t for t in snap.tracks)
    return dataclasses.replace(snap, tracks=tracks)


def test_a_pan_inside_the_usual_spread_is_fine_in_the_questions_terms():
    hats = starting_points("hihat").pan.abs_pan
    assert hats is not None and hats.q1 <= 0.3 <= hats.q3  # the rock session's 'Hats' at 30% right: inside
    text = advise_rock("are the hats panned too far?").text
    assert text.startswith("No: 'Hats' panned 30% right sits inside what engineers did with hi-hats"), text
    assert f"a median {hats.median * 100:.0f}% to one side" in text, text
    assert advise_rock("are the hats panned wide enough?").text.startswith("Yes: 'Hats' panned 30% right"), (
        "enough"
    )


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("is the keys panned wide enough", "No, closer to the centre than most: 'Keys' is panned 20% right"),
        (
            "are the keys panned too centred?",
            "Yes, closer to the centre than most: 'Keys' is panned 20% right",
        ),
        ("are the keys panned too far", "No, closer to the centre than most"),
    ],
)
def test_a_pan_closer_in_than_most(question: str, opening: str):
    keys = starting_points("keys").pan.abs_pan
    assert keys is not None and keys.q1 - 0.05 > 0.2  # the premise: 20% is closer in than the middle half
    text = advise_rock(question).text
    assert text.startswith(opening), text


def test_a_role_engineers_keep_centred():
    assert advise_rock("is the kick too far left?").text.startswith(
        "No: 'Kick' is centred, where engineers keep"
    )
    text = advise_rock("is the kick panned too far?", snapshot=_moved("Kick", -0.5)).text
    assert text.startswith("Yes: 'Kick' is panned 50% left, and engineers keep kick drums centred."), text


def test_whether_to_pan_at_all_keeps_its_own_answer():
    assert advise_rock("should i pan the keys?").text.startswith(
        "Yes: in 90 real mixes (MixologyDB), 5% of 95 keys"
    )


def test_a_low_end_part_asked_mono_is_its_pan_and_the_low_end_correlation():
    """ "is the bass in mono?" used to get "No: nothing I measured says 'Bass' is out of line" (a level answer, and
    a no for a centred bass)."""
    from fakes.analyses import clean

    from model.intent import classify

    assert classify("is the bass in mono").complaint is None  # a state wanted, not a narrow-mix complaint
    analysis = clean()
    text = advise_rock("is the bass in mono", analysis=analysis).text
    low = analysis.stereo.low_end_correlation
    assert text.startswith(
        f"Yes: 'Bass' is centred (pan 0). Below 150 Hz the whole mix's channels correlate {low:.2f}"
    )
    off = advise_rock("is the kick centred?", snapshot=_moved("Kick", 0.4)).text
    assert off.startswith("No: 'Kick' is panned 40% right."), off
    assert (
        "too loud" in advise_rock("is the bass too loud in mono?").text
    )  # a level asked in mono stays a level
