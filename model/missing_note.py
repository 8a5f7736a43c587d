"""A part named beside one the session lacks ("should i sidechain the upright to the kick?" in a session with no
kick): the answer about the part that is there says, right after its verdict, that the other is not.

Why: the route answered only the part it found ("No: nothing I measured says 'Upright Bass' is fighting
anything"), so the asker never learned that the kick they were planning around does not exist in this mix, which
is the first thing a friend at the desk would say. Said once, after the first sentence, so a yes/no keeps its
verdict first; an answer that already says the part is not here is left alone."""

from __future__ import annotations

import re

from model.answer_scope import missing_word
from model.creative_fx import in_effect_name
from model.focus import Focus
from model.phrasing import SENTENCE_BREAK, Answer
from model.stand_in import plural_part, said_absent


def _compound(focus: Focus, said: str) -> bool:
    """True when ``said`` sits right beside a part that is there ("organ pad", "pad organ"): one part, not two."""
    q = focus.intent.question.lower()
    for a in focus.asked:
        if not a.found or not a.said:
            continue
        here, gone = (
            re.escape(a.said.lower().removeprefix("the ")),
            re.escape(said.lower().removeprefix("the ")),
        )
        if re.search(rf"\b{here}\s+{gone}\b|\b{gone}\s+{here}\b", q):
            return True
    return False


def missing_note(focus: Focus, ans: Answer) -> Answer:
    """``ans`` with "There is no kick in this session." after its first sentence, for each part asked about that
    the session lacks, when another part asked about is there."""
    if not focus.missing or not any(a.found for a in focus.asked):
        return ans
    text = ans.text
    for asked in focus.missing:
        word = missing_word(asked)
        if in_effect_name(asked.said or word, focus.intent.question):
            continue  # "a leslie sim on the keys": the effect named, not a part missing
        if _compound(focus, asked.said or word):
            continue  # "organ pad": the organ playing a pad, one part named twice
        if said_absent(word, text) or "in this session" in text.lower():
            continue  # already said (or which tracks are), or "Not a synth sub first:": a part proposed to add
        be = "are" if plural_part(word) else "is"
        note = f"There {be} no {word} in this session."
        m = SENTENCE_BREAK.search(text)
        text = f"{text[: m.start()]} {note} {text[m.end() :]}" if m else f"{text} {note}"
    ans.text = text
    return ans
