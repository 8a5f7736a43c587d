"""An echo throw asked for ("how do i set up one of those echo throws on the last word of a line?", "delay only on
the end of each phrase"): the delay on its own send, and only the send turned up for the word to echo.

Why: the question fell to the delay lesson ("Delay repeats a sound after a set time ...") and the tempo's note
lengths, which never says how a throw is made. An engineer names the trick, gives the send track's settings at this
song's tempo, and says how to open the send for one word in REAPER."""

from __future__ import annotations

import re

from companion.context import MixContext
from model.focus import Focus
from model.intent import Wants
from model.phrasing import MAX_WORDS, Answer, fit

THROW_Q = re.compile(
    r"\b(echo|delay|dub|vocal|vox) throws?\b|\bthrow(s|ing)? (it |them )?(of |on |into |to |through |thru )?"
    r"(the |a |some )?(delay|echo)\b|"
    r"\b(delay|echo|repeats?)\b[^?.]{0,60}\b(last|end|final) ([\w'-]+ )?(word|syllable|note|hit|line|phrase)s?\b|"
    r"\b(last|end|final) (word|words|syllable)s?\b[^?.]{0,60}\b(delay|echo)",
    re.IGNORECASE,
)
"""An echo on one word or the end of a line asked for, by its name or by what it does."""


def delay_timing(ctx: MixContext) -> str:
    """The delay time at this song's tempo (a quarter note, or a dotted eighth), or said as note values."""
    bpm = ctx.snapshot.project.tempo_bpm if ctx.snapshot is not None else 0.0
    if bpm <= 0:
        return "a quarter note or a dotted eighth at your tempo"
    quarter = 60000.0 / bpm
    return f"a quarter note ({quarter:.0f} ms at your {bpm:.0f} BPM) or a dotted eighth ({quarter * 0.75:.0f} ms)"


def echo_throw(ctx: MixContext, focus: Focus) -> Answer | None:
    """How to set up an echo throw on this session's voice (or the part asked about); None when none is asked."""
    if focus.intent.wants not in (Wants.HOW_TO, Wants.JUDGE, Wants.WHAT_FIRST):
        return None
    if not THROW_Q.search(focus.intent.question):
        return None
    asked = [rt for a in focus.asked for rt in a.tracks]
    voices = list(focus.session.by_roles("lead_vocal", "backing_vocal")) if focus.session else []
    part = (asked or voices)[:1]
    said = part[0].quoted if part else "the vocal"
    sung = not part or part[0] in voices
    moment = "the last word of the line" if sung else "the hit you want echoed"
    text = fit(
        [
            f"That's an echo throw: the delay sits on its own send, which opens only for {moment}.",
            f"In REAPER, add a track with ReaDelay, wet only, at {delay_timing(ctx)}, feedback 30-40%, high-pass ~300 Hz "
            f"and low-pass ~5 kHz on the repeats; send {said} to it with the send pulled all the way down.",
            f"Show that send's volume envelope (the track's envelope button) and draw it up to around -6 dB over "
            f"{moment}, then straight back down.",
            "Check: the echo should trail into the gap after it, never under what comes next.",
        ],
        MAX_WORDS,
        keep=3,
    )
    return Answer(text, [], None)
