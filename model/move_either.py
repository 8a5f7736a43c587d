""" "Should the vocal come up or the guitars go down?": a choice of two moves on two parts, answered by picking.

Why: a should-question reads as a yes/no, so an either/or of two moves got "Yes:" above the move on one part, a
yes that agrees with both sides at once. An engineer picks the side the measurement backs ("'Lead Vocal' up,
not 'Gtr L' down:"), or says "Neither" when the part picked must go the other way, or neither part is off (then
what is off, if anything is). The body is the measured finding and its recipe. A side may be every other track
("turn the vocal up or the band down?": the part of the band that is off is named, "'Horns' down, not 'Lead
Vocal' up:") or the asker's own part said as "me" when the question names it as "my ..." elsewhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from companion.context import Finding, FindingKind, MixContext
from model.asked_direction import asked_way
from model.focus import Asked, Focus
from model.intent_forms import ASKER, ASKER_MOVED
from model.pair_sides import split_sides
from model.phrasing import EXPLAIN_WORDS, MAX_WORDS, Answer, capital, first_sentence, fit, lower_first
from model.recipes import RECIPES, recipe
from model.verdict_opening import opening

MOVE_ASKED = re.compile(
    r"^\s*(so |ok |okay |and |but )?(should|shall|do|would|could|can|must)\b|"
    # "turn me up or the band down?": the two moves said as bare imperatives
    r"(^|[,;.?!]\s*)(just )?(turn|bring|push|pull|raise|lower|drop|nudge|boost)\b",
    re.IGNORECASE,
)
"""A move asked about ("should the vocal come up ..."), not a cause guessed ("is it the kick or the bass?")."""
GOES = re.compile(
    r"\b(come|comes|go|goes|get|be|move|sit)\s+(?P<way>up|down|louder|quieter|higher|lower)\b", re.I
)
"""A way said as where the part goes: "come up", "go down", "sit lower"."""
WAYS = {"up": "up", "louder": "up", "higher": "up", "down": "down", "quieter": "down", "lower": "down"}
WAY = {FindingKind.TRACK_TOO_QUIET: "up", FindingKind.TRACK_TOO_LOUD: "down"}
REST = re.compile(
    r"\b((the )?(band|music|beat|backing|instruments|instrumental)|the rest|everything else|every ?thing around (it|me))\b",
    re.IGNORECASE,
)
"""Every other track, offered as one side ("turn the vocal up or the band down?")."""


@dataclass(frozen=True)
class Side:
    """One side of the choice: how to say it, the tracks it moves, and the way the asker said it goes."""

    label: str
    tracks: frozenset[str]
    way: str | None
    rest: bool = False


def _said_in(a: Asked, text: str) -> bool:
    return re.search(rf"\b{re.escape((a.said or a.word).lower())}", text.lower()) is not None


def _quoted(a: Asked) -> str:
    """One track by its name; several by the asker's own word for them ("the guitars"), not a long list."""
    return a.tracks[0].quoted if len(a.tracks) == 1 else f"the {a.said or a.word}"


def _sides(focus: Focus) -> tuple[Side, Side] | None:
    """The two sides offered, each with the way its move goes ("come up", "go down"), when each side of the
    question's one "or" names one part of its own (or every other track, or the asker's own part said as "me")
    and at least one side names a way."""
    q = focus.intent.question
    parts = re.split(r"\bor\b", q, flags=re.IGNORECASE)
    if len(parts) != 2:
        return None
    found = [a for a in focus.asked if a.tracks]
    named: list[Asked | None] = []
    own = [a for a in found if re.search(rf"\bmy (own )?{re.escape((a.said or a.word).lower())}", q.lower())]
    if (
        not own
        and ASKER_MOVED.search(q)
        and focus.session
        and len(voice := focus.session.by_roles("lead_vocal")) == 1
    ):
        # "should i turn myself up or bring everything else down?" with no part of theirs named: the singer's
        own = [Asked("vocal", "me", (voice[0],), "role")]
    split = split_sides(found, q, tuple(focus.session.tracks)) if focus.session else None
    for text in parts:
        if split is not None:
            # "left gtr up or right gtr down?": one part played twice, each side of the "or" one of its takes
            side = re.search(r"\b(left|l|right|r)\b", text, re.IGNORECASE)
            named.append(split[0 if side.group(1).lower().startswith("l") else 1] if side else None)
            continue
        inside = [a for a in found if _said_in(a, text)]
        if len(inside) > 1:
            return None
        named.append(inside[0] if inside else own[0] if ASKER.search(text) and len(own) == 1 else None)
    sides = []
    everyone = (
        frozenset(rt.name for rt in focus.session.tracks if not rt.track.mute)
        if focus.session
        else frozenset()
    )
    for i, text in enumerate(parts):
        goes = GOES.search(text)
        way = asked_way(text) or (WAYS[goes.group("way").lower()] if goes else None)
        # "turn me up or the band down?": the verb said once, on the first side
        if way is None and (bare := re.search(r"\b(up|down)\W*$", text, re.IGNORECASE)):
            way = bare.group(1).lower()
        if way is None and (amount := re.search(r"\b(more|less)\b", text, re.IGNORECASE)):
            way = "up" if amount.group(1).lower() == "more" else "down"  # "more kick or less bass?"
        part, other = named[i], named[1 - i]
        if part is not None:
            sides.append(Side(_quoted(part), frozenset(rt.name for rt in part.tracks), way))
        elif (rest := REST.search(text)) is not None and other is not None:
            taken = {rt.name for rt in other.tracks}
            said = rest.group(0).lower()
            # "vocal up or band down?": said back as "not the band down"
            said = said if said.startswith(("the ", "every")) else f"the {said}"
            sides.append(Side(said, everyone - taken, way, rest=True))
        else:
            return None
    a, b = sides
    if a.tracks & b.tracks or (a.way is None and b.way is None):
        return None
    return a, b


def _fault(ctx: MixContext, side: Side) -> Finding | None:
    return next(
        (
            f
            for f in ctx.problems
            if f.kind in WAY and f.is_problem and not f.is_lean and f.track in side.tracks
        ),
        None,
    )


def move_either(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """``ans`` opened with the side picked of two moves offered on two parts; ``ans`` itself for any other
    question, or an answer that does not open with a bare yes or no."""
    sides = _sides(focus)
    # "is it the kick or the bass?" guesses a cause; "vocal up or the band down?" offers two moves
    if (
        sides is not None
        and not MOVE_ASKED.search(focus.intent.question)
        and None in (sides[0].way, sides[1].way)
    ):
        sides = None
    s = focus.session
    if sides is None or not s or opening(ans.text) is None:
        return ans
    limit = EXPLAIN_WORDS if focus.intent.explain else MAX_WORDS
    for side, other in (sides, sides[::-1]):
        fault = _fault(ctx, side)
        if fault is None:
            continue
        own = WAY[fault.kind]
        move = recipe(fault, s)
        said = first_sentence(fault.summary)
        # "the band down" with the horns the one loud: the track itself named, not the whole band
        label = repr(fault.track) if side.rest else side.label
        if side.way not in (None, own):
            head = f"Neither: {label} needs to come {own}, not {side.way}. {said}"
        else:
            tail = f" {other.way}" if other.way else ""
            head = f"{label} {own}, not {other.label}{tail}: {lower_first(said)}"
        return Answer(fit([capital(head), move.try_text, move.check_text], limit, keep=2), [move], fault)
    a, b = sides
    head = f"Neither: nothing I measured says {a.label} or {b.label} should move."
    elsewhere = next(
        (f for f in ctx.problems if f.track and f.is_problem and not f.is_lean and f.kind in RECIPES), None
    )
    if elsewhere is None:
        return Answer(head)
    move = recipe(elsewhere, s)
    said = f"What is off: {lower_first(first_sentence(elsewhere.summary))}"
    return Answer(fit([head, said, move.try_text, move.check_text], limit, keep=3), [move], elsewhere)
