""" "Is the guitar out of tune?", "is the singer sharp in the chorus?", "is the drummer rushing?": pitch and timing, which
nothing here measures (the meters read level, tone and stereo, never notes or their place on the beat).

Why: the router read these as "is the guitar out of line?" and answered "It's fine: nothing I measured says
'Gtr L' is out of line", which sounds like "it's in tune"; "is the bass in tune? sounds weird" with the bass 9 dB
down opened "Yes:". An engineer says what can't be told from here, how to check it in REAPER (a tuner on held
notes; the waveform against the grid), how it is fixed, then what is measured on that part: its level fault with
the move, if one is found.
"""

from __future__ import annotations

import re

from companion.context import MixContext
from model.evidence import TRACK_LEVEL_KINDS
from model.focus import Focus
from model.phrasing import MAX_WORDS, NOTHING_HEARD, Answer, first_sentence, fit, lower_first
from model.recipes import recipe
from model.reported_move import reports_level_move
from model.session_view import quote_list

PITCH = re.compile(
    r"\b(out of tune|in tune|tuning|detuned|pitchy|pitch(ed)? (is )?off|off[- ]key|out of key|"
    r"(sing|sings|singing|sung|play|plays|playing|is|are|bit|little|slightly|kinda|singer|vocalist) "
    r"(sharp|flat)\b(?! (sound|tone|top|high|eq))|(sharp|flat) (in|on) the (chorus|verse|bridge|high notes?|notes?|"
    r"hook))",
    re.IGNORECASE,
)
"""Pitch asked about: tuning, a singer sharp or flat on notes (not "sounds flat", a dull mix). Pitch correction
asked for ("should i use autotune?") is a production choice, answered by ``model.creative_fx``."""
TIMING = re.compile(
    # "has the fog lifted off the beat?": something gone from the track, not a part off the beat
    r"\b(in time|out of time|(?<!lifted )(?<!lift )(?<!cleared )(?<!clear )(?<!gone )(?<!come )(?<!taken )off[- ](the )?beat|off the grid|on the grid|rush(es|ing)?|"
    r"drag(s|ging)?(?! (\w+ )?(down|it|this|that|the mix|my mix|everything)| (\w+ ){1,3}(down|up)\b)|"
    r"ahead of the (beat|click)|(?<!sunk )(?<!sunken )(?<!sinking )(?<!buried )(?<!lost )(?<!hidden )(?<!hiding )"
    # "kinda sunk behind the beat": buried under the drums, a level, not a timing
    r"behind the (beat|click)|timings?|in the pocket|quanti[sz]\w*|in sync|out of sync|"
    r"lagging|tight(er)? (with|to) the (kick|drums|click|grid))\b",
    re.IGNORECASE,
)
"""Timing asked about: a part ahead of or behind the beat, rushing or dragging, quantizing (not "dragging the mix
down", a fault, nor "drag every instrument down a few db", a fader move)."""
_EDIT_PROPOSED = re.compile(
    r"\b(should|do|shall|must) (i|we)( (just|first|maybe|really|go thru|go through|go in and|go and))*( and| n)? "
    r"(tighten|quantize|quantise|edit|nudge|align|fix|redo|re-?record|retake|comp|tune|autotune|melodyne)\b",
    re.IGNORECASE,
)
"""A pitch or timing edit proposed ("should i go thru n tighten up the takes first?"), which a level fault measured
on the part comes before."""
_POCKET = re.compile(r"in the pocket", re.IGNORECASE)
"""The one timing word that, after a fader move, asks where the part sits ("nudged it up, in the pocket now?")."""


def _pocket_after_move(q: str) -> bool:
    """True when "in the pocket" is the only timing word and follows a fader move told: "nudged the rhodes back up,
    is it in the pocket now?" asks where the part sits, not its timing."""
    return reports_level_move(q) and all(_POCKET.fullmatch(m[0]) for m in TIMING.finditer(q))


def pitch_timing(ctx: MixContext, focus: Focus) -> Answer | None:
    """What can't be told of pitch or timing from the meters, how to check and fix it in REAPER, then the level
    fault measured on the part asked about; None when the question asks neither."""
    q = focus.intent.question
    pitch, timing = PITCH.search(q), TIMING.search(q)
    if timing and not pitch and _pocket_after_move(q):
        timing = None
    if not (pitch or timing) or focus.intent.technique is not None:
        return None
    tracks = [rt for a in focus.asked for rt in a.tracks]
    part = quote_list(tracks) if tracks else "the part"
    if pitch:
        head = (
            "I can't tell pitch from what I measure: the meters read level, tone and stereo, not notes, so I won't "
            "say it's in tune or not."
        )
        how = (
            f"To check, put ReaTune (REAPER's own) on {part} and watch held notes: a steady 20 cents or more off is "
            "what most listeners catch (common practice). To fix, ReaTune's correction or Melodyne, with a slow "
            "retune speed so it still sounds played or sung."
        )
    else:
        head = (
            "I can't tell timing from what I measure: the meters read level, tone and stereo over the whole clip, "
            "not where each note lands."
        )
        how = (
            f"To check, zoom in on the waveform of {part} against the grid or the kick's hits: 20-30 ms or more off is "
            "what reads as sloppy (common practice). To fix, split at the transients and nudge the late or early "
            "notes, or quantize MIDI parts."
        )
    names = {rt.name for rt in tracks}
    fault = next(
        (f for f in ctx.problems if f.kind in TRACK_LEVEL_KINDS and not f.is_lean and f.track in names), None
    )
    if fault is None:
        heard = (
            []
            if ctx.analysis is not None or ctx.snapshot is not None
            else [f"{NOTHING_HEARD}: it's common practice."]
        )
        return Answer(fit([head, how, *heard], MAX_WORDS, keep=3))
    move = recipe(fault, focus.session)
    if _EDIT_PROPOSED.search(q) or focus.intent.complaint in ("clash", "loud", "quiet"):
        # "treading on my lead line, her timing's loose, should i tighten the takes first?": the level measured
        # on that part is the likelier cause and the quicker fix, so it leads; the timing check after
        first = f"Before any edit, the level, which I do measure: {first_sentence(fault.summary)}"
        after = f"Then, if it still sounds {'loose' if timing and not pitch else 'off'}: {lower_first(how)}"
        return Answer(fit([first, move.try_text, after, move.check_text], MAX_WORDS, keep=3), [move], fault)
    said = f"What I do measure on it: {first_sentence(fault.summary)}"
    return Answer(fit([head, how, said, move.try_text], MAX_WORDS, keep=3), [move], fault)
