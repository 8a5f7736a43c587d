""" "Is it weird that i have no reverb on anything?", "is it bad that my master has no limiter?": a processing choice
the asker has not made, asked as a judgement.

Why: the question names a technique, so it got that technique's lesson ("Reverb puts a sound in a space ..."),
which never says whether leaving it out is a mistake. An engineer answers the judgement from the session and the
numbers: how often real mixes (MixologyDB) use it on these parts says how unusual leaving it out is; a master
without a limiter is fine when it already sits at the release level with its peaks under the ceiling, and wants one
only to go louder (or to stop overs). A part measured off is named too, with its move, since no plug-in fixes a
fader."""

from __future__ import annotations

import re

from companion.context import MixContext
from companion.knowledge.targets import loudness_target
from model.answer_amount import carried_fx, start_verdict, technique_shares
from model.answer_knowledge import settings
from model.evidence import TRACK_LEVEL_KINDS
from model.focus import Focus
from model.intent import Wants
from model.phrasing import MAX_WORDS, Answer, first_sentence, fit, lower_first
from model.recipes import recipe

ABSENT_Q = re.compile(
    r"\b(bad|weird|wrong|ok|okay|fine|normal|a problem|an issue|strange|odd|a mistake|unusual|lazy|amateur\w*)"
    r"( that| if)? (i|we|my|the|there|nothing|none of)\b[^?]{0,30}?\b(no|not|don'?t|didn'?t|never|without|zero)\b"
    r"[^?]{0,20}?\b(?P<what>reverbs?|verb|delays?|compress\w*|comps?|limit\w*)\b",
    re.IGNORECASE,
)
"""A technique left out, asked as a judgement ("is it weird that i have no reverb", "is it bad i don't compress");
EQ has no plug-in family the session can be searched for, so it keeps its lesson."""
_TECH = {"reverb": "reverb", "verb": "reverb", "delay": "delay", "comp": "compression", "limit": "limiting"}
QUIET_MARGIN_LU = 4.0
"""How far under the loudness target a master is quiet for a release, so a limiter is how it gets there."""


def _technique(word: str) -> str:
    """The technique the asker's word names ("verb" is reverb, "comps" compression)."""
    w = word.lower()
    return next(t for k, t in _TECH.items() if w.startswith(k))


def absent_choice(ctx: MixContext, focus: Focus) -> Answer | None:
    """The judgement on a technique left out, from the session and the meters; None for any other question."""
    intent = focus.intent
    m = ABSENT_Q.search(intent.question)
    if m is None or intent.wants != Wants.JUDGE or ctx.analysis is None or focus.session is None:
        return None
    tech = _technique(m.group("what"))
    fault = next((f for f in ctx.problems if f.kind in TRACK_LEVEL_KINDS and not f.is_lean and f.track), None)
    if tech == "limiting":
        parts = _limiter(ctx)
    else:
        tracks = list(focus.tracks) or [rt for rt in focus.session.tracks if not rt.track.mute]
        carried = [c for rt in tracks if (c := carried_fx(rt, tech))]
        if carried:  # "no reverb on anything" while the session has one: what it has, first
            parts = [f"You do have some: {lower_first('; '.join(carried[:2]))}.", _when(tech)]
        else:  # how often real mixes use it on these parts decides how unusual leaving it out is
            usual = start_verdict(tech, tracks)
            head = {
                "Yes, but start one: ": "Not a mistake, but unusual",
                "Maybe, gently: ": "Not really",
            }.get(usual, f"No, it isn't {_word(intent.question)}")
            shares = technique_shares(tech, tracks)
            parts = [
                f"{head}: {shares}." if shares else f"{head}: it's a choice, not a mistake.",
                _when(tech),
            ]
        parts.append(settings(tech, "lead_vocal", ctx))
    if fault is None:
        return Answer(fit([p for p in parts if p], MAX_WORDS, keep=2))
    move = recipe(fault, focus.session)
    lead = [parts[0], f"What is off is a fader: {lower_first(first_sentence(fault.summary))}", move.try_text]
    return Answer(fit([*lead, *parts[1:]], MAX_WORDS, keep=3), [move], fault)


def _word(question: str) -> str:
    """The asker's own word for the worry ("weird", "lazy"), said back in the verdict."""
    m = re.search(
        r"\b(weird|bad|wrong|strange|odd|a mistake|unusual|lazy|amateur\w*)\b", question, re.IGNORECASE
    )
    return m.group(1).lower() if m else "wrong"


def _when(tech: str) -> str:
    """When an engineer does reach for the technique: the sound that calls for it."""
    return {
        "reverb": "Add some when the parts sound pasted on rather than in one room, or the mix feels flat and close: "
        "one shared reverb on a send, brought up until you notice it, then back a touch.",
        "delay": "Reach for one when a vocal or lead needs space without the wash of a reverb: a quarter-note "
        "delay on a send, low-passed, tucked under.",
        "compression": "Reach for one when a part's level jumps around (words dropping out, notes poking out), not "
        "because every track is supposed to have one.",
    }[tech]


def _limiter(ctx: MixContext) -> list[str]:
    """A master without a limiter judged on its loudness and true peak, against the session's loudness target."""
    a = ctx.analysis
    assert a is not None
    t = loudness_target(ctx.target)
    lufs, peak, level, ceiling = a.integrated_lufs, a.true_peak_dbtp, t.integrated_lufs, t.true_peak_max_dbtp
    numbers = f"{lufs:.1f} LUFS integrated, true peak {peak:.1f} dBTP"
    if peak > ceiling:
        return [f"Here it matters: {numbers}, so the peaks go over the {ceiling:g} dBTP ceiling and can clip after "
                f"conversion.", f"Put a limiter last on the master with its ceiling at {ceiling:g} dBTP, or turn the "
                "master down until the peaks sit under it."]  # fmt: skip
    if lufs < level - QUIET_MARGIN_LU:
        return [f"Not bad, just quiet for a release: {numbers}, about {level - lufs:.0f} dB under the {t.short} "
                f"target ({level:g} LUFS).", "A limiter last on the master is how you get there: raise its input "
                f"until the mix reads about {level:g} LUFS, ceiling {ceiling:g} dBTP."]  # fmt: skip
    if lufs > t.range_lufs[1]:  # louder than the target already: a limiter would only be turned down again
        return [f"No: {numbers}, already louder than the {t.short} target ({level:g} LUFS) with the peaks under "
                f"{ceiling:g} dBTP, so nothing needs one" + (f"; {t.short} turns it down to its level anyway."
                if t.normalised else ".")]  # fmt: skip
    return [f"No: {numbers}, already about at the {t.short} target ({level:g} LUFS) with the peaks under "
            f"{ceiling:g} dBTP, so nothing needs one.", "A limiter is only for going louder: if you want that, put "
            f"one last on the master, ceiling {ceiling:g} dBTP."]  # fmt: skip
