"""Too much reverb asked of the whole mix ("too much reverb on the mix?", "is the mix washy?", "does the master
sound swimmy?"): answered from the reverbs the session carries, as "too much reverb on the vocal?" is.

Why: "too much ... on the mix" also reads as a loudness complaint (too much of the mix), which kept the reverb
amount route from answering, so the user got the general reverb lesson; and "is the mix washy?" (no hedge word)
was not read as reverb at all, so a clean mix got "Yes. Honestly, nothing in the numbers needs fixing". An engineer
answers the amount asked about: what reverb the session has and where, and the return to pull down, or that
there is none (then the wash is something else: a cymbal, a pad, the room in the recording).
"""

from __future__ import annotations

import re
from dataclasses import replace

from companion.context import MixContext
from model.answer_amount import amount_technique
from model.answer_reverb import reverb_answer
from model.cymbal_wash import cymbal_wash
from model.focus import Focus
from model.guessed_technique import symptom_first
from model.intent import Wants
from model.phrasing import Answer

WASH_STATE = re.compile(
    r"\b(is|are|'s|'re|does|do|sounds?|feels?|seems?|gets?|getting|got)\b (\w+ ){0,3}?"
    r"(too |so |really |way |very |pretty |super )?(washy|swimmy|reverby|verby|cavernous|washed[- ]out)\b",
    re.IGNORECASE,
)
"""The wash said (or asked) as the mix's state, with no hedge word ("is the mix washy?", "mix sounds swimmy")."""
WASH_WORD = re.compile(
    r"\b(too |so |really |way |very |pretty |super )?(washy|swimmy|reverby|verby|cavernous)\b", re.I
)
"""The wash word with its degree, said again as an excess ("too washy")."""


def mix_wash(ctx: MixContext, focus: Focus) -> Answer | None:
    """The reverb amount answer for too much reverb asked of the whole mix; None for any other question."""
    intent = focus.intent
    if intent.wants != Wants.JUDGE or intent.technique not in (None, "reverb"):
        return None
    q = intent.question
    if intent.instruments and (cymbal_wash(q) or not focus.asked or not WASH_STATE.search(q)):
        return None  # "the ride is washy": its own sustain; a part's other questions keep their routes
    if intent.instruments and _measured_clash(ctx, focus):
        return None  # "pad sounds washy" with the pad 10 dB over: its fader first, the amount route's "Not first"
    amount = amount_technique(q, intent.technique) or ("reverb" if WASH_STATE.search(q) else None)
    blur = intent.instruments and intent.complaint == "clash"
    if amount != "reverb" or (intent.complaint not in (None, "loud", "loudness") and not blur):
        return None  # "pad too washy? smears the vocal" with no clash measured: the wash is what blurs it
    if symptom_first(ctx, focus):
        return None  # "feels hollow, is my reverb too dry?" with a part 10 dB off: that fault, not the amount
    # too much reverb, not a loud mix; "washy" said plainly is "too washy" (an excess, so the return comes down)
    said = WASH_WORD.sub(lambda m: "too washy", q)
    asked = replace(intent, technique="reverb", complaint="loud", question=said)
    # a part called washy: that part alone ("is the pad washy? blurs the vocal": the pad's reverb, not the vocal's)
    asked_parts = focus.asked[:1] if intent.instruments else focus.asked
    return reverb_answer(ctx, replace(focus, intent=asked, asked=asked_parts), "reverb", False)


def _measured_clash(ctx: MixContext, focus: Focus) -> bool:
    """True when a masking or level fault is measured on the parts asked about: then the clash comes first."""
    names = {rt.name for a in focus.asked for rt in a.tracks}
    return any(
        f.track in names or f.evidence.get("other_track") in names for f in ctx.problems if not f.is_lean
    )
