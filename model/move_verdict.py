"""The verdict on a level move the asker reports ("shoved the pad up heaps, that do it?", "pulled the vocal down,
sorted?"), judged on the move's direction and the part's level fault now.

An engineer answers such a check in one of three ways: the fault is gone (yes), the same fault is still there
(not yet: the move went the right way, not far enough), or the part now has the opposite fault (no, too far: the
move overshot). With an earlier clip ``model.answer_compare`` holds the two clips' findings against each other and
takes its words from here; with none, the part's state now is all there is, and a part too loud after a raise
(too quiet after a cut) is the overshoot, said as such, never a bare "No" nor a "Yes" above a cut."""

from __future__ import annotations

import re
from dataclasses import replace

from companion.context import Finding, FindingKind, MixContext
from model.focus import Focus
from model.intent_lead import either_state
from model.move_direction import DOWN, UP, reported_direction
from model.overshoot import said_overshot
from model.phrasing import EXPLAIN_WORDS, MAX_WORDS, Answer, capital, fit, lower_first, split_sentences
from model.reported_move import reports_move
from model.verdict_opening import without_opening

TOO_FAR = "No, too far"
"""The opening for a move that overshot: the part now has the opposite fault."""
NOT_YET = "Not yet"
"""The opening for a move that went the right way, not far enough: the same fault is still there."""

NOT_ANYMORE = "No, not anymore"
"""The opening for "still too loud?" after a move that cleared the fault."""
STILL_FAULT = re.compile(
    r"\bstill\b(?! (good|ok|okay|fine|there|sitting|sits|right|balanced)\b)", re.IGNORECASE
)
"""The fault asked as still there ("still too loud?", "is it still buried?"), not a good state kept."""
_STATE: dict[FindingKind, tuple[str, str]] = {
    FindingKind.TRACK_TOO_LOUD: ("{name} is too loud", "{name} was too loud"),
    FindingKind.TRACK_TOO_QUIET: ("{name} is too low", "{name} was too low"),
    FindingKind.TOO_LOUD: ("the mix is too loud", "the mix was too loud"),
    FindingKind.TOO_QUIET: ("the mix is too quiet", "the mix was too quiet"),
}
"""A level fault as a state, now and before ("'Pad' is too loud", "'Pad' was too low")."""
_RAISED_INTO = (FindingKind.TRACK_TOO_LOUD, FindingKind.TOO_LOUD)
_CUT_INTO = (FindingKind.TRACK_TOO_QUIET, FindingKind.TOO_QUIET)


def state(f: Finding, *, before: bool = False, same_part: bool = False) -> str:
    """``f`` as a level state: "'Pad' is too loud" (now), "'Pad' was too low" (``before``), "it was too low" (the
    ``same_part`` just named)."""
    now_text, then_text = _STATE.get(f.kind, ("{name} is off", "{name} was off"))
    name = "it" if same_part and f.track else repr(f.track) if f.track else "the part"
    return (then_text if before else now_text).format(name=name)


def overshoots(kind: FindingKind, direction: int | None) -> bool:
    """True when a fault of ``kind`` is what a move in ``direction`` pushed past (too loud after a raise)."""
    return (direction == UP and kind in _RAISED_INTO) or (direction == DOWN and kind in _CUT_INTO)


def falls_short(kind: FindingKind, direction: int | None) -> bool:
    """True when a fault of ``kind`` is the one a move in ``direction`` set out to fix (too low after a raise)."""
    return (direction == UP and kind in _CUT_INTO) or (direction == DOWN and kind in _RAISED_INTO)


def _level_fault(ctx: MixContext, name: str) -> Finding | None:
    return next(
        (f for f in ctx.problems if f.track == name and f.kind in (*_RAISED_INTO, *_CUT_INTO)),
        None,
    )


_STATE_ASKED = re.compile(
    r"\b(is|are)\s+(it|they|that|this|(the|my|our) [\w' ]{1,25}?)\s+(tucked|pushed|pulled|turned|sunk|buried|set|mixed|cranked|boosted|jacked)"
    r"( way| a bit| a little)? too (far|much|hard|low|high)\b",
    re.IGNORECASE,
)
"""'is the harmony tucked too far under?', 'is the bass cranked too much?': where the part sits, asked as a state,
with no move told."""


def judged_move(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """``ans`` opened with the verdict on a level move reported with no earlier clip to compare with: "No, too far:
    now 'Pad' is too loud." when the part now has the fault past the move's direction, "Not yet: 'Pad' is still too
    low." when it keeps the fault the move set out to fix; else unchanged (a yes stays a yes)."""
    question = focus.intent.question
    # "pulled the bass down, did i overdo it?" reports its move inside the overshoot asked ("is it good or did i
    # overdo it?" keeps the either/or's own opening, which names the side)
    asked = reports_move(question) or (
        said_overshot(question) and either_state(question) is None and not _STATE_ASKED.search(question)
    )
    if ctx.previous is not None or not focus.tracks or not asked:
        return ans
    direction = reported_direction(question)
    fault = _level_fault(ctx, focus.tracks[0].name) if direction is not None else None
    if fault is None:
        if STILL_FAULT.search(question) and focus.intent.complaint is not None and direction is not None:
            # "pulled the vocal down 4db, still too loud?" with no level fault left: no, not anymore
            return replace(ans, text=f"{NOT_ANYMORE}: {lower_first(without_opening(ans.text))}")
        return ans
    if overshoots(fault.kind, direction):
        head = f"{TOO_FAR}: now {state(fault)}."
    elif falls_short(fault.kind, direction):
        head = f"{NOT_YET}: {state(fault).replace(' is ', ' is still ', 1)}."
    else:
        return ans
    body = without_opening(ans.text)
    # the opening added, later sentences give way
    limit = EXPLAIN_WORDS if focus.intent.explain else MAX_WORDS
    return replace(ans, text=fit(split_sentences(f"{head} {capital(body)}"), limit, keep=2))
