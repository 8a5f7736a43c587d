""" "How loud should I master this for YouTube?" is answered for YouTube (it was the default target), with the
move for each gap (the gain to reach the target from below, the peaks over the ceiling it names), never "leave it
there" with the peaks over that ceiling; and it is a question of its own after a question about reverb."""

from __future__ import annotations

import pytest
from fakes.analyses import clean
from fakes.band_sessions import context

from companion.context import Turn
from model.answer import compose
from model.intent import classify


def _ask(question: str, lufs: float, peak: float, history: tuple[Turn, ...] = ()):
    return compose(context(question, None, clean(integrated_lufs=lufs, true_peak_dbtp=peak), (), history))


@pytest.mark.parametrize(
    ("question", "head", "gain"),
    [
        ("how loud should i master this for youtube?", "For YouTube, aim for about -14 LUFS", 3.0),
        ("how loud should it be for apple music", "For Apple Music, aim for about -16 LUFS", 1.0),
        (
            "how many lufs for a cd?",
            "For CD, aim for about -10.5 LUFS integrated with peaks at or under -0.3 dBTP",
            7.0,
        ),
    ],
)
def test_the_platform_asked_gets_its_own_target_and_the_gain_to_reach_it(
    question: str, head: str, gain: float
) -> None:
    ans = _ask(question, -17.3, -3.0)
    assert ans.text.startswith(head), ans.text
    assert "you're at -17.3 LUFS and -3.0 dBTP now" in ans.text
    assert f"bring it up about {gain:.0f} dB with a limiter" in ans.text and "leave" not in ans.text
    (card,) = [s for m in ans.moves for s in m.suggestions]
    assert card.action == "limiter" and card.params["input_gain_db"] == gain
    assert "The peaks are" not in ans.text  # -3 dBTP is under every ceiling


def test_peaks_over_the_named_ceiling_are_said_even_when_the_level_is_right() -> None:
    ans = _ask("how loud should i master this for spotify?", -14.2, -0.1)
    assert ans.text.startswith("For Spotify, aim for about -14 LUFS")
    assert "so leave the level there" in ans.text
    assert "at -0.1 dBTP they're over the -1 dBTP ceiling" in ans.text


def test_a_quiet_fine_master_is_not_told_louder_gets_turned_down() -> None:
    ans = _ask("what's my loudness?", -17.3, -3.0)
    assert "turned down again" not in ans.text
    assert "It's under Spotify's -14 LUFS, so nothing turns it down" in ans.text
    at_target = _ask("what's my loudness?", -14.2, -3.0)
    assert "Pushing it louder would only get it turned down again." in at_target.text


def test_how_loud_for_a_platform_after_a_reverb_question_is_its_own_question() -> None:
    history = (
        Turn("user", "is there too much reverb?", None, None),
        Turn("assistant", "Can't tell.", None, None),
    )
    own = classify("how loud should i master this for youtube?", history)
    assert own.technique is None and not own.follow_up
    leaning = classify("how loud should it be?", history)  # "it": the reverb just asked about
    assert leaning.technique == "reverb" and leaning.follow_up
    ans = _ask("how loud should i master this for youtube?", -17.3, -3.0, history)
    assert ans.text.startswith("For YouTube, aim for about -14 LUFS"), ans.text
