"""The advisor protocol every backend follows, so the orchestrator never cares which one answers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, runtime_checkable

from companion.context import Advice, MixContext

TokenSink = Callable[[str], None]
"""Receives text as it is produced (streaming); advisors that answer at once call it once."""


@runtime_checkable
class Advisor(Protocol):
    """Answers one ask. ``name`` is the backend name used in ``--json`` (``rules``, ``qwen-audio`` ...)."""

    name: str

    def advise(self, context: MixContext, on_token: TokenSink | None = None) -> Advice:
        """Answer ``context.question`` from the context; stream text to ``on_token`` when given.

        Raises ``companion.errors.ModelUnavailable`` when the backend cannot answer at all.
        """
        ...
