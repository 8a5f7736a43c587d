""" "What compressor settings for the drum bus?": glue on the kit as a group, not one drum's own compressor.

Why: "drum bus" resolved to the first drum track, so the answer quoted the kick's MixologyDB medians ("On kick drums,
engineers ran a median 3.9:1, attack 17.4 ms") and the kick's missing compressor, for a question about the whole
kit. An engineer gives bus glue (gentle ratio, an attack slow enough to keep each hit's front, a release timed to the
groove, 2-3 dB of gain reduction) and says where it goes in this session: the kit track when the drums are one
stem, else a folder track over the drum tracks, with ReaComp on it.
"""

from __future__ import annotations

import re

from companion.context import MixContext
from model.answer_quality import QUALITIES
from model.focus import Focus
from model.intent import Wants
from model.phrasing import MAX_WORDS, Answer, fit, names

DRUM_BUS = re.compile(r"\b(drums?|kit) ?bus+(es)?\b|\bdrum (group|sub-?mix|folder)\b", re.IGNORECASE)
"""The drums as one group ("drum bus", "drum buss", "kit bus", "drum group")."""
_KIT_ROLES = ("kick", "snare", "hihat", "toms", "overheads", "room", "percussion")
_GLUE = next(q for q in QUALITIES if q.name == "glue")


def drum_bus_comp(ctx: MixContext, focus: Focus) -> Answer | None:
    """Bus compression for the kit and where to put it; None unless compression on the drum bus is asked how."""
    intent = focus.intent
    if intent.technique != "compression" or not DRUM_BUS.search(intent.question) or focus.session is None:
        return None
    if intent.wants not in (Wants.HOW_TO, Wants.HOW_MUCH):
        return None  # "should i compress the drum bus?" asks a yes or no, which the technique route gives
    tracks = focus.session.tracks
    bus = next((rt for rt in tracks if rt.role == "drum_bus"), None)
    kit = [rt.name for rt in tracks if rt.role in _KIT_ROLES]
    drums = {*kit, *([bus.name] if bus is not None else [])}
    if any(f.track in drums for f in ctx.problems if not f.is_lean):
        return None  # "comp the drum bus?" with the snare 10 dB up: that fader first, as the track route says
    if bus is not None:
        comp = bus.track.find_fx("comp")
        where = (
            f"Your drums are one track, {bus.quoted}: put ReaComp on it"
            if comp is None
            else f"Your drums are one track, {bus.quoted}, and it has {comp.name.split(' (')[0]} already: set it so"
        )
    elif any(rt.role in _KIT_ROLES[:-1] for rt in tracks):
        where = (
            f"Your drums are separate tracks ({names(kit, 4)}): in REAPER, insert a track above them, make it their "
            "folder (or send each to it) and put ReaComp there"
        )
    else:  # "drum bus" with only a shaker: no kit to glue
        only = f" (only {names(kit, 4)})" if kit else ""
        where = f"There is no drum kit in this session{only}, so there is no drum bus to set yet"
    check = "" if where.startswith("There is no") else _GLUE.check  # no kit: nothing to bypass
    text = fit([_GLUE.why, f"{where}.", check], MAX_WORDS, keep=2)
    return Answer(text, [], None)
