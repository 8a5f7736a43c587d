"""Question shapes of the opening verdict and the distance asked: "which one is louder?" with two parts under a
decibel apart is "about the same level", not a named louder one."""

from __future__ import annotations

from fakes.band_sessions import advise_rock, rock_snapshot, with_fader


def test_two_parts_under_a_decibel_apart_are_about_the_same_level() -> None:
    snap = with_fader(rock_snapshot(), "Snare", 0.0, -18.4)  # 'Kick' -18.0 dB, 'Snare' -18.4 dB: 0.4 dB apart
    text = advise_rock("which one is louder, the kick or the snare", snapshot=snap).text
    assert text.startswith("About the same level:"), text
    assert "0.4 dB apart" in text
    assert "is the louder one" not in text


def test_two_parts_several_decibels_apart_still_name_the_louder_one() -> None:
    text = advise_rock("which one is louder, the kick or the hats").text  # -18.0 against -27.0 dB
    assert text.startswith("'Kick' is the louder one:"), text
