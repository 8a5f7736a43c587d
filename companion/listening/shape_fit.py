"""Fitting the shape models on real songs: the shrinkage of the covariance, and cross-fitted shape gains.

Pure functions of the songs' third octaves against the mids (rows of 28 bands), so the calibration and the
tests can feed them directly.

- ``choose_shrinkage``: how far the song-to-song covariance is pulled towards its diagonal, chosen by 5-fold
  cross-validated Gaussian log-likelihood on the tuning songs (by group, so variants of a song stay together):
  the value that best predicts unseen songs' spectra. Nothing about planted problems enters it.
- ``cross_fitted_gains``: each song's shape gains measured against a model fitted *without* its fold. Their
  percentiles are what an unseen song's gains do, not what a song does against a model it helped fit (which
  reads a little tighter): the judge's percentiles come from these.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Sequence

import numpy as np

from companion.listening.tonal_shapes import (
    SHAPE_BAND_COUNT,
    SHAPE_NAMES,
    complete_rows,
    covariance,
    fit_model,
    gains_matrix,
)

CV_FOLDS = 5
SHRINKAGES = (0.05, 0.1, 0.2, 0.3, 0.5)
MIN_FIT_SONGS = 8
"""Fewer complete songs than this fit no model (NaN gains): too few to say what is typical."""


def fold_of(group: str) -> int:
    """The cross-validation fold of a song's group (SHA-256 of its name, so the same on every machine)."""
    return int.from_bytes(hashlib.sha256(f"cv/{group}".encode()).digest()[:8], "big") % CV_FOLDS


def _log_likelihood(test: np.ndarray, train: np.ndarray, shrinkage: float) -> float:
    """Gaussian log-likelihood of ``test`` rows under ``train``'s median and shrunk covariance."""
    mean = np.median(train, axis=0)
    cov = covariance(train, mean, shrinkage)
    dev = test - mean
    _, logdet = np.linalg.slogdet(cov)
    quad = np.einsum("ij,ji->i", dev, np.linalg.solve(cov, dev.T))
    return float(-0.5 * np.sum(quad + logdet + SHAPE_BAND_COUNT * math.log(2.0 * math.pi)))


def choose_shrinkage(
    sets: Sequence[tuple[np.ndarray, Sequence[str]]],
) -> tuple[float, dict[str, float]]:
    """The shrinkage (``SHRINKAGES``) with the highest cross-validated log-likelihood summed over ``sets``
    (each: rows of third octaves, their groups), and the summed log-likelihood of every value tried."""
    tried: dict[str, float] = {}
    for shrinkage in SHRINKAGES:
        total = 0.0
        for rows, groups in sets:
            rows = np.asarray(rows, dtype=np.float64)
            keep = complete_rows(rows)
            rows, folds = rows[keep], np.array([fold_of(g) for g, k in zip(groups, keep, strict=True) if k])
            for k in range(CV_FOLDS):
                train, test = rows[folds != k], rows[folds == k]
                if len(train) < MIN_FIT_SONGS or not len(test):
                    continue
                total += _log_likelihood(test[:, :SHAPE_BAND_COUNT], train[:, :SHAPE_BAND_COUNT], shrinkage)
        tried[f"{shrinkage:g}"] = round(total, 1)
    best = max(SHRINKAGES, key=lambda s: tried[f"{s:g}"])
    return best, tried


def cross_fitted_gains(
    rows: np.ndarray,
    groups: Sequence[str],
    shrinkage: float,
    shift_db: np.ndarray | None = None,
) -> np.ndarray:
    """Shape gains (songs x ``SHAPE_NAMES``) of every song against a model fitted on the other folds' songs
    (NaN for incomplete rows, or when too few songs are left to fit). ``shift_db`` (26 bands) is added to
    each song before it is measured, not to the songs the model is fitted on: how songs spread around another
    centre would read (the popular family's songs, taken to spread like the percussive family's)."""
    rows = np.asarray(rows, dtype=np.float64)
    out = np.full((rows.shape[0], len(SHAPE_NAMES)), math.nan)
    keep = complete_rows(rows) if rows.size else np.zeros(0, dtype=bool)
    folds = np.array([fold_of(g) for g in groups])
    for k in range(CV_FOLDS):
        train = keep & (folds != k)
        test = keep & (folds == k)
        if int(train.sum()) < MIN_FIT_SONGS or not test.any():
            continue
        model = fit_model(rows[train, :SHAPE_BAND_COUNT], shrinkage)
        measured = rows[test, :SHAPE_BAND_COUNT]
        if shift_db is not None:
            measured = measured + shift_db
        out[test] = gains_matrix(measured, model)
    return out
