"""The truth check where the user reads it: a real OpenAI-compatible server (stdlib fake) answering with true and
false numbers, through ``mixassist ask`` (the plain "Number check" line, ``--json`` ``checks``) and the Companion."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from fakes.openai_server import FakeOpenAIServer

from companion.app import Companion
from companion.context import Master, Snapshot, Track, TrackLevel
from companion.listening.analysis import analyze
from companion.listening.audio import load_clip
from model.remote import RemoteAdvisor

RATE = 48000


def _mix(seconds: float = 6.0, seed: int = 11) -> np.ndarray:
    """Seeded noise shaped towards pink plus a 55 Hz tone, stereo: a steady, measurable 'mix'."""
    rng = np.random.default_rng(seed)
    n = int(seconds * RATE)
    spec = np.fft.rfft(rng.standard_normal((n, 2)), axis=0)
    spec /= np.sqrt(np.maximum(np.fft.rfftfreq(n, 1 / RATE), 20.0))[:, None]
    noise = np.fft.irfft(spec, n, axis=0)
    noise = 0.12 * noise / np.abs(noise).max()
    tone = 0.2 * np.sin(2 * np.pi * 55.0 * np.arange(n) / RATE)[:, None]
    return (noise + tone).astype(np.float32)


SNAPSHOT = Snapshot(
    master=Master(volume_db=0.0, peak_db=-3.0),
    tracks=(
        Track("{1}", 1, "Kick", -3.0, level=TrackLevel(-18.0, -8.0, 6.0)),
        Track("{2}", 2, "Gtr L", 1.5, -0.6, level=TrackLevel(-12.0, -2.0, 6.0)),
    ),
)


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    wav = tmp_path / "mix.wav"
    sf.write(wav, _mix(), RATE, subtype="FLOAT")
    snap = tmp_path / "snapshot.json"
    snap.write_text(json.dumps(SNAPSHOT.to_dict()))
    return wav, snap


@pytest.fixture
def measured(files: tuple[Path, Path]) -> dict[str, float]:
    """What the CLI will measure on the same file (same loader, same analysis)."""
    clip = load_clip(str(files[0]))
    a = analyze(clip.samples, clip.sample_rate).to_dict()
    return {"lufs": a["integrated_lufs"], "tp": a["true_peak_dbtp"]}


def _ask(url: str, files: tuple[Path, Path], tmp_path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "MIXASSIST_DATA_DIR": str(tmp_path / "data"),
        "MIXASSIST_CONFIG": str(tmp_path / "no.toml"),
    }
    return subprocess.run(
        [sys.executable, "-m", "companion.cli", "ask", "--audio", str(files[0]), "--snapshot", str(files[1]),
         "--backend", "remote", "--url", url, "--model", "mix-model", *extra],
        capture_output=True, text=True, timeout=120, check=False, env=env,
    )  # fmt: skip


def _false_reply(tp: float) -> tuple[str, ...]:
    """-6 LUFS (false), the real true peak (true), Gtr L's real fader (true), and numbers that are no claims;
    streamed in pieces that cut numbers and units apart."""
    return (
        "Your mix is at -",
        "6 LU",
        f"FS integrated and the true peak is at {tp:.1f} dB",
        "TP. Gtr L's fader is at +1.",
        "5 dB. Try a 2:1 ratio, a Q of 1, and aim for -14 LUFS.",
    )


def test_json_checks_array_is_exact(
    files: tuple[Path, Path], measured: dict[str, float], tmp_path: Path
) -> None:
    with FakeOpenAIServer("stream", reply=_false_reply(measured["tp"])) as srv:
        proc = _ask(srv.url, files, tmp_path, "--json")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["backend"] == "remote" and out["fallback"] is None
    assert out["checks"] == [
        {"claim": "Your mix is at -6 LUFS integrated and the true", "quantity": "integrated_lufs", "track": None,
         "stated": -6.0, "measured": measured["lufs"], "ok": False},
        {"claim": f"and the true peak is at {measured['tp']:.1f} dBTP", "quantity": "true_peak_dbtp",
         "track": None, "stated": round(measured["tp"], 1), "measured": measured["tp"], "ok": True},
        {"claim": "Gtr L's fader is at +1.5 dB", "quantity": "volume_db", "track": "Gtr L", "stated": 1.5,
         "measured": 1.5, "ok": True},
    ]  # fmt: skip
    assert out["analysis"]["integrated_lufs"] == measured["lufs"]


def test_plain_output_gives_the_measured_values_in_one_line(
    files: tuple[Path, Path], measured: dict[str, float], tmp_path: Path
) -> None:
    reply = _false_reply(measured["tp"])
    with FakeOpenAIServer("stream", reply=reply) as srv:
        proc = _ask(srv.url, files, tmp_path)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0] == "".join(reply)  # the streamed answer, as the model wrote it
    notes = [line for line in lines if line.startswith("Number check")]
    assert notes == [
        f"Number check: the answer disagrees with what was measured: {measured['lufs']:.1f} LUFS integrated "
        "(the answer said -6)"
    ]
    assert lines.index(notes[0]) == 1  # right under the answer


def test_truthful_answer_gets_no_number_check_line(
    files: tuple[Path, Path], measured: dict[str, float], tmp_path: Path
) -> None:
    reply = (f"You're at {measured['lufs']:.1f} LUFS integrated with the true peak at {measured['tp']:.1f} dBTP; "
             "the Kick fader is at -3 dB.",)  # fmt: skip
    with FakeOpenAIServer("stream", reply=reply) as srv:
        plain = _ask(srv.url, files, tmp_path)
        as_json = _ask(srv.url, files, tmp_path, "--json")
    assert plain.returncode == 0 and "Number check" not in plain.stdout
    checks = json.loads(as_json.stdout)["checks"]
    assert [(c["quantity"], c["track"], c["ok"]) for c in checks] == [
        ("integrated_lufs", None, True),
        ("true_peak_dbtp", None, True),
        ("volume_db", "Kick", True),
    ]


def test_rules_answers_and_fallbacks_carry_no_checks(files: tuple[Path, Path], tmp_path: Path) -> None:
    env = {
        **os.environ,
        "MIXASSIST_DATA_DIR": str(tmp_path / "data"),
        "MIXASSIST_CONFIG": str(tmp_path / "no.toml"),
    }
    rules = subprocess.run(
        [sys.executable, "-m", "companion.cli", "ask", "--audio", str(files[0]), "--json"],
        capture_output=True, text=True, timeout=120, check=False, env=env,
    )  # fmt: skip
    assert rules.returncode == 0 and json.loads(rules.stdout)["checks"] == []
    with FakeOpenAIServer("error500") as srv:
        fell_back = _ask(srv.url, files, tmp_path, "--json")
    out = json.loads(fell_back.stdout)
    assert out["fallback"]["from"] == "remote" and out["checks"] == []


def test_companion_result_carries_checks_for_the_overlay(
    files: tuple[Path, Path], measured: dict[str, float]
) -> None:
    clip = load_clip(str(files[0]))
    with FakeOpenAIServer("stream", reply=_false_reply(measured["tp"])) as srv:
        result = Companion(RemoteAdvisor(srv.url, "mix-model")).ask("What do you hear?", clip, SNAPSHOT)
    assert [(c.quantity, c.ok) for c in result.checks] == [
        ("integrated_lufs", False),
        ("true_peak_dbtp", True),
        ("volume_db", True),
    ]
    assert result.measured_note == f"measured: {measured['lufs']:.1f} LUFS integrated (the answer said -6)"
    assert result.to_json_dict()["checks"] == [c.to_dict() for c in result.checks]
    assert 0.0 <= result.timings_s["checks"] < result.timings_s["total"]
