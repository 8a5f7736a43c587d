""" "Nothing is too loud, right?", "no part is too quiet, yeah?", "nothing sticks out, does it?": every part claimed
fine, with a subject that is itself a negation. A bare "Yes" or "No" to such a claim reads either way ("No" could
mean "no, nothing is" or "no, you're wrong"), and the verdict chain, reading the fault asked about ("too loud"),
opened "Yes:" on a part too loud, agreeing in words with a claim the body contradicts.

An engineer answers the claim: "Right:" when nothing of the kind is measured, "Not quite:" when a part is, then
the same body (the fault and its move, or the levels all in range)."""

from __future__ import annotations

import re

from model.focus import Focus
from model.intent import Wants
from model.intent_lead import NONE_CLAIMED
from model.phrasing import Answer
from model.verdict_opening import opening, without_opening

_SENTENCE_NO = re.compile(r"^No\.\s+")
"""A bare "No." ending its own sentence ("No. Honestly, nothing in the numbers needs fixing"), which ``OPENING`` (up to
a colon) leaves alone."""


def none_claimed(focus: Focus, ans: Answer) -> Answer:
    """``ans`` opened "Right" or "Not quite" when the question claims nothing is off; ``ans`` itself otherwise."""
    q = focus.intent.question
    if focus.intent.wants != Wants.JUDGE or focus.intent.instruments or NONE_CLAIMED.search(q) is None:
        return ans
    if ans.text.startswith("No, nothing "):  # "No, nothing needs fixing. At most, ...": right, nothing does
        ans.text = f"Right, {ans.text[len('No, ') :]}"
        return ans
    if ans.text.startswith("Yes. ") and not ans.moves:  # "Yes. Honestly, nothing in the numbers needs fixing"
        ans.text = f"Right. {ans.text[len('Yes. ') :]}"
        return ans
    if (bare := _SENTENCE_NO.match(ans.text)) is not None:
        ans.text = f"Right. {ans.text[bare.end() :]}"
        return ans
    m = opening(ans.text)
    if m is None or m.group("qualifier"):
        return ans  # "No, the opposite:" says its own why
    if m.group("verdict") == "No":
        ans.text = f"Right: {without_opening(ans.text)}"
    elif m.group("verdict") in ("Yes", "Yeah", "One thing"):
        ans.text = f"Not quite: {without_opening(ans.text)}"
    elif m.group("verdict").startswith("On ") and ans.first is not None and ans.first.track and ans.moves:
        # "nothing's gonna poke out on spotify?" with the fiddle 10 dB over: "On the mix:" names no verdict
        ans.text = f"Not quite: {without_opening(ans.text)}"
    return ans
