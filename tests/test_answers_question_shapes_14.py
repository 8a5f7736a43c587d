"""Question shapes from the last tuning round (issue 10), fixed as rules an engineer would state: two parts named
as alternatives and ranked by level ("is the vocal or the snare on top?") ask which is louder; a question about a
region of the spectrum ("does the low end feel right?") is judged on that region; a why with a guessed cause that
is not it says so and names the measured one; "the weakest part" of a mix with only a lean reads as a pick."""

from __future__ import annotations

from fakes.band_sessions import advise_rock, level_finding


def test_two_parts_ranked_by_level_answer_with_both_meters():
    snare_loud = level_finding("Snare", "snares", 10.0)
    for q in (
        "is the vocal or the snare on top?",
        "is the snare or the vocal louder?",
        "is the vocal or the snare more up front",
    ):
        text = advise_rock(q, (snare_loud,)).text
        # the meters as they read (the vocal's -13 dBFS over the snare's -19), then the snare's own finding
        assert text.startswith(
            "'Lead Vox' is the louder one: its meter reads -13.0 dBFS peak against -19.0 dBFS peak for 'Snare'."
        ), (q, text)
        assert "'Snare' sits about 10 dB louder" in text, (q, text)
