"""Question shapes that lean on the answer before or rank parts: a bare "which one?" after a move names the part
that move was on (never "Better how, though: ..."), or "None" when nothing measures off; "which guitar is louder"
ranks that part's tracks by their meters, then the fault; "whats louder the vocal or the bass" names the louder
one first; "it sounds small" with no speaker named and one part far too loud is that part's fader, no phone."""

from __future__ import annotations

import os
from functools import cache

import pytest
from fakes.analyses import clean
from fakes.band_sessions import context, level_finding, rock_snapshot

from companion.context import Turn
from model.rules import RulesAdvisor
from model.which_one import WHICH_BARE

try:
    from benchmarks.sessions import render as render_mod
    from benchmarks.sessions import render_session

    MISSING = render_mod.missing()
except ImportError as e:  # pragma: no cover - the benchmarks package ships with the repo
    MISSING = str(e)
needs_render = pytest.mark.skipif(
    MISSING is not None and os.environ.get("CI", "").lower() != "true", reason=f"{MISSING}"
)


@cache
def _session(style: str, scenario: str):  # type: ignore[no-untyped-def]
    return render_session(style, seed=1, scenario_name=scenario, seconds=8.0)


def _ask(style: str, scenario: str, question: str):  # type: ignore[no-untyped-def]
    """The answer of a fresh Companion to ``question`` on a rendered session."""
    from companion.app import Companion
    from companion.context import AudioClip

    s = _session(style, scenario)
    clip = AudioClip(s.mix, s.sample_rate, source=f"{style}:{scenario}")
    return Companion().ask(question, clip=clip, snapshot=s.snapshot).advice


BASS_LOUD = level_finding("Bass", "basses", 10.0, fader_db=2.5)


def _then(first: str, then: str, findings=(BASS_LOUD,)):  # type: ignore[no-untyped-def]
    """The answer to ``first``, then to ``then`` asked right after it, on the rock session."""
    advisor = RulesAdvisor()
    said = advisor.advise(context(first, rock_snapshot(), clean(), tuple(findings)))
    history = (Turn("user", first), Turn("assistant", said.text))
    return said, advisor.advise(context(then, rock_snapshot(), clean(), tuple(findings), history))


# "which one?" after a move: the part it was on


@pytest.mark.parametrize(
    "asked",
    ["which one", "which one?", "what track", "wich one u mean", "ok which fader do i move", "which 1"],
)
def test_which_one_after_a_move_names_the_part_it_was_on(asked):
    said, ans = _then("whats wrong with my mix", asked)
    assert said.suggestions[0].track == "Bass"
    assert ans.text.startswith("It's 'Bass':"), ans.text
    assert "Better how" not in ans.text
    assert ans.suggestions and ans.suggestions[0].track == "Bass"
    assert ans.suggestions[0].params["delta_db"] < 0


def test_which_one_with_nothing_off_says_none():
    _, ans = _then("is my mix ok", "which one", findings=())
    assert ans.text.startswith("None:"), ans.text
    assert not ans.suggestions


@pytest.mark.parametrize(
    "asked", ["which eq", "which one is louder, kick or bass", "what frequency", "what?"]
)
def test_which_with_its_own_subject_is_not_a_bare_which(asked):
    assert not WHICH_BARE.search(asked)


# one part's tracks ranked: "which guitar is louder"


@needs_render
@pytest.mark.parametrize(
    "asked", ["which guitar is louder", "which of the guitars is louder", "wich gtr is louder"]
)
def test_which_guitar_is_louder_ranks_the_guitars_then_the_fault_on_one(asked):
    ans = _ask("rock", "Gtr L +10", asked)
    assert ans.text.startswith("'Gtr L' is the louder of your 2 guitar tracks:"), ans.text
    assert "'Gtr R'" in ans.text
    assert ans.suggestions[0].track == "Gtr L" and ans.suggestions[0].params["delta_db"] < 0


@needs_render
def test_which_guitar_is_quieter_names_the_quieter_one():
    ans = _ask("rock", "Gtr L +10", "which of the guitars is quieter")
    assert ans.text.startswith("'Gtr R' is the quieter"), ans.text


@needs_render
def test_which_guitar_with_the_fault_elsewhere_says_neither_then_that_fault():
    ans = _ask("rock", "Bass +10", "which guitar is louder")
    assert ans.text.startswith("'Gtr L' is the louder"), ans.text
    assert "Neither is off against real mixes" in ans.text
    assert ans.suggestions[0].track == "Bass" and ans.suggestions[0].params["delta_db"] < 0


@needs_render
def test_which_vocal_reads_the_vocals_not_the_lead_alone():
    ans = _ask("folk", "clean", "which vocal is louder")
    assert ans.text.startswith("'Lead Vocal' is the louder of your 2 vocal tracks:"), ans.text
    assert "'Harmony Vox'" in ans.text
    assert not ans.suggestions


@needs_render
@pytest.mark.parametrize(
    "asked", ["whats louder the vocal or the bass", "which is louder, the vocal or the bass"]
)
def test_whats_louder_x_or_y_names_the_louder_one_first(asked):
    ans = _ask("rock", "Bass +10", asked)
    assert ans.text.startswith("'Bass' is the louder one:"), ans.text
    assert ans.suggestions[0].track == "Bass"


# "it sounds small", no speaker named


@needs_render
@pytest.mark.parametrize(("style", "part"), [("pop", "Synth Bass"), ("rock", "Bass")])
def test_sounds_small_with_one_part_far_too_loud_is_that_parts_fader_no_phone(style, part):
    ans = _ask(style, f"{part} +10", "it sounds small")
    assert ans.text.startswith("Most likely one part crowding the rest:"), ans.text
    assert "phone" not in ans.text.lower()
    assert ans.suggestions[0].track == part and ans.suggestions[0].params["delta_db"] < 0


@needs_render
def test_small_on_a_phone_keeps_the_phone_answer():
    ans = _ask("pop", "Synth Bass +10", "sounds small on my phone")
    assert "phone" in ans.text.lower()

