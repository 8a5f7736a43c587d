""" "is there reverb on the snare?", "is there a compressor on the bass?", "any eq on the vocal?": a question of
fact about the session, answered yes or no first from the part's plug-ins and sends; a level fault on the part
follows ("But first: ...") with its fader card, not a "Not first:" that answers whether to add one."""

from __future__ import annotations

import pytest
from fakes.band_sessions import advise_rock, level_finding

from model.plugin_presence import asks_plugin


@pytest.mark.parametrize(
    ("question", "technique"),
    [
        ("is there reverb on the snare?", "reverb"),
        ("is there a compressor on the bass?", "compression"),
        ("any eq on the vocal?", "eq"),
        ("does the bass have a compressor?", "compression"),
        ("has the vocal got any eq on it", "eq"),
        ("so any delay on the keys?", "delay"),
    ],
)
def test_a_plugin_asked_as_a_fact(question: str, technique: str) -> None:
    assert asks_plugin(question, technique)


@pytest.mark.parametrize(
    ("question", "technique"),
    [
        ("should I put a compressor on the bass?", "compression"),
        ("any eq tips for the vocal?", "eq"),
        ("is there too much reverb on the snare?", "reverb"),
        ("how do I add reverb to the vocal?", "reverb"),
        ("what compressor settings for the bass?", "compression"),
        ("is there reverb on the snare?", None),
    ],
)
def test_a_move_or_an_amount_is_no_fact_asked(question: str, technique: str | None) -> None:
    assert not asks_plugin(question, technique)


def test_a_compressor_there_is_a_yes_then_the_level_fault_with_its_card() -> None:
    ans = advise_rock("is there a compressor on the snare?", [level_finding("Snare", "snares", 10.0)])
    assert ans.text.startswith("Yes: 'Snare' has ReaComp (Ratio 4.0:1, Thresh -18.0). But first: 'Snare' sits "
                               "about 10 dB louder against the rest of your tracks"), ans.text  # fmt: skip
    assert "Balance comes first: compression won't fix a part sitting at the wrong level" in ans.text
    assert [(s.track, s.params["delta_db"]) for s in ans.suggestions] == [("Snare", -9.0)]


def test_no_reverb_is_a_no_then_the_level_fault_not_a_not_first() -> None:
    ans = advise_rock("is there reverb on the snare?", [level_finding("Snare", "snares", 10.0)])
    assert ans.text.startswith("No: 'Snare' has no reverb (no reverb plug-in and no send to a reverb return). "
                               "But first: 'Snare' sits about 10 dB louder"), ans.text  # fmt: skip
    assert [(s.track, s.params["delta_db"]) for s in ans.suggestions] == [("Snare", -9.0)]


def test_a_compressor_missing_is_a_no_about_the_session_not_what_engineers_do() -> None:
    ans = advise_rock("is there a compressor on the bass?", [])
    assert ans.text.startswith("No: 'Bass' has no compressor on it (no compressor plug-in in its chain). In 90 real "
                               "mixes (MixologyDB), 77% of 118 basses were compressed."), ans.text  # fmt: skip
    assert "most engineers do" not in ans.text and not ans.suggestions


def test_an_eq_there_is_named_and_a_fault_elsewhere_is_not_added() -> None:
    ans = advise_rock("any eq on the bass?", [level_finding("Snare", "snares", 10.0)])
    assert ans.text.startswith("Yes: 'Bass' has ReaEQ."), ans.text
    assert "But first" not in ans.text and not ans.suggestions
