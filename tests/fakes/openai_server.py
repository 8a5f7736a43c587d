"""A local OpenAI-compatible chat server (stdlib) that behaves like vLLM's ``/v1/chat/completions``.

It records every request and answers in one of a few modes, so tests drive the real RemoteAdvisor over
real TCP: an SSE stream (``data: {chunk}`` events, ``data: [DONE]``), a plain JSON answer, an HTTP 500,
a stall past the client's timeout, a connection dropped mid-stream, a stream cut without ``[DONE]``.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

MODES = ("stream", "json", "error500", "stall", "drop", "truncated")


@dataclass
class Recorded:
    path: str
    headers: dict[str, str]
    body: dict[str, Any]


@dataclass
class ServerState:
    mode: str = "stream"
    reply: tuple[str, ...] = ("Pull ", "the ", "guitar ", "down ", "3 dB.")
    stall_s: float = 3.0
    token_delay_s: float = 0.0  # a pause before each streamed piece: a model producing tokens at its pace
    chunked: bool = True
    model_ids: tuple[str, ...] = ("mix-model",)
    requests: list[Recorded] = field(default_factory=list)
    responder: Callable[[dict[str, Any]], str] | None = None  # json mode: the reply computed from the request


def _chunk(model: str, delta: dict[str, Any], finish: str | None = None) -> bytes:
    event = {
        "id": "chatcmpl-test",
        "object": "chat.completion.chunk",
        "created": 0,
        "model": model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }
    return f"data: {json.dumps(event)}\n\n".encode()


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # silence the default stderr log
        return

    def do_GET(self) -> None:
        if self.path.rstrip("/").endswith("/v1/models"):
            data = {
                "object": "list",
                "data": [{"id": m, "object": "model"} for m in self.server.state.model_ids],
            }
            self._send_json(200, data)
        else:
            self._send_json(404, {"error": {"message": "not found"}})

    def do_POST(self) -> None:
        state = self.server.state
        length = int(self.headers.get("Content-Length", "0"))
        body = json.loads(self.rfile.read(length) or b"{}")
        state.requests.append(Recorded(self.path, {k.lower(): v for k, v in self.headers.items()}, body))
        model = str(body.get("model", ""))
        if not self.path.endswith("/v1/chat/completions"):
            self._send_json(404, {"error": {"message": f"no route {self.path}"}})
        elif state.mode == "error500":
            self._send_json(500, {"error": {"message": "CUDA out of memory", "type": "InternalServerError"}})
        elif state.mode == "stall":
            time.sleep(state.stall_s)
            try:  # the client has given up by now, as it should
                self._send_json(200, {"choices": [{"message": {"role": "assistant", "content": "too late"}}]})
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True
        elif state.mode == "json":
            text = state.responder(body) if state.responder is not None else "".join(state.reply)
            self._send_json(
                200, {"choices": [{"index": 0, "message": {"role": "assistant", "content": text}}]}
            )
        else:
            self._stream(model, state)

    def _stream(self, model: str, state: ServerState) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        if state.chunked:  # what uvicorn (vLLM, llama.cpp server's proxies) sends for a streaming response
            self.send_header("Transfer-Encoding", "chunked")
        self.send_header("Connection", "close")
        self.end_headers()
        self._emit(b": keep-alive\n\n")
        self._emit(_chunk(model, {"role": "assistant", "content": ""}))
        for i, piece in enumerate(state.reply):
            if state.mode == "drop" and i == 2:
                self.connection.shutdown(2)  # the server dies mid-answer
                self.close_connection = True
                return
            if state.token_delay_s:
                time.sleep(state.token_delay_s)
            self._emit(_chunk(model, {"content": piece}))
        if state.mode != "truncated":  # truncated: the stream ends cleanly but without [DONE]
            self._emit(_chunk(model, {}, finish="stop"))
            self._emit(b"data: [DONE]\n\n")
        if state.chunked:
            self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()
        self.close_connection = True

    def _emit(self, data: bytes) -> None:
        if self.server.state.chunked:
            data = b"%x\r\n%s\r\n" % (len(data), data)
        self.wfile.write(data)
        self.wfile.flush()

    def _send_json(self, status: int, data: dict[str, Any]) -> None:
        raw = json.dumps(data).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(raw)))
        self.end_headers()
        self.wfile.write(raw)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    state: ServerState


class FakeOpenAIServer:
    """Context manager: ``with FakeOpenAIServer(mode="stream") as srv: srv.url`` (port chosen by the OS)."""

    def __init__(self, mode: str = "stream", **state: Any) -> None:
        if mode not in MODES:
            raise ValueError(f"mode {mode!r} not in {MODES}")
        self.state = ServerState(mode=mode, **state)
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.state = self.state
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/v1"

    @property
    def requests(self) -> list[Recorded]:
        return self.state.requests

    def __enter__(self) -> FakeOpenAIServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
