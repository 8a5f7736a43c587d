"""The craft for a quality asked of a part that cannot be measured on its own ("how do I make the kick punchier?"
with no clip, or with only the stereo mix): the quality's own move in words (a compressor whose slower attack lets
the hit through for punch, a faster release for tightness; a broad lift in the instrument's own named range for
warmth, brightness or clarity), not what a compressor or an EQ is in general. With a REAPER session,
``model.answer_quality`` sets that move on the track itself."""

from __future__ import annotations

import math
import re

from companion.knowledge.roles import ROLE_WORDS
from companion.knowledge.wording import say_hz, say_number
from model.answer_quality import QUALITIES, quality_of
from model.answer_tracks import CRAFT
from model.intent import Intent, Wants
from model.intent_forms import DRUM_BUS
from model.tone_home import craft_areas

GLUE = next(q for q in QUALITIES if q.name == "glue")


def quality_craft(intent: Intent, technique: str | None) -> str | None:
    """Why the quality's compressor move adds it and how to hear that, or None when the question is not a how-to
    for a quality a compressor adds (punch, tightness) or names another tool."""
    if intent.wants != Wants.HOW_TO or technique not in (None, "compression"):
        return None
    quality = quality_of(intent.question)
    if quality is None and technique == "compression" and DRUM_BUS.search(intent.question):
        quality = GLUE  # "what compressor settings for the drum bus?": bus glue, not the kick's medians
    if quality is None or quality.compress is None:
        return None
    if quality.name == "glue" and (intent.about_master or _MIX_GLUE.search(intent.question)):
        return None  # glue on the mix bus: the technique's own bus convention answers it
    return f"{quality.why} {quality.check}"


_MIX_GLUE = re.compile(
    r"\b(mix|master|everything|whole (band|song|track|thing)|it all|all together|2[- ]?bus|stereo bus)\b",
    re.I,
)
"""Glue asked of the whole mix, not of a group of parts."""


def quality_technique(intent: Intent) -> str | None:
    """The tool a how-to for a quality calls for when the question names none: a compressor for punch and
    tightness, an EQ for warmth, brightness and clarity; None when no quality is asked for."""
    quality = quality_of(intent.question) if intent.wants == Wants.HOW_TO else None
    if quality is None:
        return None
    return "compression" if quality.compress is not None else "eq"


def quality_eq_craft(intent: Intent, role: str | None, technique: str | None) -> str | None:
    """ "how do I get the vocal warmer?" with nothing to measure: where that quality lives on this instrument (its
    own named range, ``companion.knowledge.areas``), the broad lift engineers start with there, why it adds the
    quality and how to hear it; None for another tool, a compressor's quality, or an instrument with no such
    range (no 70 Hz lift on horns for "warmer")."""
    if intent.wants != Wants.HOW_TO or technique not in (None, "eq") or role is None:
        return None
    quality = quality_of(intent.question)
    if quality is None or quality.compress is not None:
        return None
    for complaint in quality.craft:
        spec = CRAFT.get(complaint)
        if spec is None or spec[1] <= 0:  # a cut's area adds no quality
            continue
        names, gain_db, q = spec
        areas = craft_areas(role, complaint, names, False, intent.question)
        if areas:
            a = areas[0]
            centre = math.sqrt(a.lo_hz * a.hi_hz)
            return (
                f"On {ROLE_WORDS[role]}, that's the {a.name} range, {say_hz(a.lo_hz)}-{say_hz(a.hi_hz)}: start with a broad lift of about {say_number(gain_db)} dB (Q ~{say_number(q)}) "
                f"around {say_hz(centre)}. {quality.why} {quality.check}"
            )
    return None
