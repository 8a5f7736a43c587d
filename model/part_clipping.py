""" "Is the vocal distorted?", "is the guitar clipping?", "my bass sounds distorted, is it clipping?": clipping or
distortion asked of one part, answered with that part's own peak meter and the master's, not its level verdict.

Why: a named part sent the question to the part's level ("No: nothing I measured says 'Gtr L' is out of line",
or "Yes: 'Lead Vocal' sits about 8 dB quieter"), which says nothing about distortion and, with a level fault,
says "Yes" to a clipping that was never measured. An engineer reads the part's peak meter and the master's true
peak first; a part peaking over full scale is the measured answer; with nothing over, distortion that is still
heard is in the recording or a plug-in, which only soloing and bypassing can find.
"""

from __future__ import annotations

import math
import re

from companion.context import FindingKind, MixContext
from model.evidence import TRACK_LEVEL_KINDS
from model.focus import Focus
from model.intent import Wants
from model.intent_words import DISTORTION_ADDED, DRIVEN_PART, PLAYED_DISTORTED
from model.phrasing import MAX_WORDS, Answer, first_sentence, fit, lower_first
from model.recipes import recipe

DISTORTED = re.compile(
    r"\b(clip(s|ping|ped|py)?|distort(ed|ing|s)?|distortion|crackl\w*|in the red|overload(s|ed|ing)?|"
    rf"break(s|ing)? up|peaking out)\b{DRIVEN_PART}",
    re.IGNORECASE,
)
"""Clipping or distortion heard on a part, in an amateur's words."""
WANTED = re.compile(
    r"\b(add|adding|put|putting|use|using|try|trying|want|need|more|less|some|bit of|little)\b[^?.,]{0,12}"
    r"\b(distortion|saturation|overdrive|crunch)\b|\b(distortion|saturation|overdrive) (plugin|plug-in|pedal|fx)\b",
    re.IGNORECASE,
)
"""Distortion as an effect wanted ("add some distortion to the bass?"), not a fault heard."""
OVER_DBFS = -0.1
"""A part's own peak at or over this is at full scale: over it, a fixed-point stage or the master clips."""
MASTER_OR = re.compile(r"\b(master|mix|bus|export|bounce)\b[^?]*\bor\b|\bor\b[^?]*\b(master|mix|bus)\b", re.I)
"""The master offered beside the part ("is my master distorted or is it the vocal?"): both are answered."""
EAR_CHECK = (
    "If you still hear distortion on {track}, it's in the recording or a plug-in: solo it, bypass its FX and "
    "listen to the raw take (a clipped recording stays clipped), then bring the plug-ins back one at a time."
)


def part_clipping(ctx: MixContext, focus: Focus) -> Answer | None:
    """The part's and the master's peaks for clipping asked of a part; None when no part or no clipping is asked."""
    intent = focus.intent
    q = intent.question
    # "what eq for distorted rhythm gtrs?": a guitar played distorted, no distortion heard as a fault
    heard = re.sub(f"{DISTORTION_ADDED}|{PLAYED_DISTORTED}", " ", q, flags=re.IGNORECASE)
    if not intent.instruments or ctx.snapshot is None or not DISTORTED.search(heard) or WANTED.search(q):
        return None
    if intent.wants not in (Wants.JUDGE, Wants.WHY, Wants.LISTEN, Wants.HOW_TO):
        return None
    tracks = [rt for a in focus.asked for rt in a.tracks if a.how != "inside"]
    peaks = [
        (rt, float(rt.track.level.max_peak_db))
        for rt in tracks
        if rt.track.level is not None
        and rt.track.level.max_peak_db is not None
        and math.isfinite(rt.track.level.max_peak_db)
    ]
    if not peaks:
        return None
    top, peak = max(peaks, key=lambda p: p[1])
    name = top.quoted
    own = f"{name} peaks at {peak:+.1f} dBFS on its own meter"
    master = ""
    a = ctx.analysis
    if a is not None and math.isfinite(a.true_peak_dbtp):
        master = (
            f"the master's true peak is {a.true_peak_dbtp:.1f} dBTP with {a.clipped_samples} clipped samples"
        )
    clip = next((f for f in ctx.problems if f.kind is FindingKind.CLIPPING), None)
    names = {rt.name for rt in tracks}
    level = next((f for f in ctx.problems if f.kind in TRACK_LEVEL_KINDS and f.track in names), None)
    yes_no = intent.wants == Wants.JUDGE
    found = clip
    if peak >= OVER_DBFS and clip is None:
        head = (
            "Not in the mix, but its meter goes over"
            if yes_no
            else "Its meter goes over, the mix doesn't clip"
        )
        parts = [
            f"{head}: {own}, over full scale{f', while {master}' if master else ''}. REAPER mixes in floating "
            "point, so that alone doesn't distort, but it leaves the master's plug-ins no headroom.",
            f"Keep {name} out of the red: bring it down on its fader, or its item's gain before its plug-ins.",
        ]
    elif clip is not None:
        head = (
            "Not on its own track, but the master clips" if peak < OVER_DBFS else "Yes, and the master clips"
        )
        parts = [f"{head}: {lower_first(first_sentence(clip.summary))} {own}."]
    else:
        head = "No, not that I can measure" if yes_no else "Nothing clips on it that I can measure"
        if MASTER_OR.search(q):
            head = "Neither, that I can measure"
        parts = [
            f"{head}: {own}, under full scale{f', and {master}' if master else ''}.",
            EAR_CHECK.format(track=name),
        ]
    moves = []
    if clip is not None:
        moves.append(recipe(clip, focus.session))
        parts.append(moves[0].try_text)
    elif level is not None:  # a part at the wrong level: its fader, the measured fault on it
        found = level
        moves.append(recipe(level, focus.session))
        said = [f"What is off with it: {lower_first(first_sentence(level.summary))}", moves[0].try_text]
        parts[1 : 2 if peak >= OVER_DBFS else 1] = said  # its fader move is the way out of the red
    return Answer(fit(parts, MAX_WORDS, keep=2), moves, found)
