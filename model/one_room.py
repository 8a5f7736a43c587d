""" "How do I make everything sound like one band playing in one room instead of seven separate recordings? bus comp
or a shared reverb or what, n what settings": the glue of a whole band, asked with both tools offered.

Why: the question named a compressor first, so it got the compressor lesson alone, and the shared reverb it offered
beside it went unsaid, though a shared room is what puts separately recorded parts in one space. An engineer
answers both, the room first: one short room reverb on a send that every part feeds a little (its decay from real
mixes), then gentle glue on the mix bus with its ballpark (conventions, labelled so), and how to hear that it
worked. A level fault measured comes first: no room or glue fixes a part at the wrong level.
"""

from __future__ import annotations

import re

from companion.context import MixContext
from companion.knowledge.priors import Spread, priors_table
from model.focus import Focus
from model.guessed_technique import balance_fault_of
from model.intent import Wants
from model.moves import level_move
from model.phrasing import MAX_WORDS, Answer, first_sentence, fit, lower_first

ONE_ROOM = re.compile(
    r"\b(one|the same|a single|same) (room|space)\b|\bone band\b|\b(like|as) a (real |live )?band\b|"
    r"\bseparate (recordings|takes|tracks|parts)\b|\bglued? (together|in)\b|\bcohesive\b|\bgel(led)? together\b",
    re.IGNORECASE,
)
"""The whole band wanted in one space ("like one band in one room", "not seven separate recordings")."""
_COMP = re.compile(r"\b(bus |glue )?comp(ressor|ression|s)?\b|\bglue\b", re.IGNORECASE)
_ROOM = re.compile(r"\b(reverb|verb|room|ambien\w*|plate)\b", re.IGNORECASE)
_ASKED = re.compile(r"\b(how|what|which|trick|settings?|numbers|ballpark|or)\b", re.IGNORECASE)


def one_room(ctx: MixContext, focus: Focus) -> Answer | None:
    """A shared room and bus glue for "make it sound like one band in one room, comp or reverb?"; None when the
    question names a part, offers no compressor or no reverb, or asks no how."""
    intent = focus.intent
    q = intent.question
    if intent.instruments or intent.wants not in (Wants.HOW_TO, Wants.JUDGE, Wants.WHAT_FIRST):
        return None
    if not (ONE_ROOM.search(q) and _COMP.search(q) and _ROOM.search(q) and _ASKED.search(q)):
        return None
    priors = priors_table()
    room = Spread.of(priors["overall"]["reverb"]["decay_ms"].get("ROOM"))
    decay = (
        f"rooms decayed around {room.median / 1000:.1f} s in {priors['provenance']['counts']['mixes']} real "
        "mixes (MixologyDB); for one shared room most go shorter, 0.6-1 s (common practice)"
        if room is not None
        else "0.6-1 s of decay (common practice)"
    )
    parts = [
        "Both, the shared reverb first: one short room reverb on a send that every part feeds a little puts them in "
        f"the same space ({decay}; 10-20 ms pre-delay; high-pass the return at 150-300 Hz).",
        "Then glue on the mix bus: 2:1, slow attack 10-30 ms, auto or ~100 ms release, 1-2 dB of gain reduction "
        "(common practice).",
        "Check by muting the room's return: the parts should fall back into separate recordings, and come together "
        "again with it.",
    ]
    fault = balance_fault_of(ctx, focus)  # the first fader fault, as for any plug-in guessed over the mix
    if fault is not None and focus.session is not None:
        move = level_move(fault, focus.session)
        parts[0] = parts[0].replace("Both, the shared reverb first:", "Then both, the shared reverb first:")
        lead = f"First the balance: {lower_first(first_sentence(fault.summary))}"
        return Answer(fit([lead, move.try_text, *parts], MAX_WORDS, keep=3), [move], fault)
    return Answer(fit(parts, MAX_WORDS, keep=3))
