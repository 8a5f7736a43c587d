"""Which side of a whole-mix question is the fault: "does it sound cheap?" asks after a fault (a no when nothing is
off), "does the groove feel empty?" names a bad state, and "pro or still kinda amateur?" offers a good state and a
fault as the two sides, where the no-fault answer names the good one. Kept on their own, with no model imports, so
that the lean answers (``model.lean_only``), the orchestrator and ``model.lean_verdict`` read them alike."""

from __future__ import annotations

import re

FAULT_SIDE = re.compile(
    r"\b(wrong|off|problems?|issues?|stick(s|ing)? out|stands? out|poking out|bug(s|ging)? you|bother\w*|"
    r"need(s)? (more |any more |much more |extra )?(work|fixing|changes|tweaking)|to fix|fix anything|mess|"
    r"wince|cring\w*|flinch|grimace|rais\w* (an |his |her |their )?eyebrows?|annoy\w*|"
    # "anything a mastering engineer would flag?", "any red flags?"
    r"(get |be )?flag(ged|s)?|red flags?)\b|"
    # "is there a spot to scoop?", "anywhere i should cut?": a cut asked for, so nothing off is a no
    r"\b(is there|are there|any) (a |an |any )?(spots?|places?|frequenc(y|ies)|freqs?|areas?|ranges?|bands?)\b[^?.!]{0,20}"
    r"\b(scoop|cut|dip|notch|carve|tame)\b|\b(anywhere|anything) (i |we )?(should |need to |ought to |to |worth )"
    r"(scoop|cut|dip|notch|carve)\w*\b|"
    # "would you touch anything before it goes out?": a change asked for, so nothing off ("anything you'd change?"
    # is a what-first, answered "nothing needs changing")
    r"\b((would|will|should|do) (you|u|ya|i|we) (\w+ )?|(you|u|ya)'?d )(touch|change|tweak|fix|adjust|alter) "
    r"(anything|something|a thing)\b|"
    # "does this sound like it was mixed in a bedroom?", "does it sound cheap?", "does it still scream home
    # studio?": an amateur sound asked about
    r"\b(sound|sounds|feel|feels|come across|comes across|scream|screams|shout|shouts|smell|smells|reek|reeks)"
    r"( \w+)? (cheap|amateur\w*|unprofessional|home-?made|diy|home[- ]?(studio|recording|recorded)|bedroom|"
    r"low[- ]?budget|lo-?fi|"
    r"like (a|an) ([\w-]+ ){0,2}demo)\b|\b(mixed|made|done|recorded) (in|on) (a |my |the |someone'?s )?(bedroom|basement|closet|laptop)\b|"
    # "bedroom demo tier", "demo quality": a rank below a release
    r"\b(bedroom|demo|amateur)[ -](tier|quality|level|grade)\b",
    re.IGNORECASE,
)
"""The question asks whether something is wrong: the no-fault answer to it is a no ("No, nothing needs
fixing"); otherwise it asks whether the mix is good or done, and the no-fault answer is a yes."""


BAD_STATE = re.compile(
    r"\b(empty|hollow|thin|weak|flat|dead|lifeless|boring|muddy|harsh|dull|small|cheap|amateur\w*|bad|messy|"
    r"cluttered|lacking|missing|lost|buried|sterile|lame)\b",
    re.IGNORECASE,
)
"""A bad state in the same question ("does the groove feel empty?"): a yes/no about a problem, not a good state."""


UNDONE = re.compile(r"\b(demo|unfinished|rough|sketch|wip|work in progress)\b", re.IGNORECASE)
"""A mix not finished yet, offered after a good side ("finished or a demo?"); no fault asked after by itself."""
GOOD_FIRST = re.compile(
    r"\b(?P<good>pro|professional|polished|finished|legit|release[- ]ready|radio[- ]ready|expensive|good|decent)\b"
    r"[^?.]{0,20}\bor\b(?P<bad>[^?.]{0,30})",
    re.IGNORECASE,
)
"""A good state and a fault offered as the two sides ("does my mix sound pro or still kinda amateur"): the no-fault
answer names the good side, since neither "Yes" nor "No" says which."""


def good_first(question: str) -> str | None:
    """The good side of a "pro or amateur?" either/or, as said; None for any other question."""
    m = GOOD_FIRST.search(question)
    if m is None or not (
        FAULT_SIDE.search(m["bad"]) or BAD_STATE.search(m["bad"]) or UNDONE.search(m["bad"])
    ):
        return None
    return m["good"].lower()
