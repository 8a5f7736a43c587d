""" "did that help?" when the clip before is another song: the two sessions' tracks differ (under half the names
shared, or not one GUID), or two whole bounces differ clearly in length; comparing them says nothing, so the
answer says so and judges the current song instead. Two clips of one session are still compared."""

from __future__ import annotations

import dataclasses

from fakes.analyses import clean
from fakes.band_sessions import context, level_finding, rock_snapshot, soul_snapshot, with_fader

from companion.context import EarlierClip
from model.other_song import two_songs_head
from model.rules import RulesAdvisor


def _ask(snapshot, previous, findings=(), analysis=None):  # type: ignore[no-untyped-def]
    ctx = context("did that help?", snapshot, analysis or clean(), tuple(findings), previous=previous)
    return RulesAdvisor().advise(ctx)


def test_another_session_is_two_songs_and_the_current_one_is_judged() -> None:
    before = EarlierClip(
        "what do you hear?", clean(), (level_finding("Bass", "basses", 8.0),), soul_snapshot()
    )
    ans = _ask(rock_snapshot(), before, [level_finding("Snare", "snares", 10.0)])
    assert ans.text.startswith("Those are two different songs: I can't compare them"), ans.text
    assert (
        "this session has 'Kick', 'Snare' and 'Hats', the last one had 'Drums', 'Bass' and 'Rhodes'"
        in ans.text
    )
    assert "On this one: 'Snare' sits about 10 dB louder" in ans.text
    assert [(s.track, s.params["delta_db"]) for s in ans.suggestions] == [("Snare", -9.0)]


def test_the_same_names_with_no_guid_shared_are_two_songs() -> None:
    rock = rock_snapshot()
    other = dataclasses.replace(
        rock, tracks=tuple(dataclasses.replace(t, guid=t.guid.replace("T", "X")) for t in rock.tracks)
    )
    before = EarlierClip("what do you hear?", clean(), (), other)
    assert two_songs_head(context("did that help?", rock, clean(), previous=before)) is not None


def test_one_session_after_a_fader_move_is_still_compared() -> None:
    rock = rock_snapshot()
    before = EarlierClip("is the snare too loud?", clean(), (level_finding("Snare", "snares", 10.0),), rock)
    ans = _ask(with_fader(rock, "Snare", -9.0, -28.0), before)
    assert ans.text.startswith("Yes: the 'Snare' sitting too loud is gone."), ans.text
    assert "two different songs" not in ans.text


def test_two_bounces_of_clearly_different_length_are_two_songs() -> None:
    before = EarlierClip("what do you hear?", clean(duration_s=182.0), (), None)
    head = two_songs_head(context("did that help?", None, clean(duration_s=95.0), previous=before))
    assert head is not None and head.startswith(
        "Those look like two different songs (this clip runs 95 s, the last one 182 s)"
    )
    same = EarlierClip("what do you hear?", clean(duration_s=182.0), (), None)
    assert two_songs_head(context("did that help?", None, clean(duration_s=182.4), previous=same)) is None
    captures = EarlierClip("what do you hear?", clean(duration_s=20.0), (), None)
    assert two_songs_head(context("did that help?", None, clean(duration_s=12.0), previous=captures)) is None
