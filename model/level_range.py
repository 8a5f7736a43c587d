"""Whether a track's level finding is one an engineer would act on: inside the spread real mixes show for its
role (or, for a part measured against the lead vocal, inside how far accompaniment parts sit from the lead), and
whether a level finding explains the complaint asked about."""

from __future__ import annotations

from companion.context import Finding, FindingKind
from companion.knowledge.priors import accompaniment_vs_lead


def inside_spread(lvl: Finding) -> bool:
    """A level remark inside the spread real mixes show for that role (``typical_spread_db``, 10th to 90th
    percentile): not too loud or too quiet by any measure an engineer would act on."""
    spread = lvl.evidence.get("typical_spread_db")
    dev = lvl.evidence.get("deviation_db")
    if _against_accompaniment(lvl):
        return _inside_vs_lead(float(lvl.evidence["vs_lead_db"]))
    if lvl.is_problem or not isinstance(dev, (int, float)) or not isinstance(spread, (list, tuple)):
        return False
    if len(spread) != 2 or not all(isinstance(v, (int, float)) for v in spread):
        return False
    # the answer says the deviation in whole dB ("about 7 dB"): one that rounds onto the range's edge is said at
    # the edge, not inside it
    shown = float(round(abs(float(dev)))) * (1.0 if dev >= 0 else -1.0)
    return float(spread[0]) < shown < float(spread[1]) and float(spread[0]) <= float(dev) <= float(spread[1])


def _against_accompaniment(lvl: Finding) -> bool:
    """A remark that a part sits far under the lead vocal, judged against MixologyDB's accompaniment parts (a part
    with no typical level of its own); not a bed nearly as loud as the lead, nor a part buried under everything."""
    return (
        not lvl.is_problem
        and lvl.kind is FindingKind.TRACK_TOO_QUIET
        and isinstance(lvl.evidence.get("vs_lead_db"), (int, float))
        and "accompaniment parts" in str(lvl.evidence.get("compared_with", ""))
    )


def _inside_vs_lead(vs_lead_db: float) -> bool:
    """A part measured against the lead vocal (no typical level for its role): inside the 10th to 90th
    percentile of how far accompaniment parts sit from the lead in well-rated real mixes (the range its finding
    quotes as "most sit ... under the lead")."""
    pooled = accompaniment_vs_lead()
    if pooled is None or pooled.p10 is None:
        return False
    return pooled.p10 <= vs_lead_db <= (pooled.p90 if pooled.p90 is not None else pooled.q3)


def level_explains(lvl: Finding, complaint: str | None) -> bool:
    """A balance finding answers the question: a problem always; a remark when it is the level asked about, or
    the direction that explains the complaint (a quiet snare sounds thin and weak, a loud one harsh)."""
    if lvl.is_problem or complaint in ("loud", "quiet"):
        return True
    quiet = lvl.kind is FindingKind.TRACK_TOO_QUIET
    return (complaint in ("thin", "punch", "dull") and quiet) or (
        complaint in ("harsh", "boomy", "muddy") and not quiet
    )
