"""How the knowledge says numbers in a sentence: frequencies in Hz or kHz, other numbers without a trailing .0."""

from __future__ import annotations


def say_hz(x: float) -> str:
    """'95 Hz', '2.5 kHz'."""
    return f"{x / 1000:.3g} kHz" if x >= 1000 else f"{x:.0f} Hz"


def say_number(x: float) -> str:
    """A number as people say it: 109, 7.8, 3 (no trailing .0)."""
    return f"{x:.0f}" if abs(x) >= 100 else f"{x:.1f}".removesuffix(".0")
