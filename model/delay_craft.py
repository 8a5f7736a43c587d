""" "How do i put a bit of delay on my vocal so it sounds bigger without the echoes cluttering the words? what
would u set in reaper": a delay asked how, with settings.

Why: the question fell to the size wish ("add 2 dB around 190 Hz"), which never says delay, or to the delay lesson
and the tempo's note lengths, which never say how to set one up. An engineer puts the delay on a send, gives its
time at this song's tempo, its feedback and filters, the send level, and how to keep the repeats out of the words
(ducking it from the vocal), then how to check.
"""

from __future__ import annotations

import re

from companion.context import MixContext
from model.echo_throw import THROW_Q, delay_timing
from model.focus import Focus
from model.intent import Wants
from model.phrasing import MAX_WORDS, Answer, fit

DELAY_HOW = re.compile(
    r"\b(delay|echo|echoes|slap ?back|ping[- ]?pong)\b",
    re.IGNORECASE,
)
_TIME_ONLY = re.compile(
    r"\bwhat (delay )?(time|timing|length)\b|\bhow (many|much) (ms|milliseconds)\b|\bwhat ms\b|\bhow long\b",
    re.IGNORECASE,
)
"""Only the delay's time asked: answered with the note lengths at the song's tempo, not the whole send."""
_CLUTTER = re.compile(
    r"\b(clutter\w*|mess\w*|smear\w*|mud\w*|wash\w*|get in the way|step(s|ping)? on|blur\w*|cloud\w*|mush\w*)\b",
    re.IGNORECASE,
)
"""The repeats feared to cover the words: the ducking is the answer to that."""


def delay_craft(ctx: MixContext, focus: Focus) -> Answer | None:
    """A delay send set up on the asked part (the vocal by default) with settings; None unless a delay is asked
    how to set up (an echo throw has its own route)."""
    intent = focus.intent
    if intent.wants != Wants.HOW_TO or intent.technique != "delay" or THROW_Q.search(intent.question):
        return None
    if not DELAY_HOW.search(intent.question) or _TIME_ONLY.search(intent.question):
        return None  # "what delay time for the vocal": the note lengths at the tempo, the delay lesson's own answer
    asked = [rt for a in focus.asked for rt in a.tracks]
    voices = list(focus.session.by_roles("lead_vocal")) if focus.session else []
    part = (asked or voices)[:1]
    said = part[0].quoted if part else "the vocal"
    duck = (
        f"To keep the echoes off the words, duck them: ReaComp on the delay track, keyed by a second send from "
        f"{said} to channels 3/4 ('Auxiliary' detector), 4:1, release ~200 ms, so repeats bloom in the gaps."
    )
    # a slapback is one short repeat, not a note-length echo
    slap = re.search(r"\bslap ?-?back\b", intent.question, re.IGNORECASE) is not None
    timing = "90-120 ms (a slapback: one short repeat)" if slap else delay_timing(ctx)
    feedback = "0-10%" if slap else "15-25%"
    text = fit(
        [
            f"Put the delay on a send, not on the track: add a track with ReaDelay, wet only, at "
            f"{timing}, feedback {feedback}, high-pass ~300 Hz and low-pass ~5 kHz on the repeats.",
            f"Send {said} to it at around -18 dB, just loud enough to miss when muted.",
            duck if _CLUTTER.search(intent.question) else "",
            "Check: mute and unmute the send; it should sound bigger, and every word should stay as clear as dry.",
        ],
        MAX_WORDS,
        keep=3,
    )
    return Answer(text, [], None)
