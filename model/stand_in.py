"""An instrument named that is not in the session, answered through a same-family track ("warm up the organ"
with only a 'Piano', "the acoustic" with only electric guitars): the answer says so, so the user knows whose
numbers they read ("There's no organ in this session; taking it as 'Piano': ..."), instead of silently talking
about another track. A family word ("the keys", "the guitars") names no one instrument, so it gets no note; a
yes/no or "did that help?" answer keeps its verdict first and carries the note right after it."""

from __future__ import annotations

import re

from companion.knowledge.roles import instrument_role
from model.evidence import singular
from model.focus import ONE_CYMBAL, Asked, Focus
from model.instrument_kin import spoken_name
from model.intent import Wants
from model.phrasing import SENTENCE_BREAK, Answer, lower_first, names

_VERDICT_FIRST = (Wants.JUDGE, Wants.BETTER, Wants.HOW_MUCH)
"""Answers whose first sentence is a verdict ("No: 'Piano' sits 10 dB under ...", "No, too far: now 'Rhodes' is
too loud") or the size asked ("About 6 dB: bring the fader ..."): the note goes after it, never before."""


def _word(asked: Asked) -> str:
    """The user's own word ("sax", "organ"), or the instrument's full name when they said part of it ("the
    acoustic" -> "acoustic guitar")."""
    plural = re.sub(r"^(the|my|those|these|that|this) ", "", (asked.said or "").lower()).strip()
    own = singular(plural).strip()
    if ONE_CYMBAL.match(own):
        return (
            own if own.endswith("cymbal") else f"{own} cymbal"
        )  # "the ride": no ride cymbal, not no cymbals
    if instrument_role(own) is None and instrument_role(plural) is not None:
        own = plural  # "the rhodes" is one instrument, not many "rhode"
    if not own or own in asked.word.split():
        return asked.word
    spoken = spoken_name(own)  # "the vlc": no cello
    if spoken == own and instrument_role(own) is None and instrument_role(plural) is None:
        return asked.word  # "the ivories", "the 88s": slang for the piano, named as the instrument
    return spoken


def said_absent(word: str, text: str) -> bool:
    """True when ``text`` already says ``word`` is not here ("no kick") or judges it as a part to add ("Not a sub
    synth first:"), so no note about it is added."""
    said = rf"(\s+\w+){{0,2}}\s+{re.escape(word)}"
    return re.search(rf"\b(no|not|add|adding|a new part)\b{said}", text, re.IGNORECASE) is not None


def plural_part(word: str) -> bool:
    """ "strings", "keys" are many; "rhodes" (its singular names no instrument) and "bass" are one."""
    one = singular(word)
    return one != word and not word.endswith("ss") and instrument_role(one) is not None


def not_here_note(word: str, there: list[str]) -> str:
    """ "(There are no toms in this session; your tracks are 'Kick', ...)": a part asked about that the session
    lacks, said before a technique's common practice, with the tracks it does have (up to eight)."""
    be = "There are" if plural_part(word) else "There's"
    return f"({be} no {word} in this session; your tracks are {', '.join(repr(n) for n in there[:8])}.)"


def _simile(question: str, word: str) -> bool:
    """True when ``word`` is said as a likeness ("sounds like a church organ recital")."""
    return re.search(rf"\blike (a|an|some) (\w+ )?{re.escape(word)}", question, re.IGNORECASE) is not None


def stand_in_note(focus: Focus, ans: Answer) -> Answer:
    """``ans`` with a note that the instrument asked about is not here and which track it was taken as."""
    text = ans.text
    # "sounds like a church organ recital, the keyboard chords are a wall": a likeness, the track named in its own
    # word too ("the piano chords" names the piano, and keeps the note)
    own = {rt.name for a in focus.asked if not a.stand_in for rt in a.tracks}
    for asked in focus.asked:
        if not asked.stand_in:
            continue
        taken = [rt.name for rt in asked.tracks if f"'{rt.name}'" in text]
        word = _word(asked)
        if taken and set(taken) <= own and _simile(focus.intent.question, word):
            continue
        if said_absent(word, text):
            continue
        be = " are" if plural_part(word) else "'s"
        if not taken:  # the answer is about another part: say the one asked about isn't here, and its nearest
            nearest = names([rt.name for rt in asked.tracks], 3)
            m = SENTENCE_BREAK.search(text)
            note = f"There{be} no {word} in this session (the nearest is {nearest})."
            text = f"{text[: m.start()]} {note} {text[m.end() :]}" if m else f"{text} {note}"
            continue
        note = f"There{be} no {word} in this session, so I took it as {names(taken, 3)}"
        m = SENTENCE_BREAK.search(text) if focus.intent.wants in _VERDICT_FIRST else None
        if m is not None:  # "No: ...", "No, too far: ...": the verdict stays first, the note after it
            text = f"{text[: m.start()]} {note}. {text[m.end() :]}"
        else:
            body = text if re.match(r"I\b", text) else lower_first(text)  # "I'd hold off" keeps its capital
            text = f"{note}: {body}"
    if text == ans.text:
        return ans
    ans.text = text
    return ans
