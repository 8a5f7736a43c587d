"""Small text helpers shared by the built-in advisor's answers, and the ``Answer`` they build.

An ``Answer`` is the text plus the moves it recommends, in order (the first move is the one the text leads
with), and the problem it leads with. The suggestion cards of every backend are the moves' suggestions
(``model.cards``), so the built-in advisor's words and the cards can never disagree.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from companion.context import Finding, MixContext, Suggestion
from model.recipes import Move

MAX_WORDS = 120
EXPLAIN_WORDS = 200


@dataclass
class Answer:
    text: str
    moves: list[Move] = field(default_factory=list)
    first: Finding | None = None  # the problem the answer leads with, when it leads with one

    @property
    def suggestions(self) -> tuple[Suggestion, ...]:
        """The moves' suggestions in order, each (action, track, params) once."""
        seen: set[tuple[str, str | None, str]] = set()
        out: list[Suggestion] = []
        for move in self.moves:
            for s in move.suggestions:
                key = (s.action, s.track, repr(sorted(s.params.items())))
                if key not in seen:
                    seen.add(key)
                    out.append(s)
        return tuple(out)


def lower_first(text: str) -> str:
    """The text with its first letter in lower case, for use after a colon; "I" stays a capital."""
    return text[:1].lower() + text[1:] if text and not re.match(r"I\b", text) else text


def article(number: str) -> str:
    """ "a" or "an" before a number as it is spoken ("an 11.4 dB ratio", "an 8 dB cut", "a 12.6 dB ratio")."""
    whole = number.lstrip("+").split(".")[0]
    spoken_vowel = (
        whole.startswith("8") or whole in ("11", "18") or (len(whole) == 5 and whole[:2] in ("11", "18"))
    )
    return "an" if whole.isdigit() and spoken_vowel else "a"


def capital(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _outside_parens(text: str, sep: str) -> int:
    """Index of the first ``sep`` not inside parentheses, or -1."""
    depth = 0
    for i, ch in enumerate(text):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and text.startswith(sep, i):
            return i
    return -1


SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z'])")
"""Where one sentence of an answer ends and the next begins: after . ! or ?, before a capital or a quoted name."""


def split_sentences(text: str) -> list[str]:
    """The sentences of an answer (``SENTENCE_BREAK``), for passes that lead with one and keep the rest."""
    return SENTENCE_BREAK.split(text)


def first_sentence(text: str) -> str:
    """The measured part of a summary: up to the ";" or ":" that introduces its meaning, else the first sentence
    (separators inside parentheses do not count)."""
    for sep in ("; ", ": ", ". "):
        i = _outside_parens(text, sep)
        if i >= 0:
            if sep == ": " and _outside_parens(text[:i], ". ") >= 0:
                # "The mix leans boomy. The low end (below 100 Hz): 8.4 dB heavier." - the colon heads the second
                # sentence's measurement: never stop on the heading, end that sentence
                j = _outside_parens(text[i:], ". ")
                return (text if j < 0 else text[: i + j]).rstrip(".") + "."
            return text[:i].rstrip(".") + "."
    return text.rstrip(".") + "."


def sentences(text: str, n: int) -> str:
    parts = text.split(". ")
    head = ". ".join(parts[:n])
    return head if head.endswith(".") else head + "."


def words(text: str) -> int:
    return len(text.split())


def join(*parts: str) -> str:
    """Sentences joined by one space, empty parts left out."""
    return " ".join(p.strip() for p in parts if p and p.strip())


def fit(parts: list[str], limit: int = MAX_WORDS, keep: int = 1) -> str:
    """Join ``parts`` in order, dropping the later ones (never the first ``keep``) that would pass ``limit``."""
    out: list[str] = []
    for i, part in enumerate(p for p in parts if p and p.strip()):
        if i >= keep and words(join(*out, part)) > limit:
            continue
        out.append(part)
    return join(*out)


def within_limit(ans: Answer, limit: int = MAX_WORDS, keep: int = 3) -> Answer:
    """``ans`` cut to ``limit`` words when a pass that put a new opening on it pushed it over: its last sentences
    give way, never the first ``keep`` (the lead, its detail, its move) nor one that says a card's move."""
    if words(ans.text) <= limit:
        return ans
    said = [m.try_text.rstrip(".").lower() for m in ans.moves if m.try_text]
    out: list[str] = []
    for i, sentence in enumerate(split_sentences(ans.text)):
        needed = i < keep or any(t and t in sentence.lower() for t in said)
        if needed or words(join(*out, sentence)) <= limit:
            out.append(sentence)
    return Answer(join(*out), ans.moves, ans.first)


def names(items: list[str], limit: int = 4, last: str = "and") -> str:
    """ "'A', 'B' and 'C'" (``last="or"`` for a choice)."""
    quoted = [f"'{n}'" for n in items[:limit]]
    if not quoted:
        return ""
    if len(quoted) == 1:
        return quoted[0]
    return ", ".join(quoted[:-1]) + f" {last} " + quoted[-1]


def say_khz(freq_hz: float) -> str:
    """ "80 Hz", "2.5 kHz", "3 kHz"."""
    if freq_hz >= 1000:
        return f"{freq_hz / 1000:.1f}".rstrip("0").rstrip(".") + " kHz"
    return f"{freq_hz:.0f} Hz"


NOTHING_HEARD = "Nothing was listened to for this answer"


Composer = Callable[[MixContext], Answer]
"""The advisor's ``compose``, handed to a pass that answers an earlier or a part question the same way."""
