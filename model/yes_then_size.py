"""A yes/no on a part's level with "how much" after it ("is the shaker too loud and how much should i pull it"):
the yes first, then the size.

Why: the question reads as a how-much and its answer opened with the size ("About 6 dB: bring the fader on
'Shaker' ..."), which never answers the yes/no asked first. An engineer says "Yes, about 6 dB" when the part is
measured off the way the asker claims, and "No, the other way, about 6 dB" when it is measured off the other way
(the size and its card stay the route's own). A claim said with a tag ("vox needs to come up yeah? how much") is
asked the same way; one only stated ("snare's too loud, how much do I pull it?") keeps its plain size.
"""

from __future__ import annotations

import re
from dataclasses import replace

from companion.context import FindingKind
from model.focus import Focus
from model.intent import Wants
from model.phrasing import Answer

_CLAIM_THEN_SIZE = re.compile(
    r"^\s*(so |ok |and |but )?(is|are|isn'?t|aren'?t)\b[^?]*?\btoo (?P<way>loud|hot|high|much|quiet|low|soft)\b"
    r"[^?]*?(\band\b|[,;?])\s*(so |then )?(how much|by how much|how far|how many (db|decibels))\b",
    re.IGNORECASE,
)
"""A level claim asked as a yes/no, then the size asked for."""
_TAGGED_THEN_SIZE = re.compile(
    r"^\s*(so |ok |and |but )?(the |my )?[\w' ]{1,25}?\s+((is|'s|are|'re|r)\s+)?((needs?|has|have|got) to |should |gotta )?"
    r"(too (?P<way>loud|hot|high|quiet|low|soft)|(come|go) (?P<dir>up|down))\b[^?]{0,15}?"
    # asked: a tag or a question mark after the claim ("snare's too loud, how much do i pull it?" states it)
    r"(\b(yeah|yes|right|innit|no|isn'?t (it|he|she)|aren'?t they|don'?t (you think|they))\s*[?,]+|\s*\?+)\s*(and |so |then )?"
    r"(how much|by how much|how far|how many (db|decibels))\b",
    re.IGNORECASE,
)
"""A level claim said with a tag ("vox needs to come up yeah? how much"), then the size asked for."""
_WAY = {"loud": FindingKind.TRACK_TOO_LOUD, "hot": FindingKind.TRACK_TOO_LOUD, "high": FindingKind.TRACK_TOO_LOUD,
        "much": FindingKind.TRACK_TOO_LOUD, "quiet": FindingKind.TRACK_TOO_QUIET, "low": FindingKind.TRACK_TOO_QUIET,
        "soft": FindingKind.TRACK_TOO_QUIET}  # fmt: skip
_SIZE_HEAD = re.compile(r"^About (?=[\d.]+ dB:)")


def yes_then_size(focus: Focus, ans: Answer) -> Answer:
    """``ans`` opened "Yes, about N dB:" when the yes/no before "how much" is borne out on the part asked about;
    else unchanged."""
    intent = focus.intent
    claim = _CLAIM_THEN_SIZE.search(intent.question) or _TAGGED_THEN_SIZE.search(intent.question)
    if intent.wants != Wants.HOW_MUCH or claim is None or not _SIZE_HEAD.match(ans.text):
        return ans
    first = ans.first
    asked = {rt.name for rt in focus.tracks}
    way = (
        claim.group("way")
        or {"up": "low", "down": "loud"}.get((claim.groupdict().get("dir") or "").lower(), "")
    ).lower()
    if first is None or first.track not in asked or first.kind not in _WAY.values() or way not in _WAY:
        return ans
    if first.kind != _WAY[way]:
        # "vox needs to come up yeah? how much" with the vocal too loud: the size, the other way
        return replace(ans, text=_SIZE_HEAD.sub("No, the other way, about ", ans.text, count=1))
    # "ok or too quiet, and how much?": the side offered, named, not a "Yes" to two sides
    head = f"Too {way}, about " if _OFFERED_OK.search(claim.group(0)) else "Yes, about "
    return replace(ans, text=_SIZE_HEAD.sub(head, ans.text, count=1))


_OFFERED_OK = re.compile(r"\b(ok|okay|fine|good|alright)\b[^?]{0,20}\bor\b", re.IGNORECASE)
"""A good state offered as the other side ("ok or too quiet"): the answer names the side measured."""
