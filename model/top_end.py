"""Whether the whole mix has too much top end ("is my mix too bright?", "too much sizzle up top?") or too little
("is it too dark?" with no dull verdict measured), answered from the top band itself.

There is no "bright" finding kind (the kinds are a contract), and none is needed: the question is answered from
the measurement an engineer would look at, the whole mix's air band (6-20 kHz) against the median real mix and
the range real mixes of its family use (``model.band_remark``), with no threshold of its own. "Bright" in a user's
mouth is either that top or the upper mids (2-5 kHz, where the harsh verdict lives): the top is answered first
with its number, then the upper-mid build-up when one was measured, as what they may be hearing. A part too loud
that lives up top (hats, a shaker) comes before both, as a fader fixes it and an EQ on the mix would dull
everything. The band is measured only up to the source's own bandwidth (``companion.listening.bandwidth``), so a
codec's cut above ~16 kHz never reads as a dark mix; the answer says where the measurement stopped.
"""

from __future__ import annotations

import math
import re

from companion.context import Analysis, Finding, FindingKind, MixContext
from companion.knowledge.bands import BANDS, main_bands
from companion.knowledge.wording import say_hz
from model.band_remark import band_level_words, contradicting_verdict, inside_real_range, real_range_words
from model.blamed_location import PLACE
from model.focus import Focus
from model.intent import Wants
from model.master_top_cut import top_shelf
from model.overdone_cut import overdone_cut
from model.phrasing import MAX_WORDS, Answer, first_sentence, fit, lower_first
from model.recipes import Move, recipe
from model.top_symptoms import says_top_symptom

TOP_BAND = "air"
UPPER_BANDS = ("high_mid", "presence", "air")
"""The bands a part that lives up top has among its main ones (hats, cymbals, a shaker, a bright synth)."""
TOP_ROLES = frozenset({"hihat", "overheads"})
"""Parts whose main energy is up top whatever the arrangement: the fallback without band meters."""
BRIGHT = re.compile(
    r"\b(too|so|very|overly|really|way|kinda|kind of|a bit|a little|super|pretty|sounds?|feels?|seems?|is|it's|"
    r"getting) (bright|brite|sizzly|sparkly|"
    r"airy|trebly|tizzy)\b|\bbrightness\b|\bsizzl(e|es|y|ing)\b|"
    r"\b(too much|a lot of|lots of|excess(ive)?) (treble|highs|high[- ]?end|top[- ]?end|top|air|sparkle|sizzle|"
    r"high frequencies)\b|"
    r"\b(high[- ]?end|top[- ]?end|highs|treble)\b (is |are |feels? |sounds? |seems? )?((way|kinda|a bit|so) )?"
    r"(too (much|hot|loud|bright|strong)|overpowering)\b",
    re.IGNORECASE,
)
"""Too much top end said of the whole mix: "too bright", "too much sizzle up top", "the highs feel too hot"."""
NOT_BRIGHT = re.compile(
    r"\b(not|n'?t|isn'?t|never) (\w+ )?(bright|sizzly|airy|sparkly)\b|\bbright enough\b|\b(more|needs?|lacks?|"
    r"lacking|missing|no|add|get|brighter|less)\b (\w+ ){0,2}(brightness|sizzle|sparkle|air|top|highs)\b",
    re.IGNORECASE,
)
"""The other way ("not bright enough", "needs more sparkle", "less sizzle"): a lack, or a move asked for."""


def asks_too_bright(question: str) -> bool:
    """True when ``question`` says or asks that the whole mix has too much top end, in those words or in a
    symptom's ("the top end is all ticky n scratchy")."""
    said = BRIGHT.search(question) is not None or says_top_symptom(question)
    # "did i take out too much top end?" fears a cut went too far: a lack asked, not too much top
    return said and NOT_BRIGHT.search(question) is None and overdone_cut(question) is None


def top_words(a: Analysis, findings: tuple[Finding, ...]) -> str | None:
    """ "the whole mix's air band (6 kHz-20 kHz) is 6.4 dB above the median real mix, inside the range real mixes
    use" (with where a codec's cut stopped the measurement), or None when the band was not measured or a tonal
    verdict of the other sense covers it (that verdict is the judged reading)."""
    dev = a.balance_vs_target_db.get(TOP_BAND)
    if (
        dev is None
        or not math.isfinite(dev)
        or contradicting_verdict(findings, TOP_BAND, float(dev)) is not None
    ):
        return None
    lo, hi = BANDS[TOP_BAND]
    top_hz = a.extra.get("bands_measured_to_hz")
    limited = a.extra.get("bandwidth_limited") and isinstance(top_hz, (int, float)) and top_hz < hi
    span = f"{say_hz(lo)}-{say_hz(float(top_hz))}, where the file's codec cut stops" if limited else (
        f"{say_hz(lo)}-{say_hz(hi)}")  # fmt: skip
    said = band_level_words(float(dev), real_range_words(a, TOP_BAND))
    return f"the whole mix's {TOP_BAND} band ({span}) is {said}"


def top_side(a: Analysis) -> str | None:
    """ "above" or "below" when the mix's air band is outside the range real mixes use on that side, "inside"
    inside it, None when that cannot be told."""
    inside = inside_real_range(a, TOP_BAND)
    dev = a.balance_vs_target_db.get(TOP_BAND)
    if inside is None or dev is None or not math.isfinite(dev):
        return None
    return "inside" if inside else ("above" if dev > 0 else "below")


def top_part(ctx: MixContext, focus: Focus, kind: FindingKind = FindingKind.TRACK_TOO_LOUD) -> Finding | None:
    """A part measured too loud (or ``kind``) whose own main bands are up top: its fader is the move, not a mix
    EQ."""
    tracks = {rt.name: rt for rt in focus.session.tracks} if focus.session else {}
    for f in ctx.problems:
        if f.kind is not kind or f.is_lean or f.track not in tracks:
            continue
        rt = tracks[f.track or ""]
        metered = rt.track.level.bands_db if rt.track.level is not None else None
        if main_bands(metered) & set(UPPER_BANDS) if metered else rt.role in TOP_ROLES:
            return f
    return None


def whole_finding(ctx: MixContext, kind: FindingKind, problems_only: bool) -> Finding | None:
    """The whole mix's finding of ``kind`` (a problem only, or any finding), or None."""
    pool = ctx.problems if problems_only else ctx.findings
    return next((f for f in pool if f.kind is kind and f.track is None), None)


def measured_part(summary: str) -> str:
    """A tonal finding's summary up to its advice: its verdict and what was measured."""
    return ". ".join(summary.split("; ")[0].split(". ")[:2]).rstrip(".") + "."


def too_bright_answer(ctx: MixContext, focus: Focus) -> Answer | None:
    """The answer to "is the mix too bright?" from the top band; None for any other question (a part named, a
    technique, a how asked for, the master blamed, two places offered) or with nothing measured."""
    intent = focus.intent
    a = ctx.analysis
    q = intent.question
    if a is None or intent.instruments or intent.technique or intent.wants == Wants.HOW_TO:
        return None
    if not asks_too_bright(q) or PLACE.search(q) or " or " in q:
        return None
    part = top_part(ctx, focus)
    if part is not None:  # balance before EQ: the part that puts the top there, at its fader
        move = recipe(part, focus.session)
        # "why is the top end so tizzy?" asks for the cause, not a yes: the part, said as the reason
        # "... what should i go after first?": where to start, not a yes nobody asked for
        head = {
            Wants.WHY: "Because ",
            Wants.JUDGE: "Yes: ",
            Wants.WHAT_FIRST: f"Start with {part.track!r}: ",
        }.get(intent.wants, "")
        lead = f"{head}{first_sentence(part.summary)}"
        return Answer(fit([lead, move.try_text, move.check_text], MAX_WORDS, keep=2), [move], part)
    dull = whole_finding(ctx, FindingKind.DULL, problems_only=False)
    if dull is not None:  # the mix leans the other way: that verdict, as measured
        return Answer(
            fit([f"No, the other way: {lower_first(measured_part(dull.summary))}"], MAX_WORDS), [], None
        )
    said = top_words(a, ctx.findings)
    if said is None:
        return None
    side = top_side(a)
    harsh = whole_finding(ctx, FindingKind.HARSH, problems_only=False)
    if side == "above" and harsh is not None and not harsh.is_problem:
        harsh = None  # a remark on the upper mids adds nothing to a top measured past the real range
    moves: list[Move] = []
    parts = [
        f"Yes, up top: {said}."
        if side == "above"
        else f"{'Not up top' if harsh is not None else 'No'}: {said}."
    ]
    if side == "above":  # inside the range (or under it) the top is not too bright, whatever the median says
        moves.append(top_shelf(TOP_BAND, float(a.balance_vs_target_db[TOP_BAND])))
        parts.append(moves[0].try_text)
    if harsh is not None:  # "bright" may be the upper mids: what was measured there, as what they may hear
        parts.append(f"What you may hear as bright: {lower_first(measured_part(harsh.summary))}")
        if harsh.is_problem:  # a remark too small to act on gets no move
            move = recipe(harsh, focus.session)
            parts.append(move.try_text)
            moves.append(move)
    if moves:
        parts.append(moves[0].check_text)
    first = harsh if harsh is not None and harsh.is_problem else None
    if harsh is None and side != "above" and ctx.problems:  # not the top: what was measured instead
        other = ctx.problems[0]  # said as another matter: the verdict is the top's, not this fault's
        move = recipe(other, focus.session)
        parts += [f"What does stand out: {lower_first(first_sentence(other.summary))}", move.try_text]
        moves.append(move)
    return Answer(fit(parts, MAX_WORDS, keep=2), moves, first)
