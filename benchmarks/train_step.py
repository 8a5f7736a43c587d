"""One LoRA training step on Qwen2-Audio: step time and peak memory, bf16 and 4-bit (QLoRA), with the GPU name.

On a GPU: a random-init full-size Qwen2-Audio-7B (its real config, no download), one example with a 20 s clip
and a 512-token reply, through the code ``mixassist train`` runs (``training.lora.load_base`` / ``add_lora``,
``training.collate``), optimizer step included; bf16 is the same-process baseline the 4-bit run is held
against. Without a GPU it runs the tiny random model on the same path (gradient checkpointing off is the
baseline there): a smoke test of the benchmark, not a figure for the 7B.

    .venv/bin/python benchmarks/train_step.py                # GPU when there is one, else tiny on CPU
    .venv/bin/python benchmarks/train_step.py --tiny
    .venv/bin/python benchmarks/train_step.py --tokenizer Qwen/Qwen2-Audio-7B-Instruct   # real tokenizer (cached)
"""

from __future__ import annotations

import argparse
import gc
import resource
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "benchmarks")]

CLIP_S = 20.0
REPLY_TOKENS = 512
REPLY_TEXT = (
    "Pull the low mids on the rhythm guitars down about three dB around three hundred hertz with a wide bell, "
    "then give the snare a little more crack near five kilohertz and check it in mono so nothing disappears. "
)


@dataclass
class StepResult:
    label: str
    step_s: float
    peak_gb: float
    tokens: int
    reply_tokens: int
    trainable_m: float


def _example(processor, folder: Path):
    """(Encoded example, context): 20 s of stereo audio on disk, the sample session, a 512-token reply."""
    import soundfile as sf
    from fakes.sample_context import sample_context

    from companion.listening.audio import load_clip
    from training.collate import encode_example

    ctx = sample_context(seconds=CLIP_S, history_turns=4)
    wav = folder / "clip.wav"
    sf.write(wav, ctx.clip.samples, ctx.clip.sample_rate, subtype="FLOAT")
    clip = load_clip(wav, max_seconds=30.0)
    import dataclasses

    ctx = dataclasses.replace(ctx, clip=clip)
    tok = processor.tokenizer
    ids = tok(REPLY_TEXT * 40, add_special_tokens=False)["input_ids"][:REPLY_TOKENS]
    reply = tok.decode(ids)
    enc = encode_example(processor, ctx, reply, max_length=16384, audio_path=wav)
    return enc


def one_variant(
    label: str, folder: Path, work: Path, *, four_bit: bool, checkpointing: bool, steps: int
) -> StepResult:
    import torch

    from training.collate import Collator
    from training.lora import TrainConfig, add_lora, load_base

    cuda = torch.cuda.is_available()
    cfg = TrainConfig(
        model=str(folder), out=str(work), load_in_4bit=four_bit, gradient_checkpointing=checkpointing,
        lora_r=16, lora_alpha=32, lora_dropout=0.05, cpu=not cuda,
    )  # fmt: skip
    if cuda:
        torch.cuda.empty_cache()
        torch.cuda.reset_peak_memory_stats()
    model, processor, device = load_base(cfg)
    if not four_bit:
        model = model.to(device)
    model = add_lora(model, cfg)
    model.train()
    enc = _example(processor, work)
    batch = Collator(processor)([enc])
    batch = {k: v.to(device) for k, v in batch.items()}
    if cuda:
        batch["input_features"] = batch["input_features"].to(torch.bfloat16)
    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(params, lr=2e-5)
    times = []
    for i in range(steps + 1):  # the first step (kernel set-up, allocator) is left out
        if cuda:
            torch.cuda.synchronize()
        start = time.perf_counter()
        with torch.autocast("cuda", dtype=torch.bfloat16, enabled=cuda):
            loss = model(**batch).loss
        loss.backward()
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)
        if cuda:
            torch.cuda.synchronize()
        if i:
            times.append(time.perf_counter() - start)
    peak = (
        torch.cuda.max_memory_allocated() / 1e9
        if cuda
        else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e6
    )
    result = StepResult(
        label,
        statistics.median(times),
        peak,
        len(enc.input_ids),
        enc.reply_tokens,
        sum(p.numel() for p in params) / 1e6,
    )
    del model, optimizer, batch, loss
    gc.collect()
    if cuda:
        torch.cuda.empty_cache()
    return result


def main() -> int:
    import torch
    from model_latency import build_random_qwen

    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--tiny", action="store_true", help="the tiny random model even on a GPU")
    p.add_argument(
        "--tokenizer",
        help="a Qwen2-Audio processor (hub id in the cache, or folder); default: byte-level test tokenizer",
    )
    p.add_argument("--steps", type=int, default=3, help="timed steps per variant (after one warm-up step)")
    args = p.parse_args()
    cuda = torch.cuda.is_available()
    size = "tiny" if args.tiny or not cuda else "7b"
    device = torch.cuda.get_device_name(0) if cuda else "CPU (no GPU: tiny random model, a smoke test only)"
    print(f"device: {device}; torch {torch.__version__}")
    results: list[StepResult] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = build_random_qwen(Path(tmp) / f"random-{size}", size, args.tokenizer)
        if cuda:
            results.append(
                one_variant(
                    "bf16 LoRA", folder, Path(tmp), four_bit=False, checkpointing=True, steps=args.steps
                )
            )
            try:
                import bitsandbytes  # noqa: F401
            except ImportError:
                print("4-bit: skipped (pip install bitsandbytes)")
            else:
                results.append(
                    one_variant(
                        "4-bit QLoRA", folder, Path(tmp), four_bit=True, checkpointing=True, steps=args.steps
                    )
                )
        else:
            results.append(
                one_variant(
                    "no checkpointing",
                    folder,
                    Path(tmp),
                    four_bit=False,
                    checkpointing=False,
                    steps=args.steps,
                )
            )
            results.append(
                one_variant(
                    "checkpointing", folder, Path(tmp), four_bit=False, checkpointing=True, steps=args.steps
                )
            )
    unit = "GB GPU peak" if cuda else "GB process peak RSS"
    print(f"one LoRA step, {CLIP_S:g} s clip + {REPLY_TOKENS}-token reply ({size} model):")
    for r in results:
        print(
            f"  {r.label:18s} {r.step_s * 1000:9.1f} ms/step  {r.peak_gb:7.2f} {unit}  "
            f"({r.tokens} tokens, {r.reply_tokens} in the loss, {r.trainable_m:.2f} M trainable)"
        )
    if len(results) == 2:
        a, b = results
        print(
            f"ratio {b.label} / {a.label}: time {b.step_s / a.step_s:.2f}, memory {b.peak_gb / a.peak_gb:.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
