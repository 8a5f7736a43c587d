"""Generation settings shared by every model backend, so one config table drives them all."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from companion.errors import BadInput


@dataclass(frozen=True, slots=True)
class GenerationSettings:
    """How a model samples its answer. Defaults suit a short, decisive spoken-style reply.

    ``min_new_tokens`` is there for tiny random test models that may end at once; real use leaves it 0.
    """

    max_new_tokens: int = 320
    min_new_tokens: int = 0
    temperature: float = 0.7
    top_p: float = 0.9
    top_k: int = 40
    repetition_penalty: float = 1.05
    seed: int | None = None
    token_budget: int = 2048  # prompt tokens, audio included (model/prompt.py)

    @property
    def do_sample(self) -> bool:
        return self.temperature > 0

    @classmethod
    def from_options(cls, options: dict[str, Any]) -> GenerationSettings:
        """Pick the known keys from a backend's options (CLI + config), checking types and ranges."""
        known = {f.name: f for f in dataclasses.fields(cls)}
        values: dict[str, Any] = {}
        for key, value in options.items():
            if key not in known or value is None:
                continue
            try:
                values[key] = (
                    float(value) if key in ("temperature", "top_p", "repetition_penalty") else int(value)
                )
            except (TypeError, ValueError):
                raise BadInput(f"generation setting {key}={value!r} is not a number") from None
        settings = cls(**values)
        if settings.max_new_tokens < 1 or settings.min_new_tokens < 0 or settings.token_budget < 64:
            raise BadInput("max_new_tokens must be >= 1, min_new_tokens >= 0 and token_budget >= 64")
        if settings.min_new_tokens > settings.max_new_tokens:
            raise BadInput("min_new_tokens is larger than max_new_tokens")
        if settings.temperature < 0 or not 0 < settings.top_p <= 1:
            raise BadInput("temperature must be >= 0 and top_p in (0, 1]")
        return settings
