"""RemoteAdvisor against a real local HTTP server speaking the OpenAI chat API (SSE streaming)."""

from __future__ import annotations

import base64
import io
import socket
import time
import wave

import numpy as np
import pytest
from fakes.openai_server import FakeOpenAIServer
from fakes.sample_context import sample_context

from companion.errors import BadInput, ModelUnavailable
from model.generation import GenerationSettings
from model.prompt import build_grounding
from model.remote import RemoteAdvisor, chat_completions_url, iter_sse_data


@pytest.fixture(autouse=True)
def _no_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MIXASSIST_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)


@pytest.mark.parametrize("chunked", [True, False])
def test_streams_tokens_and_sends_the_prompt(chunked: bool) -> None:
    tokens: list[str] = []
    with FakeOpenAIServer("stream", chunked=chunked) as srv:
        advice = RemoteAdvisor(srv.url, "mix-model", settings=GenerationSettings(max_new_tokens=99)).advise(
            sample_context(), on_token=tokens.append
        )
    assert tokens == ["Pull ", "the ", "guitar ", "down ", "3 dB."]
    assert advice.text == "Pull the guitar down 3 dB." and advice.backend == "remote"
    assert advice.grounding == build_grounding(sample_context())
    (req,) = srv.requests
    assert req.path == "/v1/chat/completions"
    assert req.body["model"] == "mix-model" and req.body["stream"] is True and req.body["max_tokens"] == 99
    roles = [m["role"] for m in req.body["messages"]]
    assert roles == ["system", "user", "assistant", "user", "assistant", "user"]
    last = req.body["messages"][-1]["content"]
    assert isinstance(last, str) and "-9.8 LUFS integrated" in last and last.endswith("What do you hear?")
    assert "authorization" not in req.headers


def _decode_wav(b64: str) -> tuple[int, int, np.ndarray]:
    with wave.open(io.BytesIO(base64.b64decode(b64))) as w:
        rate, channels = w.getframerate(), w.getnchannels()
        pcm = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2")
    return rate, channels, pcm


def test_send_audio_adds_a_16khz_mono_wav_part() -> None:
    with FakeOpenAIServer("stream") as srv:
        RemoteAdvisor(srv.url, "m", send_audio=True).advise(sample_context(seconds=20.0))
    parts = srv.requests[0].body["messages"][-1]["content"]
    assert [p["type"] for p in parts] == ["input_audio", "text"]
    assert parts[0]["input_audio"]["format"] == "wav"
    rate, channels, pcm = _decode_wav(parts[0]["input_audio"]["data"])
    assert (rate, channels, pcm.size) == (16000, 1, 320000)
    # the 220 Hz tone survives resampling: its spectral peak sits at 220 Hz
    spectrum = np.abs(np.fft.rfft(pcm[:16000].astype(np.float64)))
    assert np.argmax(spectrum) == 220
    assert "LISTENING NOTES" in parts[1]["text"]


def test_long_clip_sends_only_the_last_30_s() -> None:
    with FakeOpenAIServer("stream") as srv:
        RemoteAdvisor(srv.url, "m", send_audio=True).advise(sample_context(seconds=40.0))
    rate, _, pcm = _decode_wav(srv.requests[0].body["messages"][-1]["content"][0]["input_audio"]["data"])
    assert pcm.size / rate == pytest.approx(30.0)


@pytest.mark.parametrize(("env", "value"), [("MIXASSIST_API_KEY", "k-mix"), ("OPENAI_API_KEY", "k-openai")])
def test_api_key_from_env(monkeypatch: pytest.MonkeyPatch, env: str, value: str) -> None:
    monkeypatch.setenv(env, value)
    with FakeOpenAIServer("stream") as srv:
        RemoteAdvisor(srv.url, "m").advise(sample_context())
    assert srv.requests[0].headers["authorization"] == f"Bearer {value}"


def test_server_that_ignores_stream_answers_as_json() -> None:
    tokens: list[str] = []
    with FakeOpenAIServer("json") as srv:
        advice = RemoteAdvisor(srv.url, "m").advise(sample_context(), on_token=tokens.append)
    assert advice.text == "Pull the guitar down 3 dB." and tokens == [advice.text]


def test_model_name_from_v1_models_when_not_given() -> None:
    with FakeOpenAIServer("stream", model_ids=("Qwen2-Audio-merged",)) as srv:
        RemoteAdvisor(srv.url.removesuffix("/v1")).advise(sample_context())
    assert srv.requests[0].body["model"] == "Qwen2-Audio-merged"


@pytest.mark.parametrize(
    ("mode", "message"),
    [
        ("error500", 'HTTP 500 Internal Server Error: {"error": {"message": "CUDA out of memory"'),
        ("drop", "dropped the connection mid-answer"),
        ("truncated", "dropped the connection mid-answer"),
    ],
)
@pytest.mark.parametrize("chunked", [True, False])
def test_server_failures_are_model_unavailable(mode: str, message: str, chunked: bool) -> None:
    with (
        FakeOpenAIServer(mode, chunked=chunked) as srv,
        pytest.raises(ModelUnavailable, match=r"^http://127\.0\.0\.1") as err,
    ):
        RemoteAdvisor(srv.url, "m").advise(sample_context())
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_stall_times_out_quickly() -> None:
    with FakeOpenAIServer("stall", stall_s=3.0) as srv:
        start = time.monotonic()
        with pytest.raises(ModelUnavailable, match=r"no answer within 0\.5 s"):
            RemoteAdvisor(srv.url, "m", timeout_s=0.5).advise(sample_context())
        assert time.monotonic() - start < 2.0


def test_refused_connection() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again when the block ends: nothing listens there
    with pytest.raises(ModelUnavailable, match="connection refused"):
        RemoteAdvisor(f"http://127.0.0.1:{port}", "m").advise(sample_context())


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://h:8000", "http://h:8000/v1/chat/completions"),
        ("http://h:8000/v1/", "http://h:8000/v1/chat/completions"),
        ("https://h/v1/chat/completions", "https://h/v1/chat/completions"),
    ],
)
def test_url_forms(url: str, expected: str) -> None:
    assert chat_completions_url(url) == expected


@pytest.mark.parametrize("url", ["localhost:8000", "ftp://h/v1", ""])
def test_bad_url_is_bad_input(url: str) -> None:
    with pytest.raises(BadInput, match="not an http"):
        RemoteAdvisor(url, "m")


def test_sse_parser_handles_comments_multiline_and_crlf() -> None:
    raw = [b": ping\r\n", b"data: a\r\n", b"data: b\r\n", b"\r\n", b"event: x\n", b"data:[DONE]\n", b"\n"]
    assert list(iter_sse_data(iter(raw))) == ["a\nb", "[DONE]"]
