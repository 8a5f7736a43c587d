"""Whole-mix sound words that name a complaint only when no part is named ("is the master glassy?", "mix sounds
crunchy", "the mix sounds flat"): read as the complaint an engineer hears in them, so the measurement for it
answers.

Why: these words named no complaint, so a yes/no on the mix fell to the clean answer's polarity ("Yes. Honestly,
nothing in the numbers needs fixing"), a yes to a fault that was not measured, and a statement got no answer to
what was heard. Said of a part they mean that part's tone or character ("crunchy guitars" is a sound wished for),
so they are read only of the whole mix. What engineers mean by them: glassy (a hard, brittle top: harsh, as
"ticky" and "scratchy" are, ``model.top_symptoms``), crunchy or gritty on the master (distortion: clipping, as
"distorted" is), flat (no life in the peaks: the dynamics, judged on the peak-to-loudness ratio).
"""

from __future__ import annotations

import re

from model.top_symptoms import says_top_symptom

MIX_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("harsh", re.compile(r"\bglass(y|ier|iness)\b", re.IGNORECASE)),
    (
        "clipping",
        re.compile(r"\bcrunch(y|iness|ing)?\b|\bgritt(y|iness)\b|\bbroken[- ]up\b|\bsplatt(y|ering)\b", re.I),
    ),
    (
        "squashed",
        re.compile(
            r"\b(sounds?|sounding|feels?|feeling|is|seems?|so|too|kinda|kind of|really|pretty|very|bit|little|"
            r"totally|super|less|mix|master|song|it|everything|track) (is |'s |sounds? |feels? )?flat\b(?! (eq|response|curve|out|line|fader|setting)s?\b)|\bflat[- ]sounding\b",
            re.IGNORECASE,
        ),
    ),
)
"""Whole-mix words and the complaint each names, tried in order."""
WISHED = re.compile(
    r"\b(more|add|adding|want|wanna|some|needs?|get|give|bit of|touch of|little)\b[^.?!]{0,20}$",
    re.IGNORECASE,
)
"""A character wished for just before the word ("i want the mix more gritty", "add some crunch"): not a fault."""


def mix_only_complaint(text: str) -> str | None:
    """The complaint a whole-mix sound word in ``text`` names (the top-end symptoms read as harsh), or None."""
    if says_top_symptom(text):  # "top end all ticky n scratchy"
        return "harsh"
    for name, pattern in MIX_WORDS:
        m = pattern.search(text)
        if m is not None and not WISHED.search(text[: m.start()]):
            return name
    return None
