"""The skip marker for tests that render sessions from real instrument samples (fluidsynth + FluidR3_GM): skipped
on a developer machine without them, but never under ``CI=true``, where a green run must mean they ran."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from benchmarks.sessions import render as render_mod

needs_fluidsynth = pytest.mark.skipif(
    render_mod.missing() is not None and os.environ.get("CI", "").lower() != "true",
    reason="fluidsynth or FluidR3_GM missing (required under CI=true)",
)
