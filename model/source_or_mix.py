""" "Is that a mic problem or a mix problem?": the recording and the mix offered as the two causes of a sound.

Why: the judge route answered "Yes:" to a question with two sides. The meters see the mix (levels, bands, the
plug-ins and faders), never the mic or the room: an engineer names the mix side when a fader fault on the part
explains the sound, and when the part sits right says so and points to the recording, which only soloing the raw
track can judge."""

from __future__ import annotations

import re

from companion.context import MixContext
from model.evidence import track_evidence
from model.focus import Focus
from model.intent import Wants
from model.phrasing import EXPLAIN_WORDS, MAX_WORDS, Answer, first_sentence, fit, lower_first
from model.recipes import recipe
from model.settings_level import level_fault

_SOURCE = (
    r"mic|mics|mike|miking|micing|mic placement|recording|recorded|tracking|take|source|room|performance|playing|"
    r"player|singer|singing|instrument|amp|tone|preamp|interface|capture"
)
_MIX = r"mix|mixing|mixdown|the mix|my mix|eq|my eq|plug-?ins?|processing|fader|level|levels"
SOURCE_OR_MIX = re.compile(
    rf"\b(a |the |my |an )?({_SOURCE})( problem| issue| thing| fault)?\b[^?.]{{0,12}}\bor\b[^?.]{{0,12}}"
    rf"\b(a |the |my )?({_MIX})( problem| issue| thing| fault)\b|"
    rf"\b(a |the |my )?({_MIX})( problem| issue| thing| fault)\b[^?.]{{0,12}}\bor\b[^?.]{{0,12}}"
    rf"\b(a |the |my |an )?({_SOURCE})( problem| issue| thing| fault)?\b",
    re.IGNORECASE,
)
"""The recording and the mix offered as two causes ("mic problem or mix problem?", "mixing issue or the take?")."""


def source_or_mix(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """``ans`` replaced by the side measured when the question offers the recording or the mix as the cause of
    one part's sound; ``ans`` otherwise."""
    intent = focus.intent
    if ctx.analysis is None or intent.wants not in (Wants.JUDGE, Wants.WHY):
        return ans
    if not SOURCE_OR_MIX.search(intent.question):
        return ans
    asked = [a for a in focus.asked if a.tracks]
    if len(asked) != 1:
        return ans
    part = asked[0].tracks[0]
    fault = level_fault(ctx, focus)  # the one part asked: its level fault, if any
    limit = EXPLAIN_WORDS if intent.explain else MAX_WORDS
    if fault is not None:
        move = recipe(fault, focus.session)
        head = f"The mix, first: {lower_first(first_sentence(fault.summary))}"
        after = (
            "Set the fader, then listen again; if it still sounds wrong at the right level, solo the raw track: "
            "what's left is the recording."
        )
        return Answer(fit([head, move.try_text, after, move.check_text], limit, keep=3), [move], fault)
    meter = track_evidence(ctx, part).measured_level()
    head = f"Not the mix, as far as I can measure: nothing I measured says {part.quoted} is out of line"
    head += f" ({meter})." if meter else "."
    source = (
        "I can't hear the mic or the room, only the mix: solo the raw track with its plug-ins bypassed; if it "
        "sounds that way there, it's the recording (mic choice, placement, the room), and a retake beats any EQ."
    )
    return Answer(fit([head, source], limit, keep=2))
