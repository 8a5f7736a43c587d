"""Balance before EQ when one part covers another: the covering part measured too loud as well ('Horns' 11 dB
up and covering 'Lead Vocal' at 500 Hz-2 kHz), or the covered part too quiet ('Lead Vocal' 10 dB down, covered
by horns at their place), is a fader fault first. Its level problem leads and its fader card
comes first; the masking is said after it as the reason the covered part seems quiet, and the dip waits until the
fader is set (``companion.listening.balance_first`` states the same order for the ranking of findings)."""

from __future__ import annotations

from companion.context import Finding, FindingKind, MixContext
from model.phrasing import first_sentence, lower_first


def masker_too_loud(ctx: MixContext, masking: Finding | None) -> Finding | None:
    """The covering track's own too-loud problem (not a remark) when ``masking`` is a masking finding; else None."""
    if masking is None or masking.kind is not FindingKind.MASKING or masking.track is None:
        return None
    return next(
        (
            f
            for f in ctx.problems
            if f.kind is FindingKind.TRACK_TOO_LOUD and f.is_problem and f.track == masking.track
        ),
        None,
    )


def covered_too_quiet(ctx: MixContext, masking: Finding | None) -> Finding | None:
    """The covered track's own too-quiet problem (a lead vocal 10 dB down is covered by parts at their place)."""
    if masking is None or masking.kind is not FindingKind.MASKING:
        return None
    other = masking.evidence.get("other_track")
    return next(
        (
            f
            for f in ctx.problems
            if f.kind is FindingKind.TRACK_TOO_QUIET and f.is_problem and f.track == other
        ),
        None,
    )


def balance_fault(ctx: MixContext, masking: Finding | None) -> Finding | None:
    """The fader fault behind a masking: the covering part too loud, else the covered part too quiet."""
    return masker_too_loud(ctx, masking) or covered_too_quiet(ctx, masking)


def level_first(ctx: MixContext, maskings: list[Finding]) -> tuple[Finding, Finding] | None:
    """(level problem, masking) for the first masking finding with a fader fault behind it."""
    for m in maskings:
        if (fault := balance_fault(ctx, m)) is not None:
            return fault, m
    return None


def masking_reason(masking: Finding, lead: Finding | None = None) -> str:
    """The masking said after the fader as what hides the covered part, and the dip as what comes next. When the
    fault that leads is the covered part's own low level (``lead``), its level is what lets the other part cover
    it, not the other way round: "Sitting that low, 'Bass' also hides under 'Rhodes'"."""
    other = masking.evidence.get("other_track")
    who = f"'{other}'" if other else "the other part"
    said = f"That's also what hides {who}"
    if lead is not None and lead.kind is FindingKind.TRACK_TOO_QUIET and lead.track == other:
        said = f"Sitting that low, {who} also hides under {masking.track!r}"
    return (
        f"{said}: {lower_first(first_sentence(masking.summary))} "
        f"Set the fader first; if {who} still hides after it, dip {masking.track!r} there."
    )


def masks_over(ctx: MixContext, covered: set[str], outside: set[str] | None = None) -> list[Finding]:
    """The masking problems where a part outside ``outside`` (by default ``covered``) covers one of ``covered``:
    what a symptom on the covered parts ("hard to follow", "boxy", "something's on top of the guitars") may come
    from, each to be answered with ``balance_fault`` first."""
    outside = covered if outside is None else outside
    return [
        m
        for m in ctx.problems
        if m.kind is FindingKind.MASKING
        and m.is_problem
        and not m.is_lean
        and m.evidence.get("other_track") in covered
        and m.track not in outside
    ]
