""" "Is the vocal on top of the band?", "is the vocal louder than everything else?": one part ranked against all
the others, answered by the meters.

Why: "the band" is no part, so the ranking route (``model.louder_than``) let it pass and the track route read it as
"is the vocal too loud?": "No: nothing I measured says 'Lead Vocal' is too loud", a no to a vocal that is the
loudest track in the session. An engineer answers the ranking asked: where the part sits against the loudest of
the rest, then a level fault on it with its move.
"""

from __future__ import annotations

import re

from companion.context import MixContext
from model.evidence import TRACK_LEVEL_KINDS
from model.focus import Focus
from model.intent_forms import MOVE_OR_ENOUGH
from model.level_gap import level_meter
from model.louder_than import ASKED_CLAUSE
from model.loudest_part import session_parts
from model.moves import level_move
from model.phrasing import MAX_WORDS, Answer, first_sentence, fit, lower_first

OVER_ALL = re.compile(
    r"\b(on top of|above|over|louder than|ahead of|in front of|out front of)\s+"
    r"(the |my |all the |everything|every ?thing)?\s*(band|everything( else)?|the rest( of (it|the (mix|band|song)))?|"
    r"rest of (it|the (mix|band|song))|mix|music|beat|instruments|others|other (tracks|parts|instruments))?\s*\??\s*$",
    re.IGNORECASE,
)
"""The part held against everything else, said at the end ("on top of the band?", "louder than everything else")."""
ON_TOP = re.compile(
    r"\b(sits?|sitting|is|'s|be|riding|rides?)? ?(on top|up top|out front)( now)?\s*\??\s*$", re.IGNORECASE
)
"""The ranking said bare ("does the vocal sit on top?", "vocal on top now?"): on top of everything else."""
NOT_THIS = re.compile(
    r"\b(too|much|hear|ok|okay|fine|alright|sitting|should|how|why|pasted|stuck)\b", re.IGNORECASE
)
"""A claim, an audibility or state question, a norm or a how-to: their own routes answer them."""


def over_the_band(ctx: MixContext, focus: Focus) -> Answer | None:
    """Where one part sits against the loudest of the others, then its level fault with the move; None when the
    question is no such ranking."""
    q = focus.intent.question
    m = OVER_ALL.search(q)
    ranked = m is not None and bool(m.group(2) or m.group(3))
    if ctx.analysis is None or focus.session is None or not (ranked or ON_TOP.search(q)):
        return None
    # asked with its verb ("is the vocal on top of the band?") or rising without it ("vocal sits on top now?")
    if NOT_THIS.search(q) or not (ASKED_CLAUSE.match(q) or q.rstrip().endswith("?")):
        return None
    found = [a for a in focus.asked if a.tracks and not a.stand_in]
    if len(found) != 1:
        return None
    own = found[0].tracks
    names = {rt.name for rt in own}
    rest = tuple(rt for rt in session_parts(focus) if rt.name not in names)  # parts, not buses or returns
    part, top = level_meter(ctx, own), level_meter(ctx, rest) if rest else None
    if part is None or top is None:
        return None
    (rt, v), (other, w) = part, top
    # "do i need to ride it up or is it loud enough on top?": a yes would take the ride; the side named instead
    yes = "It's loud enough, on top" if MOVE_OR_ENOUGH.search(q) else "Yes, on top"
    if v >= w:
        head = (
            f"{yes}: {rt.quoted} is the loudest track at {v:.1f} LUFS, with a {v - w:.1f} dB gap to the next, "
            f"{other.quoted} ({w:.1f} LUFS)."
        )
    else:
        head = f"No, not on top: {rt.quoted} reads {v:.1f} LUFS, under {other.quoted} at {w:.1f} LUFS, the loudest track."
    fault = max(
        (f for f in ctx.problems if f.kind in TRACK_LEVEL_KINDS and f.track in names),
        key=lambda f: f.severity,
        default=None,
    )
    if fault is None:
        return Answer(f"{head} Nothing I measured says its level is out of line, so I'd leave it.")
    move = level_move(fault, focus.session)
    said = f"And it's off: {lower_first(first_sentence(fault.summary))}"
    return Answer(fit([head, said, move.try_text, move.check_text], MAX_WORDS, keep=3), [move], fault)
