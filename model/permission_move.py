""" "Can I make the vocal louder?", "is it ok if i turn the bass down a bit?": a move asked permission for, on a
part that sits inside its usual range, answered with how far it can go.

Why: the track route reads the question as the complaint it names ("too low?") and answers it as a judgement:
"No need: ... so I'd leave it". The user did not ask whether the part is too low; they asked whether they may move
it. An engineer says yes, it's your call, and how far it can go before it stands out (``model.level_room``: the
same balance check run on the part moved), with a first nudge to try. A part measured off, or a fault the answer
leads with, keeps the route's answer: that is the verdict the permission needs.
"""

from __future__ import annotations

import re

from companion.context import Finding, FindingKind, MixContext
from model.depth_craft import asks_depth
from model.evidence import track_evidence
from model.fine_parts_fault import elsewhere_fault
from model.focus import Focus
from model.intent import Wants
from model.level_range import inside_spread
from model.level_room import MAX_ROOM_DB, room_db
from model.moves import fader, level_move
from model.no_faders import fader_declined
from model.phrasing import EXPLAIN_WORDS, MAX_WORDS, Answer, first_sentence, fit, lower_first
from model.section_bump import SECTION_BUMP
from model.stand_in import stand_in_note

PERMISSION = re.compile(
    r"^\W*(?:(?:so|ok|okay|and|but|hey)\W+)?(?:can|could|may) (?:i|we|u) (?:just |maybe |still |safely |even )?"
    r"(?:make|turn|push|bring|nudge|raise|lift|pull|drop|lower|boost|crank|have|get|put)\b|"
    r"\b(?:is it|would it be|it'?s|is that) (?:ok|okay|alright|all right|fine|cool|safe)(?: for me)? (?:if (?:i|we)|to)\b|"
    r"\b(?:mind|matter) if i\b|\bam i (?:ok|okay|safe|allowed) to\b|\bwould it hurt to\b|\bany harm in\b",
    re.IGNORECASE,
)
"""A move asked permission for: "can i make ...", "is it ok if i ...", "would it hurt to ...", "mind if i ..."."""

ROOM_Q = re.compile(
    r"\bhow (far|much|loud|quiet|high|low|hot|soft) (can|could|may) (i|we|u|you) (still )?"
    r"(push|bring|turn|take|raise|lift|drop|pull|lower|crank|boost|make|get|go|ride|move)\b|"
    r"\bhow (much )?(room|headroom|space) (does|do|is there|has|have|would)\b|"
    r"\bhow (loud|quiet|far|high|low|hot|soft) (can|could|would|will) (it|they|them|the [\w' -]{1,20}?|my [\w' -]{1,20}?) go\b|"
    r"\bwhat would it take for (it|them|the [\w' -]{1,20}?) to (be|get|sound) too (loud|quiet|low|hot)\b",
    re.IGNORECASE,
)
"""How far a move may go, asked as a size ("how far can i push the bass up", "how much room does it have",
"how loud can the bass go", "what would it take for it to be too loud"): the room, said first."""
ROOM_UP = re.compile(
    r"\b(loud|louder|up|push|high|higher|hot|hotter|crank|raise|lift|boost)\b", re.IGNORECASE
)
ROOM_DOWN = re.compile(r"\b(quiet|quieter|down|low|lower|soft|softer|pull|drop|tuck)\b", re.IGNORECASE)


def room_way(question: str) -> bool | None:
    """True for room up, False for down, None when the question says neither or both."""
    up, down = ROOM_UP.search(question) is not None, ROOM_DOWN.search(question) is not None
    return up if up != down else None


UP = re.compile(r"\b(up|louder|raise|lift|boost|crank|push|more (volume|level)|higher|hotter|on top)\b", re.I)
DOWN = re.compile(r"\b(down|quieter|softer|lower|drop|pull|less (volume|level)|back|tuck)\b", re.I)
HOW_MOVE = re.compile(
    r"\bhow (do|can|should|would|could) (i|we|u|you) (make|get|turn|bring|push|raise|lift|keep|stop|pull|drop)\b",
    re.IGNORECASE,
)
"""A level move asked how ("how do i make the vocal louder?", "how do i stop it getting lost"), on a part."""
RIDE_UP = (
    "If it only gets lost in places (a busy chorus), automate it up 1-2 dB there instead of the whole fader."
)
FIRST_NUDGE_DB = 2.0
"""The most a first nudge moves: a try inside the room, judged by ear before going further."""


def asked_way(question: str, complaint: str | None) -> bool | None:
    """True for a move up, False for down, None when the words do not say (or say both)."""
    up, down = UP.search(question) is not None, DOWN.search(question) is not None
    if up != down:
        return up
    return {"quiet": True, "loud": False}.get(complaint or "")


AMOUNT = re.compile(r"(\d+(?:\.\d+)?)\s*(?:db|decibels?)\b", re.IGNORECASE)
EXCESS_KINDS = frozenset({FindingKind.BOOMY, FindingKind.MUDDY, FindingKind.HARSH})


def asked_amount(question: str) -> float | None:
    """The size of the move the question offers ("raise the kick 2db?"), or None."""
    m = AMOUNT.search(question)
    return float(m.group(1)) if m is not None else None


def _lean_words(lean: Finding, quoted: str, up: bool) -> str:
    """Which way the move takes a lean in the part's range: raising a part where the mix already builds up adds
    to it; lowering it eases it (and the other way round for a lack)."""
    said = lower_first(lean.summary.split(". ", 1)[0].rstrip(".")) + "."  # "the mix leans a little boomy."
    if up == (lean.kind in EXCESS_KINDS):
        return f"Go easy, though: {said} Moving {quoted} {'up' if up else 'down'} adds to that."
    return f"It helps a lean too: {said}"


def _room_words(room: float, way: str, past: tuple[str | None, FindingKind] | None, name: str) -> str:
    if past is None:
        return f"It has plenty of room {way}: even {MAX_ROOM_DB:g} dB wouldn't take it out of the range real mixes use."
    who, kind = past
    state = "too loud" if kind is FindingKind.TRACK_TOO_LOUD else "too quiet"
    whom = "it" if who == name else f"'{who}'"
    return f"It has roughly {room:g} dB of room {way} before the balance check would call {whom} {state}."


def permitted_move(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """``ans`` as the room a part inside its range has, when the question asks permission to move it."""
    intent = focus.intent
    room_asked = ROOM_Q.search(intent.question) is not None
    # "how do i make the vocal louder?"; not "push the fiddle further back" (depth: a send, ``model.depth_craft``)
    how = intent.wants == Wants.HOW_TO and HOW_MOVE.search(intent.question) is not None and not room_asked
    # a level, not a sound; never a lift over a passage ("stand out for the solo then tuck back in": automation)
    how = (
        how
        and not asks_depth(intent.question)
        and intent.complaint in ("quiet", "loud")
        and SECTION_BUMP.search(intent.question) is None
    )
    how = how and not fader_declined(
        intent.question
    )  # "cut through without pushing it up": the fader ruled out
    asked = PERMISSION.search(intent.question) or how or room_asked
    if not asked or focus.session is None or ctx.snapshot is None:
        return ans
    found = [a for a in focus.asked if a.tracks]
    if len(found) != 1 or len(found[0].tracks) != 1 or intent.technique is not None:
        return ans
    # "how do i make the backing vocals sit behind the lead" with none here: that absence answers
    if focus.missing and focus.asked[0].how == "missing":
        return ans
    up = room_way(intent.question) if room_asked else asked_way(intent.question, intent.complaint)
    rt = found[0].tracks[0]
    lean = ans.first if ans.first is not None and ans.first.is_lean and ans.first.track is None else None
    if up is None or (
        ans.first is not None and lean is None and (ans.first.is_problem or ans.first.track != rt.name)
    ):
        return ans
    if any(f.track == rt.name or f.evidence.get("other_track") == rt.name for f in ctx.problems):
        return ans  # measured off, or covered: the route's verdict is the answer
    if how and any(f.track == rt.name for f in ctx.findings):
        return ans  # "how do i make the kick louder?" with a level remark on it: the route sizes that nudge itself
    room = room_db(ctx.snapshot, rt.name, up)
    if room is None:
        return ans
    size, past = room
    ev = track_evidence(ctx, rt)
    if ev.level is not None:
        where = "inside the range" if inside_spread(ev.level) else "short of a fault"
        state = f"{first_sentence(ev.level.summary)} That's {where}, so it's your call."
    else:
        meter = ev.measured_level()
        said = f" ({meter})." if meter else "."
        state = f"nothing I measured says {rt.quoted} is too loud or too low{said}"
    way = "up" if up else "down"
    head = "Only just:" if size < 1.0 else "You can:" if size >= 3.0 else "You can, a little:"
    if room_asked:  # "how far can i push it?": the size first
        head = "Plenty:" if past is None else "Barely any:" if size < 1.0 else f"About {size:g} dB {way}:"
    elif how:  # "how do i make the vocal louder?": the move asked how, not permission, so no "You can:"
        head = "Not much needed:" if size < 1.0 else "Its fader is the move:"
    parts = [f"{head} {lower_first(state)}", _room_words(size, way, past, rt.name)]
    amount = asked_amount(intent.question)
    if amount is not None:  # "raise the kick 2db?": that move against the room
        parts.append(f"{amount:g} dB is inside that." if amount <= size else f"{amount:g} dB goes past it.")
    if lean is not None:  # "raise the kick?" with the mix leaning boomy: which way the move takes the lean
        parts.append(_lean_words(lean, rt.quoted, up))
    moves = []
    if size >= 1.0 and not re.search(
        r"\bwhat would it take\b", intent.question, re.I
    ):  # a limit asked, no move
        first = amount if amount is not None and amount <= size else min(FIRST_NUDGE_DB, round(size) / 2.0)
        nudge = fader(rt, (1.0 if up else -1.0) * first, "a first nudge inside its room")
        parts.append(f"{nudge.try_text[:-1]} to start, then judge it by ear.")
        moves = [nudge]
    fault = elsewhere_fault(ctx, {rt.name})
    if fault is not None:  # "ok to pull the horns down?" with the bass 10 dB over: that fader needs a move
        fix = level_move(fault, focus.session)
        off = lower_first(first_sentence(fault.summary))
        parts.append(f"The fader that does need a move is elsewhere: {off} {fix.try_text}")
        moves.append(fix)
    elif moves:
        parts.append(moves[0].check_text)
    if (
        how and up
    ):  # "how do i stop the vocal getting lost in the chorus": a busy section is ridden, not the fader
        parts.insert(2, RIDE_UP)
    out = Answer(fit(parts, EXPLAIN_WORDS if intent.explain else MAX_WORDS, keep=2), moves, ans.first)
    return stand_in_note(focus, out) if found[0].stand_in else out  # "the organ" moved on 'Rhodes': said so
