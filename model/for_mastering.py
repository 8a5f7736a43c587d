"""A mix about to go to mastering ("should i put a limiter on the master before sending to mastering?", "im
sending this to a mastering engineer, should the limiter stay on?", "how much headroom should i leave for
mastering?"): the hand-off, not the streaming loudness.

Why: these got the streaming verdict ("Not to get louder: ... sits fine for Spotify") or the limiter lesson, neither
of which says what a mastering engineer asks for. Mastering engineers and services say the same thing: take off
what is there only for loudness (a limiter, a clipper), keep a bus compressor that is part of the sound, keep the
peaks clear of 0 dBFS (3-6 dB under is the usual advice, SoundCloud's mastering help; the exact figure matters
little in 24-bit), and when unsure send both versions. The answer says that, then what this mix's meters and the
master's chain show.
"""

from __future__ import annotations

import re

from companion.context import MixContext
from model.focus import Focus
from model.intent import asks_yes_no
from model.phrasing import MAX_WORDS, Answer, capital, fit

FOR_MASTERING = re.compile(
    r"\b(before|for|to|into|ahead of|prior to)\s+(the\s+|a\s+|my\s+)?(mastering|master(ing)? engineer|"
    r"mastering engineer|mastering house|mastering service|landr|mastering stage)\b|"
    r"\b(send|sending|sent|hand|handing|bounce|bouncing|export|exporting|deliver|delivering)\b[^?.!]{0,30}"
    r"\b(mastering|mastered by|master(ing)? engineer)\b|"
    # "how much headroom do mastering guys want?": the people who master it, named
    r"\bmastering (guy|guys|engineers?|house|person|people|folks|service)\b",
    re.IGNORECASE,
)
"""The mix said to be on its way to mastering (by someone, or a service), not mastered here."""
HANDOFF_ASKED = re.compile(
    r"\b(limit\w*|headroom|clip\w*|peak\w*|level|loud\w*|how (hot|loud))\b", re.IGNORECASE
)
"""What the hand-off question asks about: the limiter, the headroom, the level it leaves at."""
PEAK_ROOM = (-6.0, -3.0)
"""Where the mix's peaks usually sit for mastering, in dBFS (SoundCloud's mastering help; common advice)."""


def for_mastering(ctx: MixContext, focus: Focus) -> Answer | None:
    """What to hand a mastering engineer, with this mix's peaks and the master's limiter; None when the question
    is not about sending the mix to mastering."""
    q = focus.intent.question
    a = ctx.analysis
    if a is None or not FOR_MASTERING.search(q) or not HANDOFF_ASKED.search(q):
        return None
    lo, hi = PEAK_ROOM
    limiter = focus.session.master_has_limiter() if focus.session else False
    peaks = f"peaks {abs(hi):g}-{abs(lo):g} dB under digital full scale"
    why = (
        "loudness is the mastering engineer's job, and they get more out of a mix no limiter has already "
        "flattened; a bus compressor that is part of your sound can stay."
    )
    if re.search(r"\blimit", q, re.IGNORECASE):  # "should the limiter stay on?", "keep it on or off?"
        verdict = "Off" if re.search(r"\b(on or off|off or on)\b", q, re.IGNORECASE) else "No"
        lead = [f"{verdict}: take the limiter off (bypass it) before you bounce for mastering: {why}",
                f"Keep the {peaks}: the usual advice."]  # fmt: skip
    elif asks_yes_no(focus.intent):  # "should i leave headroom for the mastering engineer?"
        lead = [f"Yes: {peaks} and no limiter on the master.", capital(why)]
    else:  # "how much headroom should i leave?"
        lead = [f"{capital(peaks)} and no limiter on the master is the usual advice.", capital(why)]
    peak = a.sample_peak_dbfs
    state = f"Yours peak at {peak:.1f} dBFS ({a.true_peak_dbtp:.1f} dBTP true peak)"
    if limiter:  # its peaks rise once it is off, so the room is set after it goes
        state += ", with a limiter on the master now: bypass it, then set the master fader so the peaks land there."
    elif peak > hi:
        down = round((peak - lo + peak - hi) / 2 * 2) / 2  # to the middle of the usual room, in half dB
        state += f": pull the master fader down about {down:g} dB (or trim before the master's plug-ins)."
    else:
        state += ", already in that room."
    both = "Unsure whether the mix leans on the limiter? Send both versions, limited and not."
    parts = [*lead, state, both]
    return Answer(fit(parts, MAX_WORDS, keep=3), [], None)
