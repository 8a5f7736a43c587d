""" "Should I EQ the drums?", "should i compress the drums?" while another part sits at the wrong level: not first,
that part's fader, then the tool on the part asked about.

Why: a tool asked about on a part with nothing measured against it is answered from knowledge (the medians real
mixes use, what the session's plug-ins are), which is right on a mix without a fault. With the bass 10 dB over,
that answer sends the user to tweak the drums while the mix's real fault goes unsaid. An engineer says "not
first": the fault is elsewhere, here is its fader, then see whether the drums still want the EQ. The part's own
plug-in state ("Your 'Drums' has no compressor yet") is kept, as what to come back to. A part measured off itself
(or covered by another) is answered by the track route, which already puts the fader first.
"""

from __future__ import annotations

import re

from companion.context import MixContext
from model.fine_parts_fault import elsewhere_fault, said_before
from model.focus import Focus
from model.guessed_technique import SAID
from model.moves import level_move
from model.phrasing import MAX_WORDS, Answer, first_sentence, fit, lower_first, split_sentences
from model.plugin_presence import asks_plugin

TOOLS = ("eq", "compression", "reverb", "delay", "gating", "limiting", "saturation", "deessing")
"""The tools a "should I ... the X?" asks about on a part."""
SHOULD = re.compile(
    r"\b(should|shall|ought|need|needs|worth|must|gonna|going to|would you|do you think)\b", re.I
)
"""The move asked about as advice ("should i eq the drums?"); "eq for the vocal?" (one side of "eq or comp for the
vocal?", ``model.either_tool``) names the tool, not whether to use it now, and "any eq on the bass?" its presence."""
ON_MASTER = re.compile(
    r"\b(on|across) (the |my |our )?(master( bus| fader| track| channel)?|mix ?bus|2[- ]?bus|stereo bus|whole mix)\b|"
    r"\b(compress\w*|eq\w*|limit\w*|squash\w*|glue) (the |my |our )?(master|mix ?bus|2[- ]?bus|stereo bus|whole mix)\b",
    re.IGNORECASE,
)
"""The tool put on the whole mix ("a low cut on the master round 200hz"): the parts named are what the asker hears,
not where the tool goes ("compress the vocal over the whole song" is a stretch of time, the vocal's own tool)."""


def technique_elsewhere(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """``ans`` led by the fader fault elsewhere when a tool is asked about for a part that is fine itself."""
    intent = focus.intent
    if not intent.should or intent.technique not in TOOLS or intent.complaint is not None:
        return ans
    if not SHOULD.search(intent.question) or asks_plugin(
        intent.question, intent.technique
    ):  # "any eq on the bass?": whether it is there, answered
        return ans
    if focus.session is None or ctx.analysis is None or (ans.first is not None and ans.first.is_problem):
        return ans
    tracks = [rt for a in focus.asked if a.found for rt in a.tracks]
    if not tracks or any(a.inside is not None for a in focus.asked):
        return ans
    fault = elsewhere_fault(ctx, {rt.name for rt in tracks})
    if fault is None or said_before(ctx, fault) or f"'{fault.track}'" in ans.text:
        return ans  # the fault said already (in this answer, or the one before): the route's answer stands
    move = level_move(fault, focus.session)
    what = SAID.get(intent.technique or "", intent.technique or "")
    names = " and ".join(rt.quoted for rt in tracks[:2])
    why = (
        f"Balance comes first: {what} on {names} won't fix a part sitting at the wrong level elsewhere; set that "
        f"fader, then judge whether {names} still {'want' if len(tracks) > 1 else 'wants'} it."
    )
    # the part's own plug-in state, to come back to: "Your 'Drums' has no compressor yet."
    own = [s for s in split_sentences(ans.text) if s.startswith("Your ")][:1]
    if ON_MASTER.search(intent.question):
        why = (
            f"Balance comes first: {what} on the master won't fix one part sitting at the wrong level; set that "
            "fader, then judge whether the whole mix still wants it."
        )
        own = []  # the named part's own EQ is not where the tool was going
    head = f"Not first: the fault I measured is elsewhere: {lower_first(first_sentence(fault.summary))}"
    return Answer(fit([head, move.try_text, why, *own, move.check_text], MAX_WORDS, keep=2), [move], fault)
