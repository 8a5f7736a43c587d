"""A why with a yes/no on the clash after it ("why cant i make out the words when the guitar kicks in, is it
stepping on the vocal?"), answered with the part asked about measured too loud.

Why: the why route opens "Most likely this: 'Acoustic Gtr' sits about 8 dB louder ...", which explains but never
answers the yes/no the asker ended on. An engineer says yes first when the part they suspect is the one measured
over its place (or covering the other), then the reason; with the fault on another part the why stands as it is.
"""

from __future__ import annotations

from dataclasses import replace

from companion.context import FindingKind
from model.clash_proposal import fight_asked
from model.focus import Focus
from model.intent import Wants
from model.phrasing import Answer

WHY_HEAD = "Most likely this: "
"""How the why route opens on the part measured off."""
FIGHTING = (FindingKind.TRACK_TOO_LOUD, FindingKind.MASKING)


def fight_yes(focus: Focus, ans: Answer) -> Answer:
    """``ans`` opened "Yes, " when a why asks whether the suspected part fights another and that part is the one
    measured too loud or covering; else unchanged."""
    intent = focus.intent
    if intent.wants != Wants.WHY or not fight_asked(intent.question) or not ans.text.startswith(WHY_HEAD):
        return ans
    first = ans.first
    asked = {rt.name for rt in focus.tracks}
    if first is None or first.kind not in FIGHTING or first.track not in asked:
        return ans  # the fault is on a part not suspected (or not a fight): the why says what it is
    return replace(ans, text="Yes, most likely this: " + ans.text[len(WHY_HEAD) :])
