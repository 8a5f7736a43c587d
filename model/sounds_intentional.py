""" "The shaker is basically invisible, intentional or nah?": whether a part's level reads as a choice.

Why: the judge route answered "Yes: 'Shaker' sits about 11 dB quieter ...", a yes to "intentional?" on a part
measured far off its usual place. Intent can't be measured, but what a listener hears can: a part far outside the
range real mixes give its role reads as a slip; one inside it can pass as a choice. An engineer says which, then
the numbers and the move.
"""

from __future__ import annotations

import re
from dataclasses import replace

from model.evidence import TRACK_LEVEL_KINDS
from model.focus import Focus
from model.intent import Wants
from model.phrasing import Answer, lower_first
from model.verdict_opening import opening

INTENT_Q = re.compile(
    r"\b(intentional|intended|on purpose|deliberate|by design)( (vibe|choice|thing|move|effect|sound|decision))?\b\s*"
    r"(or\b[^?.!]{0,30})?\?*\s*$|"
    r"\b(is (it|that|this)|does (it|that|this|the [\w' -]{1,20}?) (sound|seem|come across|feel)|sounds?|seems?) "
    r"(\w+ )?(intentional|on purpose|deliberate)\b",
    re.IGNORECASE,
)
"""Whether a level was meant, asked ("intentional or nah?", "does it sound deliberate?", "is that on purpose?")."""


def sounds_intentional(focus: Focus, ans: Answer) -> Answer:
    """``ans`` opened with whether its level reads as a choice; ``ans`` itself for any other question."""
    if focus.intent.wants != Wants.JUDGE or not INTENT_Q.search(focus.intent.question):
        return ans
    # "strings are a ghost, on purpose or mistake?" answered "Too quiet: ...": that label is its opening too
    m = opening(ans.text) or re.match(r"^Too (quiet|loud|low|high|hot):\s+", ans.text)
    if m is None:
        return ans
    first = ans.first
    slip = first is not None and first.is_problem and first.kind in TRACK_LEVEL_KINDS
    head = "It reads as a slip more than a choice:" if slip else "It can pass as a choice:"
    return replace(ans, text=f"{head} {lower_first(ans.text[m.end() :])}")
