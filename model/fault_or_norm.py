""" "Hats are basically gone, too quiet or fine for rock?", "are the strings too much for a soul ballad or is that
the style?": a fault and the genre's norm (or plain "fine") offered as two sides, the fault said first.

Why: the judge route answered "Yes:" (a yes to which side?) or opened on the fader move with no verdict at all.
``model.answer_form`` covers the other order ("fine or too much?"). The yes or no answers the fault said first,
and names the side: "Yes, too quiet:" with the part's level fault measured, "No, the opposite: too quiet:" when it
is off the other way, "No, it's the style:" with the part in place."""

from __future__ import annotations

import re

from companion.context import FindingKind
from model.focus import Focus
from model.phrasing import EXPLAIN_WORDS, MAX_WORDS, Answer, fit, lower_first, split_sentences
from model.verdict_opening import without_opening

FAULT_OR_NORM = re.compile(
    r"(\btoo (?P<bad>much|loud|hot|quiet|low|soft|far back|buried|big|upfront|forward)|"
    # "sitting on top of the mix like a sticker or is it glued in ok": a part said to sit apart, over the rest
    r"\b(?P<over>on top of (the |my )?(mix|band|track|beat|song|everything)|poking out|sticking out|like a sticker|"
    r"pasted on( top)?))\b[^?]{0,40}\bor\b\s*"
    r"(is (that|it|this) |it's |its |thats |that's )?(just )?(?P<good>fine|ok|okay|alright|normal|good|right|standard|"
    r"typical|the (style|genre|vibe|sound|norm)|(?P<seat>(glued|blended|sitting|sat|sits|tucked|settled) in))\b"
    r"([\w -]{0,25})?\s*\?*\s*$",
    re.IGNORECASE,
)
"""The fault said first, the norm second ("too quiet or fine for rock", "too much ... or is that the style", "on top
like a sticker or glued in ok")."""
_LOUD = {"much", "loud", "hot", "big", "upfront", "forward"}
_WAY = {FindingKind.TRACK_TOO_LOUD: "loud", FindingKind.TRACK_TOO_QUIET: "quiet"}


def fault_or_norm(focus: Focus, ans: Answer) -> Answer:
    """``ans`` opened with the side measured when the question offers a fault and the norm; ``ans`` otherwise."""
    m = FAULT_OR_NORM.search(focus.intent.question)
    if m is None or not focus.tracks:
        return ans
    names = {rt.name for rt in focus.tracks}
    f = ans.first
    body = lower_first(without_opening(ans.text))
    if f is not None and f.is_problem and f.track in names and f.kind in _WAY:
        way = _WAY[f.kind]
        said = (m["bad"] or "loud").lower()  # a part over the rest is one too loud
        # the yes answers the fault said first; "too much or fine?" of a part measured too low is the other way
        other_way = (said in _LOUD) != (way == "loud")
        head = f"No, the opposite: too {way}:" if other_way else f"Yes, too {said}:"
        return Answer(fit(split_sentences(f"{head} {body}"), _limit(focus), keep=2), ans.moves, f)
    if ans.moves or (f is not None and f.is_problem):
        return ans  # a fault on another part leads: the answer names it
    good = m["good"].lower()
    plain = good in ("fine", "ok", "okay", "alright", "good", "right")
    head = "No, it's fine:" if plain else "No, it sits in fine:" if m["seat"] else f"No, it's {good}:"
    return Answer(fit(split_sentences(f"{head} {body}"), _limit(focus), keep=2), ans.moves, f)


def _limit(focus: Focus) -> int:
    """The answer's word budget: longer when an explanation was asked for."""
    return EXPLAIN_WORDS if focus.intent.explain else MAX_WORDS
