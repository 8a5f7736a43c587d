"""The step after the one just given ("and if that doesn't work?", "what if the fader doesn't fix it?", "ok and if
not?", "plan b?"): the user has the first move and asks what to reach for when it is not enough.

Why: such a follow-up borrowed the earlier subject and was answered as the earlier question again (the same
fader move, sometimes under a "Yes:" or "No, the opposite:" that answered nothing). An engineer keeps the first
move and names the next one, from what was measured: a part still covered after its fader gets the dip on the
part covering it (the masking finding's own band and size); a part with no compressor to hold it at its new
level gets one, set from MixologyDB's medians for its role; a second move the earlier answer already carried
comes next otherwise. With nothing measured past the first move the answer says so, rather than inventing one.

The earlier answer is rebuilt from the conversation, as ``model.verdict_reason`` does for "why?".
"""

from __future__ import annotations

import re

from companion.context import Finding, FindingKind, MixContext
from model.answer_quality import compressor_move
from model.earlier_answer import earlier_answer
from model.focus import Focus
from model.intent import classify, previous_question
from model.phrasing import MAX_WORDS, Answer, Composer, capital, first_sentence, fit, lower_first
from model.recipes import Move, recipe

IF_NOT_ENOUGH = re.compile(
    r"\bif (that|it|this|the (fader|move|cut|boost|eq)|that (move|fader|cut))( still)? "
    r"(doesn'?t|does not|didn'?t|did not|won'?t|will not|wont|isn'?t|is not|fails?\b|can'?t)"
    r"(?! (you|u) (think|reckon))|"
    r"\bif (that|it|this)('s| is) (still )?not enough\b|\bif (it|that) still\b|\bif (that|it) fails\b|"
    r"^\W*(and|ok|okay|so|but)?\W*(what )?if not\W*$|\bplan b\b|\bbackup plan\b",
    re.IGNORECASE,
)
"""The first move may fall short: "if that doesn't work", "if it still sounds off", "and if not?", "plan b"."""

_VERDICT = re.compile(r"^(No|Nope|Yes|Not really|It's fine|Fine)[,:]\s*")
OPENS_WITH_IF = re.compile(
    r"^\W*(?:(?:and|ok|okay|so|but|alright|then|hmm|yeah|well|what|right)[\s,]+)*(?:if|suppose|say)\b|\bplan b\b|"
    r"\bbackup plan\b",
    re.IGNORECASE,
)
"""The fallback is the question itself ("and if that doesn't work?"), not a condition inside another one ("is it
ok if it still peaks at -1?")."""
LEVEL_KINDS = (FindingKind.TRACK_TOO_LOUD, FindingKind.TRACK_TOO_QUIET)


def asks_next_step(ctx: MixContext, focus: Focus) -> bool:
    """A bare "and if that doesn't work?" leaning on the last answer: it names no part or complaint of its own.
    Read from the question as typed (the intent's copy may have lost a tail such as "do it")."""
    question = ctx.question
    if (
        not (IF_NOT_ENOUGH.search(question) and OPENS_WITH_IF.search(question))
        or previous_question(ctx.history) is None
    ):
        return False
    own = classify(question)
    return not (own.instruments or own.about_master or own.technique)


def _covering(ctx: MixContext, f: Finding) -> Finding | None:
    """The most severe masking the level fault ``f`` takes part in: its track covering another when too loud,
    or covered by another when too quiet."""
    key = "track" if f.kind is FindingKind.TRACK_TOO_LOUD else "other_track"
    found = [
        m
        for m in ctx.findings
        if m.kind is FindingKind.MASKING
        and (m.track if key == "track" else m.evidence.get("other_track")) == f.track
    ]
    return max(found, key=lambda m: m.severity, default=None)


def _next_move(ctx: MixContext, focus: Focus, earlier: Answer) -> tuple[Move, Finding | None] | None:
    """The move after ``earlier``'s first one, with the finding it answers (None for a compressor to hold a
    level), or None when nothing measured calls for one."""
    f = earlier.first
    session = focus.session
    if f is None or session is None:
        return None
    if f.kind in LEVEL_KINDS and (masking := _covering(ctx, f)) is not None:
        return recipe(masking, session), masking
    if len(earlier.moves) > 1:
        return earlier.moves[1], None
    rt = session.named(f.track or "") if f.kind in LEVEL_KINDS else None
    if rt is not None and not rt.has_comp and "compressor" not in earlier.moves[0].try_text:
        move = compressor_move(rt, "hold")
        if move is not None:
            return move, None
    return None


def fallback_answer(ctx: MixContext, focus: Focus, answer_of: Composer) -> Answer | None:
    """The next step after the last answer's first move (or that none was needed), or None when the question is
    not a bare "and if that doesn't work?".

    ``answer_of`` answers a context (``model.answer.compose``), passed in so this module imports no router.
    """
    if ctx.analysis is None or not asks_next_step(ctx, focus):
        return None
    earlier = earlier_answer(ctx, answer_of)
    if earlier is None:
        return None
    if not earlier.moves:  # nothing was moved: no step to fall back from, and the verdict stands
        head = "There's no move to fall back from: nothing I measured there needs one."
        said = capital(
            _VERDICT.sub("", earlier.text, count=1)
        )  # the verdict word answered the earlier question
        return Answer(fit([head, said], MAX_WORDS, keep=1), [], earlier.first)
    first = first_sentence(earlier.moves[0].try_text).rstrip(".") + "."
    found = _next_move(ctx, focus, earlier)
    if found is None:
        text = (
            f"Give that move a fair go first: {lower_first(first)} Nothing else I measured needs a move after it; "
            "if it still sounds wrong once it's done, play it again and ask 'did that help?', and I'll measure "
            "it fresh."
        )
        return Answer(text, list(earlier.moves), earlier.first)
    move, why = found
    parts = [f"Then, as the next step: {lower_first(move.try_text)}"]
    if why is not None:
        parts.append(f"Why: {lower_first(first_sentence(why.summary))}")
    parts += [f"Do it after the first move, not instead of it: {lower_first(first)}", move.check_text]
    # the next step's card first (what was asked for), the first move's after it (its number is said too)
    return Answer(fit(parts, MAX_WORDS, keep=2), [move, earlier.moves[0]], why or earlier.first)
