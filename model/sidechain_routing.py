""" "How do i set the bass up to duck a little every time the kick hits? reaper routing n comp settings pls": the
routing in REAPER, named on the session's tracks.

Why: the technique answer gave the settings and what a sidechain does, but not how to wire one in REAPER, which
is the step amateurs get stuck on (the key signal has to reach the compressor's detector, not the track's
output). ReaComp listens to its auxiliary input when its Detector input is set to "Auxiliary Input L+R", and a
send from the key track to channels 3/4 of the ducked track feeds that input (REAPER's ReaComp; the usual
REAPER sidechain routing).
"""

from __future__ import annotations

import re

from companion.knowledge.roles import instrument_role
from model.focus import Focus
from model.intent import Wants

_KEY_HIT = re.compile(
    r"\b(from|to|off|by|with|on|under|when|while|every time|each time|whenever) (the |my |her |his |each )?(lead )?"
    r"(?P<hit>kick|snare|clap|vocal|voice|singer|singing|vox)s?\b",
    re.IGNORECASE,
)
"""The part the duck is keyed from ("every time the kick hits", "duck the pad from the snare", "under my voice")."""
_VOICE = {"voice": "vocal", "singer": "vocal", "singing": "vocal", "vox": "vocal"}


def keyed_from(question: str) -> str | None:
    """The part a sidechain in ``question`` is keyed from ("kick", "snare", "clap", "vocal"), or None when it names
    none."""
    m = _KEY_HIT.search(question)
    return None if m is None else _VOICE.get(m.group("hit").lower(), m.group("hit").lower())


def sidechain_routing(focus: Focus) -> str:
    """The REAPER routing for a sidechain asked how to set up, on the tracks named ("" when the question is no
    how-to, or names no part to duck)."""
    if focus.intent.wants != Wants.HOW_TO:
        return ""
    asked = [a for a in focus.asked if a.tracks]
    hit = keyed_from(focus.intent.question) or "kick"
    keyed = next((a for a in asked if instrument_role(a.word) == hit or a.word == hit), None)
    ducked = next((a for a in asked if a is not keyed), None)
    if ducked is None:
        return ""
    target = ducked.tracks[0].quoted
    roles = {"snare": ("snare",), "clap": ("snare",), "vocal": ("lead_vocal",)}.get(hit, (hit,))
    found = focus.session.by_roles(*roles) if focus.session is not None else []
    # "how do i sidechain the bass?": keyed from the session's kick, named
    fallback = found[0].quoted if found else f"the {hit}"
    key = keyed.tracks[0].quoted if keyed is not None else fallback
    return (
        f"To wire the sidechain in REAPER, put ReaComp on {target} and set its Detector input to Auxiliary Input L+R; "
        f"then on {key} add a send to {target} (its Route button) with the send's destination set to channels 3/4, "
        "which feed that input."
    )
