"""How much of a named EQ shape a mix carries beyond the usual shape of real mixes: the numbers tonal verdicts
rest on.

Five shapes, each the third-octave response of an ordinary EQ move (an analog RBJ filter, power-averaged over
each band): a broad bell (Q 1) at 315 Hz (mud), a low shelf at 100 Hz (boom), a low-shelf *cut* at 160 Hz (a
thin low end, a high-pass), a broad bell at 3.2 kHz (harshness), a high-shelf *cut* at 6.3 kHz (a dull top, a
low-pass). A shape's gain in a mix is a weighted sum of the mix's deviation from the family's median real mix
(third octaves against the mids): ``weights @ (curve - mean_db)``. Cuts are signed so that a larger gain is
always the problem: ``low_cut_db`` = 12 reads "12 dB less low end than the usual shape, like a low cut".

The weights (``fit_model``, at calibration) are the minimum-variance estimate of the shape's gain given how
real songs' spectra vary and co-vary (their covariance, shrunk towards its diagonal), under three rules:
- it reads the shape's own gain exactly (``w @ template == 1``) and ignores the mix's overall level
  (``w @ 1 == 0``): only shape counts, against the mix's own balance;
- it looks only at the bands around the shape (``window_hz``; zero weight elsewhere): a top-end cut must not
  read as boom because real songs with a bright top tend to carry less bass;
- within the shape's own region (``monotone_hz``) every band's weight has the problem's sign, so *any* boost
  there (a bell at 200 Hz or 450 Hz, a broad 60-250 Hz lift) raises ``low_mid_bell_db`` / ``low_shelf_db``,
  and any cut there raises ``low_cut_db`` / ``high_cut_db``: adding a problem never reads as less of it.
  Without that rule the estimate leans on neighbouring bands as a baseline (it reads a broad 60-250 Hz boost
  as no boom at all, and a low-pass on a dark mix, whose top already sits on the frames' leakage floor
  about 45 dB under the mids, as a brighter top);
- a shape may be blind to another (``blind_to``: ``w @ other == 0``): the 3.2 kHz bell ignores a high-shelf
  cut, so a low-pass does not read as harshness (which, by the rule that opposite verdicts never both stand,
  would hide the dullness it causes); the 315 Hz bell and the low cut ignore each other, so a build-up of mud
  does not read as a thin low end (it did: +2 to +4 dB of ``low_cut_db`` per +6 dB bell) nor a high-pass as
  mud (+1.5 to +4 dB). A low shelf and a low cut stay entangled: they are nearly the same shape with opposite
  signs, and boomy and thin are opposite verdicts.

Why this and not a bump fitted on the raw spectrum against a local line (the statistic before): real music's
spectrum is curved (its slope steepens with frequency, Elowsson & Friberg 2017) and songs differ in that
curvature; a local line reads it as a bump on every song and a maximum over many centres adds more, so a
planted +6 dB bell sat inside the natural spread (``bump_low_mid_db``: p10-p90 13.6 dB between songs, a
+6 dB bell at 300 Hz moved it by 3.2 dB). Here the family's median curve carries the curvature, and the
weights cancel what the neighbouring bands say is natural (songs with a big low end carry big low-mids too).
Positions are fixed (no maximum over centres), and the calibration's percentiles are of this same number.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import numpy as np

from companion.listening.tonal import CENTERS_HZ, EDGES_HZ, JUDGED_TOP_HZ, judged

SHAPE_BAND_COUNT = int(np.sum(EDGES_HZ[:, 1] <= JUDGED_TOP_HZ * 1.001))
"""The third octaves the shapes are fitted on: 31.25 Hz to 10 kHz (26 bands), what every source carries."""
SHAPE_CENTERS_HZ = CENTERS_HZ[:SHAPE_BAND_COUNT]
FLOOR_DB = -40.0
"""Third octaves further under the mids than this are read as this: below it the rectangular frames' leakage
(``companion.listening.frames``), not the music, sets what the band reads (a low-pass on a mix whose top
already sits 50 dB under the mids moves its 8-10 kHz bands by a few tenths of a dB either way)."""
REFERENCE_GAIN_DB = 6.0
"""The gain the analog responses are computed at before scaling to 1 dB (a bell's and a shelf's shape
barely change with gain)."""


@dataclass(frozen=True, slots=True)
class Shape:
    """One EQ shape a verdict rests on: its name (the statistic), sign (+1 a boost, -1 a cut read as
    positive), where it sits, the bands its estimate may look at (``window_hz``, centres; all must be measured
    for it to be judged), the region where every band's weight has the problem's sign (``monotone_hz``) and
    the shapes its estimate ignores (``blind_to``)."""

    name: str
    sign: int
    centre_hz: float
    window_hz: tuple[float, float]
    monotone_hz: tuple[float, float]
    describe: str
    response: Callable[[], np.ndarray]
    blind_to: tuple[str, ...] = ()

    @property
    def template(self) -> np.ndarray:
        """The shape's third-octave response per dB of gain (``SHAPE_CENTERS_HZ``), not yet signed."""
        return _template(self.name)

    def bands(self, span_hz: tuple[float, float]) -> np.ndarray:
        lo_hz, hi_hz = span_hz
        return (lo_hz <= SHAPE_CENTERS_HZ) & (hi_hz >= SHAPE_CENTERS_HZ)


def _band_response_db(gain_sq: Callable[[np.ndarray], np.ndarray]) -> np.ndarray:
    """Power-averaged response of a filter over each fitted third octave (64 points per band), dB."""
    out = []
    for lo_hz, hi_hz in EDGES_HZ[:SHAPE_BAND_COUNT]:
        f = np.geomspace(lo_hz, hi_hz, 64)
        out.append(10.0 * math.log10(float(np.mean(gain_sq(f)))))
    return np.array(out)


def bell_response(centre_hz: float, q: float = 1.0) -> np.ndarray:
    """Third-octave response (dB per dB of gain) of an analog RBJ peaking EQ at ``centre_hz``."""
    a = 10.0 ** (REFERENCE_GAIN_DB / 40.0)

    def gain_sq(f: np.ndarray) -> np.ndarray:
        s = f / centre_hz
        return ((1 - s**2) ** 2 + (s * a / q) ** 2) / ((1 - s**2) ** 2 + (s / (a * q)) ** 2)

    return _band_response_db(gain_sq) / REFERENCE_GAIN_DB


def shelf_response(corner_hz: float, high: bool) -> np.ndarray:
    """Third-octave response (dB per dB of gain) of an analog RBJ shelf (slope 1) at ``corner_hz``."""
    a = 10.0 ** (REFERENCE_GAIN_DB / 40.0)
    k = math.sqrt(a) * math.sqrt(2.0)

    def gain_sq(f: np.ndarray) -> np.ndarray:
        s = 1j * f / corner_hz
        if high:
            h = a * (a * s**2 + k * s + 1) / (s**2 + k * s + a)
        else:
            h = a * (s**2 + k * s + a) / (a * s**2 + k * s + 1)
        return np.abs(h) ** 2

    return _band_response_db(gain_sq) / REFERENCE_GAIN_DB


SHAPES: dict[str, Shape] = {
    s.name: s
    for s in (
        Shape(
            "low_mid_bell_db", 1, 315.0, (45.0, 2100.0), (190.0, 520.0), "a broad bell (Q 1) at 315 Hz",
            lambda: bell_response(315.0), ("low_cut_db",),
        ),
        Shape(
            "low_shelf_db", 1, 100.0, (0.0, 1300.0), (0.0, 210.0), "a low shelf at 100 Hz",
            lambda: shelf_response(100.0, high=False),
        ),
        Shape(
            "low_cut_db", -1, 160.0, (0.0, 1300.0), (0.0, 260.0), "a low-shelf cut at 160 Hz",
            lambda: shelf_response(160.0, high=False), ("low_mid_bell_db",),
        ),
        Shape(
            "upper_mid_bell_db", 1, 3175.0, (600.0, 6400.0), (1900.0, 5200.0), "a broad bell (Q 1) at 3.2 kHz",
            lambda: bell_response(3175.0), ("high_cut_db",),
        ),
        Shape(
            "high_cut_db", -1, 6350.0, (380.0, 11000.0), (1000.0, 11000.0), "a high-shelf cut at 6.3 kHz",
            lambda: shelf_response(6350.0, high=True),
        ),
    )
}  # fmt: skip
"""Windows and monotone regions as third-octave centres (Hz, inclusive)."""
SHAPE_NAMES = tuple(SHAPES)


@cache
def _template(name: str) -> np.ndarray:
    shape = SHAPES[name].response()
    shape.setflags(write=False)
    return shape


@dataclass(frozen=True, slots=True)
class ShapeModel:
    """What a family's real mixes say a shape gain is measured against: their median curve over the fitted
    third octaves (dB against the mids) and each shape's weights (``SHAPE_NAMES`` x bands)."""

    mean_db: np.ndarray
    weights: np.ndarray

    @classmethod
    def of(cls, mean_db: object, weights: object) -> ShapeModel:
        mean = np.asarray(mean_db, dtype=np.float64)
        w = np.asarray(weights, dtype=np.float64)
        if mean.shape != (SHAPE_BAND_COUNT,) or w.shape != (len(SHAPES), SHAPE_BAND_COUNT):
            raise ValueError(
                f"a shape model needs {SHAPE_BAND_COUNT} bands and weights for {len(SHAPES)} shapes"
            )
        return cls(mean, w)


def covariance(rows: np.ndarray, mean_db: np.ndarray, shrinkage: float) -> np.ndarray:
    """Song-to-song covariance of the deviations from ``mean_db``, shrunk by ``shrinkage`` towards its
    diagonal (a few dozen songs cannot pin down 26 x 26 numbers)."""
    sample = np.cov(np.asarray(rows, dtype=np.float64) - mean_db, rowvar=False)
    return (1.0 - shrinkage) * sample + shrinkage * np.diag(np.diag(sample))


def shape_weights(shape: Shape, cov: np.ndarray) -> np.ndarray:
    """The minimum-variance weights of one shape under the rules of the module docstring (SLSQP; calibration
    only, so scipy stays off the analysis path)."""
    from scipy.optimize import minimize

    window = shape.bands(shape.window_hz)
    oriented = (shape.sign * shape.template)[window]
    sub = cov[np.ix_(window, window)]
    signed = shape.bands(shape.monotone_hz)[window]
    design = np.stack([np.ones_like(oriented), oriented], axis=1)
    weighted = np.linalg.solve(sub, design).T
    start = np.linalg.solve(weighted @ design, weighted)[1]  # the unconstrained GLS estimate
    bounds = [((0.0, None) if shape.sign > 0 else (None, 0.0)) if flag else (None, None) for flag in signed]
    scaled = sub / float(np.mean(np.diag(sub)))  # an objective near 1 keeps SLSQP's line search well posed
    result = minimize(
        lambda w: float(w @ scaled @ w),
        np.where(signed, shape.sign * np.maximum(shape.sign * start, 0.0), start),
        jac=lambda w: 2.0 * scaled @ w,
        constraints=(
            {"type": "eq", "fun": lambda w: float(w.sum()), "jac": lambda w: np.ones_like(w)},
            {"type": "eq", "fun": lambda w: float(w @ oriented) - 1.0, "jac": lambda w: oriented},
            *(
                {"type": "eq", "fun": lambda w, t=t: float(w @ t), "jac": lambda w, t=t: t}
                for t in (_template(name)[window] for name in shape.blind_to)
            ),
        ),
        bounds=bounds,
        method="SLSQP",
        options={"maxiter": 1000, "ftol": 1e-12},
    )
    if not result.success:
        raise RuntimeError(f"{shape.name}: the shape weights did not converge ({result.message})")
    w = np.where(signed, shape.sign * np.maximum(shape.sign * result.x, 0.0), result.x)
    out = np.zeros(SHAPE_BAND_COUNT)
    out[window] = w
    return out


def floored(curves: np.ndarray) -> np.ndarray:
    """Third octaves against the mids with everything under ``FLOOR_DB`` read as ``FLOOR_DB`` (NaN kept)."""
    return np.maximum(np.asarray(curves, dtype=np.float64), FLOOR_DB)  # NaN stays NaN


def fit_model(rows: np.ndarray, shrinkage: float) -> ShapeModel:
    """The model of ``rows`` (songs x ``SHAPE_BAND_COUNT``, complete): the median curve and every shape's
    weights under the covariance shrunk by ``shrinkage``."""
    rows = floored(np.asarray(rows, dtype=np.float64)[:, :SHAPE_BAND_COUNT])
    mean = np.median(rows, axis=0)
    cov = covariance(rows, mean, shrinkage)
    return ShapeModel(mean, np.array([shape_weights(shape, cov) for shape in SHAPES.values()]))


def complete_rows(curves: np.ndarray) -> np.ndarray:
    """Which rows (third octaves against the mids, 28 bands) carry every fitted band."""
    return np.isfinite(np.asarray(curves, dtype=np.float64)[:, :SHAPE_BAND_COUNT]).all(axis=1)


def gains_matrix(rows: np.ndarray, model: ShapeModel) -> np.ndarray:
    """Shape gains (songs x ``SHAPE_NAMES``) of complete ``rows`` (songs x >= ``SHAPE_BAND_COUNT``)."""
    return (
        floored(np.asarray(rows, dtype=np.float64)[:, :SHAPE_BAND_COUNT]) - model.mean_db
    ) @ model.weights.T


TOP_BAND_RULE = """A source whose bandwidth ends inside the top fitted third octave (10 kHz: 8.98-11.3 kHz), which is
where a codec's cliff found at 10 kHz or above, or a 20-22 kHz sample rate, ends it, has that band read as
deviating from the family's usual curve exactly as much as the 8 kHz band below it (the highest band it carries
whole). Why: without it, a wall at 10.1 kHz took the whole top-end reading away (``high_cut_db`` not judged at
all), so a low-pass at 4 kHz on a song whose 18 dB step at 10.5 kHz became a codec wall once the low-pass took
the content above it down *lowered* dull (0.07 -> 0 on a real held-out song). Continuing the 8 kHz band's
deviation never reads the codec's empty band as a darker top (a codec-cut mix at the usual shape reads 0), and
a low-pass's skirt, which deepens with frequency, reads at least as its 8 kHz part says."""


def _top_band_cut(measured: np.ndarray, top_hz: float) -> bool:
    """The top fitted band is unmeasured only because the source's bandwidth ends inside it (the band under
    it is measured whole): ``TOP_BAND_RULE`` applies."""
    low_edge_hz = float(EDGES_HZ[SHAPE_BAND_COUNT - 1, 0])
    return bool(not measured[-1] and measured[-2] and top_hz * 1.03 > low_edge_hz)


def shape_gains(rel_db: tuple[float, ...] | np.ndarray, top_hz: float, model: ShapeModel) -> dict[str, float]:
    """Every shape's gain for one mix (third octaves against the mids, measured up to ``top_hz``); NaN for a
    shape whose window the source does not carry (a low sample rate, a codec's cut: nothing above what the
    source carries is judged, except the top band's continuation of ``TOP_BAND_RULE``), or when the mids are
    not measured."""
    usable = floored(judged(np.asarray(rel_db, dtype=np.float64), top_hz)[:SHAPE_BAND_COUNT])
    measured = np.isfinite(usable)
    dev = np.where(measured, usable - model.mean_db, 0.0)
    if _top_band_cut(measured, top_hz):
        # the cut top band reads as deviating as much as the band below it (see TOP_BAND_RULE)
        dev[-1], measured[-1] = dev[-2], True
    out = {}
    for j, (name, shape) in enumerate(SHAPES.items()):
        if measured[shape.bands(shape.window_hz)].all():
            out[name] = float(model.weights[j] @ dev)
        else:
            out[name] = math.nan
    return out
