"""An impact complaint ("make the chorus hit harder", "no punch") whose measured cause is a part that drives the
song's hits sitting far under its place: the horns' stabs, a rhythm guitar's chops, the kit, the bass. Turning it
up is the first move an engineer makes; compression only shapes hits that are heard. The punch roles of
``model.answer_carrier`` come first; this widens the search to the other parts that carry impact."""

from __future__ import annotations

from companion.context import FindingKind, MixContext
from model.focus import Asked, Focus
from model.phrasing import split_sentences

IMPACT_COMPLAINTS = frozenset({"punch"})
IMPACT_ROLES = ("kick", "snare", "drum_bus", "bass", "horns", "electric_guitar", "toms", "percussion")
"""Roles whose hits make a section land: the kit, the bass, brass stabs, rhythm guitar."""

DRUM_ATTACK = (
    "a compressor on the drums with a slower attack (10-30 ms) lets the hit through before it clamps."
)
"""The punch move on the drums (common practice), said after the level that holds the hits back."""
NEXT_STEP = f"Then, for more snap: {DRUM_ATTACK}"


def impact_carrier(ctx: MixContext, focus: Focus) -> Asked | None:
    """The impact part held furthest under its place by a measured problem (not a remark inside what real mixes
    do) when the question complains about impact; None when none is."""
    intent = focus.intent
    if intent.complaint not in IMPACT_COMPLAINTS or intent.instruments or not focus.session:
        return None
    tracks = {rt.name: rt for rt in focus.session.by_roles(*IMPACT_ROLES)}
    held = [f for f in ctx.problems if f.kind is FindingKind.TRACK_TOO_QUIET and f.track in tracks]
    if not held:
        return None
    rt = tracks[max(held, key=lambda f: f.severity).track or ""]
    return Asked(rt.role or "", rt.name, (rt,), "role")


def with_next_step(focus: Focus, text: str) -> str:
    """The impact part's fader answer, then the dynamics move as the step after its check (once)."""
    if focus.intent.complaint not in IMPACT_COMPLAINTS or "attack" in text:
        return text
    said = split_sentences(text.strip())
    at = next((i + 1 for i, part in enumerate(said) if part.startswith("Check")), len(said))
    return " ".join([*said[:at], NEXT_STEP, *said[at:]])
