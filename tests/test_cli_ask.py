"""`mixassist demo`, `ask` and `analyze` as a user runs them: real processes, real files, real exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from companion.context import BAND_NAMES, FindingKind

ANALYSIS_KEYS = {
    "duration_s", "sample_rate", "channels", "integrated_lufs", "short_term_max_lufs", "lra_lu", "true_peak_dbtp",
    "sample_peak_dbfs", "clipped_samples", "plr_db", "crest_db", "dc_offset", "bands_db", "balance_vs_target_db",
    "stereo",
}  # fmt: skip


def run(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "companion.cli", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def mix(seconds: float = 6.0, rate: int = 48000, seed: int = 3) -> np.ndarray:
    """Pink-ish noise bursts plus a bass tone, stereo, around -16 LUFS."""
    rng = np.random.default_rng(seed)
    n = int(seconds * rate)
    t = np.arange(n) / rate
    noise = rng.standard_normal((n, 2))
    spec = np.fft.rfft(noise, axis=0)
    f = np.fft.rfftfreq(n, 1 / rate)
    spec /= np.sqrt(np.maximum(f, 20.0))[:, None]
    noise = np.fft.irfft(spec, n, axis=0)
    noise = 0.1 * noise / np.abs(noise).max()
    bass = 0.2 * np.sin(2 * np.pi * 55 * t)[:, None]
    return (noise + bass).astype(np.float32)


@pytest.fixture
def wav(tmp_path: Path) -> Path:
    p = tmp_path / "mix.wav"
    sf.write(p, mix(), 48000, subtype="PCM_24")
    return p


def one_line_error(proc: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert proc.returncode == 2, (proc.returncode, proc.stdout, proc.stderr)
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    for needle in needles:
        assert needle in lines[0], lines[0]


def test_demo_json_contract():
    proc = run("demo", "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert set(data) == {
        "question",
        "backend",
        "answer",
        "fallback",
        "grounding",
        "analysis",
        "findings",
        "suggestions",
        "checks",
        "agreement",
    }
    assert data["agreement"] is None  # the built-in advisor's words come from its cards
    assert data["question"] == "What do you hear?" and data["backend"] == "rules" and data["fallback"] is None
    assert data["checks"] == []  # the built-in advisor only quotes the measurement
    assert set(data["analysis"]) >= ANALYSIS_KEYS
    assert set(data["analysis"]["bands_db"]) == set(BAND_NAMES)
    kinds = {f["kind"] for f in data["findings"]}
    assert kinds <= {k.value for k in FindingKind}
    assert any(f["severity"] >= 0.3 for f in data["findings"])
    assert "Gtr" in data["answer"] or "Lead Vox" in data["answer"]
    assert any(s["track"] for s in data["suggestions"])


def test_demo_text():
    proc = run("demo")
    assert proc.returncode == 0, proc.stderr
    assert "You: What do you hear?" in proc.stdout
    assert "Problems:" in proc.stdout and "LUFS" in proc.stdout


def test_ask_on_a_file(wav: Path):
    proc = run("ask", "how is the low end?", "--audio", str(wav), "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["question"] == "how is the low end?"
    assert data["analysis"]["channels"] == 2 and abs(data["analysis"]["duration_s"] - 6.0) < 0.01
    assert data["answer"]


def test_analyze_json_and_text(wav: Path):
    proc = run("analyze", str(wav), "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert set(data) >= ANALYSIS_KEYS and "findings" in data
    assert -30 < data["integrated_lufs"] < -5
    text = run("analyze", str(wav))
    assert text.returncode == 0 and "LUFS integrated" in text.stdout and "low_mid" in text.stdout


def test_console_script_is_installed():
    exe = Path(sys.executable).parent / "mixassist"
    proc = subprocess.run([str(exe), "--version"], capture_output=True, text=True, timeout=60, check=False)
    assert proc.returncode == 0 and "mixassist" in proc.stdout


def test_silence_answer_says_what_to_check(tmp_path: Path):
    p = tmp_path / "silence.wav"
    sf.write(p, np.zeros((48000 * 3, 2), np.float32), 48000)
    proc = run("ask", "--audio", str(p), "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert next(f["kind"] for f in data["findings"]) == "silence"
    assert "REAPER" in data["answer"]


def test_long_file_analyses_the_end_and_says_so(tmp_path: Path):
    p = tmp_path / "long.flac"
    rate = 44100
    with sf.SoundFile(p, "w", rate, 2, subtype="PCM_16") as f:
        block = (0.1 * mix(10.0, rate)).astype(np.float32)
        for _ in range(60):  # 10 minutes, written in blocks
            f.write(block)
    proc = run("ask", "--audio", str(p), "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert abs(data["analysis"]["duration_s"] - 30.0) < 0.01
    assert "10.0-minute file" in data["answer"]


@pytest.mark.parametrize(
    ("setup", "needles"),
    [
        (lambda d: d / "missing.wav", ("no such file",)),
        (
            lambda d: (d / "notes.wav").write_text("this is not audio\n") and d / "notes.wav",
            ("not a readable audio file",),
        ),
        (lambda d: (d / "empty.wav").write_bytes(b"") or d / "empty.wav", ("empty",)),
        (lambda d: d, ("folder",)),
    ],
)
def test_bad_audio_files(tmp_path: Path, setup, needles):
    path = setup(tmp_path)
    one_line_error(run("ask", "--audio", str(path)), *needles)
    one_line_error(run("analyze", str(path)), *needles)


def test_nan_samples_and_too_short(tmp_path: Path):
    nan = tmp_path / "nan.wav"
    data = mix(3.0)
    data[1000:1010] = np.nan
    sf.write(nan, data, 48000, subtype="FLOAT")
    one_line_error(run("analyze", str(nan)), "NaN")
    short = tmp_path / "short.wav"
    sf.write(short, mix(0.5), 48000)
    one_line_error(run("analyze", str(short)), "too short")


def test_bad_usage(tmp_path: Path, wav: Path):
    one_line_error(run("ask"), "--audio")
    one_line_error(run("ask", "--audio", str(wav), "--target", "radio"), "invalid choice")
    one_line_error(run("ask", "--audio", str(wav), "--genre", "polka-metal-fusion"), "genre")
    one_line_error(run("frobnicate"), "invalid choice")
    bad = tmp_path / "snap.json"
    bad.write_text("{not json")
    one_line_error(run("ask", "--audio", str(wav), "--snapshot", str(bad)), "snap.json")
    bad.write_text(json.dumps({"schema": "mixassist.snapshot/1", "tracks": "nope"}))
    one_line_error(run("ask", "--audio", str(wav), "--snapshot", str(bad)), "snap.json")


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("ask", "--seconds", "-5"), "seconds must be 0 or more"),  # was a seek error from the audio reader
        (("ask", "--seconds", "inf"), "seconds must be 0 or more"),  # was "unexpected error: OverflowError"
        (("analyze", "--seconds", "nan"), "seconds must be 0 or more"),
        (("ask", "--seconds", "ten"), "invalid number of seconds"),
        (("ask", "--listen", "-2"), "seconds must be more than 0"),
    ],
)
def test_bad_seconds_are_one_usage_line(wav: Path, args: tuple[str, ...], needle: str):
    command, *rest = args
    extra = ["--audio", str(wav)] if command == "ask" and "--listen" not in rest else []
    target = [str(wav)] if command == "analyze" else []
    one_line_error(run(command, *target, *extra, *rest), needle)


@pytest.mark.parametrize(
    ("question", "needles"),
    [
        ("should I put reverb on the bass?", ("Usually not", "basses had reverb")),
        ("How should I set a compressor on a lead vocal?", ("lead vocals", ":1", "attack")),
        ("how do I make the guitars sound wider?", ("electric guitars", "off centre")),
        # gear and the listening level are answered without hearing the mix
        ("do i need a better sound card?", ("No: a better sound card won't change your mix",)),
        ("my speakers are blasting, is that why it sounds harsh?", ("Possibly:", "75-85 dB SPL")),
        # delivery, and pitch or timing (which no meter here reads), are answered without hearing the mix too
        ("should i dither when i bounce", ("Only when you reduce the bit depth",)),
        ("mp3 or wav for soundcloud?", ("WAV (or FLAC)",)),
        ("is the guitar out of tune?", ("I can't tell pitch", "ReaTune")),
        ("is the drummer rushing?", ("I can't tell timing", "grid")),
    ],
)
def test_technique_question_without_audio_is_answered_from_knowledge(question: str, needles: tuple[str, ...]):
    proc = run("ask", question)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    text = " ".join(proc.stdout.split())
    assert "Nothing was listened to" in text
    for needle in needles:
        assert needle in text, text
    assert "Measured:" not in text and "No findings" not in text  # nothing was measured, so nothing is shown
    data = json.loads(run("ask", question, "--json").stdout)
    assert data["analysis"] is None and data["findings"] == [] and "Nothing was listened to" in data["answer"]


@pytest.mark.parametrize(
    "question", ["What do you hear?", "is the vocal too loud?", "did that help?", "make it better"]
)
def test_listening_question_without_audio_exits_2(question: str):
    one_line_error(run("ask", question), "nothing to listen to", "--audio")


def test_findings_list_a_tonal_lean_apart_from_the_problems_and_remarks() -> None:
    """A tonal verdict shown at 0.30-0.49 is a lean to check by ear: its own heading, not under "Problems:"."""
    import io

    from companion.cli.ask import print_findings
    from companion.context import Finding

    findings = [
        Finding(FindingKind.TRACK_TOO_QUIET, 0.8, "'Lead Vox' sits 11 dB quieter.", track="Lead Vox"),
        Finding(FindingKind.MUDDY, 0.4, "The mix leans a little muddy."),
        Finding(FindingKind.HARSH, 0.5, "The upper mids: a build-up of 9 dB."),
        Finding(FindingKind.DULL, 0.2, "A little less air than most."),
    ]
    out = io.StringIO()
    print_findings(findings, None, "spotify", out)
    text = out.getvalue()
    problems, rest = text.split("Leans (check by ear):\n")
    leans, remarks = rest.split("Remarks:\n")
    assert "track_too_quiet" in problems and "harsh" in problems and "muddy" not in problems
    assert leans.strip().startswith("[0.40] muddy") and "dull" in remarks
    assert [f.is_lean for f in findings] == [False, True, False, False]
