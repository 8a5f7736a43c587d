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
