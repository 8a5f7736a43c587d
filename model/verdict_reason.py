"""The reason behind the last answer ("why?", "why does that matter?", "how do you know?", "why is that a problem?"
right after a verdict): not the verdict again, but what the problem does to a listener and what it was measured
against (the number and the comparison: MixologyDB's level for that role, the range real mixes of the family
use, the covered part in the same band), with the same cards as the answer it explains.

The answer explained is rebuilt from the conversation (the earlier question against this ask's measurements), so
the reason always belongs to the verdict the user just read. A reason question that names something of its own
("why is the vocal buried?", "why is it muddy?") is a question of its own and is answered as one.
"""

from __future__ import annotations

import re

from companion.context import TONAL_KINDS, Finding, FindingKind, MixContext
from model.earlier_answer import earlier_answer
from model.focus import Focus
from model.gear_pushback import gear_note
from model.intent import Wants, classify, previous_question
from model.listener_impact import listener_impact
from model.phrasing import (
    EXPLAIN_WORDS,
    Answer,
    Composer,
    capital,
    first_sentence,
    fit,
    lower_first,
    split_sentences,
)
from model.reference_craft import asks_reference_craft
from model.taste_pushback import taste_pushback

ASKS_EVIDENCE = re.compile(
    r"\bhow (do|can|would) (you|u) (know|tell)\b|\bsays who\b|\bbased on what\b|\bwhat('s| is) that based on\b|"
    r"\bwhat tells (you|u)\b|\bwhere('s| is| does) that (come|coming) from\b|^\s*(really|seriously|(are )?(you|u) sure)\b",
    re.IGNORECASE,
)
"""The reason asked for is the evidence ("how do you know?"): the measurement leads, its meaning follows."""
_NUMBER = re.compile(r"\d")
_QUOTED = re.compile(r"(?<!\w)'[A-Z0-9][^']*'")  # a track named ('Bass'), not a contraction's apostrophe
_MOVE_WORDS = re.compile(r"^(Bring|Try|Dip|Cut|Add|Pan|Put|On |Set|Turn|Pull|Push|Check|Listen|Flip)", re.I)


_THAT_MATTERS = re.compile(
    r"\bwhy (does|do|would|should) (that|it|this) (matter|count|be a (problem|big deal|thing))\b|"
    r"\bwhy (is|'s) (that|it|this) (a problem|bad|an issue|a big deal|wrong)\b",
    re.IGNORECASE,
)
"""The last verdict's weight asked about, whatever part is named beside it ("why does that matter, its just a pad")."""


def asks_reason_of_last(ctx: MixContext, focus: Focus) -> bool:
    """A bare reason question leaning on the last answer: wants why, borrows its subject, names nothing itself."""
    intent = focus.intent
    before = previous_question(ctx.history)
    if intent.wants != Wants.WHY or before is None:
        return False
    own = classify(intent.question)
    # "why does that matter tho, its just a pad" after "is the pad too loud": the same part, still the last answer's
    same = set(own.instruments) <= set(classify(before[0]).instruments)
    if not intent.follow_up and not (same and _THAT_MATTERS.search(intent.question)):
        return False
    # "why do people use reference tracks?" after a verdict: a question of its own, the craft
    named = (own.instruments and not same) or own.complaint or own.about_master or own.technique
    return not (named or asks_reference_craft(intent.question))


def measured_basis(f: Finding) -> str:
    """The measurement ``f`` rests on and what it was held against, as its summary states it (so every number
    is the finding's own): a part's level with the range real mixes use, a clash's two meters in that band, a
    tonal build-up against real mixes of the family; the verdict words and the advice left out."""
    summary = f.summary.strip()
    if f.kind in TONAL_KINDS:
        said = summary.split("; ")[0].split(". ")
        measured = said[1] if len(said) > 1 and re.match(r"^The mix (leans|is)\b", said[0]) else said[0]
        return measured.rstrip(".") + "."
    if f.kind is FindingKind.MASKING:
        return summary.split("; ")[0].rstrip(".") + "."
    if f.kind in (FindingKind.TRACK_TOO_LOUD, FindingKind.TRACK_TOO_QUIET):
        return split_sentences(summary)[0].rstrip(".") + "."
    return first_sentence(summary)


def _covered_role(focus: Focus, f: Finding) -> str | None:
    other = f.evidence.get("other_track")
    roles = {rt.name: rt.role for rt in focus.session.tracks} if focus.session else {}
    return roles.get(str(other)) if other is not None else None


def _numbered(text: str, limit: int = 3) -> list[str]:
    """The sentences of an earlier answer that state what was measured (a number or a track named), not a move:
    what a "no" rested on; the first one without its verdict words ("Not up top: ...")."""
    out = [
        s
        for s in split_sentences(text)
        if (_NUMBER.search(s) or _QUOTED.search(s)) and not _MOVE_WORDS.match(s)
    ]
    if out:
        head, sep, rest = out[0].partition(": ")
        out[0] = rest if sep and not _NUMBER.search(head) and len(head.split()) <= 8 else out[0]
    return [s for s in out if s][:limit]


def _fine_reason(earlier: Answer) -> Answer | None:
    """Why the last answer found nothing to fix: the measurement it stood on, no move."""
    verdict = earlier.text.split(":", 1)[0].split(",", 1)[0].strip().lower()
    opening = (
        ("By the numbers it isn't" if verdict.startswith("no") else "By the numbers it is")
        if verdict.startswith(("no", "yes"))
        else "By the numbers it's fine"
    )
    f = earlier.first
    basis = [measured_basis(f)] if f is not None else _numbered(earlier.text)
    if not basis:
        return (
            None  # nothing measured behind it ("I can't tell from the mix file alone ..."): no reason to give
        )
    if f is None:
        tail = "Nothing I measured there points past what real mixes do, so there's nothing a listener would trip over."
    elif f.kind in (FindingKind.TRACK_TOO_LOUD, FindingKind.TRACK_TOO_QUIET):
        tail = "That's inside the range real mixes use, so a listener won't hear it as out of place."
    else:
        tail = "That's too small to be a problem: a remark, not a fault."
    parts = [f"{opening}: {lower_first(basis[0])}", *basis[1:], tail]
    return Answer(fit(parts, EXPLAIN_WORDS, keep=2), [], f)


def reason_answer(ctx: MixContext, focus: Focus, answer_of: Composer) -> Answer | None:
    """The reason behind the last answer, or None when the question is not a bare reason question.

    ``answer_of`` answers a context (``model.answer.compose``), passed in so this module imports no router.
    """
    if (taste := taste_pushback(ctx, focus)) is not None:
        return taste  # "but my drummer likes it loud, why change it?": the choice granted, its cost, a middle way
    if ctx.analysis is None or not asks_reason_of_last(ctx, focus):
        return None
    earlier = earlier_answer(ctx, answer_of)
    if earlier is None:
        return None
    f = earlier.first
    # the answer found nothing to move: why it is fine (a problem left alone: its own words)
    if not earlier.moves:
        return _fine_reason(earlier) if f is None or not f.is_problem else None
    if f is None:  # a move with no problem behind it (a gentle master lift): its own answer tells its reason
        return None
    impact = capital(listener_impact(f, _covered_role(focus, f))) + "."
    basis = measured_basis(f)
    said = basis if basis.startswith("'") else lower_first(basis)  # a track's name keeps its case
    lean = (
        "It's a lean, not a fault: act on it only if you hear it."
        if f.is_lean
        else ("It's small, inside what real mixes do: a nudge, not a fix." if not f.is_problem else "")
    )
    move = first_sentence(earlier.moves[0].try_text)
    stands = f"So the move stands: {lower_first(move)}" if move.strip(".") else ""
    # the evidence asked for, or a clash (whose meaning is about "there"): the measurement first
    if ASKS_EVIDENCE.search(focus.intent.question) or f.kind is FindingKind.MASKING:
        parts = [f"I measured it: {said}", f"Why it matters: {lower_first(impact)}", lean, stands]
    else:
        parts = [f"Because {lower_first(impact)}", f"How I know: {said}", lean, stands]
    if gear := gear_note(focus.intent.question):  # "why? it sounds fine on my headphones": what they hide
        parts.insert(2, gear)
    return Answer(fit(parts, EXPLAIN_WORDS, keep=2), list(earlier.moves), f)
