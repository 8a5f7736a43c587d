"""`mixassist train` end to end on CPU: a tiny random Qwen2-Audio, a dataset in the exact HF layout, real
transformers.Trainer + PEFT. The quality bars: the loss on the memorisable row falls by half in 20 steps, the
saved adapter reloads and changes the generation, and the merged model gives the adapter's logits."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import torch
from fakes.mixassist_data import MEMORISE, write_mixassist
from fakes.tiny_models import build_tiny_qwen2_audio
from transformers import AutoProcessor, Qwen2AudioForConditionalGeneration

from companion.cli.main import main
from model.generation import GenerationSettings
from model.qwen_audio import QwenAudioAdvisor
from training.collate import IGNORE_INDEX, Collator, TooLong, encode_example
from training.data import example_context, load_dataset

STEPS = 20
GREEDY = GenerationSettings(max_new_tokens=16, min_new_tokens=16, temperature=0.0, token_budget=16384)


def cli(*args: str) -> int:
    try:
        return main(list(args))
    except SystemExit as exc:
        return int(exc.code or 0)


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # a decisive output head: at the default init no LoRA on the layers can fit any reply (see the builder)
    return build_tiny_qwen2_audio(tmp_path_factory.mktemp("tiny") / "qwen", lm_head_std=0.5)


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_mixassist(tmp_path_factory.mktemp("data") / "MixAssist")


@pytest.fixture(scope="module", autouse=True)
def one_torch_thread():
    """One intra-op thread: on a busy 2-core machine two OpenMP threads made these steps 2.5x slower."""
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


@pytest.fixture(scope="module")
def trained(tiny: Path, data_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("run") / "adapter"
    code = cli(
        "train", "--data", str(data_dir), "--model", str(tiny), "--out", str(out), "--max-steps", str(STEPS),
        "--lr", "1e-2", "--grad-accum", "1", "--lora-r", "8", "--lora-alpha", "16", "--lora-dropout", "0",
        "--save-steps", "10", "--merge", "--cpu",
    )  # fmt: skip
    assert code == 0
    return out


@pytest.fixture(scope="module")
def snare(data_dir: Path):
    example = load_dataset(str(data_dir), split="train").examples[0]
    assert example.assistant == MEMORISE
    return example


def _batch(tiny: Path, example) -> dict:
    processor = AutoProcessor.from_pretrained(tiny)
    enc = encode_example(
        processor, example_context(example), example.assistant, max_length=4096, audio_path=example.audio_path
    )
    return Collator(processor)([enc])


def test_report_adapter_checkpoints_and_plot(trained: Path):
    report = json.loads((trained / "train_report.json").read_text())
    assert report["steps"] == STEPS and report["examples"] == 2 and len(report["loss"]) == STEPS
    assert report["eval_loss"] is not None and report["eval_loss"] > 0
    cfg = report["config"]
    assert (
        cfg["lr"] == 1e-2
        and cfg["lora_r"] == 8
        and cfg["lr_scheduler"] == "constant"
        and cfg["device"] == "cpu"
    )
    assert report["data"]["counts"]["trainable"] == 2 and report["data"]["encoding"]["with_audio"] == 2
    assert (trained / "adapter_config.json").is_file() and (trained / "adapter_model.safetensors").is_file()
    adapter_cfg = json.loads((trained / "adapter_config.json").read_text())
    assert "language_model" in adapter_cfg["target_modules"]  # never the Whisper encoder's q/k/v
    assert (trained / "loss.png").read_bytes()[:4] == b"\x89PNG"
    assert sorted(p.name for p in (trained / "checkpoints").iterdir()) == ["checkpoint-10", "checkpoint-20"]


def test_lora_is_on_the_language_model_only(trained: Path):
    from safetensors.torch import load_file

    names = list(load_file(str(trained / "adapter_model.safetensors")))
    assert names and all(".language_model.layers." in n for n in names)
    assert not any("audio_tower" in n or "multi_modal_projector" in n for n in names)


def test_loss_on_the_memorisable_row_falls_by_half(tiny: Path, trained: Path, snare):
    from peft import PeftModel

    batch = _batch(tiny, snare)
    with torch.no_grad():
        before = float(Qwen2AudioForConditionalGeneration.from_pretrained(tiny)(**batch).loss)
        tuned = PeftModel.from_pretrained(
            Qwen2AudioForConditionalGeneration.from_pretrained(tiny), str(trained)
        )
        after = float(tuned(**batch).loss)
    print(f"memorisable row: loss {before:.3f} -> {after:.3f} ({100 * (1 - after / before):.0f}% lower)")
    assert after <= 0.5 * before


def test_the_adapter_reloads_and_changes_the_generation(tiny: Path, trained: Path, snare):
    ctx = example_context(snare)
    base = QwenAudioAdvisor(str(tiny), settings=GREEDY, warmup=False).advise(ctx).text
    tuned = QwenAudioAdvisor(str(tiny), adapter=str(trained), settings=GREEDY, warmup=False).advise(ctx).text
    print(f"base: {base!r}\ntuned: {tuned!r}")
    assert base != tuned


def test_merge_gives_the_adapters_logits(tiny: Path, trained: Path, snare):
    from peft import PeftModel

    batch = _batch(tiny, snare)
    merged_dir = trained / "merged"
    assert (merged_dir / "config.json").is_file() and (merged_dir / "processor_config.json").is_file()
    with torch.no_grad():
        tuned = PeftModel.from_pretrained(
            Qwen2AudioForConditionalGeneration.from_pretrained(tiny), str(trained)
        )
        on = tuned(**batch).logits
        merged = Qwen2AudioForConditionalGeneration.from_pretrained(merged_dir)(**batch).logits
        base = Qwen2AudioForConditionalGeneration.from_pretrained(tiny)(**batch).logits
    diff = float((on - merged).abs().max())
    print(f"merged vs adapter-on: max |logit difference| {diff:.2e}")
    assert diff < 1e-4 and float((on - base).abs().max()) > 0.1


def test_resume_continues_from_the_last_checkpoint(tiny: Path, data_dir: Path, trained: Path, tmp_path: Path):
    out = tmp_path / "resumed"
    shutil.copytree(trained / "checkpoints", out / "checkpoints")
    code = cli(
        "train", "--data", str(data_dir), "--model", str(tiny), "--out", str(out), "--max-steps", "22",
        "--lr", "1e-2", "--grad-accum", "1", "--lora-r", "8", "--lora-alpha", "16", "--lora-dropout", "0",
        "--resume", "--cpu", "--eval-split", "none",
    )  # fmt: skip
    assert code == 0
    report = json.loads((out / "train_report.json").read_text())
    assert (
        report["resumed_from"].endswith("checkpoint-20")
        and report["steps"] == 22
        and report["eval_loss"] is None
    )


def test_eval_compares_the_base_with_the_adapter(
    tiny: Path, data_dir: Path, trained: Path, tmp_path: Path, monkeypatch
):
    config = tmp_path / "config.toml"
    config.write_text("[model]\nmin_new_tokens = 6\ntoken_budget = 16384\nwarmup = false\n")
    monkeypatch.setenv("MIXASSIST_CONFIG", str(config))
    out = tmp_path / "eval"
    code = cli(
        "eval", "--data", str(data_dir), "--backend", "qwen-audio", "--model", str(tiny),
        "--compare", f"qwen-audio:model={tiny},adapter={trained}", "--limit", "2", "--max-new-tokens", "8", "--out", str(out),
    )  # fmt: skip
    assert code == 0
    report = json.loads((out / "report.json").read_text())
    assert report["n_items"] == 2 and set(report["metrics"]) == {"qwen-audio", "qwen-audio#2"}
    assert all(c["fallbacks"] == 0 for c in report["candidates"].values())
    answers = [json.loads(x)["answers"] for x in (out / "generations.jsonl").read_text().splitlines()]
    assert any(a["qwen-audio"] != a["qwen-audio#2"] for a in answers)


# ---------------------------------------------------------------- the collator


def test_labels_cover_the_reply_only_and_audio_spans_stay_whole(tiny: Path, snare):
    processor = AutoProcessor.from_pretrained(tiny)
    ctx = example_context(snare)
    enc = encode_example(processor, ctx, snare.assistant, max_length=4096, audio_path=snare.audio_path)
    tok = processor.tokenizer
    reply = [t for t in enc.labels if t != IGNORE_INDEX]
    assert tok.decode(reply) == MEMORISE + "<|im_end|>" and enc.labels[-len(reply) :] == reply
    audio_id = tok.convert_tokens_to_ids("<|AUDIO|>")
    assert enc.input_ids.count(audio_id) == 75  # 3 s at 25 audio tokens per second
    limit = len(enc.input_ids) + 10
    long_reply = " ".join([MEMORISE] * 20)
    short = encode_example(processor, ctx, long_reply, max_length=limit, audio_path=snare.audio_path)
    kept = [t for t in short.labels if t != IGNORE_INDEX]
    assert short.truncated_reply and len(short.input_ids) == limit and short.reply_tokens == len(kept)
    assert long_reply.startswith(tok.decode(kept)) and len(kept) < len(tok(long_reply)["input_ids"])
    assert short.input_ids.count(audio_id) == 75  # the reply's tail was cut, never the audio span
    prompt = short.input_ids[: len(short.input_ids) - len(kept)]
    assert tok.decode(prompt).endswith("<|im_start|>assistant\n")
    with pytest.raises(TooLong):
        encode_example(processor, ctx, snare.assistant, max_length=300, audio_path=snare.audio_path)
    batch = Collator(processor)([enc, short])
    assert (
        batch["input_features"].shape == (2, 128, 3000) and batch["labels"].shape == batch["input_ids"].shape
    )


# ---------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("extra", "needle"),
    [
        (("--data", "/nowhere/at/all"), "no such folder"),
        (("--lr", "0"), "--lr must be a positive number"),
        (("--load-in-4bit",), "needs a CUDA GPU"),
        (("--resume",), "no checkpoint"),
        (("--sessions",), "no recorded sessions"),
    ],
)
def test_train_bad_input_is_one_line_and_exit_2(
    capsys, tiny: Path, data_dir: Path, tmp_path: Path, extra, needle
):
    args = ["train", "--model", str(tiny), "--out", str(tmp_path / "o"), "--cpu", "--max-steps", "1"]
    if "--data" not in extra and "--sessions" not in extra:
        args += ["--data", str(data_dir)]
    code = cli(*args, *extra)
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1 and needle in err[0], err


def test_train_on_a_model_that_is_not_there_is_one_line(capsys, data_dir: Path, tmp_path: Path):
    code = cli(
        "train", "--data", str(data_dir), "--model", str(tmp_path / "no-model"), "--out", str(tmp_path / "o")
    )
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1 and len(err) == 1 and "no such folder" in err[0]
