""" "What key is this in?", "what bpm is this?", "what genre does this sound like?": facts about the music itself,
which nothing here measures (the meters read level, tone, width and dynamics, never notes, beats or styles).

Why: the router read these as an open "what do you hear?" and answered with the mix's lean ("What stands out is
only a lean ...") or "nothing needs fixing", as if the key or the genre had been told. An engineer says what can't
be read from here, where REAPER shows it or how to find it by ear, and for a genre that the word is the asker's
to give, since it picks the real mixes the tone is compared with.
"""

from __future__ import annotations

import re

from companion.context import MixContext
from model.focus import Focus
from model.phrasing import MAX_WORDS, Answer, fit

KEY_Q = re.compile(
    r"\b(what|which)('s| is)? (the )?key\b|\bwhat key\b|\bin what key\b|\bthe key of (this|the|my) (song|track|tune)\b",
    re.IGNORECASE,
)
TEMPO_Q = re.compile(
    r"\b(what|which)('s| is)? (the )?(bpm|tempo)\b|\bhow (fast|slow) is (this|it|the (song|track|tune))\b|"
    r"\bwhat bpm\b",
    re.IGNORECASE,
)
GENRE_Q = re.compile(
    r"\b(what|which)('s| is)? (the )?(genre|style|sub-?genre|era|decade)\b(?! (should|would|is best|to))",
    re.IGNORECASE,
)
"""Which genre or era the mix sounds like, asked open ("what genre does this sound like?"); a likeness asked
yes or no ("does it sound 80s?") is ``model.style_likeness``'s."""

SAID = {
    "key": (
        "I can't tell the key from what I measure: the meters read level, tone, width and dynamics, not notes.",
        "To find it, put ReaTune (REAPER's own tuner) on the bass or the lead vocal and watch where the held notes "
        "and the last note of the song settle: that note is usually the key's home.",
    ),
    "tempo": (
        "I can't tell the tempo from what I measure: the meters read level, tone, width and dynamics over the clip, "
        "not where the beats land.",
        "REAPER shows the project's tempo in the BPM box on the transport bar; if the audio wasn't recorded to it, "
        "turn the metronome on and move that BPM until the clicks sit with the kick and snare for a few bars.",
    ),
    "genre": (
        "I can't hear a genre as such: the meters read level, tone, width and dynamics, not a style.",
        "The genre is yours to give: say it (\"it's a soul tune\") and I'll hold your tone against that family of "
        "real mixes instead of all of them; for a sound to chase, give a record of it with --reference.",
    ),
}


def music_facts(ctx: MixContext, focus: Focus) -> Answer | None:
    """What can't be read of the key, the tempo or the genre, and where to find it; None for any other question."""
    q = focus.intent.question
    asked = (
        "key" if KEY_Q.search(q) else "tempo" if TEMPO_Q.search(q) else "genre" if GENRE_Q.search(q) else None
    )
    if asked is None or focus.intent.technique is not None:
        return None
    head, how = SAID[asked]
    return Answer(fit([head, how], MAX_WORDS, keep=2))
