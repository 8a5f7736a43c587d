"""The verdict word agrees with what the answer goes on to say. Whatever path wrote a yes/no answer, its "Yes" or
"No" is checked, after the body is composed, against the finding the body actually leads with and what the
question claims: a fault asked about (too loud, too quiet, empty, crowded, harsh) or a good state (fine, ok).

An engineer states it as: a claim the measured fault supports is yes; a claim it contradicts (asked "crowded?",
a part measured too quiet) is no, said with the fault; nothing off is no to a fault question and yes to "is it
fine?". The direction of a claim comes from the complaint the question names, plus the whole-mix words an
amateur uses for a lack (empty, hollow, sparse) or an excess (busy, cluttered, packed); the verdict itself comes
from the answer's finding, never from its words."""

from __future__ import annotations

import re

from companion.context import Finding, FindingKind
from model.focus import Focus
from model.intent import Wants
from model.intent_claim import claim_side, mix_claim
from model.intent_state import GOOD_STATE
from model.intent_yes_no import polarity, takes_yes_no
from model.measured_fault import COMPLAINT_RANGES
from model.phrasing import Answer
from model.quiet_of_other import quiet_of_other

FAULT_SIDE = {FindingKind.TRACK_TOO_QUIET: "lack", FindingKind.TRACK_TOO_LOUD: "excess"}
"""Which way a measured level fault points."""
COMPARISON = re.compile(
    r"\b(louder|quieter|softer|lower|higher|bigger|smaller|hotter)\b[^?,]{0,40}\bthan\b|\bas (loud|quiet|hot) as\b|"
    r"\b(quiet|loud|soft|low|hot|big|weak|small|buried|lost)\b(\s+\w+)?\s+(compared (to|with)|next to|relative to|"
    r"against|versus|vs\.?)\s+(?!(other|others|a|an|any|my ref\w*|the ref\w*|commercial|pro|released|real|the rest|"
    r"everything|the (whole )?(mix|track|song|tune|beat|band))\b)",
    re.I,
)
"""'is one guitar louder than the other?', 'as loud as the reference?', 'is the snare quiet next to the hats?': a
comparison, answered by the two meters (no fault needed for yes)."""
LEVEL_CLAIMS = frozenset({"quiet", "loud", "clash", "balance"})
"""Complaints a part's level fault bears on (with none named, "is something off?"); another ("is it clipping?")
asks about a thing of its own, so a level fault said after it is what stands out instead, not a yes."""
OPENING = re.compile(r"^(Yes|No)(, one thing)?:\s+")
"""A bare verdict: the openings this check may correct (a longer one, "No, the opposite:", says its own why)."""


def question_side(focus: Focus) -> str | None:
    """'problem' when the question asks whether something is off, 'good' when whether it is fine, else None."""
    i = focus.intent
    side = polarity(i.question, i.complaint, i.asks_ok, i.enough, i.asks_problem)
    if side is None and claim_side(i.question, i.complaint) is not None and not GOOD_STATE.search(i.question):
        side = "problem"  # "does it sound kinda empty?": a complaint in whole-mix words
    return side


def _led_fault(ans: Answer) -> Finding | bool | None:
    """The clear fault the body leads with; None when the body finds nothing off; False when it cannot be told
    (moves with no finding, or a remark or lean its path sizes in its own words)."""
    first = ans.first
    if first is not None and first.is_problem and ans.moves:
        return False if first.is_lean else first
    if not ans.moves and (first is None or not first.is_problem):
        return None
    return False


def agreeing_verdict(focus: Focus, ans: Answer) -> Answer:
    """``ans`` with a bare "Yes:"/"No:" opening turned round when it contradicts the body's own finding."""
    i = focus.intent
    m = OPENING.match(ans.text)
    if m is None or i.wants != Wants.JUDGE or i.should or i.asks_raise or " or " in i.question:
        return ans
    if not takes_yes_no(i.question, i.tag) or COMPARISON.search(i.question):
        return ans
    side = question_side(focus)
    fault = _led_fault(ans)
    if side is None or fault is False:
        return ans
    asked = {rt.name for a in focus.asked for rt in a.tracks}
    if fault is not None and asked and fault.track not in asked:
        return ans  # another part's fault: its path says "not that, X" in its own words
    if fault is not None and fault.track is None and fault.kind not in FAULT_SIDE:
        # a whole-mix tone or loudness finding: its path said whether it answers ("another matter")
        return ans
    if fault is not None and i.complaint not in (None, *LEVEL_CLAIMS) and mix_claim(i.question) is None:
        return ans  # the question asks about a thing of its own; its path says the fault is something else
    if fault is None:
        yes = side == "good"
    elif side == "good":
        yes = False
    elif i.complaint in COMPLAINT_RANGES:
        return ans  # a tonal complaint: its path weighed whether the fault lives in that range
    elif len(focus.asked) > 1 or (i.complaint == "quiet" and quiet_of_other(i)):
        # two parts named ("the vocal gets swallowed, is the guitar in the way?"): a lack said of one and an
        # excess found on the other are one relation, which its path weighed ("the words get lost, is the
        # guitar too loud?": the words' lack and the guitar's excess, the same)
        return ans
    else:
        said = claim_side(i.question, i.complaint)
        found = FAULT_SIDE.get(fault.kind)
        yes = said is None or found is None or said == found
    word = "Yes" if yes else "No"
    if m.group(1) != word:
        ans.text = f"{word}: {ans.text[m.end() :]}"
    return ans
