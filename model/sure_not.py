""" "Are you sure it's not the pluck?": a part the asker suspects, pushed back after the answer named another.

Why: the judge route answered the part's state alone ("It's fine: nothing I measured says 'Pluck Synth' is out of
line"), which neither says whether the advisor is sure nor repeats what it did find. An engineer answers the doubt
("Yes, I'm sure", or "No, you're right" when that part is off too), then the part's measurement, then what is off
instead with its move.
"""

from __future__ import annotations

import re
from dataclasses import replace

from companion.context import FindingKind, MixContext
from model.focus import Focus
from model.phrasing import EXPLAIN_WORDS, MAX_WORDS, Answer, first_sentence, fit, lower_first, split_sentences
from model.recipes import recipe
from model.verdict_opening import without_opening

SURE_NOT = re.compile(
    r"\b((are|r) )?(you|u|ya) (sure|certain|positive)\b[^?.!]{0,12}\b(it'?s|its|it is|that'?s|thats) not\b",
    re.IGNORECASE,
)
"""A doubt: the answer's part questioned, another suspected."""
LEVELS = (FindingKind.TRACK_TOO_LOUD, FindingKind.TRACK_TOO_QUIET)


SURE_CLAIM = re.compile(r"^\W*((are|r) )?(you|u|ya) (sure|certain|positive)\W+\w", re.IGNORECASE)
"""'are you sure? the snare sounds weak to me': the last verdict doubted, then the asker's own claim."""


def sure_not(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """``ans`` opened with the answer to the doubt, and the fault elsewhere after the suspect's measurement."""
    if SURE_CLAIM.search(focus.intent.question) and not SURE_NOT.search(focus.intent.question):
        # "are you sure? it sounds weak to me": "No:" would read as "not sure"; the claim's no is a yes to the doubt
        if ans.text.startswith("No: nothing I measured says"):
            return replace(ans, text="Yes, I'm sure by the numbers: " + ans.text.removeprefix("No: "))
        if ans.moves and ans.text.startswith("Yes: "):
            return replace(ans, text="You're right: " + ans.text.removeprefix("Yes: "))
        return ans
    if not SURE_NOT.search(focus.intent.question) or len(focus.tracks) < 1:
        return ans
    names = {rt.name for rt in focus.tracks}
    faults = [f for f in ctx.problems if f.kind in LEVELS and f.is_problem and not f.is_lean]
    own = next((f for f in faults if f.track in names), None)
    limit = EXPLAIN_WORDS if focus.intent.explain else MAX_WORDS
    if own is not None:
        move = recipe(own, focus.session)
        head = "No, you're right"
        if not _suspects_focus(focus):
            # "u sure its not the kick eating it? or is it just the bass fader": the suspect is another part, and
            # the part in focus is the asker's other guess, which the meters back
            head = f"Yes, I'm sure it's {own.track!r} itself"
        parts = [
            f"{head}: {lower_first(first_sentence(own.summary))}",
            move.try_text,
            move.check_text,
        ]
        return Answer(fit(parts, limit, keep=2), [move], own)
    body = without_opening(ans.text)
    other = next((f for f in faults if f.track not in names), None)
    if other is None:
        return replace(ans, text=fit(split_sentences(f"Yes, I'm sure: {lower_first(body)}"), limit))
    parts = [f"Yes, I'm sure: {lower_first(first_sentence(body))}"]
    move = recipe(other, focus.session)
    parts += [f"What is off is {other.track!r}: {lower_first(first_sentence(other.summary))}", move.try_text]
    return Answer(fit(parts, limit, keep=3), [move], other)


def _suspects_focus(focus: Focus) -> bool:
    """Whether the part doubted ("sure it's not the pluck?") is the part in focus, not another one named there."""
    m = SURE_NOT.search(focus.intent.question)
    # the doubted clause alone: "not the kick eating it tho? or is it the bass" stops at its "?" or "or"
    suspect = re.split(r"[?.,!;]|\bor\b", focus.intent.question[m.end() :].lower())[0] if m else ""
    words = [w for a in focus.asked for w in (a.word, a.said) if w]
    return not suspect.strip() or any(w.lower() in suspect for w in words)
