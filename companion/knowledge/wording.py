"""How the knowledge says numbers in a sentence: frequencies in Hz or kHz, other numbers without a trailing .0."""

from __future__ import annotations


def say_hz(x: float) -> str:
    """'95 Hz', '2.5 kHz'."""
    return f"{x / 1000:.3g} kHz" if x >= 1000 else f"{x:.0f} Hz"


def say_number(x: float) -> str:
    """A number as people say it: 109, 7.8, 3 (no trailing .0)."""
    return f"{x:.0f}" if abs(x) >= 100 else f"{x:.1f}".removesuffix(".0")


def say_range(lo: float, hi: float) -> str:
    """A band's edges as a range: '250-500 Hz', '500 Hz-2 kHz', '2-4 kHz' (one unit said once where both share it)."""
    if hi < 1000:
        return f"{lo:.0f}-{hi:.0f} Hz"
    if lo < 1000:
        return f"{lo:.0f} Hz-{hi / 1000:g} kHz"
    return f"{lo / 1000:g}-{hi / 1000:g} kHz"
