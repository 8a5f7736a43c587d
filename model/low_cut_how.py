""" "How do I cut some low end off the keys?", "can I cut some low end off the keys?": a low cut asked for on a part
whose low end measures fine, answered with the high-pass itself.

Why: the low end named reads as the boomy complaint, so the track route said "No: nothing I measured says 'Keys'
is boomy" (a bare no to a question that asked how, or asked leave), and a how-to with no move went to the
tightness craft, a compressor nobody asked for. An engineer gives the filter: a high-pass at the frequency
engineers used on that kind of part (MixologyDB), swept by ear, said as a clean-up rather than a fix since nothing
booms; a high-pass the part already has is read back from its EQ first, and left where it is when it sits inside the
middle half of what engineers used. A high-pass asked for by name ("where should i set a high pass on the hats? how
steep should the slope be") gets the same filter in place of any other move offered (a mud dip answered "where do i
cut" before), with the slope when asked: 12 dB/oct to start, 24 for a harder clean-out."""

from __future__ import annotations

import re
from dataclasses import replace

from companion.knowledge.priors import priors_table, starting_points
from companion.knowledge.roles import ROLE_WORDS
from model.evidence import set_high_pass
from model.focus import Focus
from model.intent import Wants
from model.moves import high_pass
from model.phrasing import MAX_WORDS, Answer, fit, names
from model.recipes import Move, hpf_hz
from model.session_view import RoleTrack

LOW_CUT = re.compile(
    r"\b(cut|cutting|remove|removing|take|taking|get rid of|roll(ing)? off|clean(ing)? up|thin(ning)? out|lose|"
    r"trim|trimming|filter|filtering)\b( (off|out|away|down))?( (some|a bit of|a little|the|all the|most of the))?"
    r" (low[- ]?end|lows|bottom( end)?|low frequencies|rumble|boom|sub)\b",
    re.IGNORECASE,
)
"""The low end asked to be cut ("cut some low end off", "roll off the lows", "clean up the bottom")."""
HIGH_PASS_SET = re.compile(
    r"\b(where|what (freq\w*|hz|setting|cutoff|point)|how (high|steep|sharp)|at what|slope|steep(ness)?|"
    r"(set|put|place|start)( up)? (a|the|my|an?)? ?(high[- ]?pass|hpf|hi[- ]?pass|low[- ]?cut))\b"
    r"[^?]{0,60}?\b(high[- ]?pass\w*|hpf|hi[- ]?pass\w*|low[- ]?cut)\b|"
    r"\b(high[- ]?pass\w*|hpf|hi[- ]?pass\w*|low[- ]?cut)\b[^?]{0,60}?\b(slope|steep\w*|db ?/ ?oct\w*|per octave)\b|"
    # "how should i high pass the other instruments ... like what freqs for the guitar, piano n fiddle": the
    # filter named first, then where it goes asked
    r"\bhow (should|do|would|can|to) ((i|we|u|you) )?(high[- ]?pass|hpf|hi[- ]?pass|low[- ]?cut)\b|"
    r"\b(high[- ]?pass\w*|hpf|hi[- ]?pass\w*|low[- ]?cut)\b[^?]{0,80}?[?.,]?[^?]{0,20}?\bwhat (freq\w*|frequencies|hz|"
    r"settings?|cutoffs?)\b",
    re.IGNORECASE,
)
"""A high-pass asked where to set, or how steep ("where should i set a high pass on the hats? how steep should the
slope be"): the filter itself asked for, by its name."""
SLOPE_ASKED = re.compile(r"\b(slope|steep\w*|db ?/ ?oct\w*|per octave|poles?|how sharp)\b", re.IGNORECASE)
SLOPE = (
    "For the slope, 12 dB/oct is the usual start; a second high-pass band at the same frequency makes it 24 dB/oct, "
    "a harder clean-out for a part with nothing to keep below it, but steep filters ring a little at the corner, so "
    "use no more than you need."
)
"""Common practice on a high-pass's slope (the card itself asks 12 dB/oct)."""
_LEAVE = re.compile(
    r"^\W*(can|could|may|should) (i|we)\b|\b(is it|would it be) (ok|okay|fine|alright)\b", re.I
)
"""Leave asked for the cut ("can i cut ...?", "is it ok to cut ...?"): said as yes, with how."""


def _served(question: str, said: str) -> bool:
    """True when the question names the part as the one the filters make room for ("so the upright gets its own
    space down low", "to make room for the bass"): it is not one of the parts to filter."""
    room = (
        rf"\b(so( that)?|to (let|give|make (room|space) for)|(room|space) for|leaving (room|space) for)\s+"
        rf"(the |my |our |a )?(\w+ )?{re.escape(said)}\b"
    )
    # "so they stop clouding up the bass n kick": the parts the filters stop covering
    covered = (
        r"\b(cloud\w*|mudd\w*|mask\w*|cover\w*|smear\w*|crowd\w*|swamp\w*|fighting|clash\w* with|stepping on|"
        r"getting in the way of|in the way of|eating|blurring)( up)? (the |my |our )?([\w']+ (n|and|&|or|\+) (the |my )?)?"
        rf"{re.escape(said)}\b"
    )
    return (
        re.search(room, question, re.IGNORECASE) is not None or re.search(covered, question, re.I) is not None
    )


def _filter_move(rt: RoleTrack, settle: bool = False) -> tuple[Move | None, str]:
    """The high-pass move on ``rt`` (None when its own filter already sits at or above the usual frequency) and the
    sentence that says it; with ``settle`` (where to set it asked, no cut asked for) a filter already inside the
    middle half of what engineers used stays."""
    usual = hpf_hz(rt.role, 100.0)
    own = set_high_pass(rt)
    spread = starting_points(rt.role).hpf_hz if rt.role else None
    if own is not None and own[1] >= usual:
        return (
            None,
            f"your {own[0]} already high-passes {rt.quoted} at {own[1]:.0f} Hz, at or above where most engineers put it",
        )
    if settle and own is not None and spread is not None and own[1] >= spread.q1:
        # "raise it from 100 to 110 Hz" is no move anyone hears: a filter inside the middle half engineers used stays
        return (
            None,
            f"your {own[0]} already high-passes {rt.quoted} at {own[1]:.0f} Hz, inside the range engineers used",
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
    if (ans.first is not None and ans.first.is_problem) or not focus.tracks:
        return ans
    # "where should i set a high pass on the hats?": the filter named, which replaces any other move offered
    named = HIGH_PASS_SET.search(q) is not None and intent.wants in (
        Wants.HOW_TO,
        Wants.JUDGE,
        Wants.HOW_MUCH,
    )
    if not named and (ans.moves or not LOW_CUT.search(q) or intent.wants not in (Wants.HOW_TO, Wants.JUDGE)):
        return ans
    leave = bool(_LEAVE.search(q))
    if intent.wants == Wants.JUDGE and not leave and not named:
        return ans  # "did i cut too much low end?" is a verdict on a cut made, not a cut asked for
    served = {rt.name for a in focus.asked if _served(q, a.said or a.word) for rt in a.tracks}
    tracks = [rt for rt in focus.tracks if rt.name not in served][:3] or list(focus.tracks[:3])
    made = [_filter_move(rt, settle=named and not LOW_CUT.search(q)) for rt in tracks]
    moves = [m for m, _ in made if m is not None]
    said = "; ".join(text for _, text in made)
    if not moves:  # every part already filtered at or above the usual frequency: nothing to add
        head = f"{said[:1].upper()}{said[1:]}."
    else:
        head = f"Yes: {said}." if leave else f"{said[:1].upper()}{said[1:]}."
    mixes = priors_table()["provenance"]["counts"]["mixes"]
    said_roles = []  # each kind of part its own figure: "electric guitars around 109 Hz, pianos around ..."
    for role in dict.fromkeys(rt.role or "" for rt in tracks):
        who = ROLE_WORDS.get(role, "")
        spread = starting_points(role).hpf_hz if role else None
        around = spread.says("Hz") if spread is not None else f"{hpf_hz(role, 100.0):.0f} Hz"
        if who:
            said_roles.append(f"{who} around {around}")
    listed = (
        ", ".join(said_roles[:-1]) + f" and {said_roles[-1]}" if len(said_roles) > 1 else "".join(said_roles)
    )
    source = f"Engineers high-passed {listed} in {mixes} real mixes (MixologyDB)" if said_roles else ""
    sweep = "sweep it up until the part starts to thin, then back off a little" if moves else "leave it there"
    parts_said = names([rt.name for rt in tracks], 3)
    parts = [head, f"{source}; {sweep}." if source else f"{sweep[:1].upper()}{sweep[1:]}."]
    keep = 2
    if SLOPE_ASKED.search(q):
        parts.append(SLOPE)
        keep = 3
    if moves:
        be = "is" if len(tracks) == 1 else "are"
        said = intent.complaint if intent.complaint in ("muddy", "boomy") else "boomy"
        parts += [
            f"Nothing I measured says {parts_said} {be} {said}, so this is a clean-up, not a fix.",
            moves[0].check_text,
        ]
    return Answer(fit(parts, MAX_WORDS, keep=keep), moves, None)
