"""Esses blamed while a bright percussion part sits far too loud ("should i de-ess the vocal? the esses are killing
me" with the hats 10 dB over): hi-hats, cymbals, shakers and tambourines put their sizzle in the same 5-10 kHz range
as a voice's s and t sounds, so the ear hears the two as one hiss. An engineer sets that part's fader first and
de-esses only if the esses still jump out; the router answered with the de-esser's craft alone, over a part 10 dB
off. A de-esser asked for with no such part keeps its answer."""

from __future__ import annotations

from companion.context import Finding, FindingKind, MixContext
from companion.knowledge.techniques import technique
from model.focus import Focus
from model.phrasing import MAX_WORDS, Answer, first_sentence, fit, lower_first
from model.recipes import recipe

SIZZLE_ROLES = frozenset({"hihat", "overheads", "percussion"})
"""Roles whose energy sits where sibilance does (5-10 kHz): hats, cymbals over the kit, shakers and tambourines."""


def sizzle_part(ctx: MixContext, focus: Focus) -> Finding | None:
    """The most severe too-loud problem on a sizzle part the question does not ask about, or None."""
    if focus.session is None:
        return None
    asked = {rt.name for a in focus.asked for rt in a.tracks}
    roles = {rt.name: rt.role for rt in focus.session.tracks}
    loud = [
        f
        for f in ctx.problems
        if f.kind is FindingKind.TRACK_TOO_LOUD
        and f.track is not None
        and f.track not in asked
        and roles.get(f.track) in SIZZLE_ROLES
    ]
    return max(loud, key=lambda f: f.severity, default=None)


def with_sizzle_first(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """``ans`` led by the sizzle part's fader when a de-esser is asked about while that part sits too loud."""
    if focus.intent.technique != "deessing" or ctx.analysis is None:
        return ans
    part = sizzle_part(ctx, focus)
    if part is None or any(s.track == part.track for s in ans.suggestions):
        return ans
    move = recipe(part, focus.session)
    head = (
        f"Not first: {lower_first(first_sentence(part.summary))} Its sizzle sits in the same 5-10 kHz range as the "
        "esses, so the two add up to one hiss."
    )
    asked = [rt for a in focus.asked for rt in a.tracks]
    vocal = asked[0] if asked else next((rt for rt in focus.session.tracks if rt.role == "lead_vocal"), None)
    deess = technique("deessing").move_on(vocal.quoted if vocal is not None else None)
    then = f"If the esses still jump out after that, de-ess: {lower_first(deess)}"
    text = fit([head, move.try_text, then, move.check_text], MAX_WORDS, keep=3)
    return Answer(text, [move, *ans.moves], part)
