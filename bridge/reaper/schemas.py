"""The file-bridge JSON Schemas (``bridge/reaper/schemas/*.schema.json``): loading and validation with jsonschema.

These schemas are the contract of ARCHITECTURE.md, shared by both sides: the tests validate every file the
real Lua bridge writes against them, and the companion validates the small files (heartbeat, requests,
commands, responses) with them at run time. The big snapshot takes the fast path of
``bridge.reaper.snapshot_decode`` (jsonschema needs over a second for 64 tracks x 8 FX x 40 parameters).
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from companion.errors import BridgeError

SCHEMA_NAMES = ("heartbeat", "snapshot", "request", "command", "response")
SCHEMA_IDS = {name: f"mixassist.{name}/1" for name in SCHEMA_NAMES}


@cache
def load_schema(name: str) -> dict[str, Any]:
    """The parsed schema ``name`` (one of SCHEMA_NAMES)."""
    if name not in SCHEMA_NAMES:
        raise ValueError(f"unknown schema {name!r}; expected one of {', '.join(SCHEMA_NAMES)}")
    text = (
        resources.files("bridge.reaper")
        .joinpath("schemas", f"{name}.schema.json")
        .read_text(encoding="utf-8")
    )
    return json.loads(text)


@cache
def validator(name: str) -> Any:
    """A cached jsonschema validator for ``name`` (the schemas are draft-07)."""
    from jsonschema import Draft7Validator

    schema = load_schema(name)
    Draft7Validator.check_schema(schema)
    return Draft7Validator(schema)


def errors(name: str, data: Any) -> list[str]:
    """Every violation of schema ``name`` in ``data``, as ``path: message`` lines (empty when valid)."""
    found = []
    for err in sorted(validator(name).iter_errors(data), key=lambda e: list(e.absolute_path)):
        where = "/".join(str(p) for p in err.absolute_path) or "(top)"
        found.append(f"{where}: {err.message}")
    return found


def validate(name: str, data: Any, source: str = "") -> None:
    """Raise BridgeError with ONE line naming the first violation when ``data`` breaks schema ``name``."""
    from jsonschema.exceptions import best_match

    err = best_match(validator(name).iter_errors(data))
    if err is None:
        return
    where = "/".join(str(p) for p in err.absolute_path) or "(top)"
    label = f"{source} " if source else ""
    message = err.message if len(err.message) <= 160 else err.message[:157] + "..."
    raise BridgeError(f"{label}does not match {SCHEMA_IDS[name]} at {where}: {message}")
