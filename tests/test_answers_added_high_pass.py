""" "Should I high-pass it too?" after a fader move takes that move as agreed and asks about one more step: yes,
after the fader, at the frequency engineers used on the part's role (with its card after the fader's), or no
need on a part that carries the low end; never "Not the EQ first"."""

from __future__ import annotations

import dataclasses

import pytest
from fakes.analyses import clean
from fakes.band_sessions import context, level_finding, rock_snapshot

from companion.context import Fx, FxParam, Snapshot, Turn
from companion.knowledge.priors import starting_points
from model.added_high_pass import ADDED
from model.rules import RulesAdvisor


def _after(
    first_q: str, question: str, track: str, role: str, deviation_db: float, snap: Snapshot | None = None
):
    """The advisor's answer to ``question`` asked right after ``first_q`` on the rock session (or ``snap``) with
    one level fault on ``track``."""
    snap, analysis = snap or rock_snapshot(), clean()
    findings = (level_finding(track, role, deviation_db),)
    advisor = RulesAdvisor()
    first = advisor.advise(context(first_q, snap, analysis, findings))
    history = (Turn("user", first_q), Turn("assistant", first.text))
    return first, advisor.advise(context(question, snap, analysis, findings, history))


@pytest.mark.parametrize(
    "question",
    ["should i high pass it too?", "should i also high-pass it", "and a high-pass?", "hpf on it as well?"],
)
def test_a_high_pass_asked_on_top_of_a_move(question: str) -> None:
    assert ADDED.search(question)


@pytest.mark.parametrize("question", ["should i high pass it?", "is the high pass too high on it"])
def test_a_high_pass_asked_alone_is_no_addition(question: str) -> None:
    assert not ADDED.search(question)


def test_a_guitar_gets_its_high_pass_after_the_fader() -> None:
    first, ans = _after(
        "is the guitar too loud?", "should i use a high pass on it too?", "Gtr L", "electric guitars", 9.0
    )
    hz = starting_points("electric_guitar").hpf_hz
    assert hz is not None
    assert ans.text.startswith(
        f"Yes, after the fader: engineers high-passed electric guitars around {hz.median:.0f} Hz"
    )
    fader, hp = ans.suggestions
    assert fader == next(s for s in first.suggestions if s.action == "nudge_volume_db")
    assert (hp.action, hp.track, hp.params["freq_hz"]) == ("high_pass", "Gtr L", round(hz.median / 5.0) * 5)
    assert f"high-pass it at about {hp.params['freq_hz']} Hz" in ans.text and "Not the EQ" not in ans.text


def test_a_bass_needs_no_high_pass_and_keeps_its_fader_move() -> None:
    _, ans = _after("is the bass too loud?", "should i high pass it too?", "Bass", "basses", 10.0)
    sp = starting_points("bass")
    assert ans.text.startswith("No need: 'Bass' carries the low end")
    assert f"only {sp.hpf_share:.0%} of {sp.n_tracks} basses" in ans.text
    assert [(s.action, s.track) for s in ans.suggestions] == [("nudge_volume_db", "Bass")]


def test_without_too_the_fader_still_comes_first() -> None:
    _, ans = _after("is the guitar too loud?", "should i high pass it?", "Gtr L", "electric guitars", 9.0)
    assert ans.text.startswith("Not") and not ans.text.startswith("Yes, after the fader")


def test_another_part_named_is_not_the_part_just_moved() -> None:
    _, ans = _after("is the bass too loud?", "should i high pass the guitars too?", "Bass", "basses", 10.0)
    assert not ans.text.startswith(("No need: 'Bass'", "Yes, after the fader"))


def test_a_high_pass_already_in_the_parts_eq_is_the_one_to_set() -> None:
    hp_eq = Fx(0, "ReaEQ (Cockos)", True, (FxParam(0, "Type-Band 1", 0.1, "High Pass"),))
    snap = rock_snapshot()
    snap = dataclasses.replace(
        snap,
        tracks=tuple(dataclasses.replace(t, fx=(hp_eq,)) if t.name == "Gtr L" else t for t in snap.tracks),
    )
    _, ans = _after("is the guitar too loud?", "hpf on it as well?", "Gtr L", "electric guitars", 9.0, snap)
    assert ans.text.startswith("Yes, after the fader")
    assert "Your 'Gtr L' already has a high-pass in its EQ: set that one." in ans.text


def _with_high_pass_at(freq: str) -> Snapshot:
    """The rock session with 'Gtr L''s ReaEQ high-passing at ``freq`` (as REAPER formats the parameter)."""
    hp_eq = Fx(0, "VST: ReaEQ (Cockos)", True, (FxParam(0, "Freq-High Pass 1", 0.2, freq),))
    snap = rock_snapshot()
    return dataclasses.replace(
        snap,
        tracks=tuple(dataclasses.replace(t, fx=(hp_eq,)) if t.name == "Gtr L" else t for t in snap.tracks),
    )


def test_a_high_pass_set_where_engineers_put_it_is_kept() -> None:
    hz = starting_points("electric_guitar").hpf_hz
    assert hz is not None and hz.q1 <= 110.0 <= hz.q3
    _, ans = _after("is the guitar too loud?", "should i high pass it too?", "Gtr L", "electric guitars", 9.0,
                    _with_high_pass_at("110.0"))  # fmt: skip
    assert ans.text.startswith(
        "Yes, after the fader, and 'Gtr L' already has one: its ReaEQ high-passes it at 110 Hz, inside the range"
    )
    assert [(s.action, s.track) for s in ans.suggestions] == [("nudge_volume_db", "Gtr L")]


def test_a_high_pass_set_far_under_that_range_is_moved_there() -> None:
    _, ans = _after("is the guitar too loud?", "should i high pass it too?", "Gtr L", "electric guitars", 9.0,
                    _with_high_pass_at("40.0"))  # fmt: skip
    assert ans.text.startswith("Yes, after the fader: engineers high-passed electric guitars")
    assert "already has one in its ReaEQ, at 40 Hz: move that one" in ans.text
    assert [s.action for s in ans.suggestions] == ["nudge_volume_db", "high_pass"]
