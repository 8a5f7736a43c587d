"""A plug-in guessed as the cause of what the user hears ("is my limiter doing that?", "is the compressor causing
this?", "is it the reverb?") while nothing measured is out of line: the answer is about that plug-in itself, verdict
first. For a limiter (or compression on the whole mix) the master's own numbers say it: loudness, peak-to-loudness
and true peak, and whether they point to heavy limiting. For a compressor, reverb or delay on the parts the session
says whether they carry one at all. Either way no fader move follows: with nothing measured wrong there is none to
make, and a part's level an earlier answer left alone stays left alone. With a fault measured the other routes
answer ("Not first:", "It isn't the reverb;" and the fault), since the fault is then the likelier cause."""

from __future__ import annotations

import re

from companion.context import Finding, MixContext
from model.answer_amount import carried_fx
from model.answer_amount_eq import HEAVY_PLR_DB
from model.blamed_location import SQUASH
from model.focus import Focus
from model.guessed_cause import CAUSE_VERB
from model.intent import Wants, complaint_in
from model.intent_words import TECHNIQUE_WORDS
from model.phrasing import MAX_WORDS, Answer, first_sentence, fit, lower_first
from model.session_view import LIMIT_WORDS, RoleTrack, quote_list
from model.track_culprit import COMPLAINT_KINDS

TOOLS = {"limiting": "limiter", "compression": "compressor", "reverb": "reverb", "delay": "delay"}
"""The plug-ins whose part in the sound the session or the master's numbers can speak to."""
_COULD_BE = re.compile(
    r"\b(is|was|could|might)( it| that| this)( just| maybe| really| all)?( be)?( from| because of| due to| down to)? "
    r"(the|my) (?P<guess>[\w' -]{2,30}?)\s*[?.!]*\s*$",
    re.IGNORECASE,
)
"""'is it the limiter?', 'could it be the reverb?', 'is that from my compressor?': the other guess forms."""
CHECK = "To be sure, bypass it at matched loudness: if what you hear stays, it isn't the {tool}."


def guessed_tool(question: str) -> str | None:
    """The technique ``question`` guesses as the cause of what is heard (``TOOLS``), or None."""
    m = CAUSE_VERB.search(question) or _COULD_BE.search(question)
    if m is None:
        return None
    guess = m.group("guess")
    return next(
        (name for name in TOOLS if any(re.search(p, guess, re.IGNORECASE) for p in TECHNIQUE_WORDS[name])),
        None,
    )


def tool_answer(ctx: MixContext, focus: Focus) -> Answer | None:
    """The answer about the guessed plug-in itself when nothing measured is a fault; None otherwise."""
    intent = focus.intent
    tool = guessed_tool(intent.question)
    if tool is None or ctx.analysis is None or intent.wants in (Wants.WHY, Wants.HOW_MUCH, Wants.BETTER):
        return None  # "is my limiter doing that" takes a yes or no, with or without its question mark
    if complaint_in(intent.question, intent.instruments) is not None or SQUASH.search(intent.question):
        # "sounds muddy, is it my reverb?", "is my limiter making the low end pump?": the complaint said here is
        # what its own route answers
        return None
    if any(f.is_problem and not f.is_lean for f in ctx.problems):
        return None  # a fault measured: it is the likelier cause, and its own route answers
    tracks = list(focus.tracks)
    on_master = tool == "limiting" or (tool == "compression" and not tracks)
    parts = _master(ctx, tool) if on_master else _parts(focus, tool, tracks)
    parts += [_measured(ctx, intent.complaint), CHECK.format(tool=TOOLS[tool])]
    return Answer(fit(parts, MAX_WORDS, keep=2), [], None)


def _master(ctx: MixContext, tool: str) -> list[str]:
    """The master's dynamics as measured, and whether they point to heavy limiting."""
    a = ctx.analysis
    assert a is not None
    snap = ctx.snapshot
    fx = snap.master.fx if snap is not None else ()
    words = LIMIT_WORDS if tool == "limiting" else (*LIMIT_WORDS, "comp")
    carries = [
        f.name.split(" (")[0].removeprefix("VST: ")
        for f in fx
        if f.enabled and any(w in f.name.lower() for w in words)
    ]
    numbers = (
        f"the master measures {a.integrated_lufs:.1f} LUFS with {a.plr_db:.1f} dB of peak-to-loudness (PLR) and a "
        f"true peak of {a.true_peak_dbtp:.1f} dBTP"
    )
    said = TOOLS[tool]
    heavy = "heavily limited" if tool == "limiting" else "heavily compressed or limited"
    if a.plr_db < HEAVY_PLR_DB:
        head = (
            f"Possibly: {numbers}; under about {HEAVY_PLR_DB:.0f} dB of PLR a master reads as {heavy} "
            f"(project notes), so ease the {said} and listen again."
        )
    else:
        head = (
            f"No, not the {said}: {numbers}; only under about {HEAVY_PLR_DB:.0f} dB of PLR does a master read as "
            f"{heavy} (project notes)."
        )
    if snap is not None and not carries:
        head = f"No: there's no {said} on your master, and {numbers}."
    return [head]


def _parts(focus: Focus, tool: str, tracks: list[RoleTrack]) -> list[str]:
    """Whether the asked parts (or the whole session) carry the guessed plug-in at all."""
    scope = tracks or [rt for rt in focus.session.tracks if not rt.track.mute]
    where = f"on {quote_list(scope, 4)}" if tracks else "in this session"
    found = [c for rt in scope if (c := carried_fx(rt, tool))]
    said = TOOLS[tool]
    if not found:
        return [f"No: there's no {said} {where} at all, so it can't be doing that."]
    return [
        f"Not by what I can measure: {'; '.join(found[:2])}, and the meters can't split its share of the sound "
        "from the parts themselves."
    ]


def _measured(ctx: MixContext, complaint: str | None) -> str:
    """What was measured for the complaint the conversation is about (the whole mix's lean), else that nothing
    measured is out of line."""
    kinds = COMPLAINT_KINDS.get(complaint or "", frozenset())
    lean: Finding | None = next((f for f in ctx.problems if f.kind in kinds), None)
    if lean is not None:
        return f"What I did measure: {lower_first(first_sentence(lean.summary))}"
    if kinds:  # "is the mix boomy?" then "is the compressor doing that?": the boom itself was not measured
        return f"Nothing I measured makes the mix {complaint} either."
    return "Nothing I measured is out of line either."
