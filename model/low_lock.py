"""The kick and the bass asked to lock, glue or gel ("how do i glue the kick and bass together?", "kick and bass
dont lock"). "glue" reads as compression and "dont lock" as a statement to judge, so the router answered a kick
compressor lesson or "Both are fine", neither of which is the how asked. An engineer answers the pair: what the
two tracks measure against each other (a part at the wrong level first, else where they share the low end, with
the slot dip when they come close), then the sidechain that makes the bass move with the kick, with its usual
settings, and how to check; the timing of the playing is named as what no mix move fixes."""

from __future__ import annotations

import re
from dataclasses import replace

from companion.context import MixContext
from model.answer_scope import clash
from model.asked_clause import asked_clause
from model.focus import Asked, Focus
from model.intent import Wants, asks_yes_no
from model.phrasing import MAX_WORDS, Answer, fit, lower_first, split_sentences

LOCK_Q = re.compile(
    r"\b(glue[sd]?|gluing|lock(s|ed|ing)?|gel(s|led|ling)?|mesh(es|ed|ing)?|marry|married|sync(ed)?)\b|"
    r"\b(work|sit|sound|groove|move|hit|breathe)s? (well )?(together|as one)\b|\btight(er)? together\b|"
    r"\b(feel|sound|play)s? like one\b",
    re.IGNORECASE,
)
"""Two parts asked to act as one: lock, glue, gel, work together."""
PAIR = frozenset({"kick", "bass"})
SIDECHAIN = (
    "To make them lock, sidechain the bass to the kick: ReaComp on {bass} keyed from {kick} (a send to its channels "
    "3/4, detector on the auxiliary input), 3:1 to 4:1, attack 1-5 ms, release 50-150 ms, 2-4 dB off per hit "
    "(common practice)."
)
TIMING = "If the notes themselves land off the kick's hits, that's the playing: nudge them to the grid, no EQ fixes it."
WHOLE_MIX = "that's the whole mix, not this track alone"
"""The whole mix's band remark, left out: the pair is asked about, not the mix."""
CHECK = (
    "Loop the chorus and bypass the sidechain: with it on, the low end should pulse with the kick, not blur."
)


def _pair(focus: Focus) -> tuple[Asked, Asked] | None:
    """(the kick, the bass) as asked, each with its own track, or None."""
    by_word = {a.word: a for a in focus.asked if a.tracks}
    kick, bass = by_word.get("kick"), by_word.get("bass")
    return (kick, bass) if kick is not None and bass is not None else None


def low_lock(ctx: MixContext, focus: Focus) -> Answer | None:
    """The pair measured, then the sidechain with its settings and a check, for a kick and bass asked to lock;
    None for any other question (a technique other than the glue asked, another part named, no tracks)."""
    intent = focus.intent
    if set(intent.instruments) != PAIR or not LOCK_Q.search(intent.question):
        return None
    clause = asked_clause(intent.question)
    if clause is not None and not LOCK_Q.search(clause):
        return (
            None  # "should be locked together but i only feel the kick, is the bass hiding?": that is asked
        )
    if intent.technique not in (None, "compression", "sidechain") or intent.wants not in (
        Wants.HOW_TO,
        Wants.JUDGE,
    ):
        return None
    pair = _pair(focus)
    if pair is None:
        return None
    asked = replace(focus, intent=replace(intent, complaint="clash", technique=None, wants=Wants.HOW_TO))
    measured = clash(ctx, asked, [pair[0], pair[1]])
    kick, bass = pair[0].tracks[0].quoted, pair[1].tracks[0].quoted
    sidechain = SIDECHAIN.format(kick=kick, bass=bass)
    level = bool(measured.moves and any(s.action != "eq_band" for s in measured.moves[0].suggestions))
    if level:
        sidechain = "Once the fader is set: " + sidechain[0].lower() + sidechain[1:]
    said = [s for s in split_sentences(measured.text) if WHOLE_MIX not in s]
    check = said.pop() if len(said) > 2 else ""  # the clash's own check, said after the sidechain
    if asks_yes_no(intent):  # "do they lock?": a part covering the other or at the wrong level says not yet
        head = said[0].replace("It's level before it's EQ:", "it's their levels first:")
        # "hows the bass gelling with the kick?" asks how, not yes or no: the good side said in words
        good = (
            "yes"
            if not re.search(r"\bhow('?s| is| are| do| does)\b", intent.question, re.I)
            else "they sit well together"
        )
        # "are they fighting or locked in?": the side measured named, not a yes to the fault said first
        fight_or = re.search(r"\b(fight\w*|clash\w*|battl\w*)\b[^?]{0,30}\bor\b", intent.question, re.I)
        if fight_or:
            good = "locked in, not fighting"
        not_yet = "Fighting, " if fight_or else "Not yet, "
        said[0] = (not_yet if level else f"As far as the meters go, {good}: ") + lower_first(head)
    parts = [*said, sidechain, check, TIMING if not level else "", CHECK]
    return Answer(fit(parts, MAX_WORDS, keep=len(said) + 1), measured.moves, measured.first)
