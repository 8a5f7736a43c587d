"""How to use a reference track ("how do i use a reference track properly when mixing", "what's a ref track for",
"should I compare my mix to a pro song", "how do I A/B against a commercial track", "how to reference"): the
craft, not a verdict on this mix's tone.

An engineer answers with the steps (``companion/knowledge/data/techniques.json``, ``referencing``: common
practice, said so): pick a released song in the genre with a sound you like; loudness-match it to the mix, as the
louder one always sounds better, with the mix's measured loudness as the level to match; A/B in short bursts at
the same spot; compare one thing at a time (bass weight, vocal level, brightness, width); and how this tool does
it for you (``--reference``: the two loudness-matched, compared band by band). With a reference given, its
measured loudness against the mix's and the biggest difference measured at matched loudness replace the parts a
user would have to do by hand. Every number said is a measurement of this ask."""

from __future__ import annotations

import math
import re

from companion.context import Finding, MixContext
from companion.knowledge.techniques import technique
from model.focus import Focus
from model.intent import asks_yes_no
from model.intent_reference import REFERENCE
from model.phrasing import (
    EXPLAIN_WORDS,
    MAX_WORDS,
    NOTHING_HEARD,
    Answer,
    capital,
    first_sentence,
    fit,
    lower_first,
)

LEVEL_LU = 1.0
"""Within 1 LU two songs play as equally loud (about the smallest step listeners notice)."""
PRACTICE = " (common practice)"

_REF = re.compile(
    rf"{REFERENCE.pattern}|\breferenc(e|es|ing)\b|\bref\b|\b(pro|professional|commercial|released|finished) "
    r"(mix|song|track|record|production|release)e?s?\b|\b(a|one) (song|track|record) (i|you) (like|love)\b",
    re.IGNORECASE,
)
"""Released music held against the mix, or the act itself ("referencing", "how to reference")."""
_CRAFT = re.compile(
    # "how do i use a reference track properly", "how should i reference", "how do I A/B against ..."
    r"\bhow (do|can|should|would|could|does) (i|you|we|u|one|people|engineers|pros)\b[^?.]{0,40}"
    r"\b(use|using|do|work with|set up|go about|approach|referenc\w*|a/?b|compar\w*|check against)\b|"
    r"\bhow to (properly |best |actually )?(use|do|set up|referenc\w*|a/?b|compar\w*)\b|"
    # "how do i line my mix up against a commercial song": set beside it, level-matched
    r"\bhow (do|can|should|would) (i|you|we|u)\b[^?.]{0,20}\b(line|level|match)\b[^?.]{0,25}\b(up )?(against|with|to)\b|"
    # "what's a ref track for", "what is referencing", "the point of a reference"
    r"\bwhat('?s| is| are| do)\b[^?.]{0,30}\b(for|good for|do for)\s*\??\s*$|\bwhat (is|does) referencing\b|"
    r"\b(point|use|purpose|benefit) of\b|\bwhy (do|should|would|bother)\b|"
    # "should I compare my mix to a pro song", "do i need a reference"
    r"\b(should|do|must) (i|you|we|u) (really )?(be )?(compar\w*|check\w*|a/?b\w*|referenc\w*|us(e|ing)|need|"
    r"listen\w* to)\b|"
    r"\b(tips|advice|help|workflow|process) (on|for|with) (using |a |my )?(ref|referenc)",
    re.IGNORECASE,
)
"""The act asked about: how, what for, whether to reference (never a quality held against the reference)."""
_PURPOSE = re.compile(
    r"\b(for|good for|do for)\s*\??\s*$|\bwhat (is|does) referencing\b|\b(point|use|purpose|benefit) of\b|\bwhy\b",
    re.IGNORECASE,
)
"""What referencing is for asked ("what's a ref track for", "why use a reference"): what it does comes first."""
_JUDGED = re.compile(
    r"\bthan\b|\b(sound|sounds|get|make \w+( \w+)? sound) (more )?like\b|\b(as|so) (loud|bright|wide|full|punchy|"
    r"clear|big)\b|\bnext to\b|\bcompared (to|with) (my|the|your) (ref|reference)\b",
    re.IGNORECASE,
)
"""A comparison already made ("brighter than the reference", "weak next to my reference"): their own routes."""

TOOL_LINES = {
    "cli": "Here, mixassist ask --reference that-song.wav does it for you: loudness-matched, band by band.",
    "overlay": "Here, pick that song as the Reference track in Settings and I do it for you: loudness-matched, band "
    "by band.",
}
"""How this tool references, said for the front end that asked."""
TOOL_LINE_ANY = (
    "Here, give me that song (mixassist ask --reference that-song.wav, or the overlay's Reference track) and I do "
    "it for you: loudness-matched, band by band."
)


def asks_reference_craft(question: str) -> bool:
    """True when ``question`` asks how, why or whether to use a reference track, not how the mix compares."""
    return bool(_REF.search(question) and _CRAFT.search(question) and not _JUDGED.search(question))


def _step(text: str) -> str:
    return capital(text.removesuffix(PRACTICE)) + "."


def _loudness_steps(ctx: MixContext, match: str) -> list[str]:
    """The loudness-matching step with the levels measured: the mix's alone, or the two with a reference given."""
    a = ctx.analysis
    if a is None or not math.isfinite(a.integrated_lufs):
        return [match, "Read both on a loudness meter (integrated LUFS) and set them equal."]
    ref, name = a.extra.get("reference_lufs"), a.extra.get("reference_track")
    mix = f"{a.integrated_lufs:.1f} LUFS"
    if not isinstance(ref, (int, float)) or not math.isfinite(ref) or not name:
        return [match, f"Yours reads {mix} integrated, the level to match."]
    d = round(float(ref), 1) - round(a.integrated_lufs, 1)  # the two readings as said, so the step adds up
    if abs(d) <= LEVEL_LU:
        how = "they already play at about the same loudness"
    else:
        how = f"turn the reference {'down' if d > 0 else 'up'} {abs(d):.1f} dB to match when you flip between them"
    return [f"Your reference ({name}) reads {float(ref):.1f} LUFS integrated and your mix {mix}, so {how}; I match "
            "them myself before I compare."]  # fmt: skip


def _measured_difference(ctx: MixContext) -> str:
    """The biggest difference measured against the given reference at matched loudness, or that none shows."""
    if ctx.analysis is None or not ctx.analysis.extra.get("reference_track"):
        return ""
    against: list[Finding] = sorted(
        (f for f in ctx.findings if f.evidence.get("compared_with") and f.severity > 0),
        key=lambda f: -f.severity,
    )
    if not against:
        return (
            "At matched loudness nothing I measure sets them apart: low end, low-mids, upper mids, top and width "
            "are all close."
        )
    return f"At matched loudness, the biggest difference: {lower_first(first_sentence(against[0].summary))}"


def reference_craft(ctx: MixContext, focus: Focus) -> Answer | None:
    """How to reference, on this mix's measured loudness (and on the reference when one was given); None when the
    question does not ask the craft or brings a complaint of its own."""
    intent = focus.intent
    if intent.complaint is not None or not asks_reference_craft(intent.question):
        return None
    t = technique("referencing")
    pick, match, flip, compare = (_step(c) for c in t.conventions[:4])
    given = ctx.analysis is not None and bool(ctx.analysis.extra.get("reference_track"))
    if _PURPOSE.search(intent.question):  # "what's a ref track for?": what it does, before how
        parts = [t.summary.split(". ")[0].replace("Referencing is comparing", "It's comparing", 1) + "."]
    else:  # "should I compare my mix to a pro song?": yes, first
        parts = [f"{t.usual_for(None)}."] if asks_yes_no(intent) else []
    if not given:  # the steps to do by hand, then how this tool does them
        parts.append(f"The usual way (common practice): {_lower(pick)}")
        parts.append(f"({NOTHING_HEARD}: this is the craft.)" if ctx.analysis is None else "")
        parts += [*_loudness_steps(ctx, match), flip, compare, TOOL_LINES.get(ctx.front_end, TOOL_LINE_ANY)]
    else:  # the song given: its loudness and the difference measured, then the ear's part
        parts += [*_loudness_steps(ctx, match), _measured_difference(ctx)]
        parts.append(f"When you flip between them yourself (common practice): {_lower(flip)} {compare}")
    limit = EXPLAIN_WORDS if intent.explain else MAX_WORDS
    kept = [p for p in parts if p]
    return Answer(fit(kept, limit, keep=len(kept)), [], None)


def _lower(sentence: str) -> str:
    """A step after a colon: "A/B ..." keeps its capitals, "Pick ..." goes lower case."""
    return sentence if sentence[:3] == "A/B" else sentence[:1].lower() + sentence[1:]
