"""A move proposed on a part for a symptom its own meters deny, while another measured fault explains the symptom
("my vocal sounds boxy n hard to follow, should i scoop some mids outta the voice?" with 'Acoustic Gtr' covering
the vocal). The part's verdict ("No: nothing I measured says 'Lead Vocal' is boxy.") is right but leaves the user
with nothing to do and the real cause untouched; an engineer goes on: "rather, 'Acoustic Gtr' covers it ...",
with that fault's card first (the covering part's fader when it is also too loud, else the dip on it; the
part's own fader when it is buried; the part measured too loud over it when the symptom is that it is hard to
hear).

What explains the symptom: a masking of the asked part (by any part) when the symptom is that it is hard to
hear, or when the complained tone lives where the masking is (boxy in the low mids, harsh up top); the part
itself too quiet, or another part too loud, only when the symptom is that it is hard to hear."""

from __future__ import annotations

import re

from companion.context import Finding, FindingKind, MixContext
from model.focus import Focus
from model.intent import Wants
from model.masker_level import balance_fault, masking_reason, masks_over
from model.phrasing import MAX_WORDS, Answer, first_sentence, fit, split_sentences
from model.recipes import recipe

HARD_TO_HEAR = re.compile(
    r"\bhard to (follow|hear|make out|understand|pick out)\b|\b(can'?t|cannot|barely) (hear|follow|make out)\b|"
    r"\b(lost|buried|hidden|hiding|drowned|swamped|masked|unclear|muffled|far away|far back|behind)\b|"
    r"\b(doesn'?t|does not|won'?t|not) (cut|come|poke|sit) (through|out|forward)\b",
    re.IGNORECASE,
)
"""The symptom of a part covered or too low: it is hard to follow, lost, buried."""
TONE_RANGES_HZ: dict[str, tuple[float, float]] = {
    "boxy": (250.0, 1000.0),
    "muddy": (150.0, 600.0),
    "boomy": (40.0, 250.0),
    "harsh": (2000.0, 6000.0),
    "thin": (100.0, 500.0),
    "dull": (4000.0, 12000.0),
}
"""Where each complained tone lives on a part (common practice): a masking there can be what the ear hears as it."""
_DENIAL = re.compile(r"(No|Not really|No need)\b")


def _asked(focus: Focus) -> set[str]:
    return {rt.name for rt in focus.tracks}


def _overlaps(f: Finding, complaint: str | None) -> bool:
    """True when the masking ``f`` sits where the complained tone lives."""
    span = TONE_RANGES_HZ.get(complaint or "")
    rng = f.evidence.get("range_hz")
    if span is None or not isinstance(rng, (list, tuple)) or len(rng) != 2:
        return False
    return float(rng[0]) < span[1] and span[0] < float(rng[1])


_WHEN = re.compile(r"\b(when|whenever|while|once|as soon as|every time|each time)\b.*$", re.IGNORECASE)
"""The clause that says when the symptom comes ("... when i strum", "... when the guitars kick in")."""


def _named_as_trigger(focus: Focus, track: str) -> bool:
    """True when ``track`` is named only in the clause saying when the symptom comes ("my vocal gets boxy when the
    guitars kick in"): the asker names it as the trigger, not as the part the move is proposed on."""
    q = focus.intent.question
    when = _WHEN.search(q)
    if when is None:
        return False
    head, clause = q[: when.start()].lower(), when.group(0).lower()
    return any(
        track in {rt.name for rt in a.tracks} and a.said.lower() in clause and a.said.lower() not in head
        for a in focus.asked
    )


def covering_fault(ctx: MixContext, focus: Focus) -> tuple[Finding, Finding | None] | None:
    """(the fault to act on, the masking it explains or None) for the asked part's symptom; None when nothing
    measured explains it."""
    asked = _asked(focus)
    q = focus.intent.question
    hard = bool(HARD_TO_HEAR.search(q))
    faults = [f for f in ctx.problems if f.is_problem and not f.is_lean]
    # a part named only as when the symptom comes ("boxy when i strum") may be the one covering
    covering = masks_over(ctx, asked, {t for t in asked if not _named_as_trigger(focus, t)})
    for m in covering:
        if hard or _overlaps(m, focus.intent.complaint):
            return (balance_fault(ctx, m) or m), m
    if not hard:
        return None
    buried = next((f for f in faults if f.kind is FindingKind.TRACK_TOO_QUIET and f.track in asked), None)
    over = next(
        (f for f in faults if f.kind is FindingKind.TRACK_TOO_LOUD and f.track and f.track not in asked), None
    )
    fault = buried or over
    return (fault, None) if fault is not None else None


def with_covering_fault(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """``ans`` (a no to a move proposed on a part, with no move of its own) followed by the measured fault that
    explains the symptom, with its card first; ``ans`` unchanged otherwise."""
    intent = focus.intent
    if intent.wants != Wants.JUDGE or not intent.should or not focus.tracks or ctx.analysis is None:
        return ans
    if ans.moves or not _DENIAL.match(ans.text):
        return ans
    found = covering_fault(ctx, focus)
    if found is None:
        return ans
    fault, masking = found
    denial = split_sentences(ans.text)[0]
    move = recipe(fault, focus.session)
    if masking is not None and fault is masking:  # covered, the covering part at its level: the dip on it
        parts = [f"Rather, {first_sentence(masking.summary)}", move.try_text, move.check_text]
    elif masking is not None:  # covered by a part also too loud: its fader first, then the dip
        parts = [f"Rather, {fault.track!r} is in its way: {first_sentence(fault.summary)}", move.try_text]
        parts.append(masking_reason(masking, fault))
        parts.append(move.check_text)
    elif fault.track in _asked(focus):
        parts = [f"Rather, it's buried: {first_sentence(fault.summary)}", move.try_text, move.check_text]
    else:
        parts = [f"Rather, what stands over it is {fault.track!r}: {first_sentence(fault.summary)}"]
        parts += [move.try_text, move.check_text]
    return Answer(fit([denial, *parts], MAX_WORDS, keep=2), [move], fault)
