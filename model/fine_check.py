""" "How will I know it's right?", "how do I check that?" after a part was judged fine ("No: nothing I measured says
'Fiddle' is too loud"): no move was given, so there is none to check; what the asker can check is the verdict
itself, by ear.

Why: the router took the follow-up as "the check of the first problem" and answered the check of a whole-mix lean
the last answer only mentioned ("Compare with a reference at the same loudness: the cymbals should shimmer ...
That checks this move: add a high shelf"), a move never proposed, for a question about the fiddle. An engineer
says how to hear that part's level for yourself (the low-volume check a fader move gets), and that nothing needs
moving, with the part's own meter.
"""

from __future__ import annotations

import re

from companion.context import MixContext
from model.evidence import track_evidence
from model.focus import Focus
from model.intent_forms import CHECK_Q
from model.moves import FADER_CHECK
from model.phrasing import Answer

FINE_LAST = re.compile(
    r"^(Yes|No|It's fine|They're fine|Both are fine|Fine)\b[^.:]{0,20}: nothing I measured says '(?P<name>[^']+)' is "
    r"(?P<state>too (loud|low|quiet)|out of line)\."
)
"""The last answer's verdict that a part is fine, with no move given."""


def fine_check(ctx: MixContext, focus: Focus) -> Answer | None:
    """How to hear that the part judged fine just before is right, and its meter; None for any other question."""
    if not CHECK_Q.search(focus.intent.question) or not ctx.history:
        return None
    last = next((t.content for t in reversed(ctx.history) if t.role == "assistant"), "")
    m = FINE_LAST.match(last)
    if m is None or (rt := focus.session.named(m.group("name"))) is None:
        return None
    lufs = track_evidence(ctx, rt).lufs
    meter = f" (its own meter reads {lufs:.1f} LUFS)" if lufs is not None else ""
    return Answer(
        f"{FADER_CHECK} {rt.quoted} should come through there without you reaching for it, and not jump out when "
        f"you turn back up. There's no move to check, though: nothing I measured says {rt.quoted} is "
        f"{m.group('state')}{meter}."
    )
