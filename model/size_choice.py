""" "Should I drop the guitar 3 or 6 dB?", "should it be -3 or -6?": a choice between two sizes, answered by picking.

The router answered the part's verdict ("Yes: 'Gtr L' sits about 9 dB louder ... down about 5 dB"): a "yes" to an
either/or, the sizes offered never weighed. An engineer picks the nearer one against the move measured ("Closer
to 6: about 5 dB"), or says neither when the part needs no move of its own.
"""

from __future__ import annotations

import re

from model.asked_direction import asked_way, move_way, moved_parts
from model.focus import Focus
from model.phrasing import EXPLAIN_WORDS, MAX_WORDS, Answer, capital, fit, split_sentences
from model.size_enough import ALREADY_MOVED
from model.verdict_opening import without_opening

SIZE_CHOICE = re.compile(
    r"(?<![\w.])[-+]?(?P<a>\d{1,2}(?:\.\d)?)\s*(?:db)?\s+or\s+(?:(?:maybe|more like|like|even|just|a full)\s+)?"
    r"[-+]?(?P<b>\d{1,2}(?:\.\d)?)(?![\d.])\s*(?P<unit>db\b|k\b|khz|hz|ms|%|:|x\b|bars?|to 1)?",
    re.IGNORECASE,
)
"""Two sizes offered: "3 or 6 dB", "-3 or -6", "like 3 dB or more like 8"; a unit other than dB ("2 or 4 kHz",
"3 or 4:1") is another setting, not a level's size."""
_OTHER_SETTING = re.compile(
    r"\b(ratio|attack|release|threshold|q|hz|khz|ms|bpm|pan|percent)\b", re.IGNORECASE
)


def offered_sizes(question: str) -> tuple[float, float] | None:
    """The two level sizes a question offers to choose between, in dB (unsigned); None when it offers none."""
    m = SIZE_CHOICE.search(question)
    if m is None or (m.group("unit") or "db").lower() != "db" or _OTHER_SETTING.search(question):
        return None
    done = ALREADY_MOVED.search(question)
    if done is not None and m.start() <= done.end() <= m.end():
        # "dropped the kick like 8 or 9 dB": the size of a move made, unsure, not a choice offered
        return None
    a, b = float(m.group("a")), float(m.group("b"))
    return (a, b) if a != b and max(a, b) <= 24 else None


def _said(value: float) -> str:
    return f"{value:g}"


def _size(ans: Answer, names: set[str]) -> float | None:
    """The size of the answer's first fader move, when it is on one of ``names`` (any part when none is named)."""
    for move in ans.moves[:1]:
        for sugg in move.suggestions[:1]:
            size = sugg.params.get("delta_db")  # a fader's size: an EQ band's gain is not the level asked
            if isinstance(size, (int, float)) and size != 0 and (not names or sugg.track in names):
                return abs(float(size))
    return None


def chosen_size(focus: Focus, ans: Answer) -> Answer:
    """``ans`` opened with the pick between the two sizes asked ("Closer to 6: about 5 dB."), or "Neither:" when
    the asked part gets no move; ``ans`` itself for any other question, or a move the other way than asked."""
    sizes = offered_sizes(focus.intent.question)
    if sizes is None or focus.intent.technique:
        return ans
    names = {rt.name for a in focus.asked if a.found for rt in a.tracks}
    moved = moved_parts(focus)
    if moved and ans.moves and not any(sg.track in moved for sg in ans.moves[0].suggestions[:1]):
        # "crank the vocal 3 or 4 db hotter?" answered with the guitar's fader: no size on the vocal to pick
        return ans
    way = asked_way(focus.intent.question)
    body = without_opening(ans.text)
    size = _size(ans, names)
    own = move_way(ans.moves[0]) if ans.moves else None
    if size is not None and way is not None and own not in (None, way):
        # "cut the bass 2 or 4?" with it too quiet: neither, the other way
        return _led(ans, f"Neither: it needs to go {own}, not {way}.", capital(body), focus)
    if size is None:
        if not names or abs(sizes[0] - sizes[1]) <= 1:
            # no part asked: nothing to pick between; "shove it up 4 or 5db": one rough size, a move asked, not a pick
            return ans
        # the asked part in place, or its move an EQ band, not a fader ("hats down 3 or 6?" with a lean there)
        eq = any(s.track in names for s in ans.suggestions)
        head = "Neither on its fader:" if eq else "Neither:"
        return _led(ans, head, body[:1].lower() + body[1:] if body[:1] != "'" else body, focus, join=True)
    a, b = sizes
    near, far = (a, b) if abs(size - a) <= abs(size - b) else (b, a)
    if size > max(a, b) + 1.5 or size < min(a, b) - 1.5:
        # "whack it up 2 or 3 db" with 6 measured: neither size offered is near, so the way past them is said
        # ("10 or 12?" with a first step of 6 measured: less to start, the step the card makes, then listen)
        head = (
            f"More than either: about {_said(size)} dB."
            if size > max(a, b)
            else f"Less to start: about {_said(size)} dB, then listen again."
        )
    elif abs(size - near) >= 0.5 and not min(a, b) <= size <= max(a, b):
        # "4 or 5?" with 6 measured: the nearer one, and the way past it ("Closer to 5 than 4: about 6" reads as
        # if 6 sat between them)
        head = f"Go with {_said(near)}, or a bit {'more' if size > near else 'less'}: about {_said(size)} dB."
    elif abs(size - a) == abs(size - b):
        head = f"Between the two: about {_said(size)} dB."
    elif abs(size - near) < 0.5:
        head = f"Go with {_said(near)}: about {_said(size)} dB."
    else:
        head = f"Closer to {_said(near)} than {_said(far)}: about {_said(size)} dB."
    return _led(ans, head, capital(body), focus)


def _led(ans: Answer, head: str, body: str, focus: Focus, join: bool = False) -> Answer:
    """``ans`` with ``head`` before ``body`` (run into its first sentence when ``join``), fitted to the limit."""
    parts = split_sentences(body)
    parts = [f"{head} {parts[0]}", *parts[1:]] if join else [head, *parts]
    ans.text = fit(parts, EXPLAIN_WORDS if focus.intent.explain else MAX_WORDS, keep=2)
    return ans
