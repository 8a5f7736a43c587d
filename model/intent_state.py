"""A plain yes/no question about a part with nothing named as wrong ("are you happy with the brass?", "do you
like the pad?", "the snare, is it alright to you?") asks whether the part is in a good state: a problem found
means no. One rule on the question's FORM (an auxiliary first, or a tag), so a new wording of "is X ok?" needs no
new pattern of its own."""

from __future__ import annotations

import re

YES_NO_FORM = re.compile(
    r"^\s*(so |ok |and |but |hey |honestly )?(is|are|does|do|did|was|were|am|would|will|isn'?t|doesn'?t|aren'?t)\b|"
    r"^\s*(so |ok |and |but |hey |honestly )?(you|u|ya) (like|love|dig|rate|happy)\b",  # "you like the mix?": 'do' left out
    re.IGNORECASE,
)
GOOD_STATE = re.compile(
    r"\b(slap|slaps|bang|bangs|banger|fire|hits? (hard|different)|go(es)? hard|cook(s|ing)?|vibe?s?|legit|"
    r"sounds? (pro|professional|finished|done|radio[- ]ready)|radio[- ]ready|polished|"
    # "is it giving radio?": has the quality named, slang for a good state
    r"giving (radio|pro|studio|professional|polished|clean|expensive|commercial|album|record|label|major))\b",
    re.IGNORECASE,
)
"""Slang for a good state ("does my mix slap or nah", "it bangs, right?"): a yes/no about it asks whether it is
good, so a problem found means no (never a tag that claims a problem)."""
_NOT_STATE = re.compile(
    r"^\s*(so |and |ok |okay |but |then )?(what|how|where|why|which|who)\b(?!'?s? (it|this|that) (ok|okay|fine|good|alright)\b)|"
    r"\b(louder|quieter|softer|lower|higher) than\b|\bor\b|\bwhich\b|\bneed|\bshould\b|\bwould (a|an|some|more)\b|"
    r"\b(ok|okay|fine|alright|good|safe) (to|if)\b(?! (you|u|ya|me|my ears)\b)|"
    r"\btoo (washy|wet|reverby|verby|swimmy|roomy|cavernous|dry)\b",
    re.IGNORECASE,
)
"""A comparison, an either/or, a move or a permission ("fine to leave?") asked about, or an excess of an effect
claimed ("is the pad too washy? feels like it blurs the vocal": "like" there is no liking): a question of its own
kind, not the part's state."""


def plain_state_question(
    judge: bool,
    subject: tuple[str, ...] | bool,
    complaint: str | None,
    technique: str | None,
    text: str,
    tag: bool,
) -> bool:
    """True when ``text`` asks yes or no about named parts (or the whole mix: ``subject``) with no complaint,
    technique or move in it."""
    return (
        judge
        and (bool(subject) or GOOD_STATE.search(text) is not None)
        and complaint is None
        and technique is None
        and (tag or YES_NO_FORM.search(text) is not None or GOOD_STATE.search(text) is not None)
        and (GOOD_STATE.search(text) is not None or STATE_WORD.search(text) is not None)
        and _NOT_STATE.search(text) is None
    )


STATE_WORD = re.compile(
    # "like" as liking, never a likeness ("does the snare sound like a metal bin?")
    r"\b(ok|okay|fine|good|alright|all right|right|happy|(?<!sound )(?<!sounds )(?<!feel )(?<!feels )(?<!look )"
    r"(?<!looks )like|love|decent|great|nice|solid|balanced|works?|working|"
    r"want|ready|there|sit|sits|sitting)\b",
    re.IGNORECASE,
)
"""A word for a good state or its place ("happy with", "like", "where you'd want it", "sit"): the rule needs one, so
an adjective the vocabulary lacks ("a touch hot") is never read as "is it ok?" and answered the wrong way round."""

ANY_FAULT = re.compile(
    r"^\s*(so |ok |and |but )?(any|anything|something|see any|notice any|hear any|spot any)( (obvious|big|major|real))?"
    r" (problems?|issues?|wrong|off|weird|bad|mistakes?|(sticking|poking|jumping|popping) out)\b",
    re.IGNORECASE,
)


def as_yes_no(text: str) -> str:
    """ "any problems?", "anything wrong?": the yes/no with its verb left out, said in full ("is there anything
    wrong?"), so it is read as the question for a fault it is, not as a request too vague to answer."""
    return f"is there {text.lstrip()}" if ANY_FAULT.search(text) else text
