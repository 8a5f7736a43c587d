"""Published long-term average spectra of commercial music, as numbers our own measurements can be held against.

- Elowsson & Friberg, "Long-term average spectrum in popular music and its relation to the level of the
  percussion", AES 142 (2017), paper 9762: the mean LTAS of 12,345 loudness-normalised tracks, a power
  spectral density per Hz (dB), valid from about 94 Hz to 15.7 kHz:
  ``x = 1 + 60 * log2(f / 30)``, ``y = -0.000183 x^2 + 0.0213 x - 16.735``. Its slope steepens with frequency
  (-2.35 dB/octave at 200 Hz, -7.62 at 3.2 kHz). Song-to-song: SD ~0.7-1.1 dB/octave of the 89 Hz-4.5 kHz
  tilt, SD 3.7 dB of the 2.5-12.5 kHz mean.
- Pestana, Ma, Reiss, Barbosa & Black, AES 135 (2013): 772 number-one singles 1950-2010, about -5 dB/octave
  of PSD from 100 Hz to 4 kHz, a low cut around 60 Hz, steeper above 4 kHz; hip-hop, rock, pop, electronic
  louder below 150 Hz and above 5 kHz than jazz and folk; brighter since the 2000s.

Used by the calibration (the "popular" family, whose centre the game-music corpus cannot give, and the
cross-check written into the data file) -- never at analysis time.
"""

from __future__ import annotations

import math

import numpy as np

from companion.knowledge.bands import BANDS
from companion.listening.spectrum import THIRD_OCTAVE_BANDS

ELOWSSON_VALID_HZ = (88.0, 15700.0)
"""The equation is quoted as valid from ~94 Hz, and its tilt from 89 Hz: the 100 Hz third octave (88-111 Hz)
is the lowest band we take from it."""
ELOWSSON_TRACKS = 12345
ELOWSSON_TILT_SD_DB_PER_OCT = 1.0
"""Song-to-song SD of the 89 Hz-4.5 kHz tilt: 0.7-1.1 dB/octave; the upper end, so the range is not too tight."""
ELOWSSON_HIGH_SD_DB = 3.7
"""Song-to-song SD of the 2.5-12.5 kHz mean level (against the 200 Hz-2 kHz level), modern tracks."""
PESTANA_PSD_SLOPE_DB_PER_OCT = -5.0
PESTANA_TRACKS = 772
CITATION_ELOWSSON = (
    "Elowsson & Friberg, 'Long-term average spectrum in popular music and its relation to the level of the "
    "percussion', AES 142 (2017), paper 9762"
)
CITATION_PESTANA = (
    "Pestana, Ma, Reiss, Barbosa & Black, 'Spectral characteristics of popular commercial recordings "
    "1950-2010', AES 135 (2013)"
)


def elowsson_psd_db(freq_hz: np.ndarray | float) -> np.ndarray:
    """Mean LTAS of popular music, dB per Hz (arbitrary reference), at ``freq_hz``."""
    x = 1.0 + 60.0 * np.log2(np.asarray(freq_hz, dtype=np.float64) / 30.0)
    return -0.000183 * x**2 + 0.0213 * x - 16.735


def elowsson_band_db(lo_hz: float, hi_hz: float, points: int = 256) -> float:
    """Power of the mean LTAS integrated from ``lo_hz`` to ``hi_hz`` (dB, same reference); NaN outside the
    range the equation is valid for."""
    if lo_hz < ELOWSSON_VALID_HZ[0] * 0.999 or hi_hz > ELOWSSON_VALID_HZ[1] * 1.001:
        return math.nan
    f = np.geomspace(lo_hz, hi_hz, points)
    density = 10.0 ** (elowsson_psd_db(f) / 10.0)
    return 10.0 * math.log10(float(np.trapezoid(density, f)))


def elowsson_third_octaves_db() -> tuple[float, ...]:
    """The mean LTAS per third octave (``THIRD_OCTAVE_CENTERS_HZ`` order), NaN where it is not valid."""
    return tuple(elowsson_band_db(lo, hi) for lo, hi in THIRD_OCTAVE_BANDS.values())


def elowsson_bands_vs_mid_db() -> dict[str, float]:
    """The contract's bands relative to ``mid`` (500 Hz-2 kHz), each cut to the quoted valid range (bass from
    94 Hz, air to 15.7 kHz); sub is below it (NaN)."""
    lo_valid, hi_valid = 94.0, ELOWSSON_VALID_HZ[1]
    mid = elowsson_band_db(*BANDS["mid"])
    out = {}
    for name, (lo_hz, hi_hz) in BANDS.items():
        lo, hi = max(lo_hz, lo_valid), min(hi_hz, hi_valid)
        out[name] = elowsson_band_db(lo, hi) - mid if hi > lo else math.nan
    return out
