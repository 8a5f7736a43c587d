"""RemoteAdvisor: any OpenAI-compatible ``/v1/chat/completions`` server (vLLM, llama.cpp server, Ollama).

Standard library only (http.client), so a user with a GPU box elsewhere needs nothing heavy installed
here. Streams Server-Sent Events; every failure (refused, HTTP error, timeout, dropped connection, a
stream that ends without ``[DONE]``) becomes one-line ``ModelUnavailable`` so the fallback can answer.
"""

from __future__ import annotations

import base64
import http.client
import json
import logging
import os
import socket
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from companion.context import Advice, MixContext
from companion.errors import BadInput, ModelUnavailable
from model.audio_input import to_model_audio, wav_bytes
from model.base import TokenSink
from model.generation import GenerationSettings
from model.prompt import build_messages, grounding_of

log = logging.getLogger(__name__)

API_KEY_ENV = ("MIXASSIST_API_KEY", "OPENAI_API_KEY")
DEFAULT_TIMEOUT_S = 120.0
"""Whole answer; a cold vLLM server may take a while for its first token."""
DEFAULT_CONNECT_TIMEOUT_S = 5.0


def chat_completions_url(url: str) -> str:
    """Accept ``http://host:8000``, ``.../v1`` or the full ``.../v1/chat/completions``."""
    base = url.strip().rstrip("/")
    parts = urlsplit(base)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise BadInput(f"--url {url!r} is not an http(s) URL (e.g. http://127.0.0.1:8000/v1)")
    if base.endswith("/chat/completions"):
        return base
    if base.endswith("/v1"):
        return base + "/chat/completions"
    return base + "/v1/chat/completions"


def api_key_from_env() -> str | None:
    return next((os.environ[k] for k in API_KEY_ENV if os.environ.get(k)), None)


def openai_messages(messages: list[dict[str, Any]], audio_b64: str | None) -> list[dict[str, Any]]:
    """Our messages with the audio placeholder replaced by an ``input_audio`` part (or dropped)."""
    out = []
    for m in messages:
        content = m["content"]
        if isinstance(content, list):
            parts = []
            for p in content:
                if p.get("type") == "audio":
                    if audio_b64 is not None:
                        parts.append(
                            {"type": "input_audio", "input_audio": {"data": audio_b64, "format": "wav"}}
                        )
                else:
                    parts.append({"type": "text", "text": p["text"]})
            content = parts
        out.append({"role": m["role"], "content": content})
    return out


def iter_sse_data(lines: Iterator[bytes]) -> Iterator[str]:
    """The ``data:`` payloads of a Server-Sent Events stream (multi-line events joined by newlines)."""
    buf: list[str] = []
    for raw in lines:
        line = raw.decode("utf-8", errors="replace").rstrip("\r\n")
        if not line:
            if buf:
                yield "\n".join(buf)
                buf = []
            continue
        if line.startswith(":"):
            continue  # comment / keep-alive
        if line.startswith("data:"):
            buf.append(line[5:].lstrip(" ") if line[5:6] == " " else line[5:])
    if buf:
        yield "\n".join(buf)


class RemoteAdvisor:
    """Asks an OpenAI-compatible server; streams the reply to ``on_token``."""

    name = "remote"

    def __init__(
        self,
        url: str,
        model: str | None = None,
        *,
        send_audio: bool = False,
        api_key: str | None = None,
        timeout_s: float = DEFAULT_TIMEOUT_S,
        connect_timeout_s: float = DEFAULT_CONNECT_TIMEOUT_S,
        settings: GenerationSettings | None = None,
    ) -> None:
        self.url = chat_completions_url(url)
        self.model = model
        self.send_audio = send_audio
        self.api_key = api_key if api_key is not None else api_key_from_env()
        self.timeout_s = float(timeout_s)
        self.connect_timeout_s = float(connect_timeout_s)
        self.settings = settings or GenerationSettings()

    # ------------------------------------------------------------ request

    def request_body(self, context: MixContext) -> dict[str, Any]:
        """The JSON body sent (public so tests and the benchmark can see exactly what goes out)."""
        with_audio = self.send_audio and context.clip is not None
        messages = build_messages(context, with_audio=with_audio, token_budget=self.settings.token_budget)
        audio_b64 = None
        if with_audio and context.clip is not None:
            audio_b64 = base64.b64encode(wav_bytes(to_model_audio(context.clip))).decode("ascii")
        s = self.settings
        body: dict[str, Any] = {
            "model": self.model or self.served_model(),
            "messages": openai_messages(messages, audio_b64),
            "stream": True,
            "max_tokens": s.max_new_tokens,
            "temperature": s.temperature,
            "top_p": s.top_p,
        }
        if s.seed is not None:
            body["seed"] = s.seed
        if s.min_new_tokens:
            body["min_tokens"] = s.min_new_tokens  # vLLM extension; others ignore unknown keys
        return body

    def served_model(self) -> str:
        """With no ``--model``, the first model the server lists at ``/v1/models`` (vLLM serves one)."""
        if self.model:
            return self.model
        conn, path = self._connect()
        try:
            conn.request("GET", path.rsplit("/chat/completions", 1)[0] + "/models", headers=self._headers())
            resp = conn.getresponse()
            data = json.loads(resp.read()) if resp.status == 200 else {}
            self.model = str(data["data"][0]["id"])
        except (OSError, http.client.HTTPException, ValueError, KeyError, IndexError, TypeError) as exc:
            raise ModelUnavailable(
                f"{self.url}: no --model given and /v1/models did not name one ({exc})"
            ) from None
        finally:
            conn.close()
        return self.model

    def _headers(self) -> dict[str, str]:
        headers = {"Content-Type": "application/json", "Accept": "text/event-stream"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        return headers

    def _connect(self) -> tuple[http.client.HTTPConnection, str]:
        parts = urlsplit(self.url)
        cls = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
        conn = cls(parts.netloc, timeout=self.connect_timeout_s)
        return conn, parts.path + (f"?{parts.query}" if parts.query else "")

    # ------------------------------------------------------------ answer

    def advise(self, context: MixContext, on_token: TokenSink | None = None) -> Advice:
        body = self.request_body(context)
        started = time.monotonic()
        conn, path = self._connect()
        try:
            text = self._exchange(conn, path, body, started, on_token)
        except ModelUnavailable:
            raise
        except TimeoutError:
            raise ModelUnavailable(f"{self.url}: no answer within {self.timeout_s:g} s") from None
        except (
            http.client.IncompleteRead,
            http.client.RemoteDisconnected,
            ConnectionResetError,
            BrokenPipeError,
        ):
            raise ModelUnavailable(f"{self.url}: the server dropped the connection mid-answer") from None
        except ConnectionRefusedError:
            raise ModelUnavailable(f"{self.url}: connection refused (is the server running?)") from None
        except (OSError, http.client.HTTPException) as exc:
            raise ModelUnavailable(f"{self.url}: {type(exc).__name__}: {exc}") from None
        finally:
            conn.close()
        if not text.strip():
            raise ModelUnavailable(f"{self.url}: the server answered with empty text")
        grounding = grounding_of(body["messages"])
        return Advice(text=text.strip(), backend=self.name, grounding=grounding)

    def _exchange(
        self,
        conn: http.client.HTTPConnection,
        path: str,
        body: dict[str, Any],
        started: float,
        on_token: TokenSink | None,
    ) -> str:
        conn.request("POST", path, body=json.dumps(body).encode("utf-8"), headers=self._headers())
        sock = conn.sock  # kept: http.client drops conn.sock when the response will close the connection
        if sock is not None:  # after connecting, reads get what is left of the whole-answer timeout
            sock.settimeout(self._remaining(started))
        resp = conn.getresponse()
        if resp.status != 200:
            detail = resp.read(300).decode("utf-8", errors="replace").strip().splitlines()
            raise ModelUnavailable(
                f"{self.url}: HTTP {resp.status} {resp.reason}" + (f": {detail[0][:160]}" if detail else "")
            )
        ctype = resp.getheader("Content-Type", "")
        if "text/event-stream" not in ctype:  # a server that ignores "stream": one JSON answer
            return self._whole_json(resp.read(), on_token)
        return self._stream(resp, sock, started, on_token)

    def _remaining(self, started: float) -> float:
        left = self.timeout_s - (time.monotonic() - started)
        if left <= 0:
            raise TimeoutError
        return left

    def _stream(
        self,
        resp: http.client.HTTPResponse,
        sock: socket.socket | None,
        started: float,
        on_token: TokenSink | None,
    ) -> str:
        pieces: list[str] = []
        done = False
        for data in iter_sse_data(iter(resp.readline, b"")):
            if data.strip() == "[DONE]":
                done = True
                break
            try:
                chunk = json.loads(data)
            except json.JSONDecodeError:
                raise ModelUnavailable(f"{self.url}: not a JSON event in the stream: {data[:80]!r}") from None
            if "error" in chunk:
                err = chunk["error"]
                raise ModelUnavailable(
                    f"{self.url}: {err.get('message', err) if isinstance(err, dict) else err}"
                )
            for choice in chunk.get("choices") or []:
                piece = (choice.get("delta") or {}).get("content") or ""
                if piece:
                    pieces.append(piece)
                    if on_token is not None:
                        on_token(piece)
                if choice.get("finish_reason"):
                    done = True
            if sock is not None:  # a slow drip of tokens must end at the deadline too
                sock.settimeout(self._remaining(started))
        if not done:
            raise ModelUnavailable(f"{self.url}: the server dropped the connection mid-answer")
        return "".join(pieces)

    def _whole_json(self, raw: bytes, on_token: TokenSink | None) -> str:
        try:
            text = json.loads(raw)["choices"][0]["message"]["content"] or ""
        except (json.JSONDecodeError, KeyError, IndexError, TypeError):
            raise ModelUnavailable(f"{self.url}: not an OpenAI chat completion: {raw[:80]!r}") from None
        if on_token is not None and text:
            on_token(text)
        return text
