"""'Did that help?' when the clip before is another song: say so, and judge this one instead.

Why: ``model.answer_compare`` holds this clip's numbers against the previous clip's, which only means something
for two takes of one mix (a fader moved, a band dipped). A conversation can carry on across projects (the user
opens another song, or bounces another file into the same ``--session``); comparing the bass of one song with the
bass of another says nothing about whether a change helped, and an answer that does ("'Bass' ... you moved its
fader from -7.5 to -6.7 dB") is invented progress. Two clips are of two songs when their sessions' tracks differ:
fewer than half the track names shared, or (names aside) not one track GUID shared, which REAPER keeps for a
track's life in its project. With no session on either side, two whole bounces (not the ~20 s captures) whose
lengths differ clearly are two songs as well: a re-bounce of one song after a fix has the same length.
"""

from __future__ import annotations

import re
from dataclasses import replace

from companion.context import EarlierClip, MixContext, Snapshot
from model.focus import Focus
from model.intent import Wants
from model.phrasing import MAX_WORDS, Answer, Composer, fit, lower_first, names, split_sentences

SHARED_NAMES_MIN = 0.5
"""Below this share of track names in common (of all names in either session) two sessions are two songs."""
WHOLE_BOUNCE_S = 30.0
"""A clip this long or longer is a bounced file, not a capture of the last seconds played."""
LENGTH_GAP = 0.1
"""Two bounces of one song differ in length by less than this share (and ``LENGTH_GAP_S``)."""
LENGTH_GAP_S = 5.0
_OPENER = re.compile(r"^(First thing I notice|What jumps out|Main thing):\s*")
"""The open answer's lead-in words, which "On this one:" replaces."""
LISTEN_QUESTION = "what do you hear?"
"""How the current clip is judged once the comparison is declined: the open question's answer."""


def _track_names(snapshot: Snapshot) -> set[str]:
    return {t.name.strip().lower() for t in snapshot.tracks if t.name.strip()}


def _sessions_differ(before: Snapshot, now: Snapshot) -> bool:
    """True when two sessions share under half their track names, or no track GUID while both carry them."""
    a, b = _track_names(before), _track_names(now)
    if a and b and len(a & b) / len(a | b) < SHARED_NAMES_MIN:
        return True
    ga = {t.guid for t in before.tracks if t.guid}
    gb = {t.guid for t in now.tracks if t.guid}
    whole = len(ga) == len(before.tracks) and len(gb) == len(now.tracks)
    return bool(ga and gb and whole and not ga & gb)


def _lengths_differ(prev: EarlierClip, ctx: MixContext) -> tuple[float, float] | None:
    """(before, now) seconds when neither clip has a session and both are whole bounces of clearly different
    lengths; None otherwise."""
    a, b = prev.analysis, ctx.analysis
    if prev.snapshot is not None or ctx.snapshot is not None or a is None or b is None:
        return None
    before, now = a.duration_s, b.duration_s
    if min(before, now) < WHOLE_BOUNCE_S:
        return None
    gap = abs(before - now)
    return (before, now) if gap > LENGTH_GAP_S and gap > LENGTH_GAP * max(before, now) else None


def two_songs_head(ctx: MixContext) -> str | None:
    """The sentence that declines the comparison, naming what differs; None when the clips can be compared."""
    prev = ctx.previous
    if prev is None:
        return None
    if (
        prev.snapshot is not None
        and ctx.snapshot is not None
        and _sessions_differ(prev.snapshot, ctx.snapshot)
    ):
        now = [t.name for t in ctx.snapshot.tracks]
        before = [t.name for t in prev.snapshot.tracks]
        return (
            "Those are two different songs: I can't compare them, since a change only shows against the same mix "
            f"before it (this session has {names(now, 3)}, the last one had {names(before, 3)})."
        )
    lengths = _lengths_differ(prev, ctx)
    if lengths is not None:
        return (
            f"Those look like two different songs (this clip runs {lengths[1]:.0f} s, the last one "
            f"{lengths[0]:.0f} s): I can't compare them, since a change only shows against the same mix before it."
        )
    return None


def other_song(ctx: MixContext, focus: Focus, answer_of: Composer) -> Answer | None:
    """ "Did that help?" across two songs: that it can't be compared, then this song judged as the open question
    would be (its own cards); None for any other question, or two clips of one mix.

    ``answer_of`` answers a context (``model.answer.compose``), passed in so this module imports no router.
    """
    if focus.intent.wants != Wants.BETTER or (ctx.analysis is None and ctx.snapshot is None):
        return None
    head = two_songs_head(ctx)
    if head is None:
        return None
    now = answer_of(replace(ctx, question=LISTEN_QUESTION, previous=None))
    body = f"On this one: {lower_first(_OPENER.sub('', now.text, count=1))}" if now.text else ""
    return Answer(fit([head, *split_sentences(body)], MAX_WORDS, keep=2), now.moves, now.first)
