"""The answer's first words answer the question's FORM. An either/or between a good state and a problem ("snare
level ok or should it be louder", "cranked the rhodes, better or did i overdo it") is answered with the
alternative measured, not a yes or no that leaves the asker to work out which side it meant."""

from __future__ import annotations

import re

from companion.context import FindingKind
from model.intent_forms import OR_FINE_TAIL
from model.intent_lead import either_state
from model.phrasing import Answer

OVERDONE = re.compile(
    r"\b(overd(o|id|one)\w*|overcook\w*|overshot|overboard|too (far|much))\b", re.IGNORECASE
)
"""The problem side said as going too far: a fault found is that they overdid it."""

MOVE_MADE = re.compile(
    r"\b(did|have|'ve|had) (i|we)\b|\b(i|we|just|already)\s+(\w+ed|took|put|set|made|brought|gave|rode)\b|"
    r"^\W*(\w+ed|took|put|brought|gave|rode)\b",
    re.IGNORECASE,
)
"""A move said as made ("cranked the snare, ...", "did i go too far"): too far is then what they did."""
BAD = re.compile(r"(a |is it )?bad( thing| idea| sign)?", re.IGNORECASE)
"""The problem side said as just "bad": its answer says "Bad"."""
_VERDICT = re.compile(
    r"^(Yes|No|A little|Maybe|Not quite|Not really|One thing|It's fine|Mostly fine, one thing|Possibly|"
    r"No, the opposite)\s*: "
)
"""The yes/no openings the judge answers use, which an either/or answer replaces (a longer opening, such as
"Yes, it's fine itself:", already says which side)."""


def answer_the_alternative(question: str, ans: Answer) -> Answer:
    """``ans`` opened with the alternative it found: the good state when it recommends no move, else the
    problem side, named in its direction (too loud, too quiet, overdone)."""
    m = either_state(question)
    v = _VERDICT.match(ans.text)
    if m is None or v is None:
        return ans
    body = ans.text[v.end() :]
    better = m.group("good").lower() == "better"
    if not ans.moves or ans.first is None:
        # no move, or only a habit offered with nothing measured ("they share the range ... still, the classic
        # fix"): the good state holds
        head = "Yes, it's better:" if better else "It's fine:"
    elif (over := OVERDONE.search(m.group("bad"))) and not _first_quiet(ans):
        # "hats ok or too much?" names no move made: "Too much:"; "better or did i overdo it?" does
        plain = re.fullmatch(r"too (much|far)", over.group(0), re.IGNORECASE) and not MOVE_MADE.search(
            question
        )
        head = f"{over.group(0).capitalize()}:" if plain else "No, you overdid it:"
    elif ans.first is not None and ans.first.kind in (
        FindingKind.TRACK_TOO_LOUD,
        FindingKind.TRACK_TOO_QUIET,
    ):
        way = "loud" if ans.first.kind is FindingKind.TRACK_TOO_LOUD else "quiet"
        # "good or bad?" takes "Bad", not a no to a yes nobody asked
        head = f"{'Bad' if BAD.fullmatch(m.group('bad').strip()) else 'No'}, it's too {way}:"
    else:
        head = "Not quite:"
    ans.text = f"{head} {body}"
    return ans


def fine_side_named(question: str, ans: Answer) -> Answer:
    """ "does the rhodes want lifting or is it sitting where it should" with nothing to move: "No, it's fine:", the
    side measured named, not a bare "No:" that could deny either half; ``ans`` otherwise."""
    if OR_FINE_TAIL.search(question) is None or ans.moves or ans.first is not None:
        return ans
    for said in ("No: ", "Yes: "):  # a yes there says the fine side, a no the other: both are "it's fine"
        if ans.text.startswith(said):
            return Answer(
                f"{'No, it' if said == 'No: ' else 'It'}'s fine: {ans.text.removeprefix(said)}", [], None
            )
    return ans


def _first_quiet(ans: Answer) -> bool:
    """True when the answer leads with a part too quiet: "too much?" or "overdone?" of it is the wrong way."""
    return ans.first is not None and ans.first.kind is FindingKind.TRACK_TOO_QUIET
