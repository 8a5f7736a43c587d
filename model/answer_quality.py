"""How-to questions with a quality word ("how can I make the drums punchier?", "how do I get the vocal warmer?",
"any tips to make the bass tighter?"): the user wants the move that adds that quality to their track, not a
yes/no on whether the track is too low.

When nothing measured holds the track back (no level or masking problem: those moves come first, from
``model.answer_tracks.plan``), the answer is the craft move for the quality: a compressor set from what
engineers used on that instrument in the MixologyDB mixes (punch, tightness), an EQ move in the instrument's
own frequency area (fullness, brightness, clarity; never a boost where the whole mix already has too much),
or a pan (width). Then why, how to check, and the track's own meter so the user sees where it sits now.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from companion.context import FindingKind, MixContext, Suggestion
from companion.knowledge.bands import BANDS
from companion.knowledge.priors import CompressorPrior, quotable, starting_points
from companion.knowledge.roles import ROLE_WORDS
from companion.knowledge.techniques import technique
from companion.knowledge.wording import say_hz, say_number
from model.answer_tracks import BOOST_LIMIT_DB, CRAFT, _area_sentence, _craft_move, _relation, how_to, plan
from model.band_remark import band_level_words, inside_real_range, real_range_words
from model.evidence import TRACK_LEVEL_KINDS, TrackEvidence, track_evidence
from model.focus import Asked, Focus, is_pair
from model.intent import Wants
from model.intent_words import ON_TOP_WANTED
from model.moves import eq, fader, high_pass
from model.named_area_note import barred_area_note
from model.no_faders import fader_declined
from model.phrasing import (
    EXPLAIN_WORDS,
    MAX_WORDS,
    NOTHING_HEARD,
    Answer,
    capital,
    first_sentence,
    fit,
    lower_first,
    names,
)
from model.recipes import Move
from model.session_view import RoleTrack
from model.top_end import asks_too_bright


@dataclass(frozen=True, slots=True)
class Quality:
    """A quality the user wants more of, and how it is added."""

    name: str
    pattern: str
    craft: tuple[str, ...]  # complaints whose EQ moves (``model.answer_tracks.CRAFT``) add it, tried in order
    compress: str | None  # "slow_attack" (punch), "fast_release" (tightness), None: no compressor move
    why: str
    check: str
    noun: str  # "punch", "brightness": what the answer says it adds
    roles: tuple[str, ...] = ()  # of several asked tracks, the ones that carry the quality most


QUALITIES: tuple[Quality, ...] = (
    Quality("punch", r"\bpunch(y|ier|iness)?\b|\bhit harder\b|\bmore (impact|attack|snap|knock|slam|smack|thump|whack|oomph|crack)\b|\bsnappier\b|"
            r"\bcrack(ier| more)\b|\bcrack(s|ing)? (through|thru)\b|\bmore (crack|click)\b|\bclick(ier| more)\b|\b(hits?|knocks?|slaps?|smacks?|thumps?|bangs?) harder\b",
            ("punch",), "slow_attack",
            "A compressor with a slower attack lets the first hit through before it clamps down, so the hit "
            "stands out against the ring after it.",
            "Loop a busy bar and bypass it at matched level: the hits should jump out, not just get louder.", "punch",
            ("kick", "snare", "drum_bus", "bass", "toms")),
    Quality("tight", r"\btight(er|en|ness)?\b|\bless (boomy|flabby|loose)\b|\bmore controlled\b|"
            # "eq the piano so it isnt boomy": the boom taken away, said with a negation
            r"\b(isn'?t|is not|not|aren'?t|are not|no longer|without (being|sounding|getting)) (so |too |as |all )?boomy\b",
            ("boomy",), "fast_release",
            "A faster release lets the compressor let go before the next note, so each hit ends cleanly instead of "
            "smearing into the next one.",
            "Loop a busy bar: the notes should stop cleanly, with no loss of weight on the first beat.", "tightness",
            ("kick", "bass", "snare", "drum_bus")),
    # "glue the drum bus so the kit sounds like one instrument": gentle bus compression, set for that
    Quality("glue", r"\bglue(d|y)?\b(?! (it|them|that|the (vocal|voice|vox|singer)) (in|into|to|onto|with)\b)|\bcohesive\b|\bgel(s|led|ling)?\b|"
            r"\blike one (instrument|kit|band|unit|thing)\b",
            (), "slow_attack",
            "Glue is gentle compression across the group: about 2:1 to 4:1, an attack of 10-30 ms so the front of "
            "each note still gets through, a release timed to the groove (auto, or about 100-200 ms) and only 2-3 dB "
            "of gain reduction on the loudest hits, so the pieces move together (common practice).",
            "Bypass it at matched level: the group should sound like one instrument, its attacks just as sharp.",
            "glue", ("drum_bus",)),
    Quality("full", r"\bful(ler|lness)\b|\bwarm(er|th)?\b|\bfatter\b|\bthick(er)?\b|\bmore (body|weight|bottom)\b",
            ("thin",), None,
            "Fullness and warmth live in the part's body range; a broad, gentle lift there adds weight "
            "without making it louder everywhere.",
            "Flip the EQ in and out at matched level: it should feel fuller, not muddier.", "fullness"),
    # "bigger", "huge", "beefier": a part asked to sound larger, which is its body, not its fader; of the whole song
    # it is no tone (no master move: what the mix measures out of line answers it)
    Quality("big", r"\b(bigger|beefier|meatier|heavier|chunkier|weightier)\b(?! than)|"
            r"\b(more|sound|sounds|sounding|feel|feels|feeling|get|make (it|them|the [\w'-]+|my [\w'-]+)) (huge|massive|beefy|meaty|heavy)\b",
            ("thin",), None,
            "Size lives in the part's body range; a broad, gentle lift there adds weight without making it louder "
            "everywhere.",
            "Flip the EQ in and out at matched level: it should feel bigger, not muddier.", "size"),
    Quality("bright", r"\bbright(er|en)?\b|\bmore (air|sparkle|top|shine|sizzle)\b|\bairier\b|\bcrisp(er)?\b|"
            # "sparkly n expensive": the sheen of a costly record is a clean, open top octave
            r"\bsparkl(y|ier|ing)\b|\bbreath(y|ier)\b|\bshimmer(y|ier)?\b|\bglossy\b|\b(more )?expensive\b|\bhi-?fi\b|"
            # "add some top end", "boost the highs": the top octave asked for by its name
            r"\b(add|adding|boost|boosting|lift|lifting|more|extra|some)( some| a bit of| a little| the| more)? "
            r"(top( end)?|highs|high end|treble|air|high frequencies)\b",
            ("dull",), None,
            "Brightness is the top octave of the part; a wide shelf-like lift there opens it without "
            "touching its body.",
            "Flip it in and out at matched level: it should open up without turning harsh or sibilant.", "brightness"),
    Quality("clear", r"\bclear(er)?\b|\bclarity\b|\b(more )?present\b|\bpresence\b|\b(more )?bite\b|\bbit(ier|ey)\b|\bdefin(ed|ition)\b|"
            r"\bintelligib\w*|\bmore (upfront|up front|forward|in[- ]y(our|a|ur)[- ]face)\b|\bin-y(our|a|ur)-face\b|\bstands? out\b|\bcuts? through\b|\bpok(e|es|ing) (out|through)\b(?! too)|\bpop( out)?\b(?! (song|mix|music|track|genre|vocal))|"
            # "get the fiddle to float above everything": a part heard over the rest, which is its presence
            r"\b(float|floats|floating|soar|soars|soaring|hover|hovers|hovering|sail|sails|sailing) (above|over)\b|"
            # "make the vocal sit on top of the guitars": a part wanted over the rest, its presence
            + ON_TOP_WANTED,
            ("quiet", "muddy"), None,
            "Clarity is the part's presence range standing out from the others; clearing the mud under it (or a "
            "small lift in that presence range) helps it read without raising the fader.",
            "Flip the EQ in and out at matched level: every word or note should read more easily.", "clarity"),
)  # fmt: skip
HIGH_PASS_WHY = (
    "Boom on a part that isn't the bass is mostly low end it doesn't need: a high-pass under its lowest notes "
    "clears it and leaves that range to the bass and kick."
)
EQ_BOOM_WHY = (
    "Boom is low end that builds up and rings on: a dip where it builds tightens the part and keeps its weight; "
    "sweep a narrow boost through the lows to find the note that rings, then cut there."
)
BOOM_HZ = 120.0  # where a low part's boom usually builds (common practice: 80-200 Hz), a starting point to sweep from
FORWARD_DB = 1.5  # a small, clearly audible fader step (common practice: 1-2 dB)
SLOW_ATTACK_MS = 10.0  # below this an attack clamps the hit itself (common practice: 10-30 ms for punch)


REDUCED = re.compile(r"\b(less|too|overly|not so|not as|stop|stops|stopping|quit)\s+$", re.IGNORECASE)
"""'less warm', 'too punchy': the quality word said as something to take away, which asks for none of it."""
BECOMES = re.compile(
    r"\b(go|goes|going|went|gone|turn|turns|turning|turned|get|gets|getting|got)\s+"
    r"((kinda|kind of|a bit|a little|all|so|really|way|pretty|super)\s+)?$",
    re.IGNORECASE,
)
"""'the organ goes kinda thick n cloudy': the part said to turn into the quality, which is a complaint about it;
'get it thicker', 'get more click' still ask for more (a comparative or a "more" is never a state it fell into)."""


def _wanted(pattern: str, question: str) -> bool:
    m = re.search(pattern, question, re.IGNORECASE)
    if m is None or REDUCED.search(question[: m.start()]):
        return False
    said = m.group(0).lower()
    # "get thicker", "get more click": more asked for, never a state fallen into
    wished = said.endswith("er") or said.startswith(("more ", "extra ", "some "))
    return wished or not BECOMES.search(question[: m.start()])


def quality_of(question: str) -> Quality | None:
    """The first quality word of ``question`` ("punchier" -> punch) asked for more of, or None ("how do i make the
    bass less thick" asks for no fullness)."""
    return next((q for q in QUALITIES if _wanted(q.pattern, question)), None)


def _comp_prior(role: str | None) -> tuple[str, CompressorPrior] | None:
    """(role, its compressor prior) where the ratio is quotable; a drum bus falls back to its pieces."""
    for r in (role, *(("snare", "kick") if role == "drum_bus" else ())):
        if r and r in ROLE_WORDS and quotable(starting_points(r).compressor.ratio):
            return r, starting_points(r).compressor
    return None


def compressor_move(rt: RoleTrack, how: str, role: str | None = None) -> Move | None:
    """A compressor on ``rt`` set from MixologyDB's medians for its role: the attack slow enough for punch, or
    the release quick enough for tightness; the user's own compressor's setting quoted when it has one."""
    found = _comp_prior(role or rt.role)
    if found is None:
        return None
    r, c = found
    assert c.ratio is not None
    settings = [f"ratio about {say_number(c.ratio.median)}:1"]
    if how == "slow_attack" and quotable(c.attack_ms):
        assert c.attack_ms is not None
        attack = f"attack about {max(c.attack_ms.median, SLOW_ATTACK_MS):.0f} ms"
        if (
            c.attack_ms.median < SLOW_ATTACK_MS
        ):  # a vocal's fast median attack would clamp the very hit wanted
            attack += f" (slower than the {say_number(c.attack_ms.median)} ms median, to let the hit through)"
        settings.append(attack)
    if quotable(c.release_ms):
        assert c.release_ms is not None
        if how == "fast_release":
            settings.append(
                f"a quick release of about {c.release_ms.q1:.0f} ms (the median was {c.release_ms.median:.0f})"
            )
        else:
            settings.append(f"release about {c.release_ms.median:.0f} ms")
    where = f"{'from' if how == 'fast_release' else 'the medians on'} {ROLE_WORDS[r]} in 90 real mixes (MixologyDB)"
    own = rt.track.find_fx("comp")
    if own is not None:
        now = [
            p for p in (own.param("attack"), own.param("release"), own.param("ratio")) if p and p.formatted
        ]
        state = " (it's bypassed: switch it on)" if not own.enabled else ""
        shown = f" (now {', '.join(f'{p.name} {p.formatted}' for p in now)})" if now else ""
        text = f"Set the {own.name.split(' (')[0].removeprefix('VST: ')} on {rt.quoted}{shown}{state} to {', '.join(settings)}: {where}."
    else:
        text = (f"Put a compressor on {rt.quoted} (it has none): {', '.join(settings)}, {where}; aim for 3-4 dB "
                "of gain reduction on the loudest hits.")  # fmt: skip
    return Move(text, "", [])


def _pick(evs: list[TrackEvidence], quality: Quality) -> TrackEvidence:
    """Of the asked tracks, one with a level problem first ("the synths feel thin" with 'Pad' 10 dB down: its fader
    leads), else the one that carries the quality most (the kick and snare for punch, not the hats)."""
    off = next((ev for ev in evs if ev.level is not None and ev.level.is_problem), None)
    if off is not None:
        return off
    for role in quality.roles:
        for ev in evs:
            if ev.rt.role == role:
                return ev
    return evs[0]


def _under(move: Move, floor_hz: float) -> bool:
    """True when ``move``'s EQ band sits at or under a high-pass at ``floor_hz``."""
    hz = [sg.params.get("freq_hz") for sg in move.suggestions if sg.action == "eq_band"]
    return bool(floor_hz) and any(isinstance(h, (int, float)) and h <= floor_hz for h in hz)


def quality_answer(ctx: MixContext, focus: Focus, asked: Asked) -> Answer | None:
    """``quality_how_to`` for an instrument found as its own track(s)."""
    return quality_how_to(ctx, focus, [track_evidence(ctx, rt) for rt in asked.tracks[:4]])


COMPLAINT_QUALITY = {"thin": "full", "dull": "bright", "boomy": "tight", "punch": "punch"}
"""The quality whose move answers a how-to about each complaint ("drums less wimpy": thin, so fullness)."""


def unmoved_quality(ctx: MixContext, focus: Focus, evs: list[TrackEvidence]) -> Quality | None:
    """The quality to add when a how-to names a complaint ("how do i make the bass less tubby") that nothing
    measured confirms and the complaint's own EQ move is barred (a cut where the mix already lacks): without it
    the answer would be a bare "No" to a question that asked how."""
    name = COMPLAINT_QUALITY.get(focus.intent.complaint or "")
    if name is None or not evs or focus.intent.technique not in (None, "compression"):
        return None  # "how do i cut some low end off the keys?": the EQ asked for, not a compressor
    p = plan(ctx, focus, evs[0], focus.intent.complaint)
    if p.moves or (p.first is not None and p.verdict not in ("no", "fine")):
        return None  # a move of its own, or a measured fault that leads
    return next((q for q in QUALITIES if q.name == name), None)


def quality_how_to(ctx: MixContext, focus: Focus, evs: list[TrackEvidence]) -> Answer | None:
    """The how-to for a quality word on the asked track(s); None when the question has no quality word or a
    measured problem (its level, a part covering it) comes first."""
    if focus.intent.wants != Wants.HOW_TO:
        return None
    quality = quality_of(focus.intent.question) or unmoved_quality(ctx, focus, evs)
    if quality is not None and quality.name == "glue":
        return None  # "make my drums sound cohesive": one compressor across the group, not one on a track
    if quality is None and focus.intent.complaint == "quiet" and fader_declined(focus.intent.question):
        # "pluck keeps getting lost, not the fader pls": heard through without more level, which is clarity
        quality = next(q for q in QUALITIES if q.name == "clear")
    if quality is None:
        return None
    if quality.name == "big" and focus.intent.complaint == "narrow":
        # "make the two gtrs huge n wide": the size said is the width asked, which the pan answers
        return None
    ev = _pick(evs, quality)
    intent = focus.intent
    if intent.complaint is None and quality.craft:  # "warmer" says what they hear: too little body
        focus = replace(focus, intent=replace(intent, complaint=quality.craft[0]))
    p = plan(ctx, focus, ev, focus.intent.complaint)
    lack = LACKS.get(quality.name)
    if p.verdict == "maybe" and p.first is not None and lack is not None and p.first.kind is lack[0]:
        # the whole mix lacks what they ask for, in this part's range: the lift goes on the part they asked about
        _, hz, gain, q, shape = lack
        move = _lift(ev.rt, hz, gain, q, shape, quality)
        parts = [move.try_text, p.lead, quality.why, move.check_text]
        return Answer(fit(parts, MAX_WORDS, keep=2), [move], p.first)
    # "cut thru without just turning it up": the fader ruled out, so the quality's own move answers, its level
    # fault (if any) said after as what the EQ can't do
    declined = p.first is not None and p.first.kind in TRACK_LEVEL_KINDS and fader_declined(intent.question)
    if p.first is not None and p.verdict not in ("no", "fine") and not declined:
        # a level or masking problem holds it back: that move first (the plan's own answer); a level remark
        # inside the range real mixes use is no reason to move the fader, so the quality's own move follows
        ordered = [ev, *(e for e in evs if e is not ev)]
        return how_to(ctx, focus, ordered) if focus.intent is not intent else None
    moves: list[Move] = []
    if quality.name == "tight" and quality.roles and ev.rt.role not in quality.roles:
        # "how do i stop the acoustic sounding boomy": boom on a part that isn't the low end is low end it doesn't
        # need, cleared under its lowest notes, not a compressor's release (tightness is for kick and bass)
        moves.append(high_pass(ev.rt, "boom below the part's lowest notes, which the bass and kick own"))
        quality = replace(quality, why=HIGH_PASS_WHY, check=moves[0].check_text)
    elif intent.technique == "transient_shaping":
        # "knock harder w/o it getting louder.. transient shaper?": the shaper asked for, in its usual settings
        shaper = technique("transient_shaping")
        moves.append(Move(shaper.move.format(track=ev.rt.quoted), shaper.check))
        why = "A transient shaper lifts the start of each hit whatever its level, so the hit stands out against the ring"
        quality = replace(quality, why=f"{why} after it without the part getting louder.")
    elif quality.name == "tight" and intent.technique == "eq":
        # "how do i eq the bass so it isnt boomy?": the EQ asked for, a dip where the boom builds, no compressor
        quality = replace(quality, why=EQ_BOOM_WHY)
        dip = eq(ev.rt, BOOM_HZ, -2.5, 1.4, "tightens the low end where boom builds", quality.check,
                 "where boom usually builds (common practice)")  # fmt: skip
        # the part's own boom range, where it has one, is added with the crafted moves below
        if _craft_move(ctx, ev.rt, "boomy", quality.why) is None:
            moves.append(dip)
    elif quality.compress:
        comp = compressor_move(ev.rt, quality.compress)
        moves += [comp] if comp is not None else []
    crafted = (_craft_move(ctx, ev.rt, c, quality.why) for c in quality.craft)
    floor = moves[0].suggestions[0].params.get("freq_hz", 0) if moves and moves[0].suggestions else 0
    # a dip under the high-pass just offered would cut what the filter already took away
    moves += [m for m in crafted if m is not None and not _under(m, floor)][:1]
    if not moves:
        area, level = _area_sentence(ctx, ev.rt.role, quality.craft[0] if quality.craft else None)
        named = CRAFT.get(quality.craft[0], ((),))[0] if quality.craft else ()
        if (
            level is not None and level.area.name in named and level.deviation_db > BOOST_LIMIT_DB
        ):  # plenty there
            # the whole mix's range decides it, so it holds for every part asked about ("the guitars": both)
            on = names([e.rt.name for e in evs]) if len(evs) > 1 else ev.rt.quoted
            relation = f"{_relation(ev, ctx, focus)} " if len(evs) == 1 else ""
            text = (f"I'd hold off on adding {quality.noun} with EQ on {on}: {area[0].lower()}{area[1:]} "
                    f"{relation}A boost there would pile onto what the mix already has; if it "
                    "still sounds lacking, pull the parts that crowd it down a little instead."
                    f"{HOLD_OFF_HOW.get(quality.name, '')}")  # fmt: skip
            return Answer(fit([text], MAX_WORDS), [], None)
        # "punchier without them getting louder": no fader, and no range named to EQ
        if fader_declined(intent.question):
            how = DECLINED_HOW.get(quality.name, "")
            parts = [
                f"Not with the fader on {ev.rt.quoted}, then: {lower_first(quality.why)}{how}",
                quality.check,
            ]
            if ctx.analysis is not None:
                parts.append(_relation(ev, ctx, focus))
            return Answer(fit(parts, EXPLAIN_WORDS if intent.explain else MAX_WORDS, keep=2), [], None)
        # no named area of the instrument holds that quality: a part sounds fuller or clearer a little forward
        moves = [fader(ev.rt, FORWARD_DB, f"a small step forward adds {quality.noun} without an EQ guess")]
        quality = replace(quality, why=f"Nothing I measured holds {ev.rt.quoted} back, and its instrument has no "
                          f"named range for {quality.noun}, so the plain move is a small step forward.",
                          check=moves[0].check_text)  # fmt: skip
    parts = [moves[0].try_text]
    if len(moves) > 1:
        parts.append(f"Then: {moves[1].try_text[0].lower()}{moves[1].try_text[1:]}")
    others = [e.rt.quoted for e in evs if e is not ev]
    if others and is_pair(tuple(e.rt for e in evs)):
        parts.append(f"Do the same on {', '.join(others[:3])} so the pair stays even.")
    elif others:
        parts.append(f"The same idea works on {', '.join(others[:3])}, more gently.")
    parts.append(barred_area_note(ctx, ev.rt, intent.question, moves))  # "more crack", plenty there: no boost
    if intent.technique == "saturation":  # "eq, saturation, what?": the other tool asked about, sized too
        parts.append(
            f"A saturator helps too: drive it until {ev.rt.quoted} just thickens, then match its output level; the "
            "harmonics it adds carry through without more level."
        )
    if declined and p.first is not None and p.first.is_problem:  # what the move can't do, said right after it
        parts.insert(
            1,
            f"It only goes so far: {lower_first(first_sentence(p.first.summary))} Only its fader fixes that.",
        )
    parts += [quality.why, quality.check]
    if ctx.analysis is not None:
        parts.append(_relation(ev, ctx, focus))
    else:
        parts.insert(1, f"({NOTHING_HEARD}: these are starting points from real mixes and your session.)")
    limit = EXPLAIN_WORDS if focus.intent.explain else MAX_WORDS
    return Answer(fit([x for x in parts if x], limit, keep=2), moves, None)


DECLINED_HOW = {
    "punch": " Start around 4:1 with a 20-30 ms attack and 3-4 dB of gain reduction (common practice).",
    "tight": " Start around 3:1 with a release short enough to recover before the next note (common practice).",
}
"""The compressor's starting settings where the fader is ruled out and the part has no named range to EQ."""
HOLD_OFF_HOW = {
    "bright": " If you still want it, keep it small: a high shelf of +1-2 dB from about 10 kHz, Q ~0.7, and A/B it "
    "at matched level."
}
"""The move asked for, sized down, where the mix already has plenty of it: the how stays answered."""
# quality -> (the whole-mix finding that already answers it, the contract band, EQ centre Hz, gain dB, Q)
MASTER_MOVES: dict[str, tuple[FindingKind, str, float, float, float]] = {
    "bright": (FindingKind.DULL, "air", 10000.0, 1.5, 0.7),
    "full": (FindingKind.THIN, "bass", 120.0, 1.5, 0.8),
    "clear": (FindingKind.MUDDY, "low_mid", 350.0, -1.5, 1.0),
}
MASTER_WHY = {
    "bright": "a gentle lift of the top octave opens the whole mix without touching its body",
    "full": "a gentle lift where the low instruments' body sits adds weight to the whole mix",
    "clear": "a gentle dip where the instruments' low-mids pile up lets every part read more clearly",
}


def master_quality(ctx: MixContext, focus: Focus) -> Answer | None:
    """ "how do I make the mix brighter?": the whole mix's band against the reference, then a gentle master move
    (or why not: the mix already has more than typical there). None when a finding answers it (the master
    answer leads with that), or the question has no such quality word."""
    quality = quality_of(focus.intent.question)
    a = ctx.analysis
    if quality is None or quality.name not in MASTER_MOVES or focus.intent.wants != Wants.HOW_TO or a is None:
        return None
    # "way too bright, what's going on": the excess is the complaint, not brightness wished for
    if quality.name == "bright" and asks_too_bright(focus.intent.question):
        return None
    kind, band, centre, gain, q = MASTER_MOVES[quality.name]
    if any(f.kind is kind and f.track is None for f in ctx.problems):
        return None
    dev = a.balance_vs_target_db.get(band)
    if dev is None or not math.isfinite(dev):
        return None
    lo, hi = BANDS[band]
    where = f"the whole mix's {band.replace('_', '-')} band ({say_hz(lo)}-{say_hz(hi)})"
    inside = inside_real_range(a, band)
    says = f"{where} is {band_level_words(dev, real_range_words(a, band))}"
    # inside the range real mixes use, it has more than the median mix there, not more than most mixes
    than = "the median real mix" if inside else "most mixes"
    wants_more = gain > 0
    if (dev > BOOST_LIMIT_DB) if wants_more else (dev < -BOOST_LIMIT_DB):
        text = (f"I'd not add {quality.noun} on the master: {says}, so it already has "
                f"{'more' if wants_more else 'less'} there than {than}. If a part still sounds lacking, "
                "ask about that part and I'll look at its own level and range.")  # fmt: skip
        return Answer(fit([text], MAX_WORDS), [], None)
    check = "Flip it in and out at matched level: the whole mix should open up, not just get louder."
    move = eq(None, centre, gain, q, MASTER_WHY[quality.name], check)
    parts = [move.try_text, f"{capital(says)}, {_room(dev, gain)}.", capital(MASTER_WHY[quality.name]) + ".",
             check]  # fmt: skip
    return Answer(fit(parts, MAX_WORDS, keep=2), [move], None)


def _room(dev_db: float, gain_db: float) -> str:
    """Why a gentle master move is safe, said the way the measured band points."""
    if (gain_db > 0 and dev_db <= -1.0) or (gain_db < 0 and dev_db >= 1.0):
        return f"so the {'lift' if gain_db > 0 else 'dip'} brings it back toward typical"
    return "so a gentle move stays within a typical balance"


# quality -> (the whole-mix finding of its lack, centre Hz, gain dB, Q, EQ shape) for the lift on the asked part
LACKS: dict[str, tuple[FindingKind, float, float, float, str]] = {
    "bright": (FindingKind.DULL, 8000.0, 2.5, 0.7, "high_shelf"),
    "full": (FindingKind.THIN, 150.0, 2.0, 1.0, "bell"),
    "big": (FindingKind.THIN, 150.0, 2.0, 1.0, "bell"),
}


def _lift(rt: RoleTrack, freq_hz: float, gain_db: float, q: float, shape: str, quality: Quality) -> Move:
    """A gentle lift on the part asked about, where the whole mix measures a lack of that quality."""
    if shape == "high_shelf":
        text = f"On {rt.quoted}, add a high shelf, +{gain_db:g} dB from about {say_hz(freq_hz)}."
        params: dict[str, float | str] = {"type": "high_shelf", "freq_hz": round(freq_hz), "gain_db": gain_db}
        sugg = Suggestion("eq_band", rt.name, params, f"adds {quality.noun} where the whole mix lacks it")
        return Move(text, quality.check, [sugg])
    return eq(rt, freq_hz, gain_db, q, f"adds {quality.noun} where the whole mix lacks it", quality.check)
