"""A move the words decline is not a card. An engineer never says "so I'd leave it" about a part's fader and
hands over a card that moves that fader, nor opens with the move and then declines it. Whichever path wrote the
answer, a fader card on a track the text leaves where it is goes, and so does the move's sentence when the text
states it (with its "how to check" line, when no kept move shares it).

Only fader cards are judged here: "so I'd leave its fader" on a vocal still lets its de-harsh EQ card stand.
"""

from __future__ import annotations

import re
from dataclasses import replace

from companion.context import Finding, FindingKind, Turn
from model.phrasing import Answer, first_sentence, lower_first
from model.recipes import Move

FADER_ACTIONS = frozenset({"nudge_volume_db", "set_volume_db"})
DECLINE = re.compile(
    r"\bI'd leave (it|them|its fader|their faders)\b|\bleave (it|them|'[^']+'|the [\w' -]{1,30}?) where "
    r"(it is|they are)\b|\b(looks?|is|are|sits?) fine\b|^It's fine\b",
    re.IGNORECASE,
)
"""Words that leave a part's level where it is: "so I'd leave it", "Leave 'Organ' where it is", "looks fine"."""
PRONOUN = re.compile(r"\bI'd leave (it|them)\b(?! where)", re.IGNORECASE)
"""A decline that names no part ("..., so I'd leave it."): it speaks of the part the sentence before names."""
ELSEWHERE = re.compile(r"\bwhat is off\b|\binstead\b|\bbut\b", re.IGNORECASE)
"""Where a sentence turns from the part left alone to another one ("What is off is 'Kick': ...")."""
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z'])|;\s+")
"""Sentences, and the clauses a semicolon parts ("Yes, 'Horns' sits fine; and you're right about the organ")."""


def _named(sentence: str, names: set[str]) -> list[str]:
    """The session's track names quoted in ``sentence``, before it turns to another part."""
    cut = ELSEWHERE.search(sentence)
    head = sentence[: cut.start()] if cut else sentence
    return sorted(n for n in names if f"'{n}'" in head)


def declined_tracks(text: str, names: set[str]) -> set[str]:
    """The tracks whose level ``text`` leaves where it is. "That's inside the range most well-rated mixes use,
    so I'd leave it." names no track: it speaks of the one the sentence before names."""
    out: set[str] = set()
    before: list[str] = []
    for sentence in _SENTENCE.split(text):
        m = DECLINE.search(sentence)
        named = _named(sentence, names)
        if m is not None and not ELSEWHERE.search(sentence[: m.start()]):
            out.update(named or (before if PRONOUN.search(sentence) else []))
        before = named or before
    return out


def _unsaid(text: str, move: Move) -> str:
    """``text`` without the sentence that states ``move`` ("Try this: bring the fader ..." or the bare one)."""
    for said in (move.try_text, lower_first(move.try_text)):
        if not said:
            continue
        for lead in ("Try this: ", ""):
            if f"{lead}{said}" in text:
                return re.sub(r"\s{2,}", " ", text.replace(f"{lead}{said}", "", 1)).strip()
    return text


def _size_head(text: str, move: Move) -> str:
    """``text`` without the opening that sizes or points ``move`` ("About 1.5 dB: ", "Not a cut: the move the
    guitars needs goes up."): a move not made has no size and no way."""
    for s in move.suggestions:
        size = s.params.get("delta_db")
        if isinstance(size, (int, float)):
            text = re.sub(rf"^About {abs(float(size)):g} dB:\s+", "", text)
            text = re.sub(rf"^Not an? \w+: the move [^.]* goes {'up' if size > 0 else 'down'}\.\s+", "", text)
    return text[:1].upper() + text[1:]


def _declined(move: Move, declined: set[str]) -> bool:
    return any(s.action in FADER_ACTIONS and s.track in declined for s in move.suggestions)


def declined_before(history: tuple[Turn, ...], findings: tuple[Finding, ...], names: set[str]) -> set[str]:
    """The tracks whose level the previous answer left where it is ("..., so I'd leave it") on the measurement
    still standing: the level finding it quoted is quoted the same now. A follow-up does not then move that fader,
    unless something new was measured (a new clip with another reading)."""
    before = next((t.content for t in reversed(history) if t.role == "assistant"), "")
    declined = declined_tracks(before, names) if before else set()
    return {
        f.track
        for f in findings
        if f.track in declined
        and f.kind in (FindingKind.TRACK_TOO_LOUD, FindingKind.TRACK_TOO_QUIET)
        and first_sentence(f.summary) in before
    }


def without_declined(
    ans: Answer, names: set[str], earlier: set[str] | frozenset[str] = frozenset()
) -> Answer:
    """``ans`` with no fader card (nor its sentence) on a track its own words leave where it is, nor on one the
    previous answer left where it is on the same measurement (``earlier``, from ``declined_before``)."""
    declined = declined_tracks(ans.text, names) | set(earlier)
    dropped = [m for m in ans.moves if _declined(m, declined)]
    if not dropped:
        return ans
    kept = [m for m in ans.moves if m not in dropped]
    text = ans.text
    for move in dropped:
        text = _size_head(_unsaid(text, move), move)
        if move.check_text and all(m.check_text != move.check_text for m in kept):
            text = re.sub(r"\s{2,}", " ", text.replace(move.check_text, "", 1)).strip()
    return replace(ans, text=text, moves=kept)
