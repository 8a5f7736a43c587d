"""A why with the asker's guess at its cause ("why does the singer sit so far back, is it the reverb?"): when
what was measured is a level or another part covering it, the answer says first that it is not the guess, then
names the measured cause, so the user stops chasing a plug-in that is not the problem."""

from __future__ import annotations

import re

from companion.context import Finding, FindingKind

_DOES = r"(?:doing|causing|creating|adding|behind|responsible for|to blame for|the cause of|cause|make|create|do|making)"
_WHAT = r"(?:that|this|it|them|all that|everything|things|the [\w']+|my [\w']+)"
CAUSE_VERB = re.compile(
    r"(?:\b(?:(?:is|was|are|were|could|might|would)(?: it| that| this)?(?: be)?|does|did|do)|^\s*(?:so |and |or |but )?)"
    r" ?(?:just |maybe |really |actually )?(?:the|my|your|our|all the) (?P<guess>[\w' -]{2,30}?)(?: be)? "
    rf"{_DOES} {_WHAT}(?: [\w']+){{0,2}}\s*[?.!]*\s*$",
    re.IGNORECASE,
)
"""'is my limiter doing that?', 'is the compressor causing this?', 'could the reverb be behind it?', 'does the eq
cause that?', 'is the reverb making it muddy?': a cause guessed in words that say what it does to the sound
('doing', 'causing', 'behind'), whatever the guessed thing's length; ``guess`` is the thing guessed."""
GUESS = re.compile(
    r"(\b(is|was|could|might|would)( it| that| this)?( be)?( just| maybe| really| because of)?|\bbecause of|"
    # "from it?" ends a move ("scoop some mids from it?"), not a cause guessed
    r"\bdue to|\bfrom(?! (it|them|that|this|him|her)\s*\??\s*$)|\bor)( the| my| too much| all the| some)? "
    r"[\w -]{2,20}\s*\??\s*$|"
    r"(^|[?.,;]\s*)(too much|all the|the|my) [\w -]{2,20}\s*\?\s*$|"
    r"\b(is|are) (the |my )?[\w -]{2,20} (to blame|the (problem|cause|culprit|reason))\b|"
    + CAUSE_VERB.pattern,
    re.IGNORECASE,
)
_SAID = {"eq": "EQ", "compression": "compression", "limiting": "limiter", "reverb": "reverb", "delay": "delay",
         "panning": "panning", "gating": "gate", "sidechain": "sidechain"}  # fmt: skip
_NOT_FROM = {
    FindingKind.TRACK_TOO_QUIET: None,  # a level: no plug-in guess explains it
    FindingKind.TRACK_TOO_LOUD: None,
    FindingKind.MASKING: ("eq", "panning"),  # a clash: EQ and panning are how it is fixed, so not ruled out
}


def not_the_guess(question: str, technique: str | None, first: Finding | None) -> str | None:
    """ "It isn't the reverb;" when ``question`` guesses ``technique`` as the cause and the measured cause
    (``first``) is a level or a clash that guess cannot explain; None otherwise."""
    if technique is None or first is None or first.kind not in _NOT_FROM:
        return None
    if technique in (_NOT_FROM[first.kind] or ()) or not GUESS.search(question):
        return None
    return f"It isn't the {_SAID.get(technique, technique)};"


_FREQ = re.compile(r"\b(\d+(?:\.\d+)?)\s?(k|khz|hz)\b", re.IGNORECASE)
_LEVEL_KINDS = (FindingKind.TRACK_TOO_LOUD, FindingKind.TRACK_TOO_QUIET)


def not_the_frequency(question: str, first: Finding | None) -> str | None:
    """ "No, not the 3k:" when ``question`` guesses a frequency as the cause ("harsh, too much 3k on it?") and
    the measured cause (``first``) is the part's level: an EQ cut there would chase the wrong cause."""
    if first is None or first.kind not in _LEVEL_KINDS:
        return None
    guess = GUESS.search(question)
    freq = _FREQ.search(guess.group(0)) if guess else None
    if freq is None:
        return None
    unit = {"k": "k", "khz": " kHz", "hz": " Hz"}[freq.group(2).lower()]
    return f"No, not the {freq.group(1)}{unit}: rather the level."


EFFECTS = r"chorus|reverb|verb|delay|echo|compressor|compression|distortion|saturation|drive|flanger|phaser|widener|doubler"
_EFFECT_GUESS = re.compile(
    rf"\b(is|are|was|could|might)\b( it| that| this)?( be)?( just| maybe)?( the| my| their| its| all the| too much)? "
    rf"(?P<fx>{EFFECTS})\b[^?.!]{{0,30}}(\?|$)|\btoo much (?P<fx2>{EFFECTS})\b",
    re.IGNORECASE,
)


def not_the_effect(question: str, first: Finding | None) -> str | None:
    """ "No, not the chorus:" when ``question`` guesses an effect the meters cannot see as the cause ("keys are
    smearing, is the chorus on them too much?") and the measured cause (``first``) is the part's level."""
    if first is None or first.kind not in _LEVEL_KINDS:
        return None
    guess = _EFFECT_GUESS.search(question)
    if guess is None:
        return None
    effect = (guess.group("fx") or guess.group("fx2")).lower()
    return f"No, not the {'reverb' if effect == 'verb' else effect}: rather the level."


_LOW_GUESS = re.compile(
    r"\b(i (figure|think|reckon|guess|bet|assume|suspect)|is it|it's|its|it is|probably|maybe|must be|prob)\b"
    r"[^?.!]{0,15}\b(mud|muddy|muddiness|(the )?low[- ]end|bass build ?-?up|boom|boominess)\b",
    re.IGNORECASE,
)
"""A guess that the low end is to blame ("i figure its mud in the low end stacking up")."""
_LOW_TOP_HZ = 300.0


def not_the_low_end(question: str, masking: Finding | None) -> str | None:
    """ "No, not mud in the low end:" when ``question`` guesses low-end mud as what hides a part and the clash
    measured (``masking``) sits above the low end: a low cut there would not uncover the part."""
    if masking is None or masking.kind is not FindingKind.MASKING or not _LOW_GUESS.search(question):
        return None
    lo = (masking.evidence.get("range_hz") or [0.0])[0]
    return "No, not mud in the low end:" if float(lo) >= _LOW_TOP_HZ else None
