"""A part the role table files with another instrument has none of that instrument's anatomy: a clap is judged as a
snare (it plays the backbeat, ``companion/knowledge/data/roles.json``), but it has no wires. An area sentence the
answer builds from the snare's frequency areas ("where the snare's wires sit, the whole mix's air band ...") is
said in the part's own name, with a word that fits it ("where the clap's sizzle sits")."""

from __future__ import annotations

import re
from dataclasses import replace

from model.focus import Focus
from model.phrasing import Answer

STAND_INS: dict[str, tuple[str, dict[str, str]]] = {
    "clap": ("snare", {"wires": "sizzle", "ring": "boxiness"}),
}
"""A word in a track's name -> (the instrument its role stands for, that instrument's areas the part lacks -> the
part's own word for the same range). The snare's body (150-250 Hz) and crack (2-5 kHz) are a clap's too."""


def _area(match: re.Match[str], own: str, renamed: dict[str, str]) -> str:
    area = match.group("area")
    word = renamed.get(area, area)
    verb = match.group("verb")
    if verb and area in renamed:  # "the snare's wires sit" -> "the clap's sizzle sits"
        verb = " sit" if word.endswith("s") and not word.endswith("ss") else " sits"
    return f"the {own}'s {word}{verb or ''}"


def own_anatomy(focus: Focus, ans: Answer) -> Answer:
    """``ans`` with the stand-in instrument's anatomy said in the asked part's own name, when every track of that
    instrument's role the question found is such a part (a question that also finds a real snare keeps its words)."""
    tracks = [rt for a in focus.asked for rt in (*a.tracks, *((a.inside,) if a.inside else ()))]
    for own, (stood_for, renamed) in STAND_INS.items():
        kind = [rt for rt in tracks if rt.role == stood_for]
        mine = [rt for rt in kind if re.search(rf"\b{own}s?\b", rt.name, re.I)]
        if mine and len(mine) == len(kind):
            return _renamed(ans, own, stood_for, renamed)
    return ans


def _renamed(ans: Answer, own: str, stood_for: str, renamed: dict[str, str]) -> Answer:
    """ "the snare's wires sit" -> "the clap's sizzle sits"; "the snare's body" -> "the clap's body"."""
    pattern = re.compile(rf"\bthe {stood_for}'s (?P<area>[a-z]+)(?P<verb> sits?\b)?")
    text = pattern.sub(lambda m: _area(m, own, renamed), ans.text)
    return ans if text == ans.text else replace(ans, text=text)
