"""`mixassist ask/analyze --reference` and two bugs found by trying it as a new user, as real processes:
NaN in --json for bands above Nyquist, and "see mixassist mixassist --help" on usage errors."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from companion.listening.published import elowsson_psd_db


def run(*args: str, data_dir: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    if data_dir is not None:
        env["MIXASSIST_DATA_DIR"] = str(data_dir)
    return subprocess.run(
        [sys.executable, "-m", "companion.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
    )


def no_nan(text: str) -> object:
    """json.loads that fails on NaN/Infinity (Python's json would accept them)."""

    def refuse(token: str) -> float:
        raise AssertionError(f"{token} in the JSON output")

    return json.loads(text, parse_constant=refuse)


def numbers(value: object) -> list[float]:
    if isinstance(value, dict):
        return [n for v in value.values() for n in numbers(v)]
    if isinstance(value, list):
        return [n for v in value for n in numbers(v)]
    return [value] if isinstance(value, float) else []


def music(rate: int, seconds: float, seed: int, lift_db=None) -> np.ndarray:
    rng = np.random.default_rng(seed)
    n = int(rate * seconds)
    f = np.maximum(np.fft.rfftfreq(n, 1.0 / rate), 20.0)
    shape = elowsson_psd_db(np.clip(f, 94.0, 15700.0)) + (lift_db(f) if lift_db else 0.0)
    gain = (10 ** (shape / 20))[:, None]
    centre = np.fft.irfft(np.fft.rfft(rng.standard_normal((n, 1)), axis=0) * gain, n, axis=0)
    sides = np.fft.irfft(np.fft.rfft(rng.standard_normal((n, 2)), axis=0) * gain, n, axis=0)
    x = centre + 0.4 * sides  # a mostly centred image, as mixes are
    return (0.25 * x / np.max(np.abs(x))).astype(np.float32)


# ---------------------------------------------------------------- bug: NaN in --json (6 s mono 8 kHz)


@pytest.fixture
def phone_clip(tmp_path: Path) -> Path:
    p = tmp_path / "voice memo.wav"
    rng = np.random.default_rng(2)
    sf.write(p, (0.1 * rng.standard_normal(6 * 8000)).astype(np.float32), 8000)
    return p


def test_ask_json_on_a_6_s_mono_8_khz_file(phone_clip: Path) -> None:
    proc = run("ask", "--audio", str(phone_clip), "--json")
    assert proc.returncode == 0, proc.stderr
    data = no_nan(proc.stdout)
    analysis = data["analysis"]  # type: ignore[index]
    assert analysis["sample_rate"] == 8000 and analysis["channels"] == 1
    for block in ("bands_db", "balance_vs_target_db"):
        assert analysis[block]["presence"] is None and analysis[block]["air"] is None  # above Nyquist: null
        assert analysis[block]["mid"] is not None
    assert all(math.isfinite(n) for n in numbers(data))
    for finding in data["findings"]:  # type: ignore[index]
        assert all(math.isfinite(n) for n in numbers(finding["evidence"]))


def test_analyze_json_on_a_6_s_mono_8_khz_file(phone_clip: Path) -> None:
    proc = run("analyze", str(phone_clip), "--json")
    assert proc.returncode == 0, proc.stderr
    data = no_nan(proc.stdout)
    assert data["bands_db"]["air"] is None  # type: ignore[index]
    text = run("analyze", str(phone_clip))
    assert text.returncode == 0 and "nan" not in text.stdout and "n/a" in text.stdout


# ---------------------------------------------------------------- bug: "see mixassist mixassist --help"


@pytest.mark.parametrize(
    ("args", "hint"),
    [
        (("--bogus",), "(see mixassist --help)"),
        (("frobnicate",), "(see mixassist --help)"),
        (("ask", "--target", "radio"), "(see mixassist ask --help)"),
        (("analyze",), "(see mixassist analyze --help)"),
        (("reaper", "frob"), "(see mixassist reaper --help)"),
    ],
)
def test_usage_errors_name_the_command_once(args: tuple[str, ...], hint: str) -> None:
    proc = run(*args)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("mixassist: ") and lines[0].endswith(hint), lines
    assert "mixassist mixassist" not in proc.stderr


# ---------------------------------------------------------------- --reference


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    """A reference song and a mix of it with a +7 dB low-mid bell at 300 Hz."""

    def bell(f: np.ndarray) -> np.ndarray:
        s, a = f / 300.0, 10 ** (7.0 / 40.0)
        return 10 * np.log10(((1 - s**2) ** 2 + (s * a) ** 2) / ((1 - s**2) ** 2 + (s / a) ** 2))

    ref, mix = tmp_path / "ref.flac", tmp_path / "mix.wav"
    sf.write(ref, music(44100, 10.0, 4), 44100, subtype="PCM_24")
    sf.write(mix, music(44100, 10.0, 4, bell), 44100, subtype="PCM_24")
    return ref, mix


def test_ask_with_a_reference(pair: tuple[Path, Path], tmp_path: Path) -> None:
    ref, mix = pair
    data_dir = tmp_path / "data"
    proc = run("ask", "--audio", str(mix), "--reference", str(ref), "--json", data_dir=data_dir)
    assert proc.returncode == 0, proc.stderr
    data = no_nan(proc.stdout)
    assert data["analysis"]["reference"]["name"] == "ref.flac"  # type: ignore[index]
    assert len(data["analysis"]["reference"]["sha256"]) == 64  # type: ignore[index]
    muddy = next(f for f in data["findings"] if f["kind"] == "muddy")  # type: ignore[index]
    assert muddy["severity"] >= 0.3 and muddy["evidence"]["compared_with"] == "your reference (ref.flac)"
    assert "your reference" in data["answer"]  # type: ignore[index]
    assert list((data_dir / "reference_cache").glob("*.json"))  # cached under the data dir
    text = run("ask", "--audio", str(mix), "--reference", str(ref), data_dir=data_dir)
    assert text.returncode == 0 and "than your reference (ref.flac) at matched loudness" in text.stdout
    level = run("ask", "--audio", str(mix), "--reference", str(ref), "is it louder than my reference?",
                data_dir=data_dir)  # fmt: skip
    assert level.returncode == 0 and "your reference (ref.flac, all 10 s) " in level.stdout, level.stdout
    top = run("ask", "--audio", str(mix), "--reference", str(ref), "is mine brighter than my reference?",
              data_dir=data_dir)  # fmt: skip
    assert top.returncode == 0 and "your top end (above 4.5 kHz) has " in top.stdout, top.stdout
    assert "than your reference (ref.flac) at matched loudness" in top.stdout, top.stdout


def test_analyze_with_a_reference(pair: tuple[Path, Path], tmp_path: Path) -> None:
    ref, mix = pair
    proc = run("analyze", str(mix), "--reference", str(ref), data_dir=tmp_path / "data")
    assert proc.returncode == 0, proc.stderr
    assert "reference  ref.flac" in proc.stdout and "muddy" in proc.stdout
    same = run("analyze", str(ref), "--reference", str(ref), "--json", data_dir=tmp_path / "data")
    tonal = {"muddy", "boomy", "thin", "harsh", "dull"}
    assert not [f for f in no_nan(same.stdout)["findings"] if f["kind"] in tonal]  # type: ignore[index]


@pytest.mark.parametrize(
    ("make", "needle"),
    [
        (lambda d: d / "nope.wav", "no such file"),
        (lambda d: (d / "text.wav").write_text("hello") and d / "text.wav", "not a readable audio file"),
        (
            lambda d: (
                sf.write(d / "quiet.wav", np.zeros((44100 * 6, 2), np.float32), 44100) or d / "quiet.wav"
            ),
            "silent",
        ),
        (lambda d: sf.write(d / "blip.wav", music(44100, 2.0, 1), 44100) or d / "blip.wav", "too short"),
    ],
)
def test_bad_reference_is_one_line_and_exit_2(
    pair: tuple[Path, Path], tmp_path: Path, make, needle: str
) -> None:
    _, mix = pair
    bad = make(tmp_path)
    for args in (
        ("ask", "--audio", str(mix), "--reference", str(bad)),
        ("analyze", str(mix), "--reference", str(bad)),
    ):
        proc = run(*args, data_dir=tmp_path / "data")
        assert proc.returncode == 2, proc.stderr
        lines = proc.stderr.strip().splitlines()
        assert (
            len(lines) == 1
            and "reference" in lines[0]
            and needle in lines[0]
            and "Traceback" not in proc.stderr
        )
