"""A whole mix said to sound weak next to released music ("my track feels weak next to my reference", "so flat vs
songs on spotify") with no reference track given: there is nothing of the reference to measure, so an engineer
answers with what was measured. The loudness against the target first (the usual suspect, ruled in or out), then
the measured problem that makes a mix sound weak, with its number and its move (a part held far under its place,
one far over it, a crushed master...), or that nothing measured is to blame; and how giving that song would let the
two be compared directly, said for the front end that asked (``--reference``, the overlay's Reference track). A
loudness measured off its target is answered by ``model.answer_master``."""

from __future__ import annotations

from companion.context import FindingKind, MixContext
from companion.knowledge.targets import loudness_target
from model.answer_carrier import WEAK
from model.evidence import ranked_problems
from model.focus import Focus
from model.intent import asks_yes_no
from model.intent_reference import PLATFORM, REFERENCE
from model.phrasing import EXPLAIN_WORDS, MAX_WORDS, Answer, first_sentence, fit, lower_first
from model.recipes import recipe

REFERENCE_HINTS = {
    "cli": "No reference was given: with --reference that-song.wav I'd compare the two directly.",
    "overlay": "No reference was given: pick that song as the Reference track in Settings and I'd compare the two "
    "directly.",
}
"""What would answer the comparison itself, said the way the front end that asked takes a reference: the CLI's
``--reference`` flag, the overlay's Reference track setting; both where the asker could be either."""
REFERENCE_HINT_ANY = (
    "No reference was given: add that song (mixassist ask --reference that-song.wav, or the overlay's Reference "
    "track) and I'd compare the two directly."
)


def reference_hint(ctx: MixContext) -> str:
    """The way to give a reference, for the front end that asked (``MixContext.front_end``)."""
    return REFERENCE_HINTS.get(ctx.front_end, REFERENCE_HINT_ANY)


_LOUDNESS_KINDS = (FindingKind.TOO_QUIET, FindingKind.TOO_LOUD)


def weak_next_to_reference(ctx: MixContext, focus: Focus) -> Answer | None:
    """The answer to a mix said weak next to a reference or released songs, none given; None when that is not
    the question, a reference was given, or the loudness itself is measured off (its own answer then)."""
    intent = focus.intent
    a = ctx.analysis
    q = intent.question
    if (
        intent.complaint != "loudness"
        or intent.instruments
        or a is None
        or not focus.session
        or not WEAK.search(q)
        or not (REFERENCE.search(q) or PLATFORM.search(q))
        or a.extra.get("reference_track")
        or any(f.kind in _LOUDNESS_KINDS for f in ctx.problems)
    ):
        return None
    t = loudness_target(ctx.target)
    problems = ranked_problems(ctx, focus.session)
    fault = next((p for p in problems if not p.is_lean), None)
    # "is this gonna sound weak next to songs on spotify?": asked yes or no, so answered no on the loudness
    # first; said as a complaint ("why does it sound weak next to..."), the suspect is ruled out instead
    opening = ("No, not on loudness" if fault else "No") if asks_yes_no(intent) else "Not the loudness"
    if intent.enough:
        # "loud enough for spotify or gonna sound weak?": the first side named back, never a "No" to either
        opening = "It's loud enough"
    head = (
        f"{opening}: {a.integrated_lufs:.1f} LUFS integrated is in range for {t.short} "
        f"({t.integrated_lufs:.0f} LUFS)."
    )
    limit = EXPLAIN_WORDS if intent.explain else MAX_WORDS
    if fault is not None:
        move = recipe(fault, focus.session)
        parts = [head, f"What I measured that does make it weak: {lower_first(first_sentence(fault.summary))}",
                 move.try_text, reference_hint(ctx), move.check_text]  # fmt: skip
        return Answer(fit(parts, limit, keep=4), [move], fault)
    lean = problems[0] if problems else None
    parts = [
        f"{head} Nothing else I measured is out of line either (levels, tone, dynamics), so there's nothing in the "
        "numbers to blame.",
        f"At most, {lower_first(first_sentence(lean.summary))}" if lean is not None else "",
        reference_hint(ctx),
    ]
    return Answer(fit(parts, limit, keep=1), [], None)


def with_reference_hint(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """``ans`` to a complaint measured against the user's reference ("small next to my reference", "my drums
    sound weak next to my reference") with none given, closed by the way to compare with it, when the words fit."""
    intent = focus.intent
    if (
        intent.complaint is None
        or ctx.analysis is None
        or ctx.analysis.extra.get("reference_track")
        or not REFERENCE.search(intent.question)
        or "No reference was given" in ans.text
    ):
        return ans
    limit = EXPLAIN_WORDS if intent.explain else MAX_WORDS
    text = fit([ans.text, reference_hint(ctx)], limit)
    return ans if text == ans.text else Answer(text, ans.moves, ans.first)
