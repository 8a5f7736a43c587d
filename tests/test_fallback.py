"""Choosing a backend and falling back to the built-in advisor: in process and through the real CLI."""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import pytest
from fakes.openai_server import FakeOpenAIServer
from fakes.sample_context import sample_context, stereo_clip
from fakes.tiny_models import build_tiny_gguf

from companion.context import Advice, MixContext
from companion.errors import BadInput
from model.base import TokenSink
from model.prompt import build_grounding
from model.registry import FallbackAdvisor, advisor_options, create_advisor

ROOT = Path(__file__).resolve().parents[1]


def _stderr_lines(capsys: pytest.CaptureFixture[str]) -> list[str]:
    return [line for line in capsys.readouterr().err.splitlines() if line.strip()]


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_rules_backend_is_the_builtin_advisor() -> None:
    advisor = create_advisor("rules", {})
    assert advisor.name == "rules" and not isinstance(advisor, FallbackAdvisor)
    assert create_advisor(None).name == "rules"


def test_missing_weights_fall_back(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    advisor = create_advisor("qwen-audio", {"model": str(tmp_path / "no-weights")})
    assert advisor.name == "qwen-audio"
    ctx = sample_context()
    advice = advisor.advise(ctx)
    assert advice.backend == "rules" and advice.text
    assert advice.fallback == {
        "from": "qwen-audio",
        "reason": f"model {tmp_path / 'no-weights'}: no such folder (and not a hub id like 'org/name')",
    }
    assert advice.grounding == build_grounding(ctx)
    (line,) = _stderr_lines(capsys)
    assert line.startswith("mixassist: qwen-audio could not answer (model ") and line.endswith(
        "the built-in advisor answered instead"
    )


@pytest.mark.parametrize(
    ("backend", "module", "options", "reason"),
    [
        ("llama-cpp", "llama_cpp", {"model": "x.gguf"}, "llama-cpp needs llama-cpp-python"),
        ("qwen-audio", "transformers", {"model": "org/name"}, "qwen-audio needs torch and transformers"),
    ],
)
def test_missing_package_falls_back(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    backend: str,
    module: str,
    options: dict,
    reason: str,
) -> None:
    monkeypatch.setitem(sys.modules, module, None)  # what Python does when the package is not installed
    advice = create_advisor(backend, options).advise(sample_context())
    assert advice.backend == "rules"
    assert advice.fallback is not None and advice.fallback["reason"].startswith(reason)
    assert len(_stderr_lines(capsys)) == 1


@pytest.mark.parametrize(
    ("mode", "reason"),
    [("error500", "HTTP 500"), ("stall", "no answer within 0.5 s"), ("drop", "dropped the connection")],
)
def test_server_failures_fall_back(mode: str, reason: str, capsys: pytest.CaptureFixture[str]) -> None:
    tokens: list[str] = []
    with FakeOpenAIServer(mode, stall_s=2.0) as srv:
        advisor = create_advisor("remote", {"url": srv.url, "model": "m", "timeout_s": 0.5})
        advice = advisor.advise(sample_context(), on_token=tokens.append)
    assert advice.backend == "rules" and advice.fallback is not None
    assert advice.fallback["from"] == "remote" and reason in advice.fallback["reason"]
    assert tokens[-1] == advice.text  # the rules answer was streamed too
    if mode == "drop":
        assert tokens[:3] == ["Pull ", "the ", "\n\n"]  # the half answer is kept apart
    assert len(_stderr_lines(capsys)) == 1


def test_refused_connection_falls_back(capsys: pytest.CaptureFixture[str]) -> None:
    advice = create_advisor("remote", {"url": f"http://127.0.0.1:{_closed_port()}", "model": "m"}).advise(
        sample_context()
    )
    assert advice.fallback is not None and "connection refused" in advice.fallback["reason"]


def test_working_backend_answers_itself(capsys: pytest.CaptureFixture[str]) -> None:
    with FakeOpenAIServer("stream") as srv:
        advice = create_advisor("remote", {"url": srv.url, "model": "m", "max_new_tokens": 50}).advise(
            sample_context()
        )
        assert srv.requests[0].body["max_tokens"] == 50
    assert (advice.backend, advice.fallback, advice.text) == ("remote", None, "Pull the guitar down 3 dB.")
    assert _stderr_lines(capsys) == []


class _OutOfMemory:
    """Stands in for a CUDA model: torch raises OutOfMemoryError from generate() when VRAM runs out."""

    name = "qwen-audio"

    def advise(self, context: MixContext, on_token: TokenSink | None = None) -> Advice:
        import torch

        raise torch.OutOfMemoryError("CUDA out of memory. Tried to allocate 2.00 GiB (GPU 0; 7.79 GiB total)")


def test_any_exception_inside_a_backend_falls_back(capsys: pytest.CaptureFixture[str]) -> None:
    advice = FallbackAdvisor("qwen-audio", _OutOfMemory()).advise(sample_context())
    assert advice.fallback == {
        "from": "qwen-audio",
        "reason": "OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB (GPU 0; 7.79 GiB total)",
    }
    assert len(_stderr_lines(capsys)) == 1


@pytest.mark.parametrize(
    ("backend", "options", "message"),
    [
        ("llama-cpp", {}, "needs --model FILE.gguf"),
        ("remote", {}, "needs --url"),
        ("remote", {"url": "localhost:8000"}, "not an http"),
        ("whisper", {}, "unknown backend"),
        ("remote", {"url": "http://h", "max_new_tokens": "lots"}, "not a number"),
        ("remote", {"url": "http://h", "temperature": -1}, "temperature must be"),
    ],
)
def test_bad_usage_is_bad_input(backend: str, options: dict, message: str) -> None:
    with pytest.raises(BadInput, match=message):
        create_advisor(backend, options)


def test_advisor_options_config_then_flags() -> None:
    config = {
        "backend": "llama-cpp",
        "model": {"max_new_tokens": 200, "llama-cpp": {"model": "a.gguf", "n_ctx": 2048}},
    }
    args = argparse.Namespace(backend=None, model=None, lora="l.gguf", send_audio=False, url=None)
    assert advisor_options(args, config) == {
        "max_new_tokens": 200,
        "model": "a.gguf",
        "n_ctx": 2048,
        "lora": "l.gguf",
    }
    args = argparse.Namespace(backend="llama-cpp", model="b.gguf", send_audio=True)
    assert advisor_options(args, config)["model"] == "b.gguf"


# ---------------------------------------------------------------- the real CLI, end to end


@pytest.fixture(scope="module")
def wav(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import soundfile as sf

    path = tmp_path_factory.mktemp("audio") / "mix.wav"
    clip = stereo_clip(seconds=6.0)
    sf.write(path, np.asarray(clip.samples), clip.sample_rate)
    return path


def run_cli(*args: str, config: str = "") -> subprocess.CompletedProcess[str]:
    """``mixassist`` in a subprocess, with its own config file (``config`` is TOML text)."""
    env = dict(os.environ)
    cfg = Path(tempfile.mkdtemp(prefix="mixassist-test-")) / "config.toml"
    cfg.write_text(config)
    env["MIXASSIST_CONFIG"] = str(cfg)
    env.pop("MIXASSIST_API_KEY", None)
    return subprocess.run(
        [sys.executable, "-m", "companion.cli", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )


def test_cli_missing_weights_exit_0_with_fallback(wav: Path, tmp_path: Path) -> None:
    proc = run_cli(
        "ask", "--backend", "qwen-audio", "--model", str(tmp_path / "none"), "--audio", str(wav), "--json"
    )
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["backend"] == "rules" and out["fallback"]["from"] == "qwen-audio"
    assert "no such folder" in out["fallback"]["reason"]
    assert out["grounding"].startswith("LISTENING NOTES (measured on 6.0 s")
    assert len(proc.stderr.strip().splitlines()) == 1 and "built-in advisor answered instead" in proc.stderr


def test_cli_server_error_exit_0_with_fallback(wav: Path) -> None:
    with FakeOpenAIServer("error500") as srv:
        proc = run_cli(
            "ask", "--backend", "remote", "--url", srv.url, "--model", "m", "--audio", str(wav), "--json"
        )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["fallback"]["reason"].endswith(
        'HTTP 500 Internal Server Error: {"error": {"message": "CUDA out of memory", "type": "InternalServerError"}}'
    )


def test_cli_remote_with_audio_and_config(wav: Path) -> None:
    with FakeOpenAIServer("stream") as srv:
        proc = run_cli(
            "ask",
            "How loud is it?",
            "--backend",
            "remote",
            "--url",
            srv.url,
            "--send-audio",
            "--audio",
            str(wav),
            "--json",
            config='[model]\nmax_new_tokens = 77\nmodel = "from-config"\n',
        )
        body = srv.requests[0].body
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert (out["backend"], out["fallback"], out["answer"]) == ("remote", None, "Pull the guitar down 3 dB.")
    assert body["max_tokens"] == 77 and body["model"] == "from-config"
    assert body["messages"][-1]["content"][0]["type"] == "input_audio"
    assert body["messages"][-1]["content"][1]["text"].endswith("The amateur says: How loud is it?")


def test_cli_llama_cpp_answers(wav: Path, tmp_path: Path) -> None:
    gguf = build_tiny_gguf(tmp_path / "tiny.gguf")
    config = "[model]\nmin_new_tokens = 8\nmax_new_tokens = 8\ntemperature = 0\ntoken_budget = 16384\nn_ctx = 8192\n"
    proc = run_cli(
        "ask", "--backend", "llama-cpp", "--model", str(gguf), "--audio", str(wav), "--json", config=config
    )
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["backend"] == "llama-cpp" and out["fallback"] is None and out["answer"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--backend", "llama-cpp"], "mixassist: --backend llama-cpp needs --model FILE.gguf"),
        (["--backend", "remote"], "mixassist: --backend remote needs --url (e.g. http://127.0.0.1:8000/v1)"),
        (["--backend", "remote", "--url", "nope"], "mixassist: --url 'nope' is not an http(s) URL"),
    ],
)
def test_cli_bad_usage_exit_2(wav: Path, args: list[str], message: str) -> None:
    proc = run_cli("ask", *args, "--audio", str(wav))
    assert proc.returncode == 2
    assert proc.stderr.strip().startswith(message) and len(proc.stderr.strip().splitlines()) == 1
