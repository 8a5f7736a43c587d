"""Judge the lead vocal first: parts "over the lead" while the lead itself sits on the quiet side of real mixes.

Several track verdicts are relations to the lead vocal (a bed nearly as loud as the lead, a part over it, a
harmony near it: ``track_levels._relation_findings`` and ``_backing_vs_lead``). They read the lead where it is.
When the lead is itself on its quiet side in real mixes (its whole-mix residual under the first quartile of
MixologyDB's lead vocals) but not yet far enough to be a problem by its own rule, those relations are in doubt:
a fiddle "3 dB over the lead" says the lead is low as much as it says the fiddle is high. An engineer settles
it the way they mix, around the vocal: put the vocal where real mixes keep it first, then see what is still
off. So each part's "too loud against the lead" verdict is judged again with the lead raised as far as it may
go and still sit inside the middle half of real mixes (to its third quartile). A verdict that no longer holds
there is explained by the lead: the lead's own "too quiet" finding leads, at the strongest severity of what it
explains (one fault seen from several parts, the way ``level_confirm`` reads two measures of one fader), and
each explained verdict ranks just under it, saying so. A verdict that still holds with the lead raised is the
part's own and is left as it is.

Only the quiet side: a lead on its loud side makes parts look quiet, and "too quiet against the lead" verdicts
are already kept to parts buried under everything or past where real accompaniment sits.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from companion.context import PROBLEM_SEVERITY, Finding, FindingKind
from companion.knowledge.priors import Spread

LEVEL_FIRST = 0.05
"""An explained verdict ranks this far under the lead's finding (as masking does under its level cause)."""
OVER_LEAD = "vs_lead_db"
"""Evidence a relation-to-the-lead verdict carries (how far over or under the lead the part sits)."""


def lead_room_db(lead_dev_db: float, lead_off_db: float, residual: Spread | None) -> float:
    """How far the lead may rise and still sit inside the middle half of real mixes: ``q3 - dev`` when it is on
    its quiet side (under ``q1``) and not a problem by its own rule (``lead_off_db`` 0); 0 otherwise."""
    if residual is None or lead_off_db or not lead_dev_db < residual.q1:
        return 0.0
    return float(residual.q3) - lead_dev_db


def over_lead(f: Finding) -> bool:
    """A "too loud against the lead vocal" verdict (a bed near it, a part over it, a harmony near it)."""
    return f.kind is FindingKind.TRACK_TOO_LOUD and OVER_LEAD in f.evidence and f.is_problem


def lead_first(
    findings: Sequence[Finding],
    lead_track: str,
    room_db: float,
    rejudge: Callable[[float], Sequence[Finding]],
) -> list[Finding]:
    """``findings`` with the lead's "too quiet" leading where it explains parts' verdicts over the lead.

    ``rejudge(raise_db)`` gives the relation-to-the-lead verdicts again with the lead raised by ``raise_db``;
    a verdict whose track is missing there, or is no problem there, is explained by the lead."""
    lead = next(
        (f for f in findings if f.track == lead_track and f.kind is FindingKind.TRACK_TOO_QUIET), None
    )
    candidates = [f for f in findings if over_lead(f) and f.track != lead_track]
    if lead is None or room_db <= 0.0 or not candidates:
        return list(findings)
    raised = {(f.track, f.kind): f for f in rejudge(room_db)}
    explained = [
        f for f in candidates if (again := raised.get((f.track, f.kind))) is None or not again.is_problem
    ]
    if not explained:
        return list(findings)
    severity = round(max(lead.severity, *(f.severity for f in explained)), 3)
    names = " and ".join(f"'{f.track}'" for f in explained)
    promoted = dataclasses.replace(
        lead,
        severity=severity,
        summary=f"{lead.summary[:-1]}. {names} {'sits' if len(explained) == 1 else 'sit'} over it, and would not "
        f"with the vocal raised inside where real mixes keep lead vocals (up to {room_db:.0f} dB): raise the vocal "
        "first, then listen again.",
        evidence={
            **lead.evidence,
            "confirmed_by": f"{names} over the lead vocal",
            "lead_room_db": round(room_db, 1),
        },
    )
    out: list[Finding] = []
    for f in findings:
        if f is lead:
            f = promoted
        elif f in explained:
            floor = PROBLEM_SEVERITY if f.is_problem else 0.0
            f = dataclasses.replace(
                f,
                severity=round(min(f.severity, max(severity - LEVEL_FIRST, floor)), 3),
                summary=f"{f.summary} (But '{lead_track}' itself sits low: raise it first.)",
                evidence={**f.evidence, "explained_by": f"{FindingKind.TRACK_TOO_QUIET} on '{lead_track}'"},
            )
        out.append(f)
    return out
