""" "Can't hear the organ at all, mute it?", "should i just mute the organ": a part offered to be dropped.

Why: the judge route answered the claim before it ("Yes: 'Organ' sits about 10 dB quieter ... bring it up"), a
"yes" to muting followed by a move that keeps it. Muting is the asker's call, but a part measured too quiet is
buried, not unwanted, and one too loud needs its fader, not the mute: an engineer says so first, then the
measurement and the move.
"""

from __future__ import annotations

import re
from dataclasses import replace

from companion.context import FindingKind, MixContext
from model.focus import Focus
from model.phrasing import EXPLAIN_WORDS, MAX_WORDS, Answer, fit, lower_first, split_sentences
from model.verdict_opening import without_opening

MUTE_IT = re.compile(
    r"(^|[,;.!?]\s*|\b(should|shall|can|could) (i|we) (just )?|\bjust |\bmaybe |\bor )"
    r"(mute|kill|delete|remove|ditch|bin|scrap|get rid of|lose)\s+(?P<target>it|them|that|this|'?em|the [\w' -]{2,20}?)"
    r"(\s+(altogether|entirely|completely|then|instead))?"
    # "mute the pad so the pluck pokes through?": the purpose said after the mute
    r"(\s+(so|to|for|and let) [^?.!]{2,40}?)?"
    # "mute it or turn down?": the mute offered first, the fader after it
    r"(\s+or (just )?(turn|pull|bring|drop|lower) (it |them |em |'em )?(down|back)( a bit)?)?\s*\?*\s*$",
    re.IGNORECASE,
)
"""A part offered to be dropped, at the end of the question."""
_STRIP = re.compile(r"^(Too (quiet|loud)|Turn it down first|Bring it up first)[^:.]{0,20}:\s*", re.IGNORECASE)


def mute_it(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """``ans`` opened with the answer to the mute, when a part is offered to be dropped."""
    if len(focus.tracks) < 1 or not MUTE_IT.search(focus.intent.question):
        return ans
    names = {rt.name for rt in focus.tracks}
    target = MUTE_IT.search(focus.intent.question).group("target").lower()  # type: ignore[union-attr]
    muted = [rt for a in focus.asked if a.said and a.said.lower() in target for rt in a.tracks]
    other = next(
        (
            f
            for f in ctx.problems
            if f.is_problem
            and not f.is_lean
            and f.kind in (FindingKind.TRACK_TOO_QUIET, FindingKind.TRACK_TOO_LOUD)
            and f.track in names
            and f.track not in {rt.name for rt in muted}
        ),
        None,
    )
    if (
        muted
        and other is not None
        and not any(f.track in {rt.name for rt in muted} for f in ctx.problems if f.is_problem)
    ):
        # "mute the pad so the pluck pokes through?" with the pluck 13 dB low and the pad in place: its fader instead
        way = "up" if other.kind is FindingKind.TRACK_TOO_QUIET else "down"
        head = f"No need to mute {muted[0].quoted}: bring {other.track!r} {way} instead."
        body = _STRIP.sub("", without_opening(ans.text))
        limit = EXPLAIN_WORDS if focus.intent.explain else MAX_WORDS
        return replace(ans, text=fit(split_sentences(f"{head} {body[:1].upper() + body[1:]}"), limit, keep=2))
    kinds = {f.kind for f in ctx.problems if f.track in names and f.is_problem and not f.is_lean}
    if FindingKind.TRACK_TOO_QUIET in kinds:
        head = "No, don't mute it: it's buried, not in the way."
    elif FindingKind.TRACK_TOO_LOUD in kinds:
        head = "No need to mute it: turn it down."
    elif not ans.moves:
        head = "No need to mute it:"
    else:
        return ans
    body = _STRIP.sub("", without_opening(ans.text))
    said = f"{head} {lower_first(body) if head.endswith(':') else body[:1].upper() + body[1:]}"
    limit = EXPLAIN_WORDS if focus.intent.explain else MAX_WORDS
    return replace(ans, text=fit(split_sentences(said), limit, keep=2))
