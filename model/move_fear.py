""" "If i drop the clap will the groove die?", "if i turn the bass down wont the mix lose its weight?": a fader move
weighed against what the asker fears it costs.

Why: the route answered the part's own state ("Yes: 'Clap' sits about 11 dB louder ..."), and to a fear that "yes"
says the groove will die, the opposite of what was measured. An engineer answers the fear: the move is what the
part needs ("No: it's the fix"), or the part sits in its place and the move takes it out ("It could:"), or the part
is already off the other way ("Yes, it would:"), each with the meter behind it and how far the part can go."""

from __future__ import annotations

import re

from companion.context import FindingKind, MixContext
from model.asked_direction import LEVEL_FAULTS
from model.evidence import track_evidence
from model.focus import Focus
from model.level_room import room_db
from model.moves import level_move
from model.phrasing import EXPLAIN_WORDS, MAX_WORDS, Answer, first_sentence, fit, lower_first

MOVE_FEAR = re.compile(
    r"^\W*(?:so |ok |but |and )?(?:if|when|once) (?:i|we) (?:just |only |really )?(?P<verb>drop|pull|turn|bring|lower|"
    r"cut|push|raise|boost|crank|nudge|ease|tuck)\w*\b[^?]{0,50}?[,\s]+(?P<ask>will|won'?t|wont|would|wouldn'?t|is|does|"
    r"doesn'?t|am i gonna|are we gonna|is it gonna)\b[^?]{0,50}?\b(?:die|lose|losing|suffer|fall apart|get lost|go "
    r"away|disappear|vanish|thin out|sound thin|kill|ruin|mess up|wreck|weaker|empty|lifeless|flat)\b",
    re.IGNORECASE,
)
"""A move said with the cost feared ("if i drop the clap will the groove die", "if i turn the bass down wont the
mix lose its weight")."""
_UP = re.compile(r"\b(up|push|raise|boost|crank|louder)\b", re.IGNORECASE)
_DOWN = re.compile(r"\b(down|drop|pull|lower|cut|ease|tuck|back|quieter)\b", re.IGNORECASE)


def move_fear(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """``ans`` re-told as the answer to the fear, when a move is weighed against what it might cost."""
    m = MOVE_FEAR.search(ctx.question)
    if m is None or ctx.snapshot is None:
        return ans
    said = ctx.question[m.start() : m.end()]
    moved = ctx.question[m.start() : m.start("ask")]
    # the part moved is the one named in the move ("if i push the vocal up will the guitars get lost": the vocal)
    found = [a for a in focus.asked if a.found and a.tracks and a.said.lower() in moved.lower()]
    if len(found) != 1 or len(found[0].tracks) != 1:
        return ans
    up, down = bool(_UP.search(said)), bool(_DOWN.search(said))
    if up == down:
        return ans
    rt = found[0].tracks[0]
    fault = next((f for f in ctx.problems if f.track == rt.name and f.kind in LEVEL_FAULTS), None)
    limit = EXPLAIN_WORDS if focus.intent.explain else MAX_WORDS
    way = "up" if up else "down"
    if fault is not None and LEVEL_FAULTS[fault.kind] == way:
        move = level_move(fault, focus.session)
        parts = [f"No, it's the fix: {lower_first(first_sentence(fault.summary))}", move.try_text,
                 "What you fear comes from going past its place, and this only brings it back to it.",
                 move.check_text]  # fmt: skip
        return Answer(fit(parts, limit, keep=2), [move], fault)
    if fault is not None:
        state = "too loud" if fault.kind is FindingKind.TRACK_TOO_LOUD else "too quiet"
        move = level_move(fault, focus.session)
        parts = [f"Yes, it would: {rt.quoted} is {state} already. {first_sentence(fault.summary)}",
                 f"Moving it {way} takes it further out; the move it needs goes the other way.",
                 move.try_text]  # fmt: skip
        return Answer(fit(parts, limit, keep=2), [move], fault)
    room = room_db(ctx.snapshot, rt.name, up)
    if room is None:
        return ans
    size, past = room
    meter = track_evidence(ctx, rt).measured_level()
    where = f" ({meter})" if meter else ""
    if past is None:
        tail = (
            f"even {size:g} dB {way} keeps it inside the range real mixes use, so a small move costs little."
        )
    else:
        who, kind = past
        state = "too loud" if kind is FindingKind.TRACK_TOO_LOUD else "too quiet"
        whom = "it" if who == rt.name else f"'{who}'"
        tail = f"it has roughly {size:g} dB of room {way} before the balance check would call {whom} {state}."
    parts = [f"It could, if you go far: nothing I measured says {rt.quoted} is off{where}, and {tail}",
             "Move it 1-2 dB and listen for what you fear before going further."]  # fmt: skip
    return Answer(fit(parts, limit, keep=2), [], None)
