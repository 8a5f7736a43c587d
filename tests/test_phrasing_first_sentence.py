"""``first_sentence``: the measured part of a finding's summary, never a heading cut from its measurement."""

from __future__ import annotations

from model.phrasing import first_sentence


def test_the_meaning_after_a_semicolon_or_colon_is_cut():
    problem = (
        "The low end (below 100 Hz): 15.1 dB heavier, like a low-shelf boost; it booms and eats headroom."
    )
    assert first_sentence(problem) == "The low end (below 100 Hz): 15.1 dB heavier, like a low-shelf boost."
    mono = "Below 150 Hz the channels only correlate 0.44: it is spread or out of phase."
    assert first_sentence(mono) == "Below 150 Hz the channels only correlate 0.44."


def test_a_colon_heading_the_second_sentence_keeps_that_sentence():
    lean = "The mix leans boomy. The low end (below 100 Hz): 8.4 dB heavier, like a low-shelf boost. Say the genre."
    # before: "The mix leans boomy. The low end (below 100 Hz)." - a heading with its number cut off
    assert (
        first_sentence(lean)
        == "The mix leans boomy. The low end (below 100 Hz): 8.4 dB heavier, like a low-shelf boost."
    )
    assert first_sentence("A lead. A heading (x: y): 3 dB") == "A lead. A heading (x: y): 3 dB."
