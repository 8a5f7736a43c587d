""" "I can't feel the bass, is the kick too loud?" with nothing off on either: the guessed part cleared by name.

Why: a symptom said on one part and a cause guessed on another is routed to the part with the symptom; when the
guess is wrong and that part is fine too, the answer spoke only of the symptom's part ("No: nothing I measured
says 'Bass' is too loud"), never of the part the asker suspected, and said back a claim nobody made of it. An
engineer answers the guess first ("No: nothing I measured says 'Kick' is too loud"), then what the symptom's part
measures, or what is off instead. The body stays the route's own; only its first sentence is fitted.
"""

from __future__ import annotations

import re

from companion.context import Finding, FindingKind, MixContext
from model.focus import Asked, Focus
from model.guessed_part import ask_clause, guessed_part
from model.intent import complaint_in
from model.phrasing import EXPLAIN_WORDS, MAX_WORDS, Answer, first_sentence, fit, lower_first, split_sentences
from model.recipes import recipe
from model.verdict_opening import without_opening

SAID = {"loud": "too loud", "quiet": "too low"}
NOTHING = re.compile(r"\bnothing I measured says\b", re.IGNORECASE)


def _said_in(a: Asked, text: str) -> bool:
    return re.search(rf"\b{re.escape((a.said or a.word).lower())}", text.lower()) is not None


KIND_CLAIM = {FindingKind.TRACK_TOO_LOUD: "loud", FindingKind.TRACK_TOO_QUIET: "quiet"}


def _guess_right(focus: Focus, ans: Answer, fault: Finding, claim: str) -> Answer:
    """ "Yes, it's 'Kick': 'Kick' sits 12 dB louder ..." when the guess is the fault measured and the route opened
    by clearing the symptom's part instead; ``ans`` when it already leads with the fault, or the fault is not
    the level claimed."""
    opening = ans.text.split(". ", 1)[0]  # the whole first sentence, its verdict label and all
    if KIND_CLAIM.get(fault.kind) != claim or not NOTHING.search(opening) or not focus.session:
        return ans
    move = recipe(fault, focus.session)
    head = f"Yes, it's {fault.track!r}: {first_sentence(fault.summary)}"
    limit = EXPLAIN_WORDS if focus.intent.explain else MAX_WORDS
    return Answer(fit([head, move.try_text, move.check_text], limit, keep=2), [move], fault)


def guess_cleared(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """``ans`` led by "No: nothing I measured says <guess> is too loud." when the part guessed in the asking
    clause carries no fault and the answer never names it; ``ans`` itself otherwise."""
    question = focus.intent.question
    clause = ask_clause(question)
    guess = guessed_part(focus) if clause is not None else None
    if clause is None or guess is None or not guess.tracks or not _said_in(guess, clause):
        return ans
    claim = complaint_in(clause, (guess.word,))
    tracks = {rt.name for rt in guess.tracks}
    opening = ans.text.split(". ", 1)[0]  # the whole first sentence, its verdict label and all
    if claim not in SAID:
        return ans
    fault = next((f for f in ctx.problems if f.track in tracks and f.is_problem and not f.is_lean), None)
    if fault is not None:
        return _guess_right(focus, ans, fault, claim)
    if any(rt.quoted in opening for rt in guess.tracks):
        return ans  # the answer already leads with the part guessed
    quoted = " and ".join(rt.quoted for rt in guess.tracks[:2])
    verb = "are" if len(guess.tracks) > 1 else "is"
    head = f"No: nothing I measured says {quoted} {verb} {SAID[claim]}."
    body = split_sentences(without_opening(ans.text))
    other = ans.first
    if other is not None and ans.moves and other.is_problem and other.track not in tracks:
        body = [f"What is off: {lower_first(body[0])}", *body[1:]] if body else []
    elif body and NOTHING.search(body[0]):
        symptom = next((a for a in focus.asked if a.tracks and a is not guess), None)
        if symptom is not None:
            said = complaint_in(question.replace(clause, " "), (symptom.word,))
            what = SAID.get(said or "", "out of line")
            body[0] = f"Nor does anything say {symptom.tracks[0].quoted} is {what}."
    limit = EXPLAIN_WORDS if focus.intent.explain else MAX_WORDS
    return Answer(fit([head, *body], limit, keep=2), ans.moves, ans.first)
