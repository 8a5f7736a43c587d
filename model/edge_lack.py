"""A missing edge on a part that is no drum or bass: "vocal has no bite", "guitars lack bite, more comp?".

Why: on a snare "no crack" is the hit's front edge missing (a punch complaint, ``model.intent_words``), but a
voice or a guitar has no hit: its bite is its edge range (the vocal's clarity at 2.5-3.5 kHz, the electric
guitar's presence at 1.3-2 kHz, ``data/frequency_areas.json``). Read as punch, those parts have no punch area,
and the answer fell back to a mud dip with no word about the edge. An engineer checks the part's level first
(too low, everything sounds dull: the router's level and masking answers keep that case), then who fills the
part's edge range: the part's own band meter against every other track's there (the bridge's post-fader
``level.bands_db``), and the whole mix's level in that band against real mixes. The move follows from those:
a lift on the part where the mix has room, a dip on the part that fills the range where it has none, or, with
the part already on top there, a compressor with a slower attack that lets the front of each note through.
"""

from __future__ import annotations

import math
import re

from companion.context import FindingKind, MixContext, Topic
from companion.knowledge.areas import FrequencyArea, frequency_areas
from companion.knowledge.bands import BANDS
from companion.knowledge.roles import ROLE_TOPICS, ROLE_WORDS
from companion.knowledge.wording import say_hz
from model.answer_quality import compressor_move
from model.answer_tracks import BOOST_LIMIT_DB, WHOLE_MIX, role_word
from model.evidence import area_levels, possessive
from model.focus import Focus
from model.intent import Wants
from model.moves import eq
from model.phrasing import EXPLAIN_WORDS, MAX_WORDS, Answer, capital, fit
from model.recipes import Move
from model.session_view import RoleTrack, quote_list
from model.tone_home import band_of_area

LACKS_EDGE = re.compile(
    r"\b(no|zero|not enough|not much|little|lacks?|lacking|missing|without|needs?|needs? (some|more)|more|"
    r"los(t|es|ing)( (its|their|the|all|any))?|has no|have no|got no)\s+(\w+\s+){0,2}?(bite|edge)\b|"
    r"\bbit(ier|ey)\b|\b(bite|edge) (is |has )?(gone|missing|lacking)\b",
    re.IGNORECASE,
)
"""'vocal has no bite', 'guitars lack bite', 'needs more edge', 'lost its edge', 'make it bitier'."""
EDGE_AREAS = ("clarity", "presence", "attack")
"""An instrument's named areas that hold its edge, the first one it has taken."""
UPPER_MIDS = FrequencyArea(
    "upper-mid", 2000.0, 5000.0, "where a part's edge and attack sit", "mixing-knowledge.md's areas"
)
"""The edge of a part whose instrument names no edge area of its own."""
LIFT_DB = 2.0
DIP_DB = -2.0
EDGE_Q = 1.4
HIT_TOPICS = (Topic.DRUMS, Topic.BASS)
"""Parts whose bite is their hit (a punch complaint, answered by ``model.answer_quality``), not an edge range."""
OWN_FAULTS = (FindingKind.TRACK_TOO_QUIET, FindingKind.TRACK_TOO_LOUD)
WHY = ("Bite is the front edge of each note in that range: when another part fills it, this one loses its edge "
       "even at the right level.")  # fmt: skip


def lacks_edge(question: str) -> bool:
    """True when ``question`` says a part lacks bite or edge."""
    return LACKS_EDGE.search(question) is not None


def edge_area(role: str | None) -> FrequencyArea:
    """The instrument's own edge area ("clarity" on a lead vocal), else the upper mids (2-5 kHz)."""
    areas = {a.name: a for a in frequency_areas(role)} if role in ROLE_TOPICS else {}
    return next((areas[n] for n in EDGE_AREAS if n in areas), UPPER_MIDS)


def _power(rt: RoleTrack, band: str) -> float | None:
    """The track's own power in ``band`` (linear, from its dB FS band meter), or None when not metered."""
    level = rt.track.level
    value = (level.bands_db or {}).get(band) if level is not None else None
    if not isinstance(value, (int, float)) or not math.isfinite(value):
        return None
    return 10.0 ** (value / 10.0)


def _shares(tracks: tuple[RoleTrack, ...], band: str) -> dict[str, float] | None:
    """Each unmuted metered track's share (0..1) of the band power all of them give; None when none is metered."""
    powers = {rt.name: p for rt in tracks if not rt.track.mute and (p := _power(rt, band)) is not None}
    total = sum(powers.values())
    return {n: p / total for n, p in powers.items()} if total > 0.0 else None


def _own_fault(ctx: MixContext, names: set[str]) -> bool:
    """A level problem on the part, or a part covering it: the router's answers lead with those."""
    return any(
        f.is_problem
        and not f.is_lean
        and (
            (f.kind in OWN_FAULTS and f.track in names)
            or (f.kind is FindingKind.MASKING and f.evidence.get("other_track") in names)
        )
        for f in ctx.problems
    )


def edge_answer(ctx: MixContext, focus: Focus) -> Answer | None:
    """The edge asked for on a voice, a guitar or another melodic part, from its band meter; None for any other
    question, a drum or a bass (their bite is their hit, ``model.answer_quality``), no session or clip, no band
    meters, or a fault of the part's own that comes first."""
    intent = focus.intent
    s = focus.session
    if ctx.analysis is None or not s or not lacks_edge(intent.question):
        return None
    tracks = tuple(focus.tracks)
    if not tracks or focus.missing or any(ROLE_TOPICS.get(rt.role or "") in HIT_TOPICS for rt in tracks):
        return None
    names = {rt.name for rt in tracks}
    if _own_fault(ctx, names):
        return None
    role = tracks[0].role
    area = edge_area(role)
    band = band_of_area(area.lo_hz, area.hi_hz)
    shares = _shares(s.tracks, band)
    if shares is None or any(n not in shares for n in names):
        return None
    mine = sum(shares[n] for n in names)
    top = max(((share, n) for n, share in shares.items() if n not in names), default=None)
    filler = s.named(top[1]) if top is not None and top[0] > mine else None
    al = next((x for x in area_levels(ctx.analysis, role, (area,)) if x.area == area), None)
    room = al is None or al.deviation_db <= BOOST_LIMIT_DB
    moves = _moves(tracks, filler, area, room)
    if not moves:
        return None
    one = len(tracks) == 1
    parts = [_measured(tracks, role, area, band, mine, top if filler is not None else None),
             "Its level isn't it: nothing I measured says it is too low." if one
             else "Their level isn't it: nothing I measured says they are too low.", moves[0].try_text]  # fmt: skip
    on_part = moves[0].suggestions[0].track in names if moves[0].suggestions else True
    if on_part and not one:
        parts.append(f"Do the same on {quote_list(list(tracks[1:]))} so they stay even.")
    if al is not None and role in ROLE_WORDS:
        tail = "" if room else ", so a boost there would pile onto it"
        parts.append(f"{capital(al.says(role))}{tail} {WHOLE_MIX}")
    parts += [WHY, moves[0].check_text]
    opening = _opening(focus, moves[0], filler is not None)
    if opening:
        parts[0] = f"{opening} {parts[0][0].lower()}{parts[0][1:]}"
    limit = EXPLAIN_WORDS if intent.explain or intent.wants == Wants.WHY else MAX_WORDS
    return Answer(fit(parts, limit, keep=3), moves, None)


def _measured(tracks: tuple[RoleTrack, ...], role: str | None, area: FrequencyArea, band: str, mine: float,
              top: tuple[float, str] | None) -> str:  # fmt: skip
    """ "The lead vocal's bite is its clarity range (...), in the mix's high-mid band (...): there 'Lead Vocal'
    gives 17% of what your tracks give, and 'Gtr L' the most, 42%." """
    lo, hi = BANDS[band]
    one = len(tracks) == 1
    word = role_word(role) if one else ROLE_WORDS.get(role or "", role_word(role))
    whose = "its" if one else "their"
    gives = "gives" if one else "give"
    where = (f"{capital(possessive(word))} bite is {whose} {area.name} range ({say_hz(area.lo_hz)}-{say_hz(area.hi_hz)}), "
             f"in the mix's {band.replace('_', '-')} band ({say_hz(lo)}-{say_hz(hi)})")  # fmt: skip
    said = f"{where}: there {quote_list(list(tracks))} {gives} {mine:.0%} of what your tracks give"
    return f"{said}, and '{top[1]}' the most, {top[0]:.0%}." if top else f"{said}, more than any other track."


def _moves(
    tracks: tuple[RoleTrack, ...], filler: RoleTrack | None, area: FrequencyArea, room: bool
) -> list[Move]:
    """A lift on the part where the whole mix has room in its edge band; else a dip on the part that fills the
    band most (never the lead vocal for another part, a lead owns its range, nor a drum or bass, whose own bite
    lives there); else a compressor with a slower attack on the part, which lets the front of each note through."""
    centre = math.sqrt(area.lo_hz * area.hi_hz)
    check = "Flip it in and out at matched level: it should cut through more, not just get louder or harsh."
    whose = "its" if len(tracks) == 1 else "their"
    purpose = f"in {whose} {area.name} range ({say_hz(area.lo_hz)}-{say_hz(area.hi_hz)})"
    if room:
        return [eq(rt, centre, LIFT_DB, EDGE_Q, "lifts its edge where the mix has room", check, purpose)
                for rt in tracks]  # fmt: skip
    if (
        filler is not None
        and filler.role != "lead_vocal"
        and ROLE_TOPICS.get(filler.role or "") not in HIT_TOPICS
    ):
        owner = possessive(role_word(tracks[0].role))
        why = f"makes room for {owner} edge where {filler.quoted} fills it"
        return [eq(filler, centre, DIP_DB, EDGE_Q, why, check, f"where it fills {owner} {area.name} range")]
    return [compressor_move(rt, "slow_attack") or _slow_compressor(rt) for rt in tracks]


def _slow_compressor(rt: RoleTrack) -> Move:
    """A slower-attack compressor said by common practice, for an instrument MixologyDB has no medians for."""
    return Move(
        f"Put a compressor on {rt.quoted} with a slow attack (10-30 ms, common practice) and a gentle ratio "
        "(2-3:1), for 2-3 dB of gain reduction: the front of each note gets through before it clamps.",
        "",
        [],
    )


def _opening(focus: Focus, move: Move, covered: bool) -> str:
    """A technique guessed with the lack ("more comp?"): yes when the move is that technique, not first when it
    is another; a yes/no asked with none ("more bite on the vocal?"): yes, said as where the edge is lost; ""
    for a statement."""
    technique = focus.intent.technique
    comp = not move.suggestions  # the compressor move is said, not a card
    if technique == "compression":
        return "Yes, with a slow attack:" if comp else "Not compression first:"
    if technique == "eq":
        return "Not EQ first:" if comp else "Yes:"
    if technique is not None:
        return f"Not {technique} first:"
    if focus.intent.wants == Wants.JUDGE:
        return "Yes, another part covers it:" if covered else "Yes:"
    return ""
