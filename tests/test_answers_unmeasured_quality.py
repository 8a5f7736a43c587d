""" "How do I make the kick punchier?" with no clip or with only the stereo mix gets the punch move (a compressor
whose slower attack lets the hit through, with what engineers ran on kick drums), not what a compressor is in
general nor only "I can't measure the kick alone"."""

from __future__ import annotations

import pytest
from fakes.analyses import clean
from fakes.band_sessions import context

from model.answer import compose

GENERIC = "A compressor turns a sound down"


@pytest.mark.parametrize(
    ("question", "who", "why"),
    [
        ("how do I make the kick punchier?", "On kick drums, engineers ran a median", "slower attack"),
        ("how can i get my snare to hit harder", "On snares, engineers ran a median", "slower attack"),
    ],
)
def test_punch_without_a_clip_is_the_slow_attack_move(question: str, who: str, why: str) -> None:
    text = compose(context(question, None, None)).text
    assert text.startswith(who)
    assert why in text and GENERIC not in text
    assert "Nothing was listened to" in text


@pytest.mark.parametrize(
    ("question", "who", "why"),
    [
        ("how do I make the kick punchier?", "On kick drums, engineers ran a median", "slower attack"),
        ("how do i tighten up the bass", "On basses, engineers ran a median", "faster release"),
    ],
)
def test_punch_on_the_stereo_mix_alone_leads_with_the_craft(question: str, who: str, why: str) -> None:
    text = compose(context(question, None, clean())).text
    assert text.startswith(who)
    assert why in text
    assert "no REAPER session" in text


def test_tightness_without_a_clip_is_answered_from_knowledge() -> None:
    """ "how do i tighten up the bass" named no complaint, so it was sent off as "nothing to listen to"."""
    from model.answer import needs_listening

    assert not needs_listening("how do i tighten up the bass")
    assert needs_listening("is the bass too loud?")  # a verdict still needs the mix
    text = compose(context("how do i tighten up the bass", None, None)).text
    assert text.startswith("On basses, engineers ran a median") and "faster release" in text


@pytest.mark.parametrize(
    ("question", "opening", "area"),
    [
        ("any tips for a warmer vocal", "On lead vocals, that's the fullness range, 150 Hz-250 Hz", "194 Hz"),
        (
            "how do i make the guitars clearer",
            "On electric guitars, that's the presence range, 1.3 kHz-2 kHz",
            "1.61 kHz",
        ),
        ("how do i make the snare brighter", "On snares, that's the wires range, 6 kHz-10 kHz", "7.75 kHz"),
        ("how do i eq the vocal to be warmer", "On lead vocals, that's the fullness range", "194 Hz"),
    ],
)
def test_an_eq_quality_without_a_clip_is_the_lift_in_the_parts_own_range(
    question: str, opening: str, area: str
) -> None:
    """Warmth, clarity and brightness are EQ qualities: the lift where the instrument carries them (its named
    area, centred at the area's geometric middle), not a compressor's settings nor what an EQ is in general."""
    from model.answer import needs_listening

    assert not needs_listening(question)
    text = compose(context(question, None, None)).text
    assert text.startswith(opening), text
    assert f"around {area}" in text and "engineers ran a median" not in text
    assert "Nothing was listened to" in text


def test_an_eq_quality_on_a_part_without_that_range_gets_no_invented_lift() -> None:
    """Horns have no body/fullness area in the frequency table: no lift is made up for "warmer" horns."""
    text = compose(context("how do i make the horns warmer", None, None)).text
    assert "that's the" not in text and "broad lift" not in text
