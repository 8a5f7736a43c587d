"""Dry offered as an answer of its own: "does my snare need more reverb or is it fine dry?", "more verb or leave
it dry?". The asker weighs two choices, so "Yes" answers neither; the opening names the one real mixes favour
for that part (how many of its kind carried a reverb in MixologyDB), then the numbers."""

from __future__ import annotations

import re

DRY_OFFERED = re.compile(
    r"\b(fine|ok|okay|good|alright|leave (it|them)|keep (it|them)|stay|left|better)\b[^?.!]{0,12}\bdry\b",
    re.I,
)
"""Dry offered ("or is it fine dry?", "or leave it dry?"), not a fault said ("does it sound too dry?")."""
MOST_ADD = 0.6
"""From 6 in 10 parts of a kind carrying one in real mixes, most engineers add one; under that, dry is fine."""


def dry_verdict(share: float) -> str:
    """The opening for a part with none of the effect, from the share of its kind that carried one."""
    return "Dry is fine: " if share < MOST_ADD else "Most engineers add one: "
