"""Examples -> token ids, labels and audio features for Qwen2-Audio, and the batch collator.

- The prompt is what inference sends (``model/prompt.py`` through the processor's chat template); the
  target is the row's reply plus ``<|im_end|>``, tokenized apart and appended, so the label mask is exact:
  loss on the reply only (MixAssist rows carry their own history; earlier replies are not trained again).
- The processor expands ``<|AUDIO|>`` to the clip's audio tokens (25 per second). Nothing is ever cut
  inside that span: the history is trimmed by the prompt builder's budget, then the reply's tail; an
  example whose prompt alone is too long is skipped and counted.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from companion.context import MixContext
from model.audio_input import MODEL_SAMPLE_RATE, to_model_audio
from model.prompt import build_messages

log = logging.getLogger(__name__)

IGNORE_INDEX = -100
END_OF_TURN = "<|im_end|>"
DEFAULT_TOKEN_BUDGET = 2048
"""The prompt budget inference uses (model.generation.GenerationSettings), so both see the same prompt."""
MIN_REPLY_TOKENS = 8
MAX_CLIP_S = 30.0


class TooLong(ValueError):
    """The prompt alone (audio included) does not fit ``max_length``."""


@dataclass(frozen=True, slots=True)
class Encoded:
    """One example ready for the collator. The clip is read again from ``audio_path`` when batched (the
    same file, the same last 30 s, so the same number of audio tokens): a dataset in memory holds no audio."""

    input_ids: list[int]
    labels: list[int]
    audio_path: Path | None
    audio_frames: int  # 16 kHz samples the prompt's audio tokens were counted for
    reply_tokens: int
    truncated_reply: bool

    def load_audio(self) -> np.ndarray | None:
        """16 kHz mono float32 (the last 30 s), as at encoding time."""
        if self.audio_path is None:
            return None
        from companion.listening.audio import load_clip

        audio = to_model_audio(load_clip(self.audio_path, max_seconds=MAX_CLIP_S))
        if audio.shape[0] != self.audio_frames:
            raise ValueError(f"{self.audio_path} changed since it was prepared")
        return audio


def render_prompt(processor: Any, messages: list[dict[str, Any]]) -> str:
    """The chat-template text with the generation prompt, exactly as ``QwenAudioAdvisor.render_prompt``."""
    return processor.apply_chat_template(messages, add_generation_prompt=True, tokenize=False)


def encode_example(
    processor: Any,
    context: MixContext,
    reply: str,
    *,
    max_length: int,
    audio_path: Path | None = None,
    token_budget: int = DEFAULT_TOKEN_BUDGET,
) -> Encoded:
    """Token ids with the reply's labels; raises TooLong when the prompt cannot fit. ``audio_path`` is the
    file ``context.clip`` was loaded from (its last 30 s)."""
    if context.clip is not None and audio_path is None:
        raise ValueError("encode_example needs the audio_path the clip was loaded from")
    tokenizer = processor.tokenizer
    reply_ids = tokenizer(reply.strip() + END_OF_TURN, add_special_tokens=False)["input_ids"]

    def count(text: str) -> int:
        return len(tokenizer(text, add_special_tokens=False)["input_ids"])

    budget = min(token_budget, max_length - min(len(reply_ids), max_length // 2))
    messages = build_messages(
        context, with_audio=context.clip is not None, token_budget=max(64, budget), count_tokens=count
    )
    prompt = render_prompt(processor, messages)
    audio = to_model_audio(context.clip) if context.clip is not None else None
    prompt_ids = prompt_token_ids(processor, prompt, audio)
    room = max_length - len(prompt_ids)
    if room < min(MIN_REPLY_TOKENS, len(reply_ids)):
        raise TooLong(f"prompt is {len(prompt_ids)} tokens, over --max-length {max_length}")
    truncated = len(reply_ids) > room
    reply_ids = reply_ids[:room]  # the reply's tail, never the prompt (which holds the audio span)
    return Encoded(
        input_ids=prompt_ids + reply_ids,
        labels=[IGNORE_INDEX] * len(prompt_ids) + reply_ids,
        audio_path=audio_path if audio is not None else None,
        audio_frames=0 if audio is None else int(audio.shape[0]),
        reply_tokens=len(reply_ids),
        truncated_reply=truncated,
    )


def prompt_token_ids(processor: Any, prompt: str, audio: np.ndarray | None) -> list[int]:
    """The prompt's ids with ``<|AUDIO|>`` expanded to the clip's audio tokens (the processor's own rule)."""
    if audio is None:
        ids = processor(text=[prompt], return_tensors="np")["input_ids"]
    else:
        ids = processor(text=[prompt], audio=[audio], sampling_rate=MODEL_SAMPLE_RATE, return_tensors="np")[
            "input_ids"
        ]
    return [int(i) for i in ids[0]]


class Collator:
    """Pads a batch (right side), masks padding out of the loss, and adds the Whisper features of the
    examples that have audio, in batch order (the model fills the audio tokens in that order)."""

    def __init__(self, processor: Any) -> None:
        self.processor = processor
        tok = processor.tokenizer
        self.pad_id = tok.pad_token_id if tok.pad_token_id is not None else tok.eos_token_id

    def __call__(self, batch: list[Encoded]) -> dict[str, Any]:
        import torch

        width = max(len(e.input_ids) for e in batch)
        ids = torch.full((len(batch), width), self.pad_id, dtype=torch.long)
        mask = torch.zeros((len(batch), width), dtype=torch.long)
        labels = torch.full((len(batch), width), IGNORE_INDEX, dtype=torch.long)
        for i, e in enumerate(batch):
            n = len(e.input_ids)
            ids[i, :n] = torch.tensor(e.input_ids)
            mask[i, :n] = 1
            labels[i, :n] = torch.tensor(e.labels)
        out: dict[str, Any] = {"input_ids": ids, "attention_mask": mask, "labels": labels}
        clips = [a for a in (e.load_audio() for e in batch) if a is not None]
        if clips:
            feats = self.processor.feature_extractor(
                clips,
                sampling_rate=MODEL_SAMPLE_RATE,
                return_attention_mask=True,
                padding="max_length",
                return_tensors="pt",
            )
            out["input_features"] = feats["input_features"]
            out["feature_attention_mask"] = feats["attention_mask"]
        return out
