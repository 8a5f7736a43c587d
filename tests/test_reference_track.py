"""A mix against the user's reference track: itself gives nothing, a planted difference is found and worded
"your reference", the analysis is cached by hash, and bad reference files are one clear error each."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

import companion.listening.reference_track as reference_track
from companion.context import FindingKind
from companion.errors import AudioError, BadInput
from companion.listening.analysis import analyze
from companion.listening.diagnosis import diagnose
from companion.listening.published import elowsson_psd_db
from companion.listening.reference_track import load_reference

RATE = 44100
TONAL = {FindingKind.MUDDY, FindingKind.BOOMY, FindingKind.THIN, FindingKind.HARSH, FindingKind.DULL}


def music(seconds: float = 12.0, seed: int = 5, gain_db=None) -> np.ndarray:
    """Stereo noise with the published popular-music spectrum, a partly correlated image, bursts for dynamics."""
    rng = np.random.default_rng(seed)
    n = int(seconds * RATE)
    f = np.maximum(np.fft.rfftfreq(n, 1.0 / RATE), 20.0)
    shape = elowsson_psd_db(np.clip(f, 94.0, 15700.0)) + (gain_db(f) if gain_db else 0.0)
    common = np.fft.irfft(np.fft.rfft(rng.standard_normal(n)) * 10 ** (shape / 20), n)
    sides = np.fft.irfft(
        np.fft.rfft(rng.standard_normal((n, 2)), axis=0) * (10 ** (shape / 20))[:, None], n, axis=0
    )
    x = common[:, None] + 0.5 * sides
    envelope = 0.4 + 0.6 * (np.sin(2 * np.pi * 2.0 * np.arange(n) / RATE) > 0)
    x = x * envelope[:, None]
    return (0.25 * x / np.max(np.abs(x))).astype(np.float32)


def bell(centre_hz: float, gain_db: float, q: float = 1.0):
    a = 10 ** (gain_db / 40.0)

    def response(f: np.ndarray) -> np.ndarray:
        s = f / centre_hz
        return 10 * np.log10(((1 - s**2) ** 2 + (s * a / q) ** 2) / ((1 - s**2) ** 2 + (s / (a * q)) ** 2))

    return response


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("MIXASSIST_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


@pytest.fixture
def song(tmp_path: Path) -> Path:
    path = tmp_path / "reference song.wav"
    sf.write(path, music(), RATE, subtype="PCM_24")
    return path


def test_a_mix_against_itself_raises_no_tonal_finding(song: Path, data_dir: Path) -> None:
    ref = load_reference(song)
    x, rate = sf.read(song, dtype="float32")
    found = diagnose(analyze(x, rate), reference=ref)
    assert not [f for f in found if f.kind in TONAL]
    assert not [f for f in found if f.kind in (FindingKind.NARROW, FindingKind.OVER_COMPRESSED)]


@pytest.mark.parametrize(
    ("gain_db", "kind"),
    [
        (bell(300.0, 6.0), FindingKind.MUDDY),
        (bell(3500.0, 6.0), FindingKind.HARSH),
        (lambda f: -10 * np.log10(1 + (f / 4000.0) ** 4), FindingKind.DULL),
        (lambda f: -10 * np.log10(1 + (200.0 / f) ** 4), FindingKind.THIN),
    ],
)
def test_a_planted_difference_is_found_against_the_reference(
    song: Path, data_dir: Path, gain_db, kind
) -> None:
    ref = load_reference(song)
    found = diagnose(analyze(music(gain_db=gain_db), RATE), reference=ref)
    hit = next(f for f in found if f.kind is kind)
    assert hit.is_problem, hit
    assert hit.evidence["compared_with"] == "your reference (reference song.wav)"
    assert "your reference" in hit.summary and "matched loudness" in hit.summary
    others = [f for f in found if f.kind in TONAL - {kind} and f.is_problem]
    assert not others, others


def test_width_and_dynamics_are_judged_against_the_reference(song: Path, data_dir: Path) -> None:
    ref = load_reference(song)
    x = music()
    mono = np.repeat(x.mean(axis=1, keepdims=True), 2, axis=1)
    narrow = next(f for f in diagnose(analyze(mono, RATE), reference=ref) if f.kind is FindingKind.NARROW)
    assert narrow.is_problem and narrow.evidence["reference_width"] > 0.05
    squashed = np.tanh(8.0 * x / np.max(np.abs(x))).astype(np.float32) * 0.5
    over = next(
        f for f in diagnose(analyze(squashed, RATE), reference=ref) if f.kind is FindingKind.OVER_COMPRESSED
    )
    assert over.is_problem and "your reference" in over.summary


def test_the_second_load_is_served_from_the_cache(
    song: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = load_reference(song)
    entry = data_dir / "reference_cache" / f"{first.sha256}.json"
    cached = json.loads(entry.read_text())  # written without NaN (unmeasured bands are null)
    assert cached["sha256"] == first.sha256 and cached["name"] == "reference song.wav"

    def refuse(*args, **kwargs):
        raise AssertionError("analysed again")

    monkeypatch.setattr(reference_track, "_measure", refuse)
    monkeypatch.setattr(reference_track, "_sha256", refuse)  # unchanged file: not even re-hashed
    assert load_reference(song) == first
    monkeypatch.undo()
    monkeypatch.setenv("MIXASSIST_DATA_DIR", str(data_dir))
    monkeypatch.setattr(reference_track, "_measure", refuse)
    copy = song.with_name("copy.wav")
    copy.write_bytes(song.read_bytes())  # same content, another name: hashed, then found by its hash
    again = load_reference(copy)
    assert again.sha256 == first.sha256 and again.name == "copy.wav"


@pytest.mark.parametrize(
    ("make", "needle"),
    [
        (lambda d: d / "missing.wav", "no such file"),
        (
            lambda d: (d / "notes.wav").write_text("not audio") and d / "notes.wav",
            "not a readable audio file",
        ),
        (
            lambda d: (
                sf.write(d / "silent.wav", np.zeros((RATE * 8, 2), np.float32), RATE) or d / "silent.wav"
            ),
            "silent",
        ),
        (lambda d: sf.write(d / "short.wav", music(3.0), RATE) or d / "short.wav", "too short"),
        (lambda d: d, "folder"),
    ],
)
def test_bad_reference_files_are_one_clear_error(tmp_path: Path, data_dir: Path, make, needle: str) -> None:
    path = make(tmp_path)
    with pytest.raises(AudioError) as info:
        load_reference(path)
    assert isinstance(info.value, BadInput)
    message = str(info.value)
    assert message.startswith("reference ") and needle in message and "\n" not in message
