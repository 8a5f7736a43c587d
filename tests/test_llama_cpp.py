"""LlamaCppAdvisor on a tiny random GGUF written with the gguf package, answered by real llama.cpp."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from fakes.sample_context import sample_context
from fakes.tiny_models import build_tiny_gguf, build_tiny_lora_gguf

from companion.errors import ModelUnavailable
from model.generation import GenerationSettings
from model.llama_cpp import LlamaCppAdvisor, _MinNewTokens
from model.prompt import build_grounding

# one token per byte in the tiny vocabulary: give the prompt room
GREEDY = GenerationSettings(max_new_tokens=16, min_new_tokens=16, temperature=0.0, seed=0, token_budget=16384)


@pytest.fixture(scope="module")
def gguf_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_gguf(tmp_path_factory.mktemp("gguf") / "tiny.gguf")


@pytest.fixture(scope="module")
def lora_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_lora_gguf(tmp_path_factory.mktemp("gguf") / "tiny-lora.gguf")


@pytest.fixture(scope="module")
def advisor(gguf_path: Path) -> LlamaCppAdvisor:
    return LlamaCppAdvisor(str(gguf_path), n_ctx=8192, n_threads=1, settings=GREEDY)


def test_advise_streams_text(advisor: LlamaCppAdvisor) -> None:
    tokens: list[str] = []
    ctx = sample_context()
    advice = advisor.advise(ctx, on_token=tokens.append)
    assert advice.backend == "llama-cpp"
    assert len(tokens) >= 2 and "".join(tokens).strip() == advice.text != ""
    assert advice.grounding == build_grounding(ctx)
    assert advisor.advise(ctx).text == advice.text  # greedy + seed: deterministic


def test_same_prompt_as_every_backend_text_only(advisor: LlamaCppAdvisor) -> None:
    msgs = advisor.messages(sample_context())
    assert [m["role"] for m in msgs] == ["system", "user", "assistant", "user", "assistant", "user"]
    assert all(isinstance(m["content"], str) for m in msgs)
    assert (
        "LISTENING NOTES" in msgs[-1]["content"]
        and "The amateur says: What do you hear?" in msgs[-1]["content"]
    )


def test_threads_and_context_size_are_configured(advisor: LlamaCppAdvisor) -> None:
    assert advisor.llm.n_threads == 1
    assert advisor.llm.n_ctx() == 8192
    assert advisor.prompt_budget == 8192 - 16


def test_lora_gguf_changes_the_answer(advisor: LlamaCppAdvisor, gguf_path: Path, lora_path: Path) -> None:
    with_lora = LlamaCppAdvisor(str(gguf_path), lora=str(lora_path), n_ctx=8192, n_threads=1, settings=GREEDY)
    ctx = sample_context(history_turns=0)
    assert with_lora.llm is not advisor.llm
    assert with_lora.advise(ctx).text != advisor.advise(ctx).text


def test_loaded_once_per_spec(advisor: LlamaCppAdvisor, gguf_path: Path) -> None:
    assert LlamaCppAdvisor(str(gguf_path), n_ctx=8192, n_threads=1).llm is advisor.llm


def test_prompt_over_the_context_window_is_model_unavailable(gguf_path: Path) -> None:
    small = LlamaCppAdvisor(str(gguf_path), n_ctx=256, n_threads=1, settings=GREEDY)
    with pytest.raises(ModelUnavailable, match="context window"):
        small.advise(sample_context())


@pytest.mark.parametrize(
    ("which", "message"),
    [("model", "no such GGUF file"), ("lora", "no such GGUF file"), ("not_gguf", "cannot load")],
)
def test_missing_or_broken_files(gguf_path: Path, tmp_path: Path, which: str, message: str) -> None:
    junk = tmp_path / "junk.gguf"
    junk.write_bytes(b"this is not a gguf file" * 10)
    if which == "model":
        args: dict = {"model": str(tmp_path / "missing.gguf")}
    elif which == "lora":
        args = {"model": str(gguf_path), "lora": str(tmp_path / "missing-lora.gguf")}
    else:
        args = {"model": str(junk)}
    with pytest.raises(ModelUnavailable, match=message):
        LlamaCppAdvisor(**args)


def test_min_new_tokens_blocks_end_of_generation() -> None:
    proc = _MinNewTokens(2, [3])
    prompt = np.arange(10)
    scores = proc(prompt, np.zeros(5, np.float32))
    assert scores[3] == -np.inf and scores[2] == 0
    scores = proc(np.arange(11), np.zeros(5, np.float32))
    assert scores[3] == -np.inf
    assert proc(np.arange(12), np.zeros(5, np.float32))[3] == 0  # two new tokens exist: the end is allowed
