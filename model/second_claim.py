"""A two-claim question: "drums are fine right? it's the horns that are too much?". The asker says one part is
fine and blames another. An engineer answers both claims: the verdict on the first ("Yes, 'Drums' sits fine"),
then the second confirmed with the blamed part's measured fault and its move ("and you're right about the
horns: 'Horns' is 4 dB louder ..."), or said to be the other way round when the fault points against the claim.
When the first part is the one measured off ("horns are fine right? it's the drums"), the compound verdict
(``verdict_shapes``) already says so; with nothing off on the blamed part the first claim's answer stands."""

from __future__ import annotations

import re

from companion.context import Finding, FindingKind, MixContext
from model.family_fault import _verdict_end
from model.focus import Asked, Focus
from model.intent import Wants
from model.intent_claim import claim_side
from model.phrasing import MAX_WORDS, Answer, first_sentence, fit, lower_first, names
from model.recipes import recipe
from model.verdict_shapes import FIRST_GOOD

FAULT_SIDE = {FindingKind.TRACK_TOO_QUIET: "lack", FindingKind.TRACK_TOO_LOUD: "excess"}
EXCESS = re.compile(
    r"\b(too (much|loud|hot|big|bright|harsh|boomy|muddy)|overpower\w*|drown\w*|louder)\b", re.I
)
LACK = re.compile(
    r"\b(too (quiet|soft|low|little|thin|small|weak)|buried|lost|quieter|not loud enough)\b", re.I
)
"""Which way the second clause blames the part: too much of it, or too little."""


def _names_of(a: Asked) -> set[str]:
    return {rt.name for rt in (*a.tracks, *((a.inside,) if a.inside else ()))}


def _fault_on(ctx: MixContext, tracks: set[str]) -> Finding | None:
    found = [f for f in ctx.problems if f.is_problem and not f.is_lean and f.track in tracks]
    return max(found, key=lambda f: f.severity, default=None)


def _blamed_way(rest: str) -> str | None:
    if EXCESS.search(rest):
        return "excess"
    if LACK.search(rest):
        return "lack"
    return claim_side(rest, None)


def both_claims(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """``ans`` answering both claims of "A is fine right? it's B that's too X" when A is fine and B is off."""
    intent = focus.intent
    m = FIRST_GOOD.match(intent.question)
    if m is None or intent.wants != Wants.JUDGE or ctx.analysis is None:
        return ans
    part, rest = m.group("part").lower(), m.group("rest").lower()
    first = [a for a in focus.asked if a.found and (a.said.lower() in part or a.word.lower() in part)]
    second = [
        a
        for a in focus.asked
        if a.found and a not in first and (a.said.lower() in rest or a.word.lower() in rest)
    ]
    if not first or not second:
        return ans
    fine = set().union(*(_names_of(a) for a in first))
    blamed = set().union(*(_names_of(a) for a in second)) - fine
    if _fault_on(ctx, fine) is not None or not blamed:
        return ans  # the first part is off: the compound verdict says so
    fault = _fault_on(ctx, blamed)
    if fault is None:  # nothing measured on the part blamed: the first claim's answer, then the second's no
        if any(f.track in blamed and f.is_problem for f in ctx.problems) or not ans.text.startswith("Yes"):
            return ans  # a lean on it, or a verdict of another shape: its path sized it
        end = _verdict_end(ans.text)
        said = f"Not the {second[0].said} either: nothing I measured says {names(sorted(blamed), 3)} {'are' if len(blamed) > 1 else 'is'} off."
        ans.text = f"{ans.text[:end].strip()} {said}"  # both verdicts; the first part's detail gives way
        return ans
    said = second[0].said
    way = _blamed_way(rest)
    found = FAULT_SIDE.get(fault.kind)
    move = recipe(fault, focus.session)
    verb = "sit" if len(fine) > 1 else "sits"
    head = f"Yes, {names(sorted(fine), 3)} {verb} fine"
    if way is not None and found is not None and way != found:
        be = "are" if said.endswith("s") else "is"
        turn = f"{head}; but the {said} {be} the other way round:"
    else:
        turn = f"{head}; and you're right about the {said}:"
    lead = f"{turn} {lower_first(first_sentence(fault.summary))}"
    return Answer(fit([lead, move.try_text, move.check_text], MAX_WORDS, keep=2), [move], fault)
