""" "Is the clap the loudest thing in the mix?", "what's the loudest track?": every part ranked by its own meter.

Why: the router read such a question as "is the clap too loud?" and answered that verdict ("It's fine: nothing I
measured says 'Clap' is out of line") or, with no part named, the mix's tonal lean; "is the vocal the loudest
thing?" with the vocal 8 dB down got "Yes:". An engineer reads the meters: which part is on top (or at the
bottom), the asked part's place among them, then what, if anything, is measured off, with its move.
"""

from __future__ import annotations

import re
from dataclasses import replace

from companion.context import MixContext
from companion.knowledge.roles import NOT_A_PART
from model.answer_tracks import answer_asked
from model.evidence import TRACK_LEVEL_KINDS, track_evidence
from model.focus import Focus, understand
from model.intent import classify
from model.phrasing import MAX_WORDS, Answer, capital, first_sentence, fit, split_sentences
from model.recipes import recipe
from model.session_view import RoleTrack
from model.set_aside import ASIDE_CLAUSE
from model.verdict_opening import without_opening

EXTREME_Q = re.compile(
    r"\b(?P<way>loudest|quietest|softest|hottest|lowest|most prominent|least audible)\b(?! (peak|moment|bit|"
    r"section|part of|point|spot|note|hit|section)s?\b)",
    re.IGNORECASE,
)
"""A part asked as the loudest or quietest of the mix ("the loudest thing", "which track is quietest"); not a
moment of the song ("the loudest part of the chorus", "the loudest peak")."""
FAULT_ASKED = re.compile(
    r"\b(shouldn'?t|should not|isn'?t supposed|not supposed|wrong|too (loud|quiet|hot|low)|problems?|issues?|"
    r"faults?|mistakes?)\b",
    re.IGNORECASE,
)
"""'the loudest thing in here that shouldn't be', 'the loudest problem': the worst fault asked, not the meters."""
_ME = re.compile(r"\b(me|myself|my (voice|vocals?|singing)|the singer|i)\b", re.IGNORECASE)
"""The asker as the part set aside: the one singing, whose voice is the lead vocal."""
UP_WAYS = {"loudest", "hottest", "most prominent"}
EVEN_DB = 1.0
"""Two meters within 1 dB of each other read as level (as ``model.louder_than`` holds them)."""


def session_parts(focus: Focus) -> list[RoleTrack]:
    """The session's unmuted parts: no bus, FX return or other non-part, which no listener ranks as a part."""
    return [rt for rt in focus.session.tracks if not rt.track.mute and rt.role not in NOT_A_PART]


def _metered(ctx: MixContext, focus: Focus) -> tuple[list[tuple[RoleTrack, float]], str] | None:
    """The session's parts with their meters (LUFS, else the averaged peak meter), one unit for all."""
    parts = session_parts(focus)
    for unit in ("LUFS", "dBFS peak"):
        read = []
        for rt in parts:
            ev = track_evidence(ctx, rt)
            value = ev.lufs if unit == "LUFS" else ev.avg_peak_db
            if value is not None:
                read.append((rt, float(value)))
        if len(read) >= 2 and len(read) == len(parts):
            return read, unit
    return None


def loudest_part(ctx: MixContext, focus: Focus) -> Answer | None:
    """The parts ranked by their meters for "is X the loudest?" / "what's the quietest track?", then the level
    fault measured on the asked part or on the one at the top (its move); None when the question is no such
    ranking or the parts have no meters."""
    m = EXTREME_Q.search(focus.intent.question)
    if m is None or FAULT_ASKED.search(focus.intent.question) or ctx.analysis is None or not focus.session:
        return None
    aside = _set_aside(focus)  # "who's the loudest apart from me?": ranked without the part set aside
    if len(focus.asked) > 1:
        return None
    metered = _metered(ctx, focus)
    if metered is None:
        return None
    read, unit = metered
    read = [p for p in read if p[0].name not in aside]
    if len(read) < 2:
        return None
    up = m.group("way").lower() in UP_WAYS
    ranked = sorted(read, key=lambda p: -p[1] if up else p[1])
    (top, top_v), (nxt, nxt_v) = ranked[0], ranked[1]
    way = "loudest" if up else "quietest"
    asked = focus.asked[0] if focus.asked else None
    names = {rt.name for rt in asked.tracks} if asked is not None else set()
    if asked is not None and not names:
        return None  # a part the session does not have: its own path says so
    if asked is None:
        head = f"{top.quoted} is the {way} part, its meter at {top_v:.1f} {unit}; next is {nxt.quoted} at {nxt_v:.1f} {unit}."
        head = f"Apart from {' and '.join(sorted(repr(n) for n in aside))}, {head}" if aside else head
    elif top.name in names:
        head = f"Yes: {top.quoted} is the {way} part, its meter at {top_v:.1f} {unit}; next is {nxt.quoted} at {nxt_v:.1f} {unit}."
        head = (
            head.replace("Yes: ", f"Yes: apart from {' and '.join(sorted(repr(n) for n in aside))}, ")
            if aside
            else head
        )
    else:
        mine = next((p for p in ranked if p[0].name in names), None)
        if mine is None:
            return None
        place = ranked.index(mine) + 1
        verdict = "Nearly" if abs(top_v - mine[1]) < EVEN_DB else "No"  # within a dB: level to the ear
        apart = f" apart from {' and '.join(sorted(repr(n) for n in aside))}" if aside else ""
        head = (
            f"{verdict}: {top.quoted} is{apart}, at {top_v:.1f} {unit}; {mine[0].quoted} reads {mine[1]:.1f} {unit}, "
            f"{_ordinal(place)} of {len(ranked)} parts."
        )
    faults = [f for f in ctx.problems if f.kind in TRACK_LEVEL_KINDS and not f.is_lean]
    fault = (
        next((f for f in faults if f.track in names), None)
        or next((f for f in faults if f.track == top.name), None)
        or next(iter(faults), None)
    )
    if fault is None:
        return Answer(
            f"{head} Nothing measures any part out of line against real mixes, so which one leads is a balance choice."
        )
    if fault.track not in names and fault.track != top.name:
        head += " What is off is another part:"  # the ranking holds; the fault to fix sits elsewhere
    part = next((a for a in focus.asked if fault.track in {rt.name for rt in a.tracks}), None)
    if part is None:  # the part on top (or another), not asked by name: its fault and move
        move = recipe(fault, focus.session)
        text = fit(
            [head, capital(first_sentence(fault.summary)), move.try_text, move.check_text], MAX_WORDS, keep=2
        )
        return Answer(text, [move], fault)
    ans = answer_asked(ctx, replace(focus, asked=(part,)), part)
    ans.text = fit(split_sentences(f"{head} {capital(without_opening(ans.text))}"), MAX_WORDS, keep=2)
    return ans


def _set_aside(focus: Focus) -> set[str]:
    """The tracks the question sets aside from the ranking: the parts named after "apart from", "besides" ...; the
    lead vocal for "me" (the asker sings)."""
    m = ASIDE_CLAUSE.search(focus.intent.question)
    if m is None:
        return set()
    what = m.group("what")
    # the parts named after "apart from", resolved as any part is
    names = {rt.name for a in understand(classify(what), focus.session).asked for rt in a.tracks}
    if _ME.search(what):
        names |= {rt.name for rt in focus.session.by_roles("lead_vocal")}
    return names


def _ordinal(n: int) -> str:
    return {1: "first", 2: "second", 3: "third"}.get(n, f"{n}th")
