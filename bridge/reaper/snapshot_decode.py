"""Fast, strict reading of ``snapshot.json`` (schema ``mixassist.snapshot/1``) into the shared Snapshot.

Why not jsonschema here: a 64-track session with 8 FX of 40 parameters each is ~1.5 MB and 20,000
parameter objects; jsonschema takes over a second to validate it, and building the frozen dataclasses
from a dict another ~20 ms. msgspec does both in one C pass: a first decode checks the schema's rules
(required keys, ranges, enums; the parameter lists are skipped as raw bytes), a second decodes straight
into ``companion.context.Snapshot`` with type checks. Together ~6 ms. ``tests/test_reaper_files.py``
checks that this path and the JSON Schema reject the same malformed documents.
"""

from __future__ import annotations

from typing import Annotated, Literal, Optional

import msgspec

from companion.context import Snapshot
from companion.errors import BridgeError

_Index0 = Annotated[int, msgspec.Meta(ge=0)]
_Pan = Annotated[float, msgspec.Meta(ge=-1.0, le=1.0)]
_Db = Optional[float]  # noqa: UP045 (msgspec reads the annotation at run time on Python 3.10 too)


class _Fx(msgspec.Struct):
    index: _Index0
    name: str
    enabled: bool
    params: list[msgspec.Raw]  # checked by the typed decode; kept raw here so this pass stays cheap


class _Bands(msgspec.Struct):
    sub: _Db
    bass: _Db
    low_mid: _Db
    mid: _Db
    high_mid: _Db
    presence: _Db
    air: _Db


class _Level(msgspec.Struct):
    avg_peak_db: _Db
    max_peak_db: _Db
    window_s: Annotated[float, msgspec.Meta(ge=0.0)]
    lufs: _Db = None  # the track meter's loudness and bands, when it runs (optional)
    bands_db: Optional[_Bands] = None  # noqa: UP045


class _Send(msgspec.Struct):
    dest_guid: str
    dest_name: str
    volume_db: _Db
    mute: bool


class _Track(msgspec.Struct):
    guid: Annotated[str, msgspec.Meta(min_length=1)]
    index: Annotated[int, msgspec.Meta(ge=1)]
    name: str
    volume_db: _Db
    pan: _Pan
    mute: bool
    solo: bool
    fx: list[_Fx]
    sends: list[_Send]
    rec_arm: bool = False
    phase_inverted: bool = False
    folder_depth: int = 0
    level: Optional[_Level] = None  # noqa: UP045


class _Project(msgspec.Struct):
    name: str
    sample_rate: Annotated[int, msgspec.Meta(ge=0)]
    tempo_bpm: Annotated[float, msgspec.Meta(gt=0.0)]
    play_state: Literal["playing", "paused", "stopped", "recording"]
    position_s: float


class _Master(msgspec.Struct):
    volume_db: _Db
    pan: _Pan
    peak_db: _Db
    fx: list[_Fx]


class _Envelope(msgspec.Struct):
    schema: Literal["mixassist.snapshot/1"]
    captured_at: Annotated[float, msgspec.Meta(ge=0.0)]
    reaper_version: str
    project: _Project
    master: _Master
    tracks: list[_Track]


_CHECK = msgspec.json.Decoder(_Envelope)
_BUILD = msgspec.json.Decoder(Snapshot)


def decode_snapshot(data: bytes, source: str = "snapshot.json") -> Snapshot:
    """Check ``data`` against mixassist.snapshot/1 and build the Snapshot; BridgeError (one line) if not."""
    try:
        _CHECK.decode(data)
        return _BUILD.decode(data)
    except msgspec.ValidationError as exc:
        raise BridgeError(f"{source} does not match mixassist.snapshot/1: {_one_line(exc)}") from None
    except msgspec.DecodeError as exc:
        raise BridgeError(f"{source} is not valid JSON: {_one_line(exc)}") from None


def _one_line(exc: Exception) -> str:
    text = " ".join(str(exc).split())
    return text if len(text) <= 200 else text[:197] + "..."
