"""Phase asked of one named part ("is the snare out of phase", "kick sounds phasey", "are the overheads out of
phase with the snare?"): what the session and the mix can and cannot show, and the check by ear.

Why: the whole-mix phase route steps aside when a part is named, so the router judged the part's level ("No:
nothing I measured says 'Snare' is out of line"), an answer about something not asked. A part's phase is a matter
between its own mics (top and bottom, in and out, close mic and overheads): the snapshot shows whether any of its
tracks has its polarity flipped, and the bounced mix shows only what cancels between the two speakers, not what
cancelled between two mics before they were summed. An engineer says that plainly and gives the check: flip the
polarity on one mic and keep the fuller, punchier of the two. A level fault measured on a named part is what the
ear blames on phase ("the kick n bass are phase cancelling" with the bass 10 dB over): said instead, with its move."""

from __future__ import annotations

import re

from companion.context import FindingKind, MixContext
from model.focus import Focus
from model.intent import Wants
from model.phrasing import MAX_WORDS, Answer, first_sentence, fit, lower_first
from model.recipes import recipe

PART_PHASE = re.compile(
    r"\bout of phase\b|\bphase\b|\bphas(ey|y|ing)\b|"
    r"\bpolarity\b|\bcomb[- ]?filter\w*|\bin phase\b",
    re.IGNORECASE,
)
"""Phase said of a part (not a phaser effect asked for: "add a phaser to the guitar")."""
MONO = re.compile(r"\bmono\b", re.IGNORECASE)
PHASE_KINDS = (FindingKind.PHASE_ISSUE, FindingKind.LOW_END_NOT_MONO)
LEVEL_KINDS = (FindingKind.TRACK_TOO_LOUD, FindingKind.TRACK_TOO_QUIET)
CHECK = (
    "To check: flip polarity on one of its mics (the Ø button on the track in REAPER's mixer) and listen; keep "
    "whichever way sounds fuller and punchier, with more low end."
)
CANT_READ = (
    "A phase problem between two mics of one source can't be read from the mix: it's summed before I hear it."
)


def part_phase(ctx: MixContext, focus: Focus) -> Answer | None:
    """The part's phase as far as it can be told; None when no phase is asked of a named part."""
    intent = focus.intent
    a = ctx.analysis
    if not intent.instruments or a is None or focus.session is None:
        return None
    if MONO.search(intent.question):
        return None  # "are my gtrs phasey in mono": what survives the fold, ``model.answer_mono``'s question
    if not PART_PHASE.search(intent.question) or intent.wants not in (
        Wants.JUDGE,
        Wants.HOW_TO,
        Wants.LISTEN,
    ):
        return None
    tracks = [rt for x in focus.asked for rt in x.tracks]
    if not tracks:
        return None
    judge = intent.wants == Wants.JUDGE
    found = next((f for f in ctx.problems if f.kind in PHASE_KINDS), None)
    moves = []
    flipped = [rt.quoted for rt in tracks if rt.track.phase_inverted]
    names = " and ".join(rt.quoted for rt in tracks[:3])
    if found is not None:  # the mix measures a cancellation: that first, whoever makes it
        move = recipe(found, focus.session)
        head = f"{'Possibly: ' if judge else ''}{lower_first(first_sentence(found.summary))}"
        parts = [head[:1].upper() + head[1:], move.try_text]
        moves = [move]
    else:
        head = "Not that I can measure" if judge else "Nothing I measure says so"
        own = (
            f"{' and '.join(flipped)} {'has' if len(flipped) == 1 else 'have'} polarity flipped in REAPER"
            if flipped
            else f"{'neither' if len(tracks) == 2 else 'none'} of {names} has its polarity flipped"
        )
        if len(tracks) == 1 and not flipped:
            own = f"{names} is a single track with normal polarity, so within this session it has no second mic to fight"
        parts = [
            f"{head}: {own}, and the mix correlates at {a.stereo.correlation:+.2f} "
            f"({a.stereo.low_end_correlation:+.2f} below 150 Hz), so nothing cancels between the speakers.",
            CANT_READ,
        ]
        named = {rt.name for rt in tracks}
        level = next((f for f in ctx.problems if f.kind in LEVEL_KINDS and f.track in named), None)
        # "kick n bass phase cancelling?" with the bass 10 dB over: what is measured instead
        if level is not None:
            move = recipe(level, focus.session)
            parts[1:] = [
                f"Rather: {lower_first(first_sentence(level.summary))}",
                move.try_text,
                move.check_text,
            ]
            return Answer(fit(parts, MAX_WORDS, keep=3), [move], level)
    stand_in = next((x for x in focus.asked if x.stand_in), None)
    if stand_in is not None:  # "is the snare out of phase" with a clap in its place: said, then the clap's
        parts.insert(0, f"There's no {stand_in.said or stand_in.word} here; {names} plays its part.")
    return Answer(fit([*parts, CHECK], MAX_WORDS, keep=len(parts) + 1), moves, found)
