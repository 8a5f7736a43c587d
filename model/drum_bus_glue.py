""" "Any point compressing the drum bus if it sounds ok already?", "do i even need to glue the drum bus?": glue
compression on the kit as a whole, asked whether at all (how is the glue craft's own route, ``model.answer_quality``).

Why: the question fell to the compression lesson on the first drum part ("your 'Kick' has no compressor yet" and a
kick's ratio), which answers neither the bus nor the whether. An engineer says a drum-bus compressor is glue, not a
fix, so a kit measured in place makes it optional (a fault on a drum part comes first, with its card), says how to
make the bus in REAPER when the session has none, gives the usual glue settings (common practice: MixologyDB holds
too few drum buses to quote), and how to check it.
"""

from __future__ import annotations

import re

from companion.context import MixContext
from companion.knowledge.build_balance import KIT_ROLES
from model.evidence import TRACK_LEVEL_KINDS
from model.focus import Focus
from model.intent import Wants
from model.phrasing import MAX_WORDS, Answer, first_sentence, fit, names
from model.recipes import recipe

DRUM_BUS = re.compile(
    r"\b(drum|drums|kit) (bus|buss|group|folder|sub ?mix)\b|\bbus(sing)? (the |my )?drums\b", re.IGNORECASE
)
WHETHER = re.compile(
    r"\b(any point|is there (a |any )?point|worth (it|doing|bothering|the bother)|do i (even |really )?need|"
    r"should i (even |really )?bother|necessary|if it sounds (ok|okay|fine|good|alright) already)\b",
    re.IGNORECASE,
)
"""Whether to do it at all asked, not how: the glue is optional on a kit in place, a fault on it comes first."""
_PARALLEL = re.compile(r"\bparallel|\bnew york\b|\bny comp", re.IGNORECASE)
_GLUE = re.compile(r"\b(compress\w*|comp|comps|comp'?ing|glue\w*|bus comp\w*|ssl)\b", re.IGNORECASE)
_SETTINGS = (
    "For glue: ratio 2:1-4:1, attack 10-30 ms so each hit's front gets through, release auto (or about 100-200 ms), "
    "threshold for 2-3 dB of gain reduction on the loudest hits."
)
"""The glue craft's numbers, as ``model.answer_quality`` gives them (common practice)."""


def drum_bus_glue(ctx: MixContext, focus: Focus) -> Answer | None:
    """Glue compression on the drum bus, whether and how, on this session; None unless it is asked about."""
    q = focus.intent.question
    if focus.intent.wants != Wants.JUDGE or ctx.analysis is None:
        return None  # "what settings for the drum bus?", "is it normal?": the glue craft's own route answers
    if not DRUM_BUS.search(q) or not _GLUE.search(q) or not WHETHER.search(q) or _PARALLEL.search(q):
        return None
    kit = focus.session.by_roles(*KIT_ROLES) if focus.session else []
    bus = focus.session.by_roles("drum_bus") if focus.session else []
    kit_names = {rt.name for rt in kit + bus}
    fault = next(
        (
            f
            for f in ctx.problems
            if f.is_problem and not f.is_lean and f.track in kit_names and f.kind in TRACK_LEVEL_KINDS
        ),
        None,
    )
    if bus:
        where = f"Put ReaComp on {bus[0].quoted}."
    elif len(kit) > 1:
        where = (
            f"Your session has no drum bus: select {names([rt.name for rt in kit])}, and route them to a new "
            "track (or make it their folder), then put ReaComp there."
        )
    else:
        where = "Put ReaComp on the track that carries the kit."
    check = (
        "Check: bypass it at matched level; the kit should sound more of a piece, the snare's crack intact."
    )
    if fault is not None:
        move = recipe(fault, focus.session)
        parts = [
            f"Not first: {first_sentence(fault.summary)}",
            move.try_text,
            f"Then, if you want glue: {_SETTINGS.removeprefix('For glue: ')}",
        ]
        return Answer(fit([*parts, where], MAX_WORDS, keep=3), [move], fault)
    head = (
        "Optional: a drum-bus compressor is glue, not a fix, and nothing on the kit measures out of line; try it "
        "and keep it only if the kit sounds more together."
    )
    return Answer(fit([head, _SETTINGS, where, check], MAX_WORDS, keep=3), [], None)
