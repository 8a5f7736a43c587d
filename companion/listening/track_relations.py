"""Each part against the lead vocal, the way engineers mix around the vocal: MixologyDB's pairwise relations.

``track_levels`` judges a part against the whole mix (its role's typical level, the other roles' consensus
taken out). That spread is wide where a role's level swings with the arrangement: a keyboard part or an organ
may sit anywhere from 4 dB under to 8 dB over its usual place in the mix and still be a well-rated mix. Its
distance from the lead vocal swings far less: in the better-rated MixologyDB mixes (``balance.relations``, the
count-adjusted level difference of two parts found together in 10+ mixes) keyboard parts sit a median 5.8 dB
under the lead and nine in ten at least 1.0 dB under it; an organ 6.3 dB under, nine in ten at least 1.3 dB
under; a kick nine in ten at least 2.7 dB under. A keyboard part level with the lead is past that in real
mixes, though still inside its whole-mix spread. So each part with such a relation is also judged against the
lead vocal, with the same scale as the whole-mix rule (remark past the quartile, problem ``MARGIN_DB`` past the
10th/90th percentile), and the stronger of the two verdicts is kept (``track_levels._strongest_per_track``).

The anchor must be in its place: this rule speaks only when the lead vocal's own whole-mix residual is inside
its interquartile range in real mixes, or when the lead is itself a problem (then it is taken where real mixes
put it, as ``track_levels`` does). A lead between the two is in doubt, and a lead moved 10 dB would otherwise
make every part break its relation to it. Backing vocals keep their own per-track rule (``_backing_vs_lead``).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from companion.context import Finding, FindingKind, Track
from companion.knowledge.priors import MIN_LEVEL_MIXES, Spread, balance_relations, typical_level
from companion.knowledge.roles import ROLE_WORDS
from companion.listening.grading import grade
from companion.listening.peak_fallback import peak_caveat

LEAD = "lead_vocal"
SKIPPED = (LEAD, "backing_vocal")  # the anchor itself; backing vocals are judged per track (_backing_vs_lead)


class PartLike(Protocol):
    track: Track
    role: str | None
    level_db: float


def vs_lead(role: str) -> Spread | None:
    """Spread of ``role``'s count-adjusted level minus the lead vocal's in well-rated MixologyDB mixes (each pair
    is stored once, either way round), None when fewer than ``MIN_LEVEL_MIXES`` mixes had both."""
    part = "drum_kit" if role == "drum_bus" else role
    relations = balance_relations()
    data, flip = (relations.get(part) or {}).get(LEAD), False
    if data is None:
        data, flip = (relations.get(LEAD) or {}).get(part), True
    sp = Spread.of(data)
    if sp is None or sp.p10 is None or sp.p90 is None or sp.n < MIN_LEVEL_MIXES:
        return None
    if not flip:
        return sp
    return Spread(-sp.median, -sp.q3, -sp.q1, sp.n, -sp.p90, -sp.p10)


def lead_anchor_db(lead_dev_db: float, lead_off_db: float) -> float | None:
    """How far to move the lead vocal's level before parts are held against it: 0 when the lead sits inside its
    interquartile range in real mixes, ``-lead_off_db`` when it is a problem by its own rule, None otherwise."""
    if lead_off_db:
        return -lead_off_db
    prior = typical_level(LEAD)
    if prior is None:
        return None
    return 0.0 if prior.residual.q1 <= lead_dev_db <= prior.residual.q3 else None


@dataclass(frozen=True, slots=True)
class Scale:
    """The whole-mix rule's constants (``track_levels``), so both verdicts on one part read alike."""

    margin_db: float
    full_past_db: float
    peak_margin_db: float
    peak_max_severity: float
    max_move_db: float


def lead_relation_findings(
    by_role: Mapping[str, Sequence[PartLike]],
    role_db: Mapping[str, float],
    lead_dev_db: float,
    lead_off_db: float,
    loudness: bool,
    scale: Scale,
) -> list[Finding]:
    """Each part of ``by_role`` (summed per role in ``role_db``) against the lead vocal: the part's
    count-adjusted distance from the lead, plus its distance from an equal share of its role, graded against
    the relation's spread in real mixes."""
    leads = by_role.get(LEAD)
    shift = lead_anchor_db(lead_dev_db, lead_off_db)
    lead_prior = typical_level(LEAD)
    if not leads or shift is None or lead_prior is None:
        return []
    slope = lead_prior.count_slope
    lead_db = role_db[LEAD] + shift
    lead_adj = lead_db - slope * 10.0 * math.log10(len(leads))
    findings = []
    for role, parts in by_role.items():
        spread = vs_lead(role) if role not in SKIPPED else None
        if spread is None:
            continue
        role_adj = role_db[role] - slope * 10.0 * math.log10(len(parts))
        for p in parts:
            share_db = p.level_db - role_db[role] + 10.0 * math.log10(len(parts))
            stat = role_adj - lead_adj + share_db
            f = _finding(p, role, stat, spread, p.level_db - lead_db, shift, loudness, scale)
            if f is not None:
                findings.append(f)
    return findings


def _finding(p: PartLike, role: str, stat_db: float, spread: Spread, vs_lead_db: float, shift_db: float,
             loudness: bool, scale: Scale) -> Finding | None:  # fmt: skip
    margin = scale.margin_db + (0.0 if loudness else scale.peak_margin_db)
    sev = relation_severity(stat_db, spread, margin, scale.full_past_db)
    if not loudness:
        sev = min(sev, scale.peak_max_severity)
    if sev <= 0.0:
        return None
    loud = stat_db >= spread.median
    dev = stat_db - spread.median
    inside = (spread.q3 if loud else spread.q1) - spread.median
    move = -math.copysign(min(scale.max_move_db, round(max(1.0, abs(dev) - abs(inside)) * 2.0) / 2.0), dev)
    who = ROLE_WORDS.get(role, role.replace("_", " ")) if role != "keyboards" else "keyboard parts"
    lead_words = "your lead vocal" + (" (taken where real mixes put it)" if shift_db else "")
    caveat = peak_caveat(loudness)
    where = f"{abs(vs_lead_db):.0f} dB {'over' if vs_lead_db > 0 else 'under'}"
    if abs(vs_lead_db) < 0.5:
        where = "level with"
    summary = (
        f"{caveat}'{p.track.name}' sits {where} {lead_words}, where {who} sit a median {_say(spread.median)} it: "
        f"in {spread.n} well-rated real mixes (MixologyDB) most sit between {_say(spread.p10)} and "
        f"{_say(spread.p90)} the lead vocal."
    )
    return Finding(
        kind=FindingKind.TRACK_TOO_LOUD if loud else FindingKind.TRACK_TOO_QUIET,
        severity=round(sev, 3),
        summary=summary,
        evidence={
            "role": p.role if role == "keyboards" else role,
            "compared_as": role,
            "measured_on": "loudness" if loudness else "peak meter",
            "level_db": round(p.level_db, 1),
            "vs_lead_db": round(vs_lead_db, 1),
            "deviation_db": round(dev, 1),
            "typical_spread_db": [
                round(float(spread.p10) - spread.median, 1),
                round(float(spread.p90) - spread.median, 1),
            ],
            "typical_vs_lead_db": [spread.p10, spread.median, spread.p90],
            "relation": "against the lead vocal",
            "compared_with": f"MixologyDB's {who} against their lead vocal in {spread.n} well-rated real mixes",
            "suggested_delta_db": move,
            "move_cap_db": scale.max_move_db,
            "fader_db": p.track.volume_db,
        },
        track=p.track.name,
    )


def _say(db: float | None) -> str:
    value = float(db or 0.0)
    if abs(value) < 0.5:
        return "level with"
    return f"{abs(value):.0f} dB {'over' if value > 0 else 'under'}"


def relation_severity(stat_db: float, spread: Spread, margin_db: float, full_past_db: float) -> float:
    """The whole-mix rule's scale on the relation: a remark past the quartile, a problem ``margin_db`` past the
    10th/90th percentile, full ``full_past_db`` further."""
    if stat_db >= spread.median:
        edge = float(spread.p90) + margin_db
        return grade(stat_db, spread.q3, edge, edge + full_past_db)
    edge = float(spread.p10) - margin_db
    return grade(stat_db, spread.q1, edge, edge - full_past_db)
