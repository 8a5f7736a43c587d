"""Which way a question says something is off: too little ('lack') or too much ('excess'). Amateurs say it of
the whole mix in words no complaint pattern names ("does it feel kinda empty?", "too busy right?"); a part too
quiet to be felt is what makes a mix empty, a part too loud what crowds it. A leaf: the question reader and the
verdict check both use it."""

from __future__ import annotations

import re
from collections.abc import Callable

LACK_COMPLAINTS = frozenset({"quiet", "punch", "thin", "dull", "small"})
"""Complaints of too little: a part measured too quiet supports them."""
EXCESS_COMPLAINTS = frozenset({"loud", "clash", "muddy", "boomy", "harsh"})
"""Complaints of too much: a part measured too loud supports them."""
_NO_BED = (
    r"\bno (cushion|bed|padding|support|foundation|body|bottom|pad) (under|underneath|beneath|behind|around)"
)
"""Nothing under a part ("no cushion under her voice"): a lack, with the part only where it is heard."""
LACK_WORDS = re.compile(
    r"\b(empty|hollow|sparse|bare|barren|threadbare|skeletal|skeleton|stripped)\b|"
    # "something feels missing in the middle", "like a hole between the gtrs": a part not there
    r"\bsomething('s| is)? (feels |seems |sounds |is )?missing\b|"
    # "like theres no cushion under her voice": nothing under a part, a bed missing
    rf"{_NO_BED}\b|"
    # "punching a hole in everything" is a part too loud, not a gap
    r"(?<!punch )(?<!punches )(?<!punching )(?<!punched )(?<!blow )(?<!blows )(?<!blowing )\b(a|big|huge) (hole|gap)\b",
    re.IGNORECASE,
)
"""The whole mix said to have too little in it."""
HEARD_ONLY = re.compile(
    r"\b(just|only|nothing but) (my |the |a |an |our )?[\w'-]+( [\w'-]+)? (and|n|&|plus|with) (my |the |a |an |our )?"
    r"[\w'-]+|\b(hole|gap|space|nothing) (between|in between|under|beneath|around) (the |my |our )?[\w'-]+"
    r"( (and|n|&) (the |my |our )?[\w'-]+)?|"
    rf"{_NO_BED} (the |my |our |her |his |their )?[\w'-]+",
    re.IGNORECASE,
)
"""Beside a lack claim, the parts said to be all there is ("like its just my voice n a fiddle") or where the hole
is ("a hole between the gtrs"): what the asker hears around the gap, not the parts asked about."""
EXCESS_WORDS = re.compile(
    r"\b(busy|cluttered|clutter|packed|dense|crammed|(over)?crowded|too full|chaotic|soupy|(a |like )soup|congested|"
    r"overstuffed|jammed)\b",
    re.IGNORECASE,
)
"""The whole mix said to have too much in it."""


def mix_claim(question: str) -> str | None:
    """'lack' or 'excess' when ``question`` says the mix has too little or too much in it, in whole-mix words."""
    if LACK_WORDS.search(question):
        return "lack"
    if EXCESS_WORDS.search(question):
        return "excess"
    return None


def claim_side(question: str, complaint: str | None) -> str | None:
    """'lack' or 'excess': which way the question says something is off; None when it says neither."""
    said = mix_claim(question)
    # "the left side feels kinda empty. is the right gtr set way louder?": a level asked of a part is the claim
    # put to the check, the whole-mix word beside it only what the asker hears around it
    if (
        said is not None
        and not (complaint == "loud" and said == "lack")
        and not (complaint == "quiet" and said == "excess")
    ):
        return said
    if complaint in LACK_COMPLAINTS:
        return "lack"
    if complaint in EXCESS_COMPLAINTS:
        return "excess"
    return None


DENIED_ALTERNATIVE = re.compile(
    r",?\s*\b(and |but )?not (the|my|our|your|his|her|their|a|an|that|this) [^,.;?!]*", re.IGNORECASE
)
"""'its my vox being too loud, not the band being too quiet': the alternative the asker rules out, not the claim."""
SECOND_SUBJECT = re.compile(
    r",?\s*\bor (is|are|was|were|does|do|has|have) (the|my|our|your|that|this|these|those) [^,.;?!]*|"
    # "is the guitar masking me or should i just turn myself up?": the asker's own part, the second subject
    r",?\s*\bor (should|do|can|would|will|must) i (just |simply )?(need to |have to |gotta )?"
    r"(turn|bring|push|raise|boost|crank|lift) (myself|me|my (own )?\w+)\b[^,.;?!]*|"
    # "is my acoustic sitting on my singing, or do i just need to belt it louder when i record": the take offered
    r",?\s*\bor (should|do|can|would|will|must) i (just |simply )?(need to |have to |gotta )?"
    r"(belt|sing|play|push|record|track|perform)\b[^,.;?!]*",
    re.IGNORECASE,
)
"""'is the piano stepping on the fiddle or is the fiddle just too quiet': the second half of an either/or about a
subject of its own. When the first half says one part covers the other, that clash is the question (the clash
answer says which of the two is off); the second half's "too quiet" would turn it into a verdict on the first."""


NEGATED = re.compile(
    r"(\b(not|rather than|instead of|isnt|arent|wasnt|aint)\b|n't\b|n’t\b)[^,.;:?!]{0,40}?\btoo\s+\w+|"
    r"\bnot\s+(the |my |our )?[\w' -]{1,25}?\s+(being|sounding|that'?s|is|are)\s+[\w ]{0,12}?\b"
    r"(quiet|soft|low|buried|loud|hot|muddy|harsh|thin|boomy|dull)\b",
    re.IGNORECASE,
)
"""A clause that rules a claim out ("not the band being too quiet", "rather than too loud", "isn't too quiet"),
wherever it sits; a contraction ("isn't", "isnt") rules out as "not" does."""


BELIEF = re.compile(
    r"\bi (thought|figured|assumed|reckoned|was sure)\b[^?.!,;]*[,;.!]+(?=[^?]*\w[^?]*\?)", re.IGNORECASE
)
"""A belief the asker held, closed before the question that follows it ("i thought it was barely loud enough lol,
ur sure its too loud?"): what they thought, not what they ask."""


def first_claim(find: Callable[[str], str | None]) -> Callable[[str], str | None]:
    """``find`` (a complaint reader) applied to what the question claims: without the alternative it rules out
    (when what is left names a complaint itself), and a clash before an either/or's second subject.

    One rule for both shapes of a ruled-out claim: a trailing "not the/my ..." clause (``DENIED_ALTERNATIVE``) and
    a negated claim anywhere ("not too quiet, too loud", ``NEGATED``): the complaint its word list finds first
    (quiet comes before loud there) is not taken from a clause the asker negates when the rest names one."""

    def claimed(text: str) -> str | None:
        asked = BELIEF.sub("", text).strip()
        if asked != text.strip() and (said := find(asked)) is not None:
            return said  # "i thought it was barely loud enough, ur sure its too loud?": too loud is the claim
        kept = DENIED_ALTERNATIVE.sub("", text).strip()
        head = SECOND_SUBJECT.sub("", kept).strip()
        if head != kept and find(head) == "clash":
            return "clash"  # one part covering another answers both halves: which of the two is off
        if kept != text.strip() and kept and (said := find(kept)) is not None:
            return said
        said = find(text)
        spans = [m.group(0) for m in NEGATED.finditer(text)]
        if said is not None and any(find(span) == said for span in spans):
            made = find(NEGATED.sub(" ", text))
            return made if made is not None else said
        return said

    return claimed
