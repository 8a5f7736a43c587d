""" "thanks!", "cheers mate", "ok got it": a thank-you or an acknowledgement with no question in it.

Why: such a message is ambiguous to the router, which asked back "Happy to. Better how, though: more punch in the
drums, ...", a question nobody asked. An engineer beside you says you're welcome and how to go on: make the move,
play it again, ask whether it's better; and what is still open, if the meters show something.
"""

from __future__ import annotations

import re

from companion.context import MixContext
from model.phrasing import Answer, first_sentence, lower_first

THANKS = re.compile(
    r"^\W*(ok(ay)?|cool|great|awesome|nice|perfect|sweet|brilliant|legend|lovely|sound|right|alright|gotcha|got it|"
    r"will do|on it|makes sense|understood|noted|sure)?[\s,.!]*"
    r"(thanks?( (a lot|so much|heaps|man|mate|dude|bro))?|thank (you|u)( (so much|very much))?|thx|ty|cheers( (mate|man))?|"
    r"got it|will do|on it|makes sense|gotcha|noted|legend)?[\s,.!:)]*$",
    re.IGNORECASE,
)
"""A message that only thanks or acknowledges ("thanks!", "ok got it", "cheers mate")."""


def thanked(question: str) -> bool:
    """True when ``question`` is only a thank-you or an acknowledgement (at least one such word said)."""
    return (
        bool(question.strip())
        and THANKS.match(question) is not None
        and re.search(r"\w", question) is not None
    )


def thanks_answer(ctx: MixContext, question: str = "") -> Answer:
    """You're welcome (to a thank-you; "Good." to a bare "ok"), how to check the move, and what is still open when
    the meters show a problem."""
    problems = list(ctx.problems)
    still = (
        f" Still open on this clip: {lower_first(first_sentence(problems[0].summary))}" if problems else ""
    )
    head = "You're welcome." if re.search(r"\b(thank|thanks|thx|ty|cheers)\b", question, re.I) else "Good."
    if not problems:  # nothing open: no change to make, only the way back if they make one
        return Answer(
            f"{head} Nothing I measured on this clip is out of line; if you change anything, play the same part "
            "again and ask me whether it's better."
        )
    return Answer(
        f"{head} Make the change, play the same part again, and ask me whether it's better: I'll compare the two "
        f"clips.{still}"
    )
