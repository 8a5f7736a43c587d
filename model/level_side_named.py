""" "too boomy or too loud", "too much reverb or too quiet", "should i roll off some top or turn them down": two
ways offered, one of them the part's level, with the level measured off.

Why: the answer led with the fader move ("Bring the fader on 'Synth Bass' ... down"), or with "Yes:", and never
said which of the two offered it took. An engineer names the side measured first: "Too loud, not too boomy:",
"Turn them down:". Only the opening changes; the level found must go the way the question says.
"""

from __future__ import annotations

import re
from dataclasses import replace

from companion.context import FindingKind
from model.evidence import TRACK_LEVEL_KINDS
from model.phrasing import Answer, lower_first
from model.verdict_opening import opening

_LEVEL = r"loud|hot|quiet|low|soft|buried"
TWO_WAYS = re.compile(
    r"\btoo (?P<a>[\w' ]{2,20}?),? or (is it |it'?s |just |maybe )*too (?P<b>[\w' ]{2,20}?)\s*\?*\s*$",
    re.IGNORECASE,
)
"""Two ways the part is off, offered as the question's last words ("too dry or too loud")."""
FADER_LAST = re.compile(
    r"\bor (just |should i |do i )?(?P<verb>turn|bring|pull|push) (?P<obj>it|them|em|'em|that|this) "
    r"(?P<way>down|up)\s*\?*\s*$",
    re.IGNORECASE,
)
"""A tool's move offered first, the fader second ("roll off some top or turn them down")."""
_LOUD = re.compile(r"^(loud|hot)$", re.IGNORECASE)
"""The level words that say too loud (the rest of ``_LEVEL`` say too quiet)."""


def level_side_named(question: str, ans: Answer) -> Answer:
    """``ans`` opened with the level side of a two-way question when that is the side measured; ``ans`` otherwise."""
    f = ans.first
    if f is None or f.kind not in TRACK_LEVEL_KINDS or f.is_lean:
        return ans
    opened = opening(ans.text)
    if (
        opened is not None and (opened.group("verdict") not in ("Yes", "No") or opened.group("qualifier"))
    ) or (
        opened is None and re.match(r"^[^.]{0,60}:", ans.text) and not ans.text.startswith("Bring the fader")
    ):
        return ans  # an opening of its own ("Yes, too quiet, and it's the fader, not compression:", "It's too loud:")
    loud = f.kind is FindingKind.TRACK_TOO_LOUD
    head = None
    if (m := TWO_WAYS.search(question)) is not None:
        a, b = m.group("a").strip().lower(), m.group("b").strip().lower()
        levels = [w for w in (a, b) if re.fullmatch(_LEVEL, w)]
        if len(levels) == 1 and bool(_LOUD.match(levels[0])) == loud:
            head = f"Too {levels[0]}, not too {b if levels[0] == a else a}:"
    elif (m := FADER_LAST.search(question)) is not None and (m.group("way").lower() == "down") == loud:
        obj = "them" if m.group("obj").lower() in ("them", "em", "'em") else "it"
        head = f"{m.group('verb').capitalize()} {obj} {m.group('way').lower()}:"
    if head is None:
        return ans
    body = ans.text[opened.end() :] if opened is not None else ans.text
    return replace(ans, text=f"{head} {lower_first(body)}")
