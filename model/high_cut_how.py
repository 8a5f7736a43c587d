""" "where should i put a low pass on them n how steep, without them going dull": a low-pass asked for by name on a
part, answered with the filter itself.

Why: the low-pass named read as an EQ question about the part's measured tone, so the answer gave a bell dip at
6.3 kHz (or MixologyDB's high-pass) and never said where the low-pass goes or how steep, which was the question. An
engineer gives the filter: where engineers set a low-pass on that kind of part in real mixes (MixologyDB, when
enough of them did), swept down by ear until what bothers the asker eases and stopped before the part dulls, 12
dB/oct to start. A low-pass the part already has is read back from its EQ first. A part measured at the wrong level
keeps its fader answer: balance comes before any filter.
"""

from __future__ import annotations

import re

from companion.context import MixContext, Suggestion
from companion.knowledge.priors import Spread, priors_table, quotable
from companion.knowledge.roles import ROLE_WORDS
from companion.knowledge.wording import say_hz
from model.evidence import TRACK_LEVEL_KINDS, set_low_pass
from model.focus import Focus
from model.intent import Wants
from model.phrasing import MAX_WORDS, Answer, fit
from model.recipes import Move
from model.reported_move import reports_move

LOW_PASS = r"(low[- ]?pass\w*|lpf|hi(gh)?[- ]?cut|top[- ]?cut filter)"
LOW_PASS_SET = re.compile(
    r"\b(where|what (freq\w*|hz|setting|cutoff|point)|how (low|steep|sharp)|at what|slope|steep(ness)?|"
    rf"(set|put|place|start|stick|slap|add)( up)? (a|the|my|an?)? ?{LOW_PASS})\b[^?]{{0,60}}?\b{LOW_PASS}|"
    rf"\b{LOW_PASS}\b[^?]{{0,60}}?\b(where|slope|steep\w*|db ?/ ?oct\w*|per octave|how (low|steep|sharp))\b",
    re.IGNORECASE,
)
"""A low-pass asked where to set, or how steep ("where should i put a low pass on them n how steep"): the filter
itself asked for, by its name."""
CONVENTION_HZ = 10000.0
"""Where a low-pass starts by common practice when too few real mixes low-passed that kind of part to quote."""
AIRY_ROLES = frozenset({"lead_vocal", "backing_vocal", "hihat", "overheads", "percussion", "acoustic_guitar"})
"""Parts whose air is their point: a low-pass only trims hiss above it (about 15 kHz), never their sheen."""
AIRY_HZ = 15000.0
SLOPE = (
    "12 dB/oct is the usual slope to start; go to 24 only if what bothers you sits right above what you want to "
    "keep, since steep filters ring a little at the corner."
)


def _spread(role: str | None) -> Spread | None:
    """Where engineers low-passed this kind of part in MixologyDB, when enough of them did to quote."""
    data = ((priors_table()["roles"].get(role or "") or {}).get("lpf") or {}).get("freq_hz")
    spread = Spread.of(data)
    return spread if quotable(spread) else None


def high_cut_how(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """``ans`` replaced by the low-pass on the parts asked about when the question asks where (or how steep) to set
    one; ``ans`` otherwise, and always when a part is measured at the wrong level (its fader comes first)."""
    intent = focus.intent
    q = intent.question
    if (
        not focus.tracks
        or intent.wants not in (Wants.HOW_TO, Wants.JUDGE, Wants.HOW_MUCH)
        or LOW_PASS_SET.search(q) is None
        or reports_move(q)  # "low-passed the gtrs at 8k, better?": a move made, judged by the clips
    ):
        return ans
    if any(f.kind in TRACK_LEVEL_KINDS and f.is_problem and not f.is_lean for f in ctx.problems):
        return ans  # a fader off: balance first, its own answer
    tracks = list(focus.tracks[:3])
    role = tracks[0].role
    spread = _spread(role)
    usual = AIRY_HZ if role in AIRY_ROLES else CONVENTION_HZ
    start = round((spread.median if spread is not None else usual) / 500.0) * 500.0
    names = " and ".join(rt.quoted for rt in tracks)
    own = [(rt, found) for rt in tracks if (found := set_low_pass(rt)) is not None]
    head = (
        f"Your {own[0][1][0]} already low-passes {own[0][0].quoted} at {say_hz(own[0][1][1])}: sweep it from there"
        if own
        else f"Put a low-pass on {names} at about {say_hz(start)}"
    )
    # the asker's own word for what the filter is for ("fizzy", "buzz", "hiss"), else the top they don't want
    said = re.search(r"\b(fizz|buzz|hiss)", q, re.IGNORECASE)
    bothers = f"the {said.group(1).lower()}" if said else "the top you don't want"
    parts = [
        f"{head}, then sweep it down until {bothers} eases and stop before the part loses its edge.",
        SLOPE,
    ]
    who = ROLE_WORDS.get(role or "", "")
    mixes = priors_table()["provenance"]["counts"]["mixes"]
    if spread is not None and who:
        parts.append(f"Engineers who low-passed {who} set it around {spread.says('Hz')} in {mixes} real mixes "
                     "(MixologyDB).")  # fmt: skip
    else:
        parts.append(f"About {say_hz(usual)} is where engineers usually start one (common practice).")
    gone = f"{bothers} should go" if said else "you should lose only what bothered you"
    check = f"Flip it in and out at matched level: {gone}, the notes and their bite should stay."
    parts.append(check)
    cards = [
        Suggestion("low_pass", rt.name, {"freq_hz": round(start), "slope_db_oct": 12}, "a low-pass asked for")
        for rt in tracks
        if not any(rt is o for o, _ in own)
    ]
    move = Move(parts[0], check, cards)
    return Answer(fit(parts, MAX_WORDS, keep=2), [move] if cards else [], None)
