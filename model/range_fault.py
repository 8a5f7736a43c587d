"""A tonal complaint put on the master or the mix bus ("too much 3k on the master? sounds shrill", "is the mix bus
too bright?") where one part is measured clearly too loud and is strong in that range: the part's fault outranks
the whole mix's lean. An engineer denies the master first and names the part with its fader, then the lean as
what is left to check, because a master EQ would cut that range from every part to fix one fader."""

from __future__ import annotations

import re

from companion.context import Finding, FindingKind, MixContext
from model.answer_carrier import EXCESS_ROLES
from model.blamed_location import blamed_place
from model.evidence import carries
from model.focus import Focus
from model.intent import Wants
from model.intent_yes_no import takes_yes_no
from model.part_blamed import TONE_KINDS
from model.phrasing import MAX_WORDS, Answer, first_sentence, fit, lower_first, split_sentences
from model.recipes import recipe

EXCESS_COMPLAINTS = ("harsh", "boomy", "muddy")
"""Complaints of too much in one range: a part too loud there is their cause."""


def _range_fault(ctx: MixContext, focus: Focus, lean: Finding | None) -> Finding | None:
    """The most severe part measured clearly too loud that lives where the complaint lives: a role of that range,
    or a track strong in the lean's range."""
    tracks = {rt.name: rt for rt in focus.session.tracks if not rt.track.mute}
    loud = [
        f
        for f in ctx.problems
        if f.kind is FindingKind.TRACK_TOO_LOUD and f.track in tracks and not f.is_lean
    ]
    if lean is not None:
        roles = EXCESS_ROLES.get(focus.intent.complaint or "") or ()
        loud = [
            f
            for f in loud
            if tracks[f.track or ""].role in roles or carries(ctx, tracks[f.track or ""], lean)
        ]
    return max(loud, key=lambda f: f.severity, default=None)


def part_over_lean(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """``ans`` (a whole-mix lean read out for a tone blamed on the master) led by the part measured too loud in
    that range, with its fader card; the lean follows. Unchanged when no part is off there or the answer already
    leads with a part."""
    intent = focus.intent
    if intent.complaint not in EXCESS_COMPLAINTS or intent.instruments or intent.should or not focus.session:
        return ans
    if ctx.analysis is None or intent.wants != Wants.JUDGE:
        return ans
    place = blamed_place(intent.question)
    if place is None or " or " in intent.question:
        return ans
    if ans.first is not None and ans.first.track is not None:
        return ans  # already about a part
    kind = TONE_KINDS[intent.complaint or ""]
    lean = next((f for f in ctx.problems if f.track is None and f.kind is kind), None)
    fault = _range_fault(ctx, focus, lean)
    if fault is None:
        return ans
    move = recipe(fault, focus.session)
    said = first_sentence(fault.summary)
    named = "" if said.startswith(f"{fault.track!r}") else f"it's {fault.track!r}: "
    parts = [f"No, not {place}: {named}{lower_first(said)}", move.try_text]
    if lean is not None:
        lean_said = split_sentences(lean.summary)[0]
        parts.append(f"Then, on the whole mix: {lower_first(lean_said)}")
    parts.append(move.check_text)
    return Answer(fit(parts, MAX_WORDS, keep=2), [move], fault)


def _next_step(ans: Answer, wants: str) -> str:
    """What the EQ answer said to do: its first sentence for a how-to (the move), the move itself for a verdict
    (whose first sentence reads the lean out under its own yes/no)."""
    if wants == Wants.JUDGE and ans.moves and ans.moves[0].try_text:
        return ans.moves[0].try_text
    return split_sentences(ans.text)[0]


def _plain_claim(focus: Focus) -> bool:
    """A tone said of the whole mix as a statement or a plain yes/no ("the low end is muddy", "does my mix sound
    muddy?"): no place blamed (``part_over_lean`` answers that), no either/or, no "enough" or "ok" turning the
    yes/no round. Like "how do I fix the mud?" it is answered with the part's fader first."""
    intent = focus.intent
    return (
        intent.wants == Wants.JUDGE
        and not (intent.enough or intent.asks_ok or intent.should or intent.technique)
        and blamed_place(intent.question) is None
        and re.search(r"\bor\b", intent.question, re.IGNORECASE) is None
    )


def fader_before_eq(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """``ans`` (how to fix a harsh, boomy or muddy mix, answered with EQ on the whole mix's lean) led by the fader
    of the part measured clearly too loud in that range: balance comes first, since a dip on other parts cannot
    undo one part sitting 10 dB over its place. The EQ stays as the next step, for what is left after the fader.
    The same for the tone said as a plain claim ("the low end is muddy"), a yes/no one opening "Yes:"."""
    intent = focus.intent
    if intent.complaint not in EXCESS_COMPLAINTS or intent.instruments or not focus.session:
        return ans
    if ctx.analysis is None or not (intent.wants == Wants.HOW_TO or _plain_claim(focus)):
        return ans
    first = ans.first
    kind = TONE_KINDS[intent.complaint or ""]
    if first is None or first.track is not None or first.kind is not kind:
        return ans  # the answer already leads with a part, or with something else than that tone
    if any(s.action == "nudge_volume_db" for s in ans.suggestions):
        return ans  # a fader is already in it
    fault = _range_fault(ctx, focus, first)
    if fault is None:
        return ans
    move = recipe(fault, focus.session)
    verdict = "Yes: " if intent.wants == Wants.JUDGE and takes_yes_no(intent.question, intent.tag) else ""
    parts = [
        f"{verdict}{lower_first(move.try_text) if verdict else move.try_text} {first_sentence(fault.summary)}",
        f"Then, if it is still {intent.complaint}: {lower_first(_next_step(ans, intent.wants))}",
        "Balance comes first: no EQ fixes a part sitting at the wrong level.",
    ]
    return Answer(fit(parts, MAX_WORDS, keep=2), [move, *ans.moves], fault)
