""" "How do I get more depth, like the band is in a room?" gets the depth craft on the user's session (a shared
room on a send with its pre-delay and decay labelled as common practice, which tracks are dry or already send to a
reverb, which parts go back and which stay in front, distance as quieter and darker, a mono check), a part measured
too loud first; it was "Honestly, nothing in the numbers needs fixing" with no how-to at all."""

from __future__ import annotations

import dataclasses

import pytest
from fakes.analyses import clean
from fakes.band_sessions import context, level_finding, rock_snapshot, soul_snapshot

from benchmarks.answer_numbers import check_numbers
from companion.context import Advice, Fx, FxParam, Send, Snapshot
from model.answer import compose, needs_listening
from model.checks import check_answer
from model.depth_craft import asks_depth

Q = "how do i get more depth, like the band is in a room, not glued to my face"
VERB = Fx(0, "VST: ReaVerbate (Cockos)", True, (FxParam(0, "Wet", 0.5, "-18.0 dB"),))


@pytest.mark.parametrize(
    "question",
    [
        Q,
        "how can i make the mix sound more 3d",
        "the mix feels flat, how do i get some front to back",
        "how do i push the strings further back",
        "i want it to sound like we're all playing in one room",
        "how do i get the vocal less in your face",
        "how to get a wider soundstage",
    ],
)
def test_depth_is_read_in_the_words_amateurs_use(question: str) -> None:
    assert asks_depth(question)


@pytest.mark.parametrize(
    "question",
    [
        "the kick has no depth",  # its weight down low
        "the vocal sounds like it's in a tiny room",  # too much room: a complaint
        "the vocal sits further back than the guitars",  # a part too low
        "the vocal is not in your face enough",
        "increase the depth of the chorus",  # a modulation setting
        "how do i make room for the vocal",  # EQ space
    ],
)
def test_a_low_weight_a_room_complaint_or_a_level_is_not_depth(question: str) -> None:
    assert not asks_depth(question)


def _with_verb_return(snapshot: Snapshot, sender: str) -> Snapshot:
    """The session with a 'Verb Bus' return (ReaVerbate) that ``sender`` feeds at -10 dB."""
    tracks = [
        dataclasses.replace(t, sends=(Send("{R}", "Verb Bus", -10.0),)) if t.name == sender else t
        for t in snapshot.tracks
    ]
    verb = dataclasses.replace(
        snapshot.tracks[0], guid="{R}", index=len(tracks) + 1, name="Verb Bus", fx=(VERB,)
    )
    return dataclasses.replace(snapshot, tracks=(*tracks, verb))


def test_a_clean_dry_session_gets_the_room_craft_naming_its_tracks() -> None:
    ans = compose(context(Q, soul_snapshot(), clean()))
    text = ans.text
    assert text.startswith("For depth, put the band in one shared room: a room or plate reverb"), text
    assert "pre-delay 10-30 ms, decay 0.8-1.5 s (common practice)" in text
    assert "Nothing in this session has a reverb yet: every track is dry." in text
    assert "Send more from what sits back ('Rhodes', 'Strings' and 'Horns')" in text
    assert "little from what stays in front ('Lead Vocal', 'Bass' and 'Drums')" in text
    assert "mute the return for a bar" in text and "Honestly" not in text
    assert ans.moves == [] and len(text.split()) <= 120


def test_a_session_with_a_reverb_return_is_told_to_use_it() -> None:
    text = compose(context(Q, _with_verb_return(rock_snapshot(), "Gtr L"), clean())).text
    assert "You already have 'Verb Bus' as a reverb return: make that the room" in text, text
    assert "('Gtr L' has a send to 'Verb Bus' at -10.0 dB)" in text
    assert "'Kick', 'Snare' and 'Hats' are dry" in text


def test_a_part_too_loud_comes_first_with_its_fader_card() -> None:
    finding = level_finding("Lead Vocal", "lead vocals", 11.0, 8.0)
    ans = compose(context(Q, soul_snapshot(), clean(), (finding,)))
    assert ans.text.startswith(
        "Balance first, since no reverb pulls back a part this far forward: 'Lead Vocal' sits about 11 dB louder"
    ), ans.text
    assert "Then, for depth, put the band in one shared room" in ans.text
    assert [(s.track, s.params) for m in ans.moves for s in m.suggestions] == [
        ("Lead Vocal", {"delta_db": -10.0})
    ]


def test_a_part_asked_to_sit_back_is_the_one_sent_more() -> None:
    text = compose(context("how do i push the strings further back", soul_snapshot(), clean())).text
    assert (
        "Send more from 'Strings' than from what stays in front ('Lead Vocal', 'Bass' and 'Drums')." in text
    )


def test_every_number_said_is_measured_or_labelled_craft() -> None:
    finding = level_finding("Lead Vocal", "lead vocals", 11.0, 8.0)
    ctx = context(Q, soul_snapshot(), clean(), (finding,))
    ans = compose(ctx)
    advice = Advice(ans.text, tuple(s for m in ans.moves for s in m.suggestions))
    assert all(c.ok for c in check_numbers(ctx, advice))
    assert all(c.ok for c in check_answer(ans.text, ctx))


def test_depth_needs_no_clip_and_says_nothing_was_listened_to() -> None:
    assert not needs_listening("how do i get more depth in my mix?")
    text = compose(context("how do i get more depth in my mix?", None, None)).text
    assert text.startswith("For depth, put the band in one shared room"), text
    assert "Nothing was listened to for this answer: this is the craft." in text
    assert "(pads, strings, backing vocals)" in text


def test_a_yes_no_on_a_dry_session_says_what_the_session_shows() -> None:
    text = compose(context("does the mix have enough depth?", soul_snapshot(), clean())).text
    assert text.startswith("Probably short on it: nothing in this session has a reverb yet"), text
    assert text.count("Nothing in this session has a reverb") == 0
