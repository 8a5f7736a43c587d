""" "Whats the best way to make the chorus hit harder than the verse?", "the chorus doesn't lift", "how do i make the
chorus bigger": one section against another, which the meters do not tell apart.

Why: "hit harder" read as punch, so the router answered the master's peak-to-loudness ratio ("It isn't squashed");
"doesn't lift" fell to the biggest lean measured. Neither said that the clip is measured whole, nor how a chorus is
made to lift. An engineer says what can't be told, then the craft of contrast (common practice): the verse held
back (fewer parts, narrower, drier), the chorus opened up (parts added, doubles wide, the drums opened), the
chorus ridden up a dB or two, and a way in (a fill, a riser, a beat of space); a real fault measured comes first.
"""

from __future__ import annotations

import re

from companion.context import MixContext
from model.focus import Focus
from model.impact_carrier import DRUM_ATTACK
from model.intent import asks_yes_no
from model.phrasing import EXPLAIN_WORDS, MAX_WORDS, Answer, first_sentence, fit, lower_first
from model.recipes import recipe

SECTION = r"(chorus(es)?|hook|drop|refrain)"
LIFT_Q = re.compile(
    # "make the chorus hit harder than the verse", "get the chorus bigger", "the chorus needs to explode"
    rf"\b{SECTION}\b[^?.]{{0,25}}\b(hit(s|ting)? harder|bigger|lift(s|ing)?|explode|open(s)? up|pop(s)? more|"
    r"stand(s)? out|more (impact|energy|punch)|feel(s)? (bigger|the same|flat|like the verse)|"
    r"sound(s)? (bigger|the same|flat|like the verse)|"
    # "why does my chorus feel so bare?": the section said bare, with its degree ("empty", "small" and "weak" keep
    # their own routes: a part measured missing answers those)
    r"(feel|sound)(s)? ((so|too|kinda|really|pretty|super) )?(bare|sparse)|(doesn'?t|does not|don'?t|never) (lift|hit|pop|take off|land|"
    r"open up|go anywhere|explode))\b|"
    # "why doesn't my chorus hit?"
    rf"\b(doesn'?t|does not|won'?t|don'?t|do not) (my |the |our )?{SECTION} (hit|lift|pop|take off|land|open up|"
    r"explode|go anywhere)\b|"
    # "no difference between the verse and the chorus", "verse and chorus sound the same"
    rf"\b(no|not much|little) (difference|contrast|change) between (the )?(verses?|{SECTION}) and (the )?"
    rf"(verses?|{SECTION})\b|\bverses? and (the )?{SECTION} (sound|feel) (the same|identical|alike)\b",
    re.IGNORECASE,
)
"""A section asked to lift against another, in the asker's words."""


def asks_section_lift(question: str) -> bool:
    """True when ``question`` asks how to make a chorus lift, or says it doesn't (as a how-to, a why or a plain
    statement alike)."""
    return LIFT_Q.search(question) is not None


CANT_TELL = (
    "I measure the whole clip, not one section against another, so this is the craft (common practice)."
)
CRAFT = (
    "Contrast does most of it: hold the verse back (fewer parts, narrower, a touch drier) and open the chorus up (a "
    "double panned wide, a crash or open hats, the bass playing fuller)."
)
PUNCH_Q = re.compile(r"\b(hit|hits|hitting|punch\w*|impact|slam|knock)\b", re.IGNORECASE)
"""Hit asked for, not only size: the drums' attack is part of the answer."""
CONTRAST_Q = re.compile(
    r"\bverses?\b|\bcontrast\b|\bthan the\b|\blift\w*|\bbigger\b|\bexplode\b|\bopen\w* up\b|"
    r"\b(doesn'?t|does not|won'?t|don'?t|do not|never)\b",
    re.IGNORECASE,
)
"""The section held against another, or said not to arrive: the lift asked, not the hits' punch alone."""
PUNCH = f"For more hit, {DRUM_ATTACK}"
RIDE = (
    "Then ride the chorus up 1-2 dB with volume automation (before the master limiter) and give it a way in: a "
    "fill, a riser or a beat of space."
)
CHECK = "Loop the verse into the chorus: it should feel bigger before you touch the volume."


def section_lift(ctx: MixContext, focus: Focus) -> Answer | None:
    """How a chorus is made to lift against the verse, a measured fault first; None when not asked."""
    intent = focus.intent
    # a part named ("do the strings make the chorus lift?") or a yes/no ("is something too quiet, or is that the
    # arrangement?") is a question about this mix, which its own path answers
    if not asks_section_lift(intent.question) or intent.instruments or asks_yes_no(intent):
        return None
    if PUNCH_Q.search(intent.question) and not CONTRAST_Q.search(intent.question):
        return None  # "make the chorus hit harder": the hits' punch, which the master's dynamics answer
    punch = [PUNCH] if PUNCH_Q.search(intent.question) else []
    fault = next((f for f in ctx.problems if not f.is_lean), None)
    if fault is None:
        return Answer(fit([CANT_TELL, CRAFT, *punch, RIDE, CHECK], MAX_WORDS, keep=2))
    move = recipe(fault, focus.session)  # a part far off holds every section back: its fader first
    lead = f"First, what holds the whole song back: {lower_first(first_sentence(fault.summary))}"
    parts = [lead, move.try_text, *punch, CANT_TELL, CRAFT]
    return Answer(fit(parts, EXPLAIN_WORDS if intent.explain else MAX_WORDS, keep=2), [move], fault)
