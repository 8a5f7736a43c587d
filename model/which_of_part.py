""" "Which guitar is louder?", "which of the vocals is quieter": the tracks of one part ranked by their meters, the
one asked for named first, then what (if anything) is measured off, with its move.

Why: one part played by several tracks asked "which is louder" took the route of "is the guitar too loud?", so
with 'Gtr L' 10 dB over it opened "The opposite, by what I measured:", with the bass over it said only "Nothing I
measured says 'Gtr R' is too low", and "which vocal is louder" on a folk session with a lead and a harmony answered
"None of them:". An engineer reads the part's tracks' meters, says which is on top and by how much, then the fault.
"""

from __future__ import annotations

import re
from dataclasses import replace

from companion.context import FindingKind, MixContext
from model.answer_tracks import answer_asked
from model.evidence import track_evidence
from model.focus import Asked, Focus, side_pair, understand
from model.intent import Wants, classify
from model.phrasing import MAX_WORDS, Answer, capital, fit, lower_first, split_sentences
from model.recipes import recipe
from model.session_view import RoleTrack
from model.verdict_opening import without_opening

WHICH_OF = re.compile(
    r"\b(which|wich|witch|what)\s+(?:(?:one|1)\s+)?(?:of\s+(?:the|my|ur|your)\s+)?(?:side\s+)?(?P<part>[a-z][\w'-]*)\s+"
    r"(?:is|are|'s|s|sounds|seems|sits|feels|comes)?\s*(?:the\s+|a\s+(?:bit|lot|little)\s+|way\s+|more\s+)?"
    r"(?P<way>louder|quieter|softer|lower|higher|hotter|loudest|quietest|softest|on top|more up front)\b",
    re.IGNORECASE,
)
"""One part's tracks asked to be ranked: "which guitar is louder", "which of the vocals is quieter", "which side
guitar is louder" (the part's tracks on the two sides)."""
WHICH_WAY = re.compile(
    r"\b(which|wich|witch)( one| side)?\b[^?.;]{0,40}?\b(?P<way>louder|quieter|softer|lower|higher|hotter|loudest|"
    r"quietest|softest|on top)\b",
    re.IGNORECASE,
)
"""A ranking asked with the part after it ("which is louder, the left guitar or the right one?")."""
QUIET_WAYS = {"quieter", "softer", "lower", "quietest", "softest"}
LEVELS = (FindingKind.TRACK_TOO_LOUD, FindingKind.TRACK_TOO_QUIET)
SAME_DB = 1.0
"""Under about 1 dB apart a listener hears two tracks at the same level."""


def _meters(
    ctx: MixContext, tracks: tuple[RoleTrack, ...]
) -> tuple[list[tuple[RoleTrack, float]], str] | None:
    for unit in ("LUFS", "dBFS peak"):
        evs = [(rt, track_evidence(ctx, rt)) for rt in tracks]
        read = [(rt, ev.lufs if unit == "LUFS" else ev.avg_peak_db) for rt, ev in evs]
        if all(v is not None for _, v in read):
            return [(rt, float(v or 0.0)) for rt, v in read], unit
    return None


def _tracks(focus: Focus, asked: Asked, part: str) -> tuple[RoleTrack, ...]:
    """The part's tracks; a singular word matched to one track by name ("which vocal", 'Lead Vocal') is read as
    the part's family, the plural ("vocals"), which is what asking "which" of it means."""
    if len(asked.tracks) >= 2 or focus.session is None or part.lower().endswith("s"):
        return asked.tracks
    wider = understand(classify(f"the {part}s"), focus.session).asked
    tracks = wider[0].tracks if len(wider) == 1 else ()
    return (
        tracks
        if len(tracks) >= 2 and {rt.name for rt in asked.tracks} <= {rt.name for rt in tracks}
        else asked.tracks
    )


def which_of_part(ctx: MixContext, focus: Focus) -> Answer | None:
    """The tracks of the one part asked, ranked as asked by their meters, then the level fault on one of them (its
    move), another part's fault (its move), or that none is measured off; None for any other question."""
    q = focus.intent.question
    m = WHICH_OF.search(q)
    if ctx.analysis is None or len(focus.asked) != 1:
        return None
    asked = focus.asked[0]
    if m is not None and not re.search(r"\bor\b", q, re.I):
        tracks, way_said, part = _tracks(focus, asked, m.group("part")), m.group("way"), m.group("part")
    elif (w := WHICH_WAY.search(q)) is not None and (sides := side_pair(focus)) is not None:
        # "which is louder, the left guitar or the right one?": the part's two sides, ranked
        tracks, way_said, part = sides[0].tracks + sides[1].tracks, w.group("way"), asked.word
    else:
        return None
    read = _meters(ctx, tracks) if len(tracks) >= 2 else None
    if read is None:
        return None
    levels, unit = read
    quiet = way_said.lower() in QUIET_WAYS
    ranked = sorted(levels, key=lambda r: r[1] * (1 if quiet else -1))
    (top, top_v), rest = ranked[0], ranked[1:]
    others = ", ".join(f"{v:.1f} {unit} for {rt.quoted}" for rt, v in rest)
    gap = abs(top_v - rest[0][1])
    noun = part.lower().rstrip("s")
    if gap < SAME_DB:
        head = f"About the same level: {top.quoted} reads {top_v:.1f} {unit} against {others}, only {gap:.1f} dB apart."
    else:
        way = "quieter" if quiet else "louder"
        way = way if len(levels) == 2 else ("quietest" if quiet else "loudest")
        head = f"{top.quoted} is the {way} of your {len(levels)} {noun} tracks: {top_v:.1f} {unit} against {others}."
    names = {rt.name for rt, _ in levels}
    own = sorted(
        (f for f in ctx.problems if f.kind in LEVELS and f.track in names), key=lambda f: -f.severity
    )
    if own:
        part = replace(asked, tracks=tuple(rt for rt, _ in levels if rt.name == own[0].track))
        ans = answer_asked(
            ctx, replace(focus, asked=(part,), intent=replace(focus.intent, wants=Wants.JUDGE)), part
        )
        ans.text = fit(split_sentences(f"{head} {capital(without_opening(ans.text))}"), MAX_WORDS, keep=2)
        return ans
    elsewhere = [f for f in ctx.problems if f.kind in LEVELS and f.track and not f.is_lean]
    none = "Neither" if len(levels) == 2 else "None of them"
    if elsewhere and focus.session is not None:
        move = recipe(elsewhere[0], focus.session)
        off = f"{none} is off against real mixes; the fault is elsewhere: {lower_first(elsewhere[0].summary)}"
        return Answer(
            fit([head, off, move.try_text, move.check_text], MAX_WORDS, keep=2), [move], elsewhere[0]
        )
    return Answer(f"{head} {none} is measured out of line against real mixes, so that gap is your call.")
