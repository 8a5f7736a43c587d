""" "The sub is missing on my monitors but I can feel it on headphones, which do I trust?": two speakers that
disagree, and which to believe.

Why: the answer gave the bass's move and never said which speaker was right, the thing asked. Neither speaker is
the judge; the meters read the mix itself, whatever it plays on. An engineer says to trust the numbers over either,
gives them with the move, and ends with the check that settles it: a third system you know.
"""

from __future__ import annotations

import re
from dataclasses import replace

from model.focus import Focus
from model.intent_reference import names_device
from model.phrasing import MAX_WORDS, Answer, fit, lower_first, split_sentences
from model.verdict_opening import without_opening

WHICH_SPEAKER = re.compile(
    r"\bwhich (one |of them |of the two )?(do i |should i |to |can i |do you )?(trust|believe|go by|listen to)\b|"
    r"\bwhich (one )?(is|'s) (right|correct|telling the truth|lying|accurate|true)\b|"
    r"\b(who|what) (do i|should i|to) (trust|believe)\b|"
    # "huge in my car but fine on headphones, whats the truth?": the same, asked as the truth between them
    r"\bwhat('?s| is) (the )?(truth|real story|reality)\b|\bwhich (one )?(is|'s) (it|real)\s*\?*\s*$|"
    r"\bwhich (one )?(is|'s)\s*\?*\s*$",  # "which is right?" with its "right?" read as a tag and taken off
    re.IGNORECASE,
)
"""Which of two listenings to believe ("which do i trust", "which one is right?")."""
THIRD = (
    "Then play it on a third system you know well (car, earbuds) at a moderate level: a balance that holds on all "
    "three is right."
)


def which_speaker(focus: Focus, ans: Answer) -> Answer:
    """``ans`` opened with the meters as the judge between two speakers, and the third-system check; ``ans``
    itself unless the question asks which of two named speakers to believe."""
    q = focus.intent.question
    if not WHICH_SPEAKER.search(q) or not names_device(q):
        return ans
    body = split_sentences(without_opening(ans.text))
    if not body:
        return ans
    head = f"Trust the meters over either speaker: {lower_first(body[0])}"
    return replace(
        ans, text=fit([head, body[1] if len(body) > 1 else "", THIRD, *body[2:]], MAX_WORDS, keep=3)
    )
