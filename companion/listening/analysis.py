"""Listening analysis: ``analyze(samples, sample_rate, genre) -> Analysis`` (``diagnose`` is in ``diagnosis``).

What an engineer reads off the meters before saying anything: loudness (BS.1770-4 / EBU R128), true peak,
clipping, dynamics, tonal balance against a genre reference, and the stereo image. One FFT pass over the clip
(``companion.listening.frames``) feeds loudness, band levels, low-end correlation and, on dense masters, the
true peak; the rest is a handful of vectorised passes over the samples. numpy only: importing this module
must not pull in scipy.signal, librosa or torch (the ``ask`` path has a 1.5 s cold-start budget).

Definitions the diagnosis relies on (ARCHITECTURE.md, issue 2):
- integrated_lufs: -inf for silence; true_peak_dbtp / sample_peak_dbfs: dB, -inf for digital silence;
- clipped_samples: samples in flat tops, all channels: at full scale (0.999 <= |x| <= 1) in runs of >= 2 equal
  samples, or exactly at a clipper's ceiling below or above full scale in runs of >= 3;
- extra["over_full_scale_samples"]: samples past full scale (|x| > 1) in a float source: not clipped in the file
  (they vary), but a player, a fixed-point export or an encoder clips them;
- plr_db = true peak - integrated; crest_db = sample peak - RMS (all channels);
- dc_offset: the per-channel mean with the largest magnitude (signed);
- bands_db / balance_vs_target_db / stereo: see companion.listening.spectrum, companion.listening.reference_curves,
  companion.listening.stereo; every band is measured up to the source's bandwidth (a codec's cut, Nyquist or
  20 kHz: ``extra["bands_measured_to_hz"]``).
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from companion.context import Analysis, finite_or_none
from companion.listening.audio import clip_from_array
from companion.listening.frames import frame_spectra
from companion.listening.loudness import loudness_from_step_energies, step_energies
from companion.listening.reference_curves import balance_vs_reference, genre_family
from companion.listening.spectrum import measured_bands
from companion.listening.stereo import moments, stereo_image
from companion.listening.truepeak import peak_levels

CLIP_LEVEL = 0.999  # |x| at or above this counts as full scale
LOW_CEILING = 10.0 ** (-3.0 / 20.0)  # flat tops below full scale are looked for only on peaks above -3 dBFS
CLIP_RUN = 2  # a flat top: at least this many consecutive full-scale samples of the same sign
FULL_SCALE = np.float32(1.0)  # above it, a float source is past full scale: overs, not flat tops


def analyze(samples: np.ndarray, sample_rate: int, genre: str | None = None) -> Analysis:
    """Measure a clip: float32 ``(frames, channels)`` with 1 or 2 channels (more: the first two are used).

    Raises ``AudioError`` (a BadInput) for NaN/inf samples, clips under 1 s, wrong shapes or sample rates,
    and ``UnknownGenre`` (a BadInput) for a genre name no family knows.
    """
    family = genre_family(genre)  # validate the name before any work
    clip = clip_from_array(samples, sample_rate)
    data = clip.samples[:, :2]
    rate = clip.sample_rate
    channels = np.ascontiguousarray(data.T)  # (channels, n): every per-channel pass reads contiguous memory
    n = channels.shape[1]

    frames = frame_spectra(data, rate)
    loudness = loudness_from_step_energies(step_energies(frames))
    bands = measured_bands(frames)
    top_hz = bands.top_hz
    # No genre given: the family is "all", the broad range of every family (never a guessed one, which could
    # be the one that shares the mix's problem and hide it).
    balance = balance_vs_reference(bands.levels_db, family, top_hz)
    sums = moments(channels)  # one set of passes for the stereo image, the RMS and the DC offset
    stereo = stereo_image(channels, frames, bands.total_power, sums)

    magnitudes = np.abs(channels)  # one pass, read by the peaks, the flat tops and the overs
    peaks, true_peaks = peak_levels(channels, magnitudes)  # linear, per channel
    squares = sum(sums.squares)  # float32 BLAS dot: ~1e-6 relative, 10x einsum
    means = np.array([total / n for total in sums.sums])  # numpy sums float32 pairwise: ~1e-7
    rms = math.sqrt(squares / channels.size)
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
        "bandwidth_limited": bands.bandwidth_limited,  # a codec's cut below Nyquist / 20 kHz
        "top_fall_db_per_oct": finite_or_none(bands.top_fall_db_per_oct, 2),  # 4.5-10 kHz, leak-free
        # fine balance for the diagnosis (THIRD_OCTAVE_CENTERS_HZ order; None above the bandwidth)
        "third_octave_db": [finite_or_none(v, 3) for v in bands.third_octave_db],
        "genre_given": genre is not None and bool(genre.strip()),
        "over_full_scale_samples": sum(_overs(m, float(p)) for m, p in zip(magnitudes, peaks, strict=True)),
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
        clipped_samples=sum(
            _clipped(row, float(p), m) for row, p, m in zip(channels, peaks, magnitudes, strict=True)
        ),
        plr_db=true_peak_db - loudness.integrated_lufs,
        crest_db=sample_peak_db - rms_db,
        dc_offset=float(means[np.argmax(np.abs(means))]),
        bands_db=bands.levels_db,
        balance_vs_target_db=balance,
        stereo=stereo,
        genre_family=family,
        extra=extra,
    )


def _clipped(row: np.ndarray, peak: float, magnitude: np.ndarray | None = None) -> int:
    """Samples in flat tops: at full scale (0.999 <= |x| <= 1) in runs of >= 2 equal samples, or -- for a
    clipper or a hard ceiling set below (or, in a float file, above) full scale -- exactly at the channel's own
    peak in runs of >= 3.

    Why both: most clipping is the converter's 0 dBFS, but a clipper at -0.5 dBFS flattens the waveform just as
    audibly. A limiter's output lands *near* its ceiling, not on it sample after sample, so three identical
    samples at the peak are a clipper's signature (a run of 2 can happen by chance at 16 bits). Samples past full
    scale that vary (a float bounce of a master in the red, or an MP3/OGG of a master peaking near 0 dBFS, whose
    decoder overshoots) are not flat tops: ``_overs`` counts them, and the diagnosis words them differently.
    """
    count = 0
    if peak >= CLIP_LEVEL:
        for at_extreme in (
            (row >= CLIP_LEVEL) & (row <= FULL_SCALE),
            (row <= -CLIP_LEVEL) & (row >= -FULL_SCALE),
        ):
            # A sample belongs to a run of >= 2 when its left or right neighbour is the same full-scale value: a
            # limiter's or a decoder's output near full scale varies from sample to sample, a clipped one does not.
            paired = np.zeros_like(at_extreme)
            both = at_extreme[1:] & at_extreme[:-1] & (row[1:] == row[:-1])
            paired[1:] |= both
            paired[:-1] |= both
            count += int(np.count_nonzero(paired))
        if peak <= FULL_SCALE:
            return count
    if peak < LOW_CEILING:
        return 0  # the common case costs one comparison
    magnitude = np.abs(row) if magnitude is None else magnitude  # ``magnitude``: np.abs(row), if computed
    at_peak = np.flatnonzero(magnitude >= np.float32(peak))  # a handful of indices on a clean master
    if at_peak.size < 3:
        return count
    step = np.diff(at_peak) == 1
    in_triple = step[:-1] & step[1:]  # at_peak[i], [i+1], [i+2] consecutive samples
    marked = np.zeros(at_peak.size, dtype=bool)
    for shift in range(3):
        marked[shift : shift + in_triple.size] |= in_triple
    return count + int(np.count_nonzero(marked))


def _overs(magnitude: np.ndarray, peak: float) -> int:
    """Samples past full scale (|x| > 1; ``magnitude`` = |x|): only a float source has them; one comparison when
    there are none."""
    if peak <= FULL_SCALE:
        return 0
    return int(np.count_nonzero(magnitude > FULL_SCALE))


def _db(linear: float) -> float:
    """20 log10 of an amplitude; -inf for 0 (digital silence) without a warning."""
    return 20.0 * math.log10(linear) if linear > 0.0 else -math.inf
