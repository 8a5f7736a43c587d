""" "So my voice isn't too loud then?", "the vocal isnt too quiet, right?": one part claimed NOT off, a yes/no put
as a negation without a tag the negated-tag rule reads ("..., is it?"). A bare "Yes:" on a part measured too loud
agrees in words with the claim the body contradicts ("Yes: about 6 dB does it. 'Lead Vocal' sits 12 dB louder").

An engineer answers the claim: "It is, actually:" when the part is off that way (as ``model.verdict_shapes`` says
to a negated tag), then the fault and its move. With nothing of the kind measured, "No: nothing I measured says
..." already agrees with the claim and stays."""

from __future__ import annotations

import re

from model.focus import Focus
from model.intent import Wants
from model.phrasing import Answer
from model.verdict_opening import opening, without_opening

PART_DENIED = re.compile(
    r"(^|[.?!;]\s+)\W*((so|and|but|ok|okay|wait|hang on)\b[\s,]*)*(the |my |our |your |his |her )?[\w'-]+( [\w'-]+)? "
    r"(?P<verb>isn'?t|isnt|is not|aren'?t|arent|are not|ain'?t)( (really|actually|even|that|way))? too "
    r"(?P<denied>loud|quiet|low|hot|soft|high|much|up|down|buried)\b[^?.!]{0,25}(\?|\b(then|right|yeah|yes|eh|tho|though)\W*$)",
    re.IGNORECASE,
)
"""A part claimed not off, asked back ("so my voice isnt too loud then?", "the hats arent too hot right?")."""


def denied_part(focus: Focus, ans: Answer) -> Answer:
    """``ans`` opened "It is, actually" when the question claims one part is not off and the answer finds it is."""
    i = focus.intent
    m = PART_DENIED.search(i.question)
    if i.wants != Wants.JUDGE or len(focus.asked) != 1 or m is None:
        return ans
    if re.search(r"\btoo\s+\w+", i.question[m.end("denied") :], re.IGNORECASE):
        return ans  # "the vocals aren't too soft, they're way too hot, right?": the claim is the one after
    opened = opening(ans.text)
    if opened is None or opened.group("qualifier"):
        return ans  # "No, the opposite:" says its own why
    many = m.group("verb").lower().startswith(("are", "ar"))
    if opened.group("verdict") == "Yes" and ans.moves:
        ans.text = f"{'They are' if many else 'It is'}, actually: {without_opening(ans.text)}"
    return ans
