"""One part blamed for covering another ("why does the singer vanish when the horns hit?", "are the horns drowning
the singer?") while neither is off and a third part sits at the wrong level: "Not the horns", then that part.

Why: with the pair measured fine the why route said "So it's probably not the level or a clash I can measure" and
the judge route "Both are fine", while the strings sat a dB under the lead vocal, the very thing that buries a
voice. The asker heard something real and guessed the wrong part; an engineer clears the guess and names the
fault that does explain it, with its fader (``model.clash_elsewhere`` does the same for a pair said to fight).
"""

from __future__ import annotations

import re

from companion.context import FindingKind, MixContext
from model.evidence import track_evidence
from model.focus import Focus
from model.intent import Wants
from model.moves import level_move
from model.phrasing import EXPLAIN_WORDS, MAX_WORDS, Answer, first_sentence, fit, lower_first

COVERING = re.compile(
    r"\b(drown\w*|vanish\w*|disappear\w*|buri\w*|bury\w*|swallow\w*|mask\w*|cover\w*|step\w* on|eat\w* (up )?|"
    r"smother\w*|swamp\w*|get(s|ting)? lost|lost|cover(s|ing)? up|wash\w* out|bulldoz\w*)\b",
    re.IGNORECASE,
)
"""One part said to hide another."""
LEVELS = (FindingKind.TRACK_TOO_LOUD, FindingKind.TRACK_TOO_QUIET)


def cover_blamed_elsewhere(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """``ans`` clearing the part blamed for covering the other and naming the level fault elsewhere; ``ans`` when
    the pair (or one of it) is off, a clash between them is measured, or nothing else is off."""
    intent = focus.intent
    if ctx.analysis is None or not focus.session or intent.wants not in (Wants.WHY, Wants.JUDGE):
        return ans
    if not COVERING.search(intent.question) or intent.technique is not None:
        return ans
    asked = [a for a in focus.asked if a.tracks and not a.stand_in]
    if len(asked) != 2 or len(focus.asked) != 2:
        return ans
    pair = {rt.name for a in asked for rt in a.tracks}
    if ans.first is not None and ans.first.track in pair:
        return ans
    if any(f.track in pair or f.evidence.get("other_track") in pair for f in ctx.problems if not f.is_lean):
        return ans  # something measured on the pair: its own route says it
    fault = next(
        (f for f in ctx.problems if f.kind in LEVELS and f.is_problem and not f.is_lean and f.track), None
    )
    if fault is None:
        return ans
    # the part blamed is the one that is not the lead voice (the one said to vanish), else the first named
    blamed = next((a for a in asked if a.tracks[0].role != "lead_vocal"), asked[0])
    rt = blamed.tracks[0]
    if ans.text.startswith(f"Not {rt.quoted}"):
        return ans  # the guess already cleared by name, the fault after it (``model.guess_cleared``)
    meter = track_evidence(ctx, rt).measured_level()
    head = f"{'Not' if intent.wants == Wants.WHY else 'No, not'} {rt.quoted}: nothing I measured says it is out of line"
    head += f" ({meter})." if meter else "."
    move = level_move(fault, focus.session)
    off = f"What is off is {fault.track!r}: {lower_first(first_sentence(fault.summary))}"
    words = EXPLAIN_WORDS if intent.explain or intent.wants == Wants.WHY else MAX_WORDS
    return Answer(fit([head, off, move.try_text, move.check_text], words, keep=3), [move], fault)
