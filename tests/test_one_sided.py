"""A file with sound on one channel only (a mono source sent to one side, a channel lost in the export): the
meters read correlation 1.0 for the silent side and the balance at its +-60 dB limit. An engineer says the other
channel is silent and to check the export and the routing; never "the image is nearly mono: everything piles up
in the middle" (it sits on one side), and never a pan card (no pan fills an empty channel)."""

from __future__ import annotations

import numpy as np
from fakes.analyses import clean

from companion.context import FindingKind, StereoImage
from companion.listening.analysis import analyze
from companion.listening.diagnosis import diagnose
from model.recipes import recipe
from model.session_view import SessionView


def _one_sided(seconds: float = 6.0, rate: int = 48000) -> np.ndarray:
    """Band-limited noise with a slow pulse on the left, digital silence on the right: (samples, 2)."""
    rng = np.random.default_rng(7)
    n = int(seconds * rate)
    noise = np.convolve(rng.standard_normal(n), np.ones(8) / 8, mode="same")  # a gentle low-pass
    pulse = 0.6 + 0.4 * np.sin(2 * np.pi * 2.0 * np.arange(n) / rate)
    left = (0.2 * noise * pulse).astype(np.float32)
    return np.stack([left, np.zeros_like(left)], axis=1)


def test_one_silent_channel_is_said_as_such_not_as_a_narrow_image() -> None:
    a = analyze(_one_sided(), 48000)
    assert a.stereo.lr_balance_db == 60.0 and a.stereo.correlation == 1.0
    found = {f.kind: f for f in diagnose(a)}
    assert FindingKind.NARROW not in found
    lean = found[FindingKind.LR_IMBALANCE]
    assert lean.severity == 1.0 and lean.evidence["silent_side"] == "right"
    assert lean.summary.startswith("Only the left channel carries sound: the right one is silent")


def test_a_strong_lean_is_not_called_narrow_but_a_centred_mono_mix_still_is() -> None:
    leaning = clean(stereo=StereoImage(0.999, 0.3, 1.0, 25.0))
    kinds = {f.kind for f in diagnose(leaning)}
    assert FindingKind.NARROW not in kinds and FindingKind.LR_IMBALANCE in kinds
    centred = clean(stereo=StereoImage(0.999, 0.01, 1.0, 0.0))
    assert FindingKind.NARROW in {f.kind for f in diagnose(centred)}


def test_a_silent_side_gets_the_export_checked_not_a_pan_card() -> None:
    a = analyze(_one_sided(), 48000)
    lean = next(f for f in diagnose(a) if f.kind is FindingKind.LR_IMBALANCE)
    move = recipe(lean, SessionView(None))
    assert move.suggestions == [] and "export" in move.try_text
    plain = next(
        f
        for f in diagnose(clean(stereo=StereoImage(0.6, 0.4, 0.98, 4.0)))
        if f.kind is FindingKind.LR_IMBALANCE
    )
    assert "left channel is 4.0 dB louder" in plain.summary and "silent_side" not in plain.evidence
