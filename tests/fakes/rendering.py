"""The skip marker for tests that render sessions from real instrument samples (fluidsynth + FluidR3_GM): skipped
on a developer machine without them, but never under ``CI=true``, where a green run must mean they ran."""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from benchmarks.sessions import render as render_mod

needs_fluidsynth = pytest.mark.skipif(
    render_mod.missing() is not None and os.environ.get("CI", "").lower() != "true",
    reason="fluidsynth or FluidR3_GM missing (required under CI=true)",
)


@cache
def rendered(style: str, scenario: str, seconds: float = 8.0):  # type: ignore[no-untyped-def]
    """A session rendered once per test run (seed 1), shared by the tests that ask about it."""
    from benchmarks.sessions import render_session

    return render_session(style, seed=1, scenario_name=scenario, seconds=seconds)


def conversation(style: str, turns: list[tuple[str, str]]):  # type: ignore[no-untyped-def]
    """The answers of one Companion asked each (scenario, question) in turn, each on its own rendered clip."""
    from companion.app import Companion
    from companion.context import AudioClip

    companion = Companion()
    out = []
    for scenario, question in turns:
        s = rendered(style, scenario)
        clip = AudioClip(s.mix, s.sample_rate, source=f"{style}:{scenario}")
        out.append(companion.ask(question, clip=clip, snapshot=s.snapshot).advice)
    return out


def ask_once(style: str, scenario: str, question: str):  # type: ignore[no-untyped-def]
    """The answer of a fresh Companion to ``question`` on a rendered session (a conversation of one turn)."""
    return conversation(style, [(scenario, question)])[0]


def ask_after(style: str, before: tuple[str, str], scenario: str, question: str):  # type: ignore[no-untyped-def]
    """The answer to ``question`` on ``scenario`` after ``before`` (scenario, question) was asked first."""
    return conversation(style, [before, (scenario, question)])[1]
