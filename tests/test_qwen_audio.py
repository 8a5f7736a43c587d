"""QwenAudioAdvisor on a tiny random Qwen2-Audio saved to disk and loaded through the real loading code."""

from __future__ import annotations

import copy
import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fakes.sample_context import sample_context
from fakes.tiny_models import build_tiny_adapter, build_tiny_qwen2_audio

from companion.errors import ModelUnavailable
from model.generation import GenerationSettings
from model.prompt import build_grounding
from model.qwen_audio import QwenAudioAdvisor

# The tiny tokenizer has no merges (one token per byte), so the prompt is ~4x longer than with the real one.
TINY = GenerationSettings(max_new_tokens=12, min_new_tokens=10, temperature=0.0, token_budget=16384)


@pytest.fixture(scope="module")
def tiny_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_qwen2_audio(tmp_path_factory.mktemp("qwen") / "tiny-qwen2-audio")


@pytest.fixture(scope="module")
def adapter_dir(tiny_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_adapter(tiny_dir, tmp_path_factory.mktemp("qwen") / "adapter")


@pytest.fixture(scope="module")
def advisor(tiny_dir: Path) -> QwenAudioAdvisor:
    return QwenAudioAdvisor(str(tiny_dir), settings=TINY)


def test_advise_streams_text(advisor: QwenAudioAdvisor) -> None:
    tokens: list[str] = []
    ctx = sample_context()
    advice = advisor.advise(ctx, on_token=tokens.append)
    assert advice.backend == "qwen-audio"
    assert tokens and "".join(tokens).strip() == advice.text
    assert advice.text
    assert advice.grounding == build_grounding(ctx)
    assert advisor.loaded.device == "cpu" and str(advisor.loaded.dtype) == "torch.float32"


def test_rendered_prompt_holds_audio_grounding_and_history(advisor: QwenAudioAdvisor) -> None:
    prompt = advisor.render_prompt(advisor.messages(sample_context()))
    assert prompt.startswith("<|im_start|>system\nYou are an expert mixing engineer")
    assert "Earlier in this session: drums (2 turns)" in prompt
    assert "<|im_start|>user\nNow the guitars, they feel loud.<|im_end|>" in prompt
    assert "<|im_start|>assistant\nCut a bit at 400 Hz on both" in prompt
    assert "Audio 1: <|audio_bos|><|AUDIO|><|audio_eos|>\n" in prompt
    assert "-9.8 LUFS integrated (4.2 LU louder than the spotify target -14 LUFS)" in prompt
    assert "- 2 Gtr L: fader +1.5 dB, pan 60L" in prompt
    assert prompt.endswith("The amateur says: What do you hear?<|im_end|>\n<|im_start|>assistant\n")


@pytest.mark.parametrize(("seconds", "audio_tokens", "mel_frames"), [(20.0, 500, 2000), (40.0, 750, 3000)])
def test_audio_reaches_the_model_at_16khz_last_30s(
    advisor: QwenAudioAdvisor, seconds: float, audio_tokens: int, mel_frames: int
) -> None:
    from model.audio_input import to_model_audio

    ctx = sample_context(seconds=seconds, history_turns=0)
    inputs = advisor.model_inputs(advisor.render_prompt(advisor.messages(ctx)), to_model_audio(ctx.clip))
    audio_id = advisor.loaded.processor.tokenizer.convert_tokens_to_ids("<|AUDIO|>")
    assert int((inputs["input_ids"] == audio_id).sum()) == audio_tokens  # 25 tokens per second, 30 s at most
    assert tuple(inputs["input_features"].shape) == (1, 128, 3000)
    assert int(inputs["feature_attention_mask"].sum()) == mel_frames  # 100 mel frames per second


def test_text_only_context_has_no_audio(advisor: QwenAudioAdvisor) -> None:
    ctx = sample_context(with_clip=False, history_turns=0)
    prompt = advisor.render_prompt(advisor.messages(ctx))
    assert "<|AUDIO|>" not in prompt
    assert advisor.advise(ctx).text


def test_loaded_once_per_spec(advisor: QwenAudioAdvisor, tiny_dir: Path) -> None:
    again = QwenAudioAdvisor(str(tiny_dir), settings=TINY, warmup=False)
    assert again.loaded is advisor.loaded


def _last_logits(adv: QwenAudioAdvisor):  # type: ignore[no-untyped-def]
    import torch

    from model.audio_input import to_model_audio

    ctx = sample_context(history_turns=0, seconds=5.0)
    inputs = adv.model_inputs(adv.render_prompt(adv.messages(ctx)), to_model_audio(ctx.clip))
    with torch.inference_mode():
        return adv.loaded.model(**inputs).logits[0, -1]


def test_adapter_loaded_and_merged(advisor: QwenAudioAdvisor, tiny_dir: Path, adapter_dir: Path) -> None:
    import torch
    from peft import PeftModel

    with_lora = QwenAudioAdvisor(str(tiny_dir), adapter=str(adapter_dir), settings=TINY, warmup=False)
    merged = QwenAudioAdvisor(
        str(tiny_dir), adapter=str(adapter_dir), merge_adapter=True, settings=TINY, warmup=False
    )
    assert isinstance(with_lora.loaded.model, PeftModel)
    assert not isinstance(merged.loaded.model, PeftModel)
    base, lora, fused = _last_logits(advisor), _last_logits(with_lora), _last_logits(merged)
    assert float((base - lora).abs().max()) > 1e-3  # the adapter changes the answer
    assert torch.allclose(lora, fused, atol=1e-4)  # merging changes nothing else
    assert merged.advise(sample_context(history_turns=0)).text


def test_missing_folder_is_model_unavailable(tmp_path: Path) -> None:
    with pytest.raises(ModelUnavailable, match="no such folder"):
        QwenAudioAdvisor(str(tmp_path / "nope"))


def test_uncached_hub_id_offline_fails_fast(monkeypatch: pytest.MonkeyPatch) -> None:
    """No minutes of download retries: one TCP connect to the (here: dead) hub, then a clear line."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setenv("HF_ENDPOINT", f"http://127.0.0.1:{port}")
    start = time.monotonic()
    with pytest.raises(
        ModelUnavailable, match=r"not in the local Hugging Face cache and 127\.0\.0\.1 cannot be"
    ):
        QwenAudioAdvisor("mixassist-test/no-such-model", warmup=False)
    assert time.monotonic() - start < 5.0


def test_missing_adapter_is_model_unavailable(tiny_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(ModelUnavailable, match=r"adapter .*: no such folder"):
        QwenAudioAdvisor(str(tiny_dir), adapter=str(tmp_path / "no-adapter"), warmup=False)


def test_pickle_weights_are_refused(tiny_dir: Path, tmp_path: Path) -> None:
    """use_safetensors=True: a folder with only a pickled pytorch_model.bin is not loaded."""
    import torch
    from safetensors.torch import load_file

    folder = tmp_path / "pickled"
    shutil.copytree(tiny_dir, folder)
    torch.save(load_file(folder / "model.safetensors"), folder / "pytorch_model.bin")
    (folder / "model.safetensors").unlink()
    with pytest.raises(ModelUnavailable, match="cannot load"):
        QwenAudioAdvisor(str(folder), warmup=False)


def test_4bit_needs_cuda(tiny_dir: Path) -> None:
    with pytest.raises(ModelUnavailable, match="needs a CUDA GPU"):
        QwenAudioAdvisor(str(tiny_dir), load_in_4bit=True, device="cpu")


def test_generation_settings_reach_generate(advisor: QwenAudioAdvisor) -> None:
    sampled = copy.copy(advisor)
    sampled.settings = GenerationSettings(max_new_tokens=50, temperature=0.5, top_p=0.8, top_k=7)
    kwargs = sampled.generation_kwargs()
    assert kwargs["do_sample"] is True and (kwargs["temperature"], kwargs["top_p"], kwargs["top_k"]) == (
        0.5,
        0.8,
        7,
    )
    assert kwargs["max_new_tokens"] == 50
    greedy = advisor.generation_kwargs()
    assert greedy["do_sample"] is False and "temperature" not in greedy and greedy["min_new_tokens"] == 10


def test_cli_ask_qwen_audio_end_to_end(tiny_dir: Path, tmp_path: Path) -> None:
    """``mixassist ask --backend qwen-audio --model <tiny dir> --audio f.wav --json`` in a subprocess."""
    import soundfile as sf
    from fakes.sample_context import stereo_clip

    wav = tmp_path / "mix.wav"
    clip = stereo_clip(seconds=8.0)
    sf.write(wav, clip.samples, clip.sample_rate)
    config = tmp_path / "config.toml"
    config.write_text(
        "[model]\nmin_new_tokens = 8\nmax_new_tokens = 8\ntemperature = 0\ntoken_budget = 16384\n"
    )
    env = {**os.environ, "MIXASSIST_CONFIG": str(config)}
    cmd = [sys.executable, "-m", "companion.cli", "ask", "--backend", "qwen-audio", "--model", str(tiny_dir)]
    proc = subprocess.run(
        [*cmd, "--audio", str(wav), "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert (out["backend"], out["fallback"]) == ("qwen-audio", None)
    assert out["answer"] and out["grounding"].startswith("LISTENING NOTES (measured on 8.0 s")
