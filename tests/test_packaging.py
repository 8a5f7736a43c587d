"""The distribution ships what it needs: a wheel, installed without the editable install's help, finds the knowledge
tables, the bridge schemas and the REAPER scripts, and imports its modules from where it was installed.

Why a real wheel: the editable install reads everything from the checkout, so a data file missing from
``[tool.setuptools.package-data]`` (or a sub-package missed by ``packages.find``) would pass every other test and
break only for users who ``pip install`` the package.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PACKAGES = ("companion", "bridge", "model", "gui", "training", "reaper_scripts")
DATA_DIRS = ("companion/knowledge/data", "bridge/reaper/schemas", "reaper_scripts")

PROBE = r"""
import json, sys
import bridge, companion, model
from bridge.reaper.schemas import errors
from bridge.virtual.project import build_project
from companion.knowledge.areas import frequency_areas
from companion.knowledge.priors import priors_table, starting_points
from companion.knowledge.roles import instrument_role
from companion.knowledge.techniques import technique
from companion.listening.reference_curves import families
from model.rules import RulesAdvisor

snapshot = build_project().to_snapshot().to_dict()
print(json.dumps({
    "files": {m.__name__: m.__file__ for m in (companion, bridge, model, sys.modules["companion.knowledge.priors"])},
    "mixes": priors_table()["provenance"]["counts"]["mixes"],
    "kick_lines": len(starting_points("kick").lines),
    "areas": len(frequency_areas("kick")),
    "technique": technique("compression").name,
    "role": instrument_role("Lead Vox"),
    "families": len(families()),
    "schema_errors": errors("snapshot", snapshot),
    "advisor": RulesAdvisor.__module__,
}))
"""


def _sources(root: Path) -> set[str]:
    """Every file the wheel must carry: the Python modules of each package and the data folders."""
    wanted = set()
    for package in PACKAGES:
        for path in (root / package).rglob("*.py") if (root / package).is_dir() else ():
            if "__pycache__" not in path.parts:
                wanted.add(path.relative_to(root).as_posix())
    for folder in DATA_DIRS:
        for path in (root / folder).iterdir():
            if path.is_file():
                wanted.add(path.relative_to(root).as_posix())
    return wanted


@pytest.mark.slow
def test_a_wheel_ships_the_data_and_runs_from_where_it_is_installed(tmp_path: Path) -> None:
    # Build from a copy, so the checkout gets no build/ or egg-info folder from this test.
    src = tmp_path / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(REPO / name, src / name)
    for package in PACKAGES:
        if (REPO / package).is_dir():
            shutil.copytree(REPO / package, src / package, ignore=shutil.ignore_patterns("__pycache__"))
    dist = tmp_path / "dist"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--no-input"]
    build = subprocess.run(
        [*pip, "wheel", "-q", "--no-deps", "--no-build-isolation", "--wheel-dir", str(dist), str(src)],
        cwd=tmp_path, capture_output=True, text=True, timeout=240, check=False,
    )  # fmt: skip
    assert build.returncode == 0, build.stderr
    (wheel,) = dist.glob("*.whl")

    with zipfile.ZipFile(wheel) as archive:
        shipped = set(archive.namelist())
    missing = sorted(_sources(REPO) - shipped)
    assert not missing, (
        f"the wheel lacks {missing}: add them to packages.find / package-data in pyproject.toml"
    )
    assert not any(name.startswith(("tests/", "benchmarks/")) for name in shipped)

    site = tmp_path / "site"
    install = subprocess.run(
        [*pip, "install", "-q", "--no-deps", "--no-index", "--target", str(site), str(wheel)],
        cwd=tmp_path, capture_output=True, text=True, timeout=240, check=False,
    )  # fmt: skip
    assert install.returncode == 0, install.stderr

    # PYTHONPATH comes before the editable install's meta-path finder, and the cwd is outside the checkout.
    env = {**os.environ, "PYTHONPATH": str(site)}
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    probe = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=outside, env=env, capture_output=True, text=True, timeout=120
    )
    assert probe.returncode == 0, probe.stderr
    report = json.loads(probe.stdout)
    for module, file in report["files"].items():
        assert Path(file).is_relative_to(site), f"{module} was imported from {file}, not from the wheel"
    assert report["mixes"] == 90 and report["kick_lines"] >= 1 and report["areas"] >= 4
    assert report["technique"] == "compression" and report["role"] == "lead_vocal"
    assert report["families"] >= 3 and report["schema_errors"] == []
    assert report["advisor"] == "model.rules"

    resource = tmp_path / "REAPER"
    resource.mkdir()
    installed = subprocess.run(
        [sys.executable, "-m", "companion.cli", "reaper", "install", "--resource-path", str(resource)],
        cwd=outside, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert installed.returncode == 0, installed.stderr
    lua = {p.name for p in (resource / "Scripts" / "MixAssist").glob("*.lua")}
    assert lua == {p.name for p in (REPO / "reaper_scripts").glob("*.lua")}
    assert (resource / "OSC" / "MixAssist.ReaperOSC").is_file()
    assert "MixAssist" in (resource / "Scripts" / "__startup.lua").read_text(encoding="utf-8")
