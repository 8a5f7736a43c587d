"""The one place that decides whether a question takes a yes or no, and which answer a fault found gives.

An engineer answers a yes/no question with its verdict first whatever the words around it: an auxiliary or
modal first in any clause ("..., is something missing?"), a tag or opinion tail, a rising statement in any
fragment ("eating the whole mix?? too much"), a follow-up "is that ...", a statement ending "too much". The
polarity comes from what the question asserts: a problem asked about and found is yes; a good state asked
about with a fault found is no; nothing found is the opposite. Word families on the question's FORM, so a new
wording of the same shape needs no phrase of its own."""

from __future__ import annotations

import re

from model.intent_claim import BELIEF
from model.intent_open import OPINION_ON, open_question
from model.overshoot import said_overshot

_AUX = (
    r"is|are|does|do|did|was|were|has|have|will|would|could|can|am|should|isn'?t|aren'?t|doesn'?t|don'?t|"
    r"didn'?t|wasn'?t|shouldn'?t"
)
_CLAUSE_YES_NO = re.compile(
    rf"(^|[,;.!?]\s*|\b(and|so|but|or|then|like|also|plus)\s+)(ok |okay |so |then )?({_AUX})\s+"
    r"(?!(you|u|ya|y'all|yall|anyone|someone) (help|tell|explain|show|give|suggest|recommend|walk)\b)"
    r"(?!there (a|any) (way|trick|tip))\w+",
    re.IGNORECASE,
)
"""An auxiliary or modal first in a clause ("mix feels empty, is something missing?", "so is that the main
problem then"): that clause asks a yes or no; "can you help?" is a request, not a yes/no."""

_WH_FIRST = re.compile(
    r"^\s*(so |ok |and |but )?(what|what's|whats|how|how's|hows|which|where|why|who|when)\b", re.IGNORECASE
)
"""A question word first: the question asks for a thing, not a yes or no, unless a later clause asks one."""

_FRAGMENT_RISING = re.compile(r"\w[\w']*\s*\?+(\s+\S|\s*$)")
"""A fragment said rising ("bass is eating the whole mix?? too much"): a statement put as a question."""

_TOO_TAIL = re.compile(
    r"[,;.!?]\s*(too|way too|a bit too|kinda too|kind of too) (much|loud|hot|quiet|low|soft|bright|dark|harsh|muddy|boomy|thin|"
    r"big|busy|loud now)\s*[?!.]*\s*$",
    re.IGNORECASE,
)
"""A "too much" fragment after a statement ("...?? too much", "bvs over the lead, too loud"): it asks whether it
is; said as the statement's own predicate ("the kick is too boomy") it is a complaint that wants the fix."""

STATED_LOUDER = re.compile(
    r"^\s*(?!.*\b(should|shall|need|needs|want|wanna|make|making|to)\b[^,?]*\blouder than\b)"
    r"[^,?]{1,60}?\b(sound|sounds|sounding|is|are|'s|'re|r|seem|seems|feel|feels|sit|sits|sitting|come|comes|"
    r"coming|get|gets|getting)( \w+){0,2} (louder|hotter|bigger|more (up )?front) than\b",
    re.IGNORECASE,
)
"""'bvs sound louder than the lead singer': a part SAID to sit over another (not "should it sound louder
than"), so the complaint about it is its level being too loud."""

STATED_QUIETER = re.compile(
    r"^\s*(?!.*\b(should|shall|need|needs|want|wanna|make|making|to)\b[^,?]*\b(quieter|softer) than\b)"
    r"[^,?]{1,60}?\b(sound|sounds|sounding|is|are|'s|'re|r|seem|seems|feel|feels|sit|sits|sitting)( \w+){0,2} "
    r"(quieter|softer|lower|smaller) than\b",
    re.IGNORECASE,
)

MISSING_Q = re.compile(
    r"\b(is|are|'s)( there)? (something|anything|stuff|a part|an instrument) (missing|lacking|absent|gone)\b|"
    r"\bmissing (something|anything)\b|\b(is|are) (it|that|this|they) missing\b",
    re.IGNORECASE,
)
"""'is something missing?': asks whether something is wrong (a part too low to hear is what is missing)."""

PROBLEM_WORD = re.compile(
    r"\b(wrong|off|problems?|issues?|culprit|to blame|missing|lacking|the cause|causing it|mess(ed)? up|"
    r"in the way|bad|a mess)\b",
    re.IGNORECASE,
)
"""A problem named as what is asked about ("is that the main problem", "is that the culprit")."""


ANY_FIRST = re.compile(
    # "bout to burn cds.. anything stick out?": the same ask as the first words of a later clause
    r"(^|[,.!?;]\s+|\.{2,}\s*)\s*(so |ok |okay |and |but |honestly,? |be honest,? )?"
    r"(anything|(?P<some>something)|any ?(one |single )?(track|part|instrument|channel|stem|element)s?|"
    r"any of (the|my|these) \w+)\b"
    r"(?! (i|we|you|u) (can|could|should|need|gotta|have|might)\b)",
    re.IGNORECASE,
)
"""'anything way too loud in this mix?', 'any track too quiet', 'something sticking out?': whether any part is
so, the auxiliary ("is there") left out; still a yes or no ("anything I can do?" asks for a move)."""


def any_first(text: str) -> bool:
    """True when ``text`` asks whether anything is so with its auxiliary left out ("anything too loud?"); with
    "something" only when asked ("something sticking out?"), as "something feels off" is a complaint stated."""
    m = ANY_FIRST.search(text)
    return m is not None and (m.group("some") is None or "?" in text)


def stated_level(text: str) -> str | None:
    """'loud' when ``text`` says a part sits over another, 'quiet' when under; None when it says neither."""
    if STATED_LOUDER.search(text):
        return "loud"
    if STATED_QUIETER.search(text):
        return "quiet"
    return None


def asks_missing(text: str) -> bool:
    """True when ``text`` asks whether something is missing from the mix."""
    return MISSING_Q.search(text) is not None


EARS_ASKED = re.compile(
    r"\bwhat('?s| is| are| do) (your|ur|yr) (ears?|gut)( (telling|tell|saying|say)( (you|u|ya))?)?\b|"
    r"\bwhat do (your|ur|yr) ears (say|tell (you|u))\b",
    re.IGNORECASE,
)
"""'my strumming feels louder than my singing, whats ur ears telling u': the claim put to the listener to check."""


def claim_put_to_ears(text: str) -> bool:
    """True when a clause before "whats ur ears telling u" says something for the listener to check ("whats your
    ears telling you about this mix" alone is the open question)."""
    ears = EARS_ASKED.search(text)
    return ears is not None and re.search(r"[,;.!?]", text[: ears.start()]) is not None


def statement_asks(text: str) -> bool:
    """True when a statement is put as a question: a fragment said rising, a "too much" tail, or a move said to
    have gone too far ("the vocal was turned down too much": whether it now sits wrong)."""
    return (
        _FRAGMENT_RISING.search(text) is not None
        or _TOO_TAIL.search(text) is not None
        or said_overshot(text)
        or claim_put_to_ears(text)
    )


def takes_yes_no(text: str, tag: bool) -> bool:
    """True when ``text`` asks for a yes or no by its form: an auxiliary first in any clause (a question word
    first only when a later clause asks one), a tag, a statement said rising, or a "too much" tail."""
    if OPINION_ON.search(text):
        return False  # "thoughts on the bass?": an opinion asked, however it rises
    if tag or any_first(text):  # "anything too loud in there": whether any part is, asked without "is there"
        return True
    if claim_put_to_ears(text):  # "..., whats ur ears telling u": the claim said before it, put to be checked
        return True
    m = _CLAUSE_YES_NO.search(text)
    if m is not None and (m.start() > 0 or not _WH_FIRST.search(text)):
        return True
    if open_question(text):
        return False  # "mix sounds thin, what am I missing?": the question asks for a thing, not a yes or no
    return not _WH_FIRST.search(text) and not _AUX_FIRST.search(text) and statement_asks(text)


_AUX_FIRST = re.compile(rf"^\s*(so |ok |and |but )?({_AUX})\b", re.IGNORECASE)
"""A question opening on an auxiliary that is not a yes/no ("can you help me with the bass?"): a request."""


def polarity(text: str, complaint: str | None, asks_ok: bool, enough: bool, asks_problem: bool) -> str | None:
    """'problem' when the question asks whether a problem is so (a fault found answers yes), 'good' when it
    asks whether a good state is so (a fault found answers no), None when the words do not say."""
    if asks_ok or enough:
        return "good"
    if asks_problem or complaint is not None or PROBLEM_WORD.search(text):
        return "problem"
    return None


_NEGATION = (
    r"not|isn'?t|aren'?t|ain'?t|aint|doesn'?t|don'?t|didn'?t|wasn'?t|weren'?t|can'?t|cannot|won'?t|never"
)
_NEGATED_ENOUGH = re.compile(rf"\b({_NEGATION})\b[^.?!,;]{{0,30}}\benough\b", re.IGNORECASE)
"""'kick ain't hitting hard enough', 'the vocal is not loud enough?': a lack said, not a good state asked after."""
_CLAUSE_OPENING = re.compile(r"(^|[.?!,;]\s*)(so |ok |and |but )?$", re.IGNORECASE)


def asks_enough(text: str) -> bool:
    """True when ``text`` asks whether a part is enough of something ("is the bass loud enough?"), so a fault found
    means no; False when "enough" is negated in a statement of lack ("kick ain't hitting hard enough imo, louder?"),
    where a fault found means yes. A clause opening on "isn't/doesn't ..." still asks after the good state."""
    # "i thought it was barely loud enough lol, ur sure its too loud?": the asker's belief, then the question
    text = BELIEF.sub("", text)
    if not re.search(r"\benough\b", text, re.IGNORECASE):
        return False
    return not any(
        not (m.group(1).lower() != "not" and _CLAUSE_OPENING.search(text[: m.start()]))
        for m in _NEGATED_ENOUGH.finditer(text)
    )
