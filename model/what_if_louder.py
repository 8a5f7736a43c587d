""" "Is it ok if the guitars are louder than the vocal?", "should the snare be louder than the kick?": a ranking
between two parts asked as a hypothetical or a norm, not as a reading of the meters.

Why: the ranking route read it as "are the guitars louder than the vocal?" and answered "No: 'Gtr L' reads -24.9
LUFS against -20.0 LUFS", and the track route as "It's fine: nothing I measured says 'Gtr R' and 'Gtr L' are out
of line": neither says what happens if they are. An engineer answers the what-if: the lead on top is the usual
order; a supporting part over the lead is a choice some genres make, and it costs the words; between two other
parts, what real mixes do (MixologyDB's gap for that pair). Then where the two sit now, with their meters, and a
level fault on either part with its move.
"""

from __future__ import annotations

import re

from companion.context import MixContext
from model.answer_tracks import role_word
from model.evidence import TRACK_LEVEL_KINDS
from model.focus import Asked, Focus
from model.intent import Wants
from model.level_gap import bare, level_meter
from model.louder_than import EVEN_UP, RANKED, UP_WAYS
from model.moves import level_move
from model.pair_gap import relation
from model.phrasing import MAX_WORDS, Answer, first_sentence, fit, lower_first

HYPOTHETICAL = re.compile(
    r"\b(ok|okay|fine|alright|bad|wrong|weird|a problem|normal|allowed|acceptable|cool)\s+(if|for|when|to have)\b|"
    r"\bwhat (if|happens if|would happen if)\b|\b(would|will|does|do) it (be )?(ok|okay|fine|alright|bad|wrong|"
    r"matter|hurt|ruin|kill)\b|\bif (i|we) (made|make|put|push|pushed|had|have|let|turned|turn)\b",
    re.IGNORECASE,
)
"""A ranking asked as a what-if ("is it ok if", "what if i made", "would it be bad if")."""
NORM = re.compile(
    r"\bshould(n'?t)? (the |my |our )?[\w' -]{1,25}? (be|sit|stay|go|come)\b|\b(is it|are they) supposed to\b",
    re.IGNORECASE,
)
"""A ranking asked as a norm ("should the snare be louder than the kick?")."""
NOT_THIS = re.compile(r"\b(how (much|many|far|loud)|which|what number|by how)\b", re.IGNORECASE)
"""A size or a choice asked: ``model.pair_gap`` / ``model.level_gap`` / the either/or route answer it."""
LEAD = "lead_vocal"


def _pair(focus: Focus) -> tuple[Asked, Asked] | None:
    """(the part asked to be on top, the part under it), or None when the question ranks no two parts."""
    q = focus.intent.question
    m = RANKED.search(q)
    if m is None or m.group("even"):
        return None
    way = (m.group("way") or m.group("adj") or "").lower()
    low = q.lower()
    found = [a for a in focus.asked if a.tracks]
    before = [a for a in found if 0 <= low.find(bare(a.said)) < m.start()]
    after = [a for a in found if low.find(bare(a.said), m.end()) == m.end()]
    if len(before) != 1 or len(after) != 1 or before[0] is after[0]:
        return None
    if {rt.name for rt in before[0].tracks} & {rt.name for rt in after[0].tracks}:
        return None
    return (before[0], after[0]) if way in UP_WAYS | EVEN_UP else (after[0], before[0])


def _verdict(top: Asked, under: Asked, norm: bool) -> str:
    """What having ``top`` over ``under`` means, by their roles."""
    t, u = top.tracks[0], under.tracks[0]
    if t.role == LEAD:
        return (
            "Yes, that's the usual order: the lead vocal sits over the band in nearly every well-rated mix."
        )
    if u.role == LEAD:
        head = "Not usually; it's a choice" if norm else "It's a choice, with a cost"
        return (
            f"{head}: some rock and shoegaze mixes put the {top.said.lower()} level with or over the vocal for "
            "a wall of sound, but it costs the words: the lead stops leading and the lyric gets hard to follow, "
            "worst at low volume."
        )
    spread = relation(t.role or "", u.role or "") if t.role and u.role else None
    what, against = role_word(t.role), role_word(u.role)
    if spread is None:
        return f"It's a choice: the {what} over the {against} is a balance call, and the part on top leads the ear."
    head = "Yes, that's common" if spread.median > 0 else "It's a choice, though most mixes go the other way"
    return (
        f"{head}: in {spread.n} well-rated real mixes with both (MixologyDB) the middle half put the {what} "
        f"{spread.q1:+.1f} to {spread.q3:+.1f} dB against the {against} (median {spread.median:+.1f} dB)."
    )


def what_if_louder(ctx: MixContext, focus: Focus) -> Answer | None:
    """The what-if (or the norm) of one part over another, then where the two sit now, then a level fault on
    either with its move; None when the question is no such ranking."""
    q = focus.intent.question
    hypothetical = HYPOTHETICAL.search(q) is not None
    if ctx.analysis is None or not (hypothetical or NORM.search(q)) or NOT_THIS.search(q):
        return None
    if focus.intent.wants == Wants.HOW_MUCH:
        return None  # "roughly what dB should it come down by?": a size, whatever its words
    if (pair := _pair(focus)) is None or _ranking_told(q):
        return None
    top, under = pair
    a, b = level_meter(ctx, top.tracks), level_meter(ctx, under.tracks)
    if a is None or b is None:
        return None
    (rt_a, v_a), (rt_b, v_b) = a, b
    gap = v_a - v_b
    where = "already over it" if gap > 0 else "under it"
    now = (
        f"Yours now: {rt_a.quoted} reads {v_a:.1f} LUFS and {rt_b.quoted} {v_b:.1f} LUFS, so {rt_a.quoted} is "
        f"{where} by {abs(gap):.1f} dB."
    )
    names = {rt.name for x in pair for rt in x.tracks}
    faults = [f for f in ctx.problems if f.kind in TRACK_LEVEL_KINDS and f.track in names and not f.is_lean]
    verdict = _verdict(top, under, norm=not hypothetical)
    if not faults:
        tail = "Nothing I measured says either is out of line, so that's your call by ear."
        return Answer(fit([verdict, now, tail], MAX_WORDS, keep=3))
    fault = max(faults, key=lambda f: f.severity)
    move = level_move(fault, focus.session)
    said = f"But first, what is off: {lower_first(first_sentence(fault.summary))}"
    return Answer(fit([verdict, now, said, move.try_text, move.check_text], MAX_WORDS, keep=4), [move], fault)


_CLAIM_ASKED = re.compile(r"\btoo (hot|loud|quiet|low|soft|much|high)\b", re.IGNORECASE)


def _ranking_told(question: str) -> bool:
    """ "the piano is clanging away, even louder than her voice.. is it too hot or is that normal for soul": the
    ranking told as heard in a sentence before, and the level itself claimed in the one asked; the state is judged,
    not a what-if."""
    ranked = RANKED.search(question)
    asked = HYPOTHETICAL.search(question) or NORM.search(question)
    if ranked is None or asked is None or ranked.end() > asked.start():
        return False
    between = question[ranked.end() : asked.start()]
    return bool(re.search(r"[.!?;]", between)) and _CLAIM_ASKED.search(question, ranked.end()) is not None
