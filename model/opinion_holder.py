"""People an amateur quotes ("my cousin says the levels r all over the place", "the producer says it sounds fine",
"my gf thinks the vocal is too loud"): whose opinion it is, never a part of the mix, so a question opening on one is
not a part the advisor "can't match" and is judged on what the person said.
"""

from __future__ import annotations

import re

PEOPLE = frozenset((
    "cousin", "cousins", "friend", "friends", "mate", "mates", "buddy", "buddies", "bro", "bros", "homie", "homies",
    "pal", "pals", "gf", "bf", "girlfriend", "boyfriend", "wife", "husband", "partner", "missus", "fiance", "fiancee",
    "mom", "mum", "mother", "dad", "father", "parents", "brother", "sister", "sis", "son", "daughter", "kid", "kids",
    "uncle", "aunt", "auntie", "grandma", "grandpa", "nan", "family", "roommate", "roomie", "flatmate", "housemate",
    "neighbour", "neighbor", "coworker", "colleague", "boss", "teacher", "tutor", "professor", "prof", "instructor",
    "mentor", "coach", "classmate", "classmates", "bandmate", "bandmates", "band", "producer", "engineer", "manager",
    "label", "client", "clients", "artist", "fans", "listeners", "audience", "people", "everyone", "everybody",
    "someone", "somebody", "guy", "guys", "dude", "dudes", "girl", "lady", "folks", "crew", "team",
    # the band's players: "the bassist says hes too quiet" quotes a person about their own part
    "bassist", "drummer", "guitarist", "pianist", "keyboardist", "vocalist", "singer", "saxophonist", "trumpeter",
))  # fmt: skip
"""Who may be quoted: family, friends, teachers, the band and the people paid to hear it."""

_QUOTES = re.compile(
    r"\b(?P<who>[a-z]+)(?:'s)?\s+(?:(?:also|kinda|kind of|really|just|keeps?|even)\s+)?"
    r"(?:says?|said|saying|thinks?|thought|reckons?|reckoned|told me|tells me|feels?|felt|claims?|claimed|"
    r"swears?|insists?|reckon|goes|went|mentioned|noticed|complained|complains|hates?|loves?)\b",
    re.IGNORECASE,
)


def is_person(word: str) -> bool:
    """True when ``word`` names a person whose opinion is quoted, not an instrument or a track."""
    return word.lower() in PEOPLE


def quoted_person(question: str) -> str | None:
    """The person the question quotes ("my cousin says ...": 'cousin'), or None when it quotes nobody."""
    for m in _QUOTES.finditer(question):
        if is_person(m.group("who")):
            return m.group("who").lower()
    return None
