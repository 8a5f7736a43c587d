"""A last pass over every answer path: a question that takes a yes or no gets its verdict first, whatever path
answered it (tracks, masking, master, region, whole mix, follow-up). The path's own opening stays when it
already says yes or no (or names the part, says it is not there, asks back); a label ("On the mix:", "Main
thing:") gives way to the verdict; a move or a finding said first gets the verdict in front of it."""

from __future__ import annotations

import re

from model.aspect_phrase import aspect_phrase
from model.focus import Focus
from model.intent import Wants
from model.intent_claim import claim_side
from model.intent_state import GOOD_STATE
from model.intent_yes_no import polarity, statement_asks, takes_yes_no
from model.phrasing import EXPLAIN_WORDS, MAX_WORDS, Answer, fit, lower_first, split_sentences

ANSWERED = re.compile(
    r"^(Yes|Yeah|Yep|No|Nope|Not|Nothing|None|Neither|Both|A little|A bit|A touch|Slightly|Maybe|Possibly|"
    r"Probably|Mostly|Partly|Somewhat|Only|More than|Way|Much|Too|Quite|Clearly|Definitely|Absolutely|It's|"
    r"It is|It does|That's|That is|They|Honestly|There (is|are|'s) no|I can't|I couldn't|I didn't|I don't|"
    r"I wouldn't|I'd|Happy to|Turn what|Which|Better|Worse|Same|Right|Close|Hard to|Depends|Can't|Sure|Go ahead|"
    r"Leave|Keep|Start here|Next|Because|Here's|About|Each|All|Every|Everything|Your|You|I|For|At|Engineers|If|"
    r"Right now|What does|The nearest|The same|In|Nearly|Almost|Usually|Typically|Often|Rarely|Seldom|As far as)\b"
    r"|^'[^']+' (is|are) the (louder|quieter)|^'[^']+' (is|are) in\b|^(The )?'[^']+' (track|part)s? (is|are) (it|the)",
    re.IGNORECASE,
)
"""Openings that already answer a yes/no question (or answer it another way: the part named, not in the
session, a question back)."""

LABEL = re.compile(
    r"^(On (the|your) [\w' &-]{1,30}|First thing I notice|What jumps out|Main thing|One thing|Heads up|"
    r"From (the|your) [\w' -]{1,30}|This)\s*:\s+"
)
"""A label that says where the answer looks, not what it finds ("This:" points at what follows): the verdict
takes its place."""


POINTING = re.compile(
    r"^\s*(ok |okay |so |and |but )*(is|was) (that|it|this)\b(?! (the \w+|\w+) or\b)", re.IGNORECASE
)
"""A yes/no that points back at what was said ("so is that the main problem then", "ok is that what's wrong"):
asked of the answer before, it takes a yes or no even when its words ask what first or what is wrong."""
NAMED = re.compile(r"^It's '[^']+'(, not '[^']+')?:\s+")
"""'It's 'Synth Bass':': a part named, the answer to "which?"; to "is that the biggest issue?" the verdict."""


def _asked_tracks(focus: Focus) -> set[str]:
    return {rt.name for a in focus.asked for rt in a.tracks}


def verdict_first(focus: Focus, ans: Answer) -> Answer:
    """``ans`` with the yes or no its question takes said first, when the path that wrote it did not."""
    intent = focus.intent
    if intent.should or intent.asks_raise or " or " in intent.question:
        return (
            ans  # a move asked about ("should I ...?") or two alternatives offered: their paths answer those
        )
    pointing = (
        intent.wants in (Wants.WHAT_FIRST, Wants.LISTEN) and POINTING.search(intent.question) is not None
    )
    if intent.wants != Wants.JUDGE and not pointing:
        return (
            ans  # "what should I fix first?" asks for a thing; "is that the main problem?" asks a yes or no
        )
    named = NAMED.match(ans.text) is not None
    if not takes_yes_no(intent.question, intent.tag) or (ANSWERED.match(ans.text) and not named):
        return ans
    side = polarity(intent.question, intent.complaint, intent.asks_ok, intent.enough, intent.asks_problem)
    if (
        side is None
        and intent.instruments
        and statement_asks(intent.question)
        and not GOOD_STATE.search(intent.question)
        and not aspect_phrase(intent.question)  # "fiddle vs piano levels?": an open ask
    ):
        side = "problem"  # "the bass feels huge in there? idk": a claim about the part, said rising
    if (
        side is None
        and claim_side(intent.question, intent.complaint)
        and not GOOD_STATE.search(intent.question)
    ):
        side = "problem"  # "does it sound kinda empty?": a lack or an excess said in whole-mix words
    if side is None:
        return ans
    first = ans.first
    if first is not None and ans.moves and (not first.is_problem or first.is_lean):
        if side == "problem" and first.track is None and (label := LABEL.match(ans.text)) is not None:
            # "is the mix too busy?" answered "On the mix: the mix leans a little boomy": a label where the path
            # did not size the lean; a fault asked about and only a lean to check by ear found is not clearly so
            ans.text = f"Not clearly, at most a lean: {ans.text[label.end() :]}"
        return (
            ans  # a remark or a lean to check by ear: neither a yes nor a no, its path sizes it ("A little")
        )
    found = first is not None and bool(ans.moves)
    asked = _asked_tracks(focus)
    if found and asked and ans.first is not None and ans.first.track not in (None, *asked):
        return ans  # the fault is another part's: that path says "not that, X" in its own words
    yes = found if side == "problem" else not found
    body = ans.text
    label = LABEL.match(body) or NAMED.match(body)
    if label is not None:
        body = body[label.end() :]
    ans.text = (
        f"{'Yes' if yes else 'No'}: {lower_first(body) if body[:1].isupper() and not _proper(body) else body}"
    )
    limit = EXPLAIN_WORDS if intent.explain or intent.wants == Wants.WHY else MAX_WORDS
    ans.text = fit(split_sentences(ans.text), limit, keep=2)
    return ans


def _proper(text: str) -> bool:
    """True when ``text`` opens with a word that keeps its capital (a unit, an acronym, a band name)."""
    first = text.split(" ", 1)[0]
    return first.isupper() or first in ("I", "I'd", "I'm", "REAPER", "MixologyDB")
