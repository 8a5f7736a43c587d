""" "The snare pokes out ... should i pitch the sample down?", "the verses are murky ... should i cut 300 Hz on the
master bus?": a complaint that is true, followed by a fix that is not the fader, while the measured fault is a part's
level. The complaint's "Yes:" would read as a yes to the fix; the answer says no to it and that the fader goes first.

Why: the level route opens on the first sentence's claim ("pokes out" is right: "Yes: 'Clap' sits about 11 dB
louder"), and the question the user ends on is the plan, which would waste time (a pitch shift, a master EQ cut)
while a fader is the fault. Only the opening changes; the body already says balance comes first.
"""

from __future__ import annotations

import re
from dataclasses import replace

from model.phrasing import Answer
from model.verdict_opening import opening

PLAN_OFFERED = re.compile(
    r"\b(should|do|shall|can|could) (i|we|u) (just |maybe |simply )?(?P<plan>"
    r"(pitch|tune|detune|retune|transpose)\b|"
    r"(cut|dip|scoop|notch|shelve|carve|take)\b[^?.!]{0,40}?(\d+ ?k?hz|\bk\b|\d+ ?k\b|low[- ]?mids?|mids?|highs?|lows?|"
    r"top|bottom|mud|boxiness)\b[^?.!]{0,40}?\b(on|across|over) (the |my )?(master|mix ?bus|mix|2[- ]?bus|bus|"
    r"whole (mix|thing))\b|"
    r"(eq|EQ)\b[^?.!]{0,25}\b(the |my )?(master|mix ?bus|2[- ]?bus|whole (mix|thing))\b|"
    r"(swap|replace|change) (the |my |that )?(sample|sound|patch|preset)\b|"
    r"(saturate|distort|exciter|excite)\w*\b)",
    re.IGNORECASE,
)
"""The plan asked about: a pitch move, a tone cut on the whole mix, a sample swap or colour, none of them a fader."""
_FADER_WORDS = re.compile(
    r"\b(fader|volume|level|turn|pull|bring|lower|drop|push|raise|quieter|louder)\b", re.I
)


def other_fix_offered(question: str, ans: Answer) -> Answer:
    """``ans`` opened "No, the fader first:" when it says "Yes:" (or "Too loud:") to a complaint whose question
    ends on a plan that is no fader move, and its first card is a fader move; "Yes, and the fader first, not the
    pitch:" when a level claim was asked before the plan; ``ans`` otherwise."""
    # "should i pitch the clap down?" answered "Too loud:": the level is said, the pitch left unanswered
    m = opening(ans.text) or re.match(r"(?P<verdict>Too (loud|quiet))(?P<qualifier>)\s*:\s+", ans.text)
    if (
        m is None
        or m.group("verdict") not in ("Yes", "Yeah", "Too loud", "Too quiet")
        or m.group("qualifier")
    ):
        return ans
    plans = list(PLAN_OFFERED.finditer(question))
    plan = plans[-1] if plans else None
    if plan is None or _FADER_WORDS.search(question[plan.start() :]):
        return ans  # no plan, or a fader offered beside it ("eq it or just turn it down?"): other passes
    first = ans.suggestions[0] if ans.suggestions else None
    if first is None or first.action != "nudge_volume_db":
        return ans
    # "is the clap too loud? should i pitch it down?": the claim asked first keeps its yes, the plan its no
    claim = re.search(
        r"\b(is|are|isn'?t|aren'?t|it'?s|its)\b[^?.!]{0,40}\btoo (loud|hot|quiet|low|soft)\b",
        question[: plan.start()],
        re.I,
    )
    said = plan.group("plan").lower()
    what = (
        "the pitch"
        if re.match(r"(pitch|tune|detune|retune|transpose)", said)
        else "a new sound"
        if re.match(r"(swap|replace|change)", said)
        else "saturation"
        if re.match(r"(saturat|distort|excit)", said)
        else "a whole-mix EQ"
    )
    head = f"Yes, and the fader first, not {what}:" if claim else "No, the fader first:"
    return replace(ans, text=f"{head} {ans.text[m.end() :]}")
