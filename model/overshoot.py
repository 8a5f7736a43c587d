"""A level move said to have gone too far ("did the vocal go too far", "has the bass gone too far", "the vocal was
turned down too much", "vocal's been pushed too hard"): with or without a question mark, the asker wants to know
whether the part now sits wrong, so the answer opens with a yes or no on that, not with a move alone. Said with
no direction ("go too far") it still asks whether the part is off; the direction, when said, stays the
complaint's. Word families (a verb of moving, "too far/much/hard"), so a new verb of the same kind is one word."""

from __future__ import annotations

import re

MOVED = (
    r"go|goes|going|gone|went|got|get|gotten|been|turn(?:ed)?|pull(?:ed)?|push(?:ed)?|brought|bring|tak(?:en|e)|"
    r"took|cut|cutting|trimm?(?:ed)?|dropp?(?:ed)?|crank(?:ed)?|boost(?:ed)?|lower(?:ed)?|rais(?:ed|e)|dipp?(?:ed)?|nudg(?:ed|e)|bump(?:ed)?|"
    r"shov(?:ed|e)|jack(?:ed)?|slamm?(?:ed)?|yank(?:ed)?|drag(?:ged)?|sunk|sank|knock(?:ed)?|tuck(?:ed)?"
)
"""Verbs a fader move is said with."""

OVERSHOT = re.compile(
    rf"\b(?:{MOVED})\b(?: [\w']+){{0,3}}? (?:way |a bit |a little |just |slightly |kinda )?too (?:far|much|hard)\b"
    r"(?! (?:left|right|back|out|apart|wide|of|on|in|low|bass|mud|boom|top|high|fizz|buzz|reverb|eq|compression)\b)",
    re.IGNORECASE,
)
"""A move said to have overshot: "went up too much", "been pushed too hard", "go too far"; not a pan ("too far
left") nor a tone ("too much low end")."""


SPOILED = r"wreck|ruin|botch|screw|mess|trash|break|broke"
"""Verb stems for a move that spoiled the part ("did i wreck it?", "have i messed it up"): an overshoot in other
words (never "kill", whose "killed it" is praise)."""

SUNK = (
    r"\b(did|have|'ve) (i|we) (just |now )?(bur(y|ied)|sunk|sink|sank|lose|lost|drown(ed)?|smother(ed)?) "
    r"(it|them|em|'em|(the|my) [\w' -]{1,20}?)( now| too far| completely)?\s*\?*\s*$"
)
"""A cut feared to have sunk the part ("did i bury it?", "have i lost the pad now"): the way down's overshoot."""

OVERSHOT_WORD = re.compile(
    r"\bover-?(shoot|shot|shooting|do|did|doing|done|cook(ed|ing)?)\b(?! (the |my )?(reverb|verb|delay|eq|comp\w*|"
    r"saturation|de-?ess\w*)\b)|\b(went|go|gone|going) overboard\b|"
    # "did i wreck it?", "have i messed it up": the move spoiled the part, as an overshoot does
    rf"\b(did|have|'ve) (i|we) (just )?({SPOILED})\w*( it| that| things| everything| the mix)?"
    r"( up)?\s*\?*\s*$|"
    # "did i bury it?", "have i lost it now": a cut that sank the part, the way down's overshoot
    rf"{SUNK}",
    re.IGNORECASE,
)
"""A move said in one word to have gone too far ("did i overshoot?", "overdid it?", "went overboard", "did i wreck it?",
"did i bury it?"); an effect
overdone ("overdid the reverb") is that effect's amount, not a level move."""


TOO_MUCH_AFTER = re.compile(
    rf"\b(?:{MOVED})\b[^?.;]*[,;.]\s*(?:so |ok |and )?(?:(?:is )?(?:it|that|this|they) (?:is |are )?|it'?s |"
    r"that'?s |thats )?(?:way |a bit |a little |kinda |now )?(?:too (?:much|far)|overkill|overboard)(?: now)?\s*\?*\s*$",
    re.IGNORECASE,
)
"""A move told, then "too much now?" as its own clause ("cranked the vox, too much now?"): whether it overshot."""


def said_overshot(text: str) -> bool:
    """True when ``text`` says (or asks whether) a level move went too far."""
    return (
        OVERSHOT.search(text) is not None
        or TOO_MUCH_AFTER.search(text) is not None
        or said_overshot_as_noun(text)
        or OVERSHOT_WORD.search(text) is not None
    )


_CUT_VERB = r"cut|cutting|dropp?(?:ed|ing)?|lower(?:ed|ing)?|dipp?(?:ed|ing)?|trimm?(?:ed|ing)?"
"""Verbs that lower a part's level on their own ("cut the horns", "dropped the organ")."""
_NOT_LEVEL = (
    r"(?! (?:left|right|back|out|apart|wide|of|on|in|low|bass|mud|boom|top|high|fizz|buzz|reverb|eq|\d+k?|mids?|"
    r"highs|lows|air|presence)\b)"
)
OVERSHOT_NOUN = re.compile(
    r"\btoo (?:much|big|large|deep|heavy|hard|steep) (?:of )?an? (?:cut|drop|dip|trim|boost|push|bump|raise|lift|"
    r"jump|move|change|nudge|shove)\b|\bover-?(?:cut|boost(?:ed)?)\b",
    re.IGNORECASE,
)
"""A move said as a noun to have overshot: "too much of a cut", "too big a drop", "overcut the horns"."""
CUT_TOO_FAR = (
    rf"\b(?:{_CUT_VERB})\b(?! through| thru)(?: [\w']+){{0,3}}? (?:way |a bit |a little |just |slightly |kinda )?too (?:far|much|hard)\b"
    rf"{_NOT_LEVEL}|\btoo (?:much|big|large|deep|heavy|hard|steep) (?:of )?an? (?:cut|drop|dip|trim)\b|\bover-?cut\b"
)
"""A cut said to have overshot ("did i cut the horns too much", "too big a drop", "overcut"): the part now sits too
low, the same complaint as "pulled it down too far" (never "too loud" for its "too much")."""


def said_overshot_as_noun(text: str) -> bool:
    """True when ``text`` says a move overshot in a noun's words ("too much of a cut", "too big a boost")."""
    return OVERSHOT_NOUN.search(text) is not None
