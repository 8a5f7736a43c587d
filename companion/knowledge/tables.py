"""The knowledge tables on disk: where they live, reading them once, and the error for a name not in them.

``data/`` ships inside the package (``[tool.setuptools.package-data]``), so the path is found from this file,
in a checkout and in an installed wheel alike.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import Any

from companion.errors import BadInput, MixAssistError

DATA_DIR = Path(__file__).resolve().parent / "data"


class UnknownName(BadInput):
    """A target, role or technique name that is not in its closed set (one line listing the valid names)."""


def unknown_name(what: str, name: str, valid: Any) -> UnknownName:
    return UnknownName(f"unknown {what} {name!r}; choose one of: {', '.join(sorted(valid))}")


@cache
def load_json(path: Path) -> dict[str, Any]:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise MixAssistError(
            f"knowledge table {path.name} is missing or broken ({exc}); reinstall the package"
        ) from exc


class LazyTable(Mapping[str, Any]):
    """A read-only mapping built on first access, so importing a module that defines one reads no file."""

    def __init__(self, build: Any) -> None:
        self._build = build
        self._data: dict[str, Any] | None = None

    def _table(self) -> dict[str, Any]:
        if self._data is None:
            self._data = self._build()
        return self._data

    def __getitem__(self, key: str) -> Any:
        return self._table()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._table())

    def __len__(self) -> int:
        return len(self._table())
