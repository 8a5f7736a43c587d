"""Suggestion cards for every backend: the moves on the user's tracks, with values and one-undo bridge commands
where REAPER can apply them, built from the findings, the session and the question's understanding, never from
the text writer.

The built-in advisor's words come from the same plan (``model.answer.compose``), so its text and cards always
agree. A model writes its own words: ``attach`` gives its Advice the same cards, and ``agreement`` records
whether the problem the model's text names first is the problem the cards lead with, and which each is when
they differ (``Advice.agreement``, ``agreement`` in ``ask --json``).
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from companion.context import Advice, Finding, FindingKind, MixContext, Suggestion
from model.answer import compose

# words a model uses for each problem (the first match in its text is the problem it leads with)
KIND_WORDS: dict[str, str] = {
    "muddy": r"\bmud\w*|low[- ]mids?\b|murk\w*|250[- ]500 ?hz",
    "boomy": r"\bboom\w*|too much (low end|bass|bottom)",
    "harsh": r"\bharsh\w*|upper[- ]mids?\b|too bright|piercing|\bshrill|fatigu\w*",
    "dull": r"\bdull\b|\bdark\b|\bno air\b|lacks? (air|sparkle|top)|muffled",
    "thin": r"\bthin\b|lacks? (low end|weight|bottom)",
    "narrow": r"\bnarrow\b|too mono|nearly mono|\bwid(en|er)\b|more width",
    "phase_issue": r"out of phase|\bphase (issue|problem|cancel\w*)|cancels? in mono",
    "low_end_not_mono": r"low end (isn't|is not|not) mono|mono (below|under) \d+",
    "lr_imbalance": r"leans? (to the )?(left|right)|(left|right) (side|channel) is louder",
    "clipping": r"\bclip(s|ping|ped)?\b|distort\w*|true peak (is )?(over|above)",
    "too_loud": r"too loud for|over the (spotify |streaming )?target|turned down|back the limiter off",
    "too_quiet": r"too quiet for|under the (spotify |streaming )?target|not loud enough for",
    "over_compressed": r"over[- ]?compress\w*|squash\w*|\bplr\b|peak-to-loudness",
    "dc_offset": r"\bdc offset\b",
    "silence": r"\bsilen(t|ce)\b|no signal",
}
LOUDER = r"\b(up|louder|buried|too quiet|too low|lost|raise|push)\b"
QUIETER = r"\b(down|quieter|too loud|too hot|lower|pull|sticks out|dominat\w*)\b"
MASKING_WORDS = r"\bmask\w*|\bcover(s|ing)?\b|clash\w*|fight\w*|compet\w*"


def cards(context: MixContext) -> tuple[Suggestion, ...]:
    """The suggestion cards for an ask, the same whichever backend writes the words."""
    return compose(context).suggestions


def _label(kind: str, track: str | None) -> dict[str, Any]:
    return {"kind": kind, "track": track}


def _track_mentions(text: str, context: MixContext) -> list[tuple[int, str, str]]:
    """(position, kind, track) for each track a text names with a level or masking word in the same sentence."""
    if context.snapshot is None:
        return []
    out = []
    for t in context.snapshot.tracks:
        for m in re.finditer(re.escape(t.name), text, re.IGNORECASE):
            start = text.rfind(".", 0, m.start()) + 1
            end = text.find(".", m.end())
            sentence = text[start : end if end >= 0 else len(text)].lower()
            if re.search(MASKING_WORDS, sentence):
                out.append((m.start(), "masking", t.name))
            elif re.search(LOUDER, sentence):
                out.append((m.start(), str(FindingKind.TRACK_TOO_QUIET), t.name))
            elif re.search(QUIETER, sentence):
                out.append((m.start(), str(FindingKind.TRACK_TOO_LOUD), t.name))
    return out


def named_first(text: str, context: MixContext) -> dict[str, Any] | None:
    """The problem a text names first: {"kind", "track"}, or None when it names none we know."""
    hits: list[tuple[int, str, str | None]] = []
    for kind, pattern in KIND_WORDS.items():
        m = re.search(pattern, text, re.IGNORECASE)
        if m:
            hits.append((m.start(), kind, None))
    hits += [(pos, kind, track) for pos, kind, track in _track_mentions(text, context)]
    if not hits:
        return None
    _, kind, track = min(hits, key=lambda h: h[0])
    return _label(kind, track)


def _same(a: dict[str, Any], f: Finding) -> bool:
    if a["kind"] != str(f.kind):
        return False
    track = a.get("track")
    other = f.evidence.get("other_track")
    names = {(f.track or "").lower(), str(other or "").lower()} - {""}
    return track is None or not names or track.lower() in names


def agreement(text: str, context: MixContext, first: Finding | None) -> dict[str, Any] | None:
    """{"cards": first problem of the cards, "text": first problem the text names, "agree": bool}; None when
    either side names no problem."""
    said = named_first(text, context)
    if first is None or said is None:
        return None
    return {"cards": _label(str(first.kind), first.track), "text": said, "agree": _same(said, first)}


def attach(advice: Advice, context: MixContext) -> Advice:
    """A model's Advice with the cards every backend gets and the agreement of its first problem with them."""
    answer = compose(context)
    return dataclasses.replace(
        advice, suggestions=answer.suggestions, agreement=agreement(advice.text, context, answer.first)
    )
