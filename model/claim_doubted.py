""" "Bandmate thinks the bass is missing, is he tripping?": someone's claim on the mix, and the asker doubting it.

Why: the route reads the claim as the question ("is the bass missing?") and opens on it: "Yes: 'Bass' sits about
10 dB quieter", which to "is he tripping?" says the bandmate is wrong, the opposite of what was measured. An
engineer answers the question put: "No, he's right:" when the meters back the claim, "Yes, he's off on this one:"
when they don't, then the same reason and move."""

from __future__ import annotations

import re

from companion.context import MixContext
from model.focus import Focus
from model.phrasing import Answer
from model.verdict_opening import opening

DOUBTED = re.compile(
    r"\b(?:is|are) (?P<who>he|she|they) (?:just |being |really |actually )?(?:tripping|trippin'?|wrong|crazy|mad|"
    r"nuts|delusional|lying|imagining (?:it|things)|full of it|bugging|buggin'?|hearing things)\b",
    re.IGNORECASE,
)
"""The claim doubted in a yes/no on its maker ("is he tripping", "is she wrong", "are they hearing things")."""
CLAIMED = re.compile(
    r"(?:^\W*|\b(?:my|the|our|a|his|her) )[\w' -]{1,25}? (?:say|says|said|think|thinks|thought|reckon|reckons|claim|claims|"
    r"insist|insists|swear|swears)\b",
    re.IGNORECASE,
)
"""Someone else's claim ("my bandmates say", "the producer thinks", "my mate reckons")."""
_BACKED = ("Yes", "Yeah")
_NOT_BACKED = ("No", "Not really", "It's fine")


def claim_doubted(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """``ans`` re-opened on whether the claim's maker is wrong, when the question doubts someone's claim."""
    doubted = DOUBTED.search(ctx.question)
    if doubted is None or CLAIMED.search(ctx.question[: doubted.start()]) is None:
        return ans
    m = opening(ans.text)
    if m is None or m.group("qualifier"):
        return ans  # "Yes, by 2 dB:": a verdict already shaped for its own question
    who = doubted.group("who").lower()
    said = {"he": "he's", "she": "she's", "they": "they're"}[who]
    verdict = m.group("verdict")
    if verdict in _BACKED:
        head = f"No, {said} right:"
    elif verdict in _NOT_BACKED:
        head = f"Yes, {said} off on this one:"
    else:
        return ans
    ans.text = f"{head} {ans.text[m.end() :]}"
    return ans
