""" "What frequency should I cut on the horns?" when nothing measured is wrong with the horns: the answer still
gives frequencies. An engineer says no cut is called for by the numbers, then where that instrument usually needs
one (its own trouble areas, ``companion.knowledge.areas``) and how to find the spot by ear, instead of a verdict
that leaves the question ("which frequency?") unanswered."""

from __future__ import annotations

import re

from companion.knowledge.areas import FrequencyArea, frequency_areas
from companion.knowledge.roles import ROLE_TOPICS, ROLE_WORDS
from companion.knowledge.wording import say_hz
from model.focus import Focus
from model.phrasing import MAX_WORDS, Answer, fit, lower_first, split_sentences

TROUBLE_AREAS = ("rumble", "mud", "box", "boxiness", "ring", "clang", "harshness", "fizz", "sibilance")
"""The named areas an engineer cuts when a part sounds wrong (the others, presence, air, punch, are lifted)."""
_GENERAL_CUTS = ("mud", "harshness")
"""The usual suspects for a part with fewer than two trouble areas of its own."""
_OPENER = re.compile(r"^[^:.]{1,24}: ")  # a short verdict opener ("It's fine: ")
_BOOST = re.compile(r"\b(boost|lift|add|bring out|raise)\b", re.IGNORECASE)


def trouble_areas(role: str) -> list[FrequencyArea]:
    """The areas of ``role`` a cut usually goes, lowest first; topped up with the general mud and harshness
    areas when the instrument names fewer than two of its own, unless one overlaps a range the part is heard by
    (no harshness cut in a bass's string attack, nor in a vocal's clarity)."""
    areas = frequency_areas(role)
    own = [a for a in areas if a.name in TROUBLE_AREAS and a.name != "rumble"]
    kept = [
        a for a in areas if a.name not in TROUBLE_AREAS
    ]  # presence, string attack: what the part is heard by
    if len(own) < 2:
        own += [
            g
            for g in frequency_areas("general")
            if g.name in _GENERAL_CUTS
            and g.name not in {o.name for o in own}
            and not any(g.lo_hz < k.hi_hz and k.lo_hz < g.hi_hz for k in (*kept, *own))  # nor said twice
        ]
    return sorted(own, key=lambda a: a.lo_hz)


def unfaulted_frequency(focus: Focus, ans: Answer) -> Answer | None:
    """The cut's usual places on the asked part, after the answer's verdict that nothing measured is wrong with
    it; None when the answer has a move or a finding, asks for a boost, or is not about one found part."""
    if ans.moves or ans.first is not None or _BOOST.search(focus.intent.question):
        return None
    if focus.intent.technique not in (None, "eq"):
        return None  # "what freq for the de-esser?": the tool's own answer says where it works, not an EQ cut
    found = [a for a in focus.asked if a.tracks and not a.stand_in]
    if len(found) != 1 or len(focus.asked) != 1:
        return None
    role = found[0].tracks[0].role
    if role is None or role not in ROLE_TOPICS:
        return None
    areas = trouble_areas(role)
    if not areas:
        return None
    spots = [f"{a.name} {say_hz(a.lo_hz)}-{say_hz(a.hi_hz)}" for a in areas]
    listed = spots[0] if len(spots) == 1 else f"{', '.join(spots[:-1])} or {spots[-1]}"
    said = split_sentences(ans.text)
    verdict = _OPENER.sub("", said[0], count=1)  # "It's fine: nothing I measured ..." keeps its reason
    trouble = (
        f"If something on it bothers you, {ROLE_WORDS[role]} usually need a cut in the {listed} range: sweep a "
        f"narrow boost through {'it' if len(spots) == 1 else 'them'} to find the spot that sounds worst, then dip "
        "2-3 dB there with a medium Q."
    )
    text = fit(
        [f"No cut is called for by the numbers: {lower_first(verdict)}", trouble, *said[1:]],
        MAX_WORDS,
        keep=2,
    )
    return Answer(text, [], None)
