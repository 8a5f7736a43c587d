"""A plug-in asked by the name the session itself gives it ("is the tone eq doing this?" with 'Tone EQ' on the
guitar, "is my ssl comp doing this?" with an 'SSL Comp' on the bus): that plug-in, found among the session's FX.

The snapshot lists every plug-in by name, so a question that names one in the user's own words is about that
plug-in, not a lesson on EQ or compression. The answer says where it sits and then what was measured, and when the
part it sits on is the one measured off it says so: the plug-in may well be part of it, which bypassing it at
matched level shows. What a third-party plug-in does inside cannot be read from its name, so no verdict is guessed.
"""

from __future__ import annotations

import re

from companion.context import MixContext
from model.absent_part import measured_instead
from model.phrasing import Answer
from model.session_view import SessionView, plugin_name

GENERIC = frozenset((
    "eq", "equalizer", "equaliser", "comp", "compressor", "limiter", "reverb", "verb", "delay", "gate", "de", "esser",
    "deesser", "saturator", "saturation", "filter", "stereo", "mono", "plugin", "plug", "in", "fx", "x64", "x86",
    "vst", "vst3", "au", "the", "a", "bus", "channel", "strip", "mk", "ii", "2", "3", "4",
))  # fmt: skip
"""Words of a plug-in's name that say what kind of tool it is, not which one: a name made of these alone ('EQ',
'Compressor') is asked as the tool, which the general router answers."""
STOCK = re.compile(r"\((?:Cockos|REAPER)\)|^\w+:\s*Rea", re.IGNORECASE)
"""REAPER's own plug-ins, which the plug-in and processor routes already read band by band."""


def _said(name: str) -> re.Pattern[str] | None:
    """The words of a plug-in's ``name`` as a question would type them ("Tone EQ": "tone eq", "tone-eq")."""
    words = re.findall(r"[a-z0-9]+", name.lower())
    if not words or all(w in GENERIC for w in words):
        return None
    return re.compile(r"(?<![\w-])" + r"[\s_-]*".join(map(re.escape, words)) + r"(?![\w-])", re.IGNORECASE)


def named_plugins(question: str, session: SessionView) -> list[tuple[str, str]]:
    """(plug-in, track) for each non-stock plug-in of the session that ``question`` names by its own name."""
    found = []
    for rt in session.tracks:
        for fx in rt.track.fx:
            name = plugin_name(fx)
            if STOCK.search(fx.name) or (said := _said(name)) is None or not said.search(question):
                continue
            found.append((name, rt.name))
    return found


def named_plugin_answer(ctx: MixContext, session: SessionView) -> Answer | None:
    """Where the plug-in the question names sits and what was measured, or None when it names none."""
    if not session or not (found := named_plugins(ctx.question, session)):
        return None
    plugin = found[0][0]
    tracks = [t for p, t in found if p == plugin]
    head = f"Your {plugin} sits on " + ", ".join(f"'{t}'" for t in tracks) + "."
    sentences, move, finding = measured_instead(ctx, session)
    if finding is not None and finding.track in tracks:
        sentences = [
            *sentences,
            f"That's the track the {plugin} is on, so it may well be part of it: I can't read inside a third-party "
            "plug-in, so bypass it at matched level and listen for the problem easing.",
        ]
    else:
        head += " I can't read inside a third-party plug-in, so bypass it at matched level to hear its share."
        if sentences and sentences[0].startswith("Nothing I measured"):
            sentences = [
                "Nothing I measured in the mix is out of line, so there is nothing for it to be doing."
            ]
        elif finding is not None:
            sentences[0] = sentences[0].replace(
                "What I did measure", "The fault I did measure sits elsewhere", 1
            )
    return Answer(" ".join([head, *sentences]), [move] if move is not None else [], finding)
