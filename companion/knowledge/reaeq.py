"""ReaEQ as the snapshot shows it: its bands (frequency, gain, parameter index) and its gain parameter's scale.

Why: an EQ move becomes one undo step in REAPER only as ``set_fx_param`` on a band the track already has
(ARCHITECTURE.md's command set), with the band's gain as ReaEQ's *normalized* value. That scale is linear in
amplitude: 0.5 is unity (0 dB), 0 is silence, 1.0 is +12 dB (amplitude 10^(12/20)), as measured against REAPER
7.x by the MIT-licensed reaper-mcp project (TwelveTake Studios, "verified exact from -18 to +12 dB")
[check against your REAPER]. Frequencies are read from the parameter's formatted text ("2500", "2.5k"),
never from its normalized value, whose curve is not published.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from companion.context import Fx

GAIN_MAX_DB = 12.0
_GAIN_MAX_AMP = 10.0 ** (GAIN_MAX_DB / 20.0)
_NUMBER = re.compile(r"^\s*([-+]?\d+(?:\.\d+)?)\s*(k?)", re.IGNORECASE)


def gain_norm(gain_db: float) -> float:
    """A band gain in dB as ReaEQ's normalized parameter value (clamped to -inf..+12 dB)."""
    amp = 10.0 ** (gain_db / 20.0)
    if amp <= 1.0:
        return max(0.0, amp / 2.0)
    return min(1.0, 0.5 + (amp - 1.0) / (2.0 * (_GAIN_MAX_AMP - 1.0)))


def gain_db(norm: float) -> float:
    """ReaEQ's normalized gain value in dB (-inf for 0)."""
    if norm <= 0.0:
        return -math.inf
    amp = 2.0 * norm if norm <= 0.5 else 1.0 + (norm - 0.5) * 2.0 * (_GAIN_MAX_AMP - 1.0)
    return 20.0 * math.log10(amp)


def parse_hz(formatted: str) -> float | None:
    """'2500' -> 2500.0, '2.5k' -> 2500.0, '120.0 Hz' -> 120.0; None when the text is not a frequency."""
    match = _NUMBER.match(formatted or "")
    if not match:
        return None
    value = float(match.group(1)) * (1000.0 if match.group(2) else 1.0)
    return value if 10.0 <= value <= 30000.0 else None


@dataclass(frozen=True, slots=True)
class EqBand:
    """One ReaEQ band: its label ("Band 2"), centre frequency, current gain and the gain parameter's index."""

    label: str
    freq_hz: float
    gain_db: float
    gain_param: int


def is_reaeq(fx: Fx) -> bool:
    return "reaeq" in fx.name.lower()


def eq_bands(fx: Fx) -> list[EqBand]:
    """The bands of a ReaEQ instance that have both a frequency and a gain parameter (pass filters have no gain
    worth setting, but ReaEQ lists one: those are left out)."""
    if not is_reaeq(fx):
        return []
    freqs = {p.name[len("Freq-") :]: p for p in fx.params if p.name.startswith("Freq-")}
    bands = []
    for p in fx.params:
        if not p.name.startswith("Gain-"):
            continue
        label = p.name[len("Gain-") :]
        freq = freqs.get(label)
        hz = parse_hz(freq.formatted) if freq is not None else None
        if hz is None or "pass" in label.lower():
            continue
        bands.append(EqBand(label, hz, gain_db(p.value), p.index))
    return bands
