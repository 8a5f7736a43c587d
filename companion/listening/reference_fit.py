"""The statistics of the tonal references: per family, the shape model and the percentiles between songs of every
judged number, of the contract bands and of the third octaves (all relative to the mids), plus the
cross-check with published data and the choice of where verdicts start.

Pure functions of the measured rows (``TrackMeasure``), so the calibration script stays a thin shell and the
tests can feed a tiny generated corpus. Percentiles use numpy's linear interpolation between songs; those of
the shape gains are taken over cross-fitted gains (``companion.listening.shape_fit``).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from statistics import NormalDist

import numpy as np

from companion.context import BAND_NAMES
from companion.listening.families import FAMILIES
from companion.listening.published import (
    CITATION_ELOWSSON,
    CITATION_PESTANA,
    ELOWSSON_HIGH_SD_DB,
    ELOWSSON_TILT_SD_DB_PER_OCT,
    ELOWSSON_TRACKS,
    PESTANA_PSD_SLOPE_DB_PER_OCT,
    elowsson_bands_vs_mid_db,
    elowsson_third_octaves_db,
)
from companion.listening.shape_fit import CV_FOLDS, cross_fitted_gains, fold_of
from companion.listening.spectrum import THIRD_OCTAVE_CENTERS_HZ
from companion.listening.tonal import LEVEL_NAMES, TonalProfile, tonal_profile
from companion.listening.tonal_shapes import SHAPE_BAND_COUNT, SHAPE_NAMES, complete_rows, fit_model

PERCENTILES = (5, 10, 25, 50, 75, 80, 85, 90, 95, 97, 98, 99)
MIN_TRACKS = 8
"""Fewer songs than this give no percentile (None): too few to call anything typical."""
FULL_BAND_HZ = 19500.0
"""Air (6-20 kHz) statistics come only from sources that carry it: bandwidth at or above this."""
AGREE_DB = 3.0
REMARK_FROM = 60
PROBLEM_AT = (70, 75, 78, 80, 82, 85)
"""Candidates for the percentile of real songs where a verdict reaches 0.3 (a problem); the calibration takes
the lowest that cross-validation allows (``choose_mapping``): the issue's bar allows a median of one finding
>= 0.3 per clean song, and a lower problem point is what lets a +6 dB build-up on an ordinary mix be named.
(78 and 82 are read between the stored p75, p80 and p85.)"""
CLEAR_PAST_P90 = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.2, 1.5, 2.0)
"""Candidates for where a clear problem (0.5) starts: p90 plus this share of the p50-p90 distance."""
FULL_AFTER_SPANS = 1.5
"""Past the clear-problem percentile, severity reaches 1.0 after 1.5 times the problem-to-clear distance."""
OWN_MAPPING_STATS = ("top_fall_db_per_oct",)
"""Readings whose problem and clear points are chosen on their own, after the shapes' (``choose_mapping`` with
a ``base``), by the same cross-validated rule: a second reading of a kind (dull's fall) adds verdicts, and
letting its false alarms widen every shape's clear point would let a +14 dB bell at 315 Hz read as a lean."""
RECALL_FAMILY = "all"
RECALL_POINTS: dict[str, tuple[int, float]] = {
    "low_shelf_db": (70, 0.4),
    "upper_mid_bell_db": (70, 0.8),
}
"""(problem_at, clear_past_p90) of readings judged against the no-genre range (``RECALL_FAMILY``), set apart
from the cross-validated pair so that more ordinary build-ups on real mixes are named. Such a plant (a +8 dB low
shelf, a +6 dB bell at 3.5 kHz) moves its reading by a near-constant 7.8 and 5.8 dB on every song, so a song is
found only if it sits no further than that under the problem point, and one already leaning there only if the
clear point (0.5) is about that far past the problem point (0.3); the shared pair puts it 10 dB past. The shelf
takes both (p70, clear 0.4 of p50-p90 past p90: 7.9 dB past); the 3.2 kHz bell only the lower problem point (p70):
its clear point stays 7.4 dB past, where a clean rock session rendered from real samples (+9.2 to +10.5 dB there,
``benchmarks/sessions.py``) still reads a lean (p75 / 0.4 called it a fault, 0.48-0.56). Only for
the no-genre range: its percentiles are already the highest of every part's (``ENVELOPE_OF``), so lower points
there stay inside what any one family carries, while a named family's own, narrower range with the same points
gave 14.8 % of held-fold drum-driven songs a verdict >= 0.5. Chosen on the tuning part only, by the
calibration's own budget (>= 0.5 on at most ``CV_TARGET`` of the held folds' songs, over all songs and in each
family), with ``benchmarks/tonal_tradeoff.py``: the 3.5 kHz bell's costs nothing (found 50 -> 58 %), the
shelf's 2.5 points (30 -> 49 %); the 315 Hz bell's own points (p70/0.6: 28 -> 42 %) put 11.5 % of held-fold sparse songs
at >= 0.5, the fall's (p75/1.5) 11.5 % of all. A first choice judged in-sample (p70/0.2 for the 315 Hz bell,
p65/0.2 for the shelf, p75/0.6 for the 3.5 kHz bell, in both modes) put 20 % of the held-out songs at >= 0.5:
in-sample percentiles flatter the songs that set them."""
ENVELOPE_OF = ("pooled", "popular")
"""The parts whose percentiles the no-genre (``all``) shape percentiles are the higher of."""
CV_TWO_TARGET = 0.40
"""The widest share of unseen songs (cross-validated within the tuning part) that may get two or more tonal
verdicts >= 0.3: the issue's bar is a median of at most one (under half the songs with two); 40 % leaves ten
points for unseen songs straying further than the folds do. (It was a third: the budget went unused, though
cross-validation shows the lower problem point buys little recall of planted problems: most misses are songs
lean there, which stay inside the real range; see benchmarks/tonal_ceiling.py.)"""
CV_TARGET = 0.10
"""The widest share of unseen songs (cross-validated within the tuning part) that may get a tonal verdict
>= 0.5: two thirds of the issue's 15 % bar, as unseen songs stray further than the folds do."""


@dataclass(frozen=True, slots=True)
class TrackMeasure:
    """What the calibration keeps of one excerpt (no audio): its levels and its spectrum shape."""

    name: str
    split: str  # "tune" | "holdout"
    percussive_db: float
    group: str
    top_hz: float
    bands_vs_mid_db: dict[str, float]
    third_octave_vs_mid_db: tuple[float, ...]
    stats: dict[str, float] = field(default_factory=dict)


def percentile_row(values: Iterable[float]) -> dict[str, float | int | None]:
    """{"p5": .., ..., "p99": .., "n": count} over the finite values; percentiles None under ``MIN_TRACKS``."""
    data = np.array([v for v in values if v is not None and math.isfinite(v)], dtype=np.float64)
    row: dict[str, float | int | None] = {}
    for p in PERCENTILES:
        row[f"p{p}"] = round(float(np.percentile(data, p)), 2) if data.size >= MIN_TRACKS else None
    row["n"] = int(data.size)
    return row


def _curves(tracks: Sequence[TrackMeasure]) -> np.ndarray:
    return np.array([t.third_octave_vs_mid_db for t in tracks], dtype=np.float64).reshape(len(tracks), -1)


def _model_row(curves: np.ndarray, shrinkage: float) -> dict[str, object] | None:
    rows = curves[complete_rows(curves)][:, :SHAPE_BAND_COUNT] if curves.size else curves
    if len(rows) < MIN_TRACKS:
        return None
    model = fit_model(rows, shrinkage)
    return {
        "bands_hz": [round(c, 1) for c in THIRD_OCTAVE_CENTERS_HZ[:SHAPE_BAND_COUNT]],
        "mean_db": [round(float(v), 3) for v in model.mean_db],
        "weights": {
            name: [round(float(v), 5) for v in row]
            for name, row in zip(SHAPE_NAMES, model.weights, strict=True)
        },
        "shrinkage": shrinkage,
        "tracks": len(rows),
    }


def _shape_stats(gains: np.ndarray) -> dict[str, dict[str, float | int | None]]:
    return {name: percentile_row(gains[:, j]) for j, name in enumerate(SHAPE_NAMES)}


def family_table(tracks: Sequence[TrackMeasure], shrinkage: float) -> dict[str, object]:
    """One family: its shape model, percentiles of levels and (cross-fitted) shape gains, bands, third octaves."""
    curves = _curves(tracks)
    gains = cross_fitted_gains(curves, [t.group for t in tracks], shrinkage)
    stats = {name: percentile_row(t.stats.get(name, math.nan) for t in tracks) for name in LEVEL_NAMES}
    stats.update(_shape_stats(gains))
    bands = {}
    for band in BAND_NAMES:
        chosen = [t for t in tracks if band != "air" or t.top_hz >= FULL_BAND_HZ]
        bands[band] = percentile_row(t.bands_vs_mid_db.get(band, math.nan) for t in chosen)
    third: dict[str, list[float | int | None]] = {f"p{p}": [] for p in PERCENTILES}
    third["n"] = []
    for k in range(len(THIRD_OCTAVE_CENTERS_HZ)):
        row = percentile_row(t.third_octave_vs_mid_db[k] for t in tracks)
        for key, value in row.items():
            third[key].append(value)
    return {
        "tracks": len(tracks),
        "stats": stats,
        "shape_model": _model_row(curves, shrinkage),
        "bands_vs_mid_db": bands,
        "third_octave_vs_mid_db": third,
    }


def _shifted(row: dict[str, object], centre: float | None) -> dict[str, object]:
    """A percentile row moved so its median sits on ``centre`` (the spread kept); unchanged when None."""
    median = row.get("p50")
    if centre is None or not math.isfinite(centre) or median is None:
        return dict(row)
    return {k: (round(v - median + centre, 2) if isinstance(v, float) else v) for k, v in row.items()}


def popular_centre_db(percussive_mean_db: Sequence[float]) -> np.ndarray:
    """The popular family's median curve: Elowsson & Friberg's mean spectrum against the mids where their
    equation holds (from 88 Hz), the percussive family's median below."""
    published = tonal_profile(elowsson_third_octaves_db()).vs_mid_db[:SHAPE_BAND_COUNT]
    own = np.asarray(percussive_mean_db, dtype=np.float64)
    return np.where(np.isfinite(published), published, own)


def popular_table(percussive: dict[str, object]) -> dict[str, object]:
    """The published centre (Elowsson & Friberg's mean LTAS) with the percussive family's spread around it.

    Shape model: the published curve as the median (the percussive family's below 88 Hz), the percussive
    family's covariance; so the shape gains of popular songs spread as the percussive family's do around
    their own centre, and their percentiles are the percussive family's. Levels: where a spread is published
    it is used (taken as normal): the tilt's (SD ~1 dB/octave) and the 2.5-12.5 kHz level's (SD 3.7 dB, for the
    upper mids and the top); the low-mid level keeps the percussive family's spread around the published centre.
    """
    third_published = elowsson_third_octaves_db()
    shape = tonal_profile(third_published)
    stats = dict(percussive["stats"])  # type: ignore[arg-type]
    stats["low_mid_vs_mid_db"] = _shifted(stats["low_mid_vs_mid_db"], shape.get("low_mid_vs_mid_db"))
    for name, sd in (
        ("upper_mid_vs_mid_db", ELOWSSON_HIGH_SD_DB),
        ("top_vs_mid_db", ELOWSSON_HIGH_SD_DB),
        ("tilt_db_per_oct", ELOWSSON_TILT_SD_DB_PER_OCT),
    ):
        centre = shape.get(name)
        stats[name] = {
            **{f"p{p}": round(centre + NormalDist().inv_cdf(p / 100.0) * sd, 2) for p in PERCENTILES},
            "n": ELOWSSON_TRACKS,
        }
    model: dict[str, object] | None = None
    if percussive["shape_model"] is not None:
        model = dict(percussive["shape_model"])  # type: ignore[call-overload]
        model["mean_db"] = [round(float(v), 3) for v in popular_centre_db(model["mean_db"])]
        model["source"] = "published mean (Elowsson & Friberg) with the percussive family's covariance"
    published_bands = elowsson_bands_vs_mid_db()
    bands = {
        band: _shifted(row, published_bands.get(band))
        for band, row in percussive["bands_vs_mid_db"].items()  # type: ignore[union-attr]
    }
    perc_third = percussive["third_octave_vs_mid_db"]
    third = {key: list(values) for key, values in perc_third.items()}  # type: ignore[union-attr]
    for k, centre in enumerate(shape.vs_mid_db):
        median = perc_third["p50"][k]  # type: ignore[index]
        if math.isfinite(centre) and median is not None:
            for p in PERCENTILES:
                value = perc_third[f"p{p}"][k]  # type: ignore[index]
                third[f"p{p}"][k] = None if value is None else round(value - median + centre, 2)
    return {
        "tracks": percussive["tracks"],
        "stats": stats,
        "shape_model": model,
        "bands_vs_mid_db": bands,
        "third_octave_vs_mid_db": third,
        "published_centre": {
            "source": CITATION_ELOWSSON,
            "bands_vs_mid_db": {
                b: None if not math.isfinite(v) else round(v, 2) for b, v in published_bands.items()
            },
            "stats": {k: round(v, 2) for k, v in shape.levels.items() if math.isfinite(v)},
        },
    }


def all_table(
    tune: Sequence[TrackMeasure],
    percussive: Sequence[TrackMeasure],
    shrinkage: float,
    popular_shift: np.ndarray,
) -> dict[str, object]:
    """The pooled corpus, measured against a model of every tuning song; each shape gain's percentiles are the
    higher of those of every corpus song (both families pooled) and of the percussive songs moved onto the
    published popular centre, measured that same way. Why the popular copy: the corpus has no vocal-led pop,
    which is brighter than game music; without it, a typical pop mix with no genre named would read harsh.
    (``shape_envelope_of`` keeps each part's percentiles, per corpus family too.)"""
    table = family_table(tune, shrinkage)
    curves, groups = _curves(tune), [t.group for t in tune]
    pooled = cross_fitted_gains(curves, groups, shrinkage)
    chosen = {id(t) for t in percussive}
    in_percussive = np.array([id(t) in chosen for t in tune], dtype=bool)
    popular = cross_fitted_gains(curves, groups, shrinkage, popular_shift)[in_percussive]
    parts = {
        "pooled": _shape_stats(pooled),
        "popular": _shape_stats(popular),
        "percussive": _shape_stats(pooled[in_percussive]),
        "sparse": _shape_stats(pooled[~in_percussive]),
    }
    stats = dict(table["stats"])  # type: ignore[arg-type]
    for name in SHAPE_NAMES:
        row: dict[str, float | int | None] = {"n": stats[name]["n"]}
        for p in PERCENTILES:
            values = [parts[part][name][f"p{p}"] for part in ENVELOPE_OF]
            row[f"p{p}"] = max((v for v in values if v is not None), default=None)
        stats[name] = row
    return {**table, "stats": stats, "shape_envelope_of": parts}


def build_families(tune: Sequence[TrackMeasure], threshold_db: float, shrinkage: float) -> dict[str, dict]:
    """all / percussive / sparse / popular from the tuning tracks, split at ``threshold_db`` of percussion."""
    percussive = [t for t in tune if t.percussive_db >= threshold_db]
    sparse = [t for t in tune if t.percussive_db < threshold_db]
    tables = {"percussive": family_table(percussive, shrinkage), "sparse": family_table(sparse, shrinkage)}
    tables["popular"] = popular_table(tables["percussive"])
    perc_model = tables["percussive"]["shape_model"]
    shift = (
        popular_centre_db(perc_model["mean_db"]) - np.asarray(perc_model["mean_db"])
        if perc_model
        else np.zeros(SHAPE_BAND_COUNT)
    )
    tables["all"] = all_table(tune, percussive, shrinkage, shift)
    ordered = {}
    for name in FAMILIES:
        table = tables[name]
        ordered[name] = {
            "description": FAMILIES[name]["description"],
            "words": FAMILIES[name]["words"].format(tracks=table["tracks"]),
            "source": "published+corpus" if name == "popular" else "corpus",
            **table,
        }
    ordered["percussive"]["percussive_db_at_least"] = round(threshold_db, 2)
    ordered["sparse"]["percussive_db_below"] = round(threshold_db, 2)
    return ordered


Mapping = tuple[int, float]
"""(problem_at, clear_past_p90): the two numbers the calibration chooses."""


def mapping_row(mapping: Mapping, own: Mapping | None = None) -> dict[str, object]:
    """The data file's ``severity_mapping`` for ``mapping``, with ``own`` for every ``OWN_MAPPING_STATS`` and the
    ``RECALL_POINTS``."""
    problem_at, clear_past_p90 = mapping
    row: dict[str, object] = {
        "remark_from": REMARK_FROM,
        "problem_at": problem_at,
        "clear_past_p90": clear_past_p90,
        "full_after_spans": FULL_AFTER_SPANS,
    }
    if own is not None:
        row["per_stat"] = {s: {"problem_at": own[0], "clear_past_p90": own[1]} for s in OWN_MAPPING_STATS}
    row["per_family_stat"] = {
        RECALL_FAMILY: {s: {"problem_at": p, "clear_past_p90": c} for s, (p, c) in RECALL_POINTS.items()}
    }
    return row


def without_own_readings(families: dict[str, dict]) -> dict[str, dict]:
    """``families`` with no percentiles of ``OWN_MAPPING_STATS``, so the judge leaves those readings out."""
    return {
        name: {**family, "stats": {k: v for k, v in family["stats"].items() if k not in OWN_MAPPING_STATS}}
        for name, family in families.items()
    }


def _family_of(track: TrackMeasure, threshold_db: float) -> str:
    return "percussive" if track.percussive_db >= threshold_db else "sparse"


def profile_of(track: TrackMeasure) -> TonalProfile:
    return TonalProfile(levels=dict(track.stats), vs_mid_db=track.third_octave_vs_mid_db, top_hz=track.top_hz)


def holdout_check(
    families: dict[str, dict[str, object]],
    holdout: Sequence[TrackMeasure],
    threshold_db: float,
    chosen: Mapping,
    own: Mapping | None = None,
) -> dict:
    """Share of held-out songs whose shape gains (and ``OWN_MAPPING_STATS`` readings), measured against their own
    family and ``all``, go past the judge's problem (0.3) and clear-problem (0.5) points."""
    from companion.listening.reference_curves import severity_mapping, shape_model, stat_percentiles
    from companion.listening.tonal_judge import knots
    from companion.listening.tonal_shapes import shape_gains

    table = {"families": families, "severity_mapping": mapping_row(chosen, own)}
    out: dict[str, dict[str, object]] = {}
    for family in ("all", "percussive", "sparse"):
        members = [t for t in holdout if family == "all" or _family_of(t, threshold_db) == family]
        model = shape_model(family, table)
        gains = [
            {
                **shape_gains(t.third_octave_vs_mid_db, t.top_hz, model),
                **{k: t.stats.get(k, math.nan) for k in OWN_MAPPING_STATS},
            }
            for t in members
        ]
        rows = {}
        for name in (*SHAPE_NAMES, *OWN_MAPPING_STATS):
            spread = stat_percentiles(family, name, table)
            values = [g[name] for g in gains if math.isfinite(g[name])]
            if spread is None or not values:
                continue
            at = knots(spread, severity_mapping(table, name, family))
            rows[name] = {
                "past_problem": round(sum(v > at.problem_db for v in values) / len(values), 3),
                "past_clear": round(sum(v > at.clear_db for v in values) / len(values), 3),
                "n": len(values),
            }
        out[family] = {"tracks": len(members), "stats": rows}
    return out


def cross_check(families: dict[str, dict[str, object]]) -> dict[str, object]:
    """Where the corpus medians agree with the published spectra (within ``AGREE_DB``) and where not."""
    published = elowsson_bands_vs_mid_db()
    tilt_published = tonal_profile(elowsson_third_octaves_db()).get("tilt_db_per_oct")
    pestana_tilt = PESTANA_PSD_SLOPE_DB_PER_OCT + 10.0 * math.log10(2.0)  # per-Hz density -> per third octave
    rows, agree, disagree = {}, [], []
    for family in ("percussive", "sparse", "all"):
        bands = families[family]["bands_vs_mid_db"]  # type: ignore[index]
        for band, value in published.items():
            median = bands[band]["p50"]
            if not math.isfinite(value) or median is None:
                continue
            diff = round(median - value, 2)
            rows[f"{family}.{band}"] = {"corpus_p50": median, "published": round(value, 2), "diff_db": diff}
            (agree if abs(diff) <= AGREE_DB else disagree).append(f"{family} {band}: {diff:+.1f} dB")
        tilt = families[family]["stats"]["tilt_db_per_oct"]["p50"]  # type: ignore[index]
        rows[f"{family}.tilt_db_per_oct"] = {
            "corpus_p50": tilt,
            "elowsson": round(tilt_published, 2),
            "pestana": round(pestana_tilt, 2),
        }
    return {
        "sources": [CITATION_ELOWSSON, CITATION_PESTANA],
        "rule": f"agree = corpus median within {AGREE_DB:g} dB of the published mean (bands relative to mid)",
        "rows": rows,
        "agree": agree,
        "disagree": disagree,
    }


CV_PARTS = ("no_genre", "own_family", "no_genre.percussive", "no_genre.sparse", "own_family.percussive",
            "own_family.sparse")  # fmt: skip
"""The parts the cross-validated figures are given for: each mode over all songs, and per family (the
issue's bars hold per family, so every part must meet them)."""


def cross_validate(
    tune: Sequence[TrackMeasure], mappings: Sequence[Mapping], shrinkage: float, base: Mapping | None = None
) -> dict[str, dict[str, float]]:
    """Per mapping and part (``CV_PARTS``): the share of held-fold songs with a tonal verdict >= 0.5, the
    median count of verdicts >= 0.3 and the share with two or more, with no genre and with their own family
    named, over ``CV_FOLDS`` folds of the tuning part (by group, so variants stay together); every fold's
    references are built from the other folds only. Without ``base`` the mappings are the shapes' and the
    ``OWN_MAPPING_STATS`` readings are left out; with it, the shapes use ``base`` and the mappings are those
    readings' own."""
    from companion.listening.tonal_judge import judge_profile

    severities: dict[Mapping, dict[str, list[list[float]]]] = {m: {p: [] for p in CV_PARTS} for m in mappings}
    for k in range(CV_FOLDS):
        train = [t for t in tune if fold_of(t.group) != k]
        test = [t for t in tune if fold_of(t.group) == k]
        if len(train) < 2 * MIN_TRACKS or not test:
            continue
        threshold = float(np.median([t.percussive_db for t in train]))
        families = build_families(train, threshold, shrinkage)
        if any(f["shape_model"] is None for f in families.values()):
            continue  # too few songs in a family of this fold to fit its shape model
        if base is None:
            families = without_own_readings(families)
        for mapping in mappings:
            row = mapping_row(mapping) if base is None else mapping_row(base, mapping)
            table = {"families": families, "severity_mapping": row}
            for t in test:
                own = _family_of(t, threshold)
                for mode, family in (("no_genre", "all"), ("own_family", own)):
                    found = [v.severity for v in judge_profile(profile_of(t), family, table)]
                    severities[mapping][mode].append(found)
                    severities[mapping][f"{mode}.{own}"].append(found)
    out = {}
    for mapping, parts in severities.items():
        row: dict[str, float] = {}
        for part, per_track in parts.items():
            count = max(len(per_track), 1)
            row[f"{part}_share_at_0.5"] = round(sum(any(s >= 0.5 for s in f) for f in per_track) / count, 3)
            row[f"{part}_median_at_0.3"] = float(
                np.median([sum(s >= 0.3 for s in f) for f in per_track] or [0])
            )
            row[f"{part}_share_two_at_0.3"] = round(
                sum(sum(s >= 0.3 for s in f) >= 2 for f in per_track) / count, 3
            )
        out[_key(mapping)] = row
    return out


def _key(mapping: Mapping) -> str:
    return f"p{mapping[0]}/{mapping[1]:g}"


def choose_mapping(
    tune: Sequence[TrackMeasure], shrinkage: float, base: Mapping | None = None
) -> tuple[Mapping, dict[str, dict[str, float]]]:
    """The lowest ``PROBLEM_AT`` and, with it, the smallest ``CLEAR_PAST_P90`` whose cross-validated share of
    songs with a verdict >= 0.5 stays within ``CV_TARGET`` and whose share with two or more verdicts >= 0.3
    stays within ``CV_TWO_TARGET``, in both modes and in each family (``CV_PARTS``); and the cross-validated
    figures of every pair tried."""
    pairs = [(p, c) for p in PROBLEM_AT for c in CLEAR_PAST_P90]
    tried = cross_validate(tune, pairs, shrinkage, base)
    for pair in pairs:
        row = tried[_key(pair)]
        if all(
            row[f"{m}_share_at_0.5"] <= CV_TARGET and row[f"{m}_share_two_at_0.3"] <= CV_TWO_TARGET
            for m in CV_PARTS
        ):
            return pair, tried
    return pairs[-1], tried
