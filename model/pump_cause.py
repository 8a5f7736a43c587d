"""A mix that pumps when the low part plays ("why does the whole track pump n wobble whenever the sub comes in?
there's no sidechain on anything"), answered on a bass or kick measured far too loud: the answer says how that
level makes the pumping, right after the finding.

Why: the route named the loud 'Synth Bass' and its fader but never tied it to what the asker hears, so the answer
read as a level remark beside the question. An engineer explains the mechanism: a low end that loud carries most
of the mix's energy, so whatever sits on the master (a limiter, a bus compressor, a loudness-normalising player)
turns the whole mix down on each note and lets it back up between them; bring the part down and the pumping goes
with it."""

from __future__ import annotations

import re

from companion.context import FindingKind
from model.focus import Focus
from model.intent import Wants
from model.phrasing import SENTENCE_BREAK, Answer

PUMP = re.compile(r"\b(pump\w*|wobbl(e|es|ed|ing)|duck\w*|breath(es|ing)|swell\w*|throb\w*)\b", re.IGNORECASE)
"""The mix heard rising and falling in level ("a wobbly blob" is a shapeless low end, not a level moving)."""
LOW_ROLES = ("bass", "kick", "drums")
"""Parts whose level carries the low end a master's dynamics react to."""
NOTE = (
    "A low end that loud carries most of the mix's energy, so anything on the master (a limiter or bus "
    "compressor) turns everything down on each note and back up between them: that's the pump."
)


def pump_cause(focus: Focus, ans: Answer) -> Answer:
    """``ans`` with the pumping's mechanism after its first sentence, when the mix is said to pump and the answer
    leads with a low part measured too loud."""
    f = ans.first
    if f is None or f.kind is not FindingKind.TRACK_TOO_LOUD or not PUMP.search(focus.intent.question):
        return ans
    # "how do i get the pad to pump with the kick": a sidechain asked for, not a fault heard; "my master limiter is
    # pumping like crazy": the limiter heard pumping, which the loud part drives
    heard = focus.intent.technique in ("limiting", "compression") and focus.intent.wants is not Wants.HOW_TO
    if (focus.intent.technique is not None and not heard) or focus.session is None:
        return ans
    role = next((rt.role for rt in focus.session.tracks if rt.name == f.track), None)
    if role not in LOW_ROLES or "pump" in ans.text.lower():
        return ans
    m = SENTENCE_BREAK.search(ans.text)
    ans.text = f"{ans.text[: m.start()]} {NOTE} {ans.text[m.end() :]}" if m else f"{ans.text} {NOTE}"
    return ans
