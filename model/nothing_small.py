""" "It sounds small" with no speaker named and nothing measured that makes a mix small: no part too low or far
too loud, no mono or phase trouble, no thin or boomy low end.

Why: the small-mix answer assumed a phone ("It's the phone more than the mix: ... a phone speaker plays little
under ~200 Hz") when nobody had named one, on a clean mix, and moved the bass's EQ for a speaker the asker may not
use. An engineer says what the numbers clear (balance, low end, width, dynamics) and what "small" then usually is
on such a mix: the width of the parts that can be spread, and the space around them, judged against a reference.
"""

from __future__ import annotations

from companion.context import FindingKind, MixContext
from model.focus import Focus
from model.phrasing import MAX_WORDS, Answer, article, fit

SQUASHED_PLR_DB = 8.0
"""A master under about 8 dB peak-to-loudness is limited hard enough to flatten the size of the hits."""
FAULTS = (FindingKind.TRACK_TOO_LOUD, FindingKind.TRACK_TOO_QUIET, FindingKind.NARROW, FindingKind.PHASE_ISSUE,
          FindingKind.LOW_END_NOT_MONO, FindingKind.THIN, FindingKind.BOOMY)  # fmt: skip


def nothing_small(ctx: MixContext, focus: Focus) -> Answer | None:
    """The answer when nothing measured makes the mix small; None when a fault there is measured (a lean, "act only
    if you hear it", is no fault: a pop mix leaning a little boomy was told about a phone nobody named)."""
    a = ctx.analysis
    if a is None or any(f.kind in FAULTS and f.is_problem and not f.is_lean for f in ctx.findings):
        return None
    cleared = ["no part's level stands out against the range its role gets in real mixes"]
    if a.channels == 2:
        cleared.append(
            f"the two sides correlate {a.stereo.correlation:.2f} (1 is mono), so it isn't collapsed"
        )
    if a.plr_db < SQUASHED_PLR_DB:
        return None  # a master limited hard: the dynamics answer says so
    cleared.append(
        f"{article(f'{a.plr_db:.1f}')} {a.plr_db:.1f} dB peak-to-loudness ratio leaves the hits their size"
    )
    head = f"Nothing I measured makes it small: {', '.join(cleared[:-1])}, and {cleared[-1]}."
    then = (
        'On a mix that measures like this, "small" is usually width and space: pan the doubled or stereo parts '
        "(guitars, keys, backing vocals) further out and give the lead a short room or plate so the space around "
        "it is heard."
    )
    check = (
        "Compare with a reference at the same loudness: if it sounds as big, it's the speakers or the room."
    )
    return Answer(fit([head, then, check], MAX_WORDS, keep=2))
