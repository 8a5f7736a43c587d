"""A question about a region of the spectrum ("does the low end feel right?", "how are the highs?", "are the mids
ok?") is judged on that region: a part far off its level that is strong there (a bass 10 dB too loud makes the low
end wrong, and balance comes before EQ), else the whole mix's tonal findings there (boomy or thin lows, muddy mids,
harsh or dull highs) decide the yes or no, and with none the region's own bands are quoted, never another part's
level."""

from __future__ import annotations

import math

from companion.context import Finding, FindingKind, MixContext
from companion.knowledge.bands import BANDS
from companion.knowledge.wording import say_hz
from model.band_remark import band_level_words, contradicting_verdict, real_range_words
from model.focus import Focus
from model.intent import Wants, asks_yes_no
from model.measured_fault import strong_in
from model.phrasing import MAX_WORDS, Answer, first_sentence, fit, lower_first
from model.recipes import recipe
from model.spectrum_regions import Region, region_of


def region_answer(ctx: MixContext, focus: Focus) -> Answer | None:
    """ "does the low end feel right?": the region's own verdict; None when the question is not a plain judgement
    of a region of the whole mix (a complaint, a part or a technique named goes its own way)."""
    intent = focus.intent
    a = ctx.analysis
    if a is None or intent.wants != Wants.JUDGE or intent.instruments or intent.technique or intent.complaint:
        return None
    region = region_of(intent.question)
    if region is None:
        return None
    fault = _part_fault(ctx, focus, region) or next(
        (f for f in ctx.problems if f.track is None and f.kind in region.kinds), None
    )
    if fault is not None:
        move = recipe(fault, focus.session)
        verdict = "Yes" if intent.asks_problem else ("Not quite" if fault.is_lean else "No")
        verdict = verdict if asks_yes_no(intent) or intent.asks_ok else "One thing there"
        parts = [f"{verdict}: {lower_first(first_sentence(fault.summary))}", move.try_text, move.check_text]
        return Answer(fit(parts, MAX_WORDS, keep=2), [move], fault)
    verdict = (
        ("No" if intent.asks_problem else "Yes") if asks_yes_no(intent) or intent.asks_ok else "It's fine"
    )
    name = a.extra.get("reference_track")  # the reference's own findings judged the region, so it is named
    against = f"your reference ({name})" if name else "the real mixes I compare with"
    parts = [f"{verdict}: nothing in {region.name} stands out against {against}."]
    remark = _remark(ctx, region)
    bands = _bands(ctx, region)
    if remark is not None:  # its own comparison with real mixes, the one the verdict rests on
        parts.append(
            f"The nearest thing to a concern, too small to act on: {lower_first(first_sentence(remark.summary))}"
        )
    elif bands:
        parts.append(f"The whole mix there: {bands}.")
    return Answer(fit(parts, MAX_WORDS, keep=2), [], None)


_LEVEL_KINDS = (FindingKind.TRACK_TOO_LOUD, FindingKind.TRACK_TOO_QUIET)


def _part_fault(ctx: MixContext, focus: Focus, region: Region) -> Finding | None:
    """A part's level problem on a track strong in the region: by its own band meter; on peak meters only (an
    older bridge, meters off), by a role that lives there (a bass, a kick), its finding saying it rests on peaks
    (a guess from any role would blame a part the region may not hear)."""
    return next(
        (
            f
            for f in ctx.problems
            if f.track is not None
            and f.kind in _LEVEL_KINDS
            and not f.is_lean
            and strong_in(ctx, focus, f.track, region.bands)
        ),
        None,
    )


def _bands(ctx: MixContext, region: Region) -> str:
    a = ctx.analysis
    said = []
    for band in region.bands:
        dev = a.balance_vs_target_db.get(band) if a is not None else None
        if dev is None or not math.isfinite(dev):
            continue
        if contradicting_verdict(ctx.findings, band, dev) is not None:
            continue  # a verdict of the other sense covers it: the verdict is the judged reading
        lo, hi = BANDS[band]
        level = band_level_words(dev, real_range_words(a, band) if a is not None else None)
        said.append(f"the {band.replace('_', '-')} band ({say_hz(lo)}-{say_hz(hi)}) is {level}")
    return ", ".join(said)


def _remark(ctx: MixContext, region: Region) -> Finding | None:
    """A finding on the region too small to act on, said as such (its summary gives its honest share)."""
    return next(
        (f for f in ctx.findings if f.track is None and f.kind in region.kinds and not f.is_problem), None
    )
