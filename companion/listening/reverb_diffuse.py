"""How much of a mix's sound is diffuse (different in the left and right speakers): the audio trace of reverb.

Why: "is the reverb too much?", "is it too dry?" are asked of a bounced mix as often as of a session, and a
mix file has no plug-in to read. A stereo reverb returns a tail that is uncorrelated between the speakers,
while a dry part panned anywhere is the same signal in both, only louder in one. So the diffuse share, one
minus the left-right coherence (the magnitude of the cross-spectrum over the two auto-spectra, averaged over
``BLOCK_FRAMES`` frames), energy-weighted over 350 Hz-5.7 kHz (where a tail is heard; the low end is kept
mono anyway, the air is often cut by codecs), rises with the reverb's wet level and decay time
(``benchmarks/reverb_validation.py`` adds a known reverb to dry sessions and real songs and checks it).

Blind estimators of decay time from free decays (Loellmann et al. 2010, Eaton et al. 2016) were tried first
and dropped: on dense music their median decay did not lengthen with a 3 s reverb added.

What it cannot tell: which track the reverb is on; a stereo-recorded or widened part (a stereo piano, a
chorus, two guitars panned hard apart) also reads as diffuse. It is a figure of the whole mix, compared with
real records (``companion.listening.calibrate_reverb``), not a reverb meter, and for that reason the advisor
does not use it: dry sessions of ours read from 0.04 (pop) to 0.49 (rock), as wide a spread as real records
have, so its level alone cannot say "too wet" or "too dry".
"""

from __future__ import annotations

import numpy as np

FFT_SIZE = 2048
"""46 ms at 44.1 kHz: longer than a reverb's first reflections, so a tail reads as uncorrelated."""
BLOCK_FRAMES = 16
"""Coherence averaged over 16 half-overlapping frames (~0.4 s): enough for a stable figure, short enough
that parts moving between the speakers do not average into diffuse sound."""
LOW_HZ, HIGH_HZ = 354.0, 5657.0
MONO_CORRELATION = 0.999
"""Left and right this alike: a mono file (or a stereo file of one channel twice); nothing to measure."""
MIN_BLOCKS = 8


def diffuse_share(samples: np.ndarray, sample_rate: int) -> float | None:
    """Energy-weighted ``1 - coherence`` of left and right over 350 Hz-5.7 kHz, 0 (mono) to about 1 (two
    unrelated signals); None for a mono clip or one too short (under about 3 s).

    ``samples`` is float ``(frames, channels)``.
    """
    x = np.asarray(samples, dtype=np.float64)
    if x.ndim != 2 or x.shape[1] < 2:
        return None
    left, right = x[:, 0], x[:, 1]
    if np.corrcoef(left, right)[0, 1] > MONO_CORRELATION if left.std() and right.std() else True:
        return None
    hop = FFT_SIZE // 2
    frames = (left.size - FFT_SIZE) // hop
    blocks = frames // BLOCK_FRAMES
    if blocks < MIN_BLOCKS:
        return None
    freqs = np.fft.rfftfreq(FFT_SIZE, 1.0 / sample_rate)
    sel = (freqs >= LOW_HZ) & (freqs < HIGH_HZ)
    window = np.hanning(FFT_SIZE)
    cross = np.zeros((blocks, int(sel.sum())), dtype=np.complex128)
    pl = np.zeros((blocks, int(sel.sum())))
    pr = np.zeros_like(pl)
    for b in range(blocks):  # block by block: a 3-minute file stays small in memory
        starts = hop * (b * BLOCK_FRAMES + np.arange(BLOCK_FRAMES))
        idx = starts[:, None] + np.arange(FFT_SIZE)[None, :]
        fl = np.fft.rfft(left[idx] * window, axis=1)[:, sel]
        fr = np.fft.rfft(right[idx] * window, axis=1)[:, sel]
        cross[b] = (fl * fr.conj()).sum(axis=0)
        pl[b] = (np.abs(fl) ** 2).sum(axis=0)
        pr[b] = (np.abs(fr) ** 2).sum(axis=0)
    energy = pl + pr
    if energy.sum() <= 0:
        return None
    coherence = np.abs(cross) / np.sqrt(pl * pr + 1e-30)
    return float(1.0 - (coherence * energy).sum() / energy.sum())
