"""Prompt budget: tokens of the prompt for a 20 s clip with 6 turns of history (bar: <= 2048), and how compact
the grounding is against the baseline of handing the model the raw facts as JSON (same process, same facts).

    .venv/bin/python benchmarks/prompt_budget.py [--tokenizer QWEN_PROCESSOR_DIR]

Without --tokenizer, tokens are model.prompt.estimate_tokens (~3.5 characters per token); with a Qwen2-Audio
processor folder they are counted by its real tokenizer.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from fakes.sample_context import sample_context, sample_snapshot  # noqa: E402

from companion.context import Fx, FxParam, MixContext, Track  # noqa: E402
from model.prompt import (  # noqa: E402
    audio_tokens,
    build_grounding,
    build_messages,
    count_message_tokens,
    estimate_tokens,
)

BUDGET = 2048


def big_session(ctx: MixContext, tracks: int = 32) -> MixContext:
    """A 32-track session with 3 plug-ins of 12 parameters each per track: where trimming must kick in."""
    fxs = tuple(
        Fx(i, name, True, tuple(FxParam(j, f"{label} {j}", 0.5, f"{j * 1.5:.1f}") for j in range(12)))
        for i, (name, label) in enumerate((("ReaEQ (Cockos)", "Gain-Band"), ("ReaComp (Cockos)", "Thresh"),
                                           ("ReaVerbate (Cockos)", "Wet")))
    )  # fmt: skip
    base = sample_snapshot()
    many = tuple(
        Track(f"{{T{i}}}", i + 1, f"Track {i + 1}", -6.0 + i % 7, 0.0, fx=fxs) for i in range(tracks)
    )
    return dataclasses.replace(ctx, snapshot=dataclasses.replace(base, tracks=many))


def json_baseline(ctx: MixContext) -> str:
    """The naive grounding: the analysis, findings and snapshot as JSON."""
    return json.dumps(
        {
            "analysis": ctx.analysis.to_dict() if ctx.analysis else None,
            "findings": [f.to_dict() for f in ctx.findings],
            "snapshot": ctx.snapshot.to_dict() if ctx.snapshot else None,
        }
    )


def timed(fn: Callable[[], object], runs: int = 200) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--tokenizer", help="a Qwen2-Audio processor (or tokenizer) folder for real token counts")
    args = p.parse_args()
    count = estimate_tokens
    label = "estimate (~3.5 chars/token)"
    if args.tokenizer:
        from transformers import AutoTokenizer

        tok = AutoTokenizer.from_pretrained(args.tokenizer)

        def count(text: str) -> int:
            return len(tok(text, add_special_tokens=False)["input_ids"])

        label = f"tokenizer {args.tokenizer}"

    print(f"token counts: {label}")
    for name, ctx in (("sample session (4 tracks)", sample_context(seconds=20.0, history_turns=6)),
                      ("big session (32 tracks x 3 FX)", big_session(sample_context(seconds=20.0, history_turns=6)))):  # fmt: skip
        msgs = build_messages(ctx, with_audio=True, token_budget=BUDGET, count_tokens=count)
        total = count_message_tokens(msgs, count, audio_tokens(ctx))
        grounding, raw = build_grounding(ctx), json_baseline(ctx)
        g_tok, j_tok = count(grounding), count(raw)
        t_prompt = timed(
            lambda ctx=ctx: build_messages(ctx, with_audio=True, token_budget=BUDGET, count_tokens=count)
        )
        t_json = timed(lambda ctx=ctx: json_baseline(ctx))
        kept = len(msgs) - 2
        print(f"\n{name}: 20 s clip ({audio_tokens(ctx)} audio tokens), 6 turns of history")
        print(f"  prompt tokens (audio included): {total} / budget {BUDGET}: {'fits' if total <= BUDGET else 'OVER'}; "
              f"history messages kept: {kept}")  # fmt: skip
        print(f"  full grounding: {g_tok} tokens; JSON baseline of the same facts: {j_tok} tokens; "
              f"ratio {g_tok / j_tok:.2f}")  # fmt: skip
        print(f"  build_messages: {t_prompt * 1000:.2f} ms; json.dumps baseline: {t_json * 1000:.2f} ms; "
              f"ratio {t_prompt / t_json:.1f}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
