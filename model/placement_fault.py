"""A technique asked for to place a part in the mix ("how do i glue the vocal into the track, it feels pasted on
top", "what compressor settings make the horns cut through?") while that part is measured at the wrong level.
"Pasted on top", "sticks out", "feels separate" are what a part too loud sounds like; "doesn't cut through",
"gets lost", "won't come forward" what a part too quiet sounds like; "glue", "blend", "sit in" ask for a part
that belongs, which neither a part 10 dB over nor 10 dB under does. An engineer moves the fader first and
brings in the technique asked about second, because balance comes before processing: no compressor glues a
part sitting 10 dB over the band. With nothing off on the part the technique's own answer stands.
"""

from __future__ import annotations

import re

from companion.context import Finding, FindingKind, MixContext
from companion.knowledge.roles import ROLE_TOPICS, instrument_role
from companion.knowledge.techniques import said_name
from model.answer_knowledge import settings
from model.answer_tracks import TECHNIQUE_WORDS
from model.focus import Focus
from model.intent import Wants
from model.moves import level_move
from model.phrasing import EXPLAIN_WORDS, MAX_WORDS, Answer, first_sentence, fit, lower_first

ON_TOP = re.compile(
    r"\bpasted\b|\bon top\b|\bsticks? out\b|\bstick(ing)? out\b|\bjumps? out\b|\bseparate\b|\bdisconnected\b|"
    r"\bdetached\b|\bnot (part of|in) the (mix|band|track|song)\b|\bdoesn'?t (sit|belong|fit)\b|\btuck\w*\b|"
    r"\b(push|pull|sit|set|tuck)\w* (\w+ ){0,2}back\b|\bsit (back|behind|under)\b|\bin your face\b|\bon its own\b",
    re.IGNORECASE,
)
"""A part said to sit over or apart from the rest: what a part too loud sounds like."""
UNDER = re.compile(
    r"\bcut(s|ting)? through\b|\b(punch|poke|come|comes|coming|cuts?|break|push)\w* (through|forward|out|up front)\b|"
    r"\bpops?( out| more| a bit)\b|\bmake (it|them|the \w+( \w+)?) pop\b|\blost\b|\bburied\b|\bbury\w*\b|\bhidden\b|"
    r"\bdisappear\w*\b|\bget heard\b",
    re.IGNORECASE,
)
"""A part wanted more forward or said to be hidden: what a part too quiet sounds like."""
BELONG = re.compile(r"\bglue\w*\b|\bgel\w*\b|\bblend\w*\b|\bmesh\w*\b|\bsits?( it)? (in|into|with)\b|"
                    r"\bsit(s|ting)?\b|\bfit\w* in\b|\bbelong\w*\b|\bintegrat\w*\b|\bcohesive\b", re.IGNORECASE)  # fmt: skip
"""A part wanted to belong in the mix: a part too far off either way does not."""
ANSWERED = (Wants.HOW_TO, Wants.WHY, Wants.WHAT_FIRST)


def directions(question: str) -> frozenset[FindingKind]:
    """The level faults the question's placement complaint is what a listener hears of (empty for none)."""
    kinds: set[FindingKind] = set()
    if ON_TOP.search(question):
        kinds.add(FindingKind.TRACK_TOO_LOUD)
    if UNDER.search(question):
        kinds.add(FindingKind.TRACK_TOO_QUIET)
    if not kinds and BELONG.search(question):
        kinds |= {FindingKind.TRACK_TOO_LOUD, FindingKind.TRACK_TOO_QUIET}
    return frozenset(kinds)


def placement_fault(ctx: MixContext, focus: Focus) -> Finding | None:
    """The measured level problem on the asked part (on the most severe part, when none is named and the
    complaint points one way) that the question's placement complaint is what a listener hears of."""
    intent = focus.intent
    if ctx.analysis is None or intent.wants not in ANSWERED:
        return None
    if intent.technique is None:
        return None
    kinds = directions(intent.question)
    if not kinds:
        return None
    names = {rt.name for a in focus.asked for rt in a.tracks}
    if intent.instruments and not names:
        return None  # the part asked about is not a track of its own: its own answer says so
    if not names and len(kinds) != 1:
        return None  # "how do I glue the mix?": no part, no direction: the technique's own answer
    found = [
        f
        for f in ctx.problems
        if f.kind in kinds and f.is_problem and f.track is not None and (f.track in names or not names)
    ]
    return max(found, key=lambda f: f.severity, default=None)


def placement_first(ctx: MixContext, focus: Focus) -> Answer | None:
    """The fader move on the part measured off first, why balance comes before processing, then the technique
    asked about as the second step; None when nothing measured explains the complaint."""
    fault = placement_fault(ctx, focus)
    if fault is None:
        return None
    intent = focus.intent
    move = level_move(fault, focus.session)
    name = intent.technique
    what = TECHNIQUE_WORDS.get(name or "", "") or said_name(name) or "processing"
    lead = first_sentence(fault.summary)
    why = f"Balance comes first: {what} won't place a part sitting at the wrong level, so set the fader before it."
    then = _technique_step(ctx, focus, name, fault)
    if intent.wants == Wants.WHY:
        parts = [f"Most likely this: {lower_first(lead)}", why, f"Try this: {lower_first(move.try_text)}",
                 then, move.check_text]  # fmt: skip
        return Answer(fit(parts, EXPLAIN_WORDS, keep=3), [move], fault)
    parts = [move.try_text, lead, why, then, move.check_text]
    return Answer(fit(parts, EXPLAIN_WORDS if intent.explain else MAX_WORDS, keep=3), [move], fault)


def _technique_step(ctx: MixContext, focus: Focus, name: str | None, fault: Finding) -> str:
    """The technique asked about, as the second step: typical settings for the part's role."""
    if name is None:
        return ""
    role = next(
        (
            rt.role
            for a in focus.asked
            for rt in a.tracks
            if rt.name == fault.track and rt.role in ROLE_TOPICS
        ),
        None,
    )
    if role is None:
        role = next((rt.role for rt in focus.session.tracks if rt.name == fault.track), None)
        role = role if role in ROLE_TOPICS else instrument_role(fault.track or "")
    step = settings("highpass" if name == "eq" else name, role, ctx)
    return (
        f"Then the {(TECHNIQUE_WORDS.get(name) or said_name(name) or name).removeprefix('a ')}: {lower_first(step)}"
        if step
        else ""
    )
