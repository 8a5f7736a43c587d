"""The arguments of ``mixassist sessions``, ``train`` and ``eval`` (ARCHITECTURE.md "Learning loop").

Only argparse here: the handlers (``sessions``, ``learn``) import the training room when they run.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

# The MixAssist authors' released adapter: 1 epoch, lr 2e-5 constant, effective batch 4 (notes/models.md).
DEFAULT_EPOCHS = 1.0
DEFAULT_LR = 2e-5
DEFAULT_BATCH = 1
DEFAULT_GRAD_ACCUM = 4
DEFAULT_LORA_R = 16
DEFAULT_LORA_ALPHA = 32
DEFAULT_MAX_LENGTH = 4096
JUDGE_MODES = ("auto", "all-orders", "pairs", "single")


def _data_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--data", metavar="DIR|HF_ID", help="a folder in the HF MixAssist layout, or a cached HF dataset id"
    )
    p.add_argument(
        "--sessions",
        nargs="*",
        metavar="NAME",
        default=None,
        help="your recorded sessions (all when no NAME is given)",
    )
    p.add_argument(
        "--audio-root", metavar="DIR", help="where the clips the rows name are (default: beside the data)"
    )
    p.add_argument(
        "--download", action="store_true", help="fetch --data from the Hugging Face hub when not cached"
    )


def add_learning_parsers(sub: Any, add_advisor_options: Callable[[argparse.ArgumentParser], None]) -> None:
    """``sessions``, ``train`` and ``eval`` on the top-level subparsers."""
    p = sub.add_parser("sessions", help="your recorded sessions: list, show, export, feedback")
    ssub = p.add_subparsers(dest="sessions_command", metavar="ACTION", parser_class=type(p))
    q = ssub.add_parser("list", help="every session with its size and feedback")
    q.add_argument("--json", action="store_true")
    q = ssub.add_parser("show", help="the exchanges of one session")
    q.add_argument("id", metavar="ID", help="session name (see: mixassist sessions list)")
    q.add_argument("--json", action="store_true")
    q = ssub.add_parser("export", help="write sessions as a dataset (HF parquet layout, or JSONL)")
    q.add_argument("--out", required=True, metavar="DIR")
    q.add_argument("--format", choices=("parquet", "jsonl"), default="parquet")
    q.add_argument("--session", action="append", metavar="NAME", help="only this session (repeatable)")
    q.add_argument("--split", default="train", help="split name of the written file (default: train)")
    q.add_argument(
        "--keep-original", action="store_true", help="keep the original answer where you gave a correction"
    )
    q = ssub.add_parser("feedback", help="rate one answer, optionally with your better answer")
    q.add_argument("id", metavar="ID", help="session name")
    q.add_argument("turn", metavar="TURN", type=int, help="turn number (printed after each answer)")
    q.add_argument("value", choices=("up", "down", "none"))
    q.add_argument("--correction", metavar="TEXT", help="what the answer should have been")
    q.add_argument("--conversation", metavar="ID", help="conversation id (default: the session's latest)")

    p = sub.add_parser("train", help="LoRA fine-tune on MixAssist and/or your sessions")
    _data_options(p)
    p.add_argument("--model", required=True, metavar="ID_OR_PATH", help="base Qwen2-Audio (hub id or folder)")
    p.add_argument("--out", required=True, metavar="DIR", help="adapter, train_report.json, loss plot")
    p.add_argument("--split", default="train")
    p.add_argument("--eval-split", default="validation", help="split for eval_loss ('none' to skip)")
    p.add_argument("--epochs", type=float, default=DEFAULT_EPOCHS)
    p.add_argument("--max-steps", type=int, default=None, help="stop after N optimizer steps")
    p.add_argument("--lr", type=float, default=DEFAULT_LR)
    p.add_argument("--batch-size", type=int, default=DEFAULT_BATCH)
    p.add_argument("--grad-accum", type=int, default=DEFAULT_GRAD_ACCUM, help="gradient accumulation steps")
    p.add_argument("--lora-r", type=int, default=DEFAULT_LORA_R)
    p.add_argument("--lora-alpha", type=int, default=DEFAULT_LORA_ALPHA)
    p.add_argument("--lora-dropout", type=float, default=0.05)
    p.add_argument(
        "--max-length", type=int, default=DEFAULT_MAX_LENGTH, help="tokens per example, audio included"
    )
    p.add_argument("--load-in-4bit", action="store_true", help="QLoRA: the base in 4-bit nf4 (CUDA)")
    p.add_argument(
        "--no-gradient-checkpointing",
        action="store_true",
        help="faster, more memory (checkpointing is on by default)",
    )
    p.add_argument("--save-steps", type=int, default=50, help="checkpoint every N steps")
    p.add_argument("--resume", action="store_true", help="continue from the latest checkpoint in --out")
    p.add_argument(
        "--merge",
        action="store_true",
        help="also write the base with the adapter merged (bf16) to OUT/merged",
    )
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--cpu", action="store_true", help="train on the CPU even when a GPU is there")
    p.add_argument("--genre")
    p.add_argument("--target", default="spotify")

    p = sub.add_parser("eval", help="generate for a split and score it like the MixAssist paper")
    _data_options(p)
    p.add_argument("--split", default="test")
    p.add_argument(
        "--compare", nargs="*", default=[], metavar="NAME[:key=value,...]", help="more backends to compare"
    )
    p.add_argument("--out", required=True, metavar="DIR", help="report.json, report.md, plots, raw replies")
    p.add_argument("--limit", type=int, default=None, help="only the first N items")
    p.add_argument("--max-new-tokens", type=int, default=None)
    p.add_argument(
        "--temperature", type=float, default=None, help="generation temperature (default 0: greedy)"
    )
    p.add_argument("--judge-url", help="OpenAI-compatible server of the judge")
    p.add_argument("--judge-model", help="judge model name (with --judge-url) or a local .gguf (llama.cpp)")
    p.add_argument("--judge-include-reference", action="store_true", help="show the judge the expert's reply")
    p.add_argument(
        "--judge-mode", choices=JUDGE_MODES, default="auto", help="orders judged (auto: all orders up to 3)"
    )
    p.add_argument("--judge-seed", type=int, default=0)
    p.add_argument("--judge-retries", type=int, default=2, help="new tries after an unparseable reply")
    p.add_argument("--judge-timeout", type=float, default=120.0, help="seconds per judge call")
    p.add_argument("--bertscore-model", metavar="PATH", help="a local model folder for BERTScore")
    p.add_argument(
        "--bertscore-layers", type=int, default=None, help="layer BERTScore reads (with a local model)"
    )
    add_advisor_options(p)
