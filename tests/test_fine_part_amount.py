""" "How many dB should I turn the bass down?" with the bass measured in place was answered "About 3 dB: bring the
fader on 'Bass' down about 3 dB. Nothing I measured says 'Bass' is too loud": a size for a move it does not need.
A part measured in place gets "leave it where it is", with no fader card on it."""

from __future__ import annotations

from fakes.band_sessions import advise_rock, level_finding


def test_a_size_asked_the_way_of_a_by_ear_nudge_on_a_fine_part_is_no_size() -> None:
    advice = advise_rock("how many dB should i turn the bass down")
    assert advice.text.startswith("Leave 'Bass' where it is: nothing I measured says it is too loud"), (
        advice.text
    )
    assert not any(s.track == "Bass" and "delta_db" in s.params for s in advice.suggestions)


def test_a_level_asked_with_no_way_on_a_fine_part_says_it_is_in_line() -> None:
    advice = advise_rock("how loud should the keys be")
    assert advice.text.startswith("Leave 'Keys' where it is: nothing I measured says it is out of line"), (
        advice.text
    )
    assert not advice.text.startswith("About")


def test_the_leftover_of_the_route_starts_a_sentence() -> None:
    advice = advise_rock("by how much should i raise the keys")
    assert ". nothing I measured" not in advice.text and "ear. on " not in advice.text, advice.text


def test_a_part_measured_off_the_asked_way_still_gets_its_size() -> None:
    advice = advise_rock(
        "how many dB should i turn the bass down", [level_finding("Bass", "basses", 10.0, 2.0)]
    )
    assert advice.text.startswith("About 9 dB"), advice.text
    assert advice.suggestions[0].track == "Bass" and advice.suggestions[0].params["delta_db"] == -9.0
