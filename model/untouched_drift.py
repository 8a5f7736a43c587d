""" "ok but how did it end up that hot? i set it once on day one n never went near it again": how a part came to
sit off its level when the asker never moved its fader.

Why: the question was read as the level verdict again ("Yes: 'Upright Bass' sits about 11 dB louder"), a yes to a
how that the conversation had already answered. An engineer explains how a balance drifts while a fader stays put:
the parts around it move (other faders pulled down or muted make it stand out; parts added or pushed bury it), a
plug-in on it changes its level after the fader was set (a compressor's make-up gain, a saturator's drive, an EQ
boost; the session says which plug-ins it has), and, for a low part, speakers or headphones that barely play the low
end, so it was pushed until it could be heard. Then the measured gap and the move, as any answer on it.
"""

from __future__ import annotations

import re

from companion.context import FindingKind, MixContext
from model.evidence import TRACK_LEVEL_KINDS
from model.focus import Focus
from model.phrasing import EXPLAIN_WORDS, Answer, first_sentence, fit
from model.recipes import recipe
from model.session_view import plugin_name

HOW_IT_GOT = re.compile(
    r"\b(how|why) (did|does|do|has|have|would|could|'d|come)\b[^?.!]{0,25}\b(end(ed)? up|get|got|gotten|become|became|"
    r"wind up|wound up|go|went|drift(ed)?|creep|crept)\b",
    re.IGNORECASE,
)
"""How a state came about ("how did it end up that hot?", "how'd it get so quiet", "how come it crept up")."""
UNTOUCHED = re.compile(
    r"\b(never|didn'?t|did not|haven'?t|have not|hadn'?t|not once)\b[^?.!]{0,20}\b(touch\w*|mov\w*|went near|go near|"
    r"gone near|chang\w*|chang|adjust\w*|chang(ed)? it)\b|\bset (it|them|that|the \w+) once\b|\bleft (it|them) alone\b",
    re.IGNORECASE,
)
"""The fader said never moved since it was set ("set it once on day one n never went near it again")."""
LOW_ROLES = frozenset({"bass", "kick"})
"""Parts whose level small speakers and headphones misjudge: they barely play the low end."""


def untouched_drift(ctx: MixContext, focus: Focus) -> Answer | None:
    """How the asked part came to sit off its level with its fader untouched; None for other questions."""
    q = focus.intent.question
    said = ctx.question or q  # "i never touched them" may be dropped from the intent's question as no ask
    if focus.session is None or not HOW_IT_GOT.search(q) or not UNTOUCHED.search(said) or not focus.tracks:
        return None
    asked = {rt.name: rt for rt in focus.tracks}
    fault = next(
        (f for f in ctx.problems if f.kind in TRACK_LEVEL_KINDS and not f.is_lean and f.track in asked),
        None,
    )
    if fault is None:
        return None
    rt = asked[fault.track or ""]
    loud = fault.kind is FindingKind.TRACK_TOO_LOUD
    around = (
        "other faders pulled down or parts muted since make it stand out"
        if loud
        else "parts added or other faders pushed up since bury it"
    )
    plugins = [plugin_name(fx) for fx in rt.track.fx if fx.enabled]
    way = "add" if loud else "take away"
    their = "its output gain" if len(plugins) == 1 else "their output gains"
    own = (
        f"a plug-in on it can {way} level after the fader was set (it has {', '.join(plugins[:3])}: check {their})"
        if plugins
        else f"a plug-in put on it later can {way} level (a compressor's make-up gain, a drive, an EQ boost)"
    )
    causes = [around, own]
    if loud and rt.role in LOW_ROLES:
        causes.append("or it was set on headphones or small speakers that barely play the low end, so it went up "
                      "until it could be heard")  # fmt: skip
    move = recipe(fault, focus.session)
    parts = [
        f"Your fader can stay put while the balance moves around it: {first_sentence(fault.summary)}",
        f"The usual ways: {'; '.join(causes)}.",
        move.try_text,
        move.check_text,
    ]
    return Answer(fit(parts, EXPLAIN_WORDS, keep=3), [move], fault)
