"""A loudness the asker proposes ("should i master to -9 like the pros?", "is -10 lufs too loud for spotify?",
"gonna push it to -8 lufs"): that number against the destination asked (else the default target), said as what
happens to it there, then where the mix is now.

Why: the loudness route answered the mix's own -14.1 LUFS ("sits fine for Spotify") and never the -9 asked about,
or, with no "lufs" said, the question fell to the whole-mix problems. An engineer answers the number: a streaming
service turns a -9 master down about 5 dB to its -14, so the loudness buys nothing there and the limiting to get it
costs the hits their punch; masters that loud are a CD or club convention, where nobody turns them down."""

from __future__ import annotations

import re

from companion.context import Analysis
from companion.knowledge.targets import LoudnessTarget
from model.intent import Intent
from model.phrasing import Answer

PROPOSED = re.compile(
    # "-9 lufs", "-10.5 LUFS", "−8 lufs" (a typographic minus)
    r"(?<![\w.])[-−]\s?(?P<a>\d{1,2}(\.\d)?)\s*lufs\b|"
    # "master to -9", "mastering it at -10", "push it to -8", "slam the master to -7": a target with no unit
    r"\b(master\w*|push\w*|crank\w*|slam\w*|limit\w*|get|bring|take|aim\w*|target\w*|go|going)( (it|this|the (master|mix|song|"
    r"track|whole thing)|my (master|mix|song|track)))?( up)? (to|at|for|around) (about |around )?"
    r"[-−]\s?(?P<b>\d{1,2}(\.\d)?)"
    r"\b(?!\s*(db|dbfs|dbtp|hz|khz|%))",
    re.IGNORECASE,
)
"""A negative integrated loudness named: with its unit, or as where the master is to be pushed."""
_NOW_AT = re.compile(
    r"\b(sits?|sitting|is|it's|its|i'm|im|am|currently|now|reads?|reading|measures?|measuring|lands?|landing|"
    r"hits?|hitting|peaks?)\s+(at |around |about |on |like )*$",
    re.IGNORECASE,
)
"""Words that say where the master is now ("sits around -14 lufs"), not where it is to go."""
_TOO_LOUD = re.compile(r"\btoo (loud|hot|much)\b", re.IGNORECASE)
_TOO_QUIET = re.compile(r"\btoo (quiet|soft|low)\b|\bnot loud enough\b", re.IGNORECASE)
_PLAN = re.compile(
    r"\b(should|shall|can|could) (i|we)\b|\bgood idea\b|\bworth it\b|\bok(ay)?\b|\bright\b|\bgonna\b|"
    r"\bgoing to\b|\bi'?ll\b|\bplan\w*\b",
    re.IGNORECASE,
)
"""A plan asked about or said ("should i master to -9?", "gonna crank it to -7"): a loudness the destination turns
down is a no to the plan."""


def proposed_lufs(question: str) -> float | None:
    """The integrated loudness ``question`` proposes (negative, LUFS), or None when it names none; a value under
    -40 or over 0 is not a master's loudness."""
    found = list(PROPOSED.finditer(question))
    if not found:
        return None
    # "my master sits around -14 lufs, should i push it to -9?": the number proposed, not the one it is at now
    proposed = [m for m in found if not _NOW_AT.search(question[max(0, m.start() - 25) : m.start()])]
    m = (proposed or found)[0]
    value = -float(m.group("a") or m.group("b"))
    return value if -40.0 <= value <= -3.0 else None


def _off_verdict(q: str, same: re.Pattern[str], other: re.Pattern[str]) -> str:
    """The opening for a number off the destination's target: yes when the question asks that way ("too loud?" of
    a louder number), no when it asks the other way or plans the number, else the destination named alone."""
    if same.search(q):
        return "Yes, for"
    return "No, not for" if other.search(q) or _PLAN.search(q) else "For"


def proposed_answer(intent: Intent, t: LoudnessTarget, a: Analysis) -> Answer | None:
    """The proposed loudness judged for ``t`` (see the module docstring); None when the question names none."""
    value = proposed_lufs(intent.question)
    if value is None:
        return None
    q = intent.question
    gap = value - t.integrated_lufs
    louder, quieter = gap > t.tolerance_lu, gap < -t.tolerance_lu
    now = f"You're at {a.integrated_lufs:.1f} LUFS integrated now."
    if not t.normalised:  # a CD: nobody turns it down, so the number is a convention, not a penalty
        lo, hi = t.range_lufs
        inside = lo <= value <= hi
        verdict = ("No:" if _TOO_LOUD.search(q) or _TOO_QUIET.search(q) else "Yes:") if inside else (
            "Yes:" if (_TOO_LOUD.search(q) and value > hi) or (_TOO_QUIET.search(q) and value < lo) else "Not really:"
        )  # fmt: skip
        where = "inside" if inside else ("louder than" if value > hi else "quieter than")
        return Answer(
            f"{verdict} mastered to hit {value:g} LUFS, it's {where} the {lo:g} to {hi:g} LUFS that {t.said} masters "
            f"usually sit at, and nothing turns a {t.said} down or up. {now}",
            [],
            None,
        )
    if louder:
        verdict = _off_verdict(q, _TOO_LOUD, _TOO_QUIET)
        head = (f"{verdict} {t.said}: mastered to hit {value:g} LUFS, it gets turned down to {t.said}'s "
                f"{t.integrated_lufs:g} LUFS, about {gap:.0f} dB, so the extra loudness buys nothing there, and the "
                "limiting it takes to get there costs the hits their punch.")  # fmt: skip
        tail = "Masters that loud are a CD or club convention, where nobody turns them down."
        return Answer(f"{head} {tail} {now}", [], None)
    if quieter:
        verdict = _off_verdict(q, _TOO_QUIET, _TOO_LOUD)
        head = (f"{verdict} {t.said}: it plays songs at {t.said}'s {t.integrated_lufs:g} LUFS and only turns a "
                "quiet master up as far as its peaks allow, so yours would play quieter than the songs around it "
                f"mastered to hit {value:g} LUFS.")  # fmt: skip
        return Answer(f"{head} {now}", [], None)
    verdict = "No:" if _TOO_LOUD.search(q) or _TOO_QUIET.search(q) else "Yes:"
    return Answer(
        f"{verdict} mastered to hit {value:g} LUFS, it plays at the level you mastered it, right about "
        f"{t.said}'s {t.integrated_lufs:g} LUFS. {now}",
        [],
        None,
    )
