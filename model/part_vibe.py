""" "Does the piano feel warm?", "is the bass groovy enough?", "does the guitar sound aggressive enough?": a vibe asked
of one part that measures fine, said in what it is made of, with what can and cannot be measured and how to judge
it by ear.

Why: the vibe word names no fault, so the router answered the part's level ("It's fine: nothing I measured says
'Keys' is out of line"), which reads as "yes, it's warm" when warmth was never measured, and its area remark was
about another range ("where the keys' presence sits"). An engineer says what the word means on that part (warmth:
its body, the low-mids; aggression: its upper-mid bite and drive; groove: timing and note length, which no meter
here reads), that its level is in place, and the ear test that answers the rest. A part at the wrong level keeps
its fault answer: the fader comes before any vibe.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from model.focus import Focus
from model.intent import Wants
from model.phrasing import MAX_WORDS, Answer, fit, lower_first, split_sentences
from model.reported_move import says_move_done


@dataclass(frozen=True, slots=True)
class PartVibe:
    """A feel asked of a part: its words, what it is made of on a part, and the ear test."""

    name: str
    words: re.Pattern[str]
    made_of: str
    check: str


PART_VIBES: tuple[PartVibe, ...] = (
    PartVibe(
        "warmth",
        re.compile(r"\bwarm(th|er|ish)?\b|\bcozy\b|\bcosy\b", re.I),
        "on a part it's mostly its body, the low-mids around 200-500 Hz, against its upper mids",
        "To judge it by ear: solo {track} and try a gentle 2 dB lift around 300 Hz on its EQ; if it gets fuller "
        "without getting muddy it wanted more, if it clouds up it was warm already.",
    ),
    PartVibe(
        "aggression",
        re.compile(
            r"\baggress\w*|\bangry\b|\bangrier\b|\bedg(y|ier)\b|\bgritt(y|ier)\b|\bnast(y|ier)\b|\bmean\b",
            re.I,
        ),
        "on a part it's mostly its upper-mid bite around 2-4 kHz, its drive and how far forward it sits",
        "To judge it by ear: bypass-compare a 2 dB lift around 3 kHz on {track}, or a little more drive on its amp "
        "or saturator; if it bites harder without hurting, it wanted more.",
    ),
    PartVibe(
        "groove",
        re.compile(
            r"\bgroov(e|y|ier|in'?|ing)\b|\bswing(s|y|ing)?\b|\bfunk(y|ier)\b|\bbounc(y|ier|e)\b", re.I
        ),
        "groove is timing and note length, which no meter here reads",
        "To judge it by ear: loop two bars of {track} with just the kick: the notes should land with the kick and "
        "stop where the next one wants room.",
    ),
)
"""The feels a part is asked to have, in an amateur's words."""
FINE = re.compile(r"^(It's fine|They're fine|Yes|No):\s*(?=nothing I measured says)", re.I)
"""The router's answer for a part with nothing measured against it."""


def part_vibe(focus: Focus, ans: Answer) -> Answer:
    """``ans`` said as what the feel asked of a fine part is made of, what is measured and the ear test; else
    unchanged."""
    intent = focus.intent
    if intent.wants not in (Wants.JUDGE, Wants.LISTEN) or len(focus.asked) != 1 or not focus.asked[0].tracks:
        return ans
    vibe = next((v for v in PART_VIBES if v.words.search(intent.question)), None)
    if vibe is None or intent.complaint is not None or not FINE.match(ans.text):
        return ans  # "is the vocal too warm?": a complaint (muddy), judged as one
    body = [s for s in split_sentences(FINE.sub("", ans.text, count=1)) if not s.startswith("Where the ")]
    track = focus.asked[0].tracks[0].quoted
    if says_move_done(intent.question):
        # "brought the bass up like 10, does the groove have legs now": the move is checked first (the level it
        # left is right), then what the feel is made of, which no meter reads
        head = f"{track} sits right now: {body[0]}"
        parts = [head, *body[1:2], f"I can't measure {vibe.name} as such: {vibe.made_of}."]
        text = fit([*parts, vibe.check.format(track=track)], MAX_WORDS, keep=3)
        return replace(ans, text=text)
    head = f"I can't measure {vibe.name} as such: {vibe.made_of}, and {lower_first(body[0])}"
    text = fit([head, *body[1:2], vibe.check.format(track=track)], MAX_WORDS, keep=3)
    return replace(ans, text=text)
