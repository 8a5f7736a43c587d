"""Whose fault the complaint about one asked track is when it is not the track's own: another part's level
problem that explains it (a part named in the same question, a buried lead vocal, a loud sibling), and the
whole mix's build-up a track's own level feeds. Split from ``model.answer_tracks`` (one job: the culprit)."""

from __future__ import annotations

import re

from companion.context import Finding, FindingKind, MixContext, Topic
from companion.knowledge.roles import ROLE_TOPICS
from model.evidence import TrackEvidence, carries
from model.focus import Focus
from model.intent import BLAME_Q, CLEFT_GUESS, Wants

_COULD_BE = re.compile(
    r"\b(could|might|would|can) (it|that|this) (just |really |maybe )?be (the|my) [\w' -]{2,30}?\s*\?*\s*$",
    re.I,
)
"""'a part is way too loud, could it be the harmony vox?': a guess, as 'is it the X?' is (``BLAME_Q``)."""

COMPLAINT_KINDS: dict[str, frozenset[FindingKind]] = {
    "muddy": frozenset({FindingKind.MUDDY}),
    "boomy": frozenset({FindingKind.BOOMY}),
    "harsh": frozenset({FindingKind.HARSH}),
    "dull": frozenset({FindingKind.DULL}),
    "thin": frozenset({FindingKind.THIN}),
}
EXCESS_KINDS = frozenset({FindingKind.MUDDY, FindingKind.BOOMY, FindingKind.HARSH})


def mix_context(ctx: MixContext, ev: TrackEvidence, lvl: Finding, complaint: str | None) -> list[str]:
    """The whole mix's build-up (or lack) the asked track's level feeds, said after its own finding and as the
    whole mix's: a track too loud where the mix builds up, too quiet where it lacks."""
    loud = lvl.kind is FindingKind.TRACK_TOO_LOUD
    wanted = EXCESS_KINDS if loud else frozenset({FindingKind.DULL, FindingKind.THIN})
    if complaint in COMPLAINT_KINDS:  # "is the guitar harsh?": only that build-up; "too loud?": any it feeds
        wanted = wanted & COMPLAINT_KINDS[complaint]
    f = next(
        (f for f in ctx.problems if f.track is None and f.kind in wanted and carries(ctx, ev.rt, f)), None
    )
    if f is None:
        return []
    way = "builds up" if loud else "lacks"
    return [
        f"The whole mix also {way} in the {MIX_REGIONS[f.kind]} ({f.kind}, a whole-mix finding), and "
        f"{ev.rt.quoted} is strong there, so its fader eases that too."
    ]


MIX_REGIONS = {FindingKind.MUDDY: "low-mids", FindingKind.BOOMY: "low end", FindingKind.HARSH: "upper mids",
               FindingKind.DULL: "top end", FindingKind.THIN: "low end"}  # fmt: skip


def culprit(ctx: MixContext, focus: Focus, ev: TrackEvidence, complaint: str | None) -> Finding | None:
    """Another track's balance problem that explains the complaint: a part named in the same question first
    ("the vocal gets lost when the guitars come in"), else one whose direction fits (a buried lead vocal makes
    the horns seem too loud; a part far too loud buries the one asked about)."""
    if complaint not in ("quiet", "loud", "punch", "clash", "small", None):
        return None
    named = {rt.name for rt in focus.tracks} - {ev.name}
    levels = [f for f in ctx.problems if f.kind in (FindingKind.TRACK_TOO_LOUD, FindingKind.TRACK_TOO_QUIET)
              and f.track is not None and f.track != ev.name]  # fmt: skip
    co_named = [f for f in levels if f.track in named]
    if co_named:
        return co_named[0]
    if complaint is None:  # "is that the fiddle?" while the shaker sits far too loud: the shaker
        blamed = focus.intent.asks_problem and BLAME_Q.search(focus.intent.question)
        # ("guitars or bass, what first?" offers two sides: ``model.first_of_two`` answers that choice)
        offered = re.search(r"\bor\b", focus.intent.question, re.IGNORECASE)
        if focus.intent.wants == Wants.WHAT_FIRST and not blamed and not offered:
            # "band n singer kinda floating.. whats the first thing to sort" with the drums 10 dB low: the part
            # named is fine, so the first thing is the worst level fault measured
            return max((f for f in levels if f.is_problem), key=lambda f: f.severity, default=None)
        return next((f for f in levels if f.kind is FindingKind.TRACK_TOO_LOUD), None) if blamed else None
    if complaint == "loud":  # a buried lead vocal makes the rest seem too loud, a buried partner its pair
        vocals = {rt.name for rt in focus.session.by_roles("lead_vocal")}
        buried = next(
            (f for f in levels if f.kind is FindingKind.TRACK_TOO_QUIET and f.track in vocals), None
        )
        return (
            buried
            or _sibling(focus, ev, levels, FindingKind.TRACK_TOO_LOUD)
            or _guessed_loud(focus, levels)
            or _pair_low(ctx, focus, ev)
        )
    loud = next((f for f in levels if f.kind is FindingKind.TRACK_TOO_LOUD), None)
    if complaint == "quiet" and loud is None:
        # "is it the kick thats too weak?" with the bass 10 dB down: the guess is wrong, the part measured low is it
        return _guessed(focus, levels, FindingKind.TRACK_TOO_QUIET)
    if complaint == "punch" and loud is not None and not takes_punch(ctx, focus, ev, loud):
        loud = None  # "bass more punchy" with a guitar too loud in the mids: the bass's own punch is asked
    return loud or (
        _sibling(focus, ev, levels, FindingKind.TRACK_TOO_QUIET) if complaint == "punch" else None
    )


def _sibling(focus: Focus, ev: TrackEvidence, levels: list[Finding], kind: FindingKind) -> Finding | None:
    """A part of the same family (drums, vocals, keys) as the one asked about with a level problem of ``kind``,
    the most severe: "are the hats too loud?" while the clap sits far too loud is most likely the clap the ear
    blames; "should i boost the kick to get more punch?" while the snare sits 10 dB low, the snare's missing
    punch."""
    family = ROLE_TOPICS.get(ev.rt.role or "")
    kin = {rt.name for rt in focus.session.tracks if rt.role and ROLE_TOPICS.get(rt.role) == family}
    off = [f for f in levels if f.kind is kind and f.is_problem and f.track in kin]
    if family is None or family is Topic.OVERALL_MIX or not off:
        return None
    return max(off, key=lambda f: f.severity)


def _guessed_loud(focus: Focus, levels: list[Finding]) -> Finding | None:
    """ "something's too loud, is it the vocal?": the asked part is a guess at what is too loud, so when it is
    not, the part measured too loud (the most severe problem) is the answer, not a bare no."""
    return _guessed(focus, levels, FindingKind.TRACK_TOO_LOUD)


def _guessed(focus: Focus, levels: list[Finding], kind: FindingKind) -> Finding | None:
    """The most severe level problem of ``kind`` when the asked part is put as a guess at the cause ("is it the
    vocal?", "could it be the bvs?", "he's sure it's his kick that's too weak"); None for a plain question."""
    q = focus.intent.question
    if not (BLAME_Q.search(q) or _COULD_BE.search(q) or CLEFT_GUESS.search(q)):
        return None
    off = [f for f in levels if f.kind is kind and f.is_problem]
    return max(off, key=lambda f: f.severity, default=None)


def guessed_culprit(
    ctx: MixContext, focus: Focus, ev: TrackEvidence, complaint: str | None
) -> Finding | None:
    """Only the guess rule: "too loud somewhere, is it my bass?" with the bass inside what real mixes use, the
    part measured too loud (a sibling or a buried vocal is not volunteered on a plain "is the kick too loud?");
    else the asked part's own partner sitting too low ("is the right guitar too loud?" with 'Gtr L' 10 dB down)."""
    if complaint != "loud":
        return None
    levels = [
        f for f in ctx.problems if f.kind is FindingKind.TRACK_TOO_LOUD and f.track not in (None, ev.name)
    ]
    return _guessed_loud(focus, levels) or _pair_low(ctx, focus, ev) or _bed_low(ctx, focus, ev)


def guessed_quiet(ctx: MixContext, focus: Focus, ev: TrackEvidence) -> Finding | None:
    """The part measured too quiet when the asked one is put as a guess at what is weak ("is it the snare thats
    too weak?" with the bass 10 dB down); None for a plain question or when nothing else is too quiet."""
    levels = [
        f for f in ctx.problems if f.kind is FindingKind.TRACK_TOO_QUIET and f.track not in (None, ev.name)
    ]
    return _guessed(focus, levels, FindingKind.TRACK_TOO_QUIET)


MID_BED = ("electric_guitar", "acoustic_guitar", "keys", "piano", "organ", "synth", "pad", "strings")
"""The parts that share the mids' harmony bed: one of them buried leaves the others carrying it alone."""


def _bed_low(ctx: MixContext, focus: Focus, ev: TrackEvidence) -> Finding | None:
    """Another part of the mids' bed sitting too low while the asked one sits where real mixes put it ("guitars
    feel too loud" with the keys 13 dB down): the guitars carry the mids alone, so the keys' fader is the fix."""
    if ev.rt.role not in MID_BED:
        return None
    asked = {rt.name for a in focus.asked for rt in a.tracks}
    bed = {rt.name for rt in focus.session.tracks if rt.role in MID_BED and rt.name not in asked}
    low = [
        f
        for f in ctx.problems
        if f.kind is FindingKind.TRACK_TOO_QUIET and f.is_problem and not f.is_lean and f.track in bed
    ]
    return max(low, key=lambda f: f.severity, default=None)


def _pair_low(ctx: MixContext, focus: Focus, ev: TrackEvidence) -> Finding | None:
    """The other half of a pair (another track of the same role: 'Gtr L' and 'Gtr R') sitting too low while the
    asked one sits where real mixes put it: "that guitar's miles louder" is true of the asked one because its
    partner is buried, so the partner's fader is the fix, not the asked one's (nor its pan)."""
    mates = {
        rt.name for rt in focus.session.tracks if ev.rt.role and rt.role == ev.rt.role and rt.name != ev.name
    }
    low = [
        f for f in ctx.problems if f.kind is FindingKind.TRACK_TOO_QUIET and f.is_problem and f.track in mates
    ]
    return max(low, key=lambda f: f.severity, default=None)


def takes_punch(ctx: MixContext, focus: Focus, ev: TrackEvidence, loud: Finding) -> bool:
    """True when a part measured too loud can be what takes the asked part's punch: it covers the asked part
    (a bass over the kick in 60-250 Hz) or is of its family (the snare over the kick). A guitar too loud in the
    mids does not take the bass's punch: "bass more punchy" asks for the bass's own attack, not that fader."""
    covers = any(
        str(f.kind) == "masking" and f.track == loud.track and f.evidence.get("other_track") == ev.name
        for f in ctx.findings
    )
    family = ROLE_TOPICS.get(ev.rt.role or "")
    kin = {rt.name for rt in focus.session.tracks if rt.role and ROLE_TOPICS.get(rt.role) == family}
    return covers or (family not in (None, Topic.OVERALL_MIX) and loud.track in kin)
