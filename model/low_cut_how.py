""" "How do I cut some low end off the keys?", "can I cut some low end off the keys?": a low cut asked for on a part
whose low end measures fine, answered with the high-pass itself.

Why: the low end named reads as the boomy complaint, so the track route said "No: nothing I measured says 'Keys'
is boomy" (a bare no to a question that asked how, or asked leave), and a how-to with no move went to the
tightness craft, a compressor nobody asked for. An engineer gives the filter: a high-pass at the frequency
engineers used on that kind of part (MixologyDB), swept by ear, said as a clean-up rather than a fix since nothing
booms; a high-pass the part already has is read back from its EQ first."""

from __future__ import annotations

import re
from dataclasses import replace

from companion.knowledge.priors import priors_table
from companion.knowledge.roles import ROLE_WORDS
from model.evidence import set_high_pass
from model.focus import Focus
from model.intent import Wants
from model.moves import high_pass
from model.phrasing import MAX_WORDS, Answer, fit
from model.recipes import Move, hpf_hz
from model.session_view import RoleTrack

LOW_CUT = re.compile(
    r"\b(cut|cutting|remove|removing|take|taking|get rid of|roll(ing)? off|clean(ing)? up|thin(ning)? out|lose|"
    r"trim|trimming|filter|filtering)\b( (off|out|away|down))?( (some|a bit of|a little|the|all the|most of the))?"
    r" (low[- ]?end|lows|bottom( end)?|low frequencies|rumble|boom|sub)\b",
    re.IGNORECASE,
)
"""The low end asked to be cut ("cut some low end off", "roll off the lows", "clean up the bottom")."""
_LEAVE = re.compile(
    r"^\W*(can|could|may|should) (i|we)\b|\b(is it|would it be) (ok|okay|fine|alright)\b", re.I
)
"""Leave asked for the cut ("can i cut ...?", "is it ok to cut ...?"): said as yes, with how."""


def _filter_move(rt: RoleTrack) -> tuple[Move | None, str]:
    """The high-pass move on ``rt`` (None when its own filter already sits at or above the usual frequency) and the
    sentence that says it."""
    usual = hpf_hz(rt.role, 100.0)
    own = set_high_pass(rt)
    if own is not None and own[1] >= usual:
        return (
            None,
            f"your {own[0]} already high-passes {rt.quoted} at {own[1]:.0f} Hz, at or above where most engineers put it",
        )
    move = high_pass(rt, "a low-end clean-up asked for", usual)
    if own is not None:  # the filter it has, moved up: the same card, said as a change to it
        move = replace(move, try_text=f"your {own[0]} high-passes {rt.quoted} at {own[1]:.0f} Hz: raise it to about "
                       f"{usual:.0f} Hz")  # fmt: skip
    else:
        move = replace(move, try_text=f"high-pass {rt.quoted} at about {usual:.0f} Hz")
    return move, move.try_text


def low_cut_how(focus: Focus, ans: Answer) -> Answer:
    """``ans`` replaced by the high-pass on the parts asked about when the question asks how (or whether it may)
    cut their low end and ``ans`` moves nothing (a measured fault keeps its own answer); ``ans`` otherwise."""
    intent = focus.intent
    q = intent.question
    if ans.moves or (ans.first is not None and ans.first.is_problem) or not focus.tracks:
        return ans
    if not LOW_CUT.search(q) or intent.wants not in (Wants.HOW_TO, Wants.JUDGE):
        return ans
    leave = bool(_LEAVE.search(q))
    if intent.wants == Wants.JUDGE and not leave:
        return ans  # "did i cut too much low end?" is a verdict on a cut made, not a cut asked for
    tracks = list(focus.tracks[:3])
    made = [_filter_move(rt) for rt in tracks]
    moves = [m for m, _ in made if m is not None]
    said = "; ".join(text for _, text in made)
    if not moves:  # every part already filtered at or above the usual frequency: nothing to add
        head = f"{said[:1].upper()}{said[1:]}."
    else:
        head = f"Yes: {said}." if leave else f"{said[:1].upper()}{said[1:]}."
    role = tracks[0].role or ""
    who = ROLE_WORDS.get(role, "")
    mixes = priors_table()["provenance"]["counts"]["mixes"]
    source = (f"Engineers high-passed {who} around {hpf_hz(role, 100.0):.0f} Hz in {mixes} real mixes (MixologyDB)"
              if who else "")  # fmt: skip
    sweep = "sweep it up until the part starts to thin, then back off a little" if moves else "leave it there"
    names = " and ".join(rt.quoted for rt in tracks)
    parts = [head, f"{source}; {sweep}." if source else f"{sweep[:1].upper()}{sweep[1:]}."]
    if moves:
        be = "is" if len(tracks) == 1 else "are"
        parts += [
            f"Nothing I measured says {names} {be} boomy, so this is a clean-up, not a fix.",
            moves[0].check_text,
        ]
    return Answer(fit(parts, MAX_WORDS, keep=2), moves, None)
