"""A part set aside in a "what else?" ("ok did the bass thing, whats next", "fixed the bass, what else", "what
else besides the bass"): the part is done or excluded, so the question asks about the rest of the mix, never
about that part again.

Why: the named part made it a question about the part ("It's fine: nothing I measured says 'Bass' is out of
line"), the one thing the user had just said they were done with. The part named is dropped, so the answer is
the next problem in the mix (or the part's own fault, when the meter says it is still off)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from companion.context import Topic

if TYPE_CHECKING:
    from model.intent import Intent

SET_ASIDE = re.compile(
    r"\b(did|fixed|sorted|handled|finished|nailed|done with|took care of|dealt with|fixed up|sorted out)\s+"
    r"(the |my |that |those )?[\w' -]{1,25}?( thing| part| bit| one| stuff| issue| problem)?\s*[,.;!-]|"
    r"\b(the |my )?[\w' -]{1,25}? (is |'s |are |'re )?(done|sorted|fixed|handled|taken care of|dealt with)\s*[,.;!-]|"
    r"\b(besides|apart from|other than|except( for)?|aside from|outside of) (the |my )?",
    re.IGNORECASE,
)
"""A part said as done or excluded before "what else?"."""


def set_aside(intent: Intent, moved: bool = False) -> Intent:
    """``intent`` without its parts when it asks "what else?" past a part said done or excluded (or, ``moved``,
    said moved with no clip before to hold it against: "horns are down now, anything else?")."""
    if not intent.more or not intent.instruments or not (SET_ASIDE.search(intent.question) or moved):
        return intent
    from model.intent import IntentKind  # the intent module imports this one

    kind = intent.kind if intent.technique else IntentKind.WHAT_DO_YOU_HEAR
    return replace(intent, instruments=(), mentions=(), kind=kind, topic=Topic.OVERALL_MIX)


_RANKED = re.compile(r"\b(loudest|quietest|softest|hottest|most prominent|least audible)\b", re.IGNORECASE)
ASIDE_CLAUSE = re.compile(
    r"\b(apart from|except( for)?|besides|other than|aside from|not counting|excluding|outside of|after)\s+"
    r"(?P<what>[^?,.;!]{1,30})",
    re.IGNORECASE,
)
"""'the loudest apart from me', 'loudest thing besides the vocal': the part (or the asker) set aside, as ``what``."""


def set_aside_ranked(intent: Intent) -> Intent:
    """``intent`` without the parts a ranking sets aside ("is the kick the loudest thing apart from the vocal?":
    the kick asked, the vocal out of the ranking, never a part asked about)."""
    m = ASIDE_CLAUSE.search(intent.question)
    if m is None or not _RANKED.search(intent.question) or len(intent.mentions) != len(intent.instruments):
        return intent
    what = m.group("what").lower()
    keep = [(w, i) for w, i in zip(intent.mentions, intent.instruments, strict=True) if w.lower() not in what]
    if len(keep) == len(intent.mentions):
        return intent
    return replace(intent, mentions=tuple(w for w, _ in keep), instruments=tuple(i for _, i in keep))
