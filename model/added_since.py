""" "But how did that happen? They were slamming when I first set the levels, all I did after was add the horn and
string parts": a part gone quiet (or new parts come in loud) after parts were added, asked why.

Why: the parts named as added were read as the parts asked about, so the answer judged the horns and strings ("No:
nothing I measured says 'Horns' is too low") and never came back to the drums the asker meant. An engineer knows
the cause: every part added plays in the same space, so a fader set against a smaller arrangement ends up under the
new one (or the new parts came in too loud). The answer names the part measured off, says why in those terms and
gives its move.
"""

from __future__ import annotations

import re

from companion.context import FindingKind, MixContext
from model.evidence import TRACK_LEVEL_KINDS
from model.focus import Focus
from model.intent import Wants
from model.phrasing import EXPLAIN_WORDS, Answer, first_sentence, fit, lower_first, names
from model.recipes import recipe

ADDED_SINCE = re.compile(
    r"\b(all (i|we) (did|done|changed)|(i|we) (only|just)|since (i|we)|after (i|we)|once (i|we)|then (i|we))\b"
    r"[^?.!]{0,30}\b(add(ed)?|put in|brought in|layered|tracked|recorded|threw in|dropped in)\b",
    re.IGNORECASE,
)
"""Parts said to have been added since the balance was set ("all i did after was add the horns")."""
_PROCESSING = re.compile(
    r"\s*(in |on )?(a |an |some |the |more |my )?(\w+ )?(reverb|verb|eq|eq'?s|compress\w*|comp|delay|echo|plug-?ins?|"
    r"effects?|fx|saturation|distortion|limiter|de-?esser|chorus|automation|sidechain|gain|send)\b",
    re.IGNORECASE,
)
"""Processing added ("since i added reverb to the vocal"), which is no new part of the arrangement."""


def added_since(ctx: MixContext, focus: Focus) -> Answer | None:
    """Why a balance changed once parts were added, from the level faults measured; None for other questions."""
    intent = focus.intent
    if (
        intent.wants != Wants.WHY
        or focus.session is None
        or (m := ADDED_SINCE.search(intent.question)) is None
    ):
        return None
    after = intent.question[m.end() :]
    if _PROCESSING.match(after):
        return None  # "since i added reverb to the vocal": a plug-in added, not a part
    added = {
        rt.name
        for a in focus.asked
        if a.found
        for rt in a.tracks
        if re.search(rf"\b{re.escape(a.said or a.word)}", after, re.I)
    }
    if not added:
        return None
    level = [f for f in ctx.problems if f.kind in TRACK_LEVEL_KINDS and not f.is_lean and f.track]
    loud_new = next((f for f in level if f.track in added and f.kind is FindingKind.TRACK_TOO_LOUD), None)
    buried = next((f for f in level if f.track not in added and f.kind is FindingKind.TRACK_TOO_QUIET), None)
    fault = loud_new or buried
    if fault is None:
        return None
    move = recipe(fault, focus.session)
    new = names(sorted(added), 3)
    if fault is loud_new:
        why = (
            f"{'One of the new parts' if len(added) > 1 else 'The new part'} came in too loud: "
            f"{lower_first(first_sentence(fault.summary))} It sits over the parts that were there before, so a mix "
            "that worked now sounds crowded."
        )
    else:
        why = (
            f"Adding {'them' if len(added) > 1 else 'it'} did it: every new part plays in the same space, so a "
            f"fader set against the smaller arrangement ends up under the bigger one. Now "
            f"{lower_first(first_sentence(fault.summary))}"
        )
    parts = [
        why,
        move.try_text,
        f"Set the faders again against the full arrangement whenever you add a part ({new} here).",
        move.check_text,
    ]
    return Answer(fit(parts, EXPLAIN_WORDS, keep=3), [move], fault)
