"""The last answer's pick doubted in favour of another part: "why that one tho? i was sure the horns were the
issue", "why the vocal and not the horns?", "why not the horns?" right after an answer that named the vocal.

The asker names the part they suspected, so the answer owes two things: why the pick (what it measured, what
that does to a listener) and why not theirs (its own meter, nothing out of line), then the same move as before.
Answering only the part they named ("nothing I measured says 'Horns' is out of line") drops the pick they asked
about and its move; answering only the pick ignores the part they suspected.
"""

from __future__ import annotations

import re

from companion.context import MixContext
from model.earlier_answer import earlier_answer
from model.evidence import track_evidence
from model.focus import Focus
from model.intent import previous_question
from model.listener_impact import listener_impact
from model.phrasing import EXPLAIN_WORDS, Answer, Composer, first_sentence, fit, lower_first
from model.verdict_reason import measured_basis

PICK_DOUBTED = re.compile(
    r"\bwhy (that|this|the) (one|track|part|thing)\b|\bwhy not (the|my|our)\b|"
    r"\bwhy [\w' ]{1,30}? (and not|not|over|instead of|rather than) (the|my|our)\b|"
    r"\b(i was (sure|certain|convinced)|i (thought|figured|assumed|reckoned|guessed|expected)|"
    r"i'?d have (said|thought|guessed|bet))\b",
    re.IGNORECASE,
)
"""Words that doubt the last pick ("why that one?", "why not the horns?", "i was sure the horns were it")."""
_AGAINST = re.compile(r"\b(and not|not|over|instead of|rather than)\s+(?=(the|my|our)\b)", re.IGNORECASE)
"""Where the part suspected follows the pick in one breath ("why the vocal and not the horns?")."""


def suspected_other(ctx: MixContext, focus: Focus, answer_of: Composer) -> Answer | None:
    """Why the last answer's pick and not the part the asker suspected; None when the question does not doubt
    the last pick for a part of the session, or when that part is measured off too (its own route says so).

    ``answer_of`` answers a context (``model.answer.compose``), passed in so this module imports no router.
    """
    q = focus.intent.question
    if ctx.analysis is None or previous_question(ctx.history) is None or not PICK_DOUBTED.search(q):
        return None
    if not focus.asked or not focus.session:
        return None
    earlier = earlier_answer(ctx, answer_of)
    f = earlier.first if earlier is not None else None
    if earlier is None or f is None or not earlier.moves or not f.is_problem or f.track is None:
        return None
    asked = list(focus.asked)
    if (turn := _AGAINST.search(q)) is not None:  # "why the vocal and not the horns?": the parts after "not"
        asked = [a for a in asked if (a.said or a.word).lower() in q[turn.end() :].lower()]
    # "why the bass tho? i figured the guitars were it": the pick said beside the part suspected
    asked = [a for a in asked if f.track not in {rt.name for rt in a.tracks}] or asked
    suspected = [rt for a in asked for rt in a.tracks]
    if not suspected:
        return None
    names_suspected = {rt.name for rt in suspected}
    if f.track in names_suspected:
        return None  # the part named is the pick: a plain "why?" about it
    if any(p.track in names_suspected for p in ctx.problems if p.is_problem):
        return None  # the part suspected is off too: its own route weighs the two
    cleared = []
    for rt in suspected[:3]:
        meter = track_evidence(ctx, rt).measured_level()
        cleared.append(f"{rt.quoted} ({meter})" if meter else rt.quoted)
    many = len(cleared) > 1
    said = measured_basis(f)
    said = f"it{said[len(repr(f.track)) :]}" if said.startswith(repr(f.track)) else lower_first(said)
    theirs = (
        f"Not {' or '.join(cleared)}: nothing I measured says {'they are' if many else 'it is'} out of line, "
        f"so {'they sit' if many else 'it sits'} where real mixes put {'them' if many else 'it'}."
    )
    parts = [
        f"Because {f.track!r} is what measured off: {said}",
        theirs,
        f"Why it matters: {lower_first(listener_impact(f, None))}.",
        f"So the move stands: {lower_first(first_sentence(earlier.moves[0].try_text))}",
    ]
    return Answer(fit(parts, EXPLAIN_WORDS, keep=2), list(earlier.moves), f)
