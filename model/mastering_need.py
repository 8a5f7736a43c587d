""" "Do i need to master it?", "should i get it mastered", "does it need mastering": whether the mix needs a
mastering step, from the numbers a master works on, with the mix's own fault first when one is measured.

Why: the question read as a yes/no on the mix's state, so a clean mix got "Yes. Honestly, nothing in the numbers
needs fixing", a yes that its own body denies, and a mix with the bass 10 dB over got "On the mix: ..." with no
answer to the question. An engineer says "Not yet" while the balance is off (a master works on the stereo file
and can't pull one part back), and otherwise answers from the loudness and the peaks a master would set.
"""

from __future__ import annotations

import re

from companion.context import FindingKind, MixContext
from model.focus import Focus
from model.phrasing import MAX_WORDS, Answer, first_sentence, fit, lower_first
from model.recipes import recipe

ASKED = re.compile(
    r"\b(need|needs|needed|should|shall|do i|does it|have to|gotta|worth|ready (for|to))\b[^?.!]{0,30}?"
    r"\b(master (it|this|that|them|the (song|mix|track|tune))|mastering|mastered|to be mastered)\b",
    re.IGNORECASE,
)
"""A mastering step asked about as a need ("do i need to master it", "does it need mastering"), not the master bus
("should i put a limiter on the master")."""
OPEN_ASK = re.compile(
    # "keep it short: how loud should i master this for spotify": a clause before the question, then the number asked
    r"^\W*([\w' ]{1,25}[:;]\s*)?((so|ok|and|but)\s+)?(how|what|which|where|when|why)\b",
    re.IGNORECASE,
)
"""A question that asks for a number or a way ("how loud should i master this?"), not whether to master."""
READY = re.compile(r"\bready\b", re.IGNORECASE)
"""Asked as the mix being ready for the step ("is it ready to be mastered?"), not whether the step is needed: the
"can I bounce it?" route answers that."""
QUIET_LUFS = -16.0
"""Under this a mix plays quieter than streaming services normalise to (-14 LUFS, Apple Music -16)."""
CEILING_DBTP = -1.0
"""The true-peak ceiling streaming services ask a master to stay under."""
LEVELS = (FindingKind.TRACK_TOO_LOUD, FindingKind.TRACK_TOO_QUIET)


def mastering_need(ctx: MixContext, focus: Focus) -> Answer | None:
    """Whether the mix needs mastering: "Not yet" and the fault with its move, or the loudness and peaks read;
    None for any other question or with no clip measured."""
    a = ctx.analysis
    if a is None or not ASKED.search(focus.intent.question) or focus.intent.instruments:
        return None
    if OPEN_ASK.match(focus.intent.question):
        return None  # "how loud should i master this for youtube?": a target asked, which its own route gives
    if READY.search(focus.intent.question):
        return None  # "is it ready for mastering?": the mix's readiness, which its own route answers
    fault = next((f for f in ctx.problems if f.kind in LEVELS and not f.is_lean), None)
    if fault is not None and focus.session is not None:
        move = recipe(fault, focus.session)
        head = (
            "Not yet: fix the mix first, since mastering works on the whole stereo file and can't pull one part "
            f"back: {lower_first(first_sentence(fault.summary))}"
        )
        return Answer(fit([head, move.try_text, move.check_text], MAX_WORDS, keep=2), [move], fault)
    numbers = f"{a.integrated_lufs:.1f} LUFS integrated with the true peak at {a.true_peak_dbtp:.1f} dBTP"
    if a.integrated_lufs < QUIET_LUFS:
        return Answer(
            f"Yes, for loudness: it reads {numbers}, quieter than the -14 LUFS streaming services play at. A "
            f"limiter on the master with its ceiling at {CEILING_DBTP:.0f} dBTP brings it up; raise it until the "
            "meter reads about -14 LUFS."
        )
    if a.true_peak_dbtp > CEILING_DBTP or a.clipped_samples > 0:
        return Answer(
            f"Yes, for the peaks: it reads {numbers}, over the {CEILING_DBTP:.0f} dBTP ceiling streaming services "
            f"ask for. A limiter on the master with its ceiling at {CEILING_DBTP:.0f} dBTP fixes that."
        )
    return Answer(
        f"Not for the numbers: it already reads {numbers}, in range for streaming, and nothing in the balance is "
        "measured out of line. Mastering here would be a final polish, or a second pair of ears, not a fix."
    )
