""" "Keys way too busy, mute some notes?", "is the piano playing too many notes?": a part's playing said too busy. How
many notes a part plays is an arrangement call no meter measures; only its level is. The answer said the level (fine,
or its fault and fader) and, for a level fault, opened "Yes:" as if muting notes were agreed.

An engineer keeps the measured verdict, says what the meters cannot judge, and puts the fader before the notes: a
part too loud sounds busier than it plays, so the level goes first, and what is left is thinned by ear."""

from __future__ import annotations

import re

from model.focus import Focus
from model.intent import Wants
from model.phrasing import MAX_WORDS, Answer, fit, split_sentences
from model.verdict_opening import opening, without_opening

BUSY = re.compile(
    r"\b(too |way too |kinda |a bit )?busy\b|\btoo many notes\b|\bover-?play\w*|\bnoodl\w*|"
    r"\b(mute|cut|drop|thin out|take out|lose) (some|a few|half)( of)?( the| its| their)? notes\b",
    re.IGNORECASE,
)
"""A part's playing said too busy, or notes to cut proposed."""
NOTES_ASKED = re.compile(
    r"\btoo many notes\b|\b(mute|cut|drop|thin out|take out|lose|remove) (some|a few|half)( of)?( the| its| their)? "
    r"notes\b",
    re.IGNORECASE,
)
"""The notes themselves asked about ("mute some notes?"): with a level fault, a yes would agree to cutting them."""
_FINE = ("No", "Yes", "It's fine")
"""Verdicts a fine level opened with, which would claim the part plays few enough notes."""
CANT_JUDGE = (
    "How busy a part plays is an arrangement call the meters can't judge: if it still crowds the vocal by ear, "
    "thin it where the vocal sings."
)


def busy_part(focus: Focus, ans: Answer) -> Answer:
    """``ans`` with the notes left to the ear: a level fault on the part first ("Level first:"), or the part's
    fine level and what the meters can't judge; ``ans`` itself for any other question."""
    i = focus.intent
    if i.wants != Wants.JUDGE or not i.instruments or BUSY.search(i.question) is None:
        return ans
    first = ans.first
    asked = {rt.name for rt in focus.tracks}
    if first is not None and ans.moves and first.is_problem and first.track in asked:
        m = opening(ans.text) if NOTES_ASKED.search(i.question) else None
        # "mute some notes?" with it 8 dB over: the fader before the notes ("too busy?" stays a yes)
        if m is not None and m.group("verdict") in ("Yes", "Yeah", "A little", "Slightly", "One thing"):
            ans.text = f"Level first: {without_opening(ans.text)}"
        return ans
    if ans.moves:
        return ans
    m = opening(ans.text)
    # "is it sat too loud or am i just fussing": the level asked in words, answered in them
    said_level = re.search(r"\btoo (?P<way>loud|hot|quiet|low|soft)\b", i.question, re.I)
    head = f"Not too {said_level.group('way').lower()}" if said_level else "Not by the level"
    text = f"{head}: {without_opening(ans.text)}" if m and m.group("verdict") in _FINE else ans.text
    said = split_sentences(text)[:2]
    ans.text = fit([*said, CANT_JUDGE], MAX_WORDS)  # a bare "No" would claim it plays few enough notes
    return ans
