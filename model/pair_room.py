"""Room for the voice in a pair asked wider ("make the two gtrs huge n wide but still leave a hole for the
vocal"): the spread answers the width, and the same small dip on both takes at the words' clarity area answers
the hole, so one answer carries both moves asked for.

Why: the pair's width answer alone ("Pan 'Gtr L' about 100% left ...") left the second half of the question, the
hole for the vocal, unanswered; a size word beside the width ("huge") even turned it into a fader step.
"""

from __future__ import annotations

from companion.knowledge.roles import instrument_role
from model.focus import Focus
from model.phrasing import Answer
from model.room_for import made_room_for
from model.session_view import RoleTrack
from model.slot_move import room_move


def with_room(focus: Focus, ans: Answer, pair: tuple[RoleTrack, RoleTrack]) -> Answer:
    """``ans`` (the pair's width) with the words' slot dipped on both takes when the question asks room for a
    voice in them; ``ans`` unchanged otherwise."""
    helped = made_room_for(focus.intent.question, tuple(a.said or a.word for a in focus.asked))
    voice = next((a for a in focus.asked if (a.said or a.word) == helped), None)
    if voice is None or any(rt in pair for rt in voice.tracks):
        return ans
    role = voice.tracks[0].role if voice.tracks else instrument_role(voice.word)
    dips = [m for m in (room_move(focus, rt, role) for rt in pair) if m is not None]
    if len(dips) != len(pair):
        return ans
    for_whom = voice.tracks[0].quoted if voice.tracks else f"the {voice.word}"
    # the width's own check (mono) stays last, after both moves
    head, cut, check = ans.text.partition(" Then check")
    dip = dips[0].try_text
    room = f"And for {for_whom}: {dip[0].lower()}{dip[1:]} Do the same on {pair[1].quoted}."
    return Answer(f"{head} {room}{cut}{check}", [*ans.moves, *dips], ans.first)
