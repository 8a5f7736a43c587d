""" "The clap feels fine but should i pitch it up a semitone for more snap?", "should i pitch the kick down a bit?":
a pitch move asked about on a part the meters find in place.

Why: the level route read it as a level question and said "Yes: nothing I measured says 'Clap' is too low", a yes
to the pitch that no meter judged. An engineer says it is a taste call the meters can't make, that the part's level
is fine, what the move does to the sound (a drum sample up: tighter and snappier; down: fatter and longer; a pitched
part: where it sits against the vocal), where REAPER does it, and how to judge it. A part at the wrong level is left
to the other routes, which put its fader first.
"""

from __future__ import annotations

import re

from companion.context import MixContext
from companion.knowledge.build_balance import KIT_ROLES
from model.evidence import TRACK_LEVEL_KINDS, track_evidence
from model.focus import Focus
from model.intent import Wants
from model.phrasing import MAX_WORDS, Answer, first_sentence, fit
from model.recipes import recipe

PITCH_ASKED = re.compile(
    r"\b(should|could|would|do|can) (i|we|u) (just |maybe )?(pitch|tune|detune|retune|transpose)\b",
    re.IGNORECASE,
)


def pitch_move(ctx: MixContext, focus: Focus) -> Answer | None:
    """A pitch move on a part in place, answered as a taste call with what it does; None otherwise."""
    q = focus.intent.question
    if focus.intent.wants != Wants.JUDGE or not PITCH_ASKED.search(q) or ctx.analysis is None:
        return None
    tracks = [rt for a in focus.asked for rt in a.tracks]
    if len(tracks) != 1:
        return None
    rt = tracks[0]
    if any(f.is_problem and f.track == rt.name for f in ctx.problems):
        return None  # its fault answers first, on the level routes
    meter = track_evidence(ctx, rt).measured_level()
    level = f"nothing I measured says {rt.quoted} is out of line" + (f" ({meter})" if meter else "")
    if rt.role in KIT_ROLES:
        partner = "the bass" if rt.role == "kick" else "the kick"
        does = (
            "A drum sample tuned up a semitone or two gets tighter and snappier; down, fatter and longer, and it "
            f"must still sit with {partner} and the song's key."
        )
    else:
        does = (
            "Transposing a pitched part moves it against the vocal and the chords: an arrangement call more than "
            "a mix one."
        )
    # a part off elsewhere is what the mix needs first: said after the taste call, with its card
    other = next(
        (
            f
            for f in ctx.problems
            if f.is_problem and not f.is_lean and f.kind in TRACK_LEVEL_KINDS and f.track
        ),
        None,
    )
    elsewhere = f"What the mix does need first: {first_sentence(other.summary)}" if other is not None else ""
    text = fit(
        [
            f"Your call: the meters can't judge a pitch choice, and {level}.",
            elsewhere,
            does,
            "In REAPER, select the item, open Item Properties (F2) and set Pitch adjust in semitones; compare it "
            "against the original at matched level, and keep it only if the song sounds better, not just different.",
        ],
        MAX_WORDS,
        keep=2,
    )
    if other is not None:
        return Answer(text, [recipe(other, focus.session)], other)
    return Answer(text, [], None)
