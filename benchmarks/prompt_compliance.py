"""Do the model paths follow the numbers instruction? What can honestly be measured without model weights.

For the local paths (qwen-audio, llama-cpp) this builds the tiny random test models (tests/fakes/tiny_models.py),
asks each about the claim bank's four contexts with several seeds, once with the grounding prompt as it was
(baseline, in the same process: the system prompt without ``NUMBERS_INSTRUCTION``) and once as it is now, and
runs the truth check on every answer. For every path (remote too, through the stdlib fake server) it checks that
the instruction actually reaches the model: in the chat template the model reads, or in the request body sent.

What the figures mean: the tiny models have random weights and a byte-level vocabulary, so their answers are
noise. Their compliance is not a property of the prompt; the figures show that the check runs on the real
generation paths' own output and counts what it finds (numbers stated, false claims), nothing more. Real
compliance needs real weights (no hub is reachable here): run this with ``--qwen-model``/``--gguf`` pointing at
real ones and the same table gives the real figure. A fake server returns what it is told, so the remote row
reports delivery only. A measurement: always exits 0.

    .venv/bin/python benchmarks/prompt_compliance.py [--seeds 3] [--tokens 48] [--qwen-model DIR] [--gguf FILE]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from benchmarks.claim_bank import load_bank
from companion.context import MixContext
from companion.errors import ModelUnavailable
from model.checks import check_answer
from model.generation import GenerationSettings
from model.prompt import NUMBERS_INSTRUCTION, SYSTEM_PROMPT, build_messages

BASELINE_PROMPT = SYSTEM_PROMPT.replace(NUMBERS_INSTRUCTION, "")
assert BASELINE_PROMPT != SYSTEM_PROMPT


def _row(answers: list[tuple[str, MixContext]]) -> dict[str, float]:
    checks = [check_answer(text, ctx) for text, ctx in answers]
    n = max(len(answers), 1)
    return {
        "answers": len(answers),
        "empty": sum(not text.strip() for text, _ in answers),
        "with_numbers": sum(bool(c) for c in checks) / n,
        "quoting_a_measurement": sum(any(x.ok for x in c) for c in checks) / n,
        "with_false_claim": sum(any(not x.ok for x in c) for c in checks) / n,
    }


def _run_path(
    advisor: Any, system_prompt: str, contexts: list[MixContext], seeds: int, tokens: int, audio: bool
) -> list[tuple[str, MixContext]]:
    budget = advisor.settings.token_budget

    def messages(ctx: MixContext) -> list[dict[str, Any]]:
        return build_messages(
            ctx,
            with_audio=audio and ctx.clip is not None,
            token_budget=budget,
            count_tokens=advisor.count_tokens,
            system_prompt=system_prompt,
        )

    advisor.messages = messages  # the advisor's own prompt builder, with the system prompt under test
    out = []
    for seed in range(seeds):
        advisor.settings = GenerationSettings(
            max_new_tokens=tokens, min_new_tokens=tokens, temperature=0.8, seed=seed, token_budget=budget
        )
        for ctx in contexts:
            try:
                out.append((advisor.advise(ctx).text, ctx))
            except ModelUnavailable:  # a random model may stop at once: counted as an empty answer
                out.append(("", ctx))
    return out


def _qwen(folder: str | None, work: Path) -> tuple[Any, Callable[[list[dict[str, Any]]], str]]:
    from fakes.tiny_models import build_tiny_qwen2_audio

    from model.qwen_audio import QwenAudioAdvisor

    model_dir = folder or str(build_tiny_qwen2_audio(work / "tiny-qwen2-audio"))
    advisor = QwenAudioAdvisor(model_dir, settings=GenerationSettings(token_budget=16384), warmup=False)
    return advisor, advisor.render_prompt


def _llama(path: str | None, work: Path) -> tuple[Any, Callable[[list[dict[str, Any]]], str]]:
    from fakes.tiny_models import build_tiny_gguf

    from model.llama_cpp import LlamaCppAdvisor

    gguf = path or str(build_tiny_gguf(work / "tiny.gguf"))
    advisor = LlamaCppAdvisor(gguf, n_ctx=8192, n_threads=1, settings=GenerationSettings(token_budget=8000))
    return advisor, lambda msgs: "\n".join(str(m["content"]) for m in msgs)


def _remote_delivery(contexts: list[MixContext]) -> bool:
    from fakes.openai_server import FakeOpenAIServer

    from model.remote import RemoteAdvisor

    with FakeOpenAIServer("stream") as srv:
        RemoteAdvisor(srv.url, "m").advise(contexts[0])
    return NUMBERS_INSTRUCTION.strip() in srv.requests[0].body["messages"][0]["content"]


def _pct(x: float) -> str:
    return f"{x * 100:5.1f} %"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=2)
    parser.add_argument("--tokens", type=int, default=48, help="new tokens per answer (default 48)")
    parser.add_argument(
        "--qwen-model", default=None, help="a real Qwen2-Audio folder instead of the tiny one"
    )
    parser.add_argument("--gguf", default=None, help="a real GGUF instead of the tiny one")
    args = parser.parse_args(argv)
    bank = load_bank()
    contexts = list(bank.contexts.values())
    print(
        f"numbers instruction: {len(contexts)} contexts x {args.seeds} seeds x {args.tokens} tokens, baseline prompt "
        "(without the instruction) vs the current one"
    )
    print(
        "  path         prompt     answers (empty)  with numbers  quoting a measurement  with a false claim  delivered"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for name, build, audio, source in (
            ("qwen-audio", _qwen, True, args.qwen_model),
            ("llama-cpp", _llama, False, args.gguf),
        ):
            t0 = time.perf_counter()
            advisor, render = build(source, Path(tmp))
            delivered = NUMBERS_INSTRUCTION.strip() in render(advisor.messages(contexts[0]))
            for label, prompt in (("baseline", BASELINE_PROMPT), ("current", SYSTEM_PROMPT)):
                r = _row(_run_path(advisor, prompt, contexts, args.seeds, args.tokens, audio))
                print(
                    f"  {name:12s} {label:9s} {r['answers']:7d} ({r['empty']:3d})  {_pct(r['with_numbers']):>12s}  "
                    f"{_pct(r['quoting_a_measurement']):>21s}  {_pct(r['with_false_claim']):>18s}  "
                    f"{'yes' if delivered else 'NO'}"
                )
            kind = "real weights" if source else "tiny random weights: noise, see the docstring"
            print(f"    ({kind}; {time.perf_counter() - t0:.1f} s)")
    print(f"  remote       current        -               -                      -                   -  "
          f"{'yes' if _remote_delivery(contexts) else 'NO'} (fake server: delivery only)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
