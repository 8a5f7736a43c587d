"""'Is the bass louder than the kick?': two named parts ranked by level, answered by their two meters.

Why: the general router answers such a question as "is the bass too loud?" and opens with that verdict, so "is
the snare louder than the kick?" with the kick 10 dB down got "No" while the snare's meter read 11 dB above the
kick's. An engineer answers the comparison asked (the two meters, and which way they point) and then says what,
if anything, is measured off on either part, with its move.
"""

from __future__ import annotations

import re
from dataclasses import replace

from companion.context import Finding, FindingKind, MixContext
from model.answer_tracks import answer_asked
from model.evidence import track_evidence
from model.focus import Asked, Focus, side_pair
from model.intent import Wants
from model.phrasing import MAX_WORDS, Answer, capital, fit, split_sentences
from model.session_view import RoleTrack
from model.verdict_opening import without_opening

RANKED = re.compile(
    r"\bas (?P<even>loud|quiet|soft|hot|big|strong|present) as\s+(the |my |his |her |our )?|"
    r"\b(?P<way>louder|quieter|softer|lower|higher|hotter|bigger|weaker|on top of|above|over|under|below|"
    # "is the organ drowned out by the horns?": the first part under the second, said in the passive
    r"beneath|(drowned|buried|swamped|smothered|overpowered|washed)( out| over| up)? by)\b"
    r"(?P<than> than)?\s+(the |my |his |her |our )?|"
    r"\b(?P<adj>quiet|loud|soft|low|hot|big|weak|small|buried|lost)\b(\s+\w+)?\s+(compared (to|with)|next to|"
    r"relative to|against|versus|vs\.?)\s+(the |my |his |her |our )?",
    re.IGNORECASE,
)
"""The comparison word, with the second part right after it ("louder than the kick", "above the guitars", "quiet
compared to the hats")."""
EVEN = re.compile(r"\bas (loud|quiet|soft|hot|big|strong|present) as\b", re.IGNORECASE)
"""An even ranking asked ("is the snare as loud as the kick?")."""
EVEN_UP = {"loud", "hot", "big", "strong", "present"}
"""'as loud as': asked whether the first part reaches the second ("as quiet as" asks the other way)."""
UP_WAYS = {"louder", "higher", "hotter", "bigger", "on top of", "above", "over", "loud", "hot", "big"}
COMPARATIVES = {"louder", "quieter", "softer", "lower", "higher", "hotter", "bigger", "weaker"}
NOT_A_RANKING = re.compile(
    r"\b(which|whichever|should|shall|need|needs|make|making|how|want|wants|would|could|can i|get|"
    r"eq|cut|boost|pan|panned|frequenc\w*|hz|khz|than (before|it|that|usual|last|my ref\w*|the other))\b|\bor\b",
    re.IGNORECASE,
)
"""A choice, a wish or a move ("which is louder", "should the vocal be above", "cut it below 100 Hz"), a
frequency, or a comparison with something that is not a part: not two parts' levels held against each other."""
ASKED_CLAUSE = re.compile(
    r"^\s*((so|ok|okay|and|but|yo|hey|um|like|honestly|real talk|be honest|tell me)\b[\s,]*)*"
    r"(is|are|isn'?t|aren'?t|does|do|doesn'?t|don'?t|was|were|r)\b",
    re.IGNORECASE,
)
"""The ranking asked ("is the bass louder than the kick?"), not stated before another question ("strings sound
louder than the vocal, is that too much"), whose own question its path answers."""
BY_HOW_MUCH = re.compile(
    r"[,;.?!]?\s*\(?(and |if so,? |if yes,? )?(by )?how (much|many( db| dbs| decibels)?|far)\)?\s*\?*\s*$",
    re.IGNORECASE,
)
"""The size of the ranking asked after it ("is the left guitar louder than the right? by how much?")."""
TOO_ASKED = re.compile(
    r"\b(too|overly|way) (quiet|low|soft|loud|hot|much|far (up|down|back))\b|\b(buried|drowned|swamped|smothered)\b",
    re.IGNORECASE,
)
"""A fault asked in the ranking ("are the keys a bit too quiet under the horns?"): with neither part's level out of
line, the answer is no, whichever way the meters lean."""
LEVELS = (FindingKind.TRACK_TOO_LOUD, FindingKind.TRACK_TOO_QUIET)
EVEN_DB = 1.0
"""Two meters within 1 dB of each other read as level: neither is louder in a way a listener would notice."""


def _meter(ctx: MixContext, tracks: tuple[RoleTrack, ...]) -> tuple[RoleTrack, float, str] | None:
    """The loudest of a part's tracks with its meter (LUFS, else the averaged peak meter)."""
    read = []
    for rt in tracks:
        ev = track_evidence(ctx, rt)
        if ev.lufs is not None:
            read.append((rt, float(ev.lufs), "LUFS"))
        elif ev.avg_peak_db is not None:
            read.append((rt, float(ev.avg_peak_db), "dBFS peak"))
    if not read or len({unit for _, _, unit in read}) != 1:
        return None
    return max(read, key=lambda r: r[1])


def _ranked_pair(focus: Focus) -> tuple[Asked, Asked, bool] | None:
    """(first part, second part, asked louder) when the question holds one named part against another."""
    q = focus.intent.question
    m = RANKED.search(q)
    if m is None or NOT_A_RANKING.search(q):
        return None
    way = (m.group("way") or m.group("adj") or m.group("even")).lower()
    if way in COMPARATIVES and not m.group("than"):
        return None
    clause = re.split(r"[,;.!?]", q[: m.start()])[-1]
    # "am i louder than the horns?": the singer held against a part by a comparative ("am i getting buried by the
    # guitars?" is the voice's own level, its verdict)
    asker = bool(m.group("than")) and re.match(r"^\W*((so|ok|and|but)\s+)?am i\b", clause, re.I) is not None
    if not ASKED_CLAUSE.match(clause) and not asker:
        return None
    # a stand-in plays the part asked ('Clap' for "the snare"): its meter is that part's level
    found = [a for a in focus.asked if a.tracks]
    if len(found) == 1 and (sides := side_pair(focus)) is not None:  # "left guitar louder than the right?"
        return sides[0], sides[1], way in UP_WAYS | EVEN_UP
    low = q.lower()
    before = [a for a in found if 0 <= low.find(a.said.lower()) < m.start()]
    if not before and asker:
        before = [a for a in found if any(rt.role == "lead_vocal" for rt in a.tracks)][:1]
    after = [a for a in found if low.find(a.said.lower().removeprefix("the "), m.end()) == m.end()]
    if len(before) != 1 or len(after) != 1 or before[0] is after[0]:
        return None
    if {rt.name for rt in before[0].tracks} & {rt.name for rt in after[0].tracks}:
        return None
    return before[0], after[0], way in UP_WAYS | EVEN_UP


def _points_as_asked(f: Finding, on_first: bool, up: bool) -> bool:
    """True when a level fault leans the way the question ranks the two parts: "is the piano louder than the
    vocal?" with the piano too loud (or the vocal too quiet), though their meters read level."""
    louder = f.kind is FindingKind.TRACK_TOO_LOUD
    return louder == (up == on_first)


def louder_than(ctx: MixContext, focus: Focus) -> Answer | None:
    """ "is the bass louder than the kick?", "are the horns above the vocal?": the two meters and the verdict
    they give, then the level fault measured on either part (its move), or that neither is measured off."""
    sized = BY_HOW_MUCH.search(focus.intent.question)
    if sized is not None and focus.intent.wants == Wants.HOW_MUCH:  # the ranking asked, then its size
        focus = replace(focus, intent=replace(focus.intent, question=focus.intent.question[: sized.start()]))
    elif focus.intent.wants != Wants.JUDGE:
        return None
    if ctx.analysis is None or (pair := _ranked_pair(focus)) is None:
        return None
    first, second, up = pair
    even = bool(EVEN.search(focus.intent.question))
    a, b = _meter(ctx, first.tracks), _meter(ctx, second.tracks)
    if a is None or b is None or a[2] != b[2]:
        return None
    (rt_a, v_a, unit), (rt_b, v_b, _) = a, b
    meters = f"{rt_a.quoted} reads {v_a:.1f} {unit} against {v_b:.1f} {unit} for {rt_b.quoted}"
    faulted = [
        (f.severity, x, f)
        for x in (first, second)
        for f in ctx.problems
        if f.kind in LEVELS and f.track in {rt.name for rt in x.tracks}
    ]
    if not faulted and not even and TOO_ASKED.search(focus.intent.question):
        # "too quiet under the horns?" with both in range: no fault, though "About level" would not say so
        head = f"No{', about level' if abs(v_a - v_b) < EVEN_DB else ''}: {meters}."
    elif even and abs(v_a - v_b) < EVEN_DB:
        head = f"Yes, about level: {meters}."
    elif even:  # "is the snare as loud as the kick?": it reaches it (or past it), or falls short
        past = "louder" if v_a > v_b else "quieter"
        head = f"{'Yes' if (v_a > v_b) == up else 'No'}, {past}: {meters}."
    elif abs(v_a - v_b) >= EVEN_DB:
        yes = (v_a > v_b) == up
        by = (
            ""
            if sized is None
            else f", by {abs(v_a - v_b):.1f} dB"
            if yes
            else f", {(rt_a if v_a > v_b else rt_b).quoted} is, by {abs(v_a - v_b):.1f} dB"
        )
        head = f"{'Yes' if yes else 'No'}{by}: {meters}."
    elif any(_points_as_asked(f, x is first, up) for _, x, f in faulted):
        head = f"Yes, in effect: {meters}: about level, closer than the two should sit."
    else:
        head = f"About level: {meters}."
    if not faulted:
        return Answer(
            f"{head} Neither one's level is measured out of line against real mixes, so I'd leave both."
        )
    part = max(faulted, key=lambda p: p[0])[1]  # the most severe level fault of the two parts
    ans = answer_asked(ctx, replace(focus, asked=(part,)), part)
    body = without_opening(ans.text)
    ans.text = fit(split_sentences(f"{head} {capital(body)}"), MAX_WORDS, keep=2)
    return ans
