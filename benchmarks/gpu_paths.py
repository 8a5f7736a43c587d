"""The CUDA code paths, checked on a real GPU: what CPU CI cannot run (tests build tiny models on the CPU).

Each check runs the code a user runs, on a tiny random Qwen2-Audio built here (no download), and fails
loudly when the GPU path does something the CPU path does not:
1. ``QwenAudioAdvisor`` with ``device="auto"`` lands on CUDA in bf16 and streams an answer equal to its text;
2. ``mixassist train`` without ``--cpu`` trains on CUDA in bf16 (``train_report.json`` says so), and the loss
   on the memorisable row falls by at least half in 20 steps, as the CPU test demands in fp32;
3. the trained adapter reloads on CUDA, merged and unmerged, with the same last-token logits (bf16 tolerance)
   and a changed answer;
4. ``load_in_4bit`` on CUDA: without bitsandbytes, one clear ModelUnavailable line (with it, tried and told).

    python benchmarks/gpu_paths.py          # needs a CUDA GPU; exits 2 with one line without one
    python benchmarks/gpu_paths.py --cpu    # the same checks on the CPU (fp32): a smoke test of this script
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

STEPS = 20


def _check(ok: bool, what: str) -> None:
    print(f"  [{'ok' if ok else 'FAIL'}] {what}")
    if not ok:
        raise SystemExit(f"gpu_paths: failed: {what}")


def _memorisable_loss(model_dir: Path, example, adapter: Path | None, device: str) -> float:  # type: ignore[no-untyped-def]
    import torch
    from transformers import AutoProcessor, Qwen2AudioForConditionalGeneration

    from training.collate import Collator, encode_example
    from training.data import example_context

    processor = AutoProcessor.from_pretrained(model_dir)
    enc = encode_example(
        processor, example_context(example), example.assistant, max_length=4096, audio_path=example.audio_path
    )
    batch = {k: v.to(device) for k, v in Collator(processor)([enc]).items()}
    model = Qwen2AudioForConditionalGeneration.from_pretrained(model_dir).to(device)
    if adapter is not None:
        from peft import PeftModel

        model = PeftModel.from_pretrained(model, str(adapter))
    with torch.no_grad():
        return float(model(**batch).loss)


def _last_logits(advisor):  # type: ignore[no-untyped-def]
    import torch
    from fakes.sample_context import sample_context

    from model.audio_input import to_model_audio

    ctx = sample_context(history_turns=0, seconds=5.0)
    inputs = advisor.model_inputs(advisor.render_prompt(advisor.messages(ctx)), to_model_audio(ctx.clip))
    with torch.inference_mode():
        return advisor.loaded.model(**inputs).logits[0, -1].float()


def main() -> int:
    import torch

    on_cpu = "--cpu" in sys.argv[1:]
    gpu = "cpu" if on_cpu else "cuda"
    if not on_cpu and not torch.cuda.is_available():
        print("gpu_paths: no CUDA GPU on this machine; these checks need one", file=sys.stderr)
        return 2
    import transformers
    from fakes.mixassist_data import MEMORISE, write_mixassist
    from fakes.sample_context import sample_context
    from fakes.tiny_models import build_tiny_qwen2_audio

    from companion.cli.main import main as cli
    from companion.errors import ModelUnavailable
    from model.generation import GenerationSettings
    from model.qwen_audio import QwenAudioAdvisor
    from training.data import example_context, load_dataset

    print(
        f"{torch.cuda.get_device_name(0) if not on_cpu else 'CPU (smoke test)'}; torch {torch.__version__}; transformers {transformers.__version__}"
    )
    settings = GenerationSettings(max_new_tokens=16, min_new_tokens=16, temperature=0.0, token_budget=16384)
    dtype = "float32" if on_cpu else "bfloat16"
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        print("1. the advisor on CUDA")
        tiny = build_tiny_qwen2_audio(work / "tiny", lm_head_std=0.5)
        advisor = QwenAudioAdvisor(str(tiny), settings=settings)
        _check(advisor.loaded.device.startswith(gpu), f"device auto -> {advisor.loaded.device}")
        _check(str(advisor.loaded.dtype) == f"torch.{dtype}", f"dtype {advisor.loaded.dtype}")
        tokens: list[str] = []
        start = time.perf_counter()
        advice = advisor.advise(sample_context(), on_token=tokens.append)
        ask_s = time.perf_counter() - start
        _check(
            bool(advice.text) and "".join(tokens).strip() == advice.text, f"streamed == text ({ask_s:.2f} s)"
        )

        print(f"2. mixassist train on CUDA, {STEPS} steps")
        data = write_mixassist(work / "MixAssist")
        out = work / "adapter"
        start = time.perf_counter()
        try:
            code = cli(
                ["train", "--data", str(data), "--model", str(tiny), "--out", str(out), "--max-steps", str(STEPS),
                 "--lr", "1e-2", "--grad-accum", "1", "--lora-r", "8", "--lora-alpha", "16", "--lora-dropout", "0",
                 "--save-steps", "10", "--merge", *(["--cpu"] if on_cpu else [])]
            )  # fmt: skip
        except SystemExit as exc:
            code = int(exc.code or 0)
        train_s = time.perf_counter() - start
        _check(code == 0, f"train exit {code} ({train_s:.1f} s)")
        report = json.loads((out / "train_report.json").read_text())
        cfg = report["config"]
        _check(
            cfg["device"] == gpu and cfg.get("dtype") == dtype,
            f"report: {cfg['device']} {cfg.get('dtype')}",
        )
        _check(len(report["loss"]) == STEPS, f"{len(report['loss'])} logged losses")
        example = load_dataset(str(data), split="train").examples[0]
        _check(example.assistant == MEMORISE, "the memorisable row")
        before = _memorisable_loss(tiny, example, None, gpu)
        after = _memorisable_loss(tiny, example, out, gpu)
        _check(after <= 0.5 * before, f"memorisable loss {before:.3f} -> {after:.3f}")

        print("3. the adapter back on CUDA")
        ctx = example_context(example)
        lora = QwenAudioAdvisor(str(tiny), adapter=str(out), settings=settings, warmup=False)
        merged = QwenAudioAdvisor(
            str(tiny), adapter=str(out), merge_adapter=True, settings=settings, warmup=False
        )
        diff = float((_last_logits(lora) - _last_logits(merged)).abs().max())
        spread = float((_last_logits(lora) - _last_logits(advisor)).abs().max())
        _check(
            diff < 0.05 * max(spread, 1e-6),
            f"merged vs adapter: max |logit diff| {diff:.3g} (adapter moved {spread:.3g})",
        )
        base_text, tuned_text = advisor.advise(ctx).text, lora.advise(ctx).text
        _check(base_text != tuned_text, f"the adapter changes the answer: {tuned_text!r}")

        print("4. 4-bit on CUDA")
        try:
            import bitsandbytes  # noqa: F401

            has_bnb = True
        except ImportError:
            has_bnb = False
        try:
            four = QwenAudioAdvisor(str(tiny), load_in_4bit=True, settings=settings, warmup=False)
            text = four.advise(sample_context(history_turns=0)).text
            _check(has_bnb and bool(text), "4-bit loads and answers")
        except ModelUnavailable as exc:
            if has_bnb:  # the tiny model's 32-wide layers may not quantize; the 7B figure is train_step.py's
                print(f"  [info] bitsandbytes is installed, the tiny model did not load in 4-bit: {exc}")
            else:
                _check("\n" not in str(exc), f"no bitsandbytes: one line: {exc}")
    print("gpu_paths: all checks passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
