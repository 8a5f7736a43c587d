""" "How's the kick?", "nothing's off with the bass right?" on a mix whose only finding is a whole-mix lean in that
part's range: the part is fine on its own, and the lean is "at most".

Why: the track route answers a part whose own level is in place, beside a lean in its range ("the mix leans a
little boomy ... that's the kick drum range, so it may well come from 'Kick'"), with the hedge of a yes/no,
"Possibly:" or "Maybe:". To a "how's the kick?" that answers nothing (possibly what?), and to "nothing's off with
the bass, right?" a "Maybe" neither agrees nor disagrees. An engineer says the part is fine on its own and the
lean is the most there is: "Fine on its own; at most this:" to a how, "Nothing on its own; at most this:" to a
"nothing's off, right?"; two parts asked are "Both fine on their own". A yes/no on how the part sounds ("is the bass huge?") keeps its "Possibly:", which
answers it. Only the opening changes."""

from __future__ import annotations

from model.focus import Focus
from model.intent import asks_yes_no
from model.phrasing import Answer
from model.verdict_opening import opening
from model.verdict_shapes import NOTHING_WRONG

_HEDGES = ("Possibly", "Maybe")


def lean_part_opening(focus: Focus, ans: Answer) -> Answer:
    """``ans`` opened with the part fine on its own and the lean "at most"; ``ans`` itself otherwise."""
    intent = focus.intent
    m = opening(ans.text)
    if (
        m is None
        or m.group("verdict") not in _HEDGES
        or m.group("qualifier")
        or ans.first is None
        or not ans.first.is_lean
        or not intent.instruments
    ):
        return ans
    if intent.complaint is not None or intent.asks_ok or intent.enough or intent.technique is not None:
        return ans
    parts = len(intent.instruments)  # "how are the kick and the bass": both, on their own
    own = "its own" if parts < 2 else "their own"
    if NOTHING_WRONG.search(intent.question.partition("?")[0]):
        said = f"Nothing on {own}; at most this:"
    elif not asks_yes_no(intent):
        said = f"{'Both fine' if parts == 2 else 'Fine'} on {own}; at most this:"
    else:
        return ans
    ans.text = f"{said} {ans.text[m.end() :]}"
    return ans
