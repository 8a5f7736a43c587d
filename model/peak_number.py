""" "How much headroom do i have?", "whats my true peak", "whats the peak level": the master's peak number asked
for, said first, then what it means against the ceiling streaming services ask for.

Why: "how much headroom" read as a how-much on a move and got "There's no amount to give: nothing in the numbers
needs fixing ... If you still want to try the upper mids" with an EQ card on the vocal, and "whats my true peak"
opened on the LUFS. The number asked is on the meter: the true peak's distance under 0 dBFS is the headroom.
"""

from __future__ import annotations

import math
import re

from companion.context import Analysis, MixContext
from companion.knowledge.targets import LOUDNESS_TARGETS
from model.focus import Focus
from model.loudness_aim import PEAK_SLACK_DB, loudness_aim
from model.phrasing import Answer

ASKED = re.compile(
    r"\b(how much|how many|what'?s|whats|wats|what is|what are|tell me|how high|how close|where)\b[^?.!]{0,30}?"
    r"\b(?P<what>head ?room|true[- ]?peaks?|peak (level|meter|reading)s?|peaks?|ceiling)\b|"
    r"^\W*(?:(?:so|ok|and)\s+)?(?:my\s+|the\s+)?(?P<bare>head ?room|true[- ]?peak)\W*$|"
    r"\bhow (close|near|far)\b[^?.!]{0,25}?\b(?P<room>clip\w*|0 ?dbf?s?|zero|full scale|the red)\b",
    re.IGNORECASE,
)
"""The master's peak (or its headroom) asked for as a number, no part named."""
CEILING_DBTP = -1.0
"""The true-peak ceiling Spotify, Apple Music and YouTube ask a master to stay under."""


SET_ASKED = re.compile(
    r"\b(where|what)\b[^?.!]{0,30}\b(set|put|go|should|do i|to use)\b|\bset (my |the |a |your )?(limiter'?s? )?ceiling\b",
    re.IGNORECASE,
)
"""The limiter's ceiling asked as a setting ("where do i set the limiter ceiling"), not the peak it reads."""


def _ceiling_setting(question: str, a: Analysis) -> Answer:
    """The ceiling to set (the platform named, else Spotify), with the master's peak now; the loudness to land
    on too when the question asks it ("... n what lufs should i land on")."""
    low = question.lower()
    t = next(
        (t for t in LOUDNESS_TARGETS.values() if t.name in low or t.said.lower() in low),
        LOUDNESS_TARGETS["spotify"],
    )
    ceiling = (
        f"Set the limiter's ceiling to {t.true_peak_max_dbtp:g} dBTP with its true-peak mode on: that's what "
        f"{t.said} asks a master to stay under."
    )
    if re.search(r"\blufs\b|\bloud(er|ness)?\b", low):  # the level to land on asked too
        aim = loudness_aim(t, a)
        return Answer(f"{ceiling} {aim.text}", aim.moves, None)
    where = (
        "under it" if a.true_peak_dbtp <= t.true_peak_max_dbtp + PEAK_SLACK_DB else "over it, so set it now"
    )
    return Answer(f"{ceiling} Your master peaks at {a.true_peak_dbtp:.1f} dBTP now, {where}.")


def peak_number(ctx: MixContext, focus: Focus) -> Answer | None:
    """The true peak (or the headroom it leaves) first, then against the streaming ceiling; None for any other
    question, a part named, or no clip measured."""
    m = ASKED.search(focus.intent.question)
    a = ctx.analysis
    if m is None or a is None or focus.intent.instruments or not math.isfinite(a.true_peak_dbtp):
        return None
    tp, what = a.true_peak_dbtp, (m.group("what") or m.group("bare") or "").lower()
    what = "headroom" if m.group("room") else what  # "how close am i to clipping": the room left
    if what == "ceiling" and SET_ASKED.search(focus.intent.question):
        return _ceiling_setting(focus.intent.question, a)
    if "head" in what:
        head = (
            f"{-tp:.1f} dB: the true peak reaches {tp:.1f} dBTP, so that is how far the loudest moment sits under "
            "digital full scale."
            if tp < 0
            else f"None: the true peak reaches {tp:+.1f} dBTP, at or over digital full scale."
        )
    else:
        head = f"{tp:.1f} dBTP true peak (the sample peak reads {a.sample_peak_dbfs:.1f} dBFS)."
    if a.clipped_samples > 0 or tp >= 0:
        said = (
            f"That clips: {a.clipped_samples} samples hit full scale. Pull the master (or the limiter's output "
            f"ceiling) down until the true peak reads {CEILING_DBTP:.0f} dBTP."
        )
    elif tp > CEILING_DBTP:
        said = (
            f"That's above the {CEILING_DBTP:.0f} dBTP ceiling streaming services ask for, so their encoding can "
            f"clip it: set your limiter's ceiling to {CEILING_DBTP:.0f} dBTP."
        )
    else:
        said = (
            f"That's under the {CEILING_DBTP:.0f} dBTP ceiling streaming services ask for, so the peaks need "
            f"nothing; the loudness reads {a.integrated_lufs:.1f} LUFS integrated."
        )
    return Answer(f"{head} {said}")
