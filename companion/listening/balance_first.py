"""Balance before EQ: which track level problem explains a whole-mix tonal problem, and the order that follows.

An engineer fixes a fader before reaching for an EQ: a track too loud in the band a whole-mix excess (harsh,
muddy, boomy) sits in, or too quiet in the band the mix lacks (thin, dull), is the likelier cause and the simpler
fix, and the tone is judged again after it. This module is the one place that rule lives: the diagnosis orders
its findings with it (``diagnosis.diagnose``) and the answer's ranking reads it (``model.evidence
.ranked_problems``), so the CLI's list and the advisor's first problem agree.

"In the band" is measured: the finding's band (the band of its EQ shape's centre, ``shape_center_hz``, else the
band its kind is about) is one of the track's main bands on its own meter (``knowledge.bands.main_bands``).
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Mapping, Sequence

from companion.context import Finding, FindingKind, Snapshot
from companion.knowledge.bands import band_of, main_bands
from companion.listening.focus_tone import is_lead_level, lead_explains

EXCESS_TONAL = {FindingKind.MUDDY: "low_mid", FindingKind.BOOMY: "bass", FindingKind.HARSH: "high_mid"}
LACKING_TONAL = {FindingKind.THIN: "bass", FindingKind.DULL: "air"}
"""The band each whole-mix tonal verdict is about when its evidence names no centre (``shape_center_hz``)."""

BandsByTrack = Mapping[str, Mapping[str, float | None] | None]
Unmetered = Callable[[Finding, Finding], bool]
"""``(level finding, tonal finding) -> bool`` for a track with no band meters: the caller's own judgement
(the advisor guesses from the instrument's usual areas); without one, an unmetered track explains nothing."""


def bands_by_track(snapshot: Snapshot | None) -> dict[str, Mapping[str, float | None]]:
    """Each metered track's band levels by name (the track meter's ``level.bands_db``)."""
    tracks = snapshot.tracks if snapshot is not None else ()
    return {t.name: t.level.bands_db for t in tracks if t.level is not None and t.level.bands_db}


def level_kind_for(tonal: Finding) -> FindingKind | None:
    """The level problem that can explain a whole-mix tonal problem: too loud for an excess, too quiet for a
    lack; None for a finding that is no whole-mix tonal verdict (a track's own, or another kind)."""
    if tonal.track is not None:
        return None
    if tonal.kind in EXCESS_TONAL:
        return FindingKind.TRACK_TOO_LOUD
    if tonal.kind in LACKING_TONAL:
        return FindingKind.TRACK_TOO_QUIET
    return None


def tonal_band(tonal: Finding) -> str:
    """The contract band a whole-mix tonal finding is about: its EQ shape's centre, else its kind's band."""
    center = tonal.evidence.get("shape_center_hz")
    if isinstance(center, (int, float)) and math.isfinite(center) and center > 0:
        return band_of(float(center))
    return {**EXCESS_TONAL, **LACKING_TONAL}[tonal.kind]


def explains(level: Finding, tonal: Finding, bands_db: Mapping[str, float | None] | None) -> bool:
    """True when ``level`` (a track's level problem) is the kind that explains ``tonal`` and the track is strong
    in the band the tonal finding is about (``bands_db``: the track's meter; None or empty: not measured)."""
    want = level_kind_for(tonal)
    return (
        want is not None
        and level.kind is want
        and level.is_problem
        and tonal_band(tonal) in main_bands(bands_db)
    )


def balance_before_eq(
    findings: Sequence[Finding],
    bands_by_track: BandsByTrack,
    unmetered: Unmetered | None = None,
    annotate: bool = True,
) -> list[Finding]:
    """``findings`` in their order, except that each whole-mix tonal problem is preceded by the track level
    problems that explain it (``explains``; for a track without band meters, ``unmetered`` decides).
    Severities are unchanged. ``annotate``: the tonal finding also says what may explain it (its summary and
    ``evidence.explained_by``), as the diagnosis shows it."""
    out: list[Finding] = []
    for f in findings:
        if f in out:
            continue
        want = level_kind_for(f)
        if f.is_problem and want is not None:
            # a cause already placed (more severe than the verdict) still explains it, so the verdict says so
            causes = [g for g in findings if g is not f and _explains(g, f, bands_by_track, unmetered)]
            out += [g for g in causes if g not in out]
            if causes and annotate:
                f = _annotated(f, causes, want)
        out.append(f)
    return out


def _explains(
    level: Finding, tonal: Finding, bands_by_track: BandsByTrack, unmetered: Unmetered | None
) -> bool:
    want = level_kind_for(tonal)
    if (
        level.track is not None
        and want is not None
        and lead_explains(level, tonal, tonal_band(tonal), want is FindingKind.TRACK_TOO_LOUD, bands_by_track)
    ):
        return True  # the focus first (``focus_tone``): the lead's own level may be causing the verdict
    if level.track is None or level.kind is not want or not level.is_problem:
        return False
    bands_db = bands_by_track.get(level.track)
    if main_bands(bands_db):
        return explains(level, tonal, bands_db)
    return unmetered is not None and unmetered(level, tonal)


def _annotated(tonal: Finding, causes: list[Finding], want: FindingKind) -> Finding:
    leads = [g for g in causes if g.kind is not want and is_lead_level(g)]
    in_band = [g for g in causes if g not in leads]
    said, explained_by = [], []
    if in_band:
        names = " and ".join(f"'{g.track}'" for g in in_band)
        how = "too loud" if want is FindingKind.TRACK_TOO_LOUD else "too quiet"
        said.append(f"{names} {'is' if len(in_band) == 1 else 'are'} {how} in that range")
        explained_by.append(f"{want} on {names}")
    for g in leads:
        how = "too quiet" if g.kind is FindingKind.TRACK_TOO_QUIET else "too loud"
        said.append(
            f"the lead vocal '{g.track}' is {how}, which can by itself make the rest of the mix read this way"
        )
        explained_by.append(f"{g.kind} on '{g.track}'")
    why = "; ".join(said)
    return dataclasses.replace(
        tonal,
        summary=f"{tonal.summary} {why[0].upper()}{why[1:]}: fix the fader first, then listen again.",
        evidence={**tonal.evidence, "explained_by": "; ".join(explained_by)},
    )
