"""A loudness the asker proposes ("should i master to -9 like the pros?", "is -10 lufs too loud for spotify?") is
judged as that number at the destination asked, then where the mix is now; a fader number on a track is not one."""

from __future__ import annotations

import pytest
from fakes.band_sessions import advise_rock

from model.proposed_loudness import proposed_lufs


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("should i master to -9 like the pros", -9.0),
        ("is -10 lufs too loud for spotify?", -10.0),
        ("is −10.5 LUFS ok", -10.5),
        ("should i push it to -8", -8.0),
        ("mastering it at -11 for the cd", -11.0),
        ("should i pull the bass to -8", None),
        ("is the kick at -8 db ok", None),
        ("master to -9 db", None),
        ("cut 3 db at 300 hz", None),
    ],
)
def test_a_proposed_loudness_is_a_negative_lufs_or_a_master_pushed_to_a_number(
    text: str, value: float | None
) -> None:
    assert proposed_lufs(text) == value


def test_mastering_louder_than_spotify_is_turned_down_by_the_gap() -> None:
    text = advise_rock("should i master to -9 like the pros").text
    assert text.startswith("No, not for Spotify: mastered to hit -9 LUFS, it gets turned down to Spotify's -14 LUFS,"
                           " about 5 dB"), text  # fmt: skip
    assert "CD or club convention" in text
    assert text.endswith("You're at -14.2 LUFS integrated now.")


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("is -10 lufs too loud for spotify?", "Yes, for Spotify: mastered to hit -10 LUFS"),
        ("is -18 lufs too quiet for youtube?", "Yes, for YouTube: it plays songs at YouTube's -14 LUFS"),
        (
            "is -14 lufs right for spotify?",
            "Yes: mastered to hit -14 LUFS, it plays at the level you mastered it",
        ),
        ("is -14 lufs too quiet for spotify?", "No: mastered to hit -14 LUFS"),
        ("mastering to -9 for the cd, ok?", "Yes: mastered to hit -9 LUFS, it's inside the -12 to -9 LUFS"),
        (
            "is -6 lufs ok for a cd?",
            "Not really: mastered to hit -6 LUFS, it's louder than the -12 to -9 LUFS",
        ),
        ("im gonna crank it to -7 lufs", "No, not for Spotify: mastered to hit -7 LUFS"),
    ],
)
def test_the_verdict_answers_the_number_at_the_destination_asked(question: str, opening: str) -> None:
    text = advise_rock(question).text
    assert text.startswith(opening), text


def test_a_fader_number_on_a_track_is_not_a_master_loudness() -> None:
    text = advise_rock("should i pull the bass to -8").text
    assert "LUFS" not in text.split(".")[0] and "'Bass'" in text
