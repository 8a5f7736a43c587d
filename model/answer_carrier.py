"""A whole-song complaint that one part explains ("why does my track have no thump?" with the kick held back, "the
lows are overpowering" with the bass far too loud): that part's track is what the answer is about. Split from
``model.answer``."""

from __future__ import annotations

import re

from companion.context import FindingKind, MixContext
from model.evidence import carries
from model.filler_carrier import filler_carrier
from model.focus import Asked, Focus
from model.impact_carrier import impact_carrier
from model.intent import Wants
from model.intent_words import TINNY
from model.lead_carrier import lead_behind
from model.level_range import inside_spread

# complaint -> the roles that carry it: low-end punch lives in the kick, snare and bass, weight in bass and kick
CARRIER_ROLES: dict[str, tuple[str, ...]] = {
    "punch": ("kick", "bass", "snare", "drum_bus"),
    "thin": ("bass", "kick", "drum_bus"),  # a kit on one bus track carries its kick
}
# complaint -> the roles whose excess causes it (None: any part), for a move asked about on the whole mix
# ("should I limit the master, it's distorting?" with the kick far too loud: the kick's peaks come first)
EXCESS_ROLES: dict[str, tuple[str, ...] | None] = {
    "boomy": ("bass", "kick"),
    "muddy": ("bass", "kick", "keys", "piano", "organ", "synth", "pad", "electric_guitar", "acoustic_guitar",
              "horns", "strings"),
    "harsh": ("lead_vocal", "backing_vocal", "electric_guitar", "snare", "hihat", "overheads", "horns", "strings",
              "synth", "piano", "keys"),
    "clipping": None,
}  # fmt: skip
TONAL_KINDS = {"boomy": FindingKind.BOOMY, "muddy": FindingKind.MUDDY, "harsh": FindingKind.HARSH}


def complaint_carrier(ctx: MixContext, focus: Focus) -> Asked | None:
    """A complaint about the whole song ("why does my track have no thump?") that a part explains: a track of a
    role that carries it is held back, by a problem (it sits too low, or another part covers it) or by a level
    remark outside the range real mixes use. The most severe such track; None when none is measured.

    A move asked about on the whole mix ("should I boost 60 Hz on the master?", "should I throw a limiter on?")
    has the same cause, and also a part far too loud where the complaint is an excess (boom, distortion): the
    answer is that part's fader first, not the master move."""
    intent = focus.intent
    if intent.instruments or not focus.session or (intent.technique and not intent.should):
        return None
    if (lead := lead_behind(ctx, intent.complaint)) is not None:  # set the vocal's level, then judge the tone
        rt = next((rt for rt in focus.session.tracks if rt.name == lead.track), None)
        if rt is not None:
            return Asked(rt.role or "", rt.name, (rt,), "role")
    # "the lows are overpowering": a bass or kick far too loud is the low end's excess, asked about or not
    # "why is the mix so harsh?": a part far too loud in that range is the cause asked for, named with its fader
    asks_cause = (
        intent.should
        or intent.complaint == "boomy"
        or (intent.wants == Wants.WHY and intent.complaint in TONAL_KINDS)
    )
    excess = _excess_carrier(ctx, focus) if asks_cause else None
    if excess is None and intent.complaint == "thin" and re.search(TINNY, intent.question, re.IGNORECASE):
        # "why does it sound so tinny?": thin and bright at once; a part far too loud up top is that brightness
        excess = _excess_carrier(ctx, focus, "harsh")
    roles = CARRIER_ROLES.get(intent.complaint or "")
    if intent.complaint == "loudness" and WEAK.search(intent.question) and not _loudness_off(ctx):
        roles = CARRIER_ROLES[
            "punch"
        ]  # "weak next to songs on spotify" at a streaming level: the punch is held back
    if excess is not None or not roles:
        return excess
    held: list[tuple[float, int, Asked]] = []
    for i, rt in enumerate(focus.session.by_roles(*roles)):
        for f in ctx.findings:
            quiet = f.kind is FindingKind.TRACK_TOO_QUIET and f.track == rt.name
            covered = (
                f.kind is FindingKind.MASKING and f.is_problem and f.evidence.get("other_track") == rt.name
            )
            if (quiet and (f.is_problem or not inside_spread(f))) or covered:
                held.append((-f.severity, i, Asked(rt.role or "", rt.name, (rt,), "role")))
    return (
        min(held, key=lambda h: h[:2])[2]
        if held
        else filler_carrier(ctx, focus) or impact_carrier(ctx, focus)
    )  # no weight held: a fill part; no punch part held: the horns' or guitar's hits


WEAK = re.compile(r"\b(weak|wimpy|limp|lifeless|flat|small|thin|puny|weedy|feeble|no (punch|energy|power|impact))\b",
                  re.IGNORECASE)  # fmt: skip
"""A loudness comparison that names a lack of weight or punch ("so weak next to songs on spotify")."""


def _loudness_off(ctx: MixContext) -> bool:
    """The master's loudness itself is measured as a problem (too quiet or too loud for its target)."""
    return any(f.kind in (FindingKind.TOO_QUIET, FindingKind.TOO_LOUD) for f in ctx.problems)


def _excess_carrier(ctx: MixContext, focus: Focus, said: str | None = None) -> Asked | None:
    """The part far too loud (a problem, not a remark) whose excess the complaint (``said``, else the intent's)
    is, the most severe first."""
    complaint = said or focus.intent.complaint or ""
    if complaint not in EXCESS_ROLES:
        return None
    roles = EXCESS_ROLES[complaint]
    tracks = {rt.name: rt for rt in (focus.session.by_roles(*roles) if roles else focus.session.tracks)}
    build_up = next(
        (f for f in ctx.problems if f.track is None and f.kind is TONAL_KINDS.get(complaint)), None
    )
    if (
        build_up is not None
    ):  # the whole mix measures that build-up: only a part strong in its range causes it
        tracks = {name: rt for name, rt in tracks.items() if carries(ctx, rt, build_up)}
    loud = [f for f in ctx.problems if f.kind is FindingKind.TRACK_TOO_LOUD and f.track in tracks]
    if not loud:
        return None
    rt = tracks[max(loud, key=lambda f: f.severity).track or ""]
    return Asked(rt.role or "", rt.name, (rt,), "role")
