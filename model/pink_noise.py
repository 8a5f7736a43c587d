""" "Saw a vid about the pink noise trick, how do i do that in reaper, is it worth it?": the pink-noise balance
method asked how and whether.

Why: no route knew the method, so the question fell to the whole-mix verdict ("Yes: no track's level stands out
..."), which never says what the trick is. An engineer says how it is done in REAPER, what it is good for (a rough
first balance in minutes) and what it misses (the song's hierarchy: a lead that should sit on top), and what it
would change on this session, from the measured levels.
"""

from __future__ import annotations

import re

from companion.context import MixContext
from model.evidence import TRACK_LEVEL_KINDS
from model.focus import Focus
from model.intent import Wants
from model.phrasing import MAX_WORDS, Answer, first_sentence, fit
from model.recipes import recipe

PINK_NOISE = re.compile(r"\bpink[- ]?noise\b", re.IGNORECASE)


def pink_noise(ctx: MixContext, focus: Focus) -> Answer | None:
    """The pink-noise method and what it would change on this mix; None unless it is asked about."""
    if focus.intent.wants not in (Wants.HOW_TO, Wants.JUDGE, Wants.WHAT_FIRST):
        return None
    if not PINK_NOISE.search(focus.intent.question):
        return None
    off = [f for f in ctx.problems if f.kind in TRACK_LEVEL_KINDS and f.is_problem and f.track]
    if off:
        here = f"On this mix it would catch what the meters already show: {first_sentence(off[0].summary)}"
    else:
        here = (
            "On this mix it would change little: no track's level stands out against the range its role gets "
            "in real mixes."
        )
    worth = re.search(r"\b(worth|any good|does it work|good idea|legit)\b", focus.intent.question, re.I)
    text = fit(
        [
            "Yes, for a first pass: it gets a rough balance in minutes, every part within a few dB."
            if worth
            else "",
            "The trick: a noise generator set to pink on its own track (search 'noise' in REAPER's FX browser) "
            "at a steady -20 dB; solo each track with it and set its fader until it just sits at the noise.",
            here,
            "It ignores the song's order, though: the lead vocal, kick and snare usually end a little above where "
            "it puts them, so finish by ear.",
            "Then delete the noise track and check at low volume: you should still follow every word and hit.",
        ],
        MAX_WORDS,
        keep=4,
    )
    # the fault it would catch is already measured: its card comes with it
    return Answer(text, [recipe(off[0], focus.session)], off[0]) if off else Answer(text, [], None)
