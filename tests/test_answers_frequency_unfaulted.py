""" "What frequency should I cut on the guitars?" when nothing measured is wrong with them: the answer says no cut
is called for and still gives the frequencies (where that instrument usually needs a cut, from its named areas,
and how to find the spot), instead of a bare "It's fine" that leaves "which frequency?" unanswered."""

from __future__ import annotations

import re

import pytest
from fakes.band_sessions import context, rock_snapshot

from model.answer import compose
from model.frequency_unfaulted import trouble_areas


@pytest.mark.parametrize(
    ("question", "track", "spots"),
    [
        ("what frequency should i cut on the guitars?", "Gtr L", "mud 400 Hz-600 Hz or fizz 5 kHz-8 kHz"),
        ("where should i cut on the vocal", "Lead Vox", "mud 250 Hz-400 Hz or sibilance 6 kHz-8 kHz"),
        ("which freq should i dip on the snare", "Snare", "mud 250 Hz-400 Hz or ring 400 Hz-900 Hz"),
    ],
)
def test_a_part_with_nothing_wrong_gets_where_it_usually_needs_a_cut(
    question: str, track: str, spots: str
) -> None:
    ans = compose(context(question, rock_snapshot(), None))
    assert ans.text.startswith("No cut is called for by the numbers: nothing I measured says"), ans.text
    assert f"'{track}'" in ans.text
    assert f"usually need a cut in the {spots} range" in ans.text
    assert "sweep a narrow boost" in ans.text and not ans.moves


def test_a_boost_question_gets_no_list_of_cuts() -> None:
    ans = compose(context("which frequency should i boost on the guitars?", rock_snapshot(), None))
    assert "usually need a cut" not in ans.text


@pytest.mark.parametrize(
    ("role", "names"),
    [
        ("bass", ["mud"]),  # no harshness cut where a bass's string attack lives
        ("lead_vocal", ["mud", "sibilance"]),  # nor in a vocal's clarity range
        ("hihat", ["clang"]),
        ("horns", ["mud", "boxiness", "harshness"]),  # no areas of their own: the general ones
    ],
)
def test_trouble_areas_never_cut_what_the_part_is_heard_by(role: str, names: list[str]) -> None:
    assert [a.name for a in trouble_areas(role)] == names
    assert all(re.fullmatch(r"[a-z ]+", n) for n in names)
