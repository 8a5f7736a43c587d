"""A genre named in the question is the song's genre: "is the low end too much for rock?" is judged against rock
mixes, not against "every family, as no genre was given"; a genre word used otherwise is no genre."""

from __future__ import annotations

import pytest
from fakes.sample_context import stereo_clip

from companion.app import Companion
from companion.listening.genre_words import genre_in_question
from model.rules import RulesAdvisor


@pytest.mark.parametrize(
    ("question", "genre"),
    [
        ("is the low end too much for rock", "rock"),
        ("it's a jazz tune, is the top ok", "jazz"),
        ("is this ok for hip hop?", "hip-hop"),
        ("my r&b song sounds thin", "r&b"),
        ("genre: drum and bass. too much sub?", "drum-and-bass"),
        ("its kinda lo-fi, is the top ok", "lo-fi"),
        ("is the low end ok for my EDM track", "edm"),
        ("does it work for a pop ballad", "pop-ballad"),
        ("how is my acoustic song", "acoustic"),
        ("the snare should pop more", None),
        ("rock solid low end?", None),
        ("is the piano too loud", None),
        ("is it ok for acoustic guitar", None),
        ("recorded this in my garage, is it boomy", None),
        ("is it loud enough for spotify", None),
        ("it's a bit much on the soul side of things", None),
        ("is the low end ok on all tracks", None),
        ("is it too sparse a mix", None),  # "too sparse": an adjective, not the family
    ],
)
def test_genre_in_question(question: str, genre: str | None):
    assert genre_in_question(question) == genre


def test_the_companion_takes_the_genre_said_and_keeps_it():
    companion = Companion(advisor=RulesAdvisor())
    first = companion.ask("what do you hear?", clip=stereo_clip(6.0))
    assert first.context.genre is None and first.context.analysis.genre_family == "all"
    told = companion.ask("is the low end too much for rock?", clip=stereo_clip(6.0))
    assert told.context.genre == "rock" and told.context.analysis.genre_family == "popular"
    later = companion.ask("and the highs?", clip=stereo_clip(6.0))  # the same song: still rock
    assert later.context.genre == "rock" and later.context.analysis.genre_family == "popular"


def test_a_genre_given_up_front_is_replaced_only_by_one_the_question_names():
    companion = Companion(advisor=RulesAdvisor(), genre="jazz")
    assert companion.ask("is the low end ok?", clip=stereo_clip(6.0)).context.genre == "jazz"
    assert companion.ask("is it ok for a techno track?", clip=stereo_clip(6.0)).context.genre == "techno"
