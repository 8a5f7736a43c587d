""" "Should I drop the guitar 3 or 6 dB?" was answered "Yes: ..." with the move's own size: a yes to an either/or.
The nearer size is picked against the card; neither when the part needs no fader move, or goes the other way."""

from __future__ import annotations

import pytest
from fakes.band_sessions import advise_rock, level_finding

from model.size_choice import offered_sizes


@pytest.mark.parametrize(
    ("question", "sizes"),
    [("should i drop the left guitar 3 or 6 dB", (3.0, 6.0)), ("should it be -3 or -6", (3.0, 6.0)),
     ("like 3 dB or more like 8", (3.0, 8.0)), ("fiddle down 4 or 8 db?", (4.0, 8.0)),
     ("cut at 2 or 4 kHz?", None), ("ratio 3 or 4 on the vocal?", None), ("is 2 dB enough", None)],
)  # fmt: skip
def test_two_level_sizes_offered(question: str, sizes: tuple[float, float] | None) -> None:
    assert offered_sizes(question) == sizes


def test_the_nearer_size_is_picked_and_the_card_keeps_its_own() -> None:
    advice = advise_rock(
        "should i drop the left guitar 3 or 6 dB", [level_finding("Gtr L", "electric guitars", 6.0)]
    )
    assert advice.text.startswith("Closer to 6 than 3: about 5 dB."), advice.text
    assert advice.suggestions[0].track == "Gtr L" and advice.suggestions[0].params["delta_db"] == -5.0


def test_a_part_the_other_way_gets_neither() -> None:
    advice = advise_rock("should i cut the bass 2 or 4 dB", [level_finding("Bass", "basses", -10.0)])
    assert advice.text.startswith("Neither: it needs to go up, not down."), advice.text
    assert advice.suggestions[0].params["delta_db"] > 0


def test_a_part_in_place_gets_neither() -> None:
    advice = advise_rock("should the keys come down 3 or 6 dB")
    assert advice.text.startswith("Neither"), advice.text
    assert not any(s.track == "Keys" and "delta_db" in s.params for s in advice.suggestions)
