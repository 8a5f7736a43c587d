"""What the amateur is asking: "what do you hear?", a topic/instrument, a technique, or something too vague.

Keyword rules, because the questions of the MixAssist sessions are short and concrete ("how's the snare?",
"should I compress the bass?"); a model backend gets the raw question anyway.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from companion.context import Topic, Turn


class IntentKind:
    WHAT_DO_YOU_HEAR = "what_do_you_hear"
    TOPIC = "topic"
    TECHNIQUE = "technique"
    AMBIGUOUS = "ambiguous"


# technique name -> patterns; names match companion.knowledge.techniques.TECHNIQUES
TECHNIQUE_WORDS: dict[str, tuple[str, ...]] = {
    "sidechain": (r"side[- ]?chain", r"duck(ing)?"),
    "compression": (r"compress\w*", r"comp\b", r"ratio", r"threshold", r"attack", r"release", r"glue"),
    "limiting": (r"limit\w*", r"ceiling", r"maximi[sz]\w*"),
    "eq": (r"\beq\w*", r"equali[sz]\w*", r"high[- ]?pass", r"low[- ]?pass", r"\bhpf\b", r"shelf", r"notch"),
    "reverb": (r"reverb\w*", r"\bverb\b", r"\broom\b sound", r"space", r"ambien\w*"),
    "delay": (r"delay\w*", r"echo\w*", r"slap\w*"),
    "panning": (r"\bpan\w*", r"stereo field", r"left and right", r"\bwid(e|er|th)\b"),
    "gating": (r"\bgat(e|es|ing)\b", r"noise gate", r"bleed"),
}

# topic -> words naming it (instruments first, then the topic's own name)
TOPIC_WORDS: dict[Topic, tuple[str, ...]] = {
    Topic.DRUMS: (
        r"drums?",
        r"kick",
        r"snare",
        r"hi[- ]?hats?",
        r"\bhats?\b",
        r"cymbals?",
        r"overheads?",
        r"\boh\b",
        r"toms?",
        r"\bbd\b",
        r"percussion",
        r"beat",
    ),
    Topic.BASS: (r"\bbass\b", r"\b808\b", r"low[- ]?end", r"sub\b"),
    Topic.GUITARS: (r"guitars?", r"\bgtrs?\b", r"acoustic", r"riffs?", r"strum\w*"),
    Topic.KEYS: (r"keys", r"keyboards?", r"piano", r"synths?", r"\bpads?\b", r"organ", r"rhodes"),
    Topic.VOCALS: (
        r"vocals?",
        r"\bvox\b",
        r"voice",
        r"sing\w*",
        r"lyrics?",
        r"\blead\b",
        r"backing vocals?",
        r"\bbvs?\b",
    ),
    Topic.OVERALL_MIX: (
        r"\bmix\b",
        r"overall",
        r"master\w*",
        r"loud\w*",
        r"\blufs\b",
        r"balance",
        r"whole (song|track|thing)",
        r"spotify",
        r"streaming",
        r"headroom",
    ),
}

_HEAR = re.compile(
    r"what do you (hear|think)|how does (it|this|the mix) sound|any (thoughts|feedback|notes)|what('s| is) wrong|"
    r"what (would|should) (you|i) (change|fix|improve)|thoughts\??$|^\s*(so\s*)?\??\s*$|listen",
    re.IGNORECASE,
)
_VAGUE = re.compile(
    r"^(can you |could you |please |just )?(make|get) (it|this) (sound )?(better|good|nicer|right|pro\w*)|"
    r"^(fix|improve|help)( it| this| me)?\W*$|^is (it|this) (ok|okay|good|fine|right)\W*$|^(do|does) (it|this) work\W*$|"
    r"^what (now|next)\W*$|^and (now|then)\W*$|^(hmm+|ok(ay)?|so)\W*$",
    re.IGNORECASE,
)
_EXPLAIN = re.compile(
    r"\b(why|explain|what does .* mean|what is a|what's a|how does .* work|teach)\b", re.IGNORECASE
)
_FOLLOW_UP = re.compile(
    r"^(and|what about|how about|more|less|same|also|then|ok so)\b|\b(it|that|them|this)\b", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Intent:
    kind: str
    topic: Topic
    technique: str | None = None
    explain: bool = False
    mentions: tuple[str, ...] = ()  # words that named the topic ("snare", "vocal"), for picking tracks


def _find(patterns: tuple[str, ...], text: str) -> list[str]:
    hits = []
    for pat in patterns:
        m = re.search(pat, text, re.IGNORECASE)
        if m:
            hits.append(m.group(0).lower())
    return hits


def classify(question: str, history: tuple[Turn, ...] = ()) -> Intent:
    """The intent of ``question``; a follow-up without its own topic inherits the last turn's topic."""
    text = " ".join(question.split())
    explain = bool(_EXPLAIN.search(text))
    technique = next((name for name, pats in TECHNIQUE_WORDS.items() if _find(pats, text)), None)
    topic_hits = {topic: _find(pats, text) for topic, pats in TOPIC_WORDS.items()}
    named = [t for t, hits in topic_hits.items() if hits and t is not Topic.OVERALL_MIX]
    topic = named[0] if named else (Topic.OVERALL_MIX if topic_hits[Topic.OVERALL_MIX] else None)
    mentions = tuple(h for t in named for h in topic_hits[t])
    last_topic = next((t.topic for t in reversed(history) if t.topic is not None), None)
    if topic is None and last_topic is not None and _FOLLOW_UP.search(text) and not _HEAR.search(text):
        topic = last_topic
    if technique is not None:
        return Intent(IntentKind.TECHNIQUE, topic or Topic.OVERALL_MIX, technique, explain, mentions)
    if named:
        return Intent(IntentKind.TOPIC, topic or Topic.OVERALL_MIX, None, explain, mentions)
    if _VAGUE.search(text) or (len(text.split()) <= 2 and not _HEAR.search(text) and topic is None):
        return Intent(IntentKind.AMBIGUOUS, topic or Topic.OVERALL_MIX, None, explain, mentions)
    if topic is Topic.OVERALL_MIX and not _HEAR.search(text):
        return Intent(IntentKind.TOPIC, Topic.OVERALL_MIX, None, explain, mentions)
    return Intent(IntentKind.WHAT_DO_YOU_HEAR, topic or Topic.OVERALL_MIX, None, explain, mentions)
