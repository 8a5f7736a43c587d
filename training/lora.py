"""``mixassist train``: a PEFT LoRA on Qwen2-Audio's language model, on ``transformers.Trainer``.

Why these choices (shared/notes/training.md): TRL's SFTTrainer refuses assistant-only loss for a processor
model and has no audio collator, so Trainer with our own collator; LoRA targets only
``model.language_model.layers.*`` (plain ``q_proj`` names also hit the Whisper encoder); defaults are the
MixAssist authors' adapter (1 epoch, lr 2e-5 constant, effective batch 4); QLoRA keeps the audio tower,
projector and head in bf16; a merge always goes into a freshly loaded, unquantized base.
"""

from __future__ import annotations

import json
import logging
import math
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from companion.errors import BadInput, ModelUnavailable
from training.collate import Collator, Encoded, TooLong, encode_example
from training.data import Dataset, Example, example_context

log = logging.getLogger(__name__)

LORA_TARGETS = r"model\.language_model\.layers\.\d+\.(self_attn\.(q|k|v|o)_proj|mlp\.(gate|up|down)_proj)"
FOUR_BIT_SKIP_MODULES = ["audio_tower", "multi_modal_projector", "lm_head"]
CHECKPOINTS = "checkpoints"
REPORT_FILE = "train_report.json"
PLOT_FILE = "loss.png"


@dataclass(frozen=True, slots=True)
class TrainConfig:
    model: str
    out: str
    epochs: float = 1.0
    max_steps: int | None = None
    lr: float = 2e-5
    batch_size: int = 1
    grad_accum: int = 4
    lora_r: int = 16
    lora_alpha: int = 32
    lora_dropout: float = 0.05
    max_length: int = 4096
    load_in_4bit: bool = False
    gradient_checkpointing: bool = True
    save_steps: int = 50
    resume: bool = False
    merge: bool = False
    seed: int = 0
    cpu: bool = False
    target: str = "spotify"
    genre: str | None = None

    def check(self) -> None:
        if self.epochs <= 0 and not self.max_steps:
            raise BadInput("--epochs must be positive (or give --max-steps)")
        if self.max_steps is not None and self.max_steps < 1:
            raise BadInput("--max-steps must be 1 or more")
        if self.lr <= 0 or not math.isfinite(self.lr):
            raise BadInput("--lr must be a positive number")
        if self.batch_size < 1 or self.grad_accum < 1 or self.save_steps < 1:
            raise BadInput("--batch-size, --grad-accum and --save-steps must be 1 or more")
        if self.lora_r < 1 or self.lora_alpha < 1 or not 0 <= self.lora_dropout < 1:
            raise BadInput("--lora-r and --lora-alpha must be 1 or more, --lora-dropout in [0, 1)")
        if self.max_length < 256:
            raise BadInput("--max-length must be at least 256 tokens")


class EncodedSet:
    """A torch-style dataset of encoded examples, built once (listening analysis included)."""

    def __init__(self, items: list[Encoded]) -> None:
        self.items = items

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, i: int) -> Encoded:
        return self.items[i]


def encode_examples(
    processor: Any, examples: tuple[Example, ...], cfg: TrainConfig, label: str
) -> tuple[EncodedSet, dict[str, int]]:
    """Every trainable example encoded; counts of what was skipped or cut, with a line per 25 done."""
    items: list[Encoded] = []
    stats = {"encoded": 0, "too_long": 0, "reply_truncated": 0, "with_audio": 0}
    chosen = [e for e in examples if e.trainable]
    started = time.monotonic()
    for n, ex in enumerate(chosen, 1):
        context = example_context(ex, target=cfg.target, genre=cfg.genre)
        try:
            enc = encode_example(
                processor,
                context,
                ex.assistant,
                max_length=cfg.max_length,
                audio_path=ex.audio_path if context.clip is not None else None,
            )
        except TooLong as exc:
            log.warning("%s skipped: %s", ex.key, exc)
            stats["too_long"] += 1
            continue
        items.append(enc)
        stats["encoded"] += 1
        stats["reply_truncated"] += enc.truncated_reply
        stats["with_audio"] += enc.audio_path is not None
        if n % 25 == 0 or n == len(chosen):
            print(
                f"{label}: {n}/{len(chosen)} examples prepared ({time.monotonic() - started:.0f} s)",
                file=sys.stderr,
            )
    return EncodedSet(items), stats


def load_base(cfg: TrainConfig) -> tuple[Any, Any, str]:
    """(model, processor, device) ready for LoRA: 4-bit for QLoRA (CUDA), bf16 on a GPU, fp32 on a CPU."""
    import torch
    from transformers import AutoProcessor, Qwen2AudioForConditionalGeneration

    from model.qwen_audio import resolve_folder

    folder = resolve_folder(cfg.model, "model")
    cuda = torch.cuda.is_available() and not cfg.cpu
    if cfg.load_in_4bit and not cuda:
        raise BadInput("--load-in-4bit (QLoRA) needs a CUDA GPU; none is available")
    kwargs: dict[str, Any] = {"dtype": torch.bfloat16 if cuda else torch.float32, "use_safetensors": True}
    if cfg.load_in_4bit:
        import os

        from transformers import BitsAndBytesConfig

        kwargs["device_map"] = {"": int(os.environ.get("LOCAL_RANK", "0"))}  # this process's GPU (accelerate)
        kwargs["quantization_config"] = BitsAndBytesConfig(
            load_in_4bit=True,
            bnb_4bit_quant_type="nf4",
            bnb_4bit_compute_dtype=torch.bfloat16,
            llm_int8_skip_modules=FOUR_BIT_SKIP_MODULES,
        )
    try:
        processor = AutoProcessor.from_pretrained(folder)
        model = Qwen2AudioForConditionalGeneration.from_pretrained(folder, **kwargs)
    except (OSError, ValueError, ImportError) as exc:
        raise ModelUnavailable(f"cannot load {cfg.model}: {str(exc).strip().splitlines()[0][:200]}") from None
    return model, processor, "cuda" if cuda else "cpu"


def add_lora(model: Any, cfg: TrainConfig) -> Any:
    """Freeze the base, put LoRA on the language model's projections only."""
    from peft import LoraConfig, get_peft_model, prepare_model_for_kbit_training

    if cfg.load_in_4bit:
        model = prepare_model_for_kbit_training(model, use_gradient_checkpointing=cfg.gradient_checkpointing)
    for p in model.parameters():
        p.requires_grad_(False)
    lora = LoraConfig(
        r=cfg.lora_r, lora_alpha=cfg.lora_alpha, lora_dropout=cfg.lora_dropout, target_modules=LORA_TARGETS
    )
    model = get_peft_model(model, lora)
    if cfg.gradient_checkpointing:
        model.gradient_checkpointing_enable(gradient_checkpointing_kwargs={"use_reentrant": False})
        model.enable_input_require_grads()
        model.config.use_cache = False
    return model


def latest_checkpoint(out: Path) -> str | None:
    folder = out / CHECKPOINTS
    found = (
        sorted(folder.glob("checkpoint-*"), key=lambda p: int(p.name.split("-")[-1]))
        if folder.is_dir()
        else []
    )
    return str(found[-1]) if found else None


def train(cfg: TrainConfig, train_set: Dataset, eval_set: Dataset | None) -> dict[str, Any]:
    """Run the fine-tune; writes the adapter, ``train_report.json`` and the loss plot to ``cfg.out``."""
    import torch
    from transformers import Trainer, TrainingArguments, set_seed

    cfg.check()
    out = Path(cfg.out).expanduser()
    resume_from = latest_checkpoint(out) if cfg.resume else None
    if cfg.resume and resume_from is None:
        raise BadInput(f"--resume: no checkpoint in {out / CHECKPOINTS} to continue from")
    if not train_set.trainable:
        raise BadInput("no trainable rows (has_content true, not a placeholder) in the training data")
    set_seed(cfg.seed)
    started = time.monotonic()
    model, processor, device = load_base(cfg)
    train_items, train_stats = encode_examples(processor, train_set.examples, cfg, "train")
    if not len(train_items):
        raise BadInput(f"every training example is longer than --max-length {cfg.max_length}")
    eval_items = None
    if eval_set is not None and eval_set.trainable:
        eval_items, _ = encode_examples(processor, eval_set.examples, cfg, "eval")
    model = add_lora(model, cfg)
    trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
    args = TrainingArguments(
        output_dir=str(out / CHECKPOINTS),
        num_train_epochs=cfg.epochs,
        max_steps=cfg.max_steps or -1,
        learning_rate=cfg.lr,
        lr_scheduler_type="constant",
        warmup_steps=0,
        per_device_train_batch_size=cfg.batch_size,
        per_device_eval_batch_size=cfg.batch_size,
        gradient_accumulation_steps=cfg.grad_accum,
        logging_steps=1,
        save_strategy="steps",
        save_steps=cfg.save_steps,
        save_total_limit=2,
        eval_strategy="no",
        bf16=device == "cuda",
        use_cpu=device == "cpu",
        remove_unused_columns=False,
        report_to=[],
        seed=cfg.seed,
        data_seed=cfg.seed,
        dataloader_num_workers=0,
        disable_tqdm=False,
        gradient_checkpointing=False,  # enabled on the PEFT model itself (add_lora), with input grads
    )
    trainer = Trainer(
        model=model,
        args=args,
        train_dataset=train_items,
        eval_dataset=eval_items,
        data_collator=Collator(processor),
    )
    result = trainer.train(resume_from_checkpoint=resume_from)
    eval_loss = None
    if eval_items is not None and len(eval_items):
        eval_loss = float(trainer.evaluate()["eval_loss"])
    out.mkdir(parents=True, exist_ok=True)
    trainer.save_model(str(out))  # the adapter only (PEFT), from the main process under accelerate
    if not trainer.is_world_process_zero():
        return {}
    losses = [float(h["loss"]) for h in trainer.state.log_history if "loss" in h]
    steps = [int(h["step"]) for h in trainer.state.log_history if "loss" in h]
    plot = write_loss_plot(out / PLOT_FILE, steps, losses)
    report: dict[str, Any] = {
        "steps": int(result.global_step),
        "examples": len(train_items),
        "loss": losses,
        "loss_steps": steps,
        "eval_loss": eval_loss,
        "config": {
            **asdict(cfg),
            "lora_targets": LORA_TARGETS,
            "lr_scheduler": "constant",
            "effective_batch": cfg.batch_size * cfg.grad_accum,
            "device": device,
            "dtype": "bfloat16" if device == "cuda" else "float32",
            "torch": torch.__version__,
        },
        "data": {
            "sources": list(train_set.sources),
            "counts": train_set.counts(),
            "encoding": train_stats,
            "missing_audio_first": list(train_set.missing_audio[:3]),
            "eval_examples": len(eval_items) if eval_items is not None else 0,
        },
        "trainable_parameters": int(trainable),
        "resumed_from": resume_from,
        "plot": plot,
        "runtime_s": round(time.monotonic() - started, 2),
    }
    if cfg.merge:
        report["merged"] = str(merge_adapter(cfg.model, str(out), out / "merged"))
    (out / REPORT_FILE).write_text(json.dumps(report, indent=2, allow_nan=False) + "\n", encoding="utf-8")
    return report


def write_loss_plot(path: Path, steps: list[int], losses: list[float]) -> str | None:
    """The training loss per step as a PNG (matplotlib, imported only here); None when it is missing."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        log.warning("matplotlib is not installed: no loss plot (pip install 'mixassist-companion[train]')")
        return None
    fig, ax = plt.subplots(figsize=(6, 3.5), dpi=100)
    ax.plot(steps, losses, marker="o" if len(steps) < 40 else None, linewidth=1.2)
    ax.set_xlabel("optimizer step")
    ax.set_ylabel("training loss (reply tokens)")
    ax.set_title("mixassist train")
    ax.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return path.name


def merge_adapter(model: str, adapter: str, out: Path) -> Path:
    """The base (in its saved dtype: bf16 for Qwen2-Audio-7B, never 4-bit) with the adapter merged, saved
    with its processor: the folder vLLM can serve (it cannot load a Qwen2-Audio LoRA)."""
    from peft import PeftModel
    from transformers import AutoProcessor, Qwen2AudioForConditionalGeneration

    from model.qwen_audio import resolve_folder

    folder = resolve_folder(model, "model")
    base = Qwen2AudioForConditionalGeneration.from_pretrained(folder, dtype="auto", use_safetensors=True)
    merged = PeftModel.from_pretrained(base, adapter).merge_and_unload()
    out.mkdir(parents=True, exist_ok=True)
    merged.save_pretrained(str(out), safe_serialization=True)
    AutoProcessor.from_pretrained(folder).save_pretrained(str(out))
    return out
