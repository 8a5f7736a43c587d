"""Choosing an advisor by name, and falling back to the built-in one when a model cannot answer.

A missing package, missing weights, an out-of-memory GPU or a dead server must never leave the user
without an answer: the rules advisor answers instead, ``Advice.fallback`` says from what and why, and
one line on stderr says so. Bad *usage* (no ``--url`` for remote, a bad setting) is still BadInput.
"""

from __future__ import annotations

import dataclasses
import logging
import sys
from typing import Any

from companion.context import Advice, MixContext
from companion.errors import BadInput
from model.base import Advisor, TokenSink
from model.cards import attach
from model.generation import GenerationSettings
from model.prompt import build_grounding

log = logging.getLogger(__name__)

BACKENDS = ("rules", "qwen-audio", "llama-cpp", "remote")
CLI_OPTION_KEYS = ("model", "adapter", "merge_adapter", "load_in_4bit", "lora", "url", "send_audio")
"""Advisor options the CLI has flags for (cli.py ``_add_advisor_options``); the rest come from config."""


def rules_advisor() -> Advisor:
    """The built-in advisor (no weights, no heavy imports)."""
    from model.rules import RulesAdvisor

    return RulesAdvisor()


def _one_line(exc: BaseException) -> str:
    from companion.errors import ModelUnavailable

    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    if isinstance(exc, ModelUnavailable) and text:
        return text[:240]
    return f"{type(exc).__name__}: {text}"[:240] if text else type(exc).__name__


class FallbackAdvisor:
    """Wraps a model backend; when it cannot answer (or could not even load), the rules advisor does."""

    def __init__(self, backend: str, primary: Advisor | None, load_error: str | None = None) -> None:
        self.name = backend
        self.primary = primary
        self.load_error = load_error
        self._fallback: Advisor | None = None

    def advise(self, context: MixContext, on_token: TokenSink | None = None) -> Advice:
        reason = self.load_error
        streamed = False
        if self.primary is not None:

            def sink(piece: str) -> None:
                nonlocal streamed
                streamed = True
                if on_token is not None:
                    on_token(piece)

            try:
                advice = self.primary.advise(context, sink)
            except Exception as exc:  # any failure inside a model backend: the user still gets an answer
                log.debug("%s failed", self.name, exc_info=True)
                reason = _one_line(exc)
            else:
                if not advice.grounding:
                    advice = dataclasses.replace(advice, grounding=build_grounding(context))
                return attach(advice, context)  # the same cards as the built-in advisor's
        print(
            f"mixassist: {self.name} could not answer ({reason}); the built-in advisor answered instead",
            file=sys.stderr,
            flush=True,
        )
        if streamed and on_token is not None:
            on_token("\n\n")  # keep a half-streamed model answer apart from the fallback's
        if self._fallback is None:
            self._fallback = rules_advisor()
        advice = self._fallback.advise(context, on_token)
        return dataclasses.replace(
            advice,
            grounding=advice.grounding or build_grounding(context),
            fallback={"from": self.name, "reason": reason or "unknown"},
        )


def _flag(options: dict[str, Any], key: str) -> bool:
    value = options.get(key, False)
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    return bool(value)


def _build(backend: str, options: dict[str, Any], settings: GenerationSettings) -> Advisor:
    """Construct (and load) one backend. Usage errors raise BadInput; anything else means fallback."""
    if backend == "qwen-audio":
        from model.qwen_audio import DEFAULT_MODEL, QwenAudioAdvisor

        return QwenAudioAdvisor(
            str(options.get("model") or DEFAULT_MODEL),
            adapter=options.get("adapter"),
            merge_adapter=_flag(options, "merge_adapter"),
            load_in_4bit=_flag(options, "load_in_4bit"),
            dtype=str(options.get("dtype", "auto")),
            device=str(options.get("device", "auto")),
            settings=settings,
            warmup=_flag(options, "warmup") if "warmup" in options else True,
        )
    if backend == "llama-cpp":
        from model.llama_cpp import DEFAULT_N_CTX, LlamaCppAdvisor

        if not options.get("model"):
            raise BadInput("--backend llama-cpp needs --model FILE.gguf")
        threads = options.get("n_threads")
        return LlamaCppAdvisor(
            str(options["model"]),
            lora=options.get("lora"),
            lora_scale=float(options.get("lora_scale", 1.0)),
            n_ctx=int(options.get("n_ctx", DEFAULT_N_CTX)),
            n_threads=None if threads is None else int(threads),
            n_gpu_layers=int(options.get("n_gpu_layers", 0)),
            settings=settings,
        )
    if backend == "remote":
        from model.remote import DEFAULT_CONNECT_TIMEOUT_S, DEFAULT_TIMEOUT_S, RemoteAdvisor

        if not options.get("url"):
            raise BadInput("--backend remote needs --url (e.g. http://127.0.0.1:8000/v1)")
        return RemoteAdvisor(
            str(options["url"]),
            options.get("model"),
            send_audio=_flag(options, "send_audio"),
            timeout_s=float(options.get("timeout_s", DEFAULT_TIMEOUT_S)),
            connect_timeout_s=float(options.get("connect_timeout_s", DEFAULT_CONNECT_TIMEOUT_S)),
            settings=settings,
        )
    raise BadInput(f"unknown backend {backend!r} (choose from {', '.join(BACKENDS)})")


def create_advisor(backend: str | None, options: dict[str, Any] | None = None) -> Advisor:
    """The advisor named ``backend`` with ``options`` (model, adapter, merge_adapter, load_in_4bit, lora,
    url, send_audio, generation settings...), wrapped so it falls back to the rules advisor.

    Loads the model now (so the first ask is fast); a load failure is not raised but remembered, and
    every ask is then answered by the rules advisor with ``fallback`` set.
    """
    backend = backend or "rules"
    options = {k: v for k, v in (options or {}).items() if v is not None}
    if backend == "rules":
        return rules_advisor()
    if backend not in BACKENDS:
        raise BadInput(f"unknown backend {backend!r} (choose from {', '.join(BACKENDS)})")
    settings = GenerationSettings.from_options(options)
    try:
        primary = _build(backend, options, settings)
    except BadInput:
        raise
    except Exception as exc:  # missing package or weights, OOM, unreachable hub: answer without the model
        log.debug("%s could not load", backend, exc_info=True)
        return FallbackAdvisor(backend, None, _one_line(exc))
    return FallbackAdvisor(backend, primary)


def advisor_options(args: Any, config: dict[str, Any] | None = None) -> dict[str, Any]:
    """Options for ``create_advisor``: the config's ``[model]`` table, its ``[model.<backend>]`` sub-table,
    then the command-line flags that were given (flags win)."""
    backend = getattr(args, "backend", None) or (config or {}).get("backend") or "rules"
    table = dict((config or {}).get("model") or {})
    options = {k: v for k, v in table.items() if not isinstance(v, dict)}
    options.update(table.get(backend) or {})
    for key in CLI_OPTION_KEYS:
        value = getattr(args, key, None)
        if value not in (None, False):
            options[key] = value
    return options
