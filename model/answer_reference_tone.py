"""'Is mine brighter than my reference?': the top end against the reference track, either way, in the question's
terms. The reference's tonal verdicts only fire on a shortfall (the dull kind); a comparison asked the other way
still has its answer in the loudness-matched difference (``reference_top_db``, set by the companion when a
reference is given), said with its number. With no reference given, "my reference" gets the way to give one and
what the top measures against real mixes; "pro mixes" are what the verdicts compare with anyway, so the answer is
the top against real mixes."""

from __future__ import annotations

import math
import re

from companion.context import Finding, FindingKind, MixContext
from companion.listening.reference_compare import REMARK_DB
from model.focus import Focus
from model.intent_reference import REFERENCE
from model.phrasing import MAX_WORDS, Answer, first_sentence, fit, lower_first
from model.recipes import recipe
from model.reference_weak import reference_hint
from model.top_end import top_side, top_words

_BRIGHTER = re.compile(r"\b(brighter|crisper|airier|more (top|highs|treble|air|sparkle|sizzle))\b", re.I)
_DARKER = re.compile(r"\b(darker|duller|more muffled|less (top|highs|treble|air|sparkle|sizzle))\b", re.I)
_OWN_REFERENCE = re.compile(r"\b(reference|refs?)\b", re.IGNORECASE)
"""The user's own reference track, not released music in general ("pro mixes")."""


def _verdict(side: str, brighter: bool, darker: bool) -> str:
    """Yes/no in the question's terms for a top that is "above", "below" or "inside" what it is compared with."""
    if side == "above":
        return "Yes" if brighter else "No, brighter"
    if side == "below":
        return "Yes" if darker else "No, darker"
    return "No, about the same"


def _without_reference(ctx: MixContext, q: str, brighter: bool, darker: bool) -> Answer | None:
    a = ctx.analysis
    assert a is not None
    lean: Finding | None = next(
        (f for f in ctx.findings if f.kind is FindingKind.DULL and f.track is None), None
    )
    # the dull lean is the judged reading of the top when there is one; else the band's own number
    said = lower_first(first_sentence(lean.summary))[:-1] if lean else top_words(a, ctx.findings)
    if not _OWN_REFERENCE.search(q):  # "darker than pro mixes?": real mixes are what it is measured against
        side = "below" if lean is not None else top_side(a)
        return Answer(f"{_verdict(side, brighter, darker)}: {said}.") if said and side else None
    against = f" Against real mixes, {said}." if said else ""
    return Answer(f"I have no reference track to compare with.{against} {reference_hint(ctx)}")


def reference_top_answer(ctx: MixContext, focus: Focus) -> Answer | None:
    """The top end against the reference for "brighter/darker than my reference?", or None when the question is
    not that comparison."""
    q = focus.intent.question
    a = ctx.analysis
    brighter, darker = bool(_BRIGHTER.search(q)), bool(_DARKER.search(q))
    if a is None or not REFERENCE.search(q) or brighter == darker:
        return None
    d, name = a.extra.get("reference_top_db"), a.extra.get("reference_track")
    if not name:
        return _without_reference(ctx, q, brighter, darker)
    if not isinstance(d, (int, float)) or not math.isfinite(d):
        return None
    side = "inside" if abs(d) < REMARK_DB else "above" if d > 0 else "below"
    parts = [f"{_verdict(side, brighter, darker)}: your top end (above 4.5 kHz) has {abs(d):.1f} dB "
             f"{'more' if d > 0 else 'less'} than your reference ({name}) at matched loudness."]  # fmt: skip
    dull = next(
        (f for f in ctx.problems if f.kind is FindingKind.DULL and f.evidence.get("compared_with")), None
    )
    moves = []
    if dull is not None and d < 0:  # darker by a problem's worth: the reference's own dull move
        move = recipe(dull, focus.session)
        parts += [move.try_text, move.check_text]
        moves.append(move)
    elif d >= REMARK_DB:
        parts.append(_brighter_move(d))
    return Answer(fit(parts, MAX_WORDS), moves, dull if moves else None)


SHELF_MAX_DB = 3.0
"""A high shelf on the master moves everything up there, so it only closes a small gap; a wider one is carried by
certain parts (cymbals, guitars, a vocal's air) and is cut on them, or the reference is a brighter kind of song."""


def _brighter_move(d: float) -> str:
    """What closes a top end ``d`` dB brighter than the reference: a shelf on the master sized to a small gap, the
    parts that carry a wide one (a 1-2 dB shelf was said to close a 12 dB gap)."""
    if d <= SHELF_MAX_DB:
        return (
            f"If yours sounds harsher next to it, a gentle high-shelf cut above 4.5 kHz on the master, about "
            f"{max(1.0, round(d)):.0f} dB, closes the gap."
        )
    return (
        "That's too wide a gap for a shelf on the master: first check the reference is the same kind of song; if "
        "yours sounds harsher next to it, cut 2-3 dB up top on the parts that carry it (cymbals, guitars, a vocal's "
        "air), then A/B again at matched loudness."
    )
