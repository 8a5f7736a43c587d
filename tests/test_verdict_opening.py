"""The one pattern for an answer's opening (``model.verdict_opening``), which nine last passes used to carry as
their own near-copies: every opening a path writes comes off whole, a plain first sentence never does."""

from __future__ import annotations

import pytest

from model.verdict_opening import opening, without_opening


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Yes: 'Bass' sits about 9 dB louder.", "Yes"),
        ("Yeah, one thing: 'Bass' sits about 9 dB louder.", "Yeah"),
        ("No, the opposite: 'Bass' sits about 9 dB louder.", "No"),
        ("No, I'd leave its fader: 'Bass' sits about 9 dB louder.", "No"),
        ("Not quite, one thing: 'Bass' sits about 9 dB louder.", "Not quite"),
        ("Not really: 'Bass' sits about 9 dB louder.", "Not really"),
        ("Not yet: 'Bass' sits about 9 dB louder.", "Not yet"),
        ("Not the reverb first: 'Bass' sits about 9 dB louder.", "Not"),
        ("Mostly fine, one thing: 'Bass' sits about 9 dB louder.", "Mostly"),
        ("It's fine itself: 'Bass' sits about 9 dB louder.", "It's fine"),
        ("Yes, by 2.5 dB: 'Bass' sits about 9 dB louder.", "Yes"),
        ("One thing: 'Bass' sits about 9 dB louder.", "One thing"),
        ("First thing I notice: 'Bass' sits about 9 dB louder.", "First thing I notice"),
        ("On the mix: 'Bass' sits about 9 dB louder.", "On the mix"),
        ("About 8 dB: bring the fader on 'Bass' down.", "About 8 dB"),
        ("Here's the size: bring the fader on 'Bass' down.", "Here's the size"),
    ],
)
def test_every_opening_a_path_writes_comes_off_whole(text: str, verdict: str) -> None:
    m = opening(text)
    assert m is not None and m.group("verdict") == verdict, text
    rest = without_opening(text)
    assert rest in ("'Bass' sits about 9 dB louder.", "bring the fader on 'Bass' down."), rest


@pytest.mark.parametrize(
    "text",
    [
        "'Bass' sits about 9 dB louder: bring it down.",
        "Nothing I measured says 'Bass' is off: its meter reads -18 dBFS.",
        "No track is off. The bass: its meter reads -18 dBFS.",
        "Notes: the bass sits fine.",
        "Yesterday's mix: the bass sat fine.",
        "",
    ],
)
def test_a_plain_first_sentence_is_never_taken_for_an_opening(text: str) -> None:
    assert opening(text) is None, text
    assert without_opening(text) == text
