""" "R they too loud or is it just my crappy car speakers?": a claim on a part with the playback offered as the
other cause, answered no.

Why: the track route's "No: nothing I measured says 'Horns' is too loud." denied the claim and left the other half
of the question (the car) unsaid. An engineer who finds nothing off in the mix says the playback is then the likelier
cause, and how to tell: the same clip on speakers you know well, at a moderate level.
"""

from __future__ import annotations

import re
from dataclasses import replace

from model.focus import Focus
from model.phrasing import Answer

GEAR_OFFERED = re.compile(
    r"\bor (is (it|that|this) |it'?s |maybe (it'?s )?|could it be )?(just |only |all )?((?P<whose>my|the|his|her|their) "
    r"((?!(car|phone|laptop)\b)\w+ )?"
    r"(?P<gear>car( stereo| speakers?)?|speakers?|headphones?|monitors?|cans|earbuds|laptop( speakers?)?|"
    # "or is that just his sub": a friend's subwoofer or sound system, the playback too
    r"phone( speakers?)?|stereo|sub|subwoofer|sound ?system|system|pa|soundbar)|"
    # "or is that just laptops": the kind of playback, said in general
    r"(?P<kind>laptops|phones|earbuds|airpods|car speakers|cheap speakers|small speakers))\b",
    re.IGNORECASE,
)
"""The playback offered after "or" as the other cause ("or is it just my crappy car speakers")."""
_DENIED = re.compile(r"^No: nothing I measured says (?P<what>[^.]+)\.")
CHECK = "Check the same clip on speakers or earbuds you know well, at a moderate level."


def gear_tail(focus: Focus, ans: Answer) -> Answer:
    """``ans`` with the playback named as the likelier cause when the question offered it against a claim the
    answer denies with nothing measured off; ``ans`` otherwise."""
    offered = GEAR_OFFERED.search(focus.intent.question)
    denied = _DENIED.match(ans.text)
    if offered is None or denied is None or ans.moves or (ans.first is not None and ans.first.is_problem):
        return ans
    if offered.group("kind"):
        said = f"the {offered.group('kind').lower()}"  # "or is that just laptops": the playback in general
    else:
        whose = offered.group("whose").lower()
        said = f"{whose if whose in ('his', 'her', 'their') else 'your'} {offered.group('gear').lower()}"
    head = f"No: nothing I measured says {denied.group('what')}, so it's more likely {said}. {CHECK}"
    return replace(ans, text=f"{head}{ans.text[denied.end() :]}")
