""" "How do I get it louder?", "how can I make my mix as loud as commercial tracks?": the craft, on this mix's
numbers. Where it is against the destination asked (or the default target), how many dB that leaves, a limiter
last on the master with the destination's ceiling, what to watch while pushing (the peak-to-loudness ratio, the
limiter pumping), and when it already sits at or over the target, that louder only gets turned down.

It was answered with a 3 kHz EQ dip (the mix's worst fault, nothing about loudness), "Turn what up?", or "It isn't
the level" with no how. A fault that comes before loudness is said first, as an engineer would: clipping (the
limiter's ceiling is part of the same move) and a part far too loud (a limiter pushes the whole mix against its
loudest part, so the balance is set before it).
"""

from __future__ import annotations

import re
from dataclasses import replace

from companion.context import Analysis, Finding, FindingKind, MixContext
from companion.knowledge.targets import LoudnessTarget, loudness_target
from model.answer_amount_eq import HEAVY_PLR_DB
from model.answer_dynamics import first_problem
from model.asked_platform import asked_or_before, platform_intent
from model.focus import Focus, name_words, understand
from model.intent import Wants, classify, previous_question
from model.intent_forms import level_request
from model.intent_reference import REFERENCE
from model.loudness_aim import limiter_push, peaks_over
from model.phrasing import EXPLAIN_WORDS, MAX_WORDS, Answer, first_sentence, fit, lower_first
from model.platform_level import on_platform
from model.recipes import Move, recipe, size_head
from model.session_view import SessionView

LOUDER_Q = re.compile(
    r"\blouder\b|\bas loud as\b|\bloud enough\b|\b(hott?er|competitive)\b|"
    r"\bmore (loudness|volume|level|lufs)\b|\b(loudness|volume|level|lufs) up\b|"
    r"\b(boost|increase|raise|push|bring up|turn up|up) (the |my |its )?(overall )?(loudness|volume|level|lufs)\b|"
    r"\bup to (commercial|release|streaming|radio|spotify|cd) (loudness|level|volume)\b",
    re.IGNORECASE,
)
"""A how-to that asks for more loudness ("how do i get it louder?", "how do I increase the loudness?")."""
_DOWN = re.compile(r"\b(quieter|less loud|softer|turn (it )?down|too loud|lower)\b", re.IGNORECASE)
_SUBJECT = re.compile(r"\b(it|this|that)\b|\bmy (song|track|tune|record|master|music)\b", re.IGNORECASE)
"""The mix said without the word: "how do i get it louder?", "how do i make my song louder?"."""
_SAME_LEVEL = re.compile(
    r"\b(without|not) (changing|raising|touching|adding|more)\b[^?.]{0,12}\b(lufs|level|loudness|gain)\b|"
    r"\bat the same (level|lufs|loudness|volume)\b",
    re.IGNORECASE,
)
"""Louder asked at the same measured level: perceived loudness, a craft of its own, not the limiter's."""
_COMPLAINTS = (None, "loudness", "quiet", "clipping", "squashed")
"""A complaint beside "louder" that is still about the whole level ("the low end louder" is the low end's share)."""
FIRST_FAULTS = (FindingKind.CLIPPING, FindingKind.TRACK_TOO_LOUD)
"""Faults an engineer fixes before pushing the level: peaks already clipping, a part far over its place."""


def asks_louder(ctx: MixContext, focus: Focus) -> bool:
    """True for a how-to asking to make the whole mix louder."""
    intent = focus.intent
    q = intent.question
    if intent.wants != Wants.HOW_TO or intent.instruments or intent.technique not in (None, "limiting"):
        return False
    if (
        not LOUDER_Q.search(q)
        or _DOWN.search(q)
        or _SAME_LEVEL.search(q)
        or intent.complaint not in _COMPLAINTS
    ):
        return False
    if (
        not intent.about_master
        and (level_request(q) or not _SUBJECT.search(q))
        and intent.complaint != "loudness"
    ):
        return False  # "make it louder": a move asked for, on the mix or a track (the router asks which)
    reference = ctx.analysis.extra.get("reference_lufs") if ctx.analysis is not None else None
    return not (REFERENCE.search(q) and isinstance(reference, (int, float)))  # the reference's level answers


def louder_how(ctx: MixContext, focus: Focus) -> Answer | None:
    """The loudness craft on this mix, or None when the question is not a how-to for a louder mix."""
    a = ctx.analysis
    if a is None or any(f.kind is FindingKind.SILENCE for f in ctx.findings) or not asks_louder(ctx, focus):
        return None
    asked = asked_or_before(focus.intent, ctx.history)  # "how do i get it louder?" after "ok for a cd?": a CD
    t = asked or loudness_target(ctx.target)
    ctx = on_platform(ctx, t)
    s = focus.session
    fault = first_problem(ctx, FIRST_FAULTS)
    squashed = first_problem(ctx, (FindingKind.OVER_COMPRESSED,))
    push = a.integrated_lufs < t.range_lufs[0] and squashed is None
    parts: list[str] = []
    moves: list[Move] = []
    if fault is not None:
        parts, moves = _fault_first(fault, s, push)
    parts.append(_where(t, a))
    if push:
        moves.append(_push(t, a, s, clipping=fault is not None and fault.kind is FindingKind.CLIPPING))
        parts.append(moves[-1].try_text)
    elif squashed is not None:
        ease = recipe(squashed, s)
        moves.append(ease)
        parts += [f"And it's already squashed: {lower_first(squashed.summary)}", ease.try_text]
    elif (level := first_problem(ctx, (FindingKind.TOO_LOUD,))) is not None:
        moves.append(recipe(level, s))
        parts.append(moves[-1].try_text)
    keep = len(parts)
    lead = "The peaks need fixing too" if moves else "The peaks are the one thing to fix"
    parts.append(peaks_over(t, a, lead) if not push else "")  # pushing: the limiter's ceiling is in the move
    parts.append(_disc_note(t, a, s) if squashed is None and asked is None else "")
    parts.append(_watch(a, push) if squashed is None else "")
    limit = EXPLAIN_WORDS if focus.intent.explain else MAX_WORDS
    return Answer(fit(parts, limit, keep=keep), moves, fault or squashed)


def louder_amount(ctx: MixContext, focus: Focus) -> Answer | None:
    """ "how much?" after "how do i get it louder?": the push's size first ("About 3 dB: put a limiter ..."), the
    number the card carries; None when the question before was not that how-to or it pushed nothing."""
    intent = focus.intent
    before = previous_question(ctx.history)
    if intent.wants != Wants.HOW_MUCH or not intent.follow_up or intent.instruments or before is None:
        return None
    asked = platform_intent(classify(before[0], before[1], names=name_words(focus.session)), before[0])
    earlier = louder_how(
        replace(ctx, question=before[0], history=before[1]), understand(asked, focus.session)
    )
    push = (
        next((m for m in earlier.moves if m.suggestions and m.suggestions[-1].action == "limiter"), None)
        if earlier
        else None
    )
    if push is None or float(push.suggestions[-1].params.get("input_gain_db", 0.0)) <= 0.0:
        return None
    return Answer(
        fit([f"{size_head(push)} {lower_first(push.try_text)}", push.check_text], MAX_WORDS), [push], None
    )


def _fault_first(fault: Finding, s: SessionView, push: bool) -> tuple[list[str], list[Move]]:
    """The fault said before the loudness, with its move (clipping's own limiter card gives way to the push)."""
    move = recipe(fault, s)
    said = lower_first(first_sentence(fault.summary))
    if fault.kind is FindingKind.CLIPPING:
        if push:  # the limiter below is the same move: only the parts hitting 0 dB keep their own trim
            trims = [c for c in move.suggestions if c.track is not None]
            names = ", ".join(f"'{c.track}'" for c in trims)
            hits = "it hits" if len(trims) == 1 else "they hit"
            text = "The limiter that brings it up catches those peaks too" + (
                f"; trim {names} first, {hits} 0 dB on its own meter." if trims else "."
            )
            return [f"First the clipping: {said}", text], [Move(text, move.check_text, trims)]
        return [f"First the clipping: {said}", move.try_text], [move]
    why = "a limiter pushes the whole mix against its loudest part, so set the balance before it"
    return [f"First the balance: {said}", f"{move.try_text.rstrip('.')}: {why}."], [move]


def _where(t: LoudnessTarget, a: Analysis) -> str:
    """Where the mix sits against ``t``, and what that means for getting louder."""
    now = (
        f"You're at {a.integrated_lufs:.1f} LUFS integrated with the true peak at {a.true_peak_dbtp:.1f} dBTP"
    )
    lo, hi = t.range_lufs
    gap = t.integrated_lufs - a.integrated_lufs
    if a.integrated_lufs < lo:
        return f"{now}, {gap:.1f} LU under {t.said}'s {t.integrated_lufs:g} LUFS."
    if a.integrated_lufs <= hi:
        cost = (
            "anything louder gets turned down to that there" if t.normalised else "louder only trades punch"
        )
        return f"{now}, already at {t.said}'s {t.integrated_lufs:g} LUFS: {cost}, so a hotter master gains nothing."
    if t.normalised:
        return (
            f"{now}, {-gap:.1f} LU over {t.said}'s {t.integrated_lufs:g} LUFS: it gets turned down there already, "
            "so louder gains nothing and costs punch."
        )
    return f"{now}, {-gap:.1f} LU over the {t.integrated_lufs:g} LUFS {t.said} masters usually sit at: louder only trades punch."


def _push(t: LoudnessTarget, a: Analysis, s: SessionView, clipping: bool) -> Move:
    """The limiter move that reaches ``t`` from below, with its ceiling."""
    gain = float(round(t.integrated_lufs - a.integrated_lufs))
    put = (
        "Set the limiter on your master to"
        if s.master_has_limiter()
        else "Put a limiter last on the master with"
    )
    catches = ", which also holds the peaks that clip now" if clipping else ""
    past = f"; past that {t.said} turns it down again" if t.normalised else ""
    text = (
        f"{put} a {t.true_peak_max_dbtp:g} dBTP ceiling{catches} and bring it up about {gain:.0f} dB into it until "
        f"the meter reads about {t.integrated_lufs:g} LUFS integrated over the song{past}."
    )
    return limiter_push(t, gain, text)


def _disc_note(t: LoudnessTarget, a: Analysis, s: SessionView) -> str:
    """At a normalised target's level, no destination asked: where a CD (nothing turns it down) would put it."""
    disc = loudness_target("cd")
    lo, hi = t.range_lufs
    if not t.normalised or not lo <= a.integrated_lufs <= hi or a.integrated_lufs >= disc.range_lufs[0]:
        return ""
    more = round(disc.integrated_lufs - a.integrated_lufs)
    return (
        f"For a {disc.said}, where nothing turns it down, masters sit nearer {disc.integrated_lufs:g} LUFS: about "
        f"{more:.0f} dB more into {_limiter(s)}, its ceiling at {disc.true_peak_max_dbtp:g} dBTP."
    )


def _limiter(s: SessionView) -> str:
    """The limiter the move goes into: the one on the session's master, or one to add."""
    return "the limiter on your master" if s.master_has_limiter() else "a limiter last on the master"


def _watch(a: Analysis, push: bool) -> str:
    """What to watch while pushing: the peak-to-loudness ratio and the limiter pumping."""
    when = "As you push" if push else "If you do push"
    return (
        f"{when}, watch the peak-to-loudness ratio (it's {a.plr_db:.1f} dB now): under about {HEAVY_PLR_DB:g} dB it "
        "sounds squashed; and if the limiter pumps (the mix ducks on every kick), back off and get the rest from the "
        "mix."
    )
