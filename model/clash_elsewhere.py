""" "Are the kick and bass fighting?" with neither covering the other but a third part at the wrong level: "not each
other", then that part's fault and its fader.

Why: the clash route answers the pair alone ("No: nothing I measured shows 'Kick' covering 'Bass'"), and where the
two share a range it offers the classic slot dip ("Still, the classic fix: on 'Bass', dip 2 dB ..."), with its
card, while the lead vocal sits 8 dB under its place: the user hears something wrong, guessed the wrong pair,
and is handed an EQ move on a part that is fine. An engineer clears the pair and names what is off instead: "No,
not each other: ... What is off is 'Lead Vocal': ...", with that part's fader as the card. Nothing new is
measured: the pair's sentence is the route's own, the fault is the diagnosis' own finding and recipe.
"""

from __future__ import annotations

import re

from companion.context import Finding, FindingKind, MixContext
from model.focus import Focus
from model.moves import level_move
from model.phrasing import EXPLAIN_WORDS, MAX_WORDS, Answer, first_sentence, fit, lower_first

_NO_CLASH = re.compile(
    r"^(?P<no>No: )?(?P<said>[Nn]othing I measured shows (?P<a>'[^']+') covering (?P<b>'[^']+') on its own tracks\.)"
    r"(?:\s|$)"
)
"""The clash route's "no" on the pair asked about, or its plain sentence when the clash was said, not asked ("the
fiddle n the vocal r fighting")."""


def _fault_elsewhere(ctx: MixContext, pair: set[str]) -> Finding | None:
    return next(
        (
            f
            for f in ctx.problems
            if f.kind in (FindingKind.TRACK_TOO_LOUD, FindingKind.TRACK_TOO_QUIET)
            and f.is_problem
            and not f.is_lean
            and f.track
            and f"'{f.track}'" not in pair
        ),
        None,
    )


def clash_elsewhere(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """``ans`` clearing the pair and naming the part at the wrong level instead; ``ans`` itself when the pair
    clash, or nothing else is off."""
    m = _NO_CLASH.match(ans.text)
    if m is None or ans.first is not None or not focus.session:
        return ans
    fault = _fault_elsewhere(ctx, {m.group("a"), m.group("b")})
    if fault is None:
        return ans
    move = level_move(fault, focus.session)
    parts = [
        f"{'No, not' if m.group('no') else 'Not'} each other: {lower_first(m.group('said'))}",
        f"What is off is {fault.track!r}: {lower_first(first_sentence(fault.summary))}",
        move.try_text,
        move.check_text,
    ]
    return Answer(fit(parts, EXPLAIN_WORDS if focus.intent.explain else MAX_WORDS, keep=2), [move], fault)
