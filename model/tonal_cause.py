"""Another part's level behind a whole-mix tone verdict. The listening side records on a tonal verdict which level
problem may be causing it (``evidence.explained_by``, from ``companion.listening.balance_first``); when a user asks
about one part ("and the piano?") and the mix leans harsh because another part sits too loud in that range, an
engineer says so and moves that fader first, instead of suggesting an EQ dip on the part asked about."""

from __future__ import annotations

from companion.context import Finding, MixContext


def level_behind(ctx: MixContext, verdict: Finding, asked_track: str) -> Finding | None:
    """The level problem on a track other than ``asked_track`` that ``verdict``'s evidence names as its possible
    cause; None when it names none, or only the asked track's own."""
    named = str(verdict.evidence.get("explained_by", ""))
    if not named or verdict.track is not None:
        return None
    return next(
        (
            f
            for f in ctx.problems
            if f.track not in (None, asked_track)
            and f.is_problem
            and not f.is_lean
            and f"{f.kind} on '{f.track}'" in named
        ),
        None,
    )
