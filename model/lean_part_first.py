"""Where to start on a tonal complaint when the mix only leans that way and a part strong in that range sits far
off its level: "mix is fatiguing after one chorus, where do i start?" with the snare 10 dB over.

Why: the tonal route led with the lean ("the mix leans a little harsh ... try a 2-3 dB dip around 3 kHz on 'Hats'")
and never named the snare, the one real fault, loud exactly where the fatigue lives. An engineer starts with the
fader (balance before EQ), says why it is the place to start, and keeps the EQ dip for what is left after it."""

from __future__ import annotations

from companion.context import Finding, FindingKind, MixContext
from model.focus import Focus
from model.intent import Wants
from model.measured_fault import COMPLAINT_RANGES, LACKS, range_fault
from model.phrasing import EXPLAIN_WORDS, MAX_WORDS, Answer, first_sentence, fit, lower_first
from model.recipes import recipe


def part_before_lean(ctx: MixContext, focus: Focus, lean: Finding) -> Answer | None:
    """The part's fader first, then the lean's move for what remains; None unless ``lean`` is only a lean, the
    question asks where to start, and a part strong in the complaint's range is off the way that explains it (for
    an excess, a part far too loud anywhere, more severe than the lean, will do: it is the bigger fault)."""
    complaint = focus.intent.complaint or ""
    if not lean.is_lean or focus.intent.wants != Wants.WHAT_FIRST or complaint not in COMPLAINT_RANGES:
        return None
    part = range_fault(ctx, focus, "", complaint)
    why = (
        f"It's strong in the {COMPLAINT_RANGES[complaint][0]}, where the mix also leans {complaint}, so its fader "
        "eases that first."
    )
    if part is None and complaint not in LACKS:  # a part far over anywhere: the biggest thing off, every bar
        part = next((f for f in ctx.problems if f.kind is FindingKind.TRACK_TOO_LOUD and not f.is_lean
                     and f.track and f.severity > lean.severity), None)  # fmt: skip
        why = (
            "It's the biggest thing off in the mix, and a part that far over tires the ear on its own: set the "
            "balance before any EQ."
        )
    if part is None:
        return None
    move, eq = recipe(part, focus.session), recipe(lean, focus.session)
    parts = [
        f"Start with {part.track!r}: {lower_first(first_sentence(part.summary))}",
        move.try_text,
        f"{why} If it's still {complaint} after that: {lower_first(eq.try_text)}",
        move.check_text,
    ]
    limit = EXPLAIN_WORDS if focus.intent.explain else MAX_WORDS
    return Answer(fit(parts, limit, keep=3), [move, eq], part)
