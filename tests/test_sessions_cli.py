"""`mixassist ask --session/--no-record` and `mixassist sessions list|show|export|feedback` as a user runs them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from companion.cli.main import main
from companion.session import ROWS_FILE, read_rows


@pytest.fixture
def wav(tmp_path: Path) -> Path:
    rng = np.random.default_rng(5)
    t = np.arange(3 * 48000) / 48000
    mix = 0.2 * np.sin(2 * np.pi * 60 * t)[:, None] + 0.05 * rng.standard_normal((t.size, 2))
    path = tmp_path / "mix.wav"
    sf.write(path, mix.astype(np.float32), 48000, subtype="PCM_24")
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """The CLI in this process (argparse's usage errors exit through SystemExit, as they do for a user)."""
    try:
        code = main(list(args))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def one_line(code: int, err: str, *needles: str) -> None:
    assert code == 2, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    for needle in needles:
        assert needle in lines[0], lines[0]


def test_ask_session_continues_the_conversation(capsys, wav: Path, _private_data_dir: Path):
    code, out, _ = run(
        capsys, "ask", "How is the bass?", "--audio", str(wav), "--session", "mysong", "--json"
    )
    assert code == 0 and json.loads(out)["turn"] == {
        "session": "mysong",
        "conversation_id": "mysong_conv1",
        "turn_id": 0,
    }
    code, out, _ = run(
        capsys, "ask", "and what about compression on it?", "--audio", str(wav), "--session", "mysong"
    )
    assert code == 0 and "kept as turn 1 of session mysong" in out
    rows, _ = read_rows(_private_data_dir / "sessions" / "mysong" / ROWS_FILE)
    assert [r["turn_id"] for r in rows] == [0, 1] and [r["topic"] for r in rows] == ["bass", "bass"]
    assert [h["content"] for h in rows[1]["input_history"]] == ["How is the bass?", rows[0]["assistant"]]
    assert (_private_data_dir / "sessions" / "mysong" / rows[1]["audio_file"]).is_file()


def test_ask_records_in_the_daily_session_unless_no_record(capsys, wav: Path, _private_data_dir: Path):
    code, out, _ = run(capsys, "ask", "--audio", str(wav), "--no-record", "--json")
    assert code == 0 and json.loads(out)["turn"] is None
    assert not (_private_data_dir / "sessions").exists()
    code, out, _ = run(capsys, "ask", "--audio", str(wav), "--json")
    assert json.loads(out)["turn"]["session"].endswith("-cli")
    code, out, _ = run(capsys, "demo", "--json")  # the demo is not your mix: never recorded
    assert code == 0 and "turn" not in json.loads(out)
    assert len(list((_private_data_dir / "sessions").iterdir())) == 1


def test_sessions_list_show_and_feedback(capsys, wav: Path):
    run(capsys, "ask", "How are the drums?", "--audio", str(wav), "--session", "a")
    run(capsys, "ask", "and the kick?", "--audio", str(wav), "--session", "a")
    code, out, _ = run(capsys, "sessions", "list", "--json")
    assert code == 0
    (listed,) = json.loads(out)
    assert listed["name"] == "a" and listed["rows"] == 2 and listed["with_audio"] == 2
    code, out, _ = run(
        capsys, "sessions", "feedback", "a", "1", "down", "--correction", "Boost 60 Hz on the kick."
    )
    assert code == 0 and "rated down, with your correction" in out
    code, out, _ = run(capsys, "sessions", "feedback", "a", "0", "up")
    code, out, _ = run(capsys, "sessions", "show", "a", "--json")
    rows = json.loads(out)["rows"]
    assert [r["feedback"] for r in rows] == ["up", "down"] and rows[1][
        "corrected_assistant"
    ] == "Boost 60 Hz on the kick."
    code, out, _ = run(capsys, "sessions", "show", "a")
    assert "[turn 1] (drums, rules, rated down)" in out and "Your correction:" in out
    code, out, _ = run(capsys, "sessions", "list")
    assert code == 0 and out.splitlines()[1].split()[:6] == ["a", "2", "2", "1", "1", "1"]
    code, out, _ = run(capsys, "sessions", "feedback", "a", "1", "none")
    assert "rating cleared" in out


@pytest.mark.parametrize(
    ("args", "needles"),
    [
        (("sessions", "show", "nope"), ("no session named 'nope'",)),
        (("sessions", "feedback", "nope", "0", "up"), ("no session named 'nope'",)),
        (("sessions", "feedback", "a", "9", "up"), ("has no turn 9",)),
        (("sessions", "feedback", "a", "-1", "up"), ("TURN",)),
        (("sessions", "feedback", "a", "0", "meh"), ("invalid choice",)),
        (("sessions", "show", "../etc"), ("session name",)),
        (("ask", "--audio", "MIX", "--session", "a/b"), ("session name",)),
        (("sessions", "export", "--out", "OUT", "--session", "nope"), ("no session named 'nope'",)),
        (("sessions",), ("choose an action",)),
    ],
)
def test_sessions_bad_input_is_one_line_and_exit_2(capsys, wav: Path, tmp_path: Path, args, needles):
    run(capsys, "ask", "How is the mix?", "--audio", str(wav), "--session", "a")
    args = tuple(str(wav) if a == "MIX" else str(tmp_path / "out") if a == "OUT" else a for a in args)
    code, _, err = run(capsys, *args)
    one_line(code, err, *needles)


def test_export_with_no_sessions_is_bad_input(capsys, tmp_path: Path):
    code, _, err = run(capsys, "sessions", "export", "--out", str(tmp_path / "out"))
    one_line(code, err, "no recorded sessions")


def test_export_is_the_hf_layout_and_loads_back(capsys, wav: Path, tmp_path: Path):
    import pyarrow.parquet as pq

    from training.data import load_dataset

    run(capsys, "ask", "How are the drums?", "--audio", str(wav), "--session", "a")
    run(capsys, "ask", "and the kick?", "--audio", str(wav), "--session", "a")
    run(capsys, "ask", "Is the vocal loud enough?", "--audio", str(wav), "--session", "b")
    run(capsys, "sessions", "feedback", "a", "1", "down", "--correction", "Boost 60 Hz on the kick.")
    out = tmp_path / "export"
    code, text, _ = run(capsys, "sessions", "export", "--out", str(out))
    assert code == 0 and "Exported 3 exchange(s) from 2 session(s)" in text and "1 correction(s) used" in text
    table = pq.read_table(out / "data" / "train-00000-of-00001.parquet")
    assert table.column_names[:8] == [
        "conversation_id", "topic", "turn_id", "has_content", "input_history", "audio_file", "user", "assistant",
    ]  # fmt: skip
    history_type = table.schema.field("input_history").type
    assert str(history_type.value_type) == "struct<role: string, content: string, audio_file: string>"
    rows = table.to_pylist()
    kick = next(r for r in rows if r["user"] == "and the kick?")
    assert kick["assistant"] == "Boost 60 Hz on the kick." and kick["original_assistant"]
    assert kick["audio_file"].startswith("audio/") and (out / kick["audio_file"]).is_file()
    assert kick["input_history"][0]["audio_file"] == rows[0]["audio_file"]
    assert json.loads(kick["analysis"])["channels"] == 2
    data = load_dataset(str(out), split="train")
    assert data.counts()["rows"] == 3 and data.counts()["with_audio"] == 3 and not data.missing_audio
    assert {e.assistant for e in data.examples} >= {"Boost 60 Hz on the kick."}

    kept = tmp_path / "kept"
    run(
        capsys,
        "sessions",
        "export",
        "--out",
        str(kept),
        "--format",
        "jsonl",
        "--session",
        "a",
        "--keep-original",
    )
    lines = (kept / "data" / "train-00000-of-00001.jsonl").read_text().splitlines()
    jrows = [json.loads(x) for x in lines]
    assert len(jrows) == 2 and jrows[1]["assistant"] != "Boost 60 Hz on the kick."
    assert jrows[1]["corrected_assistant"] == "Boost 60 Hz on the kick." and isinstance(
        jrows[1]["analysis"], dict
    )


def test_a_real_process_exits_2_with_one_line(tmp_path: Path):
    proc = subprocess.run(
        [sys.executable, "-m", "companion.cli", "sessions", "show", "missing"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    one_line(proc.returncode, proc.stderr, "no session named 'missing'")
