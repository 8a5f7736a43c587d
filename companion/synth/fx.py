"""REAPER-like FX descriptions for the synthetic session's snapshot (ReaEQ, ReaComp, ReaLimit, ReaVerbate).

The EQ presets mirror what the voices actually do (companion/synth/voices.py): e.g. the clean guitars are
high-passed at 110 Hz with a -2 dB dip at 400 Hz and +2 dB at 1.6 kHz, so an advisor reading the snapshot
sees the processing the audio really had. Normalized values follow REAPER's 0..1 parameter convention; the
exact curves of each plug-in's mapping are approximations [check against a real REAPER]: frequency is
log-mapped 20 Hz-24 kHz (100 Hz -> 0.23, as in the contract's example); a ReaEQ band gain uses ReaEQ's own
amplitude scale (``companion.knowledge.reaeq``: 0.5 = 0 dB, 1.0 = +12 dB), so a command that sets it back
through the bridge means the same dB.
"""

from __future__ import annotations

import math

from companion.context import Fx, FxParam
from companion.knowledge import reaeq

FREQ_MIN_HZ = 20.0
FREQ_MAX_HZ = 24000.0

# (band type, freq Hz, gain dB, Q) per preset; "hp" = high-pass, "ls"/"hs" = shelves, "peak" = bell
EQ_PRESETS: dict[str, tuple[tuple[str, float, float, float], ...]] = {
    "kick": (
        ("hp", 30.0, 0.0, 0.7),
        ("peak", 60.0, 2.0, 1.0),
        ("peak", 350.0, -4.0, 1.4),
        ("peak", 3500.0, 2.0, 1.0),
    ),
    "snare": (("hp", 80.0, 0.0, 0.7), ("peak", 200.0, 2.0, 1.2), ("hs", 5000.0, 2.0, 0.7)),
    "hats": (("hp", 300.0, 0.0, 0.7), ("hs", 10000.0, 1.5, 0.7)),
    "bass": (("hp", 35.0, 0.0, 0.7), ("peak", 700.0, 1.5, 1.0)),
    "808": (("hp", 25.0, 0.0, 0.7),),
    "guitar": (("hp", 110.0, 0.0, 0.7), ("peak", 400.0, -2.0, 1.2), ("peak", 1600.0, 2.0, 1.0)),
    "acoustic": (("hp", 100.0, 0.0, 0.7), ("peak", 250.0, -2.0, 1.2)),
    "keys": (("hp", 90.0, 0.0, 0.7),),
    "pad": (("hp", 150.0, 0.0, 0.7), ("hs", 2500.0, -6.0, 0.7)),
    "vocal": (("hp", 100.0, 0.0, 0.7), ("peak", 250.0, -2.0, 1.0), ("peak", 3300.0, 2.0, 1.0)),
}
BAND_LABELS = {"hp": "High Pass", "ls": "Low Shelf", "hs": "High Shelf", "peak": "Band"}


def freq_norm(freq_hz: float) -> float:
    return round(math.log(freq_hz / FREQ_MIN_HZ) / math.log(FREQ_MAX_HZ / FREQ_MIN_HZ), 4)


def gain_norm(gain_db: float) -> float:
    return round(reaeq.gain_norm(gain_db), 4)


def eq(preset: str, index: int = 0) -> Fx:
    """A ReaEQ instance with the bands of ``preset``: per band ``Freq-<band>``, ``Gain-<band>``, ``Q-<band>``."""
    params: list[FxParam] = []
    for b, (kind, freq_hz, gain_db, q) in enumerate(EQ_PRESETS[preset], start=1):
        label = BAND_LABELS[kind] if b == 1 else f"{BAND_LABELS[kind]} {b}"
        base = len(params)
        params += [
            FxParam(base, f"Freq-{label}", freq_norm(freq_hz), f"{freq_hz:.1f}"),
            FxParam(base + 1, f"Gain-{label}", gain_norm(gain_db), f"{gain_db:+.1f}"),
            FxParam(base + 2, f"Q-{label}", round(math.log10(q / 0.1) / 2.0, 4), f"{q:.2f}"),
        ]
    return Fx(index, "ReaEQ (Cockos)", True, tuple(params))


def comp(threshold_db: float, ratio: float, attack_ms: float, release_ms: float, index: int = 1) -> Fx:
    """A ReaComp instance: Threshold (amplitude-normalized), Ratio, Attack (0-500 ms), Release (0-5000 ms)."""
    params = (
        FxParam(0, "Threshold", round(10.0 ** (threshold_db / 20.0), 4), f"{threshold_db:.1f}"),
        FxParam(1, "Ratio", round(1.0 - 1.0 / ratio, 4), f"{ratio:.1f}:1"),
        FxParam(2, "Attack", round(attack_ms / 500.0, 4), f"{attack_ms:.1f}"),
        FxParam(3, "Release", round(release_ms / 5000.0, 4), f"{release_ms:.0f}"),
    )
    return Fx(index, "ReaComp (Cockos)", True, params)


def limiter_fx(gain_db: float) -> Fx:
    """The master's ReaLimit: its threshold is the bus drive (-gain), its ceiling -1 dB."""
    threshold_db = -max(0.0, gain_db)
    return Fx(
        0,
        "ReaLimit (Cockos)",
        True,
        (
            FxParam(
                0,
                "Threshold",
                round(min(1.0, max(0.0, (threshold_db + 60.0) / 60.0)), 4),
                f"{threshold_db:.1f}",
            ),
            FxParam(1, "Ceiling", round((-1.0 + 60.0) / 60.0, 4), "-1.0"),
        ),
    )


def reverb_fx() -> Fx:
    return Fx(
        0,
        "ReaVerbate (Cockos)",
        True,
        (
            FxParam(0, "Wet", 1.0, "0.0"),
            FxParam(1, "Dry", 0.0, "-inf"),
            FxParam(2, "Room size", 0.35, "35"),
            FxParam(3, "Dampening", 0.5, "50"),
        ),
    )
