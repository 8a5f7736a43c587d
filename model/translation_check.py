"""How to check that a mix translates ("whats the best way to check if my mix translates? all i got is airpods n
a crappy laptop", "how do i make sure it sounds good on every speaker", "how do i test my mix on other systems"):
the craft of checking, on the speakers the asker has, with this mix's own numbers.

Why: these words name no fault, so the router answered with the biggest lean it measured ("The mix leans a little
harsh") and never said how to check anything. An engineer answers the method (common practice, said so): a
released song in the same style played on the same speakers at the same loudness, since the asker knows how
finished music sounds there; what each speaker they named shows; a mono and a low-volume check; and this mix's
measured loudness and channel correlation, the two numbers that say most about how it will hold up elsewhere. A
real fault measured comes first, since no check fixes it."""

from __future__ import annotations

import math
import re

from companion.context import MixContext
from model.focus import Focus
from model.intent import Wants
from model.phrasing import EXPLAIN_WORDS, MAX_WORDS, Answer, first_sentence, fit, lower_first, names
from model.recipes import recipe

TRANSLATES = re.compile(
    r"\btranslat(e|es|ing|ion)\b|"
    # "sounds good everywhere", "holds up on other systems", "works on all speakers"
    r"\b(sounds?|sounding|holds? up|works?|plays?) (good |ok |okay |right |fine |decent |the same )?"
    r"(everywhere|on (every|all|other|different|most) (speakers?|systems?|devices?|setups?|playback))\b|"
    # "will it sound ok in a club?", "works on phones": a good state on a playback system
    r"\b(sounds?|sounding|holds? up|works?|plays?|translates?) (ok |okay |good |right |fine |decent |alright )?(in|on) "
    r"(a |the |my |other |most )?(clubs?|cars?|phones?|laptops?|earbuds|air ?pods|headphones|speakers|radio|tv|"
    r"(sound )?systems?)\b|"
    # "check my mix on different systems", "test it across a few speakers"
    r"\b(check|test|compare|listen)\w* (my |the |it |this )?(mix |song |track )?(on|in|across) (different|other|"
    r"multiple|several|a few|lots of|various|all|every|a bunch of) (speakers?|systems?|devices?|setups?|headphones|"
    r"places)\b",
    re.IGNORECASE,
)
"""A mix's translation asked about, in the asker's words."""
CHECK_HOW = re.compile(
    r"\b(how|best way|way to|tips?|advice|method|workflow)\b|\bwhat (should|do|can) (i|you|we)\b",
    re.IGNORECASE,
)
"""The how asked ("how do i check", "best way to", "any tips"), not a verdict ("will it translate?")."""
SPEAKERS: tuple[tuple[str, str, str], ...] = (
    (
        "AirPods",
        r"\bair ?pods?\b",
        "on the AirPods, the low end and small detail (sub weight, reverb tails, clicks)",
    ),
    (
        "earbuds",
        r"\bear ?buds?\b",
        "on the earbuds, the low end and small detail (sub weight, reverb tails, clicks)",
    ),
    ("headphones", r"\bhead ?phones?\b|\bcans\b", "on headphones, the low end, the panning and small detail"),
    (
        "laptop",
        r"\blaptops?\b|\bmacbook",
        "on the laptop, the mids: the bass line should still be heard through its "
        "upper harmonics and the vocal should stay on top",
    ),
    (
        "phone",
        r"\bphones?\b|\biphone",
        "on the phone, the mids and mono: the vocal on top, the bass line still there",
    ),
    ("car", r"\bcars?\b", "in the car, the low end's balance and whether the vocal holds over road noise"),
    (
        "club",
        r"\bclubs?\b",
        "in a club, the kick and sub: solid in mono and not fighting each other under 100 Hz",
    ),
    (
        "monitors",
        r"\bmonitors?\b|\bstudio speakers?\b",
        "on the monitors, the whole balance at a moderate level",
    ),
)
"""Speakers an asker names: what each shows best (common practice)."""
SAFE_CORRELATION = 0.3
"""A channel correlation over this stays solid in mono (common practice: meters flag under 0)."""


def asks_translation_check(question: str, wants: str) -> bool:
    """True when ``question`` asks how to check whether the mix translates."""
    how = wants in (Wants.HOW_TO, Wants.WHAT_FIRST) or CHECK_HOW.search(question) is not None
    return how and TRANSLATES.search(question) is not None


def _loudness(ctx: MixContext) -> str:
    """ " (-14.0 LUFS integrated)": the level to match the song to, measured."""
    a = ctx.analysis
    return (
        f" ({a.integrated_lufs:.1f} LUFS integrated)"
        if a is not None and math.isfinite(a.integrated_lufs)
        else ""
    )


def _mono(ctx: MixContext) -> str:
    """The mono check, with the channels' measured correlation where there are two."""
    check = "Then flip the master to mono and turn it right down: the vocal and the beat should still read"
    a = ctx.analysis
    if a is None or a.channels < 2 or not math.isfinite(a.stereo.correlation):
        return check + "."
    corr = a.stereo.correlation
    held = (
        "so it should hold up there" if corr > SAFE_CORRELATION else "so check that first: parts may thin out"
    )
    return f"{check}; your channels correlate {corr:.2f} (1 is mono), {held}."


def translation_check(ctx: MixContext, focus: Focus) -> Answer | None:
    """How to check translation on the speakers named, a measured fault first; None when not asked."""
    intent = focus.intent
    if intent.instruments or not asks_translation_check(intent.question, intent.wants):
        return None
    named = [(name, shows) for name, pattern, shows in SPEAKERS if re.search(pattern, intent.question, re.I)]
    # a club is where it will play, not a speaker the asker has to play a song on
    said = [f"in your {n}" if n == "car" else f"on your {n}" for n, _ in named if n != "club"]
    where = names(said, 3).replace("'", "") if said else "on every speaker you have"
    parts = [
        f"Check it against a song you know (common practice): play a released track in your style {where}, at the "
        f"same loudness as your mix{_loudness(ctx)}, and listen for what differs, since you know how finished music "
        "sounds there."
    ]
    if named:
        parts.append(f"What each shows best: {'; '.join(s for _, s in named)}.")
    parts.append(_mono(ctx))
    fault = next((f for f in ctx.problems if not f.is_lean), None)
    moves = []
    if fault is not None:  # a measured fault first: no check fixes it
        move = recipe(fault, focus.session)
        parts[:0] = [
            f"First, what already stands out: {lower_first(first_sentence(fault.summary))}",
            move.try_text,
        ]
        moves.append(move)
    limit = EXPLAIN_WORDS if intent.explain else MAX_WORDS
    return Answer(fit(parts, limit, keep=3 if moves else 1), moves, fault)
