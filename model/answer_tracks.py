"""Answers about one instrument of the user's session: "is the vocal too loud?", "the kick feels lost, what
would you do?", "why is my snare buried?", "how much?".

The answer leads with what was asked (yes or no, the one move, the cause, the size), then the number it rests
on and whose number it is (the track's own meter, a finding, or the whole mix in that instrument's range),
then the move on the user's track with values, why, and how to check.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace

from companion.context import Finding, FindingKind, MixContext
from companion.knowledge.roles import ROLE_TOPICS, ROLE_WORDS
from companion.knowledge.techniques import said_name
from companion.knowledge.wording import say_hz
from model.asked_direction import NOTHING_SAYS, fader_offered_opening, leave_it, other_move_or_fader
from model.band_remark import contradicting_verdict
from model.blamed_location import blamed_place
from model.blamed_processor import blamed_processor
from model.build_up_cut import build_up_centre as _centre
from model.build_up_cut import on_track as _on_track
from model.clash_proposal import own_guess
from model.evidence import (
    AreaLevel,
    TrackEvidence,
    area_levels,
    area_remark,
    carried_tone,
    carries,
    singular,
    tonal_overlapping,
    track_evidence,
)
from model.focus import Asked, Focus, is_pair
from model.guessed_cause import not_the_effect, not_the_frequency, not_the_guess, not_the_low_end
from model.guessed_part import not_the_part
from model.intent import BLAME_Q, Wants
from model.intent_forms import ALL_DOWN, BLANKET, BLANKET_WHY, CHECK_Q, MOVE_OR_ENOUGH, level_said
from model.intent_frequency import HZ_SAID
from model.intent_place_ask import asks_level_place
from model.intent_tone import TONE_COMPLAINTS
from model.intent_words import TINNY
from model.level_range import inside_spread, level_explains
from model.masker_level import level_first, masking_reason
from model.measured_fault import range_fault, range_words
from model.moves import eq, fader, level_move, masking_move, pan_one, pan_pair
from model.pair_room import with_room
from model.phrasing import EXPLAIN_WORDS, MAX_WORDS, Answer, capital, first_sentence, fit, lower_first, names
from model.quiet_of_other import cleared, hides_other, own_complaint, quiet_of_other
from model.recipes import Move, recipe, size_head
from model.session_view import RoleTrack
from model.slot_move import slot_move
from model.tonal_cause import level_behind
from model.tone_answer import lead_order, nothing_sentence, verdict_first
from model.tone_home import craft_areas, kept_area
from model.track_culprit import COMPLAINT_KINDS, EXCESS_KINDS, guessed_culprit, mix_context
from model.track_culprit import culprit as find_culprit
from model.verdict_opening import without_opening

BOOST_LIMIT_DB = 1.5  # the whole mix already this far above typical in a range: no boost there
WHY_LEVEL = "Balance comes first: no EQ or compression fixes a part sitting at the wrong level."
WHY_MASK = "Two parts in the same range hide each other; a small dip in one lets the other through without turning anything up."
# (area names to boost or cut, gain dB, Q) per complaint when nothing measured points elsewhere
CRAFT: dict[str, tuple[tuple[str, ...], float, float]] = {
    "quiet": (("attack", "crack", "clarity", "presence", "chick", "growl"), 2.0, 1.4),
    "punch": (("punch", "attack", "crack", "body"), 2.0, 1.4),
    "muddy": (("mud", "box", "fullness"), -3.0, 1.0),
    "boomy": (("weight", "punch", "boom", "body", "low end"), -3.0, 1.4),
    "harsh": (("attack", "crack", "clarity", "harsh cymbals", "fizz", "chick"), -2.5, 2.0),
    "dull": (("air", "sizzle", "wires", "sparkle", "presence"), 2.5, 0.7),
    "thin": (("body", "weight", "fullness"), 2.0, 1.0),
    "boxy": (("box", "ring", "mud"), -3.0, 2.0),
}


@dataclass
class Plan:
    """What the evidence says about the asked track for this complaint, and the moves that follow."""

    verdict: str  # "yes", "no", "a little", "opposite"
    lead: str  # the sentence with the number the answer rests on
    moves: list[Move] = field(default_factory=list)
    why: str = ""
    first: Finding | None = None
    notes: list[str] = field(default_factory=list)  # further evidence sentences, most useful first
    opening: str = ""  # the answer's first words when the plan has its own (not the part asked about)


WHOLE_MIX = "(that's the whole mix, not this track alone)."
LOW_TONES = ("boomy", "muddy", "thin")
"""Tone complaints about the low end, which the whole mix's band there measures directly: that number is what
answers "is the kick boomy?" before the part's meter does."""


def _area_sentence(ctx: MixContext, role: str | None, complaint: str | None) -> tuple[str, AreaLevel | None]:
    al = area_remark(ctx, role, complaint)
    if al is None or role is None:
        return "", None
    return f"{capital(al.says(role))} {WHOLE_MIX}", al


def _relation(ev: TrackEvidence, ctx: MixContext, focus: Focus) -> str:
    """The asked track's own meter, and in words where it sits against its most relevant neighbour (the lead
    vocal, else the loudest): a difference of two meters is not a measurement anyone can read back."""
    me = ev.lufs if ev.lufs is not None else ev.avg_peak_db
    if me is None:
        return ""
    unit_lufs = ev.lufs is not None
    others = []
    for rt in focus.session.tracks:
        if rt.track.mute or rt.name == ev.name or rt.track.level is None:
            continue
        other = track_evidence(ctx, rt)
        value = other.lufs if unit_lufs else other.avg_peak_db
        if value is not None:
            others.append((rt, value))
    if not others:
        return f"{capital(ev.measured_level() or '')}."
    vocal = [o for o in others if o[0].role == "lead_vocal"]
    rt, value = vocal[0] if vocal and ev.rt.role != "lead_vocal" else max(others, key=lambda o: o[1])
    diff = me - value
    side = "above" if diff >= 0 else "under"
    size = "about level with" if abs(diff) < 1.0 else f"a little {side}" if abs(diff) < 3.0 else side
    size = f"well {side}" if abs(diff) >= 6.0 else size
    return f"{capital(ev.measured_level() or '')}, {size} {rt.quoted}."


def _craft_move(
    ctx: MixContext, rt: RoleTrack, complaint: str | None, why: str, role: str | None = None
) -> Move | None:
    """A move from the instrument's named ranges when nothing measured points at a cause; never a boost where
    the whole mix already has too much, nor a cut where it has too little."""
    if complaint == "loud":
        return fader(rt, -3.0, "you asked for it to sit lower; 3 dB is a clear but safe step")
    if complaint == "narrow":
        return pan_one(rt, -0.5)
    role = role or rt.role
    spec = CRAFT.get(complaint or "")
    if spec is None or role is None or role not in ROLE_TOPICS:
        return None
    names, gain, q = spec
    # the whole mix's level in each area, unless the verdict of the complaint itself covers it the other way (a
    # dull part in a mix leaning dull whose air band is above the median: the verdict is the judged reading)
    verdicts = tuple(f for f in ctx.findings if f.kind in COMPLAINT_KINDS.get(complaint or "", ()))
    # a harsh part is dipped where harshness lives (2-5 kHz), a "fizzy" one in the fizz range it was named by
    ok = offered = craft_areas(role, complaint, names, gain < 0, ctx.question)
    master = {
        al.area.name: al.deviation_db
        for al in area_levels(ctx.analysis, role, tuple(ok))
        if contradicting_verdict(verdicts, al.band, al.deviation_db) is None
    }
    excess = [_centre(f) for f in ctx.problems if f.kind in EXCESS_KINDS and f.track is None]
    ok = [a for a in ok if not (gain > 0 and any(c is not None and a.lo_hz <= c <= a.hi_hz for c in excess))]
    ok = [a for a in ok if not (gain > 0 and master.get(a.name, 0.0) > BOOST_LIMIT_DB)]
    ok = [a for a in ok if not (gain < 0 and master.get(a.name, 0.0) < -BOOST_LIMIT_DB)]
    area = kept_area(ok, offered, ctx.question)  # a named area barred is not swapped for another
    if area is None:
        return None
    centre = math.sqrt(area.lo_hz * area.hi_hz)
    check = "Flip the EQ in and out at matched level: it should get clearer, not just louder."
    purpose = f"in its {area.name} range ({say_hz(area.lo_hz)}-{say_hz(area.hi_hz)})"
    return eq(rt, centre, gain, q, why or f"works on its {area.name} range: {area.note}", check, purpose)


_COVERED_COMPLAINTS = (
    None,
    "quiet",
    "punch",
    "muddy",
    "clash",
    "dull",
)  # "muffled": covered in its presence range
_LEVEL_BLAMED = re.compile(
    r"\b(just |simply |only )?too (quiet|low|soft)\b|\bnot loud enough\b", re.IGNORECASE
)
"""'is the singer just too quiet?': the asker blames the part's own level, which a covering part makes a no."""
_COVERING_COMPLAINTS = (None, "loud", "muddy", "clash")
"""Complaints a masking finding answers, for the track covered and for the one covering it (a level remark
under 3 dB does not outrank a masking problem: the problem leads, its own text names the fader as an option)."""


def plan(
    ctx: MixContext, focus: Focus, ev: TrackEvidence, complaint: str | None, role: str | None = None
) -> Plan:
    """The diagnosis of one asked track for ``complaint`` (None = how is it), with the moves.

    ``role`` is the instrument asked about when it differs from the track's (the kick inside 'Drums').
    """
    complaint = own_complaint(
        focus.intent, complaint
    )  # "is the guitar too loud, i can't hear the words": loud
    s = focus.session
    role = role or ev.rt.role
    lvl = ev.level
    # a yes/no rests on a problem: a masking remark (under 0.3) is not enough to say "yes, it covers it"
    covered = [f for f in ev.masking if f.track != ev.name and f.is_problem]
    covering = [f for f in ev.masking if f.track == ev.name and f.is_problem]
    tonal = [
        f
        for f in tonal_overlapping(ctx, role, ev.rt)  # never a range its own high-pass filters out
        if (
            (complaint is None and not focus.intent.asks_ok and not asks_level_place(focus.intent.question))
            and carries(ctx, ev.rt, f)
        )  # "how's the bass?": its own main bands, not any area it has energy in
        or f.kind in COMPLAINT_KINDS.get(complaint, ())
    ]  # "is the bass ok?", "how's the bass level": a whole-mix lean is not this part's fault or its level
    tonal += [f for f in carried_tone(ctx, ev.rt, complaint) if f not in tonal]  # "guitar's harsh": 2-5 kHz
    area_text, _ = _area_sentence(ctx, role, complaint)
    notes = [capital(n) + "." for n in ev.fx_notes]
    masking_problems = [
        f
        for f in (covered if complaint in _COVERED_COMPLAINTS else [])
        + (covering if complaint in _COVERING_COMPLAINTS else [])
        if f.is_problem
    ]
    loud_masker = None if lvl is not None and lvl.is_problem else level_first(ctx, masking_problems)
    if loud_masker is not None:  # balance before EQ: the fader fault behind the clash leads
        loud, m = loud_masker
        blamed = focus.intent.wants == Wants.JUDGE and bool(_LEVEL_BLAMED.search(focus.intent.question))
        verdict = "instead" if focus.intent.asks_raise or focus.intent.should or blamed else "elsewhere"
        if m in covered and verdict == "elsewhere" and not BLAME_Q.search(focus.intent.question):
            verdict = "yes"  # "is the guitar in the way?": yes, and its fader first ("is it the vocal?": no)
        verdict = "not first" if focus.intent.technique and focus.intent.should else verdict  # "compress it?"
        verdict = "yes" if complaint == "clash" and verdict == "elsewhere" else verdict  # "something on it?"
        guess = not_the_guess(focus.intent.question, focus.intent.technique, loud)  # "is it the EQ?": no
        # "i figure its mud in the low end, is that it?" with the clash in the mids: that guess denied first
        low = None if guess else not_the_low_end(focus.intent.question, m)
        guess = guess or low
        lead = f"What is off is {loud.track!r}: {lower_first(first_sentence(loud.summary))}"
        lead = first_sentence(loud.summary) if low else lead  # "No, not mud in the low end: 'Gtr L' sits ..."
        return Plan(verdict, lead, [level_move(loud, s), masking_move(m, s)], masking_reason(m, loud), loud,
                    [*notes, area_text], opening=guess[:-1] + ":" if guess else "")  # fmt: skip
    if lvl is not None and not lvl.is_problem and masking_problems and level_explains(lvl, complaint):
        # a level remark under a masking problem: the problem is the evidence; when the remark points the same
        # way (the covered track low, the covering one high) its fader is the simpler fix, the dip the other
        m = masking_problems[0]
        quiet = lvl.kind is FindingKind.TRACK_TOO_QUIET
        if quiet == (m.track != ev.name):
            moves = [level_move(lvl, s), masking_move(m, s)]
            return Plan("yes", first_sentence(m.summary), moves, WHY_MASK, m, [*notes, area_text])
    own_fine = lvl is not None and not lvl.is_problem and inside_spread(lvl) and not masking_problems
    culprit = (
        find_culprit(ctx, focus, ev, complaint) if own_fine and complaint in ("quiet", "punch") else None
    )
    if (
        culprit is not None
    ):  # "vocal feels buried, boost its highs?" at a usual level while the fiddle is 10 dB over
        lead = f"{nothing_sentence(ev, complaint)} What is off is {culprit.track!r}: {lower_first(first_sentence(culprit.summary))}"
        verdict = "instead" if focus.intent.asks_raise or focus.intent.should else "elsewhere"
        return Plan(verdict, lead, [level_move(culprit, s)], WHY_LEVEL, culprit, [area_text, *notes])
    if lvl is not None and level_explains(lvl, complaint) and (lvl.is_problem or not masking_problems):
        louder = lvl.kind is FindingKind.TRACK_TOO_LOUD
        # "is the synth bass too quiet?? on my laptop ...": the small speaker kept as the complaint, the claim said
        said = level_said(focus.intent.question) if complaint == "small" else None
        if focus.intent.should and lvl.is_problem:
            # "vocal gets lost, should I add reverb?": the level is the cause, so the move asked about can wait
            verdict = "not first"
        elif complaint == "loud" or said == "loud":
            verdict = ("yes" if lvl.is_problem else "a little") if louder else "opposite"
        # "small, push it up?", "thin?", or the part said too quiet outright
        elif complaint in ("quiet", "thin") or focus.intent.asks_raise or said == "quiet":
            hides = louder and bool(covering) and not focus.intent.asks_raise and quiet_of_other(focus.intent)
            # "the mix sounds tinny" with the hats far up: thin and bright at once, so a loud bright part is it
            tinny = (
                louder and complaint == "thin" and re.search(TINNY, focus.intent.question, re.I) is not None
            )
            verdict = (
                ("yes" if lvl.is_problem else "a little") if not louder or hides or tinny else "opposite"
            )
        elif focus.intent.should:
            verdict = "not first"  # "should I boost 200 Hz on the snare?" when the snare sits 10 dB low
        else:
            verdict = "yes" if lvl.is_problem else "a little"
        move = level_move(lvl, s)
        lead = first_sentence(lvl.summary)
        feeds = mix_context(ctx, ev, lvl, complaint)  # the whole mix's build-up (or lack) its level feeds
        asks_move = focus.intent.wants in (Wants.HOW_TO, Wants.WHAT_FIRST, Wants.HOW_MUCH)
        if verdict == "a little" and inside_spread(lvl) and asks_move and complaint in ("loud", "quiet"):
            # "the kick feels lost, what would you do?" 3 dB under: the way they hear it, inside the usual range
            lead = (
                f"{lead} That's inside the range most well-rated mixes use, so a small nudge is all it needs."
            )
        elif verdict in ("a little", "opposite") and inside_spread(lvl):
            # "should the drums be louder?" 3 dB under: no; a fader left alone is no remedy for the mix either
            feeds = []
            verdict, lead = (
                "no",
                f"{lead} That's inside the range most well-rated mixes use, so I'd leave it.",
            )
            other = guessed_culprit(
                ctx, focus, ev, complaint
            )  # "too loud somewhere, is it my bass?": no, that part
            if other is not None:
                lead = f"{lead} What is off is {other.track!r}: {lower_first(first_sentence(other.summary))}"
                return Plan("elsewhere", lead, [level_move(other, s)], WHY_LEVEL, other, [area_text, *notes])
        why = (
            _why_not_first(focus.intent.technique, focus.intent.question)
            if verdict == "not first"
            else WHY_LEVEL
        )
        # a fader move the lead declines ("so I'd leave it") is no move: neither a card nor a "try this"
        moves = [] if verdict == "no" else [move]
        if louder and moves and covering and hides_other(focus.intent, complaint):  # "the words get lost
            why = masking_reason(covering[0])  # when it kicks in": what its level hides, then the dip
        return Plan(verdict, lead, moves, why, lvl, [*feeds, *notes, area_text])
    if covered and complaint in _COVERED_COMPLAINTS:
        f = covered[0]
        # "should I turn the vocal up?" while another part covers it: no, dip that part instead
        blames_level = focus.intent.wants == Wants.JUDGE and bool(_LEVEL_BLAMED.search(focus.intent.question))
        verdict = (
            "instead"
            if (focus.intent.asks_raise or blames_level) and complaint in ("quiet", "dull")
            else "yes"
        )
        return Plan(verdict if complaint != "loud" else "no", first_sentence(f.summary), [masking_move(f, s)],
                    WHY_MASK, f, [_relation(ev, ctx, focus), *notes])  # fmt: skip
    if covering and complaint in _COVERING_COMPLAINTS:
        f = covering[0]
        return Plan("yes", first_sentence(f.summary), [masking_move(f, s)], WHY_MASK, f, notes)
    fault = range_fault(ctx, focus, ev.name, complaint)
    if fault is not None:  # "muddy, high-pass the organ?" with the bass 10 dB up: not the organ first
        lead = f"The fault I measured in {range_words(focus.intent.question, complaint)} is {fault.track!r}: {lower_first(first_sentence(fault.summary))}"
        return Plan("elsewhere", lead, [level_move(fault, s)], WHY_LEVEL, fault, [area_text, *notes],
                    opening=f"Not {ev.rt.quoted} first:")  # fmt: skip
    if tonal:
        f = tonal[0]
        behind = level_behind(ctx, f, ev.name)
        if (
            behind is not None
        ):  # "and the piano?" when the mix leans harsh because the fiddle sits too loud there
            lead = (
                f"{first_sentence(f.summary)[:-1]} on the whole mix, and the level of {behind.track!r} may be "
                f"why: {lower_first(first_sentence(behind.summary))}"
            )
            return Plan("elsewhere", lead, [level_move(behind, s)], WHY_LEVEL, behind, [area_text, *notes],
                        opening=f"Not {ev.rt.quoted} first:")  # fmt: skip
        craft = _craft_move(ctx, ev.rt, complaint, "", role) or _on_track(ev.rt, f) or recipe(f, s)
        # one track named ("may well come from 'Synth Bass'"); a part on several tracks keeps "here", as its move
        # names each after (a name there would cost the word budget the second track's move)
        several = any(ev.rt in a.tracks and len(a.tracks) > 1 for a in focus.asked)
        lead = (
            f"{first_sentence(f.summary)[:-1]} on the whole mix, and that's the {role_word(role)} range, "
            f"so it may well come from {'here' if several else ev.rt.quoted}: solo it to confirm."
        )
        return Plan("maybe", lead, [craft], "", f, [area_text, *notes])
    relation = _relation(ev, ctx, focus)
    nothing = nothing_sentence(ev, cleared(focus.intent, complaint))
    culprit = find_culprit(ctx, focus, ev, complaint)
    if culprit is not None:
        lead = f"{nothing} {relation} What is off is {culprit.track!r}: {lower_first(first_sentence(culprit.summary))}"
        return Plan("elsewhere", lead, [level_move(culprit, s)], WHY_LEVEL, culprit, [area_text, *notes])
    moves: list[Move] = []
    if complaint in ("quiet", "punch", "clash"):
        slot = slot_move(focus, role)
        moves += [slot] if slot else []
    craft = _craft_move(ctx, ev.rt, complaint, "", role)
    moves += [craft] if craft else []
    if complaint is None and not notes:
        return Plan("fine", f"{nothing} {relation}".strip(), [], "", None, [area_text])
    if complaint in LOW_TONES and area_text:  # "is the kick boomy?": its range's number, then its meter
        return Plan("no", f"{nothing} {area_text}", moves, "", None, [relation, *notes])
    return Plan("no", f"{nothing} {relation}".strip(), moves, "", None, [area_text, *notes])


TECHNIQUE_WORDS = {"eq": "EQ", "compression": "compression", "reverb": "reverb", "delay": "delay",
                   "panning": "panning", "sidechain": "sidechain", "gating": "a gate", "limiting": "a limiter"}  # fmt: skip


_TOOL_SAID = re.compile(r"\b(exciter|enhancer|amp sim)s?\b", re.IGNORECASE)
"""'an exciter', 'one of those enhancer plugins', 'the amp sim': the asker's own word for a saturation tool."""


def _why_not_first(technique: str | None, question: str = "") -> str:
    """Why the move asked about waits for the fader: said with the technique's own name (or the asker's word for
    a saturation tool: "an enhancer won't fix", not "a saturator")."""
    what = TECHNIQUE_WORDS.get(technique or "", "") or said_name(technique)
    if technique == "saturation" and (tool := _TOOL_SAID.search(question)):
        what = f"an {tool.group(1).lower()}"
    if not what:
        return WHY_LEVEL
    return f"Balance comes first: {what} won't fix a part sitting at the wrong level; set the fader, then judge the {what.removeprefix('an ').removeprefix('a ')}."


def role_word(role: str | None) -> str:
    """ "kick drum", "lead vocal", "bass": a role in the singular."""
    return singular(ROLE_WORDS.get(role or "", "track"))


ENOUGH = {"yes": "No:", "a little": "Not quite:", "opposite": "More than enough:", "no": "Yes:", "fine": "Yes:",
          "maybe": "Maybe not:", "elsewhere": "Yes, it is:", "not first": "Not first:",
          "instead": "No, I'd leave its fader:"}  # fmt: skip
"""Openings for "is it loud enough?": a problem found means no."""
OK = {**ENOUGH, "opposite": "No:", "elsewhere": "Yes, it's fine itself:"}
"""Openings for "is it ok?" / "does it sit right?": a problem found means no, whichever way it points."""


def _opening(
    verdict: str,
    complaint: str | None,
    enough: bool = False,
    asks_ok: bool = False,
    asks_problem: bool = False,
) -> str:
    if enough and complaint is not None:
        return ENOUGH[verdict]
    if enough and verdict in ("no", "fine") and not asks_problem:
        return "Yes:"  # "is her voice up enough over the horns or does it want a push?" with nothing off: yes
    if asks_ok:
        return OK[verdict]
    if complaint is None and not asks_problem:
        return {"yes": "One thing:", "a little": "Mostly fine, one thing:", "maybe": "Possibly:", "no": "It's fine:",
                "fine": "It's fine:", "opposite": "One thing:", "elsewhere": "It's fine itself:",
                "not first": "Not first:", "instead": "No, I'd leave its fader:"}[verdict]  # fmt: skip
    return {"yes": "Yes:", "a little": "A little:", "opposite": "No, the opposite:", "no": "No:", "maybe": "Maybe:",
            "fine": "No:", "elsewhere": "Not really:", "not first": "Not first:",
            "instead": "No, I'd leave its fader:"}[verdict]  # fmt: skip


def _compose(parts: list[str], explain: bool) -> str:
    """The parts within the word budget; a plug-in note the move already covers is said once."""
    said = " ".join(parts[:4]).lower()
    kept = [p for i, p in enumerate(parts) if i < 2 or not _repeats(p, said)]
    return fit(kept, EXPLAIN_WORDS if explain else MAX_WORDS, keep=2)


def _repeats(part: str, said: str) -> bool:
    low = part.lower()
    return any(w in low and w in said for w in ("no compressor", "high-pass")) and "real mixes had" in low


def tone_plan(ctx: MixContext, focus: Focus, ev: TrackEvidence, complaint: str | None) -> Plan:
    """``plan``, except that a tone complaint ("are the drums boomy?") is not answered by a level inside the range
    real mixes use (one the answer would decline, "so I'd leave it", or still put "first"): that says nothing about
    the tone asked about, so what the complaint's own evidence says (the whole mix in that range, the part's share
    of it) leads."""
    p = plan(ctx, focus, ev, complaint)
    if complaint not in TONE_COMPLAINTS or ev.level is None or p.first is not ev.level:
        return p
    if p.verdict == "no" or (p.verdict == "not first" and inside_spread(ev.level)):
        # "is the eq causing that?" on the drums, the kick's level inside the usual range: not "fader first"
        return plan(ctx, focus, replace(ev, level=None), complaint)
    return p


_OWN_TAKE = re.compile(
    r"\bor (should i |do i |shall i |would i |i )?(just |simply )?(need to |have to |gotta )?(?P<verb>sing|play|"
    r"re-?record|re-?track|redo|do another take|record)\b",
    re.IGNORECASE,
)
"""The asker's own take offered as the other fix ("eq a notch into the guitar or just sing louder next take")."""
_TAKE_SAID = {"sing": "your singing", "play": "your playing"}


def _own_take_opening(focus: Focus, move: Move, opening: str) -> str:
    """ "The guitar's fader first, not your singing:" when the question offers a tool on the part measured off or
    the asker's own take: the part is right, its fader comes before the tool, and the take is not it."""
    m = _OWN_TAKE.search(focus.intent.question)
    track = move.suggestions[0].track if move.suggestions else None
    said = next((a.said for a in focus.asked if a.said and track in {rt.name for rt in a.tracks}), "")
    said_at = focus.intent.question.lower().find(said.lower()) if said else -1
    if m is None or said_at < 0 or m.start() < said_at:
        return opening  # the part said before the "or", as the first fix offered, or no such choice
    owner = "'" if said.endswith("s") else "'s"
    return f"The {said}{owner} fader first, not {_TAKE_SAID.get(m['verb'].lower(), 'a new take')}:"


BOOST_BLAMED = re.compile(
    r"\btoo (much|big|many|hard) (\w+ ){0,2}boosts?\b|\bboost(ed|ing|s)? (\w+ ){0,2}too (much|far|hard)\b|\bover-?boost",
    re.IGNORECASE,
)
"""'too much presence boost', 'boosted the highs too much': a boost already made, blamed, not one proposed."""


def judge(ctx: MixContext, focus: Focus, evs: list[TrackEvidence]) -> Answer:
    intent = focus.intent
    plans = [(ev, tone_plan(ctx, focus, ev, intent.complaint)) for ev in evs]
    lead = next(((ev, p) for ev, p in plans if p.first is not None and p.first.track is not None), None)
    lead = lead or next(((ev, p) for ev, p in plans if p.first is not None), plans[0])
    if len(plans) > 1 and all(p.first is None and not p.moves for _, p in plans):
        return _group_fine(focus, plans)
    evs = [lead[0]] + [ev for ev in evs if ev is not lead[0]]
    p = lead[1]
    move = p.moves[0] if p.moves else None
    if p.opening and len(evs) > 1:  # "cut the guitars?": not the part asked about, all its tracks
        p.opening = f"Not {names([ev.name for ev in evs], 4)} first:"
    opening = p.opening or _opening(
        p.verdict, intent.complaint, intent.enough, intent.asks_ok, intent.asks_problem or intent.asks_raise
    )
    if intent.enough and p.verdict in ("no", "fine") and MOVE_OR_ENOUGH.search(intent.question):
        # "do i need to ride it up or is it loud enough on top?": a yes would take the move; the side named
        opening = "It's loud enough, no need:"
    if (
        p.verdict == "no"
        and not p.moves
        and p.first is not None
        and intent.wants in (Wants.HOW_TO, Wants.WHAT_FIRST)
    ):
        opening = (
            "No need:"  # "how do I make the kick louder?" with its level inside the usual range: no move
        )
    guessed = not_the_part(focus, p.first)  # "drums feel weak, is it the kick?": not the kick
    if guessed and not (guessed.startswith("Yes") and opening.startswith("Yes")):  # a yes already says so
        opening = guessed
    freq_guess = (  # a place blamed ("too much 100 Hz on the master?") is denied as the place, after this
        (
            not_the_frequency(intent.question, p.first)
            or (not_the_effect(intent.question, p.first) if intent.technique is None else None)
        )
        if p.moves and p.verdict != "no" and blamed_place(intent.question) is None
        else None
    )
    if freq_guess:
        opening = freq_guess  # "harsh, too much 3k on it?" with the vocal 11 dB over: not the 3k, its fader
    first = move.suggestions[0] if move is not None and move.suggestions else None
    if first is not None and first.track and p.verdict == "yes" and (own := own_guess(intent.question)):
        # "is it the acoustic thats smudging my words or do i just need to enunciate better": the part, not them
        sung = focus.session is not None and any(
            rt.name == first.track and rt.role in ("lead_vocal", "backing_vocal")
            for rt in focus.session.tracks
        )
        # "... or is my voice just weak?" with the vocal's own fader the fault: the mix, not the voice
        own_part = sung and re.search(r"\b(voice|singing|vocal|vox|delivery|performance)\b", own) is not None
        opening = f"The mix, not {own}:" if own_part else f"It's {first.track!r}, not {own}:"
    if first is not None and first.track and p.verdict != "no" and ALL_DOWN.search(intent.question):
        # "should i just drag every instrument down to make room?": one part is off, so one fader, named (the
        # part to be heard sitting low is raised instead)
        down = float(first.params.get("delta_db", 0.0)) < 0
        opening = (
            f"No, not all of them, just '{first.track}':"
            if down
            else f"No, bring '{first.track}' up instead:"
        )
        p.lead = re.sub(r"^What is off is '[^']+':\s*", "", p.lead)
    # "boost the kick like 6db round 60hz?": a boost at a frequency is an EQ move, though no EQ is named
    # "too much presence boost": a boost already there, blamed, is no boost proposed
    proposed = re.search(r"\bboost", intent.question, re.I) and not BOOST_BLAMED.search(intent.question)
    boost_at = proposed and HZ_SAID.search(intent.question)
    if p.verdict == "instead" and (intent.technique or boost_at):
        # "boost the highs on the vocal?": not its EQ either; "add reverb on the vocal?": the plug-in asked for
        # waits for the fader, said without a boost
        opening = "No, I wouldn't boost it:" if proposed else "Not first:"
    elif p.verdict in ("no", "fine") and (intent.should or intent.asks_raise) and proposed:
        # "should i throw a low shelf boost on it or is it already sitting right?" with nothing off: no boost
        opening = "No, I wouldn't boost it:"
    if intent.technique and p.verdict in ("instead", "not first"):  # "eq the pad or just turn it down?"
        opening = fader_offered_opening(intent.question, move, opening, frozenset(ev.name for ev in evs))
    elif p.verdict == "yes" and move is not None and other_move_or_fader(intent.question):
        # "do i need to layer a clap on it or should i just push it up?": the fader way offered, picked
        opening = fader_offered_opening(intent.question, move, opening, frozenset(ev.name for ev in evs))
    if p.verdict == "not first" and intent.technique and move is not None:
        took = _own_take_opening(focus, move, opening)
        if took != opening:  # the opening names the part: its label comes off the lead
            opening, p.lead = took, re.sub(r"^What is off is '[^']+':\s*", "", p.lead)
    if (
        intent.enough
        and p.first is not None
        and p.first.kind is FindingKind.TRACK_TOO_QUIET
        and p.verdict in ("yes", "not first", "a little")
        and MOVE_OR_ENOUGH.search(intent.question)
    ):
        # "should i ride the vocal up or is it loud enough?" with it too low: not enough, and the fader before a ride
        opening = "Not loud enough, and the fader comes first:" if intent.technique else "Not loud enough:"
    parts = [f"{opening} {lower_first(p.lead)}"]
    if (  # a habit ("every instrument down" is a balance move on this mix, not one)
        intent.should
        and BLANKET.search(intent.question)
        and not ALL_DOWN.search(intent.question)
        and not blamed_processor(intent.question)
    ):
        parts = [f"Not by default: {BLANKET_WHY.get(intent.technique or '', 'use it where a track needs it, not on every one.')}"
                 + (" Here: " + lower_first(p.lead) if p.first is not None else f" {p.lead}")]  # fmt: skip
        if re.search(r"de-?ess", intent.question, re.I):
            parts.insert(
                1,
                "A de-esser earns its place on a voice whose esses (s and t sounds) jump out, so listen for those first.",
            )
    recommends = move is not None and p.verdict in (
        "yes",
        "a little",
        "opposite",
        "maybe",
        "elsewhere",
        "not first",
        "instead",
    )
    if recommends:
        parts += [move.try_text, p.why, move.check_text]  # type: ignore[union-attr]
    parts += p.notes[:2]
    also = _also(ctx, focus, evs[1:], intent.complaint) if len(evs) > 1 else ""
    # the cards are the moves the words recommend: none when the answer is "no, it's fine"
    moves = p.moves[:1] if recommends else []
    same: list[tuple[TrackEvidence, Move]] = []
    if recommends and p.first is not None and p.first.track is None:  # a whole-mix build-up: the same cut on
        same = [(ev, m) for ev in evs[1:] if (m := _on_track(ev.rt, p.first)) is not None]  # the other tracks
    if same and also.endswith(
        "by the same measure."
    ):  # said as the same dip, not "looks fine" beside its card
        others = [ev.name for ev, _ in same]
        also = f"The same dip on {names(others, 3)} if {'it carries' if len(others) == 1 else 'they carry'} that range too."
    text = _compose([*parts, also], intent.explain)
    moves += [m for _, m in same if also and also in text]  # a card the words offer, never one they call fine
    return Answer(text, moves, p.first)


def _group_fine(focus: Focus, plans: list[tuple[TrackEvidence, Plan]]) -> Answer:
    """Several tracks of one part (the drums), none with anything measured against it."""
    quoted = [ev.name for ev, _ in plans]
    what = nothing_sentence(plans[0][0], focus.intent.complaint).split(" is ", 1)[1].rstrip(".")
    meters = [
        f"{ev.rt.quoted} {ev.measured_level().split(' ', 2)[-1]}" for ev, _ in plans if ev.measured_level()
    ]
    verdict = "no" if focus.intent.complaint else "fine"
    head = f"{_opening(verdict, focus.intent.complaint, focus.intent.enough, focus.intent.asks_ok, focus.intent.asks_problem)} nothing I measured says "
    head += f"{names(quoted, 4)} {'is' if len(quoted) == 1 else 'are'} {what}."
    notes = [n for _, p in plans for n in (*p.notes, p.lead.partition(". ")[2]) if n and WHOLE_MIX in n][:1]
    meter = f"Their meters: {'; '.join(meters[:4])}." if meters else ""
    if focus.intent.complaint in LOW_TONES and notes:
        parts = [head, *notes, meter]  # "are the drums boomy?": that range's number before the meters
    else:
        parts = [head, meter, *[n for _, p in plans for n in p.notes if n][:1]]
    return Answer(_compose(parts, focus.intent.explain), [], None)


def how_to(ctx: MixContext, focus: Focus, evs: list[TrackEvidence]) -> Answer:
    intent = focus.intent
    # "make the piano sparkle" with its level inside the range real mixes use ("I'd leave it"): the fader is not
    # the move; what the tone complaint's own evidence says is
    p = tone_plan(ctx, focus, evs[0], intent.complaint)
    if not p.moves:
        return judge(ctx, focus, evs)
    move = p.moves[0]
    quiet = tuple(
        ev.name
        for ev in evs[1:]
        if (q := plan(ctx, focus, ev, intent.complaint)).verdict == "no" and q.first is None
    )
    # "my guitar sounds harsh": what was measured first, the by-ear move as a try after it
    told = verdict_first(evs, intent.complaint, intent.question, p, quiet)
    if told is not None:
        return Answer(_compose(told, intent.explain), p.moves, p.first)
    if CHECK_Q.search(intent.question) and move.check_text:  # "how do i check that?": the check leads
        parts = [move.check_text, f"That checks this move: {lower_first(move.try_text)}", p.lead]
        return Answer(_compose(parts, intent.explain), p.moves, p.first)
    parts = [move.try_text, p.lead, p.why]
    if p.opening:  # "the mix is harsh, is it the cymbals?": not the part guessed, first, in every answer kind
        parts = [f"{p.opening} {lower_first(p.lead)}", move.try_text, p.why]
    if len(p.moves) > 1:
        parts.append(f"Then: {lower_first(p.moves[1].try_text)}")
    parts += [move.check_text, *p.notes[:2]]
    return Answer(_compose(parts, intent.explain), p.moves, p.first)


_PICK_DOUBTED = re.compile(
    r"\bwhy (that|this) (one|track|part|thing|fader)\b|\bwhy (the|my) [\w'-]+( [\w'-]+)?\s*\?", re.IGNORECASE
)
"""'why that one?', 'why the bass?': the part picked is doubted, with the asker's own view of its level after."""


def why(ctx: MixContext, focus: Focus, evs: list[TrackEvidence]) -> Answer:
    intent = focus.intent
    p = plan(ctx, focus, evs[0], intent.complaint)
    if p.verdict == "no" and p.first is not None:  # "why?" after "I'd leave it": it isn't, and no move
        parts = [f"By the numbers it isn't: {lower_first(p.lead)}", *p.notes[:2]]
        return Answer(_compose(parts, True), [], p.first)
    doubted = _PICK_DOUBTED.search(intent.question)
    if p.first is not None and p.verdict == "opposite" and intent.complaint in ("quiet", "loud") and doubted:
        # "why the pad, it's just sitting in the back?" with the pad too loud: the claim itself is what's off
        way = "louder" if intent.complaint == "quiet" else "quieter"
        head = f"Because it sits {way} than you think: {lower_first(p.lead)}"
    elif p.first is not None and p.verdict != "elsewhere":
        guess = not_the_guess(intent.question, intent.technique, p.first)  # "is it the reverb?": say it isn't
        head = f"{guess + ' most' if guess else 'Most'} likely this: {lower_first(p.lead)}"
    elif p.first is not None and not p.opening and p.first.track and " What is off is " in p.lead:
        # "why does the song feel bottom heavy, like the vocal is a boat on top?" with the bass 9 dB up: the cause
        # first, then that the part named is fine
        fine = p.lead.split(" What is off is ", 1)[0]
        head = f"Because of {p.first.track!r}, not {evs[0].rt.quoted}: {lower_first(first_sentence(p.first.summary))} {fine}"
    elif p.first is not None:
        head = f"{p.opening} {lower_first(p.lead)}" if p.opening else p.lead
    else:
        head = f"{p.lead} So it's probably not the level or a clash I can measure."
    parts = [head, p.why]
    if p.moves:
        parts += [f"Try this: {lower_first(p.moves[0].try_text)}", p.moves[0].check_text]
    parts += p.notes[:2]
    return Answer(_compose(parts, True), p.moves, p.first)


def how_much(ctx: MixContext, focus: Focus, evs: list[TrackEvidence]) -> Answer:
    intent = focus.intent
    p = plan(ctx, focus, evs[0], intent.complaint)
    if not p.moves or not p.moves[0].suggestions:
        judged = judge(ctx, focus, evs)
        if intent.complaint in TONE_COMPLAINTS and judged.text.startswith("No: "):
            # "how many db should i dip the boom on the acoustic?" with no boom measured: a size, not a no
            judged.text = f"Little, if any: {judged.text.removeprefix('No: ')}"
        return judged
    move = p.moves[0]
    if asks_norm_gap(intent.question) and not any(s.action == "nudge_volume_db" for s in move.suggestions):
        # "how much louder should the vocal be than the music?" at a fine level: a level asked, no EQ lift's size
        body = NOTHING_SAYS.sub("", without_opening(judge(ctx, focus, evs).text)).strip()
        head = leave_it(evs[0].rt.quoted)
        return Answer(_compose([head, body], intent.explain), [], None)
    parts = [f"{size_head(move)} {lower_first(move.try_text)}", p.lead, move.check_text]
    return Answer(_compose(parts, intent.explain), p.moves, p.first)


NORM_GAP = re.compile(
    r"\bhow (much|many (db|dbs|decibels)|loud|quiet|far)\b[^?]*\b(should|supposed|meant|ought)\b",
    re.IGNORECASE,
)
"""A level asked as a norm ("how much louder should...", "how loud should..."): with ``AGAINST_OTHER``, a part's
level against another ("how much louder should the vocal be than the music?")."""
AGAINST_OTHER = re.compile(
    r"\b(than|vs\.?|versus|compared (to|with)|against|relative to|above|over|under(neath)?|below)\b",
    re.IGNORECASE,
)


def asks_norm_gap(question: str) -> bool:
    """True when a part's level against another is asked as a norm, not a move on the part alone."""
    return NORM_GAP.search(question) is not None and AGAINST_OTHER.search(question) is not None


def _also(ctx: MixContext, focus: Focus, evs: list[TrackEvidence], complaint: str | None) -> str:
    """One line on the other tracks of the same part ('Gtr R' after 'Gtr L')."""
    said = []
    for ev in evs[:2]:
        p = plan(ctx, focus, ev, complaint)
        if p.first is not None and p.first.track == ev.name and p.first.is_problem:
            said.append(first_sentence(p.first.summary))
    if said:
        return "Also: " + " ".join(lower_first(x) for x in said)
    names = ", ".join(ev.rt.quoted for ev in evs[:2])
    return f"{capital(names)} {'looks' if len(evs) == 1 else 'look'} fine by the same measure."


def _side_named(name: str) -> float:
    """0 for a name that says left ('Gtr L', 'Keys Left'), 1 for right, 0.5 for neither."""
    m = re.search(r"(?:\b|_)(l|left|r|right)$", name.strip(), re.IGNORECASE)
    return 0.5 if m is None else 0.0 if m.group(1).lower().startswith("l") else 1.0


def _pair_wider(a: RoleTrack, b: RoleTrack) -> Answer:
    """Two takes of one part asked wider: spread them 60% apart, or hard left and right when they already sit
    that wide (a 60% card would narrow a pair at 80%), or say the pan knob has nothing left when they are hard."""
    # each take stays on the side it sits on; two centred takes go by their names ('Gtr L' left)
    left, right = sorted((a, b), key=lambda rt: (rt.track.pan, _side_named(rt.name)))
    spread = min(-left.track.pan, right.track.pan)
    if spread >= 0.95:
        return Answer(
            f"They're already panned hard left and right ({left.quoted} and {right.quoted}), so the pan knob has "
            "nothing left to give. Width from here comes from the two takes differing: a different amp, pickup or "
            "mic on one side, or a 10-30 ms delay on one take. Check in mono that nothing vanishes.",
            [],
        )
    p = pan_pair(left, right, 1.0 if spread >= 0.6 else 0.6)
    now = f"They're panned {spread * 100:.0f}% left and right now. " if spread >= 0.6 else ""
    return Answer(
        _compose([now + p.try_text, "Two takes of one part, spread apart, give width without losing the middle.",
                  p.check_text], False), [p])  # fmt: skip


def answer_asked(ctx: MixContext, focus: Focus, asked: Asked) -> Answer:
    """Dispatch on the answer kind for an instrument found as its own track(s)."""
    tracks = list(asked.tracks)
    if len(tracks) >= 2 and is_pair(tuple(tracks)) and focus.intent.complaint == "narrow":
        return with_room(focus, _pair_wider(tracks[0], tracks[1]), (tracks[0], tracks[1]))
    evs = [track_evidence(ctx, rt) for rt in tracks[:3]]
    # lead with the track the evidence has something to say about
    evs = lead_order(evs, focus.intent.complaint)  # a tone complaint: the track strongest where it lives
    wants = focus.intent.wants
    if wants == Wants.HOW_MUCH:
        return how_much(ctx, focus, evs)
    if wants == Wants.WHY:
        return why(ctx, focus, evs)
    if wants in (Wants.HOW_TO, Wants.WHAT_FIRST):
        return how_to(ctx, focus, evs)
    return judge(ctx, focus, evs)
