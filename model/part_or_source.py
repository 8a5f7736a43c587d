""" "Something round 1k makes my vocal sound boxed in, guitars fault or my mics?": another part and the recording
offered as the two causes of one part's sound.

Why: the judge route led with the part it measured off ("One thing: what is off is 'Acoustic Gtr'"), or said
"Both are fine" of the two parts named, and never picked between the two causes offered. The meters see the mix,
never the mic: when the part blamed covers the other (or sits too loud), that side is named ("The guitars, not your
mics:"); when the part whose sound is described sits too low itself, the part blamed is cleared first; with nothing
measured, the part blamed is cleared and the recording is left to a solo of the raw track, which only the user can
hear."""

from __future__ import annotations

import re

from companion.context import FindingKind, MixContext
from model.focus import Asked, Focus
from model.intent import Wants
from model.phrasing import EXPLAIN_WORDS, MAX_WORDS, Answer, fit
from model.source_or_mix import SOURCE_WORDS
from model.verdict_opening import without_opening

PART_OR_SOURCE = re.compile(
    r"\bor\s+(is it |is that |it's |its |was it )?(just |maybe |only )?(the |my |your |our |a )?(bad |cheap |crappy |crap |old |budget )?"
    rf"(?P<src>(?:{SOURCE_WORDS})s?)\b( problem| issue| thing| fault)?\s*\?*\s*$",
    re.IGNORECASE,
)
"""The recording side offered second, closing the question ("... or my mics?", "or is it just the room?")."""
_WHAT_IS_OFF = re.compile(
    r"^(what is off is|the one off is) '[^']+':\s+|^(Too quiet|Too loud):\s+|^It's '[^']+'(, not '[^']+')?:\s+"
)
"""A label the judge route puts after its opening, naming the part its next sentence names again."""
COVERS = (FindingKind.TRACK_TOO_LOUD, FindingKind.MASKING)
"""What the part blamed does to the other when it is the cause: sits too loud, or covers its range."""


def _named(focus: Focus, before: str) -> list[Asked]:
    """The parts asked that are named before the "or", the one whose sound is described first: the one said as
    the asker's own ("makes my vocal sound boxed", "muddying my vocal"), else the one said first."""
    said = [(before.rfind(a.said.lower()), a) for a in focus.asked if a.tracks and a.said]
    named = [a for at, a in sorted(said, key=lambda x: x[0]) if at >= 0]
    mine = [a for a in named if re.search(rf"\b(my|our) {re.escape(a.said.lower())}\b", before)]
    return [*mine[:1], *(a for a in named if a not in mine[:1])]


def part_or_source(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """``ans`` opened with the cause measured when the question offers another part or the recording as the cause
    of one part's sound; ``ans`` otherwise."""
    intent = focus.intent
    m = PART_OR_SOURCE.search(intent.question)
    if ctx.analysis is None or intent.wants not in (Wants.JUDGE, Wants.WHY) or m is None:
        return ans
    named = _named(focus, intent.question[: m.start()].lower())
    if len(named) < 2:
        return ans  # "is it the vocal or my mic?": one part, the recording side is source_or_mix's
    heard, blamed = named[0], named[-1]
    f = ans.first
    if f is not None and f.kind in COVERS and f.track in {rt.name for rt in heard.tracks}:
        heard, blamed = (
            blamed,
            heard,
        )  # the part measured covering the other is the one blamed, whatever the order
    own = {rt.name for rt in blamed.tracks}
    theirs = {rt.name for rt in heard.tracks}
    src = m["src"].lower()
    body = _WHAT_IS_OFF.sub(
        "", without_opening(without_opening(ans.text)), count=1
    )  # "One thing: what is off..."
    limit = EXPLAIN_WORDS if intent.explain else MAX_WORDS
    if f is not None and f.is_problem and f.track in own and f.kind in COVERS:
        return Answer(fit([f"The {blamed.said}, not your {src}: {body}"], limit), ans.moves, f)
    if f is not None and f.is_problem and f.track in theirs and f.kind is FindingKind.TRACK_TOO_QUIET:
        return Answer(
            fit([f"Not the {blamed.said}, first your {heard.said}'s own level: {body}"], limit), ans.moves, f
        )
    if ans.moves and f is not None and f.is_problem:
        return ans  # a fault elsewhere leads: neither side offered, the answer says what
    part, other = heard.tracks[0], blamed.tracks[0]
    parts = [
        f"Not the {blamed.said}, as far as I can measure: nothing I measured says {other.quoted} covers "
        f"{part.quoted} or sits out of line.",
        f"I can't hear the {src} or the room, only the mix: solo {part.quoted} with its plug-ins bypassed; if it "
        "sounds that way there, it's the recording (mic choice, placement, the room), and a retake beats any EQ.",
    ]
    return Answer(fit(parts, limit, keep=2), ans.moves, f)
