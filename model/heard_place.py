""" "The master sounds hollow and thin": the master named as what is heard, not as the cause blamed.

Why: ``model.blamed_location`` denies a misplaced cause first ("too much 3k on the master?" with the horns 10 dB
over: "No, not the master: ..."). Said of what the master *sounds* like, that "No" tells the asker they are wrong
about what they hear, when the measurement agrees with them (the mix is thin) and only the cause lives elsewhere
(the bass fader). An engineer agrees with the ear and moves the cause: "Yes, but the cause isn't the master: ...".
"""

from __future__ import annotations

import re

HEARD = re.compile(
    r"\b(the |my |our )?(master|mixdown|master bus|master track|mastered (mix|version|track))\s+"
    r"(sounds?|feels?|seems?|is sounding|comes? (across|out)|sounding|gets)\b",
    re.IGNORECASE,
)
"""The master as the subject of a verb of hearing ("the master sounds thin", "my master feels hollow")."""
CAUSE = re.compile(r"\b(because|cause[sd]?|causing|making|from|due to|is it|it's the|blame)\b", re.IGNORECASE)
"""A cause asked or said beside it ("the master sounds thin, is it the limiter?"): the denial stays."""


def place_opening(place: str, question: str) -> str:
    """ "No, not the master" for a cause blamed on the master; "Yes, but the cause isn't the master" when the
    question only says how the master sounds."""
    if HEARD.search(question) is None or CAUSE.search(question) is not None:
        return f"No, not {place}"
    return f"Yes, but the cause isn't {re.sub(r'^(my|our) ', 'your ', place)}"
