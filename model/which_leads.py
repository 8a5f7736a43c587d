""" "Should the kick or the snare be louder?", "which should be on top, bass or kick?", "should the clap be as loud
as the kick?": which of two parts usually sits on top, asked as a convention, not about this mix's faults.

Why: the router answered the mix's verdict alone ("Neither: nothing I measured says 'Kick' or 'Snare' should
move"), or which is louder now ("'Bass' is the louder one"), which never says which one usually leads. MixologyDB
holds how far one role sits from the other in well-rated mixes (``balance.relations``, as ``model.pair_gap`` uses
for "how loud should the snare be vs the kick?"): an engineer says which one usually sits on top and by how much,
then this mix's two meters, then the level fault measured on either part (its move), or that none is.
"""

from __future__ import annotations

import re

from companion.context import MixContext
from companion.knowledge.priors import Spread
from companion.knowledge.roles import instrument_role
from model.answer_tracks import role_word
from model.focus import Asked, Focus
from model.level_gap import bare
from model.louder_than import LEVELS
from model.pair_gap import level_meter, meters_said, pair_reading, part_role, relation, sits
from model.phrasing import MAX_WORDS, Answer, capital, first_sentence, fit
from model.recipes import recipe

LEADS_Q = re.compile(
    # "who should win?": the part on top, asked as a contest's rule ("who wins?" asks who is on top now)
    r"\b(who|which( one)?) (should|gets to|is supposed to|ought to) win\b|"
    r"\b(which|what)( one| of (the |them|those|these)( two)?)? (should|ought to|needs? to|is supposed to|is meant to)"
    r" (be )?(louder|on top|lead|sit (on top|higher|above|in front)|be (the )?loudest|dominate|win|be up front|"
    r"(be )?(more |further )?(up ?front|forward|prominent|in front))\b|"
    # ("should i push the vocal 2 or 3 db louder" offers two sizes, not two parts)
    r"\bshould (the |my )?[\w' -]{2,30}?(?<!\d) or (the |my )?(?!\d)[\w' -]{2,30}? (be )?(louder|on top|lead|higher|up front)\b|"
    # "fiddle or piano, which one leads?", "pad or pluck, which goes in front?": the same, asked in the present
    r"\bor\b[^?.!]{0,30}\b(which|what)( one| of (them|the two|those))? (leads|goes (in front|on top|up front)|"
    r"sits (on top|in front)|comes first|wins|is the lead)\b|"
    r"\bshould (the |my )?[\w' -]{2,30}? be as (loud|hot|big|present) as "
    r"(the |my )?[\w' -]{2,30}?\s*\??$",
    re.IGNORECASE,
)
"""Which of two parts should sit on top, asked as a convention ("which one should lead?", "should the snare be
as loud as the kick?")."""
AS_LOUD = re.compile(r"\bas (loud|hot|big|present) as\b", re.IGNORECASE)
"""Asked whether the first part reaches the second: a yes or no on the first part's usual place."""
EVEN_DB = 1.5
"""A median gap under 1.5 dB: the two usually sit about level."""


def _two(focus: Focus) -> tuple[Asked, Asked] | None:
    found = [a for a in focus.asked if a.tracks]
    if len(found) != 2 or {rt.name for rt in found[0].tracks} & {rt.name for rt in found[1].tracks}:
        return None
    return found[0], found[1]


def which_leads(ctx: MixContext, focus: Focus) -> Answer | None:
    """Which of two named parts usually sits on top in real mixes and by how much, this mix's meters, then the
    level fault measured on either part; None when the question is no such ask or MixologyDB lacks the pair."""
    if ctx.analysis is None or not LEADS_Q.search(focus.intent.question):
        return None
    if (pair := _two(focus)) is None:
        return _one_inside(ctx, focus)
    if (read := pair_reading(ctx, *pair)) is None:
        return _no_rule(ctx, focus, *pair)
    roles, spread, (rt_a, v_a), (rt_b, v_b) = read
    head = _usual(focus.intent.question, role_word(roles[0]), role_word(roles[1]), spread)
    meters = meters_said(rt_a, v_a, rt_b, v_b)
    if (off := _fault_said(ctx, focus, [head, meters], {rt_a.name, rt_b.name})) is not None:
        return off  # the pair's convention holds; the fader measured off is what to move
    inside = spread.q1 <= v_a - v_b <= spread.q3
    tail = (
        "That's inside the usual gap, so leave both where they are."
        if inside
        else "That's outside the middle half, but neither part measures out of line in the mix: a dB or two by ear "
        "at most, as the song wants."
    )
    return Answer(fit([head, meters, capital(tail)], MAX_WORDS, keep=3))


def _usual(question: str, what: str, other: str, spread: Spread) -> str:
    """Which of the two usually sits on top in real mixes and by how much (a yes or no to "as loud as")."""
    if abs(spread.median) < EVEN_DB:
        head = f"About level, usually: the {what} {sits(what)} a median {spread.median:+.1f} dB against the {other}"
    else:
        lead, under = (what, other) if spread.median > 0 else (other, what)
        head = (
            f"The {lead}, usually: the {what} {sits(what)} a median {spread.median:+.1f} dB against the {other}, so the "
            f"{lead} is on top of the {under}"
        )
    if AS_LOUD.search(question):  # "should the bass be as loud as the kick?": a yes or no
        said = (
            "About, yes"
            if abs(spread.median) < EVEN_DB
            else "Yes, or louder"
            if spread.median > 0
            else "No, a bit under"
        )
        head = f"{said}: the {what} {sits(what)} a median {spread.median:+.1f} dB against the {other}"
    return head + (
        f" in {spread.n} well-rated real mixes with both (MixologyDB; the middle half {spread.q1:+.1f} to "
        f"{spread.q3:+.1f} dB, plus meaning the {what} louder)."
    )


def _fault_said(ctx: MixContext, focus: Focus, said: list[str], names: set[str]) -> Answer | None:
    """``said`` then the level fault measured on one of ``names`` and its move; None when none is off."""
    fault = next(
        (f for f in ctx.problems if f.kind in LEVELS and not f.is_lean and f.track in names),
        None,
    )
    if fault is None:
        return None
    move = recipe(fault, focus.session)
    parts = [*said, f"What is off: {first_sentence(fault.summary)}", move.try_text, move.check_text]
    return Answer(fit(parts, MAX_WORDS, keep=len(said) + 1), [move], fault)


def _one_inside(ctx: MixContext, focus: Focus) -> Answer | None:
    """ "should the bass be as loud as the kick?" with the kick inside 'Drums': the usual gap still holds, but the
    part inside a bus has no meter of its own, so the gap is set by ear; then the other part's own level (its fault
    and move, or that it is in line). None unless one part has tracks and the other plays inside one."""
    parts = [a for a in focus.asked if a.tracks or a.inside is not None]
    if len(parts) != 2 or sum(not a.tracks and a.inside is not None for a in parts) != 1:
        return None
    own = next(a for a in parts if a.tracks)
    bus = next(a for a in parts if not a.tracks)
    assert bus.inside is not None
    roles = [part_role(a) if a.tracks else instrument_role(a.word) for a in parts]
    if roles[0] is None or roles[1] is None or roles[0] == roles[1]:
        return None
    if (spread := relation(roles[0], roles[1])) is None or (read := level_meter(ctx, own.tracks)) is None:
        return None
    rt, v = read
    head = _usual(focus.intent.question, role_word(roles[0]), role_word(roles[1]), spread)
    word = bare(bus.said or bus.word)
    meters = (
        f"Your {word} plays inside {bus.inside.quoted}, with no track of its own to meter, so set that gap by ear "
        f"with the two soloed together; {rt.quoted} reads {v:.1f} LUFS."
    )
    if (off := _fault_said(ctx, focus, [head, meters], {rt.name})) is not None:
        return off
    return Answer(
        fit([head, meters, f"Nothing I measured says {rt.quoted} is out of line."], MAX_WORDS, keep=3)
    )


def _no_rule(ctx: MixContext, focus: Focus, a: Asked, b: Asked) -> Answer | None:
    """ "rhodes or strings, which should be more upfront?" with no gap for that pair in MixologyDB: no rule to quote,
    so the arrangement decides (the one carrying the hook or the line of that section on top), then this mix's
    two meters and a level fault on either part; None when a part has no loudness meter."""
    read_a, read_b = level_meter(ctx, a.tracks), level_meter(ctx, b.tracks)
    if read_a is None or read_b is None:
        return None
    (rt_a, v_a), (rt_b, v_b) = read_a, read_b
    head = (
        "No fixed rule for those two: the real mixes we have (MixologyDB) hold no usual gap between those kinds of "
        "part. It's the arrangement's call: whichever carries the hook or the line in that section goes on top, "
        "the other sits a few dB under it."
    )
    meters = meters_said(rt_a, v_a, rt_b, v_b)
    fault = next(
        (f for f in ctx.problems if f.kind in LEVELS and not f.is_lean and f.track in {rt_a.name, rt_b.name}),
        None,
    )
    if fault is None:
        return Answer(
            fit([head, meters, "Neither part measures out of line, so set the order by ear."], MAX_WORDS)
        )
    move = recipe(fault, focus.session)
    said = f"What is off: {first_sentence(fault.summary)}"
    return Answer(fit([head, meters, said, move.try_text, move.check_text], MAX_WORDS, keep=3), [move], fault)
