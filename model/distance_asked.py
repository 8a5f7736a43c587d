""" "How far off is the bass?", "by how much is the vocal off?", "how many dB too loud is the snare?": the distance
asked, the measured gap between the part and where real mixes keep it, then the move.

Why: these went to the "how much?" answer, which opens with the size of the fader move ("About 6 dB: bring the
fader on 'Bass' down about 6 dB"), and a part inside its range got "It's fine: nothing I measured says 'Bass' is
out of line", neither of which says how far off it is. The move is capped and stops at the edge of the usual
range, so it is not the distance: an engineer says the gap first ("About 10 dB"), how far past the edge of the
usual range that is, then the move; a part inside the range is "not off", with its gap.
"""

from __future__ import annotations

import re

from companion.context import Finding, FindingKind, MixContext
from companion.knowledge.priors import typical_level
from model.evidence import TRACK_LEVEL_KINDS
from model.focus import Focus
from model.level_gap import bare, level_meter
from model.phrasing import MAX_WORDS, Answer, first_sentence, fit, lower_first
from model.recipes import recipe

DISTANCE_Q = re.compile(
    r"\bhow far (off|out|over|under|above|below|away|from)\b|\bhow (off|out of line|out of whack) (is|are)\b|"
    r"\bhow (much|many (db|decibels)) (is|are) (the |my |our |that )?[\w' -]{1,25}? (off|out|over|under)\b|"
    r"\b(by )?how much (is|are) [\w' -]{1,30}? too (loud|quiet|low|high|hot|soft|quite|much)\b|"
    r"\bhow (much|many (db|decibels)) too (loud|quiet|low|high|hot|soft|quite)\b|\boff by how much\b|"
    r"\b(is|are) [\w' -]{1,30}? off by\b|\bhow much off\b",
    re.IGNORECASE,
)
"""How far a part is from its place, asked (not how far to move it: "how far should I pull it down?")."""
PAIR_DISTANCE_Q = re.compile(
    r"^(?!.*\b(should|would|ought|supposed|meant|need|needs)\b).*\bhow (many (db|decibels)|much|far) (is|are) "
    r"(the |my |our )?(?P<part>[\w' -]{1,25}?) (under|below|over|above|louder than|quieter than|behind) "
    r"(the |my |our )?(?P<ref>[\w' -]{1,25}?)\W*$",
    re.IGNORECASE,
)
"""The gap between two parts as it is now ("how many dB is the vocal under the guitars?"), not the gap to aim for
(``model.level_gap``, ``model.pair_gap``)."""


def _spread(f: Finding) -> tuple[float, float] | None:
    spread = f.evidence.get("typical_spread_db")
    if isinstance(spread, (list, tuple)) and len(spread) == 2:
        return float(spread[0]), float(spread[1])
    return None


def distance_asked(ctx: MixContext, focus: Focus) -> Answer | None:
    """The gap between the part asked about and its place, then the move; None when no distance is asked of one
    part of the session."""
    intent = focus.intent
    if len(focus.asked) == 2 and intent.technique is None:
        return _two_parts(ctx, focus)
    if len(focus.asked) != 1 or not DISTANCE_Q.search(intent.question) or intent.technique is not None:
        return None
    tracks = list(focus.asked[0].tracks)
    if not tracks or focus.asked[0].how == "inside":
        return None
    names = {rt.name for rt in tracks}
    levels = [f for f in ctx.findings if f.kind in TRACK_LEVEL_KINDS and f.track in names]
    found = [f for f in levels if isinstance(f.evidence.get("deviation_db"), (int, float))]
    relation = next((f for f in levels if f.is_problem and f not in found), None)
    if relation is not None:
        return _under_the_lead(relation, focus)
    if not found:
        if (
            levels or len(tracks) > 1 or not _compared(tracks[0].role)
        ):  # a remark against the lead: the router's
            return None
        return Answer(
            f"Not off: {tracks[0].quoted} sits inside the middle half of where well-rated real mixes keep that "
            "part, so there's no gap to speak of; I'd leave its fader where it is."
        )
    f = max(found, key=lambda g: (g.is_problem, abs(float(g.evidence["deviation_db"]))))
    dev = float(f.evidence["deviation_db"])
    said = first_sentence(f.summary).rstrip(".")
    spread = _spread(f)
    edge = (spread[1] if dev > 0 else spread[0]) if spread is not None else None
    if not f.is_problem:
        return Answer(
            f"Not off by much: {said}. That's inside the range most well-rated mixes use, so I'd leave it."
        )
    past = abs(dev) - abs(edge) if edge is not None else 0.0
    beyond = f", about {past:.0f} dB past the edge of the range most of them sit in" if past >= 1.0 else ""
    move = recipe(f, focus.session)
    way = "too loud" if dev > 0 else "too quiet"  # "About 6 dB:" alone is the move's size (``size_head``)
    parts = [f"About {abs(dev):.0f} dB {way}: {said}{beyond}.", move.try_text, move.check_text]
    return Answer(fit(parts, MAX_WORDS, keep=2), [move], f)


def _compared(role: str | None) -> bool:
    """True when real mixes give parts of ``role`` a typical level of their own (no finding then means the part
    sits inside their middle half); a horn part, with none, is only held against the lead."""
    return role is not None and typical_level(role) is not None


def _under_the_lead(f: Finding, focus: Focus) -> Answer | None:
    """A part with no place of its own, judged against the lead vocal: how far past the usual gap it sits."""
    gap = re.search(r"most sit (\d+) to (\d+) dB under the lead", f.summary)
    vs_lead = f.evidence.get("vs_lead_db")
    if gap is None or not isinstance(vs_lead, (int, float)):
        return None
    low, high = float(gap.group(1)), float(gap.group(2))
    under = -float(vs_lead)  # dB under the lead (negative: over it)
    quiet = f.kind is FindingKind.TRACK_TOO_QUIET
    past = under - high if quiet else low - under
    if past < 1.0:
        return None
    way = "too quiet" if quiet else "too loud"
    move = recipe(f, focus.session)
    head = (
        f"About {past:.0f} dB {way}: {first_sentence(f.summary).rstrip('.')}, where supporting parts in well-rated "
        f"real mixes mostly sit {low:.0f} to {high:.0f} dB under it."
    )
    return Answer(fit([head, move.try_text, move.check_text], MAX_WORDS, keep=2), [move], f)


def _two_parts(ctx: MixContext, focus: Focus) -> Answer | None:
    """The measured gap between two named parts, then the level fault on either (its move); None when the
    question does not ask it or a part has no loudness meter."""
    m = PAIR_DISTANCE_Q.search(focus.intent.question)
    if m is None:
        return None
    said = m.group("part").lower()
    part = next((a for a in focus.asked if a.tracks and bare(a.said) in said), None)
    ref = next((a for a in focus.asked if a.tracks and a is not part), None)
    if part is None or ref is None:
        return None
    a, b = level_meter(ctx, part.tracks), level_meter(ctx, ref.tracks)
    if a is None or b is None:
        return None
    (rt_a, v_a), (rt_b, v_b) = a, b
    gap = v_a - v_b
    way = "under" if gap < 0 else "over"
    head = (
        f"A gap of {gap:+.1f} dB: {rt_a.quoted} reads {v_a:.1f} LUFS and {rt_b.quoted} {v_b:.1f} LUFS, so "
        f"{rt_a.quoted} sits {way} it by that much."
    )
    names = {rt.name for asked in (part, ref) for rt in asked.tracks}
    fault = next(
        (f for f in ctx.problems if f.kind in TRACK_LEVEL_KINDS and f.track in names and not f.is_lean), None
    )
    if fault is None:
        return Answer(
            f"{head} Neither one's level is measured out of line against real mixes, so I'd leave both."
        )
    move = recipe(fault, focus.session)
    parts = [
        head,
        f"What is off: {lower_first(first_sentence(fault.summary))}",
        move.try_text,
        move.check_text,
    ]
    return Answer(fit(parts, MAX_WORDS, keep=3), [move], fault)
