"""A ringing part asked about ("is the snare too ringy", "how do i stop the toms ringing", "the kick has this
boingy ring"): a narrow resonance the mix cannot show, found by ear and cut on the part, or shortened.

Why: "ringy" names no tone kind, so the router judged the part's level ("It's fine: nothing I measured says
'Snare' is out of line"), which says nothing about a ring. A ring is one narrow frequency sustaining after the hit;
the seven bands measured here are far too wide to see it, so an engineer says so and gives the two usual fixes on
the part's own track: find the ring with a narrow sweep and dip it, or shorten the tail with a gate."""

from __future__ import annotations

import re

from companion.context import MixContext
from model.evidence import track_evidence
from model.focus import Focus
from model.intent import Wants
from model.phrasing import MAX_WORDS, Answer, fit

RING = re.compile(r"\b(ring(y|ier|ing|s)?|rings? out|boing\w*|resonan(t|ce|ces)|overtones?)\b", re.IGNORECASE)
"""A part's ring, in an amateur's words."""
EARS = re.compile(r"\b(ears?|head|tinnitus)\b", re.IGNORECASE)
"""The listener's own ringing ("my ears are ringing"), not a part's."""
CANT_SEE = (
    "A ring is one narrow frequency hanging on after the hit, and my bands are too wide to see it in the mix."
)
SWEEP = (
    "To find it on {track}: a narrow ReaEQ band (Q ~8, +10 dB), swept slowly between about 150 Hz and 1 kHz until "
    "the ring jumps out, then turn that band into a 3-6 dB cut."
)
SHORTEN = "Or shorten it: a gate on {track} (ReaGate, release about 100-200 ms) closes after each hit."
CHECK = "Check: the hit should keep its body, with the tone gone after it."


def part_ring(ctx: MixContext, focus: Focus) -> Answer | None:
    """The way to find and tame a part's ring; None when no ring on a part in the session is asked about."""
    intent = focus.intent
    if not intent.instruments or intent.technique not in (None, "eq", "gating") or focus.missing:
        return None
    if EARS.search(intent.question):
        return None  # "my ears are ringing, are the hats too loud?": the listener's ears, a level question
    if not RING.search(intent.question) or intent.wants not in (Wants.JUDGE, Wants.HOW_TO, Wants.WHAT_FIRST):
        return None
    tracks = [rt for a in focus.asked for rt in a.tracks if a.how != "inside"]
    if not tracks:
        return None
    names = {rt.name for rt in tracks}
    if any(f.track in names for f in ctx.problems if not f.is_lean):
        return None  # a part at the wrong level: that fader first, the route's answer
    track = tracks[0].quoted
    head = (
        f"I can't tell from the mix: {CANT_SEE[0].lower()}{CANT_SEE[1:]}"
        if intent.wants == Wants.JUDGE
        else CANT_SEE
    )
    if intent.wants == Wants.JUDGE and intent.complaint in ("loud", "quiet"):
        # "it rings out ... is it poking out too much?": the level asked too, measured in place, said first
        way = "loud" if intent.complaint == "loud" else "low"
        meter = track_evidence(ctx, tracks[0]).measured_level()
        said = f" ({meter})" if meter else ""
        head = (
            f"No: nothing I measured says {track} is too {way}{said}. The ring is another matter: "
            f"{CANT_SEE[0].lower()}{CANT_SEE[1:]}"
        )
    parts = [head, SWEEP.format(track=track), SHORTEN.format(track=track), CHECK]
    return Answer(fit(parts, MAX_WORDS, keep=3))
