""" "What frequency is the synth bass strongest at?", "where does the kick live frequency wise?": where a part's
energy sits, read from its own band meter.

Why: the router heard a tonal question and answered the mix's lean with a dip on the part ("On 'Synth Bass', dip 3
dB around 90 Hz"), or the part's level ("It's fine: nothing I measured says 'Kick' is out of line"), neither of
which says where the part lives. The bridge meters every track in the contract's seven bands (``level.bands_db``):
an engineer names the band it is strongest in and the next ones close to it, then how to find the exact spot by
ear (a narrow boost swept through that band). Without band meters it says so and gives the sweep alone.
"""

from __future__ import annotations

import math
import re

from companion.context import MixContext
from companion.knowledge.bands import BANDS, MAIN_BAND_DB
from companion.knowledge.wording import say_range
from model.focus import Focus
from model.phrasing import MAX_WORDS, Answer, fit

HOME_Q = re.compile(
    r"\b(what|which) (frequency|freq|frequencies|range|band|hz|part of the spectrum)\b[^?.!]{0,40}"
    r"\b(strongest|loudest|live|lives|living|sit|sits|sitting|peak|peaks|most energy|most of (its|their) energy)\b|"
    r"\bwhere (does|do|is|are) (the |my |our )?[\w' -]{2,25}? (live|sit|sits|sitting|strongest|loudest)\b[^?.!]{0,25}"
    r"\b(frequency|freq|frequencies|spectrum|eq|hz)( ?wise)?\b|"
    r"\bwhere('s| is) (the |my )?[\w' -]{2,25}? (strongest|loudest|fundamental)\b",
    re.IGNORECASE,
)
"""Where a part's energy sits, asked as a frequency or a band (not "where does the vocal sit in the mix?", a level)."""
SWEEP = (
    "To find its exact spot: on its EQ, sweep a narrow 6-8 dB boost (Q ~4) through that band while it plays; where "
    "it jumps out is its home, then set the boost back."
)


def _bands(levels: dict[str, float | None] | None) -> list[tuple[str, float]]:
    """The part's metered bands, strongest first."""
    finite = [
        (k, float(v)) for k, v in (levels or {}).items() if v is not None and math.isfinite(v) and k in BANDS
    ]
    return sorted(finite, key=lambda kv: -kv[1])


def part_home(ctx: MixContext, focus: Focus) -> Answer | None:
    """The band a named part is strongest in, the bands close behind it, and the sweep that finds the spot; None
    for any other question or more than one part."""
    if not HOME_Q.search(focus.intent.question) or focus.session is None:
        return None
    tracks = focus.tracks
    if len(tracks) != 1:
        return None
    rt = tracks[0]
    bands = _bands(rt.track.level.bands_db if rt.track.level is not None else None)
    if not bands:
        head = (
            f"{rt.quoted} has no band meter to read here (the REAPER bridge meters each track when it can)."
        )
        return Answer(fit([head, SWEEP], MAX_WORDS, keep=2))
    top, top_db = bands[0]
    near = [k for k, v in bands[1:] if v >= top_db - MAIN_BAND_DB][:2]

    def said(band: str) -> str:
        return f"the {band.replace('_', '-')} band ({say_range(*BANDS[band])})"

    head = f"{rt.quoted} is strongest in {said(top)}, by its own band meter"
    if near:
        head += f", with {' and '.join(said(b) for b in near)} close behind (within {MAIN_BAND_DB:g} dB)"
    return Answer(fit([f"{head}.", SWEEP], MAX_WORDS, keep=2))
