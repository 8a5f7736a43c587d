"""Advisors behind one protocol (``base.Advisor``): the prompt builder, the built-in rules advisor and the model
backends (qwen_audio, llama_cpp, remote), chosen by name in ``registry``. One flat room.

May import: the companion leaves only (``companion.context``, ``errors``, ``config``, ``knowledge``,
``listening``...), never bridge, ``companion.app``, the CLI, gui or training (tests/test_architecture.py).
Model packages (torch, transformers, peft, llama_cpp) are imported inside the backend that needs them.
"""
