"""Whose quiet a "quiet" complaint is. "Is the guitar making my vocal hard to hear?" and "why do the words get
lost when the strumming kicks in?" ask about a part too loud for another: with the guitar measured too loud and
covering the vocal, the answer is yes (its level is what hides the vocal), not "no, the opposite" as for "is the
guitar too quiet?", where the quiet is the guitar's own."""

from __future__ import annotations

import re

from model.intent import HEAR_IT, Intent

WORDS = re.compile(r"\b(words|lyrics)\b", re.IGNORECASE)
"""The sung words: the lead vocal's, never the part asked about."""
VOICE_NAMED = re.compile(r"\b(vocals?|vox|voice|singer|singing)\b", re.IGNORECASE)
"""The voice named in its own word beside the words ("can't make out the words, boost the highs on the vocal?"):
that question keeps the reading it had; only the words or lyrics alone are the vocal's own quiet."""
OWN_QUIET = re.compile(r"\btoo (quiet|low|soft|weak)\b|\b(quieter|softer)\b|\b(turn|push|bring|raise|ride|lift|bump|nudge|crank)\w* (\w+ ){0,3}up\b|"
                       r"\b(is|are|'s|'re) (it|she|he|they|that|this|(my|the|our|her|his) [\w'-]+) (\w+ )?loud enough\b|"
                       r"\b(should|could|would|must|need|needs|do|does)\b[^,.?!]{0,25}\b(be|get|go|come|sound) louder\b|"
                       # "does it want lifting or is it sitting where it should": a raise asked of the part itself
                       r"\b(want|wants|need|needs)( a| some)? (lift|lifting|boost|boosting|bump|push|pushing|nudge|nudging)\b",
                       re.IGNORECASE)  # fmt: skip
"""The part itself said to be too quiet ("the words get lost, is the guitar too quiet?", "feels polite next to the
kick, should it be louder?", "faint behind the strings, does it want lifting?"): its own quiet."""
OWN_LOUD = re.compile(r"\btoo (loud|hot|much|strong|up)\b|\b(louder|overpower\w*|drowns|drowning|buries|burying)\b",
                      re.IGNORECASE)  # fmt: skip
"""The part itself said to be too loud, or to hide the other (active: "drowning", "buries"): the loud side of the
same relation; "the vocal's buried" / "drowned" is the quiet side, said of the other part."""


def own_heard(intent: Intent) -> bool:
    """The first clause asks whether the first-named part is heard at all, and names no other part ("does the organ
    even make it through? i only notice it when the guitars drop out"): the quiet is that part's own; the later
    part is where it gets lost, not a part it is suspected of covering."""
    first = re.split(r"[?!.;]", intent.question, maxsplit=1)[0]
    if not intent.mentions or not HEAR_IT.search(first):
        return False
    return [m for m in intent.mentions if re.search(rf"\b{re.escape(m)}\b", first, re.IGNORECASE)] == [
        intent.mentions[0]
    ]


def quiet_of_other(intent: Intent) -> bool:
    """True when the question's quiet complaint is of another part than the one measured too loud: a second part
    named, or the words, and the part itself not said to be too quiet. The words with the vocal the only part
    ("can't make out the lyrics") are the vocal's own quiet: no other part is suspected."""
    if OWN_QUIET.search(intent.question) or own_heard(intent):
        return False
    own_words = intent.instruments == ("vocal",) and not VOICE_NAMED.search(intent.question)
    # "is the piano too far down? the chords r there when i solo them": the chords are the piano's own, not a
    # second part (the harmony parts' word beside one keys or guitar part names that part again)
    parts = [i for i in intent.instruments if i != "chords"] or list(intent.instruments)
    return len(parts) >= 2 or (WORDS.search(intent.question) is not None and not own_words)


def own_complaint(intent: Intent, complaint: str | None) -> str | None:
    """The complaint as it bears on the part measured: "is the guitar too loud, I can't hear the words" claims the
    guitar too loud (the words' loss is the reason), so "loud", not the "quiet" the words gave the question. With a
    second part named ("is the rhodes too loud, is that why i can't hear the singer") the quiet stays: the guessed
    part's route weighs both (``model.guessed_part``) and names the singer when the singer is the one off."""
    if complaint != "quiet" or not OWN_LOUD.search(intent.question) or not quiet_of_other(intent):
        return complaint
    if len(intent.instruments) < 2 and WORDS.search(intent.question) is not None:
        return "loud"
    return complaint


def hides_other(intent: Intent, complaint: str | None) -> bool:
    """The question is about what a part hides ("the words get lost when the strumming kicks in", "is the guitar
    too loud, I can't hear the words"): a part measured too loud and covering another says the masking as why."""
    return complaint in ("quiet", "clash") or quiet_of_other(intent)


def cleared(intent: Intent, complaint: str | None) -> str | None:
    """The complaint a part is cleared of when another part is what's off: "words get lost when the fiddle comes
    in" suspects the fiddle of being too loud for the words, so "nothing says 'Fiddle' is too loud", not "too low"
    (the words' quiet is the vocal's, not the fiddle's)."""
    return "loud" if complaint == "quiet" and quiet_of_other(intent) else complaint
