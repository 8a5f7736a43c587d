"""'How loud should the snare be vs the kick?': the gap one part keeps against another, asked as a number.

Why: the general router answered the first part named alone ("Leave 'Clap' where it is ... well under 'Lead
Vocal'"), which never says where the snare sits against the kick. MixologyDB holds, for each pair of roles found
together in enough well-rated mixes, how far one sits from the other (``balance.relations``). An engineer gives
that figure, then this mix's two meters, then whether to move anything: the level fault measured on either part
(with its move), or that none is. The gap under the lead vocal has its own route (``model.level_gap``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from companion.context import MixContext
from companion.knowledge.priors import MIN_LEVEL_MIXES, Spread, balance_relations
from model.answer_tracks import answer_asked, role_word
from model.focus import Asked, Focus
from model.intent import Wants
from model.intent_wants import GAP_NAMED
from model.level_gap import bare, between_pair, level_meter
from model.louder_than import LEVELS
from model.phrasing import MAX_WORDS, Answer, capital, fit, lower_first, split_sentences
from model.session_view import RoleTrack
from model.verdict_opening import without_opening

AGAINST = re.compile(
    r"\b(?:vs\.?|versus|compared (?:to|with)|against|next to|relative to|in relation to|than|above|over|"
    r"under(?:neath)?|below|beneath|behind)\s+(?:the |my |our |your )?",
    re.IGNORECASE,
)
"""The word that holds the asked part against the other, the other right after it ("vs the kick")."""
ASKS_GAP = re.compile(r"\bhow (?:loud|quiet|hot|far|much (?:louder|quieter|lower|higher)|many (?:db|decibels))\b",
                      re.IGNORECASE)  # fmt: skip
"""A size asked of a level ("how loud should", "how far above", "how many dB")."""
MEASURED_GAP = re.compile(
    r"^(?!.*\b(should|would|ought|supposed|meant)\b).*\bhow (much|many (db|decibels)|far)( (louder|quieter|lower|higher|"
    r"above|below|over|under|more|less))? (is|are)\b|^(?!.*\b(should|would|ought|supposed|meant)\b).*\bwhat(\W?s| is) "
    r"the (gap|difference|distance)\b|^(?!.*\b(should|would|ought|supposed|meant)\b).*\bhow (loud|quiet|hot) (is|are)\b",
    re.IGNORECASE,
)
"""The gap this mix has now, asked ("how much louder is the snare than the kick?"), not the gap to aim for: this
mix's two meters come first, real mixes' figure after them."""


def part_role(asked: Asked) -> str | None:
    """The one role a part's tracks share, or None."""
    roles = {rt.role for rt in asked.tracks}
    role = roles.pop() if len(roles) == 1 else None
    return "drum_kit" if role == "drum_bus" else role


def relation(part: str, ref: str) -> Spread | None:
    """How far ``part`` sits from ``ref`` in well-rated real mixes (dB, part minus ref), None when too few."""
    relations = balance_relations()
    data, flip = (relations.get(part) or {}).get(ref), False
    if data is None:
        data, flip = (relations.get(ref) or {}).get(part), True
    sp = Spread.of(data)
    if sp is None or sp.n < MIN_LEVEL_MIXES:
        return None
    if not flip:
        return sp
    p10, p90 = (-sp.p90 if sp.p90 is not None else None), (-sp.p10 if sp.p10 is not None else None)
    return Spread(-sp.median, -sp.q3, -sp.q1, sp.n, p10, p90)


def pair_reading(
    ctx: MixContext, part: Asked, ref: Asked
) -> tuple[tuple[str, str], Spread, tuple[RoleTrack, float], tuple[RoleTrack, float]] | None:
    """The two parts' roles, how far the first sits from the second in real mixes, and their two meters; None
    when a part has no single role, the pair no figure in MixologyDB, or a track no loudness meter."""
    first, second = part_role(part), part_role(ref)
    if first is None or second is None or first == second:
        return None
    spread = relation(first, second)
    a, b = level_meter(ctx, part.tracks), level_meter(ctx, ref.tracks)
    if spread is None or a is None or b is None:
        return None
    return (first, second), spread, a, b


def _pair(focus: Focus) -> tuple[Asked, Asked] | None:
    """(the part asked about, the part it is held against) when the question asks their gap as a number."""
    q = focus.intent.question
    if not (ASKS_GAP.search(q) or GAP_NAMED.search(q)):
        return None
    found = [a for a in focus.asked if a.tracks]  # a stand-in ('Clap' for the snare) plays that part's role
    m = AGAINST.search(q)
    if m is None:  # "how many dB between the kick and the bass?": the first held against the second
        two = between_pair(q, found)
        return None if two is None or _shared(*two) else two
    low = q.lower()
    # the part right after "vs" / "above" is the one held against ("how far above the kick should the snare sit?")
    ref = [a for a in found if low.startswith(bare(a.said), m.end())]
    rest = [a for a in found if a not in ref]
    if len(ref) != 1 or len(rest) != 1:
        return None
    return None if _shared(rest[0], ref[0]) else (rest[0], ref[0])


def _shared(a: Asked, b: Asked) -> bool:
    """True when two words name a track in common (no pair to compare)."""
    return bool({rt.name for rt in a.tracks} & {rt.name for rt in b.tracks})


def sits(word: str) -> str:
    """The verb for a role word: "the keys sit", "the bass sits"."""
    return "sit" if word.endswith("s") and not word.endswith("ss") else "sits"


def meters_said(rt_a: RoleTrack, v_a: float, rt_b: RoleTrack, v_b: float) -> str:
    """This mix's two meters and the gap between them, as every pair answer says them."""
    return f"Yours: {rt_a.quoted} reads {v_a:.1f} LUFS and {rt_b.quoted} {v_b:.1f} LUFS, a gap of {_signed(v_a - v_b)}."


def _signed(db: float) -> str:
    """'+2.0 dB', '-1.6 dB': a gap with its sign, the part held against the other (over is +)."""
    return f"{db:+.1f} dB"


MOVE_SIZE_Q = re.compile(
    r"\bhow (many|much)( db| dbs| decibels)? (should|do|would|can|must) (i|we) (push|pull|bring|turn|raise|lower|"
    r"cut|boost|drop|lift|bump|move|nudge|ride|take)\b",
    re.IGNORECASE,
)
"""A move's size asked on one part ("how many dB should i push it"), the other part only its comparison."""


def pair_gap(ctx: MixContext, focus: Focus) -> Answer | None:
    """The gap asked between two named parts: real mixes' figure, this mix's two meters, then the level fault
    measured on either part (its move), or where the gap sits in the spread."""
    if ctx.analysis is None or focus.intent.wants != Wants.HOW_MUCH or (pair := _pair(focus)) is None:
        return None
    part, ref = pair
    if "lead_vocal" in (part_role(part), part_role(ref)) or (read := pair_reading(ctx, part, ref)) is None:
        return None  # the gap under the lead has its own route and figure
    if MOVE_SIZE_Q.search(focus.intent.question) and any(
        f.kind in LEVELS and f.track in {rt.name for rt in part.tracks} for f in ctx.problems
    ):
        return None  # "kick's weak next to the clap, how many dB should i push it?": the move's size, first
    roles, spread, (rt_a, v_a), (rt_b, v_b) = read
    what, against = role_word(roles[0]), role_word(roles[1])
    head = (
        f"In {spread.n} well-rated real mixes with both (MixologyDB) the middle half put the {what} at "
        f"{_signed(spread.q1)} to {_signed(spread.q3)} against the {against} (median {_signed(spread.median)}, "
        "plus meaning louder)."
    )
    gap = v_a - v_b
    meters = meters_said(rt_a, v_a, rt_b, v_b)
    if MEASURED_GAP.search(focus.intent.question):
        way = "louder" if gap >= 0 else "quieter"
        meters = (
            f"A gap of {_signed(gap)}: {rt_a.quoted} reads {v_a:.1f} LUFS and {rt_b.quoted} {v_b:.1f} LUFS, so "
            f"{rt_a.quoted} is the {way} one by that much."
        )
        head, meters = meters, head
    for asked in (part, ref):
        names = {rt.name for rt in asked.tracks}
        if any(f.kind in LEVELS and f.track in names for f in ctx.problems):
            ans = answer_asked(ctx, replace(focus, asked=(asked,)), asked)
            body = without_opening(ans.text)
            said = "" if asked is part else f"What is off is {asked.tracks[0].quoted}: "
            body = lower_first(body) if said else capital(body)
            ans.text = fit(split_sentences(f"{head} {meters} {said}{body}"), MAX_WORDS, keep=3)
            return ans
    if spread.q1 <= gap <= spread.q3:
        tail = f"That's inside the usual gap, so leave {rt_a.quoted} where it is."
    else:
        tail = (
            f"That's outside the middle half, but nothing I measured says either part is out of line in the "
            f"mix, so at most a dB or two on {rt_a.quoted} by ear."
        )
    return Answer(f"{head} {meters} {tail}")
