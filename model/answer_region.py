"""A question about a region of the spectrum ("does the low end feel right?", "how are the highs?", "are the mids
ok?") is judged on that region: a part far off its level that is strong there (a bass 10 dB too loud makes the low
end wrong, and balance comes before EQ), else the whole mix's tonal findings there (boomy or thin lows, muddy mids,
harsh or dull highs) decide the yes or no, and with none the region's own bands are quoted, never another part's
level. "How far off is my low end?" gets the same reading as a size: the fault there with its move's size, or
"not far off" with the region's bands."""

from __future__ import annotations

import math
import re

from companion.context import Finding, FindingKind, MixContext
from companion.knowledge.bands import BANDS
from companion.knowledge.wording import say_hz
from model.asked_direction import asked_way, move_way
from model.band_remark import band_level_words, contradicting_verdict, real_range_words
from model.focus import Focus
from model.intent import Wants, asks_yes_no
from model.intent_frequency import HZ_SAID
from model.measured_fault import strong_in
from model.phrasing import MAX_WORDS, Answer, first_sentence, fit, lower_first
from model.recipes import recipe, size_head
from model.spectrum_regions import REGIONS, Region, region_of

_STANDS_OUT = re.compile(r"\b(stick|poke|stand|jump|leap)(s|ing)? out\b", re.IGNORECASE)
"""Something standing out of a region, asked: the region's verdict, not a claim that it is too loud."""


_EXCESS = frozenset({FindingKind.BOOMY, FindingKind.MUDDY, FindingKind.HARSH, FindingKind.TOO_LOUD})
"""A region's fault that is too much of it: "enough?" of it is a yes, and more than that."""


def region_answer(ctx: MixContext, focus: Focus) -> Answer | None:
    """ "does the low end feel right?": the region's own verdict; None when the question is not a plain judgement
    of a region of the whole mix (a complaint, a part or a technique named goes its own way)."""
    intent = focus.intent
    a = ctx.analysis
    distance = intent.wants == Wants.HOW_MUCH and not _MOVE_SAID.search(intent.question)
    if a is None or not (intent.wants == Wants.JUDGE or distance):
        return None
    # "is there anything that sticks out in the low mids?": "sticks out" reads as loud, of the region asked ("is
    # the top end too much?" stays a claim, which a part's fault there can make true)
    stands_out = intent.complaint == "loud" and _STANDS_OUT.search(intent.question) is not None
    if intent.instruments or intent.technique or (intent.complaint and not stands_out):
        return None
    region = region_of(intent.question)
    if region is None:
        return None
    fault = _part_fault(ctx, focus, region) or next(
        (f for f in ctx.problems if f.track is None and f.kind in region.kinds), None
    )
    if distance:  # "how far off is my low end?": the size of what is off there, or how close it sits
        return _distance(ctx, focus, region, fault)
    if fault is not None:
        move = recipe(fault, focus.session)
        verdict = "Yes" if intent.asks_problem else ("Not quite" if fault.is_lean else "No")
        if intent.enough and fault.kind in _EXCESS:
            # "does my mix have enough low end?" with it boomy: the other way
            verdict = "Yes, more than enough"
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


_MOVE_SAID = re.compile(
    r"\b(boost|cut|add|turn|raise|lower|bring|push|pull|drop|dip|take|roll|shelf|eq|compress|trim|notch|scoop)\b",
    re.IGNORECASE,
)
"""A move named ("how much should I boost the low end?") asks the move's size, not how far the region is off."""


def _distance(ctx: MixContext, focus: Focus, region: Region, fault: Finding | None) -> Answer:
    """How far the region is off: the fault there with its move's size first, or "not far" with its bands."""
    if fault is not None:
        move = recipe(fault, focus.session)
        if not move.suggestions:
            parts = [f"One thing there: {lower_first(first_sentence(fault.summary))}", move.try_text]
        else:  # as any "how much?" answer: the move's size and the move, then what it rests on
            parts = [f"{size_head(move)} {lower_first(move.try_text)}", first_sentence(fault.summary)]
        parts.append(move.check_text)
        return Answer(fit(parts, MAX_WORDS, keep=2), [move], fault)
    name = ctx.analysis.extra.get("reference_track") if ctx.analysis is not None else None
    against = f"your reference ({name})" if name else "the real mixes I compare with"
    parts = [f"Not far off: nothing in {region.name} stands out against {against}."]
    remark = _remark(ctx, region)
    bands = _bands(ctx, region)
    if remark is not None:
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


_LEVEL_WAY = {FindingKind.TRACK_TOO_LOUD: "down", FindingKind.TRACK_TOO_QUIET: "up"}
_TONE_WAY = {FindingKind.BOOMY: "down", FindingKind.MUDDY: "down", FindingKind.HARSH: "down",
             FindingKind.THIN: "up", FindingKind.DULL: "up"}  # fmt: skip
"""The way each fault asks the region to go: a build-up is cut, a lack is lifted."""


def region_of_hz(question: str) -> Region | None:
    """The narrowest region holding the first frequency ``question`` names ("cut 300hz" -> the low-mids)."""
    m = HZ_SAID.search(question)
    if m is None:
        return None
    hz = float(m.group(1)) * (1000.0 if m.group(2).lower().startswith("k") else 1.0)
    band = next((b for b, (lo, hi) in BANDS.items() if lo <= hz < hi), None)
    held = [r for r in REGIONS if band in r.bands]
    return min(held, key=lambda r: len(r.bands)) if held else None


def region_eq_amount(ctx: MixContext, focus: Focus) -> Answer | None:
    """ "how much should I cut the low end?", "how much should i boost 3k?" on the whole mix: the size from what
    the region measures (its fault's move, the fader first for a part off its level), or none needed; never a
    lesson on EQ in general. None when a part is named, or no region or frequency, or no way (cut/boost) is said."""
    intent = focus.intent
    if intent.wants != Wants.HOW_MUCH or intent.instruments or ctx.analysis is None:
        return None
    way = asked_way(intent.question)
    region = region_of(intent.question) or region_of_hz(intent.question)
    if way is None or region is None or intent.technique not in (None, "eq"):
        return None
    fault = _part_fault(ctx, focus, region) or next(
        (f for f in ctx.problems if f.track is None and f.kind in region.kinds), None
    )
    wants_way = _LEVEL_WAY.get(fault.kind) or _TONE_WAY.get(fault.kind) if fault is not None else None
    if fault is None or wants_way is None:
        parts = [f"None needed: nothing in {region.name} stands out against the real mixes I compare with."]
        bands = _bands(ctx, region)
        parts += [f"The whole mix there: {bands}." if bands else "", _IF_STILL[way]]
        return Answer(fit(parts, MAX_WORDS, keep=2), [], None)
    move = recipe(fault, focus.session)
    said = first_sentence(fault.summary)
    if wants_way != way:  # "how much should I cut the low end?" with the bass 10 dB too quiet: the other way
        verb = "cut" if way == "down" else "boost"
        parts = [f"Don't {verb} there: {lower_first(said)}", move.try_text, move.check_text]
        return Answer(fit(parts, MAX_WORDS, keep=2), [move], fault)
    if not move.suggestions or move_way(move) not in (None, way):
        return None
    level = fault.kind in _LEVEL_WAY
    head = f"{size_head(move)} {lower_first(move.try_text)}"
    why = "Balance comes first: EQ won't fix a part sitting at the wrong level." if level else ""
    return Answer(fit([head, said, why, move.check_text], MAX_WORDS, keep=2), [move], fault)


_IF_STILL = {
    "down": "If you still hear too much there, keep a cut to 1-2 dB and A/B it at matched level.",
    "up": "If you still want more there, keep a boost to 1-2 dB and A/B it at matched level.",
}
