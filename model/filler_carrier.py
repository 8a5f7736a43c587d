"""A thin or empty-sounding mix with its low end measured about right: what is missing is a part that fills the
middle (a pad, keys, strings, a rhythm guitar) held far under its place, so that part's fader is the cause asked
for. With the low end itself measured lean, the low end is the answer instead (``model.answer_master.tonal``)."""

from __future__ import annotations

from companion.context import FindingKind, MixContext
from model.focus import Asked, Focus
from model.level_range import inside_spread

FILL_ROLES = ("pad", "keys", "piano", "organ", "strings", "synth", "electric_guitar", "acoustic_guitar")
"""Roles that fill the space between the low end and the lead: the parts an empty-sounding mix lacks."""

THIN_COMPLAINTS = frozenset({"thin"})


def filler_carrier(ctx: MixContext, focus: Focus) -> Asked | None:
    """The fill part held furthest under its place (a too-quiet problem, or a remark outside what real mixes
    do) when the complaint is a thin mix and the low end is not measured lean; None otherwise."""
    if focus.intent.complaint not in THIN_COMPLAINTS or not focus.session:
        return None
    if any(f.kind is FindingKind.THIN for f in ctx.problems):
        return None  # the low end measured lean: that is the thinness
    tracks = {rt.name: rt for rt in focus.session.by_roles(*FILL_ROLES)}
    held = [
        f
        for f in ctx.findings
        if f.kind is FindingKind.TRACK_TOO_QUIET
        and f.track in tracks
        and (f.is_problem or not inside_spread(f))
    ]
    if not held:
        return None
    rt = tracks[max(held, key=lambda f: f.severity).track or ""]
    return Asked(rt.role or "", rt.name, (rt,), "role")
