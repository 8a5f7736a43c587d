"""A mix against the user's own reference track: loudness-matched third-octave difference, width and PLR.

What mastering engineers and tools like Mastering The Mix REFERENCE do: bring both to the same loudness and
compare. The difference per third octave is loudness-matched (each spectrum taken against its own integrated
loudness), then centred on its median over 100 Hz-8 kHz so one problem region does not shift all the others,
smoothed over an octave (three third octaves, like the main analysis' windows) and gated: bands where the
reference carries almost nothing (``GATE_DB`` under its mids), bands above either track's bandwidth or above
11.3 kHz are not compared. Verdicts use the closed finding kinds and say "against your reference".
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from companion.context import Analysis, Finding, FindingKind
from companion.listening.tonal import CENTERS_HZ, EDGES_HZ, JUDGED_TOP_HZ, vs_mid_db

GATE_DB = -45.0
"""A third octave this far under the reference's mids is near silence there: no comparison."""
FLOOR_DB = -40.0
"""How far below the reference a band reads when the mix has no measurable power there at all."""
CENTRE_HZ = (100.0, 8100.0)
REMARK_DB, PROBLEM_DB, FULL_DB = 1.5, 3.0, 9.0
"""Tonal difference scale: a remark from 1.5 dB, a problem from 3 dB (a move anyone hears A/B), 1.0 at 9 dB."""
WIDTH_REMARK, WIDTH_PROBLEM, WIDTH_FULL = 0.7, 0.5, 0.15
"""Stereo width as a share of the reference's: half as wide is a problem, next to mono is the full verdict."""
MIN_REFERENCE_WIDTH = 0.03
PLR_REMARK_DB, PLR_PROBLEM_DB, PLR_FULL_DB = 1.5, 3.0, 8.0
"""How many dB less peak-to-loudness than the reference: 3 dB more limiting than the song you aim at is a
problem worth naming."""


@dataclass(frozen=True, slots=True)
class ReferenceTrack:
    """What the comparison needs of the reference (the cached part of its analysis, no audio)."""

    name: str
    sha256: str
    third_octave_db: tuple[float | None, ...]
    top_hz: float
    integrated_lufs: float
    rms_dbfs: float
    plr_db: float
    width: float
    correlation: float
    duration_s: float
    sample_rate: int
    channels: int
    note: str = ""

    @property
    def words(self) -> str:
        return f"your reference ({self.name})"


def grade(value: float, remark_at: float, problem_at: float, full_at: float) -> float:
    """0 under ``remark_at``, 0.3 at ``problem_at``, 1.0 at ``full_at`` (rising scales)."""
    if not math.isfinite(value) or value < remark_at:
        return 0.0
    if value < problem_at:
        return 0.3 * (value - remark_at) / (problem_at - remark_at)
    return min(1.0, 0.3 + 0.7 * (value - problem_at) / (full_at - problem_at))


def _absolute_db(
    third: tuple[float | None, ...] | list[float | None], rms_dbfs: float, lufs: float
) -> np.ndarray:
    rel = np.array([math.nan if v is None else float(v) for v in third], dtype=np.float64)
    return rel + rms_dbfs - lufs


def difference_db(a: Analysis, ref: ReferenceTrack) -> np.ndarray | None:
    """Per third octave: mix minus reference at matched loudness, median-centred, octave-smoothed, gated (NaN)."""
    third = a.extra.get("third_octave_db")
    rms = a.extra.get("rms_dbfs")
    if not third or rms is None or not math.isfinite(a.integrated_lufs):
        return None
    top = min(
        float(a.extra.get("bands_measured_to_hz", a.sample_rate / 2.0)), ref.top_hz, JUDGED_TOP_HZ * 1.001
    )
    diff = _absolute_db(third, float(rms), a.integrated_lufs) - _absolute_db(
        ref.third_octave_db, ref.rms_dbfs, ref.integrated_lufs
    )
    # Gate on the reference only: where the song you aim at carries almost nothing there is nothing to match,
    # but where it carries something and the mix does not, that absence is exactly what to report.
    quiet = vs_mid_db(ref.third_octave_db) < GATE_DB
    unmeasured = ~np.isfinite(diff) & np.isfinite(_absolute_db(ref.third_octave_db, 0.0, 0.0))
    diff[unmeasured] = FLOOR_DB  # a band the mix left silent (None) reads as far below the reference
    diff[quiet | (EDGES_HZ[:, 1] > top * 1.03)] = math.nan
    centre_mask = (CENTRE_HZ[0] <= CENTERS_HZ) & (CENTRE_HZ[1] >= CENTERS_HZ) & np.isfinite(diff)
    if int(centre_mask.sum()) < 6:
        return None
    diff = diff - float(np.median(diff[centre_mask]))
    smooth = np.full_like(diff, math.nan)
    for k in range(diff.size):
        window = diff[max(0, k - 1) : k + 2]
        if math.isfinite(diff[k]) and np.isfinite(window).all():
            smooth[k] = float(np.mean(window))
    return smooth


def _peak(diff: np.ndarray, lo_hz: float, hi_hz: float, sign: int) -> tuple[float, float]:
    mask = (lo_hz <= CENTERS_HZ) & (hi_hz >= CENTERS_HZ) & np.isfinite(diff)
    if not mask.any():
        return math.nan, math.nan
    idx = np.flatnonzero(mask)
    k = int(idx[np.argmax(sign * diff[idx])])
    return float(diff[k]), float(CENTERS_HZ[k])


def _mean(diff: np.ndarray, lo_hz: float, hi_hz: float) -> float:
    mask = (lo_hz <= CENTERS_HZ) & (hi_hz >= CENTERS_HZ) & np.isfinite(diff)
    return float(np.mean(diff[mask])) if mask.any() else math.nan


TOP_HZ = (4500.0, 11300.0)
"""The top end compared with a reference: the dull verdict's region, up to where the comparison stops."""


TONAL = (
    # kind, region, how (peak of a build-up / mean of a region), sign, words, meaning
    (FindingKind.MUDDY, (160.0, 500.0), "peak", 1, "the low-mids", "that's where mud builds up."),
    (FindingKind.BOOMY, (50.0, 160.0), "peak", 1, "the low end", "it booms and eats headroom."),
    (
        FindingKind.THIN,
        (40.0, 160.0),
        "mean",
        -1,
        "the low end (below 160 Hz)",
        "the mix sounds thin next to it.",
    ),
    (
        FindingKind.HARSH,
        (2000.0, 5000.0),
        "peak",
        1,
        "the upper mids",
        "that gets harsh and tiring at volume.",
    ),
    (
        FindingKind.DULL,
        TOP_HZ,
        "mean",
        -1,
        "the top end (above 4.5 kHz)",
        "the mix sounds dull next to it.",
    ),
)


def compare_tonal(a: Analysis, ref: ReferenceTrack) -> list[Finding]:
    """muddy/boomy/thin/harsh/dull from the loudness-matched difference with the reference."""
    diff = difference_db(a, ref)
    if diff is None:
        return []
    found: dict[FindingKind, Finding] = {}
    for kind, (lo_hz, hi_hz), how, sign, words, meaning in TONAL:
        if how == "peak":
            value, centre = _peak(diff, lo_hz, hi_hz, sign)
        else:
            value, centre = _mean(diff, lo_hz, hi_hz), math.nan
        sev = grade(sign * value, REMARK_DB, PROBLEM_DB, FULL_DB)
        if sev <= 0.0:
            continue
        at = (
            f" around {centre / 1000:.1f} kHz"
            if centre >= 1000
            else f" around {centre:.0f} Hz"
            if centre > 0
            else ""
        )
        more = "more" if value > 0 else "less"
        summary = (
            f"{words[0].upper()}{words[1:]}{at}: {abs(value):.1f} dB {more} than {ref.words} at matched "
            f"loudness; {meaning}"
        )
        evidence: dict[str, object] = {
            "compared_with": ref.words,
            "reference": ref.name,
            "reference_sha256": ref.sha256,
            "deviation_db": round(value, 2),
            "range_hz": [lo_hz, hi_hz],
        }
        if centre > 0:
            evidence["center_hz"] = round(centre)
        found[kind] = Finding(kind=kind, severity=round(sev, 3), summary=summary, evidence=evidence)
    if FindingKind.BOOMY in found and FindingKind.THIN in found:
        low = _mean(diff, 50.0, 160.0)
        del found[FindingKind.THIN if low >= 0.0 else FindingKind.BOOMY]
    return list(found.values())


def top_difference_db(a: Analysis, ref: ReferenceTrack) -> float | None:
    """The mix's top end (``TOP_HZ``) against the reference's, loudness-matched and smoothed as the tonal verdicts
    read it (dB, + brighter); None where it cannot be compared (no top carried, a narrow bandwidth)."""
    diff = difference_db(a, ref)
    if diff is None:
        return None
    value = _mean(diff, *TOP_HZ)
    return None if math.isnan(value) else round(value, 2)


def compare_width(a: Analysis, ref: ReferenceTrack) -> Finding | None:
    """``narrow`` when the mix is much narrower than the reference (None when the reference is itself mono)."""
    if a.channels < 2 or ref.channels < 2 or ref.width < MIN_REFERENCE_WIDTH:
        return None
    share = a.stereo.width / ref.width
    sev = 0.0 if share >= WIDTH_REMARK else grade(-share, -WIDTH_REMARK, -WIDTH_PROBLEM, -WIDTH_FULL)
    if sev <= 0.0:
        return None
    return Finding(
        kind=FindingKind.NARROW,
        severity=round(sev, 3),
        summary=(
            f"The stereo image is {share * 100:.0f} % as wide as {ref.words} (width {a.stereo.width:.2f} "
            f"against {ref.width:.2f}): it sits much more in the middle."
        ),
        evidence={
            "compared_with": ref.words,
            "width": round(a.stereo.width, 3),
            "reference_width": round(ref.width, 3),
        },
    )


def compare_plr(a: Analysis, ref: ReferenceTrack) -> Finding | None:
    """``over_compressed`` when the mix has clearly less peak-to-loudness ratio than the reference."""
    less = ref.plr_db - a.plr_db
    sev = grade(less, PLR_REMARK_DB, PLR_PROBLEM_DB, PLR_FULL_DB)
    if sev <= 0.0:
        return None
    return Finding(
        kind=FindingKind.OVER_COMPRESSED,
        severity=round(sev, 3),
        summary=(
            f"Peak-to-loudness ratio is {a.plr_db:.1f} dB against {ref.plr_db:.1f} dB in {ref.words}: "
            f"{less:.1f} dB more squashed than the song you're aiming at."
        ),
        evidence={
            "compared_with": ref.words,
            "plr_db": round(a.plr_db, 2),
            "reference_plr_db": round(ref.plr_db, 2),
        },
    )
