""" "Will that make the mix too loud?" after a fader move is about that move: its track's meter and the mix's
loudness give what the move adds (tracks sum in power), said as an estimate, with the check on the master meter."""

from __future__ import annotations

import dataclasses

import pytest
from fakes.analyses import clean
from fakes.band_sessions import context, level_finding, rock_snapshot

from companion.context import TrackLevel, Turn
from model.move_loudness import WILL_IT_Q, mix_rise_db
from model.rules import RulesAdvisor


def test_a_track_far_under_the_mix_barely_moves_it_and_one_as_loud_as_the_mix_does() -> None:
    assert mix_rise_db(-14.0, -34.0, 6.0) == pytest.approx(0.128, abs=1e-3)  # 1 % of the power gains 3 %
    assert mix_rise_db(-14.0, -17.0, 6.0) == pytest.approx(
        3.97, abs=0.01
    )  # half of it, times 4: 2.5x the mix
    assert mix_rise_db(-14.0, -17.0, -6.0) < 0


@pytest.mark.parametrize(
    "question",
    [
        "will that make the mix too loud?",
        "wont that make it clip?",
        "would doing that push the master into the red",
    ],
)
def test_questions_about_what_the_move_does_to_the_mix(question: str) -> None:
    assert WILL_IT_Q.search(question)


def test_the_move_just_given_is_what_the_loudness_question_is_about() -> None:
    snap = rock_snapshot()
    snap = dataclasses.replace(
        snap,
        tracks=tuple(
            dataclasses.replace(t, level=TrackLevel(-30.0, -22.0, 16.0, lufs=-34.0))
            if t.name == "Keys"
            else t
            for t in snap.tracks
        ),
    )
    findings = (level_finding("Keys", "keys", -9.0, -22.0),)
    analysis = clean(integrated_lufs=-14.2, true_peak_dbtp=-1.6)
    advisor = RulesAdvisor()
    first = advisor.advise(context("are the keys too quiet?", snap, analysis, findings))
    (card,) = [s for s in first.suggestions if s.track == "Keys"]
    gain = card.params["delta_db"]
    history = (Turn("user", "are the keys too quiet?"), Turn("assistant", first.text))
    after = advisor.advise(context("will that make the mix too loud?", snap, analysis, findings, history))
    rise = mix_rise_db(-14.2, -34.0, gain)
    assert after.text.startswith(
        f"No: up {gain:g} dB on 'Keys' (its meter reads -34.0 LUFS, the mix -14.2 LUFS)"
    )
    assert f"raises the whole mix by roughly {rise:.1f} dB, an estimate" in after.text
    assert "-1.6 dBTP" in after.text and not after.suggestions


@pytest.mark.parametrize(
    "question", ["is it clipping?", "does it sound too loud?", "is the master in the red?"]
)
def test_questions_about_the_mix_now_are_not_about_a_move(question: str) -> None:
    assert not WILL_IT_Q.search(question)
