"""A new source guessed as the remedy ("reckon i need a brighter sample?", "time to swap the kick?").

While the part sits at the wrong level the answer already says "Not first:" and sets the fader; an engineer names
what waits ("No, not a new sample first:") and why it waits in the guess's own words, since "no EQ or compression
fixes ..." answers a plug-in nobody asked about. With its level fine, the meters cannot judge a sample's sound, so
a flat "No:" overclaims: the answer says the level is not it, gives the one there a fair go first (for a missing
hit, the compressor move that lets the attack through) and leaves the new sample as a fair call after that.
Kept apart from ``model.answer_tracks`` (which decides the verdict) so that file keeps one job."""

from __future__ import annotations

import re

from companion.context import FindingKind
from model.answer_quality import compressor_move
from model.answer_tracks import WHY_LEVEL
from model.focus import Focus
from model.intent import Wants
from model.intent_source import LEVEL_SIDE, guesses_new_source
from model.phrasing import EXPLAIN_WORDS, MAX_WORDS, Answer, capital, fit, lower_first, split_sentences

NOT_FIRST = "Not first:"
_LAYER = "a sub layer"
_SECOND = "a second layer"
_REDO = (
    (
        re.compile(
            r"\bre-?(record|track)\w*|\bredo\b|"
            r"\b(new|louder|hotter|better|another|cleaner|second|different|fresh) (\w+ )?(take|performance)\b",
            re.I,
        ),
        "a new take",
    ),
    (re.compile(r"\bre-?amp\w*", re.I), "a re-amp"),
    (
        re.compile(
            r"\b(layer|stack|blend|doubl|add)\w* (in |under |on )?(\w+ ){0,3}(sub|subs|808s?|sine)\b", re.I
        ),
        _LAYER,
    ),
    # "should i layer a second snare sample under it": a layer added to the part, not the part replaced
    (
        re.compile(
            r"\b(layer|stack|doubl)\w* (in |up )?(a |an |another |some |a second |a 2nd )?(\w+ ){0,2}"
            r"(samples?|snares?|kicks?|claps?|hits?|sounds?|one)\b",
            re.I,
        ),
        _SECOND,
    ),
    (
        re.compile(r"\b(cab|cabinet|amp|amps|amp sims?|amp models?|irs?|impulses?|pickups?)\b", re.I),
        "a new amp or cab",
    ),
    (re.compile(r"\b(presets?|patch(es)?)\b", re.I), "a new preset"),
    # "loading a warmer, darker piano instrument in place of this one": a virtual instrument swapped, said as such
    (
        re.compile(r"\bvsti?s?\b|\b(virtual |software )?instruments?(?= (in place|instead))", re.I),
        "a new instrument",
    ),
)
"""A part's source made again (or a layer added under it: a sub, or a second sample), said as what it is; any
other new source is a sample."""
LEVEL_KINDS = (FindingKind.TRACK_TOO_QUIET, FindingKind.TRACK_TOO_LOUD)
SOFT = re.compile(
    r"^(Yes|Yes, it is|Possibly|Maybe|A little|One thing|Mostly fine, one thing|Not really|It's fine itself):\s+"
)
"""The verdicts a measured fault or lean other than the part's level gets ("Possibly: the mix leans boomy")."""
FLAT_NO = re.compile(r"^(No|It's fine|Not really):\s+")
"""The bare verdicts a part with nothing measured gets ("No: nothing I measured says 'Snare' is too low")."""


def source_guess(question: str) -> str | None:
    """What ``question`` guesses as the new source ("a new sample", "a new take"), or None when it guesses none."""
    if not guesses_new_source(question):
        return None
    return next((said for pattern, said in _REDO if pattern.search(question)), "a new sample")


def with_source_guess(focus: Focus, ans: Answer) -> Answer:
    """``ans`` worded for a new source guessed (``_level_first`` or ``_sound_itself``); ``ans`` otherwise."""
    intent = focus.intent
    said = source_guess(intent.question) if intent.technique is None and intent.should else None
    if said is None:
        return ans
    if ans.first is None:
        return _sound_itself(focus, ans, said)
    before = ans.text
    ans = _level_first(focus, ans, said)
    ans = ans if ans.text != before else _elsewhere_first(focus, ans, said)
    return ans if ans.text != before else _mix_first(focus, ans, said)


ELSEWHERE_OPENING = re.compile(r"^(Yes, one thing|One thing|Yes|Mostly fine, one thing|Main thing):\s+")
"""How the open route heads the most severe fault when no part was named ("gonna swap the cab, thats the fix?")."""


def _elsewhere_first(focus: Focus, ans: Answer, said: str) -> Answer:
    """``ans`` opening "No, not a new amp or cab:" when the guess names no part and the answer leads with a part's
    level fault: the guess would leave that fader fault as it is, so "Yes, one thing:" agreed with a wrong fix."""
    f = ans.first
    m = ELSEWHERE_OPENING.match(ans.text)
    if f is None or f.kind not in LEVEL_KINDS or m is None or focus.tracks or f.is_lean:
        return ans
    why = f"{capital(said)} leaves that as it is: set the fader first, then judge the sound."
    sentences = split_sentences(f"No, not {said}: {ans.text[m.end() :]}")
    limit = EXPLAIN_WORDS if focus.intent.explain or focus.intent.wants == Wants.WHY else MAX_WORDS
    ans.text = fit([*sentences[:2], why, *sentences[2:]], limit, keep=3)
    return ans


def _level_first(focus: Focus, ans: Answer, said: str) -> Answer:
    """``ans`` opening "No, not a new sample first:" with the reason in the guess's words, when the question
    guesses a new source (and no plug-in) and the answer puts a part's measured level fault first; ``ans``
    otherwise."""
    intent = focus.intent
    f = ans.first
    if f is None or f.kind not in LEVEL_KINDS or not ans.text.startswith(NOT_FIRST):
        return ans
    way = "as buried" if f.kind is FindingKind.TRACK_TOO_QUIET else "as loud"
    why = (
        f"Balance comes first: {said} at the same wrong level sounds {way} as the old one; set the fader, "
        "then judge the sound."
    )
    # a layer joins the part rather than replacing it: it shares the part's wrong level
    if said in (_LAYER, _SECOND):
        quiet = f.kind is FindingKind.TRACK_TOO_QUIET
        why = (
            f"Balance comes first: {said} under a part at the wrong level "
            + ("stays buried with it" if quiet else "only adds to it")
            + "; set the fader, then judge "
            + ("whether it still lacks weight." if quiet else "the sound.")
        )
    # "is the synth bass too quiet or should i layer a sine sub under it?": the level side of the choice is met,
    # so the answer takes it rather than a bare "No" to the whole choice
    claim = LEVEL_SIDE.search(intent.question)
    way_said = claim is not None and (claim["way"].lower() in ("loud", "hot")) == (
        f.kind is FindingKind.TRACK_TOO_LOUD
    )
    head = f"It's the level, not {said}:" if way_said else f"No, not {said} first:"
    text = f"{head}{ans.text[len(NOT_FIRST) :]}".replace(WHY_LEVEL, why, 1)
    limit = EXPLAIN_WORDS if intent.explain or intent.wants == Wants.WHY else MAX_WORDS
    ans.text = fit(split_sentences(text), limit, keep=2)  # the longer words back inside the budget
    return ans


def _sound_itself(focus: Focus, ans: Answer, said: str) -> Answer:
    """ "Maybe: the meters can't judge a sample's sound" and the one there given a fair go first, when nothing
    measured holds the part back and the answer said a bare no (or fine) to the guess; ``ans`` otherwise."""
    m = FLAT_NO.match(ans.text)
    if m is None or ans.moves or not focus.tracks:
        return ans
    sentences = split_sentences(ans.text[m.end() :])
    what = said.removeprefix("a new ").removeprefix("a ")
    article = "an" if what[:1] in "aeiou" else "a"  # "an amp or cab's sound"
    parts = [f"Maybe: the meters can't judge {article} {what}'s sound, and {sentences[0]}"]
    # "808 feels weak, layer a sub?": the level said low is measured fine
    if focus.intent.complaint == "quiet":
        parts = [
            f"Not for the level: {sentences[0]} The meters can't judge {article} {what}'s sound, though."
        ]
    # "re-record the guitars" with 'Gtr L' and 'Gtr R' both fine: no one compressor to give a fair go
    punch = focus.intent.complaint == "punch" and len(focus.tracks) == 1
    comp = compressor_move(focus.tracks[0], "slow_attack") if punch else None
    if comp is not None:  # "zero crack", "no attack": the hit let through before any swap
        parts.append(f"Before {said}, give this one a fair go: {lower_first(comp.try_text)}")
    parts.append(f"If it still sounds wrong at a level that sits, {said} is a fair call.")
    limit = EXPLAIN_WORDS if focus.intent.explain or focus.intent.wants == Wants.WHY else MAX_WORDS
    ans.text = fit([*parts, *sentences[1:]], limit, keep=len(parts))
    return ans


def _mix_first(focus: Focus, ans: Answer, said: str) -> Answer:
    """ "Not a new sample first:" over a measured fault with a move (a part covering it), "Maybe, but before a new
    sample:" over a lean with one ("the mix leans boomy in the kick's range"): the mix move is tried before the
    swap, and the swap stays a fair call after it; ``ans`` otherwise."""
    m = SOFT.match(ans.text)
    f = ans.first
    if m is None or not ans.moves or f is None:
        return ans
    head = f"Not {said} first:" if f.is_problem and not f.is_lean else f"Maybe, but before {said}:"
    sentences = split_sentences(f"{head} {ans.text[m.end() :]}")
    tried = ans.moves[0].try_text.split(".")[0]
    at = next((i + 1 for i, x in enumerate(sentences) if tried and tried in x), min(2, len(sentences)))
    parts = [*sentences[:at], f"If it still sounds wrong after that, {said} is a fair call.", *sentences[at:]]
    limit = EXPLAIN_WORDS if focus.intent.explain or focus.intent.wants == Wants.WHY else MAX_WORDS
    ans.text = fit(parts, limit, keep=at + 1)
    return ans
