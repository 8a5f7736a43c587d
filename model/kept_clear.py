"""A way asked for with a limit that keeps another part clear: "how do i make the pad wider without it eating the
vocal?". The way is the answer (``model.answer_craft``); the limit is a second move the asker asked for in the
same breath: the words' own slot dipped in the part asked about (``model.slot_move.room_move``), so the wider
pad never covers them. Answering only the way leaves the one worry they named unanswered.
"""

from __future__ import annotations

import re
from dataclasses import replace

from companion.context import MixContext
from model.focus import Focus
from model.intent import complaint_in
from model.phrasing import MAX_WORDS, Answer, fit, lower_first, split_sentences
from model.slot_move import room_move

LIMIT = re.compile(
    r"\b(without|but not|while not)\s+(it |them |that |this |(the|my|our) [\w'-]+ )?(\w+ing)\b[^,.;?!]*", re.I
)
"""'without it eating the vocal', 'w/o masking the vox': the limit set on a way asked for."""
_COVERS = re.compile(
    r"\b(eat|mask|cover|bur(y|ie)|swamp|drown|cloud|smother|step\w* on|get\w* in the way of|fight|clash|"
    r"compet|crowd)\w*",
    re.IGNORECASE,
)
"""A limit that is about another part being covered ("without it eating the vocal", "w/o masking the vox")."""
_VOICES = ("lead_vocal", "backing_vocal")


def without_limited(focus: Focus) -> Focus:
    """``focus`` without the parts named only in the limit ("wider without it eating the vocal": the pad is
    widened, the vocal kept clear) and with the complaint of the words outside it ("wider", not the covering),
    when a part is left; ``focus`` as it is otherwise."""
    limit = LIMIT.search(focus.intent.question)
    if limit is None or not _COVERS.search(limit.group(0)):
        return focus
    before = focus.intent.question[: limit.start()].lower()
    kept = tuple(a for a in focus.asked if (a.said or a.word).lower() in before)
    if not kept or len(kept) == len(focus.asked):
        return focus
    # the covering is the limit, not the complaint: what the way is asked for is read from the rest
    rest = LIMIT.sub(" ", focus.intent.question)
    intent = replace(focus.intent, complaint=complaint_in(rest, focus.intent.instruments))
    return replace(focus, asked=kept, intent=intent)


def kept_clear(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """``ans`` with the words' slot dipped in the part asked about when the question's limit keeps a voice clear
    of it; ``ans`` as it is otherwise (no such limit, no voice named there, or the part is itself the voice)."""
    limit = LIMIT.search(focus.intent.question)
    if ctx.analysis is None or limit is None or not _COVERS.search(limit.group(0)) or not focus.session:
        return ans
    said = limit.group(0).lower()
    voice = next(
        (
            rt
            for a in focus.asked
            if (a.said or a.word).lower() in said
            for rt in a.tracks
            if rt.role in _VOICES
        ),
        None,
    )
    part = next((rt for a in focus.asked if (a.said or a.word).lower() not in said for rt in a.tracks), None)
    if voice is None or part is None or part.role in _VOICES:
        return ans
    move = room_move(focus, part, voice.role)
    if move is None:
        return ans
    keep = f"To keep it off {voice.quoted}: {lower_first(move.try_text)}"
    said_first = split_sentences(ans.text)
    parts = [*said_first[:1], keep, *said_first[1:]]
    return Answer(fit(parts, MAX_WORDS, keep=2), [*ans.moves, move], ans.first)
