"""Listening analysis: ``analyze(samples, sample_rate, genre) -> Analysis`` (and ``diagnose``, re-exported).

What an engineer reads off the meters before saying anything: loudness (BS.1770-4 / EBU R128), true peak,
clipping, dynamics, tonal balance against a genre reference, and the stereo image. One FFT pass over the clip
(``companion.spectral_frames``) feeds loudness, band levels, low-end correlation and, on dense masters, the
true peak; the rest is a handful of vectorised passes over the samples. numpy only: importing this module
must not pull in scipy.signal, librosa or torch (the ``ask`` path has a 1.5 s cold-start budget).

Definitions the diagnosis relies on (ARCHITECTURE.md, issue 2):
- integrated_lufs: -inf for silence; true_peak_dbtp / sample_peak_dbfs: dB, -inf for digital silence;
- clipped_samples: samples with |x| >= 0.999 in runs of >= 2 at the same extreme (flat tops), all channels;
- plr_db = true peak - integrated; crest_db = sample peak - RMS (all channels);
- dc_offset: the per-channel mean with the largest magnitude (signed);
- bands_db / balance_vs_target_db / stereo: see companion.spectrum, companion.reference_curves,
  companion.stereo.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from companion.audio import clip_from_array
from companion.context import Analysis, finite_or_none
from companion.loudness import loudness_from_step_energies, step_energies
from companion.reference_curves import balance_vs_reference, genre_family
from companion.spectral_frames import frame_spectra
from companion.spectrum import measured_bands
from companion.stereo import stereo_image
from companion.truepeak import true_peak

CLIP_LEVEL = 0.999  # |x| at or above this counts as full scale
CLIP_RUN = 2  # a flat top: at least this many consecutive full-scale samples of the same sign

__all__ = ["analyze", "diagnose", "genre_family"]


def analyze(samples: np.ndarray, sample_rate: int, genre: str | None = None) -> Analysis:
    """Measure a clip: float32 ``(frames, channels)`` with 1 or 2 channels (more: the first two are used).

    Raises ``AudioError`` (a BadInput) for NaN/inf samples, clips under 1 s, wrong shapes or sample rates,
    and ``UnknownGenre`` (a BadInput) for a genre name no family knows.
    """
    family = genre_family(genre)
    clip = clip_from_array(samples, sample_rate)
    data = clip.samples[:, :2]
    rate = clip.sample_rate
    channels = np.ascontiguousarray(data.T)  # (channels, n): every per-channel pass reads contiguous memory
    n = channels.shape[1]

    frames = frame_spectra(data, rate)
    loudness = loudness_from_step_energies(step_energies(frames))
    bands = measured_bands(frames)
    top_hz = bands.top_hz
    balance = balance_vs_reference(bands.levels_db, family, top_hz)
    stereo = stereo_image(channels, frames, bands.total_power)

    peaks = np.abs(channels).max(axis=1)  # per-channel sample peak (linear)
    true_peaks = np.maximum(true_peak(channels, frames), peaks)
    squares = np.einsum("cn,cn->c", channels, channels, dtype=np.float64)
    means = channels.mean(axis=1, dtype=np.float64)
    rms = math.sqrt(float(squares.sum()) / channels.size)
    sample_peak_db = _db(float(peaks.max()))
    true_peak_db = _db(float(true_peaks.max()))
    rms_db = _db(rms)

    extra: dict[str, Any] = {
        "momentary_max_lufs": finite_or_none(loudness.momentary_max_lufs),
        "rms_dbfs": finite_or_none(rms_db),
        "sample_peak_dbfs_per_channel": [finite_or_none(_db(float(p))) for p in peaks],
        "true_peak_dbtp_per_channel": [finite_or_none(_db(float(p))) for p in true_peaks],
        "dc_offset_per_channel": [finite_or_none(float(m), 6) for m in means],
        "bands_measured_to_hz": round(top_hz, 1),
    }
    if clip.note:
        extra["note"] = clip.note
    return Analysis(
        duration_s=n / rate,
        sample_rate=rate,
        channels=int(channels.shape[0]),
        integrated_lufs=loudness.integrated_lufs,
        short_term_max_lufs=loudness.short_term_max_lufs,
        lra_lu=loudness.lra_lu,
        true_peak_dbtp=true_peak_db,
        sample_peak_dbfs=sample_peak_db,
        clipped_samples=sum(_clipped(row, float(p)) for row, p in zip(channels, peaks)),
        plr_db=true_peak_db - loudness.integrated_lufs,
        crest_db=sample_peak_db - rms_db,
        dc_offset=float(means[np.argmax(np.abs(means))]),
        bands_db=bands.levels_db,
        balance_vs_target_db=balance,
        stereo=stereo,
        genre_family=family,
        extra=extra,
    )


def _clipped(row: np.ndarray, peak: float) -> int:
    """Samples at full scale (|x| >= 0.999) that sit in a run of >= 2 at the same extreme (flat tops)."""
    if peak < CLIP_LEVEL:
        return 0  # the common case costs nothing
    count = 0
    for at_extreme in (row >= CLIP_LEVEL, row <= -CLIP_LEVEL):
        # A sample belongs to a run of >= 2 when its left or right neighbour is at the same extreme too.
        paired = np.zeros_like(at_extreme)
        both = at_extreme[1:] & at_extreme[:-1]
        paired[1:] |= both
        paired[:-1] |= both
        count += int(np.count_nonzero(paired))
    return count


def _db(linear: float) -> float:
    """20 log10 of an amplitude; -inf for 0 (digital silence) without a warning."""
    return 20.0 * math.log10(linear) if linear > 0.0 else -math.inf


from companion.diagnosis import diagnose  # noqa: E402,F401  (re-export: the API is analysis.diagnose)
