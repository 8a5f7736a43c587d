"""Who judges: any OpenAI-compatible ``/v1/chat/completions`` server, or a local GGUF through llama.cpp.

Both answer at temperature 0 with a fixed seed; every failure to get a reply (refused, timeout, HTTP error,
a reply with no text) is a JudgeCallError, which the judge counts apart from unparseable replies.
"""

from __future__ import annotations

import http.client
import json
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from companion.errors import BadInput
from model.remote import api_key_from_env, chat_completions_url
from training.judge import JudgeCallError

MAX_REPLY_TOKENS = 512
JUDGE_SEED = 0


class OpenAIJudge:
    """A judge behind an OpenAI-compatible server (OpenAI, vLLM, llama.cpp server, Ollama)."""

    def __init__(
        self, url: str, model: str | None = None, *, timeout_s: float = 120.0, api_key: str | None = None
    ) -> None:
        if timeout_s <= 0:
            raise BadInput("--judge-timeout must be positive")
        self.url = chat_completions_url(url)
        self.timeout_s = float(timeout_s)
        self.api_key = api_key if api_key is not None else api_key_from_env()
        self.name = model or self._served_model()

    def _headers(self) -> dict[str, str]:
        headers = {"Content-Type": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        return headers

    def _request(self, method: str, path: str, body: dict[str, Any] | None) -> dict[str, Any]:
        parts = urlsplit(self.url)
        cls = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
        conn = cls(parts.netloc, timeout=self.timeout_s)
        try:
            raw = None if body is None else json.dumps(body).encode()
            conn.request(method, path, body=raw, headers=self._headers())
            resp = conn.getresponse()
            data = resp.read()
            if resp.status != 200:
                raise JudgeCallError(
                    f"{self.url}: HTTP {resp.status} {data[:160].decode('utf-8', 'replace')}"
                )
            return json.loads(data)
        except TimeoutError:
            raise JudgeCallError(f"{self.url}: no answer within {self.timeout_s:g} s") from None
        except (OSError, http.client.HTTPException) as exc:
            raise JudgeCallError(f"{self.url}: {type(exc).__name__}: {exc}") from None
        except ValueError:
            raise JudgeCallError(f"{self.url}: the answer is not JSON") from None
        finally:
            conn.close()

    def _served_model(self) -> str:
        path = urlsplit(self.url).path.rsplit("/chat/completions", 1)[0] + "/models"
        try:
            data = self._request("GET", path, None)
            return str(data["data"][0]["id"])
        except (JudgeCallError, KeyError, IndexError, TypeError) as exc:
            raise BadInput(
                f"--judge-url {self.url}: give --judge-model (the server names none: {exc})"
            ) from None

    def complete(self, messages: list[dict[str, str]]) -> str:
        body = {
            "model": self.name,
            "messages": messages,
            "temperature": 0.0,
            "seed": JUDGE_SEED,
            "max_tokens": MAX_REPLY_TOKENS,
            "stream": False,
        }
        data = self._request("POST", urlsplit(self.url).path, body)
        try:
            text = data["choices"][0]["message"]["content"]
        except (KeyError, IndexError, TypeError):
            raise JudgeCallError(f"{self.url}: no choices[0].message.content in the answer") from None
        if not isinstance(text, str):
            raise JudgeCallError(f"{self.url}: the reply has no text")
        return text


class LlamaCppJudge:
    """A local GGUF judge (llama.cpp), for judging with no server at all."""

    def __init__(self, path: str, *, n_ctx: int = 8192) -> None:
        from model.llama_cpp import GgufSpec, load_gguf

        p = Path(path).expanduser()
        if not p.is_file():
            raise BadInput(f"--judge-model {path}: no such .gguf file (or give --judge-url for a server)")
        self.name = p.name
        self.llm = load_gguf(GgufSpec(str(p), n_ctx=n_ctx))

    def complete(self, messages: list[dict[str, str]]) -> str:
        try:
            out = self.llm.create_chat_completion(
                messages=messages, temperature=0.0, seed=JUDGE_SEED, max_tokens=MAX_REPLY_TOKENS
            )
        except ValueError as exc:  # e.g. the prompt exceeds the context window
            raise JudgeCallError(f"{self.name}: {str(exc).strip()[:200]}") from None
        text = out["choices"][0]["message"].get("content")
        if not isinstance(text, str):
            raise JudgeCallError(f"{self.name}: the reply has no text")
        return text


def make_judge(url: str | None, model: str | None, *, timeout_s: float) -> Any:
    """The judge the options name, or None when no judge was asked for."""
    if url:
        return OpenAIJudge(url, model, timeout_s=timeout_s)
    if model:
        return LlamaCppJudge(model)
    return None
