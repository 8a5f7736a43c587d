"""A quality asked of a drum that has no track of its own ("how do i get more crack on the snare?" with the snare
inside 'Drums'). The inside answer measured the kit and stopped, and named the range of the level complaint it
assumed (the snare's crack for "more body"): a how-to got no how. An engineer works on the kit track in the
range the word names (the snare's body, 150-250 Hz; its crack, 2-5 kHz): a narrow lift there, so the other drums
move as little as possible, unless the whole mix already has plenty in that range (then says so, with its
number), and how to hear it."""

from __future__ import annotations

import math

from companion.context import MixContext
from companion.knowledge.areas import FrequencyArea, frequency_areas
from companion.knowledge.roles import ROLE_TOPICS, instrument_role
from companion.knowledge.wording import say_hz
from model.answer_quality import quality_of
from model.answer_tracks import CRAFT
from model.evidence import area_levels
from model.focus import Asked, Focus
from model.intent import Wants
from model.moves import eq
from model.phrasing import MAX_WORDS, Answer, fit, split_sentences
from model.tone_home import worded_areas

PLENTY_DB = 1.5
"""The whole mix this far above the median in a range: no boost there (as ``model.answer_tracks.BOOST_LIMIT_DB``)."""
LIFT_DB, NARROW_Q = 2.0, 2.0
"""A small, narrow lift on a whole kit: the asked drum's range moves, its neighbours as little as possible."""
CHECK = "Flip it in and out at matched level: that drum should come forward, not the whole kit get louder."


def _area(role: str, question: str) -> FrequencyArea | None:
    """The range the question names on ``role`` ("crack"), else the first of the quality's boost ranges it has."""
    areas = list(frequency_areas(role))
    named = worded_areas(areas, question)
    if named:
        return named[0]
    quality = quality_of(question)
    for complaint in quality.craft if quality is not None else ():
        names, gain, _ = CRAFT.get(complaint, ((), 0.0, 0.0))
        found = [a for n in names for a in areas if a.name == n] if gain > 0 else []
        if found:
            return found[0]
    return None


def inside_quality(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """``ans`` with the kit track's move in the asked range, for a how-to about a quality or a named range of a
    drum inside a kit track, when ``ans`` gives no move; ``ans`` otherwise."""
    if focus.intent.wants != Wants.HOW_TO or ans.moves or focus.intent.technique not in (None, "eq"):
        return ans
    asked: Asked | None = next((a for a in focus.asked if not a.tracks and a.inside is not None), None)
    if asked is None or asked.inside is None:
        return ans
    role = instrument_role(asked.word) or instrument_role(asked.said)
    if role is None or role not in ROLE_TOPICS:
        return ans
    area = _area(role, focus.intent.question)
    if area is None:
        return ans
    kit = asked.inside
    head = split_sentences(ans.text)[0]
    level = next((al for al in area_levels(ctx.analysis, role, (area,)) if al.area == area), None)
    said = asked.said or asked.word
    if level is not None and level.deviation_db > PLENTY_DB:
        text = (f"No boost on {kit.quoted} for the {said}'s {area.name}: {level.says(role)}, so a lift there piles "
                "onto what the mix already has; bring it forward by dipping the parts that crowd that range instead.")  # fmt: skip
        return Answer(fit([head, text], MAX_WORDS, keep=2), [], None)
    centre = math.sqrt(area.lo_hz * area.hi_hz)
    purpose = f"for the {said}'s {area.name} ({say_hz(area.lo_hz)}-{say_hz(area.hi_hz)}), narrow so the rest of the kit moves less"  # fmt: skip
    move = eq(
        kit, centre, LIFT_DB, NARROW_Q, f"adds the {said}'s {area.name} on the kit track", CHECK, purpose
    )
    where = f"Where it sits, {level.says(role).split(', ', 1)[1]}." if level is not None else ""
    return Answer(fit([head, move.try_text, where, CHECK], MAX_WORDS, keep=2), [move], None)
