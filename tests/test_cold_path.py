"""The rules path stays light: `mixassist ask --backend rules` imports no torch, transformers, librosa, Qt..."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import soundfile as sf

FORBIDDEN = ("torch", "transformers", "peft", "librosa", "PyQt6", "llama_cpp", "scipy.signal", "numba")

PROBE = """
import sys, json
from companion.cli.main import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "modules": sorted(sys.modules)}), file=sys.stderr)
"""


def test_rules_ask_imports_nothing_heavy(tmp_path: Path):
    wav = tmp_path / "clip.wav"
    rng = np.random.default_rng(0)
    sf.write(wav, (0.1 * rng.standard_normal((48000 * 3, 2))).astype(np.float32), 48000)
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, "ask", "--backend", "rules", "--audio", str(wav), "--json"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    report = json.loads(proc.stderr.strip().splitlines()[-1])
    assert report["code"] == 0
    loaded = [m for m in report["modules"] if any(m == f or m.startswith(f + ".") for f in FORBIDDEN)]
    assert loaded == []
