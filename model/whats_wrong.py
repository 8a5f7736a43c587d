""" "What's wrong with my mix?", "whats wrong w/ this mix?", "what's the problem?": an open question asking for the
fault, on the whole mix. It was answered under a label ("On the mix:"), or a rotating opener meant for "what do
you hear?", or the move first when phrased "tell me what's wrong". An engineer asked what's wrong names the main
fault first ("The main thing: ..."), or says there is not much ("Nothing much: ...") when nothing measured needs
fixing or only a lean (a remark to act on only if heard) is measured."""

from __future__ import annotations

import re
from dataclasses import replace

from companion.context import MixContext
from model.evidence import ranked_problems
from model.focus import Focus
from model.intent import Intent, Wants
from model.lean_only import optional_move
from model.phrasing import MAX_WORDS, Answer, first_sentence, fit, lower_first
from model.recipes import recipe
from model.spectrum_regions import region_of

WHATS_WRONG = re.compile(
    r"(?<!\bis that )(?<!\bis this )(?<!\bis it )(?<!\bwas that )(?<!\bwas it )"
    r"\bwhat(?:'?s| is| are|s)? ?(?:wrong|off|the (?:main )?(?:problem|issue|fault)s?|the matter)\b",
    re.IGNORECASE,
)
"""What is wrong, asked open (not "is that what's wrong?", a yes or no on something already named)."""

MAIN = "The main thing:"
NOTHING_MUCH = "Nothing much:"


def asks_whats_wrong(intent: Intent) -> bool:
    """An open "what's wrong?" on the whole mix: no part or region named ("what's off in the low end?" is that
    region's own verdict), no complaint or technique of its own to answer, not a "what else?" (that walks on past
    what was said)."""
    return (
        bool(WHATS_WRONG.search(intent.question))
        and not intent.instruments
        and region_of(intent.question) is None
        and intent.complaint is None
        and intent.technique is None
        and not intent.more
    )


def whats_wrong(ctx: MixContext, focus: Focus) -> Answer | None:
    """The main fault measured, said first, with its move; "Nothing much:" when only a lean or nothing is measured.
    None for another question, or with nothing listened to (the no-audio route says so)."""
    intent = focus.intent
    if not asks_whats_wrong(intent) or ctx.analysis is None:
        return None
    from model.answer import (
        problems_answer,
        sounds_fine,
    )  # the orchestrator's routes; imported here (a cycle)

    problems = ranked_problems(ctx, focus.session)
    faults = [p for p in problems if not p.is_lean]
    if faults:  # the open "what's wrong" answer, its fault first and the move after (not the move first)
        return problems_answer(ctx, focus.session, replace(intent, wants=Wants.JUDGE), opener=MAIN)
    if problems:  # only a lean: not a fault, at most a thing to check by ear
        lean = problems[0]
        move = recipe(lean, focus.session)
        parts = [f"{NOTHING_MUCH} no fault in the numbers. At most, {lower_first(first_sentence(lean.summary))}",
                 f"If you hear it: {lower_first(move.try_text)}", move.check_text]  # fmt: skip
        return Answer(fit(parts, MAX_WORDS, keep=2), [optional_move(move)], lean)
    return sounds_fine(ctx, head=f"{NOTHING_MUCH} nothing in the numbers needs fixing. It measures")
