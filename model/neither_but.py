""" "the fiddle and the vocal blur together, which one's the problem?" with neither of the two off, while a third
part covers one of them (or sits at the wrong level): "Neither", then that part with its move.

Why: the either/or route said "Neither stands out: nothing I measured says 'Fiddle' is out of line" and stopped,
while the acoustic guitar covered the vocal at 500 Hz-2 kHz, the very blur heard. An engineer clears both guesses
and names what does explain it: a part covering one of the pair first, else the first part at the wrong level."""

from __future__ import annotations

from companion.context import Finding, FindingKind, MixContext
from model.evidence import TRACK_LEVEL_KINDS
from model.focus import Asked, Focus
from model.masker_level import balance_fault, masking_reason
from model.phrasing import MAX_WORDS, Answer, first_sentence, fit, lower_first
from model.recipes import recipe


def _elsewhere(ctx: MixContext, pair: set[str]) -> Finding | None:
    """A fault off the pair: a part covering one of them first, else the first part at the wrong level."""
    faults = [f for f in ctx.problems if not f.is_lean and f.track and f.track not in pair]
    covering = next(
        (f for f in faults if f.kind is FindingKind.MASKING and f.evidence.get("other_track") in pair), None
    )
    return covering or next((f for f in faults if f.kind in TRACK_LEVEL_KINDS), None)


def neither_but(ctx: MixContext, focus: Focus, pick: Asked, other: Asked) -> Answer | None:
    """ "Neither:" and the part that explains what was heard, with its move; None when nothing else is off."""
    if ctx.analysis is None or focus.session is None:
        return None
    pair = {rt.name for a in (pick, other) for rt in a.tracks}
    fault = _elsewhere(ctx, pair)
    if fault is None:
        return None
    names = " or ".join(a.tracks[0].quoted for a in (pick, other))
    head = f"Neither: nothing I measured says {names} is out of line."
    level = balance_fault(ctx, fault) if fault.kind is FindingKind.MASKING else None
    lead = level or fault
    move = recipe(lead, focus.session)
    parts = [
        head,
        f"What is off is {lead.track!r}: {lower_first(first_sentence(lead.summary))}",
        move.try_text,
    ]
    if level is not None:  # the cover heard, said after the fader that causes it
        parts.append(masking_reason(fault, level))
    parts.append(move.check_text)
    return Answer(fit(parts, MAX_WORDS, keep=3), [move], lead)
