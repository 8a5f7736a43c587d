""" "Are the kick and snare ok?" with the snare 10 dB low: the part measured off leads, not the first one named.

Why: the track route answers the first part the question names and the others get a word after it
(``model.each_part``). When the first is fine and the second is off, the first part's plan names the second as
the culprit and opens "Yes, it's fine itself:", a yes to "are they ok?" that the second part's fault denies. An
engineer asked about two parts leads with the one that is off ("No: 'Snare' sits about 10 dB quieter ...") and
says the other is fine. Only a question on the parts' state (no complaint, no tool, not an either/or): a
complaint about the first part ("the vocal gets lost when the guitars come in") keeps the part it is about first,
unless its closing yes/no guesses another part that is the one measured off while the first carries only a level
remark ("the kick just vanishes, is the bass too loud?" with the bass 10 dB over: the bass leads, its guess confirmed).
"""

from __future__ import annotations

from companion.context import FindingKind, MixContext
from model.focus import Asked
from model.intent import Intent, Wants

LEVEL_KINDS = (FindingKind.TRACK_TOO_LOUD, FindingKind.TRACK_TOO_QUIET)


def _off(ctx: MixContext, asked: Asked) -> float:
    """The severity of the worst level problem on the tracks of ``asked`` (0 when none)."""
    names = {rt.name for rt in asked.tracks}
    return max(
        (f.severity for f in ctx.problems if f.track in names and f.kind in LEVEL_KINDS and not f.is_lean),
        default=0.0,
    )


def _remarked(ctx: MixContext, asked: Asked) -> bool:
    """True when a level finding of any size (a remark too) is on the tracks of ``asked`` (or the bus it plays in):
    the remark its route would lead with."""
    names = {rt.name for rt in (*asked.tracks, *((asked.inside,) if asked.inside else ()))}
    return any(f.track in names and f.kind in LEVEL_KINDS for f in ctx.findings)


def faulted_first(
    ctx: MixContext, intent: Intent, found: list[Asked], guess: Asked | None = None
) -> list[Asked]:
    """``found`` with the part measured off first when the question asks about the named parts' state, or when
    it guesses a part as the cause (``guess``: "the kick just vanishes, is the bass too loud?") and that part is
    the one measured off while the part complained of is not."""
    if (
        guess is not None
        and len(found) >= 2
        and guess in found[1:]
        and intent.wants == Wants.JUDGE
        and _off(ctx, found[0]) == 0.0
        and _off(ctx, guess) > 0.0
        and _remarked(ctx, found[0])
    ):
        # a level remark on the part complained of would lead and hide the guessed part's fault ("Not 'Bass':
        # 'Kick' sits about 3 dB louder ... inside the range"); with no remark its route names the culprit itself
        return [guess, *(a for a in found if a is not guess)]
    if len(found) < 2 or intent.wants != Wants.JUDGE or intent.complaint is not None or intent.technique:
        return found
    if " or " in f" {intent.question} ":  # "is it the kick or the snare?": the either/or route picks
        return found
    if _off(ctx, found[0]) > 0.0 or not any(a.tracks for a in found[1:]):
        return found
    worst = max(found[1:], key=lambda a: _off(ctx, a))
    if _off(ctx, worst) == 0.0:
        return found
    return [worst, *(a for a in found if a is not worst)]
