"""The opening an answer path writes before its first colon ("Yes:", "No, the opposite:", "Not quite, one thing:",
"One thing:", "About 4 dB:"), in one place. Many last passes re-open an answer: they take off the opening a path
wrote and put the one their question needs ("No: nothing I measured says ...", "Too far: ..."). Each used to carry
its own near-copy of this pattern, and an opening added to one path was missed by the passes whose copy lacked
it, which left two verdicts in a row ("No: One thing: ...")."""

from __future__ import annotations

import re

VERDICTS = (
    r"Yes|Yeah|Neither|No|Not really|Not quite|Not first|Not yet|Not|A little|Slightly|Maybe|Possibly|Probably|Mostly|"
    r"It's fine"
)
"""The verdict words, longest first where one begins another, so ``verdict`` names the whole verdict."""
LABELS = (
    r"One thing|Main thing|What jumps out|First thing I notice|Start here|On (?:the|your) [\w' &-]{1,30}|"
    r"About [\d.]+ dB|Here's the size"
)
"""Labels that open an answer without a verdict: what it looks at first ("On the mix:"), or the size asked for."""

OPENING = re.compile(
    # a qualifier after the verdict ("No, the opposite", "Yes, it's fine itself") stays inside one sentence: a
    # full stop ends it unless a digit follows ("Yes, by 2.5 dB:")
    rf"^(?P<verdict>{VERDICTS}|{LABELS})(?P<qualifier>\b(?:[^:.]|\.(?=\d)){{0,40}})?\s*:\s+"
)
"""An opening a path wrote: a verdict with an optional short qualifier, or a label, up to its colon."""


def opening(text: str) -> re.Match[str] | None:
    """The opening ``text`` starts with, with its ``verdict`` group; None when it opens with a plain sentence."""
    return OPENING.match(text)


def without_opening(text: str) -> str:
    """``text`` with its opening taken off (``text`` itself when it has none)."""
    m = OPENING.match(text)
    return text[m.end() :] if m else text
