"""A cut of the top proposed on the master ("should I cut the highs on the master bus?", "roll off the top on the
master", "shelf down the highs on my mix bus"). The asker says the whole mix is too bright and puts the remedy on
the master; an engineer answers from what was measured, never with general EQ advice:

- a part measured off at its fader, one too loud that lives up top first (its main bands in the upper mids or
  above): "No, not the master: 'Hats' sits ... Bring the fader on 'Hats' down ...", since a master EQ would dull
  every part to fix one fader;
- the whole mix measured harsh there: yes, with the master EQ move at the build-up's measured centre;
- nothing measured too bright: no, with the top bands' own numbers and what a cut would cost (a duller mix).
"""

from __future__ import annotations

import re

from companion.context import Analysis, Finding, FindingKind, MixContext, Suggestion
from companion.knowledge.bands import BANDS, main_bands
from companion.knowledge.wording import say_hz
from model.band_remark import (
    contradicting_verdict,
    finding_centre,
    inside_real_range,
    whole_band_words,
)
from model.blamed_location import PLACE, blamed_place
from model.evidence import TRACK_LEVEL_KINDS
from model.focus import Focus
from model.moves import eq
from model.phrasing import MAX_WORDS, Answer, first_sentence, fit, lower_first
from model.recipes import Move, recipe

CUT = re.compile(
    r"\b(cut\w*|roll(s|ed|ing)? ?off|shel(f|ve|ving)|tam(e|ing)|dip\w*|lower\w*|reduc\w*|turn\w* down|"
    r"pull\w* (down|back)|take (off|out|down)|less)\b",
    re.IGNORECASE,
)
TOP = re.compile(
    r"\b(highs?|high end|high frequencies|hi end|top( end)?|treble|air|brightness|sizzle|top end)\b",
    re.IGNORECASE,
)
FILTER = re.compile(r"\b(high[- ]?cut|low[- ]?pass|lpf)\b", re.IGNORECASE)
"""A high-cut filter: a cut of the top in one word."""
TOP_BANDS = ("high_mid", "presence", "air")
CUT_DB, CUT_Q = -2.0, 1.0  # a broad, gentle dip: a master EQ move, not a notch
COST = "a cut up there would only make it duller and take the detail out of every part"


LIFT = re.compile(
    r"\b(boost\w*|lift\w*|add\w*|brighten\w*|open\w* up|up|dark\w*|dull\w*|muffl\w*|muddy|blanket|veil\w*|"
    r"lifeless|smothered|murky)\b",
    re.IGNORECASE,
)
"""A shelf wanted up, or the mix said too dark for one to be a cut."""


def proposes_top_cut(question: str) -> bool:
    """True when ``question`` proposes cutting the top end on the master or mix bus; a bare "high shelf" on a mix
    said dark or dull ("sounds dull, thinking of a high shelf on the master") is a lift, not a cut."""
    if PLACE.search(question) is None:
        return False
    cuts = [m[0].lower() for m in CUT.finditer(question)]
    if cuts and all(c.startswith("shel") for c in cuts) and LIFT.search(question):
        return False
    return bool(FILTER.search(question) or (cuts and TOP.search(question)))


def _part_fault(ctx: MixContext, focus: Focus) -> Finding | None:
    """The part measured off at its fader that a master EQ would only paper over: one too loud whose own main
    bands are up top (hats, a shaker, cymbals, a bright guitar) first, else the first part too loud or too quiet."""
    tracks = {rt.name: rt for rt in focus.session.tracks} if focus.session else {}
    faults = [f for f in ctx.problems if f.kind in TRACK_LEVEL_KINDS and not f.is_lean and f.track in tracks]
    for f in faults:
        level = tracks[f.track or ""].track.level
        up_top = main_bands(level.bands_db if level is not None else None) & set(TOP_BANDS)
        if f.kind is FindingKind.TRACK_TOO_LOUD and up_top:
            return f
    return faults[0] if faults else None


def _top_band(a: Analysis, findings: tuple[Finding, ...]) -> tuple[str, float, bool | None] | None:
    """The top band furthest from the median real mix (band, deviation dB, inside the real range), leaving out a
    remark a tonal verdict rules out; None when none is measured."""
    said = [
        (abs(d), band, float(d))
        for band in TOP_BANDS
        if isinstance(d := a.balance_vs_target_db.get(band), (int, float))
        and contradicting_verdict(findings, band, float(d)) is None
    ]
    if not said:
        return None
    _, band, dev = max(said)
    return band, dev, inside_real_range(a, band)


def top_shelf(band: str, dev: float, track: str | None = None) -> Move:
    """A gentle high shelf from the band's lower edge, a third of its excess (1-3 dB), on the master or on
    ``track`` (the part that carries most of that band)."""
    freq = BANDS[band][0]
    gain = -min(3.0, max(1.0, round(dev / 3.0 * 2.0) / 2.0))
    where = f"On {track!r}" if track is not None else "On the master"
    text = f"{where}, a high shelf of {gain:g} dB from about {say_hz(freq)}, no more."
    sugg = Suggestion("eq_band", track, {"type": "high_shelf", "freq_hz": round(freq), "gain_db": gain},
                      "eases a top end brighter than real mixes run")  # fmt: skip
    return Move(text, "Flip it in and out at matched level: it should sound smoother, not duller.", [sugg])


def _centre(f: Finding) -> float:
    """Where the whole mix's upper-mid build-up peaks, as its summary says it (2-5 kHz; 3 kHz when unknown)."""
    value = finding_centre(f)
    return min(5000.0, max(2000.0, value)) if value is not None else 3000.0


def master_top_cut(ctx: MixContext, focus: Focus) -> Answer | None:
    """The answer to a top cut proposed on the master, from what was measured; None for any other question."""
    intent = focus.intent
    if ctx.analysis is None or intent.instruments or not proposes_top_cut(intent.question):
        return None
    place = blamed_place(intent.question) or "the master"
    part = _part_fault(ctx, focus)
    if part is not None:
        move = recipe(part, focus.session)
        said = first_sentence(part.summary)
        named = "" if said.startswith(f"{part.track!r}") else f"it's {part.track!r}: "
        parts = [f"No, not {place}: {named}{lower_first(said)}", move.try_text,
                 "An EQ on the master would dull every part to fix one fader.", move.check_text]  # fmt: skip
        return Answer(fit(parts, MAX_WORDS, keep=2), [move], part)
    harsh = next((f for f in ctx.problems if f.kind is FindingKind.HARSH and f.track is None), None)
    if harsh is not None:
        move = eq(None, _centre(harsh), CUT_DB, CUT_Q, "eases the whole mix's upper-mid build-up",
                  "Flip it in and out at matched level: it should stop stinging without going dull.")  # fmt: skip
        verdict = "A little, in the upper mids" if harsh.is_lean else "Yes, in the upper mids"
        parts = [f"{verdict}: {lower_first(first_sentence(harsh.summary))}", move.try_text, move.check_text]
        return Answer(fit(parts, MAX_WORDS, keep=2), [move], harsh)
    dull = next((f for f in ctx.problems if f.kind is FindingKind.DULL and f.track is None), None)
    if dull is not None:
        said = ". ".join(dull.summary.split("; ")[0].split(". ")[:2]).rstrip(
            "."
        )  # what was measured, no advice
        head = f"No, I wouldn't: {lower_first(said)}."  # the mix already leans dull
        return Answer(fit([head, f"{COST[:1].upper()}{COST[1:]}."], MAX_WORDS, keep=2), [], None)
    top = _top_band(ctx.analysis, ctx.findings)
    if top is not None and top[1] > 0 and top[2] is False:  # brighter than the range real mixes use
        move = top_shelf(top[0], top[1])
        parts = [
            f"A little: {whole_band_words(ctx.analysis, top[0], top[1])}.",
            move.try_text,
            move.check_text,
        ]
        return Answer(fit(parts, MAX_WORDS, keep=2), [move], None)
    head = "No, I wouldn't: nothing I measured says the mix is too bright"
    head = f"{head}: {whole_band_words(ctx.analysis, top[0], top[1])}." if top is not None else f"{head}."
    return Answer(fit([head, f"{COST[:1].upper()}{COST[1:]}."], MAX_WORDS, keep=2), [], None)
