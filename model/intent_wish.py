"""A wish or an imperative ("make the piano warmer", "give the kick more punch", "can you get more air on the
vocal?", "I want the bass fatter") asks how to get there, not whether something is so: an engineer answers it with
the technique (and says when the part is not there), never with "Yes:", "No:" or "It's fine:" first. Read by
its form: a verb of making or giving first (after a polite lead-in), or a stated want."""

from __future__ import annotations

import re

_WISH = re.compile(
    r"^\s*(ok |so |now |hey |please |pls |plz )*"
    r"((can|could|would|will) (you|u|ya) (please |pls )?|help me |i (want|wanna|need) to |let'?s |try to |how about (we )?)?"
    r"(make|give|get|warm|brighten|fatten|thicken|widen|tighten|beef|darken|smooth|sweeten|open|glue|"
    r"add(?=[^?]*$))\b(?! (it|this|that) (sound )?(better|good|nicer|right)\W*$)"
    # "can u make out my lead line over the band?": hearing a part, asked, not a change ("make the snare stand out"
    # is one)
    r"(?! out\b)"
    # "give me your honest take on the mix": an opinion asked for, a verdict, not a change wished
    r"(?! (me |us )?(your|ur|an?|some|my) (honest |quick |overall |brutal |real |straight )?(take|verdict|opinion|"
    r"thoughts|impression|feedback|critique|review|rundown|rating)\b)"
    # "give the acoustic a once over", "give it a listen": a hearing asked for, not a change
    r"(?! (it|this|that|them|the [\w' -]{1,25}?|my [\w' -]{1,25}?) (a |an )?(quick |proper |good |honest )?"
    r"(once[- ]over|listen|look|check|spin|go|try|audition)\b)|"
    r"^\s*(ok |so |now )*i('d| would)? (want|wanna|like|need) (the |my |a |more |some |it )|"
    # "the vocal needs more presence", "kick could use more punch": a want stated of a part, no question asked
    r"^\s*(the |my |our )?[\w' -]{1,30}? (needs|could use|wants|should have) (a (bit|little|touch) )?(more|less|some)\b(?=[^?]*$)|"
    # "less boomy", "a bit less boxy pls": a bare fragment asking for the change, no question mark, no verb
    r"^\s*(ok |so |now |please |pls |plz )*((a )?(bit|little|touch|tad|lot|way|much) )?(less|more) [a-z'-]+"
    r"( (please|pls|plz))?\s*[.!]*\s*$",
    re.IGNORECASE,
)


_MOVE_ASKED = re.compile(
    r"\b(should|shall|do|can|could|would) (i|we)\b|\b(is|are) (it|that|this|there)\b|"
    r"\b(is|are) (he|she|they) (right|wrong|correct|onto something)\b|\bwho'?s right\b",
    re.I,
)
"""'vocal needs more presence. should i boost 3k': a move asked about after the wish, a yes or no; "the fiddle
player wants more of herself, is she right": the wish is a band mate's, weighed."""


_CAN_I_MAKE = re.compile(
    r"^\s*(ok |so |now |hey |and )*(can|could) (i|we) (make|get)\b(?! away\b)(?=[^?]*\b(less|more|\w{3,}er)\b)",
    re.IGNORECASE,
)
"""'can i make the vocal less harsh?', 'could we get the horns less nasal': "can I" asks how, as "how can I" does
(an engineer does not answer "No:" and stop); the auxiliary is the wish's own opening, not a move asked about."""


def wish(text: str) -> bool:
    """True when ``text`` asks for a change by its form (an imperative or a stated want), not a yes or no."""
    can = _CAN_I_MAKE.search(text)
    if can is not None:
        return _MOVE_ASKED.search(text, can.end()) is None
    return _WISH.search(text) is not None and _MOVE_ASKED.search(text) is None
