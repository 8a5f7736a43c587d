"""A reverb send asked about ("how loud should my reverb send be on the vocal?", "what predelay on the vocal
verb?", "should i send the vocal to a reverb bus?", "how do i set up a reverb send in reaper?"). No suggestion
card creates or sets a send, and the router answered these with a fader move on the part, a "Yes, most engineers
do" to a number asked, or the reverb lesson. An engineer answers the setting asked in words, with the usual
numbers for the part's role (send level, pre-delay, decay; common practice), then what the session has now on
that track (a reverb on it, a send and its level, or neither), how to set it up in REAPER, and how to check."""

from __future__ import annotations

import re

from companion.context import MixContext
from companion.knowledge.roles import instrument_role
from model.answer_knowledge import settings
from model.focus import Focus
from model.intent import Wants
from model.phrasing import MAX_WORDS, Answer, fit, names
from model.session_view import REVERB_WORDS, RoleTrack

SEND_LEVEL = re.compile(
    r"\bhow (loud|much|high|hot|low)\b[^?.!]{0,30}\bsend\b|\bsend\w* (level|amount|volume)\b|"
    r"\b(level|amount|volume) (of|on) (the |my )?(\w+ )?sends?\b|\bsend\b[^?.!]{0,25}\bhow (loud|much|high|hot)\b|"
    r"\bhow (many|much) db\b[^?.!]{0,30}\b(send|bus|verb|reverb)\b",
    re.IGNORECASE,
)
"""The send's level asked for."""
PREDELAY = re.compile(r"\bpre[- ]?delay\b", re.IGNORECASE)
DECAY = re.compile(
    r"\b(decay|reverb time|rt ?60|tail)\b|\bhow long\b[^?.!]{0,25}\b(reverb|verb)\b", re.IGNORECASE
)
SEND = re.compile(
    r"\b(send|sends|sending|sent)\b|\b(reverb|verb|fx|effects?) (bus|buss|aux|return|track)\b|\baux\b|"
    r"\bgo (to|into|through) (the |a |my )?(reverb|verb)\b",
    re.IGNORECASE,
)
"""A send, a reverb bus or return named: the routing asked about, not only the reverb."""
BLAMED = re.compile(
    r"\b(is|was|could) (it|that|this)( be)? (my|the|our|a|from)\b[^?.!]{0,25}\b(send|bus|buss|return|aux|reverb|verb)",
    re.IGNORECASE,
)
"""The send or the reverb guessed as the cause of a symptom, not asked how to set."""

PREDELAY_MS: dict[str, tuple[str, str]] = {
    "lead_vocal": ("20-40 ms", "so each word lands dry before the space blooms behind it"),
    "backing_vocal": ("10-20 ms", "less than the lead, so the harmonies sit behind it"),
    "snare": ("10-20 ms", "so the crack stays sharp in front of the tail"),
}
"""Pre-delay by role (common practice); any other part: 10-30 ms."""
SEND_DB: dict[str, tuple[float | None, float]] = {
    "lead_vocal": (-20.0, -15.0),
    "backing_vocal": (-15.0, -10.0),
    "snare": (-18.0, -12.0),
    "kick": (None, -20.0),
    "bass": (None, -20.0),
}
"""Where a send to a shared reverb usually starts, by role (low, high dB; common practice); any other part: -18 to
-12 dB. None as the low end: as low as you like, or none."""
OTHER_SEND_DB = (-18.0, -12.0)
DRY_ROLES = frozenset({"kick", "bass", "sub_bass"})
"""The low-end parts a reverb would smear: sent little or not at all."""
REAPER_SETUP = (
    "In REAPER: add a new track with ReaVerbate (or ReaVerb) at 100% wet and no dry, then drag from the route "
    "button of {track} onto it (or Route > Add new send); high-pass that return at 150-300 Hz."
)
CHECK = (
    "Mute the return for a bar and bring it back: you should miss the space, and the part should stay clear."
)


def _role(focus: Focus) -> tuple[str | None, list[RoleTrack]]:
    tracks = [rt for a in focus.asked for rt in a.tracks]
    if tracks:
        return tracks[0].role, tracks
    word = next((a.word for a in focus.asked), None)
    return (instrument_role(word) if word else None), [a.inside for a in focus.asked if a.inside is not None]


def _says(span: tuple[float | None, float]) -> str:
    """ "-15 to -20 dB", "-20 dB or lower"."""
    lo, hi = span
    return f"{hi:.0f} dB or lower" if lo is None else f"{hi:.0f} to {lo:.0f} dB"


def _state(tracks: list[RoleTrack], span: tuple[float | None, float]) -> tuple[str, bool]:
    """What the session has now (a send to a reverb and its level against the usual start, a reverb plug-in on
    the track, or neither), and whether a reverb is already set up."""
    if not tracks:
        return "", False
    rt = tracks[0]
    sends = [s for s in rt.track.sends if not s.mute]
    verb_sends = [s for s in sends if any(w in s.dest_name.lower() for w in REVERB_WORDS)]
    inserts = [
        f.name.split(" (")[0]
        for f in rt.track.fx
        if f.enabled and any(w in f.name.lower() for w in REVERB_WORDS)
    ]
    if verb_sends:
        s = verb_sends[0]
        if s.volume_db is None:
            return f"Now {rt.quoted} sends to '{s.dest_name}'.", True
        lo, hi = span
        where = (
            f", {s.volume_db - hi:.1f} dB hotter than that start"
            if s.volume_db > hi + 0.5
            else f", {(lo if lo is not None else hi) - s.volume_db:.1f} dB under that start"
            if lo is not None and s.volume_db < lo - 0.5
            else ", inside that range"
        )
        return f"Now {rt.quoted} sends to '{s.dest_name}' at {s.volume_db:.1f} dB{where}.", True
    if inserts:
        return (f"Now {rt.quoted} has {inserts[0]} on the track itself (an insert), not a send: its wet knob does the "
                "send's job there."), True  # fmt: skip
    if sends:
        return f"Now {rt.quoted} sends only to {names([s.dest_name for s in sends], 2)}, no reverb.", False
    return f"Now {rt.quoted} has no reverb and no sends.", False


def send_craft(ctx: MixContext, focus: Focus) -> Answer | None:
    """The send setting asked, in words with its usual numbers for the part, the session's state and the REAPER
    steps; None when the question is not about a reverb send, its pre-delay or its decay."""
    intent = focus.intent
    q = intent.question
    level, pre, decay = SEND_LEVEL.search(q), PREDELAY.search(q), DECAY.search(q)
    if intent.technique != "reverb" or (intent.complaint is not None and not level) or BLAMED.search(q):
        return None  # "keys way too big, is it my reverb send?": a cause guessed, which its own route judges
    level, pre, decay = SEND_LEVEL.search(q), PREDELAY.search(q), DECAY.search(q)
    if not (level or pre or decay or SEND.search(q)):
        return None
    role, tracks = _role(focus)
    if intent.instruments and not tracks:
        return None  # a part named that the session lacks: the missing-part answer says so
    who = tracks[0].quoted if tracks else "the part"
    pd, pd_why = PREDELAY_MS.get(role or "", ("10-30 ms", "so the part's front edge stays clear of the tail"))
    span = SEND_DB.get(role or "", OTHER_SEND_DB)
    send_db = _says(span)
    decay_text = settings("reverb", role, ctx)
    asked: list[str] = []
    if level:
        asked.append(f"Start the send on {who} around {send_db} (common practice), then set it by ear with the "
                     "whole mix playing: up until you hear the space, then back it off 2-3 dB.")  # fmt: skip
    if pre:
        asked.append(f"About {pd} of pre-delay on {who} (common practice), {pd_why}.")
    if decay:
        asked.append(decay_text)
    if not asked and intent.wants == Wants.HOW_TO:  # "how do i set up a reverb send?": the steps first
        asked.append(REAPER_SETUP.format(track=who))
        asked.append(f"Start the send around {send_db}, {pd} of pre-delay (common practice).")
    elif not asked:  # "should i send the vocal to a reverb bus?": the routing, yes or (the low end) hardly
        if role in DRY_ROLES:
            asked.append(f"Little or none: reverb smears the low end, so most engineers keep {who} dry, or send it "
                         "at -20 dB or lower to a short room (common practice).")  # fmt: skip
        else:
            asked.append(f"Yes, a send to a shared reverb bus is the usual way: {who} and the rest of the band sit "
                         f"in one room. Start the send around {send_db}, {pd} of pre-delay (common practice).")  # fmt: skip
        asked.append(decay_text)
    setup = REAPER_SETUP.format(track=who)
    state, set_up = _state(tracks, span)
    parts = [*asked, state, "" if setup in asked or set_up else setup, CHECK]
    return Answer(fit([p for p in parts if p], MAX_WORDS, keep=len(asked)), [], None)
