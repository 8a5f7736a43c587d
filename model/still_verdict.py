"""The verdict on a move, after a clip before it, asked as "still too boomy?" or "better or worse?". The
comparison's own opening answers "did that help?": "Yes:" there means the fault is gone, which to "still too
boomy?" is a no, and to "better or worse?" is "Better". Only the opening changes: the measured sentence after it
stays (``model.overshoot_verdict`` turns it the same way for "did I overdo it?")."""

from __future__ import annotations

import re
from dataclasses import replace

from model.better_or_still import BETTER_OR_STILL, SAME_OR_FIXED, WORSE_Q
from model.move_verdict import NOT_YET, TOO_FAR
from model.overshoot import OVERSHOT, OVERSHOT_WORD
from model.phrasing import Answer

STILL_Q = re.compile(
    r"^(?!\W*(what|which|where|why|how|who)('?s)?\b).*\bstill (there|a problem|an issue|(too |a bit |kinda |"
    r"kind of |that |so |way |really )?(?!((sound|seem|look|feel)s? )?(good|fine|ok|okay|great|better|nice|right|"
    r"balanced|clean|working|playing|on|in|audible|heard|com(e|es|ing) (through|thru|across)|cut(s|ting)? "
    r"(through|thru)|poke(s)? (through|thru))\b)[a-z]+)\b",
    re.IGNORECASE,
)
"""'hows it now, still too boomy?', 'is the snare still sticking out?': a yes means the fault is still there ("does
it still come through?" asks a good state kept)."""
EITHER_Q = re.compile(r"\b(better or worse|worse or better)\b", re.IGNORECASE)
"""'is that better or worse?': one of the two sides, said."""
GOOD_SIDE = re.compile(
    r"\b(better|nicer|good|fine|ok|okay|right|balanced|(tucked|locked|sitting|settled) (in|into) (the |my )?(groove|pocket|mix)|"
    r"in the (groove|pocket)|on top( of (the |my |our )?\w+)?|together)\b[^?.]{0,25}\bor\b",
    re.IGNORECASE,
)
"""The good state said first in an either/or ("is it sitting better or ...", "does she ride on top now or ...")."""


KEEP_GOING = re.compile(
    r"\bor (should|do|must|shall) (i|we) (keep going|carry on|go further|do more|keep at it|keep pushing)\b",
    re.IGNORECASE,
)
"""'does the whole thing sit together now or should i keep going': the state now, or more of the same move."""


def good_or_more(question: str) -> bool:
    """True for "does it sit together now or should i keep going?": the good state first, more moves second."""
    m = GOOD_SIDE.search(question)
    return m is not None and KEEP_GOING.search(question, m.start()) is not None


def good_or_overshot(question: str) -> bool:
    """True for "is it sitting better or did i overcook it?": the state after the move, or the move overshot (in
    the overshoot's own words, ``model.overshoot``)."""
    m = GOOD_SIDE.search(question)
    return m is not None and bool(
        OVERSHOT_WORD.search(question, m.end()) or OVERSHOT.search(question, m.end())
    )


HOW_NOW = re.compile(
    r"(^|[,;.!]\s*)(so |ok |okay |and )?(how('?s| is| are| does| do))\b[^?,;.]*\bnow\b[^?,;.]*\?*\s*$|"
    # "organ is tucked in now. hows the rest sitting?": the open question after the move told in its own sentence
    r"[.!]\s+(so |ok |okay |and )?(how('?s| is| are| does| do))\b[^?,;.]*\?*\s*$",
    re.IGNORECASE,
)
"""'reined the fiddle in, hows the balance now?': an open question on the state after the move, so no yes or no:
'Better:'. "How about now?" is "did that help?" said short, and keeps its "Yes:"."""
HELPED_OR_STILL = re.compile(
    r"\b((help|better|work|fix|land|sort|solv|nail)\w*|(do|did|does) (it|the trick)|gone|lifted|cleared|clear( now)?|enough|again)\b"
    r"[^?]*\bor\b[^?]*\bstill\b",
    re.IGNORECASE,
)
"""'did that help or is it still buried?', 'did that do it or is it still too fat?', 'is the fog gone or am i still
swimming in it?', 'is that enough or does it still need a shove', 'am i the main voice again or are they still
fighting me': the comparison's own opening already answers the first half."""

_STILL: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^Yes:"), "No, not anymore:"),
    (re.compile(rf"^{re.escape(NOT_YET)}, but closer:"), "Yes, but less:"),
    (re.compile(rf"^{re.escape(NOT_YET)}:"), "Yes, still:"),
    (re.compile(r"^No, it got worse:"), "Yes, and worse:"),
    (re.compile(r"^No:"), "Yes, still:"),
    (re.compile(rf"^{re.escape(TOO_FAR)}:"), "No, it went too far the other way:"),
)
"""A comparison's opening (for "did that help?") and the same verdict said to "is it still ...?"."""
_EITHER: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^Yes:"), "Better:"),
    (re.compile(rf"^{re.escape(NOT_YET)}, but closer:"), "Better, but not there yet:"),
    (re.compile(rf"^{re.escape(NOT_YET)}:"), "About the same:"),
    (re.compile(r"^No, it got worse:"), "Worse:"),
    (re.compile(r"^No:"), "Not better:"),
    (re.compile(rf"^{re.escape(TOO_FAR)}:"), "Worse the other way, too far:"),
)
"""The same verdicts said to "better or worse?"."""
_OVERSHOT_OR_GOOD: tuple[tuple[re.Pattern[str], str], ...] = (
    *_EITHER[:-1],
    (re.compile(rf"^{re.escape(TOO_FAR)}:"), "Too far the other way:"),
)
"""The same verdicts said to "sitting better or did i overcook it?": a move past the mark is the overshoot asked
about, not "worse" (it may sit closer than before, just on the other side)."""
_HOW = _EITHER[:2]
"""To "how's it now?" only a fix or a step closer is turned ("Better:"); a no keeps its own words ("No, too far")."""

_BETTER_OR_STILL: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^Yes:"), "Better:"),
    (re.compile(rf"^{re.escape(NOT_YET)}, but closer:"), "Better, but not all the way yet:"),
    (re.compile(rf"^{re.escape(NOT_YET)}:"), "Still there:"),
    (re.compile(r"^No, it got worse:"), "Still there, and worse:"),
    (re.compile(r"^No:"), "Still there:"),
    (re.compile(rf"^{re.escape(TOO_FAR)}:"), "Neither: it went too far the other way:"),
)
"""A comparison's opening (for "did that help?") said as the side of "still ... or better?" that is true."""

_FIXED: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^Yes:"), "Fixed:"),
    (re.compile(rf"^{re.escape(NOT_YET)}, but closer:"), "Not yet, but closer:"),
    (re.compile(rf"^{re.escape(NOT_YET)}:"), "Not fixed yet:"),
    (re.compile(r"^No, it got worse:"), "Not fixed, it got worse:"),
    (re.compile(r"^No:"), "Not fixed yet:"),
    (re.compile(rf"^{re.escape(TOO_FAR)}:"), "Not fixed, it went too far the other way:"),
)
"""The same verdicts said to "fixed or not?"."""
_WORSE: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^Yes:"), "No, better:"),
    (re.compile(rf"^{re.escape(NOT_YET)}, but closer:"), "No, a little better:"),
    (re.compile(rf"^{re.escape(NOT_YET)}:"), "No, about the same:"),
    (re.compile(r"^No, it got worse:"), "Yes, worse:"),
    (re.compile(r"^No:"), "Not worse, but not fixed either:"),
    (re.compile(rf"^{re.escape(TOO_FAR)}:"), "Yes, too far the other way:"),
)
"""The same verdicts said to "is it worse now?", where a yes means worse."""


def still_opening(question: str, ans: Answer) -> Answer:
    """``ans`` (a comparison with the clip before) opened for "still too ...?" or "better or worse?"; else
    unchanged."""
    still = any(
        STILL_Q.search(clause.strip()) for clause in re.split(r"[,;.!]", question)
    )  # "hows it now, still?"
    turns: tuple[tuple[re.Pattern[str], str], ...]
    if WORSE_Q.search(question):
        turns = _WORSE  # "is it worse now?": a "Yes" (the fault gone) there is a no
    elif SAME_OR_FIXED.search(question):
        turns = _FIXED if re.search(r"\b(fixed|sorted|solved)\b", question, re.I) else _EITHER
    elif BETTER_OR_STILL.search(question):
        turns = _BETTER_OR_STILL  # "still buried or better?": the true side named, not a "Yes" to neither
    elif HELPED_OR_STILL.search(question):
        return ans  # "did that help or is it still buried?": "Not yet" answers both halves, "Yes" neither
    elif good_or_overshot(question):
        turns = _OVERSHOT_OR_GOOD  # "is it sitting better or did i overcook it?": better, or past the mark
    elif good_or_more(question):
        turns = _EITHER  # "sit together now or should i keep going?": better, or not there yet
    elif EITHER_Q.search(question):
        turns = _EITHER  # "better or worse?": better, or not
    elif still:
        turns = _STILL
    elif HOW_NOW.search(question):
        turns = _HOW  # "how's the balance now?": open, so "Better:" not "Yes:"
    else:
        turns = ()
    for opening, turned in turns:
        if opening.match(ans.text):
            return replace(ans, text=opening.sub(turned, ans.text, count=1))
    return ans
