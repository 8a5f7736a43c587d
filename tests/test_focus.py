"""Which tracks a question means: by name, by role, by family, inside a drum stem, or not in the session."""

from __future__ import annotations

import pytest
from fakes.band_sessions import rock_snapshot, soul_snapshot

from model.focus import is_pair, resolve_word, understand
from model.intent import classify
from model.session_view import SessionView

SOUL = SessionView(soul_snapshot())
ROCK = SessionView(rock_snapshot())


@pytest.mark.parametrize(
    ("session", "word", "said", "how", "tracks", "inside"),
    [
        (SOUL, "vocal", "vocal", "name", ["Lead Vocal"], None),
        (SOUL, "horns", "horns", "name", ["Horns"], None),
        (SOUL, "strings", "strings", "name", ["Strings"], None),
        (SOUL, "piano", "piano", "role", ["Rhodes"], None),  # no piano, but the Rhodes is the keys
        (SOUL, "kick", "kick", "inside", [], "Drums"),  # the kick plays inside the drum stem
        (SOUL, "snare", "snare", "inside", [], "Drums"),
        (SOUL, "guitar", "guitars", "missing", [], None),
        (SOUL, "drums", "drums", "role", ["Drums"], None),
        (ROCK, "vocal", "vox", "name", ["Lead Vox"], None),
        (ROCK, "vocal", "vocal", "role", ["Lead Vox"], None),
        (ROCK, "kick", "kick", "name", ["Kick"], None),
        (ROCK, "drums", "drums", "role", ["Kick", "Snare", "Hats"], None),
        (ROCK, "guitar", "guitars", "role", ["Gtr L", "Gtr R"], None),
        (ROCK, "hi-hat", "hats", "name", ["Hats"], None),
        (ROCK, "horns", "horns", "missing", [], None),
    ],
)
def test_resolve_word(session, word, said, how, tracks, inside):
    asked = resolve_word(word, said, session)
    assert asked.how == how
    assert [rt.name for rt in asked.tracks] == tracks
    assert (asked.inside.name if asked.inside else None) == inside


def test_no_session_is_said():
    asked = resolve_word("kick", "kick", SessionView(None))
    assert asked.how == "no_session" and not asked.found


def test_pairs_are_one_part():
    gtr = resolve_word("guitar", "guitars", ROCK).tracks
    assert is_pair(gtr)
    assert not is_pair(tuple(rt for rt in ROCK.tracks if rt.name in ("Kick", "Snare")))


def test_understand_keeps_the_order_of_the_question():
    focus = understand(classify("the strings are drowning out the vocal"), SOUL)
    assert [a.word for a in focus.asked] == ["strings", "vocal"]
    assert [rt.name for rt in focus.tracks] == ["Strings", "Lead Vocal"]
    assert focus.missing == ()
    focus = understand(classify("how do I make the guitars sound wider?"), SOUL)
    assert [a.word for a in focus.missing] == ["guitar"]
