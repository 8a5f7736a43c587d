"""Question shapes about comparisons, pairs of parts, hypotheticals and the opening verdict: a new amp or cab
guessed as the fix with no part named, while another part sits at the wrong level, gets "No" and that fader."""

from __future__ import annotations

from fakes.band_sessions import advise_rock, level_finding

SNARE_HOT = level_finding("Snare", "snares", 13.0)
"""The rock session's snare 13 dB over its place: a fader fault on a part the guess does not name."""


def test_a_cab_swap_guessed_with_no_part_named_is_not_the_fix_for_a_snare_too_loud() -> None:
    advice = advise_rock("gonna swap the cab in my amp sim, thats the fix right?", (SNARE_HOT,))
    assert advice.text.startswith("No, not a new amp or cab: 'Snare' sits about 13 dB louder"), advice.text
    assert "A new amp or cab leaves that as it is" in advice.text
    assert advice.suggestions[0].track == "Snare" and advice.suggestions[0].params["delta_db"] == -12.0


def test_which_is_louder_reads_a_part_of_two_tracks_on_both() -> None:
    advice = advise_rock("which is louder, vox or guitar")
    assert advice.text.startswith(
        "'Lead Vox' is the louder one: its meter reads -13.0 dBFS peak against -17.0 dBFS peak for 'Gtr L'; "
        "'Gtr L' is the louder of your 2 guitar tracks ('Gtr R' reads -17.0 dBFS peak)."
    ), advice.text


def test_which_is_quieter_names_the_quieter_part_first() -> None:
    advice = advise_rock("which is quieter, the guitars or the keys?")
    assert advice.text.startswith(
        "'Keys' is the quieter one: its meter reads -22.0 dBFS peak against -17.0 dBFS peak for 'Gtr L'"
    ), advice.text
