""" "bass n rhodes are doing their thing but theres no backbone": parts said to be fine before a "but" that turns to
what is wrong.

Why: every instrument word counts as a part asked about, so the praised parts led the answer ("Nothing I measured
says 'Bass' is dull") and the part the complaint was about ("the beat") came last. An engineer hears the praise as
context: those parts are cleared by the asker, the question is about what comes after the "but". Only the words of
the praised parts are blanked, so that nothing else the question says changes.
"""

from __future__ import annotations

import re

PRAISED = re.compile(
    # a claim reported ("my ears say the vocal is fine but ...") is no praise: the part stays asked about
    r"(?:^|(?<=[.?!,;]\s))(?P<parts>(?:(?!\b(?:say|says|said|think|thinks|reckons?|tells?|told|hears?)\b)[\w' ]){2,40}?)"
    r" (?:are|is|r|'re|'s) (?:all |both |both just |just )?"
    r"(?:doing (?:their|its|his|her) (?:thing|job)|(?:totally |pretty |really |perfectly )?(?:fine|ok|okay|good|great|"
    r"solid|sweet)|sitting (?:fine|well|right|nicely)|sound(?:ing)? (?:good|great|fine|solid))"
    r"(?=,? but\b|,? though\b)(?P<rest>.{8,})",
    re.IGNORECASE,
)
"""Parts said fine at the head of a clause, then "but" and more than a few words about something else."""


def without_praised(text: str) -> str:
    """``text`` with the words of parts praised before a "but" blanked (``text`` itself when none are)."""
    m = PRAISED.search(text)
    if m is None:
        return text
    return text[: m.start("parts")] + " " * len(m.group("parts")) + text[m.end("parts") :]
