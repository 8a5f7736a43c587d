"""What the master's own chain says about a plug-in blamed on it ("thinking it's my master eq, that it?", "is the
mix bus comp making it flat?"): whether the master carries one at all, and for a ReaEQ whether any band boosts
the range at issue.

Why: the snapshot lists the master's plug-ins with their parameters, so an engineer's first look ("is there even
an EQ on your master?") is a measurement, not a guess. A master with no EQ cannot be what makes the top end
ticky, and saying so settles the question before the real culprit is named; a ReaEQ boosting the top by
``BOOST_DB`` or more is a real share of it, said as such.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from companion.context import Fx, MixContext, Snapshot
from companion.knowledge import reaeq
from model.blamed_location import PLACE, blamed_place
from model.focus import Focus
from model.guessed_cause import GUESS
from model.phrasing import EXPLAIN_WORDS, MAX_WORDS, Answer, capital, fit, split_sentences
from model.plugin_blamed import BOOST_DB, PLUGINS, Issue, culprit_bands, say_hz
from model.session_view import plugin_name
from model.tone_home import home_range
from model.top_symptoms import says_top_symptom

KINDS = {"eq": "eq", "compression": "compressor", "limiting": "limiter", "saturation": "saturation",
         "reverb": "reverb", "delay": "delay"}  # fmt: skip
"""Technique (``model.intent``) -> plug-in type (``model.plugin_blamed.PLUGINS``) a master chain is read for."""
SAID = {"eq": "EQ", "compressor": "compressor", "limiter": "limiter", "saturation": "saturation plug-in",
        "reverb": "reverb", "delay": "delay"}  # fmt: skip
BELIEF = re.compile(
    r"\b(think|thinking|thinkin|guess|guessing|bet|betting|suspect|suspecting|reckon|reckoning|pretty sure|"
    r"probably|prob|must be|gotta be|has to be|feels? like|blam\w*)\b[^,.;?!]{0,20}$",
    re.IGNORECASE,
)
"""A cause put forward as the asker's belief ("thinking its my master eq", "bet it's the mix bus comp"), said just
before the place it blames."""
OPENING = re.compile(
    r"^(Not first|Not the [\w-]+ first|Not really|Yes|Possibly|Maybe|One thing)\s*:\s+(the fault I measured is '[^']+': )?"
)
"""The verdicts a part's fault is opened with when the master is blamed (and the label some add before the part),
which the master chain's own verdict replaces."""
MASTER_WORD = re.compile(r"\b(master\w*|mix ?bus{1,2}|2[- ]?bus{1,2}|stereo bus{1,2}|bus)\b", re.IGNORECASE)
"""The master named as such in the blamed place (not a bare "the limiter")."""
TOP_RANGE_HZ = (2000.0, 20000.0)
"""The range a top-end symptom puts at issue: the upper mids, presence and air together."""


@dataclass(frozen=True, slots=True)
class ChainVerdict:
    """What the master chain says about the blamed plug-in: ``cleared`` when it cannot be the cause (none there,
    or an EQ with no boost in the range), ``text`` the sentence that says so, from the snapshot's own values."""

    cleared: bool
    text: str


def _of_kind(fx: tuple[Fx, ...], kind: str) -> list[Fx]:
    words = PLUGINS[kind][1]
    return [f for f in fx if f.enabled and any(w in f.name.lower() for w in words)]


def blames_master(question: str) -> bool:
    """True when ``question`` puts the cause on the master (a guess or a belief), not a move proposed there
    ("should i eq the master bus": that asks whether to act, and a master with no EQ is no answer to it)."""
    m = PLACE.search(question)
    if m is None or not MASTER_WORD.search(m.group(0)):
        return False  # "is it the limiter?": which limiter (a track's, the master's) is not said
    return GUESS.search(question) is not None or BELIEF.search(question[: m.start()]) is not None


def issue_range(question: str, complaint: str | None) -> tuple[float, float, str]:
    """The range (Hz) an EQ on the master is judged in, with its words: the top end for a top-end symptom, else
    the complaint's own home range, else everywhere."""
    if says_top_symptom(question) or (complaint == "harsh" and "top" in question.lower()):
        return (*TOP_RANGE_HZ, "up top")
    rng = home_range(complaint)
    if rng is not None:
        return rng[0], rng[1], f"at {say_hz(rng[0])}-{say_hz(rng[1])}"
    return 20.0, 20000.0, "anywhere"


def master_verdict(snapshot: Snapshot | None, question: str, technique: str | None,
                   complaint: str | None) -> ChainVerdict | None:  # fmt: skip
    """The master chain's verdict on the plug-in ``question`` blames on the master (or mix bus), or None when it
    blames none there, the chain is unknown, or what the plug-in does cannot be read (a third-party EQ, a
    compressor that is there: its share is a listening matter)."""
    kind = KINDS.get(technique or "")
    if snapshot is None or kind is None or blamed_place(question) is None or not blames_master(question):
        return None
    chain = tuple(snapshot.master.fx)
    found = _of_kind(chain, kind)
    said = SAID[kind]
    if not found:
        others = [plugin_name(f) for f in chain if f.enabled]
        only = f", only {' and '.join(others[:3])}" if others else ", no plug-ins at all"
        return ChainVerdict(True, f"there's no {said} on your master{only}")
    readable = [f for f in found if reaeq.is_reaeq(f)] if kind == "eq" else []
    if not readable or len(readable) != len(found):
        return None
    lo, hi, where = issue_range(question, complaint)
    issue = Issue(lo, hi, where, True)
    boosts = [(f, b) for f in readable for b in culprit_bands(f, issue)]
    if not boosts:
        return ChainVerdict(True, f"the {plugin_name(readable[0])} on your master boosts nothing {where} by "
                                  f"{BOOST_DB:g} dB or more")  # fmt: skip
    bands = ", ".join(f"{b.gain_db:+.1f} dB around {say_hz(b.freq_hz)} ({b.label})" for _, b in boosts[:2])
    return ChainVerdict(False, f"the {plugin_name(boosts[0][0])} on your master boosts {bands}")


def with_master_chain(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """``ans`` opened with the master chain's verdict ("No: there's no EQ on your master, only ReaLimit; it's
    'Shaker'.") when the question blames a plug-in on the master and ``ans`` leads with a part's fault; ``ans``
    otherwise."""
    intent = focus.intent
    f = ans.first
    if f is None or f.track is None or not f.is_problem or f.is_lean or not ans.moves:
        return ans
    m = OPENING.match(ans.text)
    chain = master_verdict(ctx.snapshot, intent.question, intent.technique, intent.complaint) if m else None
    if m is None or chain is None:
        return ans
    body = capital(ans.text[m.end() :])
    if chain.cleared:
        head = f"No: {chain.text}; it's {f.track!r}."
    else:
        head = f"Partly: {chain.text}, but the bigger fault I measured is {f.track!r}."
    limit = EXPLAIN_WORDS if intent.explain else MAX_WORDS
    ans.text = fit([head, *split_sentences(body)], limit, keep=3)
    return ans
