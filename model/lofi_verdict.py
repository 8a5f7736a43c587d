"""A yes/no on whether the whole mix sounds lo-fi ("does it sound lofi?", "is my mix too lo-fi?", "sounds kinda
low-fi, right?"): judged on what lo-fi is made of, a band-limited sound (the top end rolled off, the low end
thinned), with the mix's own numbers.

Why: the vibe route (``model.vibe_craft``) answered every lo-fi question with the lo-fi recipe ("Not something a
meter can call yes or no; ... on that bus: high-pass at ~200-300 Hz ..."), so a user asking whether their mix
sounds lo-fi got a recipe to make it more so. An engineer answers the question: no, it's full-range (the air band
and the low end where real mixes carry them), or yes/a little, the top rolled off or the bottom thin, measured,
with the move that opens it back up, and the recipe only for someone who wants the flavour.
"""

from __future__ import annotations

import re

from companion.context import Finding, FindingKind, MixContext
from model.band_remark import whole_band_words
from model.focus import Focus
from model.intent import Wants, asks_yes_no
from model.phrasing import MAX_WORDS, Answer, first_sentence, fit, lower_first
from model.recipes import Move, recipe

LOFI = re.compile(r"\blo-?fi\b|\blow[- ]fi\b|\blofi\w*", re.IGNORECASE)
"""Lo-fi in the spellings amateurs use."""
WISH = re.compile(r"\b(more|make|get|how|want|wanna|going for|go for|aiming|trying)\b", re.IGNORECASE)
"""A lo-fi sound wished for ("make it more lofi", "i'm going for lofi, does it work?"): the craft's question."""
BAND_LIMITS = (FindingKind.DULL, FindingKind.THIN)
"""The whole-mix faults that make a mix band-limited: a rolled-off top, a thin bottom."""
FLAVOUR = (
    "If you want that flavour on purpose, build it on a parallel bus (high-pass ~200-300 Hz, low-pass ~3-5 kHz, "
    "some saturation) and blend it in (common practice)."
)


def _limits(ctx: MixContext) -> list[Finding]:
    """The band-limiting faults measured on the whole mix, most severe first."""
    found = [f for f in ctx.problems if f.kind in BAND_LIMITS and f.track is None]
    return sorted(found, key=lambda f: -f.severity)


def lofi_verdict(ctx: MixContext, focus: Focus) -> Answer | None:
    """Whether the mix sounds lo-fi, from its band limits; None when no yes/no on the whole mix's lo-fi is asked."""
    intent = focus.intent
    q = intent.question
    if intent.instruments or intent.technique is not None or ctx.analysis is None or not LOFI.search(q):
        return None
    if intent.wants != Wants.JUDGE or not (asks_yes_no(intent) or "?" in q) or WISH.search(q):
        return None
    limits = _limits(ctx)
    if limits:
        f = limits[0]
        move: Move = recipe(f, focus.session)
        verdict = "Yes" if len(limits) == 2 else "A little"
        text = fit(
            [
                f"{verdict}, it leans that way: {lower_first(first_sentence(f.summary))}",
                "A rolled-off top and a thin bottom are what lo-fi is made of.",
                f"If you didn't mean it: {lower_first(move.try_text)}",
                move.check_text,
            ],
            MAX_WORDS,
            keep=3,
        )
        return Answer(text, [move], f)
    a = ctx.analysis
    air = a.balance_vs_target_db.get("air")
    top = f" {whole_band_words(a, 'air', air)}." if air is not None else ""
    text = fit(
        [
            f"No: it's full-range, not band-limited the way lo-fi is; nothing rolls off the top or thins the bottom in "
            f"what I measured:{top}",
            FLAVOUR,
        ],
        MAX_WORDS,
        keep=1,
    )
    return Answer(text)
