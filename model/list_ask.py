""" "Top 3 things?", "everything you'd change, in order": a list asked for, with one thing measured to change.

Why: the router answers a list ask with its one leading move under a label ("What jumps out:", "On the mix:"),
which reads as the first of several the answer forgot to give. An engineer says the list is one long ("Just one
thing stands out:") so the asker knows the rest is in place. Only the opening changes; the body and card stay.
"""

from __future__ import annotations

import re

from companion.context import Finding, FindingKind, MixContext
from model.focus import Focus
from model.list_words import LIST_ASK
from model.phrasing import Answer

LABEL = re.compile(r"^(What jumps out|On the mix|On your mix|Main thing|One thing|First thing I notice|Start here|"
                   r"Yes, one thing|Mostly fine, one thing)\s*:\s+")  # fmt: skip


def list_faults(ctx: MixContext) -> list[Finding]:
    """The mix's clear problems, one per cause: a clash made by a part that is itself too loud is that part's level
    fault again (its fader is the fix), not a second thing."""
    loud = {f.track for f in ctx.problems if f.kind is FindingKind.TRACK_TOO_LOUD and not f.is_lean}
    # a clash the diagnosis explains by another fault ("track_too_quiet on 'Lead Vocal'": the vocal buried, so
    # the horns cover it) is that fault again, whose fader fixes both
    return [
        f
        for f in ctx.problems
        if not f.is_lean
        and not (f.kind is FindingKind.MASKING and f.track in loud)
        and not (f.kind is FindingKind.MASKING and f.evidence.get("explained_by"))
    ]


def one_on_the_list(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """``ans`` opened "Just one thing stands out:" when a list was asked, it carries one move and the mix has one
    clear problem (leans aside); ``ans`` itself otherwise."""
    if LIST_ASK.search(focus.intent.question) is None or len(ans.moves) != 1 or ans.first is None:
        return ans
    if len(list_faults(ctx)) != 1:  # a second fault the answer left out: no "just one"
        return ans
    if not ans.first.is_problem or ans.first.is_lean or LABEL.match(ans.text) is None:
        return ans
    return Answer(LABEL.sub("Just one thing stands out: ", ans.text, count=1), ans.moves, ans.first)
