"""A part guessed as the cause beside the part complained about ("drums feel weak, is it the kick?", "vocal
gets lost, could it be the organ?"): when what was measured is on another part, the answer opens by saying it is
not the part guessed ("Not 'Kick':"), then names the one measured, instead of a "Yes" that reads as agreeing
with the guess; when the guess is right, a yes that names it, not a "Not really" about the part complained of."""

from __future__ import annotations

import re

from companion.context import Finding
from model.focus import Asked, Focus
from model.phrasing import names

TAIL = re.compile(
    r"\b(is|was|could|might|would)( it| that| this)( be)?( just| maybe| really| actually)?( because of| from)? "
    r"(the |my |those |these |that )?(?P<part>[\w' -]{2,30}?)\s*\?*\s*$",
    re.IGNORECASE,
)
"""The question's closing guess: "..., is it the kick?", "could it be my organ"."""


def guessed_part(focus: Focus) -> Asked | None:
    """The part named in the closing guess, when the question names another part too (one named alone is the
    part asked about, answered as such)."""
    found = [a for a in focus.asked if a.found]
    m = TAIL.search(focus.intent.question)
    if len(found) < 2 or m is None or re.search(r"\bor\s*$", focus.intent.question[: m.start()], re.I):
        return None  # "is the bass too low or is it the kick?": an either/or, answered as one
    tail = m.group("part").lower()
    return next((a for a in found if re.search(rf"\b{re.escape((a.said or a.word).lower())}\b", tail)), None)


def not_the_part(focus: Focus, first: Finding | None) -> str | None:
    """ "Not 'Kick':" when the measured fault ``first`` is on a track other than the part guessed; "Yes, it's
    'Organ':" when the guess is right (the fault is a problem on the part guessed)."""
    a = guessed_part(focus)
    if a is None or first is None or first.track is None:
        return None
    tracks = [rt.name for rt in a.tracks] + ([a.inside.name] if a.inside else [])
    if not tracks:
        return None
    if first.track in tracks:
        return f"Yes, it's {first.track!r}:" if first.is_problem else None
    return f"Not {names(tracks, 4)}:"
