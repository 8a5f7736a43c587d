"""An earlier mix held up against this one ("my last mix was better, why?", "the old version sounded fuller, what
changed?") when the conversation holds no earlier clip: say there is nothing to compare, then what this one shows.

Without the earlier clip the advisor has only this mix's numbers; naming a cause as if it had compared two mixes
("Because 'Bass' sits 10 dB loud") invents a difference it never measured. An engineer handed one mix and told the
last was better says they have not heard the last, and what they hear in this one.
"""

from __future__ import annotations

import re

from companion.context import MixContext
from model.absent_part import measured_instead
from model.focus import Focus
from model.phrasing import Answer

EARLIER_MIX = re.compile(
    r"\b(?:my|the|our|an?)\s+(?:last|previous|earlier|old|older|other|first|original|prior)\s+"
    r"(?:mix(?:down)?|version|bounce|render|master|take|export|one|attempt)s?\b"
    r"(?!\s+(?:bus|buss|chain|compressor|limiter|eq|fader|plugin))|"
    # "better than last time?", "worse than yesterday": an earlier session's mix, said by when it was
    r"\b(?:than|since|from)\s+(?:last\s+(?:time|night|week|session)|yesterday|the\s+(?:last|previous|old)\s+one)\b",
    re.IGNORECASE,
)
COMPARED = re.compile(
    r"\b(?:better|worse|fuller|punchier|clearer|cleaner|louder|warmer|wider|bigger|nicer|tighter|sounded|changed|"
    r"different|compared?|vs\.?|versus|more|less|happened|went wrong|lost|had)\b",
    re.IGNORECASE,
)
"""An earlier mix of the user's ("my last mix", "the old version"), held against this one by a ``COMPARED`` word."""


def asks_earlier_mix(question: str) -> bool:
    """True when ``question`` holds an earlier mix of the user's against this one."""
    return bool(EARLIER_MIX.search(question) and COMPARED.search(question))


def no_earlier_mix(ctx: MixContext, focus: Focus) -> Answer | None:
    """The answer when an earlier mix is compared and no earlier clip was measured; None otherwise."""
    if ctx.previous is not None or not asks_earlier_mix(ctx.question) or not focus.session:
        return None
    head = (
        "I have no earlier mix of yours to compare with: I've only measured this one, so I can't say what changed. "
        "Play the earlier bounce to me too and I'll put the two side by side."
    )
    sentences, move, finding = measured_instead(ctx, focus.session)
    if sentences and sentences[0].startswith("Nothing I measured"):
        sentences = ["What I can say of this one: nothing I measured in it is out of line."]
    elif sentences:
        sentences[0] = sentences[0].replace("What I did measure", "What I can say of this one", 1)
    return Answer(" ".join([head, *sentences]), [move] if move is not None else [], finding)
