"""QwenAudioAdvisor: Qwen2-Audio (+ optional LoRA) through transformers 5.x, hearing the clip itself.

The model gets the audio *and* the measured grounding (model/prompt.py), so it talks like the MixAssist
experts while staying true to the numbers. Loading costs seconds to minutes, so a loaded model is kept
per (model, adapter, merge, 4-bit, dtype, device) and warmed up once; every later ask reuses it.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

import numpy as np

from companion.context import Advice, MixContext
from companion.errors import ModelUnavailable
from model.audio_input import MODEL_SAMPLE_RATE, to_model_audio
from model.base import TokenSink
from model.generation import GenerationSettings
from model.prompt import build_messages, grounding_of

log = logging.getLogger(__name__)

DEFAULT_MODEL = "Qwen/Qwen2-Audio-7B-Instruct"
FOUR_BIT_SKIP_MODULES = ["audio_tower", "multi_modal_projector", "lm_head"]
"""Kept in bf16 under 4-bit: quantizing the Whisper encoder and projector hurts hearing (notes/models.md)."""
STREAM_TIMEOUT_S = 300.0
"""Longest wait for the next token before the answer counts as stuck."""
WARMUP_AUDIO_S = 1.0
HUB_CHECK_TIMEOUT_S = 3.0
HUB_FILES = ["*.json", "*.safetensors", "*.jinja", "*.txt", "*.model", "*.tiktoken", "*.md"]


@dataclass(frozen=True, slots=True)
class LoadSpec:
    """What identifies a loaded model in the cache."""

    model: str = DEFAULT_MODEL
    adapter: str | None = None
    merge_adapter: bool = False
    load_in_4bit: bool = False
    dtype: str = "auto"  # auto | bfloat16 | float16 | float32
    device: str = "auto"  # auto | cpu | cuda | cuda:N | mps


@dataclass(slots=True)
class Loaded:
    model: Any
    processor: Any
    device: str
    dtype: Any
    load_s: float = 0.0


_CACHE: dict[LoadSpec, Loaded] = {}
_CACHE_LOCK = threading.Lock()
_MODEL_THREAD: ThreadPoolExecutor | None = None
_THREAD_LOCK = threading.Lock()
T = TypeVar("T")


def model_thread() -> ThreadPoolExecutor:
    """The one long-lived thread that runs every torch call (features, generate).

    Why: each new thread that calls into torch gets its own OpenMP team, and a finished team keeps
    spinning for a while; alternating threads made CPU generation several times slower here.
    """
    global _MODEL_THREAD
    with _THREAD_LOCK:
        if _MODEL_THREAD is None:
            _MODEL_THREAD = ThreadPoolExecutor(max_workers=1, thread_name_prefix="qwen-audio-model")
        return _MODEL_THREAD


def _pick_device(torch: Any, wanted: str) -> str:
    if wanted != "auto":
        return wanted
    if torch.cuda.is_available():
        return "cuda"
    if getattr(torch.backends, "mps", None) is not None and torch.backends.mps.is_available():
        return "mps"
    return "cpu"


def _pick_dtype(torch: Any, wanted: str, device: str) -> Any:
    if wanted != "auto":
        return getattr(torch, wanted)
    if device.startswith("cuda"):
        return torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
    return torch.float16 if device == "mps" else torch.float32


def _hub_host() -> tuple[str, int]:
    parts = urlsplit(os.environ.get("HF_ENDPOINT", "https://huggingface.co"))
    return parts.hostname or "huggingface.co", parts.port or (443 if parts.scheme == "https" else 80)


def _hub_reachable(timeout_s: float = HUB_CHECK_TIMEOUT_S) -> bool:
    """One TCP connect: offline, huggingface_hub would retry for minutes before giving up."""
    if os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in ("1", "true", "yes"):
        return False
    try:
        socket.create_connection(_hub_host(), timeout=timeout_s).close()
    except OSError:
        return False
    return True


def resolve_folder(name: str, what: str) -> str:
    """A local folder for ``name``: the folder itself, the Hugging Face cache, or a download
    (safetensors and configs only: pickled weights are never fetched)."""
    p = Path(name).expanduser()
    if p.is_dir():
        return str(p)
    if name.startswith((".", "/", "~")) or p.exists() or name.count("/") != 1:
        raise ModelUnavailable(f"{what} {name}: no such folder (and not a hub id like 'org/name')")
    try:
        from huggingface_hub import snapshot_download
    except ImportError:
        raise ModelUnavailable(f"{what} {name}: huggingface_hub is missing to fetch it") from None
    try:
        return snapshot_download(name, local_files_only=True)
    except Exception:  # not cached (LocalEntryNotFoundError and friends): try the hub
        log.debug("%s not in the local cache", name, exc_info=True)
    if not _hub_reachable():
        host = _hub_host()[0]
        raise ModelUnavailable(
            f"{what} {name} is not in the local Hugging Face cache and {host} cannot be reached "
            "(download it once, or give a local folder)"
        )
    try:
        return snapshot_download(name, allow_patterns=HUB_FILES)
    except Exception as exc:
        raise ModelUnavailable(f"cannot download {what} {name}: {_first_line(exc)}") from None


def load(spec: LoadSpec) -> Loaded:
    """Load (once) the model and processor of ``spec``; raises ModelUnavailable with one line on failure."""
    with _CACHE_LOCK:
        if spec in _CACHE:
            return _CACHE[spec]
        loaded = _load_uncached(spec)
        _CACHE[spec] = loaded
        return loaded


def _load_uncached(spec: LoadSpec) -> Loaded:
    import time

    try:
        import torch
        from transformers import AutoProcessor, Qwen2AudioForConditionalGeneration
    except ImportError as exc:
        raise ModelUnavailable(
            f"qwen-audio needs torch and transformers ({exc.name} missing): pip install 'mixassist-companion[model]'"
        ) from None
    model_dir = resolve_folder(spec.model, "model")
    adapter_dir = resolve_folder(spec.adapter, "adapter") if spec.adapter else None
    started = time.perf_counter()
    device = _pick_device(torch, spec.device)
    dtype = _pick_dtype(torch, spec.dtype, device)
    kwargs: dict[str, Any] = {"dtype": dtype, "trust_remote_code": False, "use_safetensors": True}
    if spec.load_in_4bit:
        if not device.startswith("cuda"):
            raise ModelUnavailable("4-bit loading (bitsandbytes) needs a CUDA GPU; none was found")
        try:
            from transformers import BitsAndBytesConfig
        except ImportError:  # pragma: no cover - transformers always has it; bitsandbytes is checked on load
            raise ModelUnavailable("4-bit loading needs bitsandbytes: pip install bitsandbytes") from None
        kwargs["quantization_config"] = BitsAndBytesConfig(
            load_in_4bit=True,
            bnb_4bit_quant_type="nf4",
            bnb_4bit_compute_dtype=torch.bfloat16,
            llm_int8_skip_modules=FOUR_BIT_SKIP_MODULES,
        )
        kwargs["device_map"] = {"": device}
    try:
        processor = AutoProcessor.from_pretrained(model_dir, trust_remote_code=False)
        model = Qwen2AudioForConditionalGeneration.from_pretrained(model_dir, **kwargs)
    except (OSError, ValueError, ImportError) as exc:
        raise ModelUnavailable(f"cannot load {spec.model}: {_first_line(exc)}") from None
    if not spec.load_in_4bit:
        model = model.to(device)
    if adapter_dir:
        model = _with_adapter(model, adapter_dir, spec)
    model.eval()
    return Loaded(model, processor, device, dtype, time.perf_counter() - started)


def _with_adapter(model: Any, adapter_dir: str, spec: LoadSpec) -> Any:
    try:
        from peft import PeftModel
    except ImportError:
        raise ModelUnavailable(
            "a LoRA adapter needs peft: pip install 'mixassist-companion[model]'"
        ) from None
    try:
        model = PeftModel.from_pretrained(model, adapter_dir, is_trainable=False)
    except (OSError, ValueError, KeyError) as exc:
        raise ModelUnavailable(f"cannot load adapter {spec.adapter}: {_first_line(exc)}") from None
    if spec.merge_adapter:
        if spec.load_in_4bit:  # merging into nf4 weights rounds the adapter away (notes/models.md)
            log.warning("not merging the adapter into 4-bit weights; it stays a separate LoRA")
        else:
            model = model.merge_and_unload()
    return model


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return (text.splitlines()[0] if text else type(exc).__name__)[:200]


class QwenAudioAdvisor:
    """Qwen2-Audio-7B-Instruct (or a fine-tune), hearing the last 30 s of the clip, streaming its answer."""

    name = "qwen-audio"

    def __init__(
        self,
        model: str = DEFAULT_MODEL,
        *,
        adapter: str | None = None,
        merge_adapter: bool = False,
        load_in_4bit: bool = False,
        dtype: str = "auto",
        device: str = "auto",
        settings: GenerationSettings | None = None,
        warmup: bool = True,
    ) -> None:
        self.spec = LoadSpec(str(model), adapter and str(adapter), merge_adapter, load_in_4bit, dtype, device)
        self.settings = settings or GenerationSettings()
        self.last_stats: dict[str, int] = {}  # prompt_tokens, new_tokens of the last generation (benchmarks)
        self.loaded = load(self.spec)
        if warmup:
            self.warm_up()

    # ------------------------------------------------------------ prompt

    def count_tokens(self, text: str) -> int:
        return len(self.loaded.processor.tokenizer(text, add_special_tokens=False)["input_ids"])

    def messages(self, context: MixContext) -> list[dict[str, Any]]:
        return build_messages(
            context,
            with_audio=context.clip is not None,
            token_budget=self.settings.token_budget,
            count_tokens=self.count_tokens,
        )

    def render_prompt(self, messages: list[dict[str, Any]]) -> str:
        """The chat-template text (with ``<|AUDIO|>`` before expansion) the model reads."""
        return self.loaded.processor.apply_chat_template(messages, add_generation_prompt=True, tokenize=False)

    def model_inputs(self, prompt: str, audio: np.ndarray | None) -> Any:
        """Token ids and log-mel features on the model's device (the mel STFT runs on the GPU when there is
        one: ~70 ms for 30 s on a CPU core, a few ms on a GPU)."""
        processor, loaded = self.loaded.processor, self.loaded
        if audio is None:
            inputs = processor(text=[prompt], return_tensors="pt", padding=True)
        else:
            on_gpu = {"device": loaded.device} if loaded.device.startswith("cuda") else {}
            inputs = processor(
                text=[prompt],
                audio=[audio],
                sampling_rate=MODEL_SAMPLE_RATE,
                return_tensors="pt",
                padding=True,
                **on_gpu,
            )
        inputs = inputs.to(loaded.device)
        if "input_features" in inputs:
            inputs["input_features"] = inputs["input_features"].to(loaded.dtype)
        return inputs

    # ------------------------------------------------------------ generation

    def warm_up(self) -> None:
        """One tiny generation with audio, so the first real ask does not pay for kernel set-up."""
        silence = np.zeros(int(WARMUP_AUDIO_S * MODEL_SAMPLE_RATE), np.float32)
        parts = [{"type": "audio", "audio": "warmup"}, {"type": "text", "text": "Hi"}]
        self._generate(
            self.render_prompt([{"role": "user", "content": parts}]), silence, None, max_new_tokens=1
        )

    def advise(self, context: MixContext, on_token: TokenSink | None = None) -> Advice:
        msgs = self.messages(context)
        audio = to_model_audio(context.clip) if context.clip is not None else None
        text = self._generate(self.render_prompt(msgs), audio, on_token)
        if not text.strip():
            raise ModelUnavailable(f"{self.spec.model} produced no text")
        return Advice(text=text.strip(), backend=self.name, grounding=grounding_of(msgs))

    def generation_kwargs(self, max_new_tokens: int | None = None) -> dict[str, Any]:
        s = self.settings
        kwargs: dict[str, Any] = {
            "max_new_tokens": max_new_tokens or s.max_new_tokens,
            "min_new_tokens": min(s.min_new_tokens, max_new_tokens or s.max_new_tokens),
            "do_sample": s.do_sample,
            "repetition_penalty": s.repetition_penalty,
        }
        if s.do_sample:
            kwargs.update(temperature=s.temperature, top_p=s.top_p, top_k=s.top_k)
        return kwargs

    def on_model_thread(self, fn: Callable[[], T]) -> T:
        """Run ``fn`` on the one thread that does all torch work (see ``model_thread``) and wait."""
        return model_thread().submit(fn).result()

    def _generate(
        self,
        prompt: str,
        audio: np.ndarray | None,
        on_token: TokenSink | None,
        max_new_tokens: int | None = None,
    ) -> str:
        """Features + generate on the model thread; pieces come back through TextIteratorStreamer."""
        import torch
        from transformers import TextIteratorStreamer

        streamer = TextIteratorStreamer(
            self.loaded.processor.tokenizer,
            skip_prompt=True,
            timeout=STREAM_TIMEOUT_S,
            skip_special_tokens=True,
        )

        def work() -> None:
            try:
                inputs = self.model_inputs(prompt, audio)
                if self.settings.seed is not None:
                    torch.manual_seed(self.settings.seed)
                with torch.inference_mode():
                    out = self.loaded.model.generate(
                        **inputs, streamer=streamer, **self.generation_kwargs(max_new_tokens)
                    )
                n_prompt = int(inputs["input_ids"].shape[1])
                self.last_stats = {"prompt_tokens": n_prompt, "new_tokens": int(out.shape[1]) - n_prompt}
            finally:
                streamer.end()  # a failed generate must not leave the reader waiting; a second end is harmless

        job = model_thread().submit(work)
        pieces: list[str] = []
        for piece in streamer:
            if piece:
                pieces.append(piece)
                if on_token is not None:
                    on_token(piece)
        try:
            job.result()
        except Exception as exc:
            if "out of memory" in str(exc).lower():
                raise ModelUnavailable(f"{self.spec.model}: out of memory while answering") from exc
            raise
        return "".join(pieces)
