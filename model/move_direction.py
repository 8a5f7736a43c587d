"""Which way a fader move the asker reports went: up ("shoved the pad up heaps", "cranked the hats", "gave the
snare a big shove") or down ("pulled the vocal down", "tucked the keys in", "dropped the organ").

Read so that a "did that do it?" after the move can be judged against its direction: a part now too loud after a
raise (too quiet after a cut) went too far; one still too quiet after a raise (still too loud after a cut) is not
there yet. The particle after the verb says it when there is one ("pulled it up", "pushed it back"); else the verb's
own direction ("cranked", "dropped"). Word families, never one wording."""

from __future__ import annotations

import re

UP = 1
DOWN = -1

_UP_VERB = (
    r"rais(ed|e)|boost(ed)?|crank(ed)?|lift(ed)?|bump(ed)?|push(ed)?|shov(ed|e)|jack(ed)?|hik(ed|e)|pump(ed)?|"
    r"upped|turned up|brought up|gave (it |them |\w+ )?(a |the )?(\w+ )?(lift|push|shove|bump|boost|nudge up)"
)
"""Verbs that raise a part on their own ("cranked the hats", "gave the snare a big shove")."""
_DOWN_VERB = (
    r"lower(ed)?|drop(ped)?|dip(ped)?|trim(med)?|tuck(ed)?|sank|sunk|duck(ed)?|cut|knock(ed)?|yank(ed)?|"
    r"gave (it |them |\w+ )?(a |the )?(\w+ )?(cut|dip|trim)"
)
"""Verbs that lower a part on their own ("dropped the organ", "tucked the harmony")."""
_UP_WORD = r"up|higher|louder|hotter"
_DOWN_WORD = r"down|back|off|under|lower|quieter|softer"
_AT_FREQ = r"(at|around|from) ((2\d|[3-9]\d|\d{3,5})(?! ?db)|\d+(\.\d+)? ?(hz|k|khz))\b"
"""A particle's frequency ("boosted it up around 300", "pushed up at 2k"), not a fader's size ("up around 10")."""
_PARTICLE = re.compile(
    r"\b(pulled|turned|brought|tucked|pushed|raised|lowered|dropped|dipped|nudged|bumped|eased|backed|rolled|took|"
    r"cranked|yanked|slid|dragged|lifted|rode|moved|shoved|jacked|hiked|pumped|knocked|sank|set|put|got|been)\b"
    rf"(\s+(?!(at|around|from|to)\b)[\w'-]+){{0,4}}?\s+(?P<way>{_UP_WORD}|{_DOWN_WORD})\b(?!\s+{_AT_FREQ})",
    re.IGNORECASE,
)
"""A move verb and its particle, a few words apart ("pulled the left gtr down", "pushed the pad way up")."""
_STATE = re.compile(
    rf"\b(is|are|'s|'re|r)\s+(now\s+)?(?P<way>{_UP_WORD}|{_DOWN_WORD})\b(\s+(now|a bit|a touch|some|heaps|like|"
    r"\d+))?(?! than\b)",
    re.IGNORECASE,
)
"""A part's new state said with a particle ("vocal's up heaps now", "the horns are down now")."""
_NOT_FADER = re.compile(
    r"\b\d+(\.\d+)? ?(hz|k|khz)\b|\b(eq|eq'?d|eqed|highs|lows|mids|low[- ]?end|top[- ]?end|high[- ]?end|bottom end|"
    r"reverb|verb|delay|comp|compressor|compression|threshold|ratio|de-?ess\w*|saturat\w*|sends?|high-?pass\w*|"
    r"low-?cut|shelf|notch|attack|release|pan|panned)\b|"
    r"\b(cut|boost|dip|scoop|notch)\w* (some |a bit of |a little |the )?\d{2,5}\b",  # "cut some 300": a frequency
    re.IGNORECASE,
)
"""A move on a frequency, an effect or a setting ("cut some 300 on the guitars", "pulled the reverb down"): not a
part's fader, so its direction says nothing about the part's level."""
_VERB_UP = re.compile(rf"\b({_UP_VERB})\b", re.IGNORECASE)
_VERB_DOWN = re.compile(rf"\b({_DOWN_VERB})\b", re.IGNORECASE)


def _way(word: str) -> int:
    return UP if re.fullmatch(_UP_WORD, word, re.IGNORECASE) else DOWN


def reported_direction(text: str) -> int | None:
    """``UP`` or ``DOWN`` for the way a fader move said in ``text`` went; None when the words do not say, or say
    a move on a frequency, an effect or a setting instead."""
    if _NOT_FADER.search(text):
        return None
    if (m := _PARTICLE.search(text) or _STATE.search(text)) is not None:
        return _way(m.group("way"))
    up = _VERB_UP.search(text)
    down = _VERB_DOWN.search(text)
    if up and down:
        return UP if up.start() < down.start() else DOWN
    if up:
        return UP
    if down:
        return DOWN
    return None


def fader_direction(before_db: float | None, after_db: float | None, least_db: float = 0.5) -> int | None:
    """``UP`` or ``DOWN`` for a fader that moved at least ``least_db`` between two clips; None if it did not."""
    if before_db is None or after_db is None or abs(after_db - before_db) < least_db:
        return None
    return UP if after_db > before_db else DOWN
