"""Instrument roles: the closed set, each role's MixAssist topic, and a role guessed from a REAPER track name.

The name rules and the plural words live in ``data/roles.json`` (read on first use).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from companion.context import Topic
from companion.knowledge.tables import DATA_DIR, LazyTable, load_json, unknown_name

ROLES: tuple[str, ...] = (
    "kick", "snare", "hihat", "toms", "overheads", "room", "percussion", "drum_bus", "bass",
    "electric_guitar", "acoustic_guitar", "keys", "piano", "organ", "synth", "pad", "strings", "horns",
    "lead_vocal", "backing_vocal", "fx_return", "bus", "other",
)  # fmt: skip

ROLE_TOPICS: dict[str, Topic] = {
    **dict.fromkeys(ROLES[:8], Topic.DRUMS), "bass": Topic.BASS, "electric_guitar": Topic.GUITARS,
    "acoustic_guitar": Topic.GUITARS, **dict.fromkeys(("keys", "piano", "organ", "synth", "pad"), Topic.KEYS),
    "strings": Topic.OVERALL_MIX, "horns": Topic.OVERALL_MIX, "lead_vocal": Topic.VOCALS,
    "backing_vocal": Topic.VOCALS, "fx_return": Topic.OVERALL_MIX, "bus": Topic.OVERALL_MIX,
    "other": Topic.OVERALL_MIX,
}  # fmt: skip
assert set(ROLE_TOPICS) == set(ROLES) and ROLES[7] == "drum_bus"
SUPPORT_ROLES: tuple[str, ...] = (
    "electric_guitar", "acoustic_guitar", "keys", "piano", "organ", "synth", "pad", "strings", "horns",
    "backing_vocal", "percussion",
)  # fmt: skip
"""Parts that accompany the lead: an engineer keeps them under the lead vocal, whatever the genre."""
NOT_A_PART: tuple[str, ...] = ("fx_return", "bus", "drum_bus", "other")
"""Tracks that are not one instrument (returns, buses, clicks): never judged as a part of the balance."""

ROLES_FILE = DATA_DIR / "roles.json"
ROLE_WORDS: Mapping[str, str] = LazyTable(lambda: dict(load_json(ROLES_FILE)["words"]))
"""How to say a role in a sentence, plural: "kick drums", "lead vocals"."""


@cache
def _role_rules() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(role, pattern) in the order of ``data/roles.json``: first match wins (the file says why the order)."""
    return tuple((role, re.compile(pattern)) for role, pattern in load_json(ROLES_FILE)["rules"])


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=[0-9])|(?<=[0-9])(?=[A-Za-z])")


def _normalise_name(track_name: str) -> str:
    """'KickIn_15' -> 'kick in 15', 'LdVox.cmp' -> 'ld vox cmp', 'OH L' -> 'oh l', 'Hi-Hat' -> 'hi hat'."""
    spaced = _CAMEL.sub(" ", track_name)
    return " ".join(re.sub(r"[^a-z0-9]+", " ", spaced.lower()).split())


def instrument_role(track_name: str) -> str | None:
    """Guess a track's role (one of ``ROLES``) from its REAPER name, or None when the name says nothing.

    Names are free text ("Kick In", "BV 1", "Gtr L"), so this is a best guess; the caller should let the
    user correct it. Matching runs on the raw name split at camelCase and digits, then on the whole
    lower-cased name, so both "LdVox" and "LDVOX" work.
    """
    if not isinstance(track_name, str) or not track_name.strip():
        return None
    candidates = [
        _normalise_name(track_name),
        " ".join(re.sub(r"[^a-z0-9]+", " ", track_name.lower()).split()),
    ]
    for role, pattern in _role_rules():
        if any(pattern.search(text) for text in candidates):
            return role
    return None


def role_topic(role: str) -> Topic:
    """The MixAssist topic a role belongs to (kick -> drums, synth -> keys, fx_return -> overall_mix)."""
    topic = ROLE_TOPICS.get(role)
    if topic is None:
        raise unknown_name("instrument role", role, ROLES)
    return topic
