"""A tone complaint said about a part ("my guitar sounds harsh"), answered the way an engineer beside you would.

What was measured comes first: the verdict on the part, or the whole mix's build-up where it is strong. The EQ move
that goes by ear follows as a try ("If you still hear it: ..."), never ahead of a verdict that doubts it. And when
the words fit several tracks ("my guitar" with 'Gtr L' and 'Gtr R'), the answer says which it looked at: all of
them for the verdict, and the one its band meter shows strongest where the complaint lives for the move.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from companion.knowledge.bands import BANDS
from companion.knowledge.wording import say_hz
from model.about_opening import OPEN_ABOUT
from model.evidence import TrackEvidence
from model.intent_tone import TONE_COMPLAINTS
from model.intent_wants import wants_of
from model.intent_wish import wish
from model.phrasing import lower_first
from model.tone_home import general_area, home_band

if TYPE_CHECKING:
    from model.answer_tracks import Plan

SAID = {"loud": "too loud", "quiet": "too low", "punch": "too low", "muddy": "muddy", "boomy": "boomy",
        "harsh": "harsh", "dull": "dull", "thin": "thin", "boxy": "boxy", "clash": "fighting anything"}  # fmt: skip
"""How "nothing I measured says it is ..." ends for each complaint."""
STATED_LEVELS = ("loud", "quiet")
"""Level complaints that, said as a statement, get the verdict first and the fader move as a try."""


def nothing_sentence(ev: TrackEvidence, complaint: str | None, others: tuple[str, ...] = ()) -> str:
    """ "Nothing I measured says 'Gtr R' is harsh."; with ``others`` looked at too, all of them named: "I looked
    at both 'Gtr L' and 'Gtr R': nothing I measured says either is harsh." """
    what = SAID.get(complaint or "", "out of line")
    if not others:
        return f"Nothing I measured says {ev.rt.quoted} is {what}."
    quoted = [ev.rt.quoted, *(repr(n) for n in others)]
    if len(quoted) == 2:
        return f"I looked at both {quoted[0]} and {quoted[1]}: nothing I measured says either is {what}."
    listed = f"{', '.join(quoted[:-1])} and {quoted[-1]}"
    return f"I looked at {listed}: nothing I measured says any of them is {what}."


def _home_level(ev: TrackEvidence, band: str | None) -> float | None:
    """The track's own band meter where the complaint lives (dB FS), or None when not metered."""
    level = ev.rt.track.level
    value = level.bands_db.get(band) if band and level is not None and level.bands_db else None
    return float(value) if isinstance(value, (int, float)) else None


def lead_order(evs: list[TrackEvidence], complaint: str | None) -> list[TrackEvidence]:
    """The asked tracks, the one the evidence has most to say about first: the most severe level finding; for a
    tone complaint, a level problem, then the track strongest by its band meter where the complaint lives (a
    level remark under a problem's severity says nothing about harshness)."""
    band = home_band(complaint)
    if band is None:
        return sorted(evs, key=lambda e: -(e.level.severity if e.level is not None else 0.0))

    def key(e: TrackEvidence) -> tuple[float, float]:
        problem = e.level.severity if e.level is not None and e.level.is_problem else 0.0
        own = _home_level(e, band)
        return -problem, -(own if own is not None else -200.0)

    return sorted(evs, key=key)


def picked(evs: list[TrackEvidence], complaint: str | None) -> str:
    """Why the move goes on the first track when several fit the words: "'Gtr L' is the stronger of the two in
    the high-mid band (2 kHz-4 kHz), where harshness lives, so start there." ("" for one track, or unmetered)."""
    band = home_band(complaint)
    levels = [_home_level(e, band) for e in evs]
    if len(evs) < 2 or band is None or any(v is None for v in levels):
        return ""
    lo, hi = BANDS[band]
    which = "the stronger of the two" if len(evs) == 2 else f"the strongest of the {len(evs)}"
    area = general_area(complaint)
    lives = f", where {area.name} lives" if area is not None else ""
    where = f"{band.replace('_', '-')} band ({say_hz(lo)}-{say_hz(hi)})"
    return f"{evs[0].rt.quoted} is {which} in the {where}{lives}, so start there."


def states_complaint(question: str) -> bool:
    """True for a complaint said as a statement ("my guitar sounds harsh"), not a how asked for ("how do I make
    it less harsh?", "make it brighter"): the verdict is owed first, the move is a try. "what about the vocal?"
    after one carries that statement over to the part it names."""
    return (wants_of(question, True) is None and not wish(question)) or OPEN_ABOUT.search(
        question
    ) is not None


def verdict_first(
    evs: list[TrackEvidence], complaint: str | None, question: str, plan: Plan, quiet: tuple[str, ...]
) -> list[str] | None:
    """The parts of a how-to answer to a stated tone complaint: what was measured first, the move as a try; None
    when this is no such answer (a level or masking fault leads, a how was asked for). ``plan`` is the first
    asked track's; ``quiet`` the other asked tracks whose plans found nothing either."""
    # a level said as a statement ("the 808 is too much") is owed its verdict first as well: a fader move ahead of
    # "nothing I measured says it is too loud" contradicts it
    if (
        complaint not in (*TONE_COMPLAINTS, *STATED_LEVELS)
        or not plan.moves
        or not states_complaint(question)
    ):
        return None
    move = plan.moves[0]
    why = picked(evs, complaint)
    if plan.verdict == "no" and plan.first is None:
        # every track looked at named in the verdict; one track's own meter would crowd out the reason for the pick
        head = f"{nothing_sentence(evs[0], complaint, quiet)} {why}".strip() if quiet else plan.lead
        return [head, f"If you still hear it: {lower_first(move.try_text)}", move.check_text, *plan.notes[:2]]
    if complaint in STATED_LEVELS and plan.verdict == "opposite":
        # "the 808 is too much" with it 11 dB under its place: the measurement says the other way, said first
        return [f"The opposite, by what I measured: {lower_first(plan.lead)}", move.try_text, move.check_text,
                *plan.notes[:2]]  # fmt: skip
    if plan.verdict == "maybe" and plan.first is not None and plan.first.track is None:
        return [plan.lead, why, f"If it does: {lower_first(move.try_text)}", move.check_text, *plan.notes[:2]]
    return None
