"""Tests that need a system tool skip on a developer's machine without it, but fail under ``CI=true``.

A green CI must mean the test ran: ``.ci/run`` installs every package named here, so a missing tool there is
a broken CI set-up, not a reason to skip.
"""

from __future__ import annotations

import os
import shutil

import pytest

CI = os.environ.get("CI", "").lower() == "true"


def skip_or_fail(message: str) -> None:
    """Skip with ``message`` on a developer's machine; fail with it under CI."""
    if CI:
        pytest.fail(f"{message} (.ci/run must install it)")
    pytest.skip(message)


def needs_tool(tool: str, package: str) -> pytest.MarkDecorator:
    """A mark that skips the test when ``tool`` is not on PATH, except under CI, where the test runs (and fails)."""
    return pytest.mark.skipif(
        shutil.which(tool) is None and not CI, reason=f"needs {tool} (apt-get install {package})"
    )


def require_tool(tool: str, package: str) -> None:
    """Inside a test or fixture: skip without ``tool`` (fail under CI)."""
    if shutil.which(tool) is None:
        skip_or_fail(f"needs {tool} (apt-get install {package})")
