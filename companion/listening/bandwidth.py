"""Where a source's spectrum really ends: the cliff a lossy codec (MP3, Vorbis, AAC) or a resampler leaves.

Why: a 128 kbit/s MP3 or a game's Ogg Vorbis carries nothing above ~15-17 kHz. Measured as it is, its "air"
band reads several dB low, and a judge would call a perfectly bright mix dull because of its codec -- or, in the
calibration, learn the codec's cut as the typical top end. So the analysis measures up to the detected
bandwidth and nothing above it is compared with anything.

A codec's low-pass is a brick wall: lossy encoders (LAME's MP3 presets, Vorbis, AAC) cut somewhere between about
11 and 20 kHz with a transition band a few percent of the cut-off wide, so the level drops by dozens of dB within
a twelfth of an octave, with nothing coming back above it. A low-pass a user put on the mix is a Butterworth-
or EQ-style slope: order n falls 6n dB per octave from its corner (12-24 dB/octave, 2-4 dB per sixth of an
octave), and music's own top end falls steadily too. So a cliff is judged *against the slope below it*: the
level must fall ``STEEP_DB`` more across a sixth of an octave, and stay ``DROP_DB`` more under the level before
it, than the spectrum was already falling over the half octave below (the median twelfth-octave step there,
robust to the lines of sparse music). A mix low-passed at 4 kHz, whose skirt reaches a codec's noise floor at
10-15 kHz, therefore never reads as a codec cut there: its top bands stay measured, and it reads dull. A
low-passed mix that also went through a codec keeps its codec cut (the wall still stands out of the skirt).
Only cliffs at or above ``CUT_MIN_HZ`` count: a mix that stops at 6 kHz is dull whatever did it, and the
analysis must say so.

The same leak-free scan gives ``top_fall_db_per_oct``: how fast the spectrum falls from 4.5 to 10 kHz (the
least-squares slope of the twelfth-octave levels, fitted along with a 3.2 kHz bell's tail so that an upper-mid
boost does not read as a fall; positive when falling). A low-pass's skirt adds its 12-24
dB/octave there, in any genre, so a low-passed mix reads dull even when its top, once bright, still sits inside
the wide range real mixes carry. The rectangular frames the band levels use cannot show it: their leakage
fills every band to about 45 dB under the mids, so on most songs a low-pass at 4 kHz moved the 8-10 kHz bands
by only a few dB, and on dark songs by nothing at all.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from companion.listening.frames import Frames

CUT_MIN_HZ = 10000.0
"""Lowest frequency taken as a source's bandwidth limit (low-bitrate MP3 cuts near 11 kHz)."""
SCAN_FROM_HZ = 4000.0
STEP_OCT = 1.0 / 12.0
"""Resolution of the scan: twelfth-octave bands (about 100 bins each at 16 kHz with 2.6 Hz bins)."""
DROP_DB = 20.0
"""How far everything above the cliff must stay under the level just below it."""
MAX_FRAMES = 16
"""Frames per channel the cliff is looked for in (evenly spread): a 20 dB cliff shows in any 5 s of music, and
the Hann pass over every frame of a 30 s clip would cost a third of the analysis' time budget."""
STEEP_DB = 12.0
"""How much further than the slope below the level must fall across one twelfth-octave band (a sixth of an
octave from band to band): 72 dB/octave on a flat spectrum, three times a 24 dB/octave filter's whole fall."""
SLOPE_STEPS = 6
"""Twelfth-octave steps (half an octave) below the cliff whose median fall is the slope it is judged against."""


def hann_power_from(frames: Frames, first_hz: float, top_hz: float) -> tuple[np.ndarray, int]:
    """Hann-windowed power per bin from ``first_hz`` to ``top_hz`` (summed over frames and channels), and the
    index of its first bin. Why Hann here: the rectangular frames the band levels use leak a few percent of
    the strong low end across the whole spectrum, which fills a codec's cut to only ~18 dB down."""
    first = max(1, int(first_hz / frames.bin_hz))
    stop = min(int(top_hz / frames.bin_hz) + 1, frames.n_bins - 1)
    stride = max(1, -(-frames.n_frames // MAX_FRAMES))
    return frames.hann_power(stride, first, stop), first


TOP_FALL_HZ = (4500.0, 10100.0)
"""Twelfth-octave centres the top's fall is fitted over: above a mix low-pass's usual corner (3-5 kHz), up to
the 10 kHz third octave, the highest band every source carries."""
BELL_HZ = 3175.0
"""The fall is blind to a broad boost here (the harsh verdict's bell): a +6 dB bell at 3.5 kHz steepened a plain
line's fall by 3.3 dB/octave on the corpus's tuning songs, read as dullness, and (opposite verdicts never both
stand) hid the harshness; fitted along with the line, it moves the fall by 0.3 dB/octave. A low-pass's skirt,
which bends the other way, still moves it by 12-18 dB/octave at 4 kHz."""
MIN_FALL_BANDS = 8
"""Fewer measured twelfth octaves in ``TOP_FALL_HZ`` than this (a source cut near 7 kHz): no fall is read."""
LEVEL_RANGE_DB = 120.0
"""Twelfth octaves further than this under the scan's loudest read as that far: numerical noise, not music."""


@dataclass(frozen=True, slots=True)
class SourceTop:
    """What the leak-free scan above 4 kHz says: the source's bandwidth (a codec's cut, else ``top_hz``) and
    how fast its top falls (dB per octave over ``TOP_FALL_HZ``, positive falling; NaN if not measurable)."""

    bandwidth_hz: float
    top_fall_db_per_oct: float


def source_top(frames: Frames, top_hz: float = 20000.0) -> SourceTop:
    """The bandwidth and the top's fall of a framed clip, from one Hann pass over ``MAX_FRAMES`` frames."""
    nyquist_hz = frames.sample_rate / 2.0
    top = min(top_hz, nyquist_hz)
    if top <= SCAN_FROM_HZ * 2.0:
        return SourceTop(top, math.nan)
    power, offset = hann_power_from(frames, SCAN_FROM_HZ, top)
    twelfths = _twelfths(power, offset, frames.bin_hz, top)
    if twelfths is None:
        return SourceTop(top, math.nan)
    bandwidth = _cliff_in(*twelfths, top)
    return SourceTop(bandwidth, _fall_in(*twelfths, bandwidth))


def source_bandwidth_hz(frames: Frames, top_hz: float = 20000.0) -> float:
    """The frequency where the spectrum falls off a cliff, or ``min(top_hz, Nyquist)`` when it does not."""
    return source_top(frames, top_hz).bandwidth_hz


def _twelfths(
    power: np.ndarray, offset: int, bin_hz: float, top: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """Twelfth-octave band edges from ``SCAN_FROM_HZ`` to ``top``, mean power per bin in each and its level
    (dB, at most ``LEVEL_RANGE_DB`` under the loudest); None with too few bands or no power at all."""
    count = int(math.floor(math.log2(top / SCAN_FROM_HZ) / STEP_OCT))
    if count < 6 or power.size < 2:
        return None
    edges = SCAN_FROM_HZ * 2.0 ** (np.arange(count + 1) * STEP_OCT)
    cumulative = np.concatenate(([0.0], np.cumsum(power, dtype=np.float64)))
    first = np.clip(np.ceil(edges[:-1] / bin_hz).astype(int) - offset, 0, power.size)
    stop = np.clip(np.ceil(edges[1:] / bin_hz).astype(int) - offset, 0, power.size)
    bins = np.maximum(stop - first, 1)
    density = (cumulative[stop] - cumulative[first]) / bins
    if not np.any(density > 0.0):
        return None
    level = 10.0 * np.log10(np.maximum(density, float(np.max(density)) * 10.0 ** (-LEVEL_RANGE_DB / 10.0)))
    return edges, density, level


def bell_tail_db(freqs_hz: np.ndarray) -> np.ndarray:
    """The response (dB per dB of gain) of a broad bell (Q 1) at ``BELL_HZ``: what an upper-mid boost adds to
    the levels above it (an analog RBJ peaking EQ, read at 6 dB: its shape barely changes with gain)."""
    a = 10.0 ** (6.0 / 40.0)
    s = np.asarray(freqs_hz, dtype=np.float64) / BELL_HZ
    return 10.0 * np.log10(((1 - s**2) ** 2 + (s * a) ** 2) / ((1 - s**2) ** 2 + (s / a) ** 2)) / 6.0


def _fall_in(edges: np.ndarray, density: np.ndarray, level: np.ndarray, bandwidth_hz: float) -> float:
    """The top's fall (dB per octave, positive falling) over ``TOP_FALL_HZ`` below ``bandwidth_hz``: the slope
    of a least-squares fit of the twelfth-octave levels by a line plus a bell's tail (``bell_tail_db``)."""
    centres = np.sqrt(edges[:-1] * edges[1:])
    lo_hz, hi_hz = TOP_FALL_HZ
    use = (centres >= lo_hz) & (centres <= hi_hz) & (edges[1:] <= bandwidth_hz * 1.001)
    if int(use.sum()) < MIN_FALL_BANDS:
        return math.nan
    x = np.log2(centres[use])
    design = np.stack([np.ones_like(x), x, bell_tail_db(centres[use])], axis=1)
    return -float(np.linalg.lstsq(design, level[use], rcond=None)[0][1])


def _cliff_hz(power: np.ndarray, offset: int, bin_hz: float, top: float) -> float:
    """The cliff in ``power`` (bins ``offset``.. at ``bin_hz``), scanned in twelfth octaves; ``top`` if none."""
    twelfths = _twelfths(power, offset, bin_hz, top)
    return top if twelfths is None else _cliff_in(*twelfths, top)


def _cliff_in(edges: np.ndarray, density: np.ndarray, level: np.ndarray, top: float) -> float:
    """The codec's cliff among the twelfth octaves (``_twelfths``), or ``top`` when there is none."""
    # The highest level at or above each band: "nothing comes back above the cliff".
    ceiling_above = np.maximum.accumulate(level[::-1])[::-1]
    falls = level[:-1] - level[1:]  # falls[i]: how far band i+1 sits under band i
    for j in range(3, level.size - 2):
        if edges[j] < CUT_MIN_HZ:
            continue
        before = 10.0 * math.log10(float(np.mean(density[j - 3 : j])) + 1e-30)
        if before - ceiling_above[j + 1] < DROP_DB:
            continue  # tested first: it rules out most bands without the median below
        step_db = slope_step_db(falls[max(0, j - 1 - SLOPE_STEPS) : j - 1])
        if level[j - 1] - level[j + 1] - 2.0 * step_db >= STEEP_DB:
            return float(edges[j])
    return top


def slope_step_db(falls: np.ndarray) -> float:
    """How far the spectrum already falls per twelfth octave (the median of ``falls``, never below 0: a
    rising stretch does not make a cliff easier to pass)."""
    return max(0.0, float(np.median(falls))) if falls.size else 0.0
