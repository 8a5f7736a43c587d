"""Whether one part is too bright ("are the hats too bright?"), read from that part's own band meter.

The whole mix's top band against real mixes (``model.top_end``) says whether there is too much top at all; the
part's own air band (6-20 kHz, the bridge's post-fader ``level.bands_db``) says how much of that top it supplies:
its share of the air-band power every metered track gives. Both are measurements; no threshold is added (there
is no "bright" finding kind). A part with a level problem of its own goes the level's way first (its fader is the
move), and a question with no band meters on the part is left to the other paths.
"""

from __future__ import annotations

import math

from companion.context import Finding, FindingKind, MixContext
from model.band_remark import finding_centre
from model.focus import Asked, Focus
from model.intent import Wants
from model.master_top_cut import top_shelf
from model.moves import eq
from model.phrasing import MAX_WORDS, Answer, fit, lower_first
from model.recipes import Move
from model.session_view import RoleTrack
from model.top_end import TOP_BAND, asks_too_bright, measured_part, top_part, top_side, top_words

_OWN_FAULTS = (FindingKind.TRACK_TOO_LOUD, FindingKind.TRACK_TOO_QUIET, FindingKind.MASKING)


def _air(rt: RoleTrack) -> float | None:
    """The track's own air-band power (linear, from its dB FS meter), or None when not metered."""
    level = rt.track.level
    value = (level.bands_db or {}).get(TOP_BAND) if level is not None else None
    if not isinstance(value, (int, float)) or not math.isfinite(value):
        return None
    return 10.0 ** (value / 10.0)


def air_share(tracks: tuple[RoleTrack, ...], names: tuple[str, ...]) -> float | None:
    """The share (0..1) ``names`` give together of the air-band power all metered, unmuted tracks give; None
    when one of them has no air-band meter or the tracks give none."""
    powers = {rt.name: p for rt in tracks if not rt.track.mute and (p := _air(rt)) is not None}
    total = sum(powers.values())
    if any(n not in powers for n in names) or total <= 0.0:
        return None
    return sum(powers[n] for n in names) / total


def percent_words(share: float) -> str:
    return "under 1 %" if share < 0.01 else f"{share * 100:.0f} %"


def _upper_mid_dip(tracks: tuple[RoleTrack, ...], harsh: Finding) -> Move:
    """A dip at the whole mix's upper-mid build-up on the asked part strongest in the high-mid band by its meter."""

    def high_mid(rt: RoleTrack) -> float:
        value = (rt.track.level.bands_db or {}).get("high_mid") if rt.track.level is not None else None
        return float(value) if isinstance(value, (int, float)) and math.isfinite(value) else -200.0

    rt = max(tracks, key=high_mid)
    centre = finding_centre(harsh)
    hz = min(5000.0, max(2000.0, centre)) if centre is not None else 3000.0
    return eq(rt, hz, -2.5, 2.0, "eases the whole mix's upper-mid build-up where this part sits",
              "Flip it in and out at matched level: it should stop stinging without going dull.")  # fmt: skip


def part_top_answer(ctx: MixContext, focus: Focus, asked: Asked) -> Answer | None:
    """The answer to "is <part> too bright?" from its share of the mix's air band and the mix's top against real
    mixes; None for another question, a part with a fault of its own, or no band meters."""
    intent = focus.intent
    a = ctx.analysis
    if a is None or focus.session is None or intent.wants != Wants.JUDGE or not asked.tracks:
        return None
    if intent.complaint not in (None, "harsh") or intent.technique or not asks_too_bright(intent.question):
        return None
    names = tuple(rt.name for rt in asked.tracks)
    if any(f.track in names and f.kind in _OWN_FAULTS and f.is_problem for f in ctx.problems):
        return None  # its level (or what it covers) first: the paths that answer a part's fault
    other = top_part(ctx, focus)
    if other is not None and other.track not in names:
        # "ticky scratchy thing, is that the fiddle?", "is the snare too bright?" with the shaker (the hats) far
        # too loud up top: that part's fader is the move, and the path that names it answers
        return None
    share = air_share(focus.session.tracks, names)
    said = top_words(a, ctx.findings)
    if share is None or said is None:
        return None
    quoted = " and ".join(rt.quoted for rt in asked.tracks)
    carries = (
        f"{quoted} give{'s' if len(names) == 1 else ''} {percent_words(share)} of it, by the track meters"
    )
    harsh = next((f for f in ctx.problems if f.kind is FindingKind.HARSH and f.track is None), None)
    moves: list[Move] = []
    if top_side(a) == "above":
        move = top_shelf(
            TOP_BAND,
            float(a.balance_vs_target_db[TOP_BAND]),
            names[0] if share >= 0.5 and len(names) == 1 else None,
        )
        parts = [f"{'Yes' if share >= 0.5 else 'Partly'}: {said}, and {carries}.", move.try_text]
        moves.append(move)
    else:
        parts = [f"{'Not up top' if harsh is not None else 'No'}: {said}, and {carries}."]
    if harsh is not None:  # "bright" may be the upper mids, where the mix is built up
        move = _upper_mid_dip(asked.tracks, harsh)
        parts += [f"What you may hear as bright: {lower_first(measured_part(harsh.summary))}", move.try_text]
        moves.append(move)
    if moves:
        parts.append(moves[0].check_text)
    return Answer(fit(parts, MAX_WORDS, keep=2), moves, harsh)
