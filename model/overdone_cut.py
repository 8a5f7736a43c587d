"""A cut the asker fears went too far ("did i cut too much low end?", "think I rolled off too much top?"): the
question is whether that range now lacks, not whether it is too loud.

"Too much low end" alone says the low end is heavy; after a cutting verb the same words say the cut was
overdone, so the range is judged for the opposite fault: low end thin, top end dull. The asker also asks of the
state now, a yes or no, not "did that help?" against a clip before.
"""

from __future__ import annotations

import re

CUT_VERBS = (
    r"cut|cutting|dipped|dip|scooped|scoop|took out|taken out|take out|removed?|rolled off|roll off|rolling off|"
    r"filtered|filter(?:ed)? out|high-?passed|high-?pass|eq'?d out|pulled out|shaved off|trimmed"
)
OVERDONE_CUT = re.compile(
    rf"\b(?:{CUT_VERBS})\b\s+(?:out |off |away )?(?:way |a bit |a little |slightly )?too (?:much|far|hard)\s+"
    r"(?:of (?:the |my )?)?(?P<band>low[- ]?end|lows|bottom(?: end)?|sub|bass frequencies|low frequencies|top[- ]?end|"
    r"high[- ]?end|highs|top|air|treble|high frequencies)\b|"
    rf"\b(?:{CUT_VERBS})\b\s+(?:the |my )?(?P<band2>low[- ]?end|lows|bottom(?: end)?|sub|top[- ]?end|high[- ]?end|"
    r"highs|top|air|treble)\s+(?:(?:out|off|away) )?(?:way |a bit )?too (?:much|far|hard)\b",
    re.IGNORECASE,
)
"""A cut in a named range said to be overdone, with the range ("cut too much low end", "rolled the top off too
far")."""
OVERDONE_ASK = re.compile(
    r"\b(?:did|have|has) (?:i|we|it|that)\b[^?.]{0,30}\btoo (?:much|far|hard)\b", re.IGNORECASE
)
"""A move asked after as overdone: a yes or no on the state now, not "did that help?"."""
_TOP = re.compile(r"top|high|air|treble", re.IGNORECASE)


def overdone_cut(text: str) -> str | None:
    """'thin' for a low cut said to be overdone, 'dull' for a top cut; None when ``text`` says no such cut."""
    m = OVERDONE_CUT.search(text)
    if m is None:
        return None
    band = m.group("band") or m.group("band2") or ""
    return "dull" if _TOP.search(band) else "thin"


def asks_overdone(text: str) -> bool:
    """True when ``text`` asks whether a move of its own went too far ("did i cut too much low end?")."""
    return bool(OVERDONE_ASK.search(text) or OVERDONE_CUT.search(text))
