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
UNWANTED = re.compile(
    r"\b(why|don'?t want|do not want|dont want|less|too|get rid|fix\w*|stop|remove|un-?lo-?fi|not (be |sound )?lo-?fi)\b",
    re.IGNORECASE,
)
"""Lo-fi heard as a fault ("why does my mix sound so lofi", "sounds lofi and i don't want it to", "less lofi")."""
BAND_LIMITS = (FindingKind.DULL, FindingKind.THIN)
"""The whole-mix faults that make a mix band-limited: a rolled-off top, a thin bottom."""
SOURCES = (
    "So look at the sources: a low-bitrate sample or loop, a low-pass or bit-crusher left on in a plug-in, or heavy "
    "saturation; solo the tracks one at a time to find it."
)
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
    unwanted = UNWANTED.search(q) is not None
    if WISH.search(q) and not unwanted:
        return None  # "make it more lofi", "going for lofi": the craft (``model.vibe_craft``)
    yes_no = (
        intent.wants == Wants.JUDGE
        and (asks_yes_no(intent) or "?" in q)
        and not re.match(r"\s*why\b", q, re.I)
    )
    if not (yes_no or unwanted):
        return None
    limits = _limits(ctx)
    if limits:
        f = limits[0]
        move: Move = recipe(f, focus.session)
        verdict = "Yes, it leans that way" if len(limits) == 2 else "A little, it leans that way"
        head = f"{verdict}: " if yes_no else "It's the band limits: "
        text = fit(
            [
                f"{head}{lower_first(first_sentence(f.summary))}",
                "A rolled-off top and a thin bottom are what lo-fi is made of.",
                f"{'If you did not mean it' if yes_no else 'To open it back up'}: {lower_first(move.try_text)}",
                move.check_text,
            ],
            MAX_WORDS,
            keep=3,
        )
        return Answer(text, [move], f)
    a = ctx.analysis
    air = a.balance_vs_target_db.get("air")
    top = f" {whole_band_words(a, 'air', air)}." if air is not None else ""
    if not yes_no:  # heard as lo-fi, none measured: where that sound comes from instead of the recipe
        return Answer(fit([f"Nothing I measured band-limits it: nothing rolls off the top or thins the bottom:{top}",
                           SOURCES], MAX_WORDS, keep=1))  # fmt: skip
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
