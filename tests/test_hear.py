"""`mixassist hear` over real UDP: the acknowledgement, the one-line exit 1 when no companion runs, and
`run --headless` answering a question asked that way (real processes, real sockets, real files)."""

from __future__ import annotations

import os
import queue
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import soundfile as sf

from bridge.reaper.osc import OscMirror
from bridge.reaper.osc_control import (
    ACK_ADDRESS,
    ControlListener,
    decode_ask,
    send_ask,
)
from bridge.reaper.osc_io import encode_message
from companion.errors import BridgeTimeout
from tests.analysis_signals import music_like


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def cli(*args: str, timeout: float = 30, **kw) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "companion.cli", *args], capture_output=True, text=True, timeout=timeout, **kw
    )


@pytest.mark.parametrize(
    ("args", "question"),
    [((), None), (("",), None), (("  how   is the bass? ",), "how is the bass?"), ((3.0,), None)],
)
def test_decode_ask_takes_a_trimmed_first_string(args: tuple, question: str | None) -> None:
    assert decode_ask(args) == question


def test_listener_hands_the_question_over_and_acknowledges() -> None:
    got: queue.SimpleQueue = queue.SimpleQueue()
    with ControlListener(got.put, port=0) as listener:
        assert send_ask("and the snare?", port=listener.port) == "ask"
        assert send_ask(None, port=listener.port) == "ask"
        first, second = got.get(timeout=1), got.get(timeout=1)
    assert first.question == "and the snare?" and second.question is None
    assert listener.handler.asks == 2


def test_hear_reaches_a_mirror_without_counting_as_reaper_feedback() -> None:
    got: queue.SimpleQueue = queue.SimpleQueue()
    from bridge.reaper.osc_control import ControlHandler

    with OscMirror(listen_port=0, reaper_port=free_port(), control=ControlHandler(got.put)) as mirror:
        assert send_ask("what do you hear?", port=mirror.port) == "ask"
        assert got.get(timeout=1).question == "what do you hear?"
        assert mirror.last_feedback_s is None  # a control message is not REAPER talking


def test_send_ask_with_nobody_listening_is_a_timeout_within_the_second() -> None:
    started = time.monotonic()
    with pytest.raises(BridgeTimeout, match="no MixAssist companion is listening"):
        send_ask("anyone?", port=free_port(), timeout_s=1.0)
    assert time.monotonic() - started < 1.5


def test_a_silent_listener_that_never_acknowledges_is_not_a_companion() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as mute:
        mute.bind(("127.0.0.1", 0))
        with pytest.raises(BridgeTimeout):
            send_ask(None, port=mute.getsockname()[1], timeout_s=0.3)
        assert mute.recv(1024) == encode_message("/mixassist/ask")  # it did get the ask


def test_hear_cli_exits_1_with_one_line_when_no_companion_runs() -> None:
    proc = cli("hear", "what do you hear?", "--port", str(free_port()))
    assert proc.returncode == 1, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert (
        len(lines) == 1
        and "no MixAssist companion is listening" in lines[0]
        and "Traceback" not in proc.stderr
    )


@pytest.mark.parametrize("port", ["70000", "-1"])
def test_hear_cli_bad_port_is_usage(port: str) -> None:
    proc = cli("hear", "--port", port)
    assert proc.returncode == 2 and "is not a UDP port" in proc.stderr


def test_run_headless_answers_mixassist_hear(tmp_path: Path) -> None:
    wav = tmp_path / "mix.wav"
    sf.write(wav, music_like(6.0, 48000, seed=4), 48000)
    port = free_port()
    env = {
        **os.environ,
        "MIXASSIST_CONFIG": str(tmp_path / "none.toml"),
        "MIXASSIST_DATA_DIR": str(tmp_path / "data"),
    }
    run = subprocess.Popen(
        [sys.executable, "-m", "companion.cli", "run", "--headless", "--audio", str(wav), "--bridge-dir",
         str(tmp_path / "bridge"), "--max-requests", "1", "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    try:
        assert run.stdout is not None
        lines = []
        while not any("'mixassist hear' asks too" in line for line in lines):
            line = run.stdout.readline()
            assert line, run.stderr.read() if run.stderr else ""
            lines.append(line)
        asked = cli("hear", "how loud is it?", "--port", str(port), env=env)
        assert asked.returncode == 0, asked.stderr
        assert f"127.0.0.1:{port}: how loud is it?" in asked.stdout
        out, err = run.communicate(timeout=60)
    finally:
        run.kill()
    assert run.returncode == 0, err
    assert "== how loud is it? (mixassist hear," in out
    assert "LUFS" in out  # answered from the clip: the loudness numbers are in the answer
    assert ACK_ADDRESS == "/mixassist/ack"


@pytest.mark.parametrize(
    ("args", "message"),
    [(("--port", "70000"), "is not a UDP port"), (("--audio", "/no/such.wav"), "no such audio file")],
)
def test_gui_bad_usage_is_one_line_before_any_window(args: tuple[str, ...], message: str) -> None:
    pytest.importorskip("PyQt6")
    proc = cli("gui", *args)
    assert proc.returncode == 2 and message in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
