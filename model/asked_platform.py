"""The destination a question names ("loud enough for a CD?", "is it ok for broadcast?", "ready for Spotify?"), and
a delivery question read as what it is: a loudness judgement on that destination.

"is it ok for broadcast?" was answered with a 3 kHz EQ lesson and "loud enough for a cd?" with Spotify's numbers;
the destination named is the one whose loudness and ceiling the answer judges against, whatever the default target.
"""

from __future__ import annotations

import re
from dataclasses import replace

from companion.context import Turn
from companion.knowledge.targets import LoudnessTarget, loudness_target
from model.intent import Intent, IntentKind, Wants, classify, previous_question
from model.intent_forms import PART_OUT

PLATFORM_WORDS = {
    "spotify": "spotify", "apple": "apple", "itunes": "apple", "youtube": "youtube", "tidal": "youtube",
    "amazon": "youtube", "broadcast": "ebu", "broadcasting": "ebu", "radio": "ebu", "tv": "ebu",
    "television": "ebu", "ebu": "ebu", "r128": "ebu", "cd": "cd", "cds": "cd",
}  # fmt: skip
"""A destination's word -> its target in ``companion.knowledge.targets`` (Tidal and Amazon sit with YouTube)."""

_IDIOM = re.compile(r"\bradio[- ]?(ready|quality|sound\w*|friendly)\b|\b(on|like) the radio\b", re.IGNORECASE)
"""'radio-ready', 'like stuff on the radio': the radio as a standard of finish or a reference, not a delivery."""

FITNESS_Q = re.compile(
    r"\b(ok|okay|ready|good|fine|fit|suitable|safe|alright|acceptable|pass|passes|compliant|meets?|"
    r"spec|upload\w*|send|release|submit|deliver\w*|go out|work)\b",
    re.IGNORECASE,
)
"""A word that asks whether the mix will do for a destination ("ok for broadcast?", "can I upload it to youtube
as is?", "does it meet the broadcast spec?")."""


UNKNOWN_PLATFORMS = {
    "soundcloud": "SoundCloud", "bandcamp": "Bandcamp", "deezer": "Deezer", "audiomack": "Audiomack",
    "tiktok": "TikTok", "instagram": "Instagram", "beatport": "Beatport",
}  # fmt: skip
"""Destinations named for which ``companion.knowledge.targets`` holds no loudness figure."""


def unknown_platform(question: str) -> str | None:
    """The name of a destination the question names that has no target here ("master for soundcloud?"), or None
    when it names none of those or also names one that has a target."""
    words = re.findall(r"[a-z0-9]+", question.lower())
    if asked_target(question) is not None:
        return None
    return next((UNKNOWN_PLATFORMS[w] for w in words if w in UNKNOWN_PLATFORMS), None)


def asked_target(question: str) -> LoudnessTarget | None:
    """The destination ``question`` names ("too quiet for youtube?"), or None."""
    words = re.findall(r"[a-z0-9]+", _IDIOM.sub(" ", question.lower()))
    name = next((PLATFORM_WORDS[w] for w in words if w in PLATFORM_WORDS), None)
    return loudness_target(name) if name else None


def asked_or_before(intent: Intent, history: tuple[Turn, ...]) -> LoudnessTarget | None:
    """The destination the question names, or for a follow-up that names none ("how do i fix that?" after "is it
    ok for broadcast?") the one the question before named."""
    before = previous_question(history) if intent.follow_up else None
    return asked_target(intent.question) or (asked_target(before[0]) if before is not None else None)


def asks_fitness(question: str) -> bool:
    """True for a yes/no about the mix doing for a named destination ("is it ok for broadcast?")."""
    return asked_target(question) is not None and FITNESS_Q.search(question) is not None


def platform_intent(intent: Intent, question: str) -> Intent:
    """``intent`` read as a loudness judgement of the whole mix when ``question`` names a destination and asks
    whether the mix will do there ("is it ok for broadcast?") or whether it is too loud or quiet there ("too loud for
    broadcast?"), naming no part and no other complaint (a tone said beside it, "muddy on spotify?", keeps its own
    route)."""
    if intent.instruments or intent.technique or intent.wants not in (Wants.JUDGE, Wants.LISTEN):
        return intent
    if PART_OUT.search(question):
        # "uploading to spotify tonight, does anything stick out level wise?": the balance asked
        return intent
    level = intent.complaint in ("loud", "quiet") and intent.wants == Wants.JUDGE  # "too loud for broadcast?"
    fit = intent.complaint in (None, "loudness") and asks_fitness(question)
    if asked_target(question) is None or not (level or fit):
        return intent
    return replace(
        intent,
        kind=IntentKind.TOPIC,
        wants=Wants.JUDGE,
        complaint="loudness",
        about_master=True,
        asks_ok=intent.asks_ok or fit,
        # "ok for radio?" read as "for radio?" (a lead-in "ok" dropped): the words that ask it kept
        question=intent.question if not fit or FITNESS_Q.search(intent.question) else question,
    )


def platform_follow_up(intent: Intent, question: str, history: tuple[Turn, ...]) -> Intent:
    """A follow-up that names no part and no destination after a loudness question about one ("how do i fix
    that?" after "is it ok for broadcast?"): still that destination's loudness, not the open question."""
    if not intent.follow_up or intent.instruments or intent.technique or asked_target(question) is not None:
        return intent
    before = previous_question(history)
    if (
        before is None
        or asked_target(before[0]) is None
        or intent.complaint not in (None, "loud", "quiet", "loudness")
    ):
        return intent
    earlier = platform_intent(classify(before[0], before[1]), before[0])
    if earlier.complaint != "loudness" or earlier.instruments:
        return intent
    return replace(intent, complaint="loudness", about_master=True)
