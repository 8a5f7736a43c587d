"""Which question a message asks when it says something first and then asks yes or no.

"mix feels crowded in the middle, is it balanced overall? what would u change": a complaint said, then a yes/no
asked. An engineer answers the question asked ("is it balanced?" -> "No: 'Keys' sits level with the vocal"),
never the complaint before it ("crowded?" -> "Yes"). So when a statement comes before a yes/no clause, that
clause decides which way a fault found answers: a good state asked (balanced, ok, fine, sits right, even,
finished, ready, sorted, "good now?") means a fault found is no; a problem asked (masking, too loud, off,
missing) means it is yes. Word families on the clause's FORM (an auxiliary first, or a bare "good now?"), so a new
wording of the same shape needs no pattern of its own."""

from __future__ import annotations

import re
from collections.abc import Callable

from model.intent_verdict import asks_bad_state
from model.intent_yes_no import PROBLEM_WORD, asks_missing

_AUX = r"is|are|does|do|did|was|were|am|isn'?t|aren'?t|doesn'?t|don'?t"
_GOOD = (
    r"ok|okay|fine|good|alright|all right|balanced|even|right|finished|done|ready|sorted|solid|decent|"
    r"great|nice|normal|(?<!up )(?<!down )(?<!over )(?<!out )(?<!back )there|dial(l)?ed in|locked in|spot on|on point|good to go|where (it|they) should be"
)
"""Words for a good state, said as what the clause asks about ("is it there yet?"; "up there" is a place)."""
_TAIL = (
    r"(\s+(now|overall|yet|then|still|again|too|as well|really|tbh|imo|at all|throughout|together|in there|"
    r"across the board|enough|to (you|u|me|your ears|ur ears)|in (the|my|this|our) (whole )?(mix|song|track|tune|"
    r"chorus|verse|drop|bridge|intro|outro|context)|as (is|it is|they are)|where (it|they) (is|are|sits?)|"
    r"(level|volume|balance|tone|mix)[- ]?wise|for (a |an )?[\w-]+( (mix|song|track)s?)?"
    # "ok for a rock song where guitars lead": the genre said with why it might allow it
    r"( (where|when|with|since|that|cuz|because) [^,;.!?]{1,40})?))*"
)
"""What may follow the state word before the clause ends ("balanced overall", "ok in the mix now")."""

_CLAUSE_START = re.compile(
    rf"(?:[,;.!?]+\s*|\s(?:and|so|but|then|like|also|plus|though)\s+)(?:ok |okay |so |then |but )?(?=({_AUX})\s)",
    re.IGNORECASE,
)
"""Where a yes/no clause starts after a statement: an auxiliary first, after a break or a joining word."""
_GOOD_CLAUSE = re.compile(
    rf"^({_AUX})\b[^,;.!?]{{0,50}}?\b({_GOOD}){_TAIL}\s*$",
    re.IGNORECASE,
)
"""'is it balanced overall', 'does the vocal sit right to you', 'are the levels even': a good state asked."""
_GOOD_FRAGMENT = re.compile(
    rf"^(so |and |ok |okay |then )?((are|r) )?(we|we're|were|it|it's|its|that|that's|thats|they|they're|"
    rf"u|you|ya|everything|everythings|everything's|all|things|this|the mix|my mix|mix)?\s*"
    rf"(((sound|sounds|feel|feels|look|looks|sit|sits|sitting) )?(?!right\b)({_GOOD})|"
    rf"(sound|sounds|feel|feels|look|looks|sit|sits|sitting) right){_TAIL}\s*\?+\s*$",
    re.IGNORECASE,
)
"""'we good now?', 'good now?', 'all good?', 'sorted?': a good state asked with its verb left out, said
rising after a statement ("right?" alone is a tag or a side, read elsewhere)."""
_NOT_PLAIN = re.compile(
    r"\btoo\b|\bnot\b|\bthan\b|\bor\b|\b(ok|okay|fine|good|alright|safe) (to|if)\b|\bshould\b|\bneed",
    re.IGNORECASE,
)
"""A clause that asks more than a state ("too loud", "not balanced", "louder than", "ok to leave"): read by its
own rules, never as a plain good state."""


_AGREE = re.compile(
    r"^(is|are|am|was|were) (he|she|they|that|this|i|we|it|(my|our|the) [\w-]+) (right|correct|onto something)\b",
    re.IGNORECASE,
)
"""'is he right', 'am i right', 'is my drummer correct': whether a claim said before holds, not a part's state."""

_BREAK = re.compile(r"[,;.!]+\s*|\s(?:so|then)\s+(?=\S+\s*\S*\s*\S*\s*$)", re.IGNORECASE)
"""Where the last clause starts: a break, or a joining word before a short last clause ("..., so we good now")."""
_AUX_FIRST = re.compile(rf"\s*(so |ok |and |but )?({_AUX}|should|would|could|can|will)\b", re.IGNORECASE)
"""A question first: the message asks before it says anything."""


def asked_clause(text: str) -> str | None:
    """The last yes/no clause of ``text`` when a statement comes before it (the statement asks nothing of its
    own), else None."""
    starts = [m.end() for m in _CLAUSE_START.finditer(text)]
    if not starts:
        return None
    before = text[: starts[-1]]
    if "?" in before or _AUX_FIRST.match(before):
        return None  # a question first: two asks, each read by its own rules
    return re.split(r"[,;.!?]", text[starts[-1] :], maxsplit=1)[0].strip()


def _last_fragment(text: str) -> str | None:
    """The last clause of ``text`` when it is a bare good state said rising after a statement ("..., we good
    now?"), else None."""
    said = text.rstrip()
    if not said.endswith("?") or _AUX_FIRST.match(said):
        return None
    parts = _BREAK.split(said.rstrip("?"))
    head = said[: len(said.rstrip("?")) - len(parts[-1])]
    if len(parts) < 2 or "?" in head:
        return None
    clause = parts[-1].strip() + "?"
    return clause if _GOOD_FRAGMENT.match(clause) else None


_HEDGED = re.compile(
    r"^(but |or |though |tho |then )?((maybe|perhaps|possibly|probably|prob|kinda|kind of|sorta|just)\s+)+"
    r"((a )?(bit|hair|tad|touch|little|lil|smidge)\s+)?(too\s+)?"
    r"(loud|quiet|hot|low|soft|much|bright|harsh|muddy|boomy|thin|buried|dull)\s*\?+\s*$",
    re.IGNORECASE,
)
"""A hedged claim said rising as the last clause ("maybe a hair loud?", "kinda too quiet?")."""


def _hedged_claim(text: str) -> bool:
    """True when the last clause after a break is a hedged claim ("..., maybe a hair loud?")."""
    said = text.rstrip()
    parts = re.split(r"[,;.!]\s*", said)
    return len(parts) >= 2 and _HEDGED.match(parts[-1].strip()) is not None


def asked_side(text: str, complaint_in: Callable[[str], str | None]) -> str | None:
    """'good' when the yes/no clause after a statement asks whether something is in a good state, 'problem'
    when it asks whether something is wrong, None when ``text`` has no such clause or its words do not say.
    ``complaint_in`` reads the complaint a piece of text names."""
    fragment = _last_fragment(text)
    if fragment is not None:
        return "good"
    if _hedged_claim(text):
        return "problem"  # "hats r fine i think, maybe a hair loud?": the claim after the statement is asked
    clause = asked_clause(text)
    if clause is None or re.search(r"\benough\b", clause, re.IGNORECASE):
        return None  # "loud enough?" turns its yes/no round by a rule of its own
    if _AGREE.match(clause):
        # "my drummer says the kick is too quiet, is he right?": the claim said before is what is asked
        claimed = complaint_in(text[: text.lower().rfind(clause.lower())])
        return "problem" if claimed is not None and claimed != "balance" else None
    if _GOOD_CLAUSE.match(clause) and not _NOT_PLAIN.search(clause):
        return "good"
    named = complaint_in(clause)
    if (named is not None and named != "balance") or PROBLEM_WORD.search(clause):
        return "problem"
    if asks_missing(clause) or asks_bad_state(clause):
        return "problem"
    return None


def asked_ok(text: str, asks_ok: bool, judge: bool, complaint_in: Callable[[str], str | None]) -> bool:
    """Whether ``text`` asks about a good state, with a yes/no clause after a statement deciding it: "crowded in
    the middle, is it balanced?" asks whether it is balanced; "sounds fine, is the bass masking it?" whether
    something is wrong. ``asks_ok``: what the words said without that rule."""
    side = asked_side(text, complaint_in)
    return (side == "good" and judge) or (asks_ok and side != "problem")
