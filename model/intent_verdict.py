"""Whole-mix verdicts asked in the asker's own words: "does my mix suck?", "is it trash", "any changes you'd make
before mastering?". A judgement word for a bad state asks whether something is wrong (a fault found is yes, a lean
alone is no); asking for any changes asks what an engineer would change (nothing, when only a lean is measured).
Word families, so a new slang word of the same kind needs one word added, not a pattern."""

from __future__ import annotations

import re

from model.overshoot import said_overshot

BAD_STATE = re.compile(
    # a short lead-in first ("be honest,", "real talk,") is still the same question
    r"^\s*([\w' ]{1,20},\s*)?(so |ok |and |but )?(is|are|does|do|was|were|did|isn'?t|doesn'?t|am i)\b"
    # within the one question: "is it balanced enough? dont wanna look like an amateur" asks no bad state
    r"([^?!.]|\.(?=\d))*\b(suck|sucks|"
    r"sucky|trash|trashy|garbage|rubbish|crap|crappy|awful|terrible|horrible|amateur\w*|meh|mid|mess|messy|rough|"
    r"a disaster|unprofessional|no good|not good|not great|bad|worse|broken|all over the place|out of whack|wonky|"
    r"lopsided|unbalanced|off balance|uneven|a train ?wreck)\b",
    re.IGNORECASE,
)
"""'does my mix suck', 'is this trash', 'is it amateurish', 'be honest, is my balance all over the place': a yes/no on a bad state, so a fault found means yes."""

ANYTHING_BAD = re.compile(
    # "anything in the balance gonna make me look bad?", "anything wrong?", "something off in the levels?": the
    # question's verb left out, as people talk; what follows "anything" is a bad state, so a fault found is yes
    r"(^|[,;.!]\s*)\s*(so |ok |and |but )?((is|are|will|would|could|might|was) (there )?)?"
    r"(any ?thing|something|any (part|track|instrument)s?)\b[^?.!]{0,45}\b(wrong|off|bad|"
    # "embarass", "embarras": as typed
    r"weird|out of (balance|whack|line|place)|stick(ing|s)? out|jump(ing|s)? out|embarr?ass?\w*|a problem|problems?|"
    r"issues?|an issue|flag(ged|s)?|red flags?)\b[^?.!]{0,35}(\?|\s*$)|"
    # "any red flags before i send it off?": the fault named as a flag
    r"(^|[,;.!]\s*)\s*(so |ok |and |but )?((are|is) (there )?)?any (red )?flags?\b[^?.!]{0,40}(\?|\s*$)",
    re.IGNORECASE,
)
"""'playing this for the band tmrw, anything in the balance gonna make me look bad?': a yes/no on a bad state."""

CLAIMED_BAD = re.compile(
    # "the balance is way off, is it?", "levels r all over the place right?": a bad state said as a claim
    r"\b(is|are|'s|'re|r|seems?|sounds?|feels?|looks?)\b( \w+){0,2} (off|out of whack|outta whack|all over the "
    r"place|unbalanced|wonky|lopsided|uneven|a mess|messy)\b",
    re.IGNORECASE,
)
"""'my gf thinks the balance is way off, is it?': a bad state claimed; with a tag, a fault found is yes and none is
no (it opened "Yes: no track's level stands out", a yes against its own body)."""


def claims_bad_state(text: str) -> bool:
    """True when ``text`` says something is in a bad state ("the balance is way off")."""
    return CLAIMED_BAD.search(text) is not None


SENT_BACK = re.compile(
    # "would a mastering guy bounce it back?", "will the label reject it?": a yes on a bad outcome, so a fault is yes
    r"\b(would|will|could|might|does|do)\s+(he|she|they|it|anyone|someone|somebody|(an?|the|my|any) [\w-]+( [\w-]+)?)\s+"
    r"((\w+ ){0,2})(bounce|send|kick|throw|hand|give)\s+(it|this|the mix|my mix|that)\s+back\b|"
    r"\b(would|will|could|might)\s+(he|she|they|it|anyone|someone|somebody|(an?|the|my|any) [\w-]+( [\w-]+)?)\s+"
    r"((\w+ ){0,2})(reject|refuse|complain about|flag|bin|laugh at|turn down)\b|"
    # "is anything gonna make him wince?", "will it make a pro cringe?": what makes an ear wince is a fault
    r"\bmak(e|es|ing) (\w+ ){1,2}(wince|cringe|flinch|grimace)\b|"
    # "would the levels give me away as a bedroom guy?", "will it out me as an amateur?": found out by a fault
    r"\b(give|gives|giving) (me|us) away\b|\b(give|gives|giving) (it|the mix|my mix) away( as\b|\s*\?*\s*$)|"
    r"\b(expose|exposes|out|outs|betray|betrays|mark|marks|peg|pegs) (me|us) as\b",
    re.IGNORECASE,
)
"""'would a mastering guy bounce it back for the balance?': asks whether an ear would find a fault (yes = a fault)."""

ANY_CHANGE = re.compile(
    r"\bany(thing)? (\w+ )?(chang\w*|tweak\w*|fix\w*|edits?|notes?|improv\w*|suggestions?|adjust\w*)\b|"
    r"\b(would|should|do|could) (you|u|ya|i) (\w+ )?(chang\w*|tweak\w*|fix\w*|touch\w*|improv\w*|adjust\w*) "
    r"(anything|something|stuff|much)\b",
    re.IGNORECASE,
)
"""'any changes you'd make before I send it?', 'would you tweak anything?': asks what an engineer would change."""


def asks_bad_state(text: str) -> bool:
    """True when ``text`` asks yes or no whether something is in a bad state (a move gone too far is one)."""
    return (
        BAD_STATE.search(text) is not None
        or SENT_BACK.search(text) is not None
        or ANYTHING_BAD.search(text) is not None
        or said_overshot(text)
    )


def asks_any_change(text: str) -> bool:
    """True when ``text`` asks what, if anything, an engineer would change."""
    return ANY_CHANGE.search(text) is not None
