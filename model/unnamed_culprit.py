"""A part the asker cannot name, said to sit over one they can: "theres this droney hum parked on top of the guitars
n i cant tell where its coming from, first move?", "something is drowning the guitars".

Why: the guitars were the only part named, so the router judged them ("No need: 'Gtr R' sits about 4 dB
quieter ... I'd leave it") while the keys, 10 dB over their place, were what the asker heard. The named part is
the one covered; the question is which part covers it. An engineer names the likeliest one from the meters (a part
measured covering it, else a part measured too loud), with its move; when nothing measured stands over it, says so
and how to find the sound by ear (mute parts one at a time).
"""

from __future__ import annotations

import re

from companion.context import Finding, FindingKind, MixContext
from model.focus import Focus
from model.intent import Wants
from model.masker_level import balance_fault, masking_reason, masks_over
from model.moves import masking_move
from model.phrasing import MAX_WORDS, Answer, first_sentence, fit, lower_first
from model.recipes import recipe
from model.session_view import quote_list

UNNAMED = re.compile(
    r"\b(some ?thing|some ?thin'?|some ?one|whatever( it is)?|mystery|what('s|s| is))\b|"
    r"\b(this|that|some|a|an)\s+([\w-]+\s+){0,3}?(thing|things|sound|noise|hum|drone|part|instrument|layer|tone|"
    r"buzz|whine|ring|stuff|wash|haze|fog|blur|film|veil|blanket|cloud|sheen|smear|glass)\b|"
    # "like theres frosted glass over the drums": a film said over a part, no part named for it
    r"\b(there'?s|theres|there is)\s+([\w-]+\s+){0,2}?(wash|haze|fog|blur|film|veil|blanket|cloud|sheen|smear|glass|"
    r"layer|hum|drone|noise)\b|"
    r"\b(can'?t|cannot|cant|don'?t|dont|no idea|dunno)\s+(tell|know|figure out|work out|find)?\s*"
    r"(what|where|which)\b",
    re.IGNORECASE,
)
"""A part said without its name: "something", "this droney hum", "i can't tell where it's coming from"."""
COVERING = re.compile(
    r"\b(on top of|over|covering|covers|cover|drown\w*( out)?|bur(y|ies|ied|ying)|mask\w*|smother\w*|swamp\w*|"
    r"hid(e|es|ing)|step\w* on|eat\w*( up)?|sit\w* on|park\w* on|fight\w*( with)?|clash\w* with)\s+"
    r"(the|my|our|all the|both)\s+",
    re.IGNORECASE,
)
"""A covering verb with the covered part after it ("parked on top of the guitars")."""
FIGHTING_UNNAMED = re.compile(
    r"\b(fight\w*|compet\w*|battl\w*|wrestl\w*|clash\w*)( with| against)? (some ?thing|some ?thin'?|whatever)\b",
    re.IGNORECASE,
)
"""Named parts fighting a part never named ("my voice n the fiddle are fighting something for space")."""
_LEVELS = (FindingKind.TRACK_TOO_LOUD,)
_WHICH = re.compile(r"\W*(so |ok |and |but )?(what|which|who)\b", re.IGNORECASE)
"""A question that asks which part ("what's covering the guitars?"): the part named, no yes or no."""


def _culprit(ctx: MixContext, covered: set[str]) -> tuple[Finding, Finding | None] | None:
    """(the fault to act on, the masking it comes with or None): a part measured covering one of ``covered``
    (its own level fault first when it has one), else the part measured furthest too loud among the rest."""
    faults = [f for f in ctx.problems if f.is_problem and not f.is_lean]
    if masks := masks_over(ctx, covered):
        m = max(masks, key=lambda f: f.severity)
        return (balance_fault(ctx, m) or m), m
    loud = [f for f in faults if f.kind in _LEVELS and f.track and f.track not in covered]
    return (max(loud, key=lambda f: f.severity), None) if loud else None


def _said_after(q: str, start: int, *words: str) -> bool:
    """True when the part is said (by its word as said, or its canonical word) within a few words after
    ``start``: "over the drums n my voice" names both right after the covering verb, wherever else they are said
    ("whole beat sounds washed out ... over the drums")."""
    hits = [m.start() for w in words if w for m in re.finditer(rf"\b{re.escape(w)}", q, re.IGNORECASE)]
    return any(0 <= at - start <= 15 for at in hits)


def _said_before(q: str, end: int, *words: str) -> bool:
    """True when the part is said in the clause that ends at ``end`` ("my voice n the fiddle are fighting")."""
    clause = re.split(r"[,;.?!]", q[:end])[-1]
    return any(w and re.search(rf"\b{re.escape(w)}", clause, re.IGNORECASE) for w in words)


def unnamed_culprit(ctx: MixContext, focus: Focus) -> Answer | None:
    """The part measured over the named one, when the asker says something unnamed covers it; None for any
    other question."""
    q = focus.intent.question
    unnamed, cover = UNNAMED.search(q), COVERING.search(q)
    fought = FIGHTING_UNNAMED.search(q)
    if ctx.analysis is None or (fought is None and (unnamed is None or cover is None)):
        return None
    found = [a for a in focus.asked if a.found and a.tracks]
    # the covered part said right after the covering verb ("on top of the guitars"); a part named before it is
    # the one covering (the clash route answers it), one named elsewhere a guess ("all over the song, is that
    # the keys?"); "my voice n the fiddle are fighting something": the parts said before it are the ones covered
    if fought is not None:
        covered_said = all(_said_before(q, fought.start(), a.said, a.word) for a in found)
    else:
        covered_said = cover is not None and all(_said_after(q, cover.end(), a.said, a.word) for a in found)
    if not found or not focus.session or not covered_said:
        return None
    covered = {rt.name for a in found for rt in a.tracks}
    named = quote_list([rt for a in found for rt in a.tracks])
    picked = _culprit(ctx, covered)
    # "is something stepping on my voice?" gets its yes or no; "what's covering it?", "first move?" the part
    yes_no = focus.intent.wants == Wants.JUDGE and not _WHICH.match(q)
    if picked is None:
        return Answer(
            fit(
                [
                    f"{'No: nothing' if yes_no else 'Nothing'} I measured stands over {named}: no other part reads too loud or covers "
                    f"{'them' if len(covered) > 1 else 'it'}.",
                    "To find the sound, loop the spot and mute the other tracks one at a time until it goes; then "
                    "pull that track's fader down 2-3 dB or dip it where it rings (common practice).",
                ],
                MAX_WORDS,
            )
        )
    fault, masking = picked
    move = masking_move(fault, focus.session) if fault is masking else recipe(fault, focus.session)
    head = f"Yes, most likely {fault.track!r}" if yes_no else f"That's most likely {fault.track!r}"
    if focus.intent.wants == Wants.WHY:  # "why is there this wash on my gtrs?": the cause, said as one
        head = f"Most likely because of {fault.track!r}"
    elif focus.intent.wants == Wants.WHAT_FIRST:  # "where should i start?": the part, as the place to start
        head = f"Start with {fault.track!r}, most likely what you hear"
    parts = [f"{head}: {lower_first(first_sentence(fault.summary))}", move.try_text]
    if masking is not None and fault is not masking:
        parts.append(masking_reason(masking, fault))
    parts.append(move.check_text)
    return Answer(fit(parts, MAX_WORDS, keep=2), [move], fault)
