"""Every test gets its own user data folder: asks are recorded in the session log by default, and no test may
write into the developer's real one."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path_factory.mktemp("mixassist-data")
    monkeypatch.setenv("MIXASSIST_DATA_DIR", str(folder))
    return folder
