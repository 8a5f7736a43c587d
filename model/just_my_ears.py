""" "the right guitar seems to jump out more than the left one, is that just my ears": the asker doubts their own
ear, asked yes or no without an "or".

Why: the route read the statement as the question and opened "Yes: 'Gtr R' sits about 7 dB louder", which to "is
that just my ears?" says it is just their ears, the opposite of what was measured. An engineer answers the doubt:
"No, it's not your ears:" when the meters back what they hear, "Probably your ears:" when nothing measured does ("Mostly your ears:" with a small lean inside the usual range)
(with "... or is it just my ears", the statement is the question and a yes backs it: ``model.intent_lead``).
"""

from __future__ import annotations

import re

from model.focus import Focus
from model.phrasing import MAX_WORDS, Answer, fit, split_sentences

JUST_MY_EARS = re.compile(
    r"(^|[,.;!?]\s*|(?<!\bor)\s)(but |so |and )?(is|was) (it|that|this) (just |only )?(me|my ears|in my head|my imagination|my "
    r"headphones|my speakers)\s*\?*\s*$",
    re.IGNORECASE,
)
"""The doubt asked alone at the end ("..., is that just my ears?"), not the "or is it just me" tag."""


def just_my_ears(focus: Focus, ans: Answer) -> Answer:
    """``ans`` re-opened on the asker's doubt of their own ears; ``ans`` for other questions."""
    q = focus.intent.question
    m = JUST_MY_EARS.search(q)
    if m is None:
        return ans
    if ans.text.startswith("Yes: "):
        doubted = m.group(6).lower()
        head = (
            f"No, it's not {doubted.replace('my ', 'your ')}"
            if doubted.startswith("my ")
            else "No, it's not just you"
        )
        return Answer(f"{head}: {ans.text.removeprefix('Yes: ')}", ans.moves, ans.first)
    if ans.text.startswith("No: ") and not ans.moves:
        body = ans.text.removeprefix("No: ")
        # a remark inside the usual range ("'Kick' sits about 4 dB louder ..."): a little, so not only their ears
        head = "Probably your ears:" if body.startswith("nothing I measured") else "Mostly your ears:"
        return Answer(f"{head} {body}", ans.moves, ans.first)
    return ans


OWN_VOICE_DOUBT = re.compile(
    r"\bor (is )?(it|that|this) (just )?(me|my ears|my head)\b[^?]{0,40}\b(hearing|hear|listening to) "
    r"(myself|my (own )?(voice|singing|vocals?))\b|\b(cringe|cringing|hate|hating) (at |hearing |listening to )*"
    r"(myself|my (own )?(voice|singing|vocals?))\b",
    re.IGNORECASE,
)
"""'is the vocal too loud or is that just me cringing at hearing myself': the asker's own voice, doubted."""
OWN_VOICE_NOTE = (
    "That's common: most singers hear their own recorded voice as too loud and too exposed. Check it against a song "
    "you like, matched in loudness: if your vocal sits about where theirs does, leave it."
)


def own_voice_doubt(focus: Focus, ans: Answer) -> Answer:
    """``ans`` to "is my vocal too loud or is it just me hearing myself?" with nothing measured against it: "It's
    you, not the mix:", then the meters and why singers hear themselves too loud, and how to check it; ``ans``
    for other questions or when a fault on the voice is measured."""
    if OWN_VOICE_DOUBT.search(focus.intent.question) is None or ans.moves or not ans.text.startswith("No: "):
        return ans
    said = split_sentences(ans.text.removeprefix("No: "))
    note = split_sentences(OWN_VOICE_NOTE)
    # the note right after the verdict, so a long answer loses its later remarks, not how to check
    parts = [f"It's you, not the mix: {said[0]}", *note, *said[1:]]
    return Answer(fit(parts, MAX_WORDS, keep=1 + len(note)), ans.moves, ans.first)
