"""A phasey sound asked of the whole mix ("does the mix sound phasey?", "master sounds kinda swirly", "is
something out of phase?", "mix sounds comb filtered, how do i fix it"): judged on the two channels' correlation,
the meter that shows cancellation.

Why: "phasey" named no complaint, so a yes/no on it fell to the clean answer's polarity ("Yes. Honestly, nothing
in the numbers needs fixing"), a yes to a fault that was not measured. An engineer answers the phase asked about:
an out-of-phase or too-wide low end measured comes first, with its move; with none, the correlation that says
nothing cancels, and where a swirl heard anyway comes from (a chorus or flanger, a doubled part a few ms off, two
mics on one source), with the check.
"""

from __future__ import annotations

import re

from companion.context import FindingKind, MixContext
from model.focus import Focus
from model.intent import Wants, asks_yes_no
from model.phrasing import MAX_WORDS, Answer, first_sentence, fit, lower_first
from model.recipes import recipe

PHASEY = re.compile(
    r"\bphas(ey|y|ier|iness|ing)\b|\bswirl(y|ing|iness)\b|\bcomb[- ]?filter\w*|\bflang(ey|y|ed|ing)\b|"
    r"\bout of phase\b|\bphase (problems?|issues?|cancel\w*)\b",
    re.IGNORECASE,
)
"""Phase heard on the whole mix, in the amateur's words (not a phaser asked for: "add a phaser")."""
PHASE_KINDS = (FindingKind.PHASE_ISSUE, FindingKind.LOW_END_NOT_MONO)
BY_EAR = (
    "If you still hear a swirl, it's usually an effect (a chorus, flanger or phaser) or a doubled part a few ms "
    "off; mute them one at a time and flip polarity on any two mics of one source."
)


def phase_word(ctx: MixContext, focus: Focus) -> Answer | None:
    """The whole mix's phase judged on its correlation; None when no phase sound is asked of the whole mix."""
    intent = focus.intent
    a = ctx.analysis
    if intent.instruments or intent.technique is not None or a is None or a.channels < 2:
        return None
    if not PHASEY.search(intent.question) or intent.wants not in (Wants.JUDGE, Wants.HOW_TO, Wants.LISTEN):
        return None
    found = next((f for f in ctx.problems if f.kind in PHASE_KINDS), None)
    yes_no = asks_yes_no(intent) or "?" in intent.question
    if found is not None:
        move = recipe(found, focus.session)
        head = f"{'Yes: ' if yes_no else ''}{lower_first(first_sentence(found.summary))}"
        return Answer(fit([head[:1].upper() + head[1:], move.try_text, move.check_text], MAX_WORDS, keep=2),
                      [move], found)  # fmt: skip
    said = (
        f"the two sides correlate at {a.stereo.correlation:+.2f} overall and {a.stereo.low_end_correlation:+.2f} "
        "below 150 Hz (1 is mono, under 0 cancels), so nothing cancels in mono"
    )
    head = (
        f"No: {said}."
        if yes_no and intent.wants == Wants.JUDGE
        else f"Nothing measures out of phase: {said}."
    )
    return Answer(fit([head, BY_EAR], MAX_WORDS, keep=1))
