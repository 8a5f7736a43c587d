""" "Is my voice too quiet or is the band too loud?": one part against everything else, answered with the side measured.

Why: the band is no track, so the either/or between two parts never fired and the judge route answered "Yes:"
to a question with two sides. An engineer names the side: the part, when its own level is off (the other way
round, when it is off the other way); the band, when a part of it sits too loud, named with its fader; neither,
when nothing is off.
"""

from __future__ import annotations

import re

from companion.context import FindingKind, MixContext
from model.evidence import track_evidence
from model.focus import Focus
from model.intent import Wants
from model.phrasing import EXPLAIN_WORDS, MAX_WORDS, Answer, first_sentence, fit, lower_first
from model.recipes import recipe

_QUIET = r"too (quiet|low|soft|buried|weak)|not loud enough|under(neath)?"
_LOUD = r"too (loud|much|hot|busy|big)|over(powering)?|drowning (it|me|her|him)"
_REST = r"the (band|rest( of (it|the mix|the band|the track))?|music|beat|instrumental|backing( track)?|track|mix)|everything( else)?"
PART_OR_REST = re.compile(
    rf"\b(is|are) (my|the|our|her|his|their|your) [\w' -]{{2,25}}? ((?P<quiet>{_QUIET})|{_LOUD}) or (is|are) (?P<rest>{_REST}) "
    rf"({_LOUD}|{_QUIET})\b",
    re.IGNORECASE,
)
"""A part said too quiet, or the rest said too loud, as two answers to one question (or the other way round: "is my
voice too loud or is the band too quiet")."""


def part_or_rest(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """``ans`` replaced by the side measured when the question offers a part too quiet or the rest too loud."""
    m = PART_OR_REST.search(focus.intent.question)
    rest_said = m.group("rest").lower() if m else ""
    asked = [a for a in focus.asked if a.tracks and a.said.lower() not in rest_said]  # "the beat" is the rest
    if m is None or ctx.analysis is None or focus.intent.wants != Wants.JUDGE or len(asked) != 1:
        return ans
    rest = rest_said
    names = {rt.name for rt in asked[0].tracks}
    levels = (FindingKind.TRACK_TOO_LOUD, FindingKind.TRACK_TOO_QUIET)
    faults = [f for f in ctx.problems if f.kind in levels and f.is_problem and not f.is_lean]
    said_quiet = m.group("quiet") is not None
    # the rest's side: a part of it too loud when the part is said too quiet, too quiet when it is said too loud
    rest_kind = FindingKind.TRACK_TOO_LOUD if said_quiet else FindingKind.TRACK_TOO_QUIET
    own = next((f for f in faults if f.track in names), None)
    other = next((f for f in faults if f.track not in names and f.kind is rest_kind), None)
    part = asked[0].tracks[0]
    if own is not None:
        quiet = own.kind is FindingKind.TRACK_TOO_QUIET
        head = (
            f"It's {part.quoted}, not {rest}:"
            if quiet == said_quiet
            else f"It's {part.quoted}, but too {'quiet' if quiet else 'loud'}, not too {'loud' if quiet else 'quiet'}:"
        )
        fault = own
    elif other is not None:
        head, fault = f"It's {rest}: {part.quoted} is fine on its own level, but", other
    else:
        meter = track_evidence(ctx, part).measured_level()
        part_way, rest_way = ("too quiet", "too loud") if said_quiet else ("too loud", "too quiet")
        text = (
            f"Neither: nothing I measured says {part.quoted} is {part_way} or that any part of {rest} sits "
            f"{rest_way}."
        )
        return Answer(text + (f" {meter[:1].upper()}{meter[1:]}." if meter else ""))
    move = recipe(fault, focus.session)
    said = lower_first(first_sentence(fault.summary))
    limit = EXPLAIN_WORDS if focus.intent.explain else MAX_WORDS
    return Answer(fit([f"{head} {said}", move.try_text, move.check_text], limit, keep=2), [move], fault)
