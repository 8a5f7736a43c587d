"""Model latency: time to first token, tokens/s, peak memory, and the companion's overhead around the model.

Baseline (same process, same inputs): the bare engine call (``model.generate`` / llama.cpp completion /
one HTTP request) with no analysis, no prompt building and no streaming. The ratio says what the
companion adds; its overhead (analysis + prompt + streaming) should stay <= 100 ms.

    .venv/bin/python benchmarks/model_latency.py                       # CPU: rules + tiny random models
    .venv/bin/python benchmarks/model_latency.py --backend qwen-audio --model Qwen/Qwen2-Audio-7B-Instruct
    .venv/bin/python benchmarks/model_latency.py --random-qwen 7b [--load-in-4bit]   # GPU, no download
    .venv/bin/python benchmarks/model_latency.py --backend llama-cpp --model model.gguf --threads 8
    .venv/bin/python benchmarks/model_latency.py --backend remote --url http://gpu-box:8000/v1 --send-audio
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import json
import resource
import statistics
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from fakes.sample_context import sample_context  # noqa: E402

from companion.context import MixContext  # noqa: E402

# Qwen2-Audio-7B(-Instruct) config.json: Whisper-large-v3-sized encoder + a Qwen-7B decoder
QWEN2_AUDIO_7B_AUDIO = {
    "d_model": 1280,
    "encoder_layers": 32,
    "encoder_attention_heads": 20,
    "encoder_ffn_dim": 5120,
    "num_mel_bins": 128,
    "max_source_positions": 1500,
}
QWEN2_AUDIO_7B_TEXT = {
    "hidden_size": 4096,
    "intermediate_size": 11008,
    "num_hidden_layers": 32,
    "num_attention_heads": 32,
    "num_key_value_heads": 32,
    "vocab_size": 156032,
    "max_position_embeddings": 8192,
    "rope_theta": 10000.0,
    "rms_norm_eps": 1e-5,
}
TINY_AUDIO = {
    "d_model": 32,
    "encoder_layers": 3,
    "encoder_attention_heads": 2,
    "encoder_ffn_dim": 64,
    "num_mel_bins": 128,
    "max_source_positions": 1500,
}
TINY_TEXT = {"hidden_size": 32, "intermediate_size": 64, "num_hidden_layers": 2, "num_attention_heads": 4,
             "num_key_value_heads": 2, "max_position_embeddings": 32768}  # fmt: skip


@dataclasses.dataclass
class Result:
    label: str
    load_s: float
    ttft_s: float
    total_s: float
    new_tokens: int
    engine_s: float | None
    analysis_s: float
    peak_rss_mb: float
    peak_gpu_gb: float | None
    prompt_tokens: int | None = None
    engine_ttft_s: float | None = None  # the bare engine's one-token generate: prefill + audio encoder

    @property
    def tokens_per_s(self) -> float:
        """0 when the text came in one piece: the streamer flushes at word ends, and a random model's greedy
        text may have none, so only the bare engine's figures (below the table) say how fast it decodes."""
        decode_s = self.total_s - self.ttft_s
        return (self.new_tokens - 1) / decode_s if self.new_tokens > 1 and decode_s > 1e-3 else 0.0

    @property
    def overhead_ms(self) -> float | None:
        return None if self.engine_s is None else 1000 * (self.analysis_s + self.total_s - self.engine_s)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def peak_gpu_gb() -> float | None:
    torch = sys.modules.get("torch")
    if torch is None or not torch.cuda.is_available():
        return None
    return torch.cuda.max_memory_allocated() / 2**30


def make_context(audio: str | None, seconds: float, question: str) -> tuple[MixContext, float]:
    """The ask's context (sample session + 6 turns) and how long the listening analysis took."""
    ctx = sample_context(question=question, seconds=seconds)
    if audio:
        from companion.listening.audio import load_clip

        ctx = dataclasses.replace(ctx, clip=load_clip(audio, max_seconds=seconds))
    try:
        from companion.analysis import analyze, diagnose
    except ImportError:
        print("  (companion.analysis.analyze not available: hand-built analysis, analysis time not counted)")
        return ctx, 0.0
    start = time.perf_counter()
    analysis = analyze(ctx.clip.samples, ctx.clip.sample_rate)
    findings = diagnose(analysis, ctx.snapshot, target=ctx.target, genre=None)
    took = time.perf_counter() - start
    return dataclasses.replace(ctx, analysis=analysis, findings=tuple(findings)), took


def timed_asks(advisor: Any, ctx: MixContext, runs: int) -> tuple[float, float, int]:
    """Median TTFT (first streamed text), median total, tokens of the last answer."""
    ttfts, totals = [], []
    new_tokens = 0
    for _ in range(runs):
        first: list[float] = []

        def on_token(_piece: str, first: list[float] = first) -> None:
            if not first:
                first.append(time.perf_counter())

        start = time.perf_counter()
        advice = advisor.advise(ctx, on_token=on_token)
        totals.append(time.perf_counter() - start)
        ttfts.append((first[0] if first else time.perf_counter()) - start)
        stats = getattr(advisor, "last_stats", {}) or {}
        new_tokens = int(stats.get("new_tokens") or len(advice.text.split()))
    return statistics.median(ttfts), statistics.median(totals), new_tokens


# ---------------------------------------------------------------- engine-only baselines


def engine_qwen(advisor: Any, ctx: MixContext, new_tokens: int, runs: int) -> tuple[float, float]:
    """What the model card does for one answer: 16 kHz audio, processor (mel + tokens), generate; on the
    advisor's model thread, like the advisor itself. Returns the median answer time and the median time of a
    one-token answer (the engine's own time to first token)."""
    import torch

    from model.audio_input import to_model_audio

    prompt = advisor.render_prompt(advisor.messages(ctx))

    def bare(tokens: int) -> None:
        inputs = advisor.model_inputs(prompt, to_model_audio(ctx.clip))
        with torch.inference_mode():
            advisor.loaded.model.generate(
                **inputs, max_new_tokens=tokens, min_new_tokens=tokens, do_sample=False
            )
        if torch.cuda.is_available():
            torch.cuda.synchronize()

    times, firsts = [], []
    for _ in range(runs):
        start = time.perf_counter()
        advisor.on_model_thread(lambda: bare(new_tokens))
        times.append(time.perf_counter() - start)
        start = time.perf_counter()
        advisor.on_model_thread(lambda: bare(1))
        firsts.append(time.perf_counter() - start)
    return statistics.median(times), statistics.median(firsts)


def engine_llama(advisor: Any, ctx: MixContext, new_tokens: int, runs: int) -> float:
    from llama_cpp import LogitsProcessorList

    from model.llama_cpp import _MinNewTokens

    msgs = advisor.messages(ctx)
    times = []
    for _ in range(runs):
        proc = LogitsProcessorList([_MinNewTokens(new_tokens, [advisor.llm.token_eos()])])
        start = time.perf_counter()
        advisor.llm.create_chat_completion(
            messages=msgs, max_tokens=new_tokens, temperature=0, logits_processor=proc
        )
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def engine_remote(advisor: Any, ctx: MixContext, runs: int) -> float:
    body = json.dumps({**advisor.request_body(ctx), "stream": False}).encode()
    times = []
    for _ in range(runs):
        req = urllib.request.Request(advisor.url, body, {"Content-Type": "application/json"})
        start = time.perf_counter()
        with urllib.request.urlopen(req, timeout=advisor.timeout_s) as resp:
            resp.read()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


# ---------------------------------------------------------------- random Qwen2-Audio from a config


def build_random_qwen(folder: Path, size: str, tokenizer_dir: str | None) -> Path:
    """Random weights in the real architecture (``7b`` or ``tiny``), saved so the real loader reads them.

    With no ``--tokenizer`` the byte-level test tokenizer is used: ~4x more text tokens than Qwen's own,
    so the TTFT measured is an upper bound.
    """
    import torch
    from fakes.tiny_models import tiny_processor
    from transformers import AutoProcessor, Qwen2AudioConfig, Qwen2AudioForConditionalGeneration

    processor = AutoProcessor.from_pretrained(tokenizer_dir) if tokenizer_dir else tiny_processor()
    tok = processor.tokenizer
    text = dict(QWEN2_AUDIO_7B_TEXT if size == "7b" else TINY_TEXT)
    text["vocab_size"] = max(int(text.get("vocab_size", 0)), len(tok))
    config = Qwen2AudioConfig(
        audio_config=QWEN2_AUDIO_7B_AUDIO if size == "7b" else TINY_AUDIO,
        text_config=text,
        audio_token_index=tok.convert_tokens_to_ids("<|AUDIO|>"),
    )
    config.text_config.eos_token_id = tok.convert_tokens_to_ids("<|im_end|>")
    device = "cuda" if torch.cuda.is_available() else "cpu"
    dtype = torch.bfloat16 if device == "cuda" else torch.float32
    torch.manual_seed(0)
    start = time.perf_counter()
    with torch.device(device):
        model = Qwen2AudioForConditionalGeneration._from_config(config, dtype=dtype)
    if not tokenizer_dir:
        # The byte-level test tokenizer decodes only its first len(tok) ids to text, and a lone byte >= 0x80 is
        # no text either (the streamer holds it back): random logits would give an empty or unstreamed answer.
        # Zeroed head rows keep the full-size head's cost while the argmax lands on printable ASCII.
        printable = [i for i in range(len(tok)) if (t := tok.decode([i])).isascii() and t.isprintable() and t]
        keep = torch.zeros(
            config.text_config.vocab_size, dtype=torch.bool, device=model.lm_head.weight.device
        )
        keep[printable] = True
        with torch.no_grad():
            model.lm_head.weight[~keep] = 0
    n_params = sum(p.numel() for p in model.parameters())
    model.save_pretrained(folder)
    processor.save_pretrained(folder)
    print(
        f"  built random {size} Qwen2-Audio: {n_params / 1e9:.2f} B params, {time.perf_counter() - start:.1f} s"
    )
    del model
    gc.collect()
    if device == "cuda":
        torch.cuda.empty_cache()
        torch.cuda.reset_peak_memory_stats()
    return folder


# ---------------------------------------------------------------- runs


def run_backend(label: str, backend: str, options: dict[str, Any], ctx: MixContext, analysis_s: float,
                runs: int) -> Result:  # fmt: skip
    from model.registry import create_advisor

    start = time.perf_counter()
    wrapped = create_advisor(backend, options)
    load_s = time.perf_counter() - start
    advisor = getattr(wrapped, "primary", wrapped)
    if advisor is None:
        raise SystemExit(f"{label}: could not load: {wrapped.load_error}")
    _, _, new_tokens = timed_asks(advisor, ctx, 1)  # first ask outside the figures
    engines = {
        "qwen-audio": lambda: engine_qwen(advisor, ctx, new_tokens, 1),
        "llama-cpp": lambda: engine_llama(advisor, ctx, new_tokens, 1),
        "remote": lambda: engine_remote(advisor, ctx, 1),
    }
    ttfts, totals, bare, bare_first = [], [], [], []
    for _ in range(runs):  # interleaved, so load from other processes hits both sides alike
        ttft, total, new_tokens = timed_asks(advisor, ctx, 1)
        ttfts.append(ttft)
        totals.append(total)
        if backend in engines:
            timed = engines[backend]()
            bare.append(timed[0] if isinstance(timed, tuple) else timed)
            if isinstance(timed, tuple):
                bare_first.append(timed[1])
    ttft, total = statistics.median(ttfts), statistics.median(totals)
    engine = statistics.median(bare) if bare else None
    prompt_tokens = (getattr(advisor, "last_stats", {}) or {}).get("prompt_tokens")
    return Result(label, load_s, ttft, total, new_tokens, engine, analysis_s, peak_rss_mb(), peak_gpu_gb(),
                  prompt_tokens, statistics.median(bare_first) if bare_first else None)  # fmt: skip


def print_results(results: list[Result]) -> None:
    print(f"\n{'backend':34s} {'load s':>7s} {'TTFT s':>7s} {'total s':>8s} {'tokens':>6s} {'tok/s':>7s} "
          f"{'engine s':>8s} {'ratio':>6s} {'ask-eng ms':>10s} {'overhead ms':>11s} {'RSS MB':>7s} {'GPU GB':>6s}")  # fmt: skip
    for r in results:
        engine = f"{r.engine_s:8.3f}" if r.engine_s is not None else f"{'-':>8s}"
        ratio = f"{(r.total_s + r.analysis_s) / r.engine_s:6.2f}" if r.engine_s else f"{'-':>6s}"
        over = f"{r.overhead_ms:11.1f}" if r.overhead_ms is not None else f"{'-':>11s}"
        own = f"{1000 * (r.total_s - r.engine_s):10.1f}" if r.engine_s is not None else f"{'-':>10s}"
        tps = f"{r.tokens_per_s:7.1f}" if r.tokens_per_s else f"{'-':>7s}"
        gpu = f"{r.peak_gpu_gb:6.2f}" if r.peak_gpu_gb is not None else f"{'-':>6s}"
        print(f"{r.label:34s} {r.load_s:7.2f} {r.ttft_s:7.3f} {r.total_s:8.3f} {r.new_tokens:6d} "
              f"{tps} {engine} {ratio} {own} {over} {r.peak_rss_mb:7.0f} {gpu}")  # fmt: skip
        if r.prompt_tokens:
            print(f"{'':34s} prompt tokens (audio included): {r.prompt_tokens}")
        if r.engine_ttft_s is not None and r.engine_s is not None and r.new_tokens > 1:
            decode = (r.new_tokens - 1) / max(r.engine_s - r.engine_ttft_s, 1e-9)
            print(f"{'':34s} bare engine: first token {r.engine_ttft_s:.3f} s, then {decode:.1f} tok/s")
    print("\nratio = (analysis + companion ask) / bare engine call on the same inputs; ask-eng = prompt + streaming "
          "(+ WAV/base64 for remote); overhead = analysis + ask-eng (bar: <= 100 ms). Timings on a shared machine "
          "are noisy.")  # fmt: skip


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--backend", choices=("rules", "qwen-audio", "llama-cpp", "remote"))
    p.add_argument("--model")
    p.add_argument("--adapter")
    p.add_argument("--load-in-4bit", action="store_true")
    p.add_argument("--lora")
    p.add_argument("--url")
    p.add_argument("--send-audio", action="store_true")
    p.add_argument("--threads", type=int)
    p.add_argument("--audio", help="a mix to ask about (default: a synthetic 20 s clip)")
    p.add_argument("--seconds", type=float, default=20.0)
    p.add_argument("--question", default="What do you hear?")
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--new-tokens", type=int, default=80, help="answer length (~60 words)")
    p.add_argument("--random-qwen", choices=("tiny", "7b"), help="build a random Qwen2-Audio from its config")
    p.add_argument("--tokenizer", help="a Qwen2-Audio processor folder for --random-qwen (real token counts)")
    p.add_argument("--work-dir", help="where --random-qwen saves its weights (7b: ~17 GB)")
    args = p.parse_args()
    if args.random_qwen == "7b":
        import torch

        if not torch.cuda.is_available():  # 8.4 B fp32 params would take ~34 GB of RAM here
            raise SystemExit(
                "--random-qwen 7b needs a CUDA GPU (this machine has none); try --random-qwen tiny"
            )

    ctx, analysis_s = make_context(args.audio, args.seconds, args.question)
    print(
        f"clip {ctx.clip.duration_s:.1f} s, {len(ctx.history)} turns of history; analysis {analysis_s * 1000:.1f} ms"
    )
    gen = {"max_new_tokens": args.new_tokens, "min_new_tokens": args.new_tokens, "temperature": 0, "seed": 0}
    results: list[Result] = []
    results.append(run_backend("rules (built-in)", "rules", {}, ctx, analysis_s, args.runs))
    with tempfile.TemporaryDirectory(dir=args.work_dir) as tmp:
        if args.random_qwen:
            folder = build_random_qwen(
                Path(tmp) / f"random-{args.random_qwen}", args.random_qwen, args.tokenizer
            )
            budget = 2048 if args.tokenizer else 16384  # the byte-level tokenizer needs ~4x the room
            opts = {"model": str(folder), "load_in_4bit": args.load_in_4bit, "token_budget": budget, **gen}
            kind = "4-bit" if args.load_in_4bit else "bf16/fp32"
            results.append(run_backend(f"qwen-audio random {args.random_qwen} {kind}", "qwen-audio", opts, ctx,
                                       analysis_s, args.runs))  # fmt: skip
        elif args.backend and args.backend != "rules":
            opts = {"model": args.model, "adapter": args.adapter, "load_in_4bit": args.load_in_4bit,
                    "lora": args.lora, "url": args.url, "send_audio": args.send_audio, "n_threads": args.threads,
                    **gen}  # fmt: skip
            results.append(run_backend(args.backend, args.backend, opts, ctx, analysis_s, args.runs))
        elif not args.backend:
            results += cpu_smoke(Path(tmp), ctx, analysis_s, args, gen)
    print_results(results)
    return 0


def cpu_smoke(tmp: Path, ctx: MixContext, analysis_s: float, args: argparse.Namespace,
              gen: dict[str, Any]) -> list[Result]:  # fmt: skip
    """No model given: tiny random models (and a local fake server) so every path is timed on a CPU."""
    from fakes.openai_server import FakeOpenAIServer
    from fakes.tiny_models import build_tiny_gguf

    out = []
    tiny = {**gen, "token_budget": 16384, "max_new_tokens": 32, "min_new_tokens": 32}
    folder = build_random_qwen(tmp / "qwen-tiny", "tiny", None)
    out.append(run_backend("qwen-audio tiny random (CPU)", "qwen-audio", {"model": str(folder), **tiny}, ctx,
                           analysis_s, args.runs))  # fmt: skip
    gguf = build_tiny_gguf(tmp / "tiny.gguf")
    opts = {"model": str(gguf), "n_ctx": 8192, "n_threads": args.threads, **tiny}
    out.append(run_backend("llama-cpp tiny random (CPU)", "llama-cpp", opts, ctx, analysis_s, args.runs))
    reply = tuple(f"word{i} " for i in range(60))
    with FakeOpenAIServer("stream", reply=reply) as srv:
        out.append(run_backend("remote (local fake server, audio)", "remote",
                               {"url": srv.url, "model": "m", "send_audio": True, **gen}, ctx, analysis_s,
                               args.runs))  # fmt: skip
    return out


if __name__ == "__main__":
    sys.exit(main())
