"""Where a verdict word may stand, and how the words after it are written. An engineer says "Yes:" or "No:" once,
as the answer's first word; after a denial ("Not the loudness: ...") what follows is "what is off", never a
second verdict in the middle of the answer. After a verdict's colon the sentence goes on in lower case unless
its first word keeps a capital (a quoted track, an abbreviation such as LUFS or EQ, "I", a product name)."""

from __future__ import annotations

import re

from model.intent import Intent, Wants
from model.intent_open import open_question
from model.intent_wish import wish
from model.intent_yes_no import takes_yes_no
from model.phrasing import Answer, capital

MID_VERDICT = re.compile(r"(?<=[.!?:;] )(Yes|No)(, one thing)?: (?=\S)")
"""A bare verdict standing after the answer's first words ("... for streaming. Yes: 'Drums' ...")."""
DENIAL = re.compile(r"^(Not|No|Nothing|None|Neither|It isn't|It's not|It is not|That isn't|That's not)\b")
"""An opening that says what it is not; what follows it is the thing that is."""
VERDICT_COLON = re.compile(
    r"^(Yes|No|Not quite|Not really|A little|Maybe|Possibly|Mostly|It's fine)(, [^:]{1,30})?: (?P<word>[A-Z][\w'-]*)"
)
ANY_VERDICT = re.compile(r"^(Yes|No|It's fine|Possibly|Maybe|One thing|Mostly fine, one thing)\s*:\s+(?=\S)")
"""A verdict opening a path wrote on its own; a wish, an open question or a plain statement takes none."""
ASKING = re.compile(
    r"\b(is|are|does|do|did|was|were|am|should|could|would|can|isn'?t|aren'?t|doesn'?t)\s+(it|this|that|they|there|"
    r"the|my|i|we|you|u|he|she|his|her|their|everything|anything|something)\b|"
    r"\b(right|yeah|no|huh|eh|ok|okay|too \w+|enough)\s*\W*$|"
    r"^\s*(so |ok |and |but )?(what|whats|what's|how|hows|how's|which|where|why|who|thoughts|opinion)\b",
    re.IGNORECASE,
)
"""A yes/no asked anywhere in words with no question mark ("that shaker is annoying is it too loud", "... right"),
or a question word first ("what about the horns"): a question, not a plain statement."""
BARE_VERDICT = re.compile(r"^(Yes|No):\s+(?=\S)")

KEEPS_CAPITAL = frozenset(
    {"I", "I'd", "I'm", "I've", "I'll", "REAPER", "MixologyDB", "Spotify", "YouTube", "Apple"}
)


def _keeps_capital(word: str, names: set[str]) -> bool:
    bare = word.rstrip("'s")
    return word.isupper() or bare.isupper() or word in KEEPS_CAPITAL or word in names or bare in names


def _asks_no_verdict(intent: Intent) -> re.Pattern[str] | None:
    """The openings ``intent`` takes none of: every verdict for a wish or an open question after a statement
    ("make the sax warmer", "sounds thin, what am I missing?"); a bare yes/no for a statement with no question
    in it ("my track feels weak next to my reference")."""
    q = intent.question
    if intent.should or intent.asks_raise or intent.tag or intent.wants not in (Wants.HOW_TO, Wants.JUDGE):
        return None
    if takes_yes_no(q, intent.tag):
        return None
    if intent.wants == Wants.HOW_TO and (wish(q) or open_question(q)):
        return ANY_VERDICT
    plain = not (intent.asks_ok or intent.asks_problem or intent.enough or ASKING.search(q))
    if intent.wants == Wants.JUDGE and "?" not in q and plain and not wish(q):
        return BARE_VERDICT
    return None


def placed_verdict(
    ans: Answer, track_names: frozenset[str] | set[str] = frozenset(), intent: Intent | None = None
) -> Answer:
    """``ans`` with a verdict word only at its opening (none where nothing asked for one), and the word after a
    verdict's colon in lower case."""
    text = ans.text
    unasked = _asks_no_verdict(intent) if intent is not None else None
    if unasked is not None and (v := unasked.match(text)) is not None:
        text = capital(text[v.end() :])
    m = MID_VERDICT.search(text)
    while m is not None and m.start() > 0:
        after = text[m.end() :]
        lead = "What is off: " if DENIAL.match(text) and m.group(1) == "Yes" else ""
        rest = after if lead or after[:1] == "'" else after[:1].upper() + after[1:]
        text = text[: m.start()] + lead + rest
        m = MID_VERDICT.search(text, m.start() + 1)
    words = {w for name in track_names for w in name.split()}
    c = VERDICT_COLON.match(text)
    if c is not None and not _keeps_capital(c.group("word"), words):
        at = c.start("word")
        text = text[:at] + text[at].lower() + text[at + 1 :]
    ans.text = text
    return ans
