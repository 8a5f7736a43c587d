"""Tiny random models, built offline in a test, that go through the real loading code.

- ``build_tiny_qwen2_audio``: a Qwen2-Audio with a byte-level tokenizer, a 128-bin Whisper feature
  extractor and a 2-layer language model (~0.5 MB), saved with ``save_pretrained`` (safetensors).
- ``build_tiny_adapter``: a PEFT LoRA adapter for it, on the language model only.
- ``build_tiny_gguf`` / ``build_tiny_lora_gguf``: a tiny ``qwen2`` GGUF (and a LoRA GGUF for it) written
  with the ``gguf`` package, loadable by llama.cpp.
Facts behind the shapes: shared/notes/models.md.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

SPECIAL_TOKENS = (
    "<|endoftext|>",
    "<|im_start|>",
    "<|im_end|>",
    "<|audio_bos|>",
    "<|AUDIO|>",
    "<|audio_eos|>",
)
LORA_TARGETS = r"model\.language_model\.layers\.\d+\.(self_attn\.(q|k|v|o)_proj|mlp\.(gate|up|down)_proj)"
CHATML_TEMPLATE = (
    "{% for message in messages %}<|im_start|>{{ message['role'] }}\n{{ message['content'] }}<|im_end|>\n"
    "{% endfor %}{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)


def _byte_symbols() -> list[str]:
    from transformers.convert_slow_tokenizer import bytes_to_unicode

    return list(bytes_to_unicode().values())


def tiny_processor() -> Any:
    """A Qwen2AudioProcessor with a byte-level tokenizer (no merges: one token per byte) and the real
    128-bin Whisper front end; nothing downloaded."""
    from transformers import Qwen2AudioProcessor, Qwen2Tokenizer, WhisperFeatureExtractor

    vocab = {sym: i for i, sym in enumerate(_byte_symbols())}
    tokenizer = Qwen2Tokenizer(
        vocab=vocab, merges=[], eos_token="<|im_end|>", pad_token="<|endoftext|>", unk_token="<|endoftext|>"
    )
    tokenizer.add_special_tokens({"additional_special_tokens": list(SPECIAL_TOKENS)})
    features = WhisperFeatureExtractor(
        feature_size=128,
        sampling_rate=16000,
        hop_length=160,
        chunk_length=30,
        n_fft=400,
        return_attention_mask=True,
    )
    return Qwen2AudioProcessor(feature_extractor=features, tokenizer=tokenizer)


def build_tiny_qwen2_audio(folder: str | Path, seed: int = 0, lm_head_std: float | None = None) -> Path:
    """Save a tiny random Qwen2-Audio (model + processor) to ``folder``; returns the folder.

    ``lm_head_std`` re-draws the output head with that spread: at the default 0.02 a 32-wide hidden state
    (RMS-normed) can move the logits only by ~0.1, so no LoRA on the layers could ever fit a reply; a
    trained model's head is far more decisive, and training tests need that."""
    import torch
    from transformers import Qwen2AudioConfig, Qwen2AudioForConditionalGeneration

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    processor = tiny_processor()
    tokenizer = processor.tokenizer
    config = Qwen2AudioConfig(
        audio_config={
            "d_model": 32,
            "encoder_layers": 3,
            "encoder_attention_heads": 2,
            "encoder_ffn_dim": 64,
            "num_mel_bins": 128,
            "max_source_positions": 1500,
        },
        text_config={
            "hidden_size": 32,
            "intermediate_size": 64,
            "num_hidden_layers": 2,
            "num_attention_heads": 4,
            "num_key_value_heads": 2,
            "vocab_size": len(tokenizer),
            "max_position_embeddings": 32768,
        },
        audio_token_index=tokenizer.convert_tokens_to_ids("<|AUDIO|>"),
    )
    config.text_config.eos_token_id = tokenizer.convert_tokens_to_ids("<|im_end|>")
    config.text_config.pad_token_id = tokenizer.convert_tokens_to_ids("<|endoftext|>")
    torch.manual_seed(seed)
    model = Qwen2AudioForConditionalGeneration(config).eval()
    if lm_head_std is not None:
        with torch.no_grad():
            model.lm_head.weight.normal_(0.0, lm_head_std)
    model.generation_config.eos_token_id = config.text_config.eos_token_id
    model.generation_config.pad_token_id = config.text_config.pad_token_id
    model.save_pretrained(folder, safe_serialization=True)
    processor.save_pretrained(folder)
    return folder


def build_tiny_adapter(model_folder: str | Path, adapter_folder: str | Path, seed: int = 1) -> Path:
    """A LoRA adapter (r=4) on the tiny model's language-model projections, with non-zero B so it
    changes the output (a fresh LoRA's B is zero: merging it would be a no-op that tests cannot see)."""
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import Qwen2AudioForConditionalGeneration

    base = Qwen2AudioForConditionalGeneration.from_pretrained(model_folder)
    peft_model = get_peft_model(base, LoraConfig(r=4, lora_alpha=8, target_modules=LORA_TARGETS))
    gen = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for name, param in peft_model.named_parameters():
            if "lora_B" in name:
                param.copy_(torch.randn(param.shape, generator=gen) * 0.5)
    adapter_folder = Path(adapter_folder)
    peft_model.save_pretrained(adapter_folder)
    return adapter_folder


# ---------------------------------------------------------------- GGUF (llama.cpp)

GGUF_EMBD = 64
GGUF_LAYERS = 2
GGUF_HEADS = 4
GGUF_KV_HEADS = 2
GGUF_FF = 128


def _gguf_vocab() -> tuple[list[str], list[str]]:
    symbols = _byte_symbols()
    merges = [f"{symbols[ord('e')]} {symbols[ord(' ')]}"]  # llama.cpp refuses a gpt2 vocab with no merges
    return [*symbols, symbols[ord("e")] + symbols[ord(" ")], *SPECIAL_TOKENS], merges


def build_tiny_gguf(path: str | Path, seed: int = 0) -> Path:
    """A random 2-layer ``qwen2`` GGUF (f32) with a byte-level gpt2 tokenizer and a ChatML template."""
    import gguf

    path = Path(path)
    tokens, merges = _gguf_vocab()
    n_vocab = len(tokens)
    head_dim = GGUF_EMBD // GGUF_HEADS
    w = gguf.GGUFWriter(str(path), "qwen2")
    w.add_name("tiny-random-qwen2")
    w.add_context_length(32768)
    w.add_embedding_length(GGUF_EMBD)
    w.add_block_count(GGUF_LAYERS)
    w.add_feed_forward_length(GGUF_FF)
    w.add_head_count(GGUF_HEADS)
    w.add_head_count_kv(GGUF_KV_HEADS)
    w.add_layer_norm_rms_eps(1e-6)
    w.add_rope_freq_base(10000.0)
    w.add_file_type(gguf.LlamaFileType.ALL_F32)
    w.add_tokenizer_model("gpt2")
    w.add_tokenizer_pre("qwen2")
    w.add_token_list(tokens)
    w.add_token_types(
        [gguf.TokenType.NORMAL] * (n_vocab - len(SPECIAL_TOKENS))
        + [gguf.TokenType.CONTROL] * len(SPECIAL_TOKENS)
    )
    w.add_token_merges(merges)
    w.add_eos_token_id(tokens.index("<|im_end|>"))
    w.add_bos_token_id(tokens.index("<|endoftext|>"))
    w.add_pad_token_id(tokens.index("<|endoftext|>"))
    w.add_add_bos_token(False)
    w.add_chat_template(CHATML_TEMPLATE)

    rng = np.random.default_rng(seed)

    def rand(*shape: int) -> np.ndarray:
        return (rng.standard_normal(shape) * 0.05).astype(np.float32)

    kv = GGUF_KV_HEADS * head_dim
    w.add_tensor("token_embd.weight", rand(n_vocab, GGUF_EMBD))
    w.add_tensor("output_norm.weight", np.ones(GGUF_EMBD, np.float32))
    w.add_tensor("output.weight", rand(n_vocab, GGUF_EMBD))
    for i in range(GGUF_LAYERS):
        b = f"blk.{i}"
        w.add_tensor(f"{b}.attn_norm.weight", np.ones(GGUF_EMBD, np.float32))
        w.add_tensor(f"{b}.attn_q.weight", rand(GGUF_EMBD, GGUF_EMBD))
        w.add_tensor(f"{b}.attn_q.bias", rand(GGUF_EMBD))
        w.add_tensor(f"{b}.attn_k.weight", rand(kv, GGUF_EMBD))
        w.add_tensor(f"{b}.attn_k.bias", rand(kv))
        w.add_tensor(f"{b}.attn_v.weight", rand(kv, GGUF_EMBD))
        w.add_tensor(f"{b}.attn_v.bias", rand(kv))
        w.add_tensor(f"{b}.attn_output.weight", rand(GGUF_EMBD, GGUF_EMBD))
        w.add_tensor(f"{b}.ffn_norm.weight", np.ones(GGUF_EMBD, np.float32))
        w.add_tensor(f"{b}.ffn_gate.weight", rand(GGUF_FF, GGUF_EMBD))
        w.add_tensor(f"{b}.ffn_up.weight", rand(GGUF_FF, GGUF_EMBD))
        w.add_tensor(f"{b}.ffn_down.weight", rand(GGUF_EMBD, GGUF_FF))
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    return path


def build_tiny_lora_gguf(path: str | Path, rank: int = 4, seed: int = 2) -> Path:
    """A LoRA GGUF adapter for ``build_tiny_gguf``'s model (attention q/v of every layer)."""
    import gguf

    path = Path(path)
    head_dim = GGUF_EMBD // GGUF_HEADS
    w = gguf.GGUFWriter(str(path), "qwen2")
    w.add_string("general.type", "adapter")
    w.add_string("adapter.type", "lora")
    w.add_float32("adapter.lora.alpha", float(2 * rank))
    rng = np.random.default_rng(seed)
    for i in range(GGUF_LAYERS):
        for name, out_dim in (("attn_q", GGUF_EMBD), ("attn_v", GGUF_KV_HEADS * head_dim)):
            # llama.cpp's shapes: lora_a (rank x n_in), lora_b (n_out x rank) in numpy order
            w.add_tensor(
                f"blk.{i}.{name}.weight.lora_a",
                (rng.standard_normal((rank, GGUF_EMBD)) * 0.5).astype(np.float32),
            )
            w.add_tensor(
                f"blk.{i}.{name}.weight.lora_b",
                (rng.standard_normal((out_dim, rank)) * 0.5).astype(np.float32),
            )
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    return path
