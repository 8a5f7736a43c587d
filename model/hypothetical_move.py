""" "What if I turned the pad up 3 dB, would it be too much?": a move weighed before it is made, asked as a
what-if, read as the permission it asks for ("can I turn the pad up 3 dB?").

Why: the past tense of the what-if ("turned") read as a move reported, so the answer asked for the clip before
("I don't have an earlier clip ..."), or judged the pad as it is and handed a card the other way ("If you still
hear it: bring the fader on 'Pad' down"). An engineer weighs the move asked about: how much room the part has that
way (``model.permission_move``), which is what "can I turn it up 3 dB?" already gets.
"""

from __future__ import annotations

import re


def _what_if(leads: str) -> str:
    """The what-if's opening before the move's verb: one of ``leads``, then "i" or "we" ("what if i just ...")."""
    return rf"\b(?:{leads})\s+(?:i|we)\s+(?:just\s+)?"


HYPOTHETICAL_MOVE = re.compile(
    _what_if("what if|what happens if|if|suppose|say")
    + r"(?P<verb>turn(?:ed)?|push(?:ed)?|bring|brought|raise[d]?|boost(?:ed)?|drop(?:ped)?|pull(?:ed)?|"
    r"lower(?:ed)?|nudge[d]?|bump(?:ed)?)\b(?P<rest>[^,?.;]*)",
    re.IGNORECASE,
)
"""The what-if of a fader move, its verb and what follows it ("turned the pad up 3db")."""
BASE = {"turned": "turn", "pushed": "push", "brought": "bring", "raised": "raise", "boosted": "boost",
        "dropped": "drop", "pulled": "pull", "lowered": "lower", "nudged": "nudge", "bumped": "bump"}  # fmt: skip


HYPOTHETICAL_PLUGIN = re.compile(
    # not a plain "if": "if i use a comp on the bass, what ratio?" asks how, not whether
    _what_if("what if|what about if|how about if|suppose|say")
    + r"(?P<verb>eq|eq'?d|compress(?:ed)?|saturate[d]?|high-?pass(?:ed)?|de-?ess(?:ed)?|brighten(?:ed)?|widen(?:ed)?|"
    r"add(?:ed)?|use[d]?|put|threw|throw|slap(?:ped)?)\b(?P<rest>[^,?.;]*)",
    re.IGNORECASE,
)
"""The what-if of a plug-in move ("what if i just eq it brighter instead"): the "should I" it asks."""
PLUGIN_BASE = {"eq'd": "eq", "eqd": "eq", "compressed": "compress", "saturated": "saturate", "high-passed": "high-pass",
               "highpassed": "highpass", "de-essed": "de-ess", "deessed": "deess", "brightened": "brighten",
               "widened": "widen", "added": "add", "used": "use", "threw": "throw", "slapped": "slap"}  # fmt: skip


def as_permission(question: str) -> str | None:
    """ "can i turn the pad up 3db?" for "what if i turned the pad up 3db, would it be too much?", "should i eq
    it brighter instead?" for "what if i just eq it brighter instead"; None when the question weighs no move."""
    m = HYPOTHETICAL_MOVE.search(question)
    if m is None:
        p = HYPOTHETICAL_PLUGIN.search(question)
        if p is None or not p.group("rest").strip():
            return None
        verb = p.group("verb").lower()
        return f"should i {PLUGIN_BASE.get(verb, verb)}{p.group('rest').rstrip()}?"
    if not m.group("rest").strip():
        return None
    verb = m.group("verb").lower()
    return f"can i {BASE.get(verb, verb)}{m.group('rest').rstrip()}?"
