"""Instrument frequency areas: the ranges engineers name on each instrument ("kick punch: 60-100 Hz").

The areas and their sources live in ``data/frequency_areas.json`` (read on first use).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from companion.knowledge.roles import ROLE_TOPICS, ROLES
from companion.knowledge.tables import DATA_DIR, LazyTable, load_json, unknown_name
from companion.knowledge.wording import say_hz

AREAS_FILE = DATA_DIR / "frequency_areas.json"


@dataclass(frozen=True, slots=True)
class FrequencyArea:
    """A range engineers name on an instrument ("kick punch: 60-100 Hz"), with what it does."""

    name: str
    lo_hz: float
    hi_hz: float
    note: str
    source: str

    def describe(self) -> str:
        return f"{self.name} {say_hz(self.lo_hz)}-{say_hz(self.hi_hz)}: {self.note}"


# roles without their own entry borrow the nearest instrument's areas
_AREA_ALIASES = {"backing_vocal": "lead_vocal", "synth": "keys", "room": "overheads", "percussion": "hihat"}


def _build_areas() -> dict[str, tuple[FrequencyArea, ...]]:
    data = load_json(AREAS_FILE)
    src = data["sources"]
    return {
        key: tuple(
            FrequencyArea(a["name"], float(a["lo_hz"]), float(a["hi_hz"]), a["note"], src[a["source"]])
            for a in areas
        )
        for key, areas in data["areas"].items()
    }


INSTRUMENT_AREAS: Mapping[str, tuple[FrequencyArea, ...]] = LazyTable(_build_areas)
"""Frequency areas by role (kick, snare, ... lead_vocal) plus "general" (mud, boxiness, harshness...)."""


def frequency_areas(role: str) -> tuple[FrequencyArea, ...]:
    """The named areas of a role's instrument, or the general ones (drum bus, fx return, other)."""
    if role != "general" and role not in ROLE_TOPICS:
        raise unknown_name("instrument role", role, ROLES)
    key = _AREA_ALIASES.get(role, role)
    return INSTRUMENT_AREAS.get(key) or INSTRUMENT_AREAS["general"]
