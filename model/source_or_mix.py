""" "Is that a mic problem or a mix problem?", "is it the arrangement or the mix?": the recording (or the
arrangement) and the mix offered as the two causes of a sound.

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
_ARRANGED = r"arrangement|arranging|arrangment|song|songwriting|writing|composition|part|parts|voicing|notes"
"""The arrangement as the other cause: what is played, not how it is mixed."""
_MIX = r"mix|mixing|mixdown|the mix|my mix|eq|my eq|plug-?ins?|processing|fader|level|levels"
SOURCE_OR_MIX = re.compile(
    rf"\b(a |the |my |an )?({_SOURCE})( problem| issue| thing| fault)?\b[^?.]{{0,12}}\bor\b[^?.]{{0,12}}"
    rf"\b(a |the |my )?({_MIX})( problem| issue| thing| fault)\b|"
    rf"\b(a |the |my )?({_MIX})( problem| issue| thing| fault)\b[^?.]{{0,12}}\bor\b[^?.]{{0,12}}"
    rf"\b(a |the |my |an )?({_SOURCE})( problem| issue| thing| fault)?\b",
    re.IGNORECASE,
)
"""The recording and the mix offered as two causes ("mic problem or mix problem?", "mixing issue or the take?")."""
ARRANGED_OR_MIX = re.compile(
    rf"\b(the |my |a |an )?({_ARRANGED})( problem| issue| thing)?\b[^?.]{{0,12}}\bor\b[^?.]{{0,12}}"
    rf"\b(the |my |a )?({_MIX})( problem| issue| thing)?\s*\?*\s*$|"
    rf"\b(the |my |a )?({_MIX})( problem| issue| thing)?\b[^?.]{{0,12}}\bor\b[^?.]{{0,12}}"
    rf"\b(the |my |a |an )?({_ARRANGED})( problem| issue| thing)?\s*\?*\s*$",
    re.IGNORECASE,
)
"""The arrangement and the mix offered as two causes ("is it the arrangement or the mix?")."""


def source_or_mix(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """``ans`` replaced by the side measured when the question offers the recording or the mix as the cause of
    one part's sound; ``ans`` otherwise."""
    intent = focus.intent
    if ctx.analysis is None or intent.wants not in (Wants.JUDGE, Wants.WHY):
        return ans
    arranged = ARRANGED_OR_MIX.search(intent.question) is not None
    if not arranged and not SOURCE_OR_MIX.search(intent.question):
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
        if arranged:
            after = (
                "Set the fader, then listen again; if it still gets lost at the right level, look at what else plays "
                "in its range when it comes in: that's the arrangement."
            )
        return Answer(fit([head, move.try_text, after, move.check_text], limit, keep=3), [move], fault)
    meter = track_evidence(ctx, part).measured_level()
    head = f"Not the mix, as far as I can measure: nothing I measured says {part.quoted} is out of line"
    head += f" ({meter})." if meter else "."
    source = (
        "I can't hear the mic or the room, only the mix: solo the raw track with its plug-ins bypassed; if it "
        "sounds that way there, it's the recording (mic choice, placement, the room), and a retake beats any EQ."
    )
    if arranged:
        source = (
            "So it's more likely the arrangement: check what else plays in its range at the same moments (same "
            "octave, same rhythm); moving one part up an octave or leaving a gap for it beats any EQ."
        )
    return Answer(fit([head, source], limit, keep=2))
