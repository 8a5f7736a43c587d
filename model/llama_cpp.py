"""LlamaCppAdvisor: a GGUF chat model through llama-cpp-python, for users without a GPU.

llama.cpp has no usable Qwen2-Audio path (notes/models.md), so this model reads the measured listening
notes in place of the audio: the same prompt as every backend, text only. A loaded model is kept per
(file, LoRA, context size, threads, GPU layers): loading is the slow part, answering reuses it.
"""

from __future__ import annotations

import atexit
import logging
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from companion.context import Advice, MixContext
from companion.errors import ModelUnavailable
from model.base import TokenSink
from model.generation import GenerationSettings
from model.prompt import build_messages, grounding_of

log = logging.getLogger(__name__)

DEFAULT_N_CTX = 4096


@dataclass(frozen=True, slots=True)
class GgufSpec:
    model: str
    lora: str | None = None
    lora_scale: float = 1.0
    n_ctx: int = DEFAULT_N_CTX
    n_threads: int | None = None  # None: llama.cpp's choice (physical cores)
    n_gpu_layers: int = 0


_CACHE: dict[GgufSpec, Any] = {}
_CACHE_LOCK = threading.Lock()


def load_gguf(spec: GgufSpec) -> Any:
    """The ``llama_cpp.Llama`` of ``spec``, loaded once; ModelUnavailable with one line on failure."""
    with _CACHE_LOCK:
        if spec not in _CACHE:
            if not _CACHE:
                atexit.register(close_all)
            _CACHE[spec] = _load_uncached(spec)
        return _CACHE[spec]


def close_all() -> None:
    """Free every cached model while llama.cpp is still loaded: left to ``Llama.__del__`` at interpreter exit,
    the freeing runs after the library's globals are gone and prints a TypeError traceback."""
    with _CACHE_LOCK:
        models = list(_CACHE.values())
        _CACHE.clear()
    for model in models:
        close = getattr(model, "close", None)
        if close is not None:
            close()


def _load_uncached(spec: GgufSpec) -> Any:
    try:
        from llama_cpp import Llama
    except ImportError:
        raise ModelUnavailable(
            "llama-cpp needs llama-cpp-python: pip install 'mixassist-companion[cpu-llm]'"
        ) from None
    for what, path in (("model", spec.model), ("LoRA", spec.lora)):
        if path is not None and not Path(path).is_file():
            raise ModelUnavailable(f"{what} {path}: no such GGUF file")
    try:
        return Llama(
            model_path=spec.model,
            lora_path=spec.lora,
            lora_scale=spec.lora_scale,
            n_ctx=spec.n_ctx,
            n_threads=spec.n_threads,
            n_gpu_layers=spec.n_gpu_layers,
            verbose=False,
        )
    except (ValueError, RuntimeError, OSError) as exc:
        raise ModelUnavailable(f"cannot load {spec.model}: {str(exc).strip()[:200]}") from None


class _MinNewTokens:
    """A llama.cpp logits processor that forbids end-of-generation until ``count`` tokens exist
    (llama-cpp-python has no ``min_tokens``; tiny test models otherwise may stop at once)."""

    def __init__(self, count: int, stop_ids: list[int]) -> None:
        self.count = count
        self.stop_ids = stop_ids
        self.prompt_len: int | None = None

    def __call__(self, input_ids: Any, scores: Any) -> Any:
        if self.prompt_len is None:
            self.prompt_len = len(input_ids)
        if len(input_ids) - self.prompt_len < self.count:
            scores[self.stop_ids] = -float("inf")
        return scores


class LlamaCppAdvisor:
    """A GGUF chat model (optionally with a LoRA GGUF) answering from the text grounding, streamed."""

    name = "llama-cpp"

    def __init__(
        self,
        model: str,
        *,
        lora: str | None = None,
        lora_scale: float = 1.0,
        n_ctx: int = DEFAULT_N_CTX,
        n_threads: int | None = None,
        n_gpu_layers: int = 0,
        settings: GenerationSettings | None = None,
    ) -> None:
        self.spec = GgufSpec(
            str(model), lora and str(lora), float(lora_scale), int(n_ctx), n_threads, n_gpu_layers
        )
        self.settings = settings or GenerationSettings()
        self.last_stats: dict[str, int] = {}  # new_tokens of the last answer (benchmarks)
        self.llm = load_gguf(self.spec)

    def count_tokens(self, text: str) -> int:
        return len(self.llm.tokenize(text.encode("utf-8"), add_bos=False, special=False))

    @property
    def prompt_budget(self) -> int:
        """The prompt may use what the context window leaves after the answer."""
        return max(64, min(self.settings.token_budget, self.spec.n_ctx - self.settings.max_new_tokens))

    def messages(self, context: MixContext) -> list[dict[str, Any]]:
        return build_messages(
            context, with_audio=False, token_budget=self.prompt_budget, count_tokens=self.count_tokens
        )

    def advise(self, context: MixContext, on_token: TokenSink | None = None) -> Advice:
        msgs = self.messages(context)
        s = self.settings
        kwargs: dict[str, Any] = {
            "messages": msgs,
            "stream": True,
            "max_tokens": s.max_new_tokens,
            "temperature": s.temperature,
            "top_p": s.top_p,
            "top_k": s.top_k,
            "repeat_penalty": s.repetition_penalty,
            "seed": s.seed,
        }
        if s.min_new_tokens:
            from llama_cpp import LogitsProcessorList

            stop_ids = [self.llm.token_eos()]
            kwargs["logits_processor"] = LogitsProcessorList([_MinNewTokens(s.min_new_tokens, stop_ids)])
        pieces: list[str] = []
        finish = None
        try:
            for chunk in self.llm.create_chat_completion(**kwargs):
                finish = chunk["choices"][0].get("finish_reason") or finish
                piece = chunk["choices"][0]["delta"].get("content") or ""
                if piece:
                    pieces.append(piece)
                    if on_token is not None:
                        on_token(piece)
        except ValueError as exc:  # e.g. "Requested tokens (...) exceed context window of ..."
            raise ModelUnavailable(f"{Path(self.spec.model).name}: {str(exc).strip()[:200]}") from None
        text = "".join(pieces).strip()
        # stream chunks are not tokens (multi-byte pieces arrive empty): count from how it ended
        new_tokens = s.max_new_tokens if finish == "length" else self.count_tokens(text)
        self.last_stats = {"new_tokens": new_tokens}
        if not text:
            raise ModelUnavailable(f"{Path(self.spec.model).name} produced no text")
        return Advice(text=text, backend=self.name, grounding=grounding_of(msgs))
