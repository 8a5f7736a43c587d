"""The fault measured where the user's complaint lives, when it is not on the part they guessed: "the bottom end
is muddy, do i need a high pass on the organ?" with the bass 10 dB up, "low end feels thin, boost 80 Hz on the
kick?" with the bass 10 dB down. An engineer says "not the organ first" and names the part whose fader is off
in that range, because balance comes before EQ: a high-pass on the organ would not fix a bass 10 dB too loud.

A complaint names a range (muddy: the low-mids; thin or boomy: the low end; harsh: the upper mids; dull: the
top end) and a direction (an excess needs a part too loud, a lack a part too quiet). The part must be strong in
that range: on its track meter's bands, or, on peak meters only (no bands), by its role (only the low end has
parts an engineer can name by role alone: bass and kick)."""

from __future__ import annotations

import re

from companion.context import Finding, FindingKind, MixContext
from companion.knowledge.bands import main_bands
from companion.listening.balance_first import bands_by_track
from model.focus import Focus
from model.spectrum_regions import region_of

COMPLAINT_RANGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "muddy": ("lows and low-mids", ("bass", "low_mid")),  # "muddy down low": the bass band's top is mud too
    "boomy": ("low end", ("sub", "bass")),
    "thin": ("low end", ("sub", "bass")),
    "harsh": ("upper mids", ("high_mid", "presence")),
    "dull": ("top end", ("presence", "air")),
}
"""Where each tonal complaint lives: the range as said, and the track meter's bands it spans."""
TOP_WORDS = re.compile(r"\b(bright\w*|sizzl\w*|fizz\w*|tizz\w*|glassy|brittle|splashy)\b", re.IGNORECASE)
"""Harshness said in top-octave words: the range asked reaches above the upper mids."""
LACKS = frozenset({"thin", "dull"})
"""Complaints of too little: a part too quiet explains them; the others need a part too loud."""
LEVEL_COMPLAINTS = {"quiet": FindingKind.TRACK_TOO_QUIET, "punch": FindingKind.TRACK_TOO_QUIET,
                    "loud": FindingKind.TRACK_TOO_LOUD}  # fmt: skip
"""Level complaints that take their range from the region the question names ("the low end sounds weak")."""
LOW_END_ROLES = frozenset({"bass", "kick"})
"""Parts whose main energy is the low end whatever the arrangement: the fallback without band meters."""


def range_fault(ctx: MixContext, focus: Focus, asked: str, complaint: str | None) -> Finding | None:
    """Another part's level problem (not a remark) in the range ``complaint`` lives in, pointing the way that
    explains it; the most severe one. None for a complaint with no range or when no such part was measured."""
    spec = COMPLAINT_RANGES.get(complaint or "")
    want = FindingKind.TRACK_TOO_QUIET if complaint in LACKS else FindingKind.TRACK_TOO_LOUD
    region = region_of(focus.intent.question)
    if spec is None and region is not None and complaint in LEVEL_COMPLAINTS:
        # "the low end sounds weak, more EQ on the organ?": the region named, the level complaint its direction
        spec = (region.name.removeprefix("the "), region.bands)
        want = LEVEL_COMPLAINTS[complaint]
    if spec is None:
        return None
    if complaint == "harsh" and TOP_WORDS.search(focus.intent.question):
        # "the acoustic is too bright": brightness reaches the top octave, where a loud shaker or hats sit
        spec = (spec[0], (*spec[1], "air"))
    if region is not None and not set(region.bands) <= set(spec[1]):
        # "top end so fizzy": the range said joins the complaint's own (the fizz lives above the upper mids)
        spec = (spec[0], tuple(dict.fromkeys((*spec[1], *region.bands))))
    found = [
        f
        for f in ctx.problems
        if f.kind is want
        and f.is_problem
        and f.track is not None
        and f.track != asked
        and strong_in(ctx, focus, f.track, spec[1])
    ]
    return max(found, key=lambda f: f.severity, default=None)


def strong_in(ctx: MixContext, focus: Focus, track: str, bands: tuple[str, ...]) -> bool:
    """True when ``track`` carries ``bands``: one of its main bands on its own meter; with no band meter (peak
    meters only), a part whose role lives in the low end when ``bands`` are the low end's."""
    metered = bands_by_track(ctx.snapshot).get(track)
    if metered:
        return bool(main_bands(metered) & set(bands))
    role = next((rt.role for rt in focus.session.tracks if rt.name == track), None)
    return role in LOW_END_ROLES and bool(set(bands) & {"sub", "bass"})


def range_words(question: str, complaint: str | None) -> str:
    """ "the low-mids": where the complaint lives, as the answer says it (the region the question names)."""
    spec = COMPLAINT_RANGES.get(complaint or "")
    region = region_of(question)
    if complaint == "harsh" and TOP_WORDS.search(question):
        return "the upper mids and top end"  # "too bright": the range asked reaches the top octave
    return f"the {spec[0]}" if spec else region.name if region is not None else "that range"
