""" "Would -4 be enough?", "is 3 dB plenty?": one size offered for the move just given, judged against it.

Why: a single size asked after a fader move got the move again under a label ("What jumps out: ... up about
6 dB"), with no yes or no, and a size offered the wrong way ("-4" for a part that needs to come up) was never
said to be the wrong way. An engineer answers the size: "No: it needs to come up, not down", "Not quite: about
6 dB", or "Yes: about 6 dB would do it". The size said is the card's own; the body stays the route's.
"""

from __future__ import annotations

import re

from model.asked_direction import asked_way, moved_parts
from model.focus import Focus
from model.further_move import further_size
from model.intent import Wants
from model.phrasing import EXPLAIN_WORDS, MAX_WORDS, Answer, capital, fit, split_sentences
from model.verdict_opening import without_opening

ENOUGH = re.compile(
    r"\b(enough|plenty|do it|do the trick|cover it|suffice|be ok|be okay|be fine|too much|too little|overkill)\b",
    re.IGNORECASE,
)
"""A size asked after as enough, or as too much."""
SIZE = re.compile(
    r"(?<![\w.])(?P<sign>[-+])?(?P<n>\d{1,2}(?:\.\d)?)(?![\d.])\s*(?P<unit>db\b|k\b|khz|hz|ms|%|:|lufs|dbtp|lu\b|bpm)?",
    re.I,
)
MORE = re.compile(r"\btoo much|overkill\b", re.IGNORECASE)


MORE_OR = re.compile(
    r"\bor\b\s+((do|would|should|will) (i|we) (need|go|want) |(is it|it needs|needs) |(go )?)?(a (lot|bit) )?"
    r"(more|further|bigger|less|lower|higher)\b\s*\??\s*$",
    re.IGNORECASE,
)
"""The other side of "enough?" said as just more ("is 3 dB enough or do i need more"): still one size asked."""


def offered_size(question: str) -> tuple[float, str | None] | None:
    """The one level size a question offers, with the way its sign (or its words) give; None for none or two."""
    if ENOUGH.search(question) is None or (
        re.search(r"\bor\b", question, re.I) and not MORE_OR.search(question)
    ):
        return None  # "enough or do i need more?" offers one size; "3 or 6 dB?", "or is it the eq?" are other asks
    found = [m for m in SIZE.finditer(question) if (m.group("unit") or "db").lower() == "db"]
    if len(found) != 1 or len(list(SIZE.finditer(question))) != 1:
        return None
    m = found[0]
    sign = m.group("sign")
    way = "down" if sign == "-" else "up" if sign == "+" else asked_way(question)
    return float(m.group("n")), way


PROPOSED = re.compile(
    r"\b(down|up|pull|push|drop|lower|raise|lift|bring|turn|cut|boost|ride|nudge|tuck|bump|crank|shove|jack|hike|"
    r"trim|ease|back|maybe|like|about|around|roughly|say|by)\b[^?.!,]{0,25}?(?<![\w.])[-+]?\d{1,2}(\.\d)? ?db\b",
    re.IGNORECASE,
)
"""A fader move proposed with its size ("should i pull the harmony down 2 db?", "down like 10db?", "maybe 2db?")."""
BARE_PROPOSED = re.compile(
    r"\b(pull|push|drop|lower|raise|lift|bring|turn|cut|boost|nudge|tuck|bump|crank|shove|trim|ease|back)\b"
    r"( (it|them|that|this|em|'em|the \w+))?( (down|up|back|off))?( (by|like|about|maybe))? (?P<n>\d{1,2}(\.\d)?)\s*\?+\s*$",
    re.IGNORECASE,
)
"""The same move with its size said bare, dB understood ("snare cuts my head off, pull it 3?")."""


ALREADY_MOVED = re.compile(
    r"\b(already|earlier|last time)\b[^?.!]{0,40}?\d|\d[^?.!,]{0,25}\b(already|earlier|last time|before)\b|"
    r"(^\W*|[,;]\s*|\b(i|i've|ive|i have|we|just)\s+)(already\s+)?"
    r"(pulled|pushed|dropped|lowered|raised|turned|brought|took|moved|nudged|bumped|trimmed|tucked|rode|cranked|"
    # "cranked the hats, gave em like 20 dB": a clause opened by a past move is one made
    r"boosted|slammed|shoved|jacked|yanked|dumped|added|lifted|threw|gave (it|them|em|'em|the \w+))\b"
    r"[^?.!,]{0,25}?\d",
    re.IGNORECASE,
)
"""A size said of a move already made ("i already pulled the organ down 3 dB"), which no one is proposing."""


_PAST_UP = re.compile(
    r"\b(pushed|raised|boosted|bumped|cranked|lifted|(brought|turned|moved) ([\w']+ ){0,2}up)\b",
    re.IGNORECASE,
)
_PAST_DOWN = re.compile(
    r"\b(pulled|dropped|lowered|trimmed|tucked|cut|(brought|turned|moved) ([\w']+ ){0,2}down)\b",
    re.IGNORECASE,
)
"""A fader move already made, up or down, in the past tense ("pushed the vocal 3 dB", "pulled the guitars down")."""


MOVED_REACH = 30
"""How far past the verb of a move already made its part is named ("pulled the rhythm guitars down")."""


def _past_way(question: str) -> str | None:
    """The way of the move already made ("pushed it 3 dB"): the further move proposed goes the same way."""
    up, down = _PAST_UP.search(question) is not None, _PAST_DOWN.search(question) is not None
    return "up" if up and not down else "down" if down and not up else None


def proposed_size(question: str) -> tuple[float, str | None] | None:
    """The one level size a question proposes for a move, with its way; None for none, two, or another unit."""
    if (more := further_size(question)) is not None and not re.search(
        r"\bor\b|\d ?(k|khz|hz)\b", question, re.I
    ):
        return float(more.group("n") or more.group("m")), asked_way(question) or _past_way(question)
    if (PROPOSED.search(question) or BARE_PROPOSED.search(question)) is None or re.search(
        r"\bor\b|\d ?(k|khz|hz)\b", question, re.I
    ):
        return None  # two sizes offered, or a frequency (an EQ move)
    if ALREADY_MOVED.search(question):
        return None  # "i already pulled it down 3 dB, more?": the size is done, not proposed
    found = list(SIZE.finditer(question))
    bare = BARE_PROPOSED.search(question)
    if len(found) != 1 or (
        (found[0].group("unit") or "").lower() != "db" and not (bare and not found[0].group("unit"))
    ):
        return None
    m = found[0]
    sign = m.group("sign")
    way = "down" if sign == "-" else "up" if sign == "+" else asked_way(question)
    if way is None and (bare := re.search(r"\b(down|up)\b", question, re.I)):
        way = bare[1].lower()  # "harmony down like 10db?": the way said without its verb
    return float(m.group("n")), way


def _moved_names(focus: Focus) -> set[str]:
    """The tracks of the part the size is about: the one named with the move already made ("pulled the guitars
    down 2 already and the vocal still hides, 2 more?": the guitars), else every part asked."""
    q = focus.intent.question
    every = {rt.name for a in focus.asked for rt in a.tracks}
    m = _PAST_UP.search(q) or _PAST_DOWN.search(q)
    if m is None:
        # "should i push the vocal up 3 db?" with the guitars named as the trouble: the vocal's size
        return moved_parts(focus) or every
    near = q[m.start() : m.end() + MOVED_REACH].lower()
    moved = {rt.name for a in focus.asked if a.said and a.said.lower() in near for rt in a.tracks}
    return moved or every


OR_MORE = re.compile(
    r"(?<![\d.])(?P<sign>[-+])?(?P<n>\d{1,2}(\.\d)?)\s*(db)?\s*(more|extra|louder|quieter)?\s*,?\s*or\s+(is it |is that |do i need |does it need |"
    r"should it be |it needs )?(way |much |a lot |a bit |even |something |a little )?(more|bigger|less|smaller)\b"
    r"(?!\s+(like\s+|than\s+)?[-+]?\d)",  # "3 dB or more like 8": two sizes, the choice's
    re.IGNORECASE,
)
"""One size said against "more" or "less" than it ("snare needs like +3 or is it way more than that"): the size
measured is more, about it, or less."""


def sized_enough(focus: Focus, ans: Answer) -> Answer:
    """``ans`` opened with the verdict on the one size offered against its first fader card; ``ans`` itself for
    any other question, or an answer with no fader move."""
    offered = offered_size(focus.intent.question)
    q = focus.intent.question
    # "kick up 3db done. better?": the size of a move made, judged by the clip after it, not proposed
    made = focus.intent.wants == Wants.BETTER and further_size(q) is None
    proposed = proposed_size(q) if offered is None and not made else None
    offered = offered or proposed
    or_more = OR_MORE.search(focus.intent.question) if offered is None else None
    if or_more is not None:  # "+3 or way more?": the size said against more (or less) than it
        q = focus.intent.question
        way_said = "down" if or_more["sign"] == "-" else "up" if or_more["sign"] == "+" else asked_way(q)
        offered = (float(or_more["n"]), way_said)
    sugg = ans.moves[0].suggestions[0] if ans.moves and ans.moves[0].suggestions else None
    delta = sugg.params.get("delta_db") if sugg is not None else None
    if offered is None or not isinstance(delta, (int, float)) or delta == 0 or focus.intent.technique:
        return ans
    asked = _moved_names(focus)
    if asked and sugg is not None and sugg.track not in asked:
        return ans  # "guitars down 2 already, 2 more?" with the vocal the one off: not a size on the guitars
    if focus.intent.about_master and not focus.intent.instruments:
        return (
            ans  # "turn the master up 2 dB?" answered with a part's fader: that size is not the one offered
        )
    value, way = offered
    own = "up" if delta > 0 else "down"
    size = abs(float(delta))
    if way is not None and way != own:
        head = f"No: it needs to come {own}, not {way}: about {size:g} dB {own}."
    elif or_more is not None:
        head = (
            f"About {value:g}: {size:g} dB does it."
            if abs(value - size) <= 1.0
            else f"More: about {size:g} dB, not {value:g}."
            if value < size
            else f"Less: about {size:g} dB, not {value:g}."
        )
    elif proposed is not None:  # "pull it down 2 dB?": the move's own size against the one proposed
        head = (
            f"Yes: about {size:g} dB does it."
            if abs(value - size) <= 1.0
            else f"Yes, and a bit more: about {size:g} dB, not {value:g}."
            if value < size
            else f"Yes, but less: about {size:g} dB, not {value:g}, then listen."
        )
    elif MORE.search(focus.intent.question):
        head = (
            f"No, not too much: about {size:g} dB."
            if value <= size + 0.5
            else f"Yes, a bit: about {size:g} dB."
        )
    elif value > size + 1.5:
        head = f"Yes, more than enough: about {size:g} dB does it."
    elif value >= size - 0.5:
        head = f"Yes: about {size:g} dB does it."
    else:
        head = f"Not quite: about {size:g} dB."
    body = split_sentences(without_opening(ans.text))
    limit = EXPLAIN_WORDS if focus.intent.explain else MAX_WORDS
    return Answer(
        fit([head, capital(body[0]) if body else "", *body[1:]], limit, keep=2), ans.moves, ans.first
    )
