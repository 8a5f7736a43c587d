"""A question about a part the advisor cannot put a name to ("is the bazz too low in this?", "the kazoo is fine
yeah?"): never the whole mix's loudness or state given as that part's verdict.

When one track is clearly the one meant (the word is two letters or fewer from a part's name with the same first
letter, and every such name points at the same tracks), the question is answered about it, saying how the word was
read; otherwise the answer names the word it could not match and the session's tracks, and asks which one.
"""

from __future__ import annotations

import re
from dataclasses import replace

from companion.context import MixContext
from model.focus import Focus, name_words, understand
from model.intent import Wants, classify, means_something
from model.named_plugin import named_plugin_answer
from model.opinion_holder import is_person
from model.phrasing import Answer, Composer, names
from model.plugin_brand import brand_answer, brand_said, named_brand
from model.session_view import SessionView
from model.typo_words import PART_NAMES

SUBJECT = re.compile(
    r"^\W*(?:(?:so|ok|okay|and|but|hey|also|honestly|yo)\W+)*"
    r"(?:(?:is|are|was|were|does|do|did|how's|how is|how are|how does)\s+)?"
    r"(?:the|my|our|your|these|those)\s+(?P<word>[a-z][a-z-]*)(?:'s|s')?\b",
    re.IGNORECASE,
)
"""The part a question opens on ("is the bazz too low", "the harmonee line kinda disappears", "how's my kazoo");
"this" and "that" are left out, as they mostly stand alone ("is that the real problem?")."""
NOT_A_PART = frozenset((
    "whole", "overall", "entire", "final", "current", "new", "old", "first", "second", "last", "other", "rest", "same",
    "main", "low", "high", "top", "bottom", "mid", "mids", "lows", "highs", "end", "volume", "level", "levels",
    "gain", "sound", "sounds", "tone", "vibe", "feel", "energy", "song", "tune", "track", "tracks", "record",
    "thing", "things", "stuff", "part", "parts", "section", "chorus", "verse", "bridge", "intro", "outro", "drop",
    "hook", "break", "breakdown", "beginning", "start", "ending", "fade", "mix", "mixdown", "master", "render",
    "bounce", "export", "file", "demo", "session", "project", "stereo", "image", "width", "space", "room",
    "left", "right", "center", "centre", "middle", "side", "sides", "front", "back", "peak", "peaks", "meter",
    "meters", "fader", "faders", "plugin", "plugins", "chain", "bus", "dynamics", "transients", "attack", "punch",
    "clarity", "presence", "air", "body", "warmth", "balance", "noise", "hiss", "hum", "click", "clicks", "groove",
    "rhythm", "melody", "solo", "one", "ones", "way", "quiet", "loud", "louder", "quieter", "music", "audio",
    "overall", "arrangement", "performance", "take", "takes", "recording", "result", "timing", "tempo", "key",
    "pitch", "tuning", "sub", "depth", "vibe", "effect", "effects", "fx", "sends", "send", "returns", "return",
    "previous", "earlier", "older", "original", "prior", "ear", "ears", "speakers", "headphones", "monitors", "reference", "ref", "genre", "style", "true", "ceiling",
    "verdict", "opinion", "thoughts", "feedback", "notes", "review", "critique", "rating", "score", "advice", "honest",
))  # fmt: skip
"""Words "the ..." opens on that are not a part: the whole mix, a section, a range, a quantity, a place."""
MAX_EDITS = 2


def edits(a: str, b: str) -> int:
    """Letters added, dropped, changed or swapped with a neighbour to turn ``a`` into ``b`` (Damerau, restricted)."""
    d = [[max(i, j) if not i or not j else 0 for j in range(len(b) + 1)] for i in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[len(a)][len(b)]


def unknown_subject(question: str, session: SessionView) -> str | None:
    """The word the question opens on when it names a part the advisor cannot place (None: it names one, or the
    mix, or a section, or nothing)."""
    m = SUBJECT.search(question)
    if m is None:
        return None
    word = m.group("word").lower()
    if len(word) < 3 or word in NOT_A_PART or means_something(word) or means_something(word.rstrip("s")):
        return None
    if is_person(word):
        return None  # "my cousin says the levels r all over the place": whose opinion it is, not a part
    if _track_word(word, session) or _track_word(word.rstrip("s"), session):
        return None  # 'Bells L' and 'Bells R' share "bells": a word of a track name is matched, not unknown
    own = classify(question, names=name_words(session))
    # "is the bazz too low in this?" reads as the mix's loudness only through the pronoun: unless the question names
    # the mix or the master ("the bazz is fine, but is my mix loud enough?"), the part is the subject
    if own.instruments or own.technique or (own.about_master and means_something(question)):
        return None
    return word


def _track_word(word: str, session: SessionView) -> bool:
    """True when ``word`` is one of the words of a track name of the session."""
    return any(word in re.split(r"[^a-z]+", rt.name.lower()) for rt in session.tracks)


def _tracks_for(question: str, ctx: MixContext, session: SessionView) -> frozenset[str]:
    focus = understand(classify(question, ctx.history, names=name_words(session)), session)
    return frozenset(rt.name for rt in focus.tracks)


def likeliest(word: str, ctx: MixContext, session: SessionView) -> tuple[str, frozenset[str]] | None:
    """The part name ``word`` was most likely typed for and the tracks it means, when that is clear."""
    track_words = {t for rt in session.tracks for t in re.split(r"[^a-z]+", rt.name.lower()) if len(t) >= 3}
    candidates = {c for c in (*PART_NAMES, *track_words) if c[0] == word[0]}
    scored = sorted((edits(word, c), c) for c in candidates)
    best = [c for d, c in scored if d <= MAX_EDITS and d == scored[0][0]] if scored else []
    if not best or len(word) < 4:
        return None
    pattern = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)
    meant = {_tracks_for(pattern.sub(c, ctx.question, count=1), ctx, session) for c in best}
    if len(meant) != 1 or not (tracks := meant.pop()):
        return None
    return best[0], tracks


def unmatched_part(ctx: MixContext, focus: Focus, compose: Composer) -> Answer | None:
    """The answer to a question about a part no word of it names, or None when it names one (or the mix)."""
    session = focus.session
    if not session or focus.intent.wants not in (Wants.JUDGE, Wants.LISTEN):
        return None
    if (plugin := named_plugin_answer(ctx, session)) is not None:
        return plugin  # "is the tone eq doing this?" with 'Tone EQ' on a track: that plug-in, where it sits
    opening = SUBJECT.search(ctx.question)
    if (opening is not None and named_brand(opening.group("word")) is not None) or brand_said(ctx.question):
        return brand_answer(ctx, session)  # "is my fabfilter doing this?": a plug-in by its maker, not a part
    word = unknown_subject(ctx.question, session)
    if word is None:
        return None
    if (found := likeliest(word, ctx, session)) is not None:
        target, tracks = found
        said = re.sub(rf"\b{re.escape(word)}\b", target, ctx.question, count=1, flags=re.IGNORECASE)
        ans = compose(replace(ctx, question=said))
        note = f"(I read '{word}' as {names(sorted(tracks))}: no track or part is called '{word}'.)"
        return replace(ans, text=f"{ans.text} {note}")
    there = [rt.name for rt in session.tracks if not rt.track.mute]
    return Answer(
        f"I can't match '{word}' to any of your tracks, so I won't guess a verdict for it: your tracks are "
        f"{names(there, 12)}. Which one do you mean? Ask again with its name and I'll check its level and tone."
    )
