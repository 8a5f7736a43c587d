"""The mix's level judged on the destination asked: its findings, its verdict words and its reason.

The diagnosis judges the loudness against the default target (``--target``, Spotify unless set). A question that
names another destination ("loud enough for a cd?", "ok for broadcast?") is judged against that one instead, by the
diagnosis's own rules (``companion.listening.diagnosis.level_finding``), so an asked target and the default agree
whenever they are the same destination: -17.2 LUFS is "fine" for Spotify and Apple Music, 6.7 LU under a CD master
and 5.8 LU over EBU R128's -23 LUFS.
"""

from __future__ import annotations

from dataclasses import replace

from companion.context import FindingKind, MixContext
from companion.knowledge.targets import LOUDNESS_TARGETS, LoudnessTarget
from companion.listening.diagnosis import answer_rank, level_finding
from model.why import WHY

LEVEL_KINDS = (FindingKind.TOO_LOUD, FindingKind.TOO_QUIET)


def on_platform(ctx: MixContext, t: LoudnessTarget) -> MixContext:
    """``ctx`` with its loudness findings judged against ``t`` (unchanged when ``t`` is the default target)."""
    a = ctx.analysis
    if a is None or t.name == ctx.target:
        return ctx
    kept = [f for f in ctx.findings if f.kind not in LEVEL_KINDS]
    level = level_finding(a, t.name)
    found = sorted([*kept, *([level] if level is not None else [])], key=answer_rank)
    return replace(ctx, findings=tuple(found), target=t.name)


def fitness_verdict(kind: FindingKind, t: LoudnessTarget) -> str:
    """The opening to "is it ok for broadcast?" when ``kind`` is the loudness fault found there."""
    return {
        FindingKind.TOO_LOUD: f"No, it's too loud for {t.said}:",
        FindingKind.TOO_QUIET: f"No, it's too quiet for {t.said}:",
        FindingKind.OVER_COMPRESSED: "Not yet, it's squashed:",
    }.get(kind, "Not yet, the peaks first:")


def fitness_opener(peaks_over: bool, fault_waiting: bool) -> str:
    """The opening to "ready for spotify?" when the level sits fine there: yes, close when the peaks pass the
    ceiling, and "for loudness" when another fault is still to fix before it goes out."""
    word = "close" if peaks_over else "yes"
    return f"For loudness, {word}:" if fault_waiting else f"{word.capitalize()}:"


def level_why(kind: FindingKind, t: LoudnessTarget) -> str:
    """Why the level matters on ``t``: a normalised destination turns a loud master down (streaming's reason stays
    the one ``model.why`` gives); nothing turns a CD up or down, so there the level is what the listener gets."""
    if kind is FindingKind.TOO_LOUD:
        if t.medium == "streaming":
            return WHY[FindingKind.TOO_LOUD]
        if (
            t.normalised
            and t.medium != "streaming"
            and (stream := LOUDNESS_TARGETS.get("spotify")) is not None
        ):
            # "would this pass for radio?": the broadcast programme norm, said as such, beside streaming's figure
            return (
                f"{t.medium} programmes are normalised to {t.integrated_lufs:g} LUFS, so the extra level is turned "
                f"down or the mix sent back; for streaming, about {stream.integrated_lufs:g} LUFS is the target."
            )
        if t.normalised:
            return f"{t.medium} is normalised to {t.integrated_lufs:g} LUFS, so the extra level is turned down or the mix sent back."
        return f"nothing turns a {t.said} down, but past the usual level the limiter only trades punch for loudness."
    if kind is FindingKind.TOO_QUIET and not t.normalised:
        return f"nothing turns a {t.said} up, so it plays that much quieter than the discs around it."
    return WHY.get(kind, "")
