"""The learning loop: datasets (the MixAssist HF layout and the user's own sessions), the LoRA fine-tune on
``transformers.Trainer`` and the evaluation (reference metrics and the LLM judge) with its report.

May import: the companion leaves, ``companion.session``, ``companion.app`` and ``model``; never bridge, gui or
the CLI (tests/test_architecture.py). Only the CLI's handlers import this room, lazily, so its modules may
import torch, transformers, peft and pyarrow at module level where they need them.
"""
