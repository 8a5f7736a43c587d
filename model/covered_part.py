""" "How's the kick?", "is the bass huge?" with another part too loud and covering the one asked about: the answer
says the part is covered, by what, before the fault.

Why: the track route answers a part covered by a louder one with that part's fault ("What is off is 'Bass': ...
That's also what hides 'Kick'") under the opening of a part with one thing off, "One thing:", which answers
neither a how nor a yes/no: it reads as a hedge about the part asked about. An engineer says what happens to the
part asked about first: "'Bass' covers it:" to a how, "No, 'Bass' covers it:" to a yes/no on how it sounds
("is the bass huge?"). A part whose own level is off gets that way said, "Too loud:", not "One thing:". Only
the opening changes; the body (the culprit's level, its card, the clash) stays.
"""

from __future__ import annotations

import re

from companion.context import FindingKind
from model.focus import Focus
from model.intent import asks_yes_no
from model.phrasing import Answer
from model.verdict_opening import opening

_CULPRIT = re.compile(r"what is off is (?P<culprit>'[^']+'): ")
_OWN = {FindingKind.TRACK_TOO_LOUD: "Too loud:", FindingKind.TRACK_TOO_QUIET: "Too quiet:"}
_HIDES = re.compile(r"That's also what hides (?P<who>'[^']+'(?:(?:, | and )'[^']+')*)")


def covered_opening(focus: Focus, ans: Answer) -> Answer:
    """``ans`` opened with the part that covers the one asked about; ``ans`` itself for any other answer, or a
    question naming a complaint (answered on its own terms) or asking whether the part is ok (a plain "No:")."""
    intent = focus.intent
    if intent.complaint is not None or intent.asks_ok or intent.enough:
        return ans
    opened = opening(ans.text)
    if opened is None or opened.group("verdict") != "One thing" or opened.group("qualifier"):
        return ans
    head = _CULPRIT.match(ans.text, opened.end())
    if head is None:
        return _own_level(focus, ans, opened.end())
    hides = _HIDES.search(ans.text)
    asked = {f"'{rt.name}'" for a in focus.asked for rt in a.tracks}
    if hides is None or not set(re.findall(r"'[^']+'", hides.group("who"))) <= asked:
        return ans
    culprit = head.group("culprit")
    if culprit in asked:
        return ans
    covered = set(re.findall(r"'[^']+'", hides.group("who")))
    several = len(covered) > 1
    whom = ("them" if several else "it") if covered == asked else hides.group("who")
    covers = f"{culprit} covers {whom}"
    said = f"No, {covers}:" if asks_yes_no(intent) else f"{covers[0].upper()}{covers[1:]}:"
    ans.text = f"{said} {ans.text[head.end() :]}"
    return ans


def _own_level(focus: Focus, ans: Answer, body: int) -> Answer:
    """``ans`` opened with the way the part asked about is off ("Too loud:") when it leads with that part's own
    level under "One thing:" ("how's the kick?" with the kick 12 dB over); ``ans`` itself otherwise."""
    f = ans.first
    asked = {rt.name for a in focus.asked for rt in a.tracks}
    if f is None or f.kind not in _OWN or f.track not in asked:
        return ans
    ans.text = f"{_OWN[f.kind]} {ans.text[body:]}"
    return ans
