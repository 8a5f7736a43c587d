"""How to fix a whole mix heard as too bright ("mix is way too bright, how do I fix it", "it's piercing, what do
I do?") or too dark ("it sounds too dark, how do I fix that?"), from where the analysis measures the excess or
the lack, the way an engineer fixes brightness where it is:

- a part too loud that lives up top (hats, a shaker): its fader, since a mix EQ would dull every part;
- the top (presence / air bands, above ~4-6 kHz) past the range real mixes of its family use: a high shelf;
- a build-up in the upper mids (2-5 kHz, the harsh verdict): a bell there;
- nothing measured too bright (or dark): said so, with the top band's number, and the gentle move offered.

No threshold of its own: "past the range" is ``model.band_remark``'s 10th-90th percentile of real mixes, and
the upper-mid and dull verdicts are the diagnosis's own findings.
"""

from __future__ import annotations

import math
import re

from companion.context import Analysis, Finding, FindingKind, MixContext, Suggestion
from companion.knowledge.bands import BANDS
from companion.knowledge.wording import say_hz
from model.band_remark import contradicting_verdict, inside_real_range, whole_band_words
from model.blamed_location import PLACE
from model.focus import Focus
from model.intent import Wants
from model.master_top_cut import top_shelf
from model.phrasing import MAX_WORDS, Answer, first_sentence, fit, lower_first
from model.recipes import Move, recipe
from model.top_end import TOP_BAND, asks_too_bright, measured_part, top_part, whole_finding

TOP_SHELF_BANDS = ("presence", "air")
"""The top bands a high shelf works on (4-20 kHz); the upper mids below them take a bell."""
PIERCING = re.compile(r"\b(piercing|shrill|ice[- ]?pick\w*|ear[- ]?bleed\w*|hurts? (my|the) ears)\b", re.I)
"""Brightness said as pain: the same question as "too bright"."""
DARK = re.compile(
    r"\b(too|so|very|really|way|kinda|a bit|sounds?|feels?|is|it's) (dark|dull|muffled|murky)\b|"
    r"\b(no|lacks?|lacking|missing) (top|top end|highs|air|sparkle)\b",
    re.IGNORECASE,
)
"""Too little top said of the whole mix: "too dark", "sounds muffled", "no top end"."""
ASKED = re.compile(
    r"^\s*(so |ok |and |but )?(is|are|does|do|did|has|have|was|were|will|would|could|can|should|isn'?t|"
    r"doesn'?t|what|why|where|which|who)\b",
    re.IGNORECASE,
)
"""A question asked without its question mark ("is the high end way too much"): a verdict, not a fix, asked."""
FIX_ASKED = re.compile(r"\b(how|fix|tame|what (do|should|can|would) (i|you) do)\b", re.IGNORECASE)
PLENTY_DB = 1.5
"""The top this far over the median real mix already: no lift offered (``answer_quality``'s limit)."""
GENTLE_DB = 1.0  # the gentle move offered when nothing is measured: a shelf an engineer would call a nudge
GENTLE_CHECK = "Flip it in and out at matched level: if you can't tell it's there, leave it off."


def asks_fix(focus: Focus) -> str | None:
    """ "bright" or "dark" when the question asks how to fix the whole mix's brightness (or states it as pain
    or a lack with nothing else asked), else None."""
    intent = focus.intent
    q = intent.question
    if intent.instruments or intent.technique not in (None, "eq") or PLACE.search(q) or " or " in q:
        return None
    stated = intent.wants in (Wants.JUDGE, None) and "?" not in q and not ASKED.search(q)  # "it's piercing"
    fix = intent.wants == Wants.HOW_TO or stated
    if not fix and not (intent.wants == Wants.JUDGE and FIX_ASKED.search(q)):
        return None
    if asks_too_bright(q) or PIERCING.search(q):
        return "bright"
    if DARK.search(q) and intent.wants == Wants.HOW_TO:
        return "dark"
    return None


def _band_words(a: Analysis, band: str) -> str:
    return whole_band_words(a, band, float(a.balance_vs_target_db[band]))


def _past_range(a: Analysis, findings: tuple[Finding, ...], above: bool) -> str | None:
    """The top band furthest past the range real mixes use on the side asked (None when none is)."""
    out = []
    for band in TOP_SHELF_BANDS:
        dev = a.balance_vs_target_db.get(band)
        if not isinstance(dev, (int, float)) or not math.isfinite(dev) or (dev > 0) != above:
            continue
        if inside_real_range(a, band) is False and contradicting_verdict(findings, band, float(dev)) is None:
            out.append((abs(float(dev)), band))
    return max(out)[1] if out else None


def _shelf(band: str, gain_db: float, why: str, check: str) -> Move:
    """A high shelf on the master from ``band``'s lower edge."""
    freq = BANDS[band][0]
    text = f"On the master, a high shelf of {gain_db:+g} dB from about {say_hz(freq)}, no more."
    sugg = Suggestion(
        "eq_band", None, {"type": "high_shelf", "freq_hz": round(freq), "gain_db": gain_db}, why
    )
    return Move(text, check, [sugg])


def _too_bright(ctx: MixContext, focus: Focus, a: Analysis) -> Answer:
    part = top_part(ctx, focus)
    if part is not None:  # balance before EQ: the part that puts the top there, at its fader
        move = recipe(part, focus.session)
        parts = [f"Start at a fader: {lower_first(first_sentence(part.summary))}", move.try_text,
                 "An EQ on the whole mix would dull every part to fix one fader.", move.check_text]  # fmt: skip
        return Answer(fit(parts, MAX_WORDS, keep=2), [move], part)
    dull = whole_finding(ctx, FindingKind.DULL, problems_only=True)
    if dull is not None:  # the top measures the other way: cutting it would make that worse
        parts = [f"I wouldn't cut the top: it measures the other way. {measured_part(dull.summary)}",
                 "A cut up there would only make it duller; if something still stings, tell me which part."]  # fmt: skip
        return Answer(fit(parts, MAX_WORDS, keep=1), [], None)
    top = _past_range(a, ctx.findings, above=True)
    harsh = whole_finding(ctx, FindingKind.HARSH, problems_only=True)
    moves: list[Move] = []
    parts: list[str] = []
    if top is not None:  # the excess is up top: a shelf there, not a bell in the upper mids
        dev = float(a.balance_vs_target_db[top])
        moves.append(top_shelf(top, dev))
        parts += [f"The excess is up top: {_band_words(a, top)}.", moves[0].try_text]
    if harsh is not None:  # a build-up in 2-5 kHz: a bell where it peaks
        move = recipe(harsh, focus.session)
        lead = "Also in the upper mids" if moves else "It's in the upper mids (2-5 kHz), not the top"
        parts.append(f"{lead}: {lower_first(measured_part(harsh.summary))}")
        if top is None and TOP_BAND in a.balance_vs_target_db:
            parts.append(f"Up top, {_band_words(a, TOP_BAND)}.")
        parts.append(move.try_text)
        moves.append(move)
    if moves:
        return Answer(fit([*parts, moves[0].check_text], MAX_WORDS, keep=2), moves, harsh)
    # nothing measured too bright: say so with the numbers, and offer only the gentle move
    said = _band_words(a, TOP_BAND) if TOP_BAND in a.balance_vs_target_db else ""
    head = (f"Nothing measures too bright: {said}, and nothing in the upper mids (2-5 kHz) stands out."
            if said else "Nothing measures too bright: nothing in the upper mids (2-5 kHz) stands out.")  # fmt: skip
    level = "Check your listening level too: louder always sounds brighter."
    if (
        float(a.balance_vs_target_db.get(TOP_BAND, 0.0)) < -PLENTY_DB
    ):  # less there than the median mix already
        parts = [head, "I'd not cut the top: it already has less there than the median real mix, and a cut would "
                 "only make it duller; if one part stings, tell me which.", level]  # fmt: skip
        return Answer(fit(parts, MAX_WORDS, keep=2), [], None)
    move = _shelf(TOP_BAND, -GENTLE_DB, "a gentle ease of the top for a mix heard as bright", GENTLE_CHECK)
    parts = [head, f"If it still sounds too bright to you, the gentle move: {lower_first(move.try_text)}", level,
             move.check_text]  # fmt: skip
    return Answer(fit(parts, MAX_WORDS, keep=2), [move], None)


def _too_dark(ctx: MixContext, focus: Focus, a: Analysis) -> Answer | None:
    part = top_part(ctx, focus, FindingKind.TRACK_TOO_QUIET)
    if part is not None:  # a part that lives up top sitting too low: its fader, not a brighter mix
        move = recipe(part, focus.session)
        parts = [f"Start at a fader: {lower_first(first_sentence(part.summary))}", move.try_text,
                 "A brighter EQ on the whole mix would lift every part to fix one fader.", move.check_text]  # fmt: skip
        return Answer(fit(parts, MAX_WORDS, keep=2), [move], part)
    dull = whole_finding(ctx, FindingKind.DULL, problems_only=True)
    if dull is not None:  # the dull verdict's own answer (its move on the parts that carry the top) stands
        return None
    top = _past_range(a, ctx.findings, above=False)
    if top is not None:  # the top under the range real mixes use: a shelf up
        dev = abs(float(a.balance_vs_target_db[top]))
        gain = min(3.0, max(1.0, round(dev / 3.0 * 2.0) / 2.0))
        move = _shelf(top, gain, "lifts a top end darker than real mixes run",
                      "Flip it in and out at matched level: it should open up, not get hissy.")  # fmt: skip
        parts = [f"The lack is up top: {_band_words(a, top)}.", move.try_text, move.check_text]
        return Answer(fit(parts, MAX_WORDS, keep=2), [move], None)
    if TOP_BAND not in a.balance_vs_target_db:
        return None
    dev = float(a.balance_vs_target_db[TOP_BAND])
    moves: list[Move] = []
    parts = [f"Nothing measures too dark up top: {_band_words(a, TOP_BAND)}."]
    if dev > PLENTY_DB:  # more there than the median real mix already: a lift would pile onto it
        parts.append("I'd not lift the top: it already has more there than the median real mix.")
    else:
        moves.append(
            _shelf(TOP_BAND, GENTLE_DB, "a gentle lift of the top for a mix heard as dark", GENTLE_CHECK)
        )
        parts.append(f"If it still sounds dark to you, the gentle move: {lower_first(moves[0].try_text)}")
    other = next((f for f in ctx.problems if f.kind in (FindingKind.BOOMY, FindingKind.MUDDY)), None)
    if other is not None:  # too much low end or low-mids covers the top: what may make it feel dark
        full = recipe(other, focus.session)  # its first step only, with the card that step is
        fix = Move(first_sentence(full.try_text), full.check_text, full.suggestions[:1])
        parts += [f"What may make it feel dark: {lower_first(measured_part(other.summary))}", fix.try_text]
        moves.append(fix)
    text = fit(parts, MAX_WORDS, keep=2)
    # the cards are the moves the words offer: one whose sentence did not fit is not offered
    moves = [m for m in moves if m.try_text[1:] in text]
    text = fit([text, moves[0].check_text], MAX_WORDS) if moves else text
    return Answer(text, moves, other)


def bright_fix(ctx: MixContext, focus: Focus) -> Answer | None:
    """The fix for a whole mix heard as too bright or too dark, where it was measured; None for any other question."""
    a = ctx.analysis
    if a is None or any(f.kind is FindingKind.SILENCE for f in ctx.findings):
        return None
    sense = asks_fix(focus)
    if sense == "bright":
        return _too_bright(ctx, focus, a)
    if sense == "dark":
        return _too_dark(ctx, focus, a)
    return None
