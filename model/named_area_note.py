"""Why a range the asker named gets no boost ("how do i get more crack on the snare?" with the whole mix already
well over in 2-5 kHz). The by-ear move never swaps the named range for another (``model.tone_home.kept_area``),
so without a word the answer would just skip the EQ; an engineer says where that range is, that the mix already
has plenty there (the measured band, its number), and what brings it forward instead."""

from __future__ import annotations

from companion.context import MixContext
from companion.knowledge.areas import frequency_areas
from companion.knowledge.roles import ROLE_TOPICS
from model.evidence import area_levels
from model.recipes import Move
from model.session_view import RoleTrack
from model.tone_home import worded_areas

PLENTY_DB = 1.5
"""The whole mix this far above the median in a range: no boost there (as ``model.answer_tracks.BOOST_LIMIT_DB``)."""


def _moves_there(moves: list[Move], rt: RoleTrack, lo_hz: float, hi_hz: float) -> bool:
    return any(
        s.action == "eq_band" and s.track == rt.name and lo_hz <= float(s.params.get("freq_hz", 0.0)) <= hi_hz
        for m in moves
        for s in m.suggestions
    )


def barred_area_note(ctx: MixContext, rt: RoleTrack, question: str, moves: list[Move]) -> str:
    """ "No EQ boost for its crack: where the snare's crack sits, the whole mix's high-mid band (2-4 kHz) is 7.1 dB
    above the median real mix ..." when ``question`` names one of the part's ranges, no move works there and
    the mix already has plenty of it; "" otherwise."""
    role = rt.role
    if role is None or role not in ROLE_TOPICS:
        return ""
    named = worded_areas(list(frequency_areas(role)), question)
    if not named or _moves_there(moves, rt, named[0].lo_hz, named[0].hi_hz):
        return ""
    area = named[0]
    level = next((al for al in area_levels(ctx.analysis, role, (area,)) if al.area == area), None)
    if level is None or level.deviation_db <= PLENTY_DB:
        return ""
    return (
        f"No EQ boost for its {area.name}: {level.says(role)}, so a boost on {rt.quoted} there would pile onto what "
        "the mix already has; bring it forward by dipping the parts that crowd that range instead."
    )
