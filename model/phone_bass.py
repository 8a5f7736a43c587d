"""A bass asked about on a small speaker ("808 disappears on my phone speaker, why"): with the bass at its level,
the answer is the phone's, not the part's.

Why: the part route cleared the bass ("Nothing I measured says 'Synth Bass' is out of line ... probably not the
level") and stopped, while the asker had named the cause's half themselves: a phone plays little under ~200 Hz,
so a bass that lives in the sub vanishes there and survives only through its harmonics. The whole-mix phone answer
(``model.answer_master.small``) says that with the mix's low-end share and the harmonics move on the bass, after
"No, leave its fader:" when a lift was asked ("worth giving it an extra 2-3 db?"); a bass too quiet or too loud keeps
its own fader answer first. "Puny", "weak" or "thin" on the small speaker is the same loss."""

from __future__ import annotations

import re

from companion.context import MixContext
from model.answer_master import small
from model.focus import Focus
from model.intent_reference import names_device
from model.phrasing import Answer, lower_first
from model.settings_level import level_fault

LOST = re.compile(
    r"\b(disappear\w*|vanish\w*|gone|missing|lost|inaudible|nowhere|(can'?t|cannot) (i |we |you |u )?(hear|feel)|"
    r"barely (hear|there)|no (bass|low end|bottom|808)|puny|wimpy|weedy|feeble|weak|thin)\b",
    re.IGNORECASE,
)
"""The bass said lost on the small speaker, not too loud on it ("808 overpowering on my car")."""
_SMALL_WORDS = r"phones?|iphone|laptops?|earbuds?|airpods|tablet|ipad|bluetooth speaker"
SMALL = re.compile(rf"\b({_SMALL_WORDS})\b", re.IGNORECASE)
"""Speakers that play little under ~200 Hz (a car plays the low end, often too much of it)."""


_RAISE = re.compile(
    r"\b(extra|more|another) (\d+(-\d+)? ?db|db|decibels?)\b|"
    r"\b(turn|bring|push|bump|crank|nudge) (it|them|the [\w' -]{1,20}?) up\b|"
    r"\b(louder|up a bit|up some)\s*\?",
    re.IGNORECASE,
)
"""A lift asked for the bass ("worth giving it an extra 2-3 db?", "turn it up?"), which the phone's answer declines."""


PHONE_SIDE = re.compile(rf"\bor\b[^?]{{0,40}}\b({_SMALL_WORDS}|small speakers?)\b", re.IGNORECASE)
"""The small speaker offered as the other cause ("have i got it too quiet or can phones just not do low stuff")."""


def phone_bass(ctx: MixContext, focus: Focus) -> Answer | None:
    """The phone's answer for a bass named on a small speaker at its level; None otherwise."""
    intent = focus.intent
    # "too quiet or can phones just not do low stuff": the level asked against the phone, the phone's answer too
    phone_or_level = intent.complaint == "quiet" and PHONE_SIDE.search(intent.question) is not None
    if (intent.complaint not in ("small", "thin") and not phone_or_level) or ctx.analysis is None:
        return None
    if focus.session is None:
        return None
    if not focus.tracks or any(rt.role != "bass" for rt in focus.tracks) or not names_device(intent.question):
        return None
    if not (LOST.search(intent.question) and SMALL.search(intent.question)):
        return None  # "808 overpowering on my car speakers": too much, on a speaker that plays the low end
    if level_fault(ctx, focus) is not None:
        return None  # the bass off its level: its fader first, as the part route says
    ans = small(ctx, focus)
    if phone_or_level and ans.text.startswith("It's the phone"):
        return Answer(f"No, it's not too quiet; {lower_first(ans.text)}", ans.moves, ans.first)
    # "worth giving it an extra 2-3 db or leave it be?": the fader asked, answered first
    if _RAISE.search(intent.question):
        ans.text = f"No, leave its fader: {lower_first(ans.text)}"
    return ans
