"""The session log: MixAssist rows with audio and snapshot, conversations continued, feedback, crashes survived."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from fakes.sample_context import sample_snapshot, stereo_clip

from companion.app import Companion
from companion.context import Topic
from companion.errors import BadInput
from companion.session import (
    MIXASSIST_COLUMNS,
    OWN_COLUMNS,
    ROWS_FILE,
    SessionBusy,
    SessionLog,
    append_row,
    has_content,
    read_rows,
)


def _ask(companion: Companion, question: str, seconds: float = 3.0):
    return companion.ask(question, clip=stereo_clip(seconds), snapshot=sample_snapshot())


def test_every_ask_becomes_a_mixassist_row_with_its_audio_and_snapshot(tmp_path: Path):
    log = SessionLog.open("studio", data_dir=tmp_path)
    companion = Companion(session_log=log)
    first = _ask(companion, "How are the drums?", seconds=40.0)
    second = _ask(companion, "and the snare?")
    log.close()
    assert first.turn is not None and second.turn is not None
    assert (first.turn.session, first.turn.conversation_id, first.turn.turn_id) == (
        "studio",
        "studio_conv1",
        0,
    )
    assert second.turn.turn_id == 1 and "record" in second.timings_s
    rows, broken = read_rows(tmp_path / "sessions" / "studio" / ROWS_FILE)
    assert broken == 0 and len(rows) == 2
    assert list(rows[0])[:8] == list(MIXASSIST_COLUMNS) and set(rows[0]) == {*MIXASSIST_COLUMNS, *OWN_COLUMNS}
    r0, r1 = rows
    assert (r0["topic"], r1["topic"]) == ("drums", "drums")  # "and the snare?" follows the drums
    assert r0["input_history"] == [] and r0["has_content"] is True and r0["backend"] == "rules"
    assert r1["input_history"] == [
        {"role": "user", "content": "How are the drums?", "audio_file": r0["audio_file"]},
        {"role": "assistant", "content": r0["assistant"], "audio_file": None},
    ]
    assert r0["assistant"] == first.advice.text and r0["findings"] == [
        f.to_dict() for f in first.context.findings
    ]
    assert r0["analysis"]["duration_s"] == 40.0  # what was analysed; the clip kept is its last 30 s
    assert r0["feedback"] is None and r0["corrected_assistant"] is None
    folder = tmp_path / "sessions" / "studio"
    audio, rate = sf.read(folder / r0["audio_file"], dtype="float32", always_2d=True)
    clip = stereo_clip(40.0)
    assert rate == 48000 and audio.shape == (30 * 48000, 2)  # the last 30 s: what an audio model hears
    assert np.max(np.abs(audio - clip.samples[-30 * 48000 :])) < 1e-6  # 24-bit FLAC
    snap = json.loads((folder / r0["snapshot_file"]).read_text())
    assert snap["schema"] == "mixassist.snapshot/1" and len(snap["tracks"]) == len(sample_snapshot().tracks)
    assert Path(r0["snapshot_file"]).parent == Path(r0["audio_file"]).parent  # beside the clip


def test_a_new_process_continues_the_conversation_with_history_and_topics(tmp_path: Path):
    with SessionLog.open("s", data_dir=tmp_path) as log:
        companion = Companion(session_log=log)
        _ask(companion, "How is the bass?")
        _ask(companion, "Is the vocal loud enough?")
    log = SessionLog.open("s", data_dir=tmp_path)
    history = log.history()
    assert [t.role for t in history] == ["user", "assistant", "user", "assistant"]
    assert [t.topic for t in history] == [Topic.BASS, Topic.BASS, Topic.VOCALS, Topic.VOCALS]
    companion = Companion(session_log=log)
    third = _ask(companion, "what about compression on it?")
    log.close()
    assert third.context.history == history  # the advisor saw the earlier turns
    assert third.context.topic is Topic.VOCALS and third.turn.turn_id == 2
    fresh = SessionLog.open("s", data_dir=tmp_path)
    cid = fresh.new_conversation()
    assert cid == "s_conv2" and fresh.history() == ()
    turn = Companion(session_log=fresh).ask("What do you hear?", clip=stereo_clip(2.0)).turn
    fresh.close()
    assert (turn.conversation_id, turn.turn_id) == ("s_conv2", 0)


def test_default_session_is_one_per_day_and_source(tmp_path: Path):
    cli, gui = SessionLog.open(data_dir=tmp_path), SessionLog.open(source="gui", data_dir=tmp_path)
    today = time.strftime("%Y-%m-%d")
    assert (cli.name, gui.name) == (f"{today}-cli", f"{today}-gui")


@pytest.mark.parametrize(
    ("user", "assistant", "expected"),
    [
        ("How is the snare?", "Cut 3 dB at 400 Hz on the snare.", True),
        ("Okay.", "Mm-hmm.", False),
        ("thanks!", "Boost 2 dB at 60 Hz on the kick.", False),
        ("Please analyze this audio segment.", "The guitars are harsh.", False),
        ("Can you fix it?", "I need more information before I can respond. Please elaborate.", False),
        ("What do you hear?", "", False),
    ],
)
def test_has_content(user: str, assistant: str, expected: bool):
    assert has_content(user, assistant) is expected


def test_feedback_changes_one_row_and_nothing_else(tmp_path: Path):
    log = SessionLog.open("fb", data_dir=tmp_path)
    companion = Companion(session_log=log)
    for q in ("How are the drums?", "and the kick?", "and the snare?"):
        _ask(companion, q, seconds=1.5)
    row = log.feedback(1, "down", "Boost 2 dB at 60 Hz on the kick.")  # waits for the row to be on disk
    assert row["feedback"] == "down" and row["corrected_assistant"] == "Boost 2 dB at 60 Hz on the kick."
    path = tmp_path / "sessions" / "fb" / ROWS_FILE
    before = path.read_bytes().split(b"\n")
    log.feedback(1, "up")  # a rating alone keeps the correction
    after = path.read_bytes().split(b"\n")
    assert before[0] == after[0] and before[2] == after[2] and before[1] != after[1]
    rows, _ = read_rows(path)
    assert [r["feedback"] for r in rows] == [None, "up", None] and rows[1]["corrected_assistant"]
    log.feedback(1, None, "")
    assert read_rows(path)[0][1]["feedback"] is None and read_rows(path)[0][1]["corrected_assistant"] is None
    with pytest.raises(BadInput, match="no turn 7"):
        log.feedback(7, "up")
    with pytest.raises(BadInput, match="'up', 'down' or none"):
        log.feedback(0, "meh")
    log.close()


def test_a_row_cut_short_is_never_read_and_the_next_append_starts_clean(tmp_path: Path):
    folder = tmp_path / "sessions" / "torn"
    log = SessionLog.open("torn", data_dir=tmp_path)
    Companion(session_log=log).ask("How is the mix?", clip=stereo_clip(1.5))
    log.close()
    whole = (folder / ROWS_FILE).read_bytes()
    with open(folder / ROWS_FILE, "ab") as fh:
        fh.write(whole[: len(whole) // 2])  # a second row, cut by a crash mid-write
    rows, broken = read_rows(folder / ROWS_FILE)
    assert len(rows) == 1 and broken == 1
    log = SessionLog.open("torn", data_dir=tmp_path)
    turn = Companion(session_log=log).ask("and the vocal?", clip=stereo_clip(1.5)).turn
    log.close()
    rows, broken = read_rows(folder / ROWS_FILE)
    assert broken == 0 and [r["turn_id"] for r in rows] == [0, 1] and turn.turn_id == 1


def test_size_cap_answers_but_does_not_record(tmp_path: Path):
    log = SessionLog.open("full", data_dir=tmp_path, max_mb=0.05)
    companion = Companion(session_log=log)
    first = _ask(companion, "How is the mix?")  # 3 s of 24-bit stereo: ~0.8 MB, over the cap once written
    log.flush()
    second = _ask(companion, "and now?")
    log.close()
    assert first.turn is not None and second.turn is None and second.advice.text
    assert "is full" in second.record_error and "--session NAME" in second.record_error
    assert len(log.rows()) == 1


def test_one_recording_process_per_session(tmp_path: Path):
    holder = SessionLog.open("busy", data_dir=tmp_path)
    Companion(session_log=holder).ask("How is the mix?", clip=stereo_clip(1.5))
    holder.flush()
    other = SessionLog.open("busy", data_dir=tmp_path)  # reading is fine
    assert len(other.history()) == 2
    result = Companion(session_log=other).ask("and the bass?", clip=stereo_clip(1.5))
    assert result.turn is None and "another mixassist process" in result.record_error
    with pytest.raises(SessionBusy):
        other.record(result.context, result.advice)
    holder.close()
    assert Companion(session_log=other).ask("and the bass?", clip=stereo_clip(1.5)).turn.turn_id == 1
    other.close()


def test_bad_session_names_are_refused(tmp_path: Path):
    for name in ("../up", "a/b", "", ".hidden", "x" * 65):
        with pytest.raises(BadInput, match="session name"):
            SessionLog.open(name, data_dir=tmp_path)


def test_append_row_writes_whole_lines(tmp_path: Path):
    row = {c: None for c in MIXASSIST_COLUMNS} | {"conversation_id": "c", "turn_id": 0, "user": "a\nb"}
    append_row(tmp_path, row)
    append_row(tmp_path, row | {"turn_id": 1})
    lines = (tmp_path / ROWS_FILE).read_bytes().split(b"\n")
    assert len(lines) == 3 and lines[-1] == b"" and json.loads(lines[0])["user"] == "a\nb"


# ---------------------------------------------------------------- kill -9 at random moments

CHILD = r"""
import sys
import numpy as np
from companion.context import Advice, AudioClip, MixContext, Topic
from companion.session import SessionLog

log = SessionLog.open("crash", data_dir=sys.argv[1], fsync=False, write_delay_s=0)
clip = AudioClip(np.full((480, 2), 0.1, np.float32), 48000, "test")
print("ready", flush=True)
while True:
    ctx = MixContext("How is the snare?", clip, None, None, (), topic=Topic.DRUMS)
    ref = log.record(ctx, Advice("Cut 3 dB at 400 Hz on the snare. " * 4, backend="rules"))
    log.flush()
    print(ref.turn_id, flush=True)
"""


def test_kill_9_at_random_moments_loses_no_completed_row(tmp_path: Path):
    """Children append rows (each with its FLAC) and are SIGKILLed at random moments until 1,000 rows are
    done; every row a child saw completed is there, whole, with its audio, and no line is ever broken
    (fsync and the writer's head start for the answer are off here: a kill leaves the page cache intact,
    and this keeps the test to seconds)."""
    rng = random.Random(13)
    folder = tmp_path / "sessions" / "crash"
    completed: set[int] = set()
    kills = 0
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(
            [str(Path(__file__).resolve().parents[1]), os.environ.get("PYTHONPATH", "")]
        ),
    }
    # at least 1,000 rows AND several kills: on a quiet machine a child can write hundreds of rows before its kill
    while len(completed) < 1000 or kills < 6:
        proc = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(tmp_path)], stdout=subprocess.PIPE, text=True, env=env
        )
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        deadline = time.monotonic() + rng.uniform(0.03, 0.3)
        os.set_blocking(proc.stdout.fileno(), False)
        buffered = ""
        while time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.002)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        kills += 1
        buffered = proc.stdout.read() or ""
        completed |= {int(x) for x in buffered.split()}
        rows, broken = read_rows(folder / ROWS_FILE)
        ids = [r["turn_id"] for r in rows]
        assert completed <= set(ids), "a row the child saw written is gone"
        assert ids == list(range(len(ids))), "rows out of order, duplicated or missing"
        assert broken <= 1  # at most the torn tail of the write the kill interrupted
        assert all((folder / r["audio_file"]).is_file() for r in rows), "a row names audio that is not there"
        completed |= set(ids)
    rows, broken = read_rows(folder / ROWS_FILE)
    assert kills >= 6 and len(rows) >= 1000
    lines = (folder / ROWS_FILE).read_bytes().split(b"\n")
    assert all(json.loads(line) for line in lines[:-1]) and (lines[-1] == b"" or broken == 1)
