"""Noise asked about ("how do i get rid of the hiss", "theres a hum on the bass how do i fix it", "is there hiss on
the vocal?"): what the mix can and cannot show, and the REAPER moves that remove each kind.

Why: "hiss" and "hum" name no tone kind, so the router answered with the mix's biggest lean; on a dull mix that
was "add a high shelf, +2-3 dB from about 8 kHz", a boost that raises hiss. Noise under the music is not measured
here (the music covers it in a full clip), so an engineer says so and gives the way to find it (solo the tracks
in a quiet bit) and the fix that fits the noise: noise reduction with a captured profile for hiss, narrow cuts at
the mains frequency and its harmonics for hum, an expander or gate for noise between phrases; never a top boost."""

from __future__ import annotations

import re
from dataclasses import dataclass

from companion.context import MixContext
from model.focus import Focus
from model.intent import Wants
from model.phrasing import MAX_WORDS, Answer, fit


@dataclass(frozen=True, slots=True)
class Noise:
    """One kind of noise: the words for it and how it is removed."""

    name: str
    words: re.Pattern[str]
    fix: str


NOISES: tuple[Noise, ...] = (
    Noise(
        "hum",
        re.compile(r"\b(hum|humming|hummy|buzz|buzzing|buzzy|ground loop|mains)\b", re.I),
        "For hum: narrow cuts (Q ~10-30, -10 to -20 dB) at 50 or 60 Hz and its first harmonics (100/120, 150/180 Hz) "
        "in ReaEQ, and a high-pass just under the part's lowest note.",
    ),
    Noise(
        "hiss",
        # "are they just noise?": a part that adds nothing (clutter), not hiss
        re.compile(
            r"\b(hiss\w*|(?<!just )(?<!only )(?<!all )noise(?! ?gat\w*)|noisy|static|white noise)\b", re.I
        ),
        "For hiss: ReaFIR in Subtract mode (play a bit with only the noise, tick 'Automatically build noise "
        "profile', then untick it), or a gentle high-shelf cut of 1-3 dB from about 8-10 kHz on that track, never a boost.",
    ),
)
"""The noises, hum first ("buzzing noise" is hum)."""
CANT_HEAR = "I can't measure noise under the music in a full clip: the parts cover it."
CANT_TELL = (
    "I can't tell from the mix: noise under the music doesn't show in a full clip, the parts cover it."
)
FIND = "Find it first: solo each track in a quiet bit (an intro, a gap between lines) and listen for the one that carries it."
GAPS = "Between phrases, an expander or gate (ReaGate, threshold just above the noise) keeps the gaps clean."


def noise_fix(ctx: MixContext, focus: Focus) -> Answer | None:
    """The way to find and remove the noise asked about; None when no noise is asked about."""
    intent = focus.intent
    if intent.technique is not None or intent.wants not in (Wants.HOW_TO, Wants.JUDGE, Wants.WHAT_FIRST):
        return None
    noise = next((n for n in NOISES if n.words.search(intent.question)), None)
    if noise is None or intent.complaint not in (None, "clipping"):
        return None
    if any(not f.is_lean for f in ctx.problems):
        return None  # "a hissy rattle all over the mix" with the shaker 9 dB over: the route names that part
    tracks = [rt.quoted for a in focus.asked for rt in a.tracks]
    head = CANT_TELL if intent.wants == Wants.JUDGE and "?" in intent.question else CANT_HEAR
    find = f"Solo {tracks[0]} in a quiet bit and listen for it." if len(tracks) == 1 else FIND
    return Answer(fit([head, find, noise.fix, GAPS], MAX_WORDS, keep=3))
