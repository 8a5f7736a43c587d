""" "and if i don't want to touch the piano?", "can i fix it without moving the vocal?": the fader fault's own move
declined by the asker.

Why: the route answered the part's level again ("Yes: 'Piano' sits about 9 dB louder ... Bring the fader on
'Piano' down"), the very move they said they would rather not make. Balance is relative, so an engineer gives the
same balance the other way round: every other fader by the same amount (REAPER moves a selection of faders
together), then the master back by that amount so the loudness stays where it was."""

from __future__ import annotations

import re

from companion.context import FindingKind, MixContext
from model.focus import Focus
from model.moves import FADER_CHECK, fader
from model.phrasing import EXPLAIN_WORDS, MAX_WORDS, Answer, first_sentence, fit, lower_first
from model.recipes import Move, recipe
from model.session_view import RoleTrack
from model.settings_level import level_fault

UNTOUCHED = re.compile(
    r"\b(if|what if|say|suppose) (i|we)( really)?( don'?t| do not| dont| can'?t| cannot| would rather not|'d rather not|"
    r" rather not) (want to |wanna )?(touch|move|change|lower|pull|turn|mess with|adjust|ride)\b|"
    r"\bwithout (touching|moving|changing|lowering|raising|pulling|turning|messing with) (the|my|its|their)\b",
    re.IGNORECASE,
)
"""The part's own move declined ("if i don't want to touch the piano", "without moving the vocal")."""


def untouched_part(ctx: MixContext, focus: Focus) -> Answer | None:
    """The same balance made with every other fader, when the asker declines the move on a part measured at the
    wrong level; None otherwise."""
    if ctx.analysis is None or focus.session is None or not UNTOUCHED.search(focus.intent.question):
        return None
    fault = level_fault(ctx, focus)
    if fault is None:
        return None
    sugg = next((s for s in recipe(fault, focus.session).suggestions if "delta_db" in s.params), None)
    tops = _top_level(focus.session.tracks)
    if sugg is None or fault.track not in {rt.name for rt in tops}:
        return None  # a part inside a folder: moving "every other" top fader would move it too
    loud = fault.kind is FindingKind.TRACK_TOO_LOUD
    delta = -float(sugg.params["delta_db"])  # the others go the other way by the same amount
    why_card = f"the same balance as moving {fault.track!r}, with {fault.track!r} left where it is"
    cards = [fader(rt, delta, why_card) for rt in tops if rt.name != fault.track and not rt.track.mute]
    if not cards:
        return None
    size = abs(cards[0].suggestions[0].params["delta_db"])
    others, master = ("up", "down") if loud else ("down", "up")
    head = (
        f"You can, with every other fader instead: leave {fault.track!r} where it is and bring the others "
        f"{others} about {size:g} dB (select them all and drag one, REAPER moves them together), then the master "
        f"{master} by the same amount so the loudness stays put."
    )
    why = f"It's the same balance either way: {lower_first(first_sentence(fault.summary))}"
    move = Move(head, FADER_CHECK, [c.suggestions[0] for c in cards])
    limit = EXPLAIN_WORDS if focus.intent.explain else MAX_WORDS
    return Answer(fit([head, why, FADER_CHECK], limit, keep=2), [move], fault)


def _top_level(tracks: list[RoleTrack]) -> list[RoleTrack]:
    """The tracks outside any folder, in order (a folder's fader moves its children, so they are not moved
    twice). REAPER's folder depth: 1 opens a folder, a negative value closes that many after the track."""
    out: list[RoleTrack] = []
    level = 0
    for rt in sorted(tracks, key=lambda t: t.track.index):
        if level == 0:
            out.append(rt)
        level = max(0, level + rt.track.folder_depth)
    return out
