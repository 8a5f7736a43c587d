""" "bgvs vs lead levels?", "fiddle vs piano?": two parts held against each other, both fine, answered as a pair.

Why: the track route answered the first part named ("It's fine: nothing I measured says 'Backing Vox' is out of
line"), and the part after "vs" got a word of its own at most, never the relation asked: how far apart the two
sit and whether that gap is usual. With "lead" said bare, the second part was even lost inside the vocals that
hold both. An engineer asked "X vs Y?" reads both meters, says which sits over the other and by how much, holds
that gap against real mixes where MixologyDB has it, and says both can stay. A level fault on either part keeps
the track route's answer (it opens with that fault and its move).
"""

from __future__ import annotations

import re

from companion.context import MixContext
from model.answer_tracks import role_word
from model.focus import Asked, Focus
from model.intent import Wants
from model.level_gap import _typical as lead_gap
from model.level_gap import level_meter
from model.pair_gap import ASKS_GAP, relation
from model.phrasing import Answer
from model.session_view import RoleTrack

VERSUS = re.compile(r"\b(vs\.?|versus|v\.?|compared (to|with)|relative to|next to)(?=\s)", re.IGNORECASE)
"""The word that holds one part against another ("bgvs vs lead", "the fiddle compared to the piano")."""
BALANCED = re.compile(
    r"\b(balanced|in balance)\b(?! (mix|overall))|\bbalance( like| level)? (between|of) (the |my )?[\w'-]+ (and|n|&)\b|"
    # "bass and kick ok together?": the pair's balance in other words
    r"\b(ok|okay|fine|good|alright|all right|working|sitting (ok|well|right)) together\b",
    re.IGNORECASE,
)
"""'are the kick and clap balanced?', 'kick n clap, balanced against each other?': the pair's balance judged."""
NOT_A_PAIR = re.compile(
    r"\b(too|enough|left|right|pan\w*|eq|cut|boost|compress\w*|reverb|should|how|which|or|sides?)\b",
    re.IGNORECASE,
)
"""A claim, a side, a tool, a move or a choice asked: its own route answers it."""
LEAD_ROLE = "lead_vocal"
WHO_WINS = re.compile(r"\bwho(?:'?s)? (?:wins?|winning|on top|louder|ahead)\b|\bwhich wins\b", re.IGNORECASE)
"""'horns vs strings, who wins?': the pair's ranking asked in other words."""


def _parts(focus: Focus) -> tuple[tuple[RoleTrack, ...], tuple[RoleTrack, ...]] | None:
    """The two parts' own tracks in the order said ("vocals" minus 'Backing Vox' is the lead when the backing
    vocals are the other part), or None when the question does not name two distinct parts."""
    found = [a for a in focus.asked if a.tracks and not a.stand_in]
    if len(found) != 2:
        return None
    low = focus.intent.question.lower()
    first, second = sorted(found, key=lambda a: _at(low, a))
    own_first = tuple(rt for rt in first.tracks if rt not in second.tracks) or first.tracks
    own_second = tuple(rt for rt in second.tracks if rt not in own_first)
    if not own_first or not own_second:
        return None
    if {rt.role for rt in own_first} == {rt.role for rt in own_second}:
        return None  # "gtr l vs gtr r": a side, answered by the balance route
    return own_first, own_second


def _at(low: str, asked: Asked) -> int:
    at = low.find(asked.said.lower())
    return at if at >= 0 else len(low)


def _usual(a: RoleTrack, b: RoleTrack, gap_db: float) -> str:
    """Real mixes' gap between the two roles and where this one sits in it, or "" when MixologyDB has none."""
    if LEAD_ROLE in (a.role, b.role):
        part, under_db = (a, -gap_db) if b.role == LEAD_ROLE else (b, gap_db)
        if part.role == LEAD_ROLE or (typical := lead_gap(part.role == "backing_vocal")) is None:
            return ""
        spread, counted = typical
        where = "inside" if -spread.q3 <= under_db <= -spread.q1 else "outside"
        return (
            f"In well-rated real mixes the middle half of {spread.n} {counted} sit under the lead vocal by "
            f"{-spread.q3:.1f} to {-spread.q1:.1f} dB, so yours is {where} that. "
        )
    spread = relation(a.role or "", b.role or "") if a.role and b.role else None
    if spread is None:
        return ""
    where = "inside" if spread.q1 <= gap_db <= spread.q3 else "outside"
    return (
        f"In {spread.n} well-rated real mixes with both (MixologyDB) the middle half put the {role_word(a.role)} "
        f"{spread.q1:+.1f} to {spread.q3:+.1f} dB against the {role_word(b.role)}, so yours is {where} that. "
    )


def _an(db: float) -> str:
    """ "an 8.4 dB gap", "an 11.0 dB gap", "a 4.9 dB gap"."""
    said = f"{db:.1f}"
    return "an" if said.startswith("8") or said.split(".")[0] in ("11", "18") else "a"


def _of(part: tuple[RoleTrack, ...], rt: RoleTrack) -> str:
    """ "'Gtr L' (the louder of 2)": the track read for a part of several."""
    return rt.quoted if len(part) < 2 else f"{rt.quoted} (the louder of {len(part)})"


def versus_levels(ctx: MixContext, focus: Focus) -> Answer | None:
    """Both parts' meters, which sits over the other and by how much, real mixes' gap where known, and that both
    can stay, when "X vs Y?" names two parts with no fault measured on either; None otherwise."""
    intent = focus.intent
    q = intent.question
    judged = intent.wants == Wants.JUDGE or WHO_WINS.search(q) is not None
    if ctx.analysis is None or not judged or intent.technique or intent.complaint:
        return None
    if (
        not (VERSUS.search(q) or BALANCED.search(q))
        or NOT_A_PAIR.search(q)
        or ASKS_GAP.search(q)
        or (parts := _parts(focus)) is None
    ):
        return None
    names = {rt.name for part in parts for rt in part}
    if any(f.track in names or f.evidence.get("other_track") in names for f in ctx.problems if not f.is_lean):
        return None
    read = level_meter(ctx, parts[0]), level_meter(ctx, parts[1])
    if read[0] is None or read[1] is None:
        return None
    (a, v_a), (b, v_b) = read
    gap = v_a - v_b
    louder = a if gap >= 0 else b
    # "are the kick and clap balanced?", "bass n kick working together ok?": a yes/no on the pair, so a yes
    fine = "Yes, both are fine" if BALANCED.search(q) and not VERSUS.search(q) else "Both are fine"
    head = (
        f"{fine}: {_of(parts[0], a)} reads {v_a:.1f} LUFS and {_of(parts[1], b)} {v_b:.1f} LUFS, "
        f"{_an(abs(gap))} {abs(gap):.1f} dB gap with {louder.quoted} on top."
    )
    tail = "Nothing I measured says either is out of line in the mix, so I'd leave both faders."
    return Answer(f"{head} {_usual(a, b, gap)}{tail}")
